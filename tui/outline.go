package tui

import (
	"strings"

	"github.com/isnad/isnad/model"
	"github.com/isnad/isnad/text"
)

// outlineModel lists an article's sections; enter jumps to one.
type outlineModel struct {
	ctx  *Context
	art  *model.Article
	cur  int
	top  int
	body int
}

func newOutline(ctx *Context) outlineModel { return outlineModel{ctx: ctx} }

// show opens the outline on the section containing loc.
func (o *outlineModel) show(art *model.Article, loc location) {
	o.art = art
	o.cur = 0
	for i, s := range art.Sections {
		if s.Para <= loc.Para {
			o.cur = i
		}
	}
	o.clamp()
}

func (o *outlineModel) SetSize(_, h int) {
	o.body = max(h-2, 1)
	o.clamp()
}

func (o *outlineModel) clamp() {
	if o.art == nil {
		return
	}
	n := len(o.art.Sections)
	o.cur = max(min(o.cur, n-1), 0)
	if o.cur < o.top {
		o.top = o.cur
	}
	if o.cur >= o.top+o.body {
		o.top = o.cur - o.body + 1
	}
}

// Update moves the cursor; it returns the chosen section on enter.
func (o outlineModel) Update(act Action) (outlineModel, *model.Section) {
	switch act {
	case ActDown:
		o.cur++
	case ActUp:
		o.cur--
	case ActPageDown, ActHalfDown:
		o.cur += o.body / 2
	case ActPageUp, ActHalfUp:
		o.cur -= o.body / 2
	case ActTop:
		o.cur = 0
	case ActBottom:
		o.cur = len(o.art.Sections) - 1
	case ActOpen:
		if o.cur < len(o.art.Sections) {
			return o, &o.art.Sections[o.cur]
		}
	}
	o.clamp()
	return o, nil
}

func (o *outlineModel) View() string {
	st := o.ctx.Styles
	w := o.ctx.Width
	dir := dirOf(o.art)
	var b strings.Builder
	b.WriteString(st.Title.Render(fitUI("outline", w)))
	b.WriteByte('\n')
	end := min(o.top+o.body, len(o.art.Sections))
	for i := o.top; i < end; i++ {
		s := o.art.Sections[i]
		indent := 2 * max(s.Level-1, 0)
		ln := o.ctx.Engine.Fit(s.Title, max(w-indent-4, 1), dir)
		var line string
		if ln.RTL {
			line = strings.Repeat(" ", max(w-indent-2-ln.Width, 0)) + ln.Text + strings.Repeat(" ", indent+2)
		} else {
			line = strings.Repeat(" ", indent+2) + ln.Text + strings.Repeat(" ", max(w-indent-2-ln.Width, 0))
		}
		if i == o.cur {
			line = st.Selected.Render(line)
		}
		b.WriteString(line)
		b.WriteByte('\n')
	}
	for i := end - o.top; i < o.body; i++ {
		b.WriteByte('\n')
	}
	b.WriteString(st.Bar.Render(padRight(" enter jump · esc back", w)))
	return b.String()
}

// padRight pads an ASCII-or-laid-out string to w cells.
func padRight(s string, w int) string {
	n := text.Width(s)
	if n > w {
		return fitUI(s, w)
	}
	return s + strings.Repeat(" ", w-n)
}
