// Package outline lists an article's sections, indented by level; Enter
// jumps the reader to one (ctrl+o comes back).
package outline

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/isnad/isnad/model"
	"github.com/isnad/isnad/tui/common"
)

// ID is the outline's screen id.
const ID common.ID = "outline"

// indentPerLevel is how far each heading level below the first moves in,
// from the side the text starts on.
const indentPerLevel = 3

// Outline is shown over the reader.
type Outline struct {
	ctx    *common.Context
	art    *model.Article
	scroll common.Scroller
}

// New opens the outline of art on the section containing paragraph para.
func New(ctx *common.Context, art *model.Article, para int) *Outline {
	o := &Outline{ctx: ctx, art: art}
	o.SetSize(ctx.Width, ctx.Height)
	o.scroll.SetItems(len(art.Sections), nil, nil)
	for i, s := range art.Sections {
		if s.Para <= para {
			o.scroll.Select(i)
		}
	}
	return o
}

// ID is the outline's id.
func (o *Outline) ID() common.ID { return ID }

// Overlay: a jump from the outline is recorded from the reader below.
func (o *Outline) Overlay() {}

// Selected is the section under the cursor.
func (o *Outline) Selected() *model.Section {
	if i := o.scroll.Cursor(); i >= 0 {
		return &o.art.Sections[i]
	}
	return nil
}

// SetSize gives the list what the title and the status bar leave.
func (o *Outline) SetSize(_, h int) { o.scroll.SetHeight(h - 2) }

// Actions: Enter jumps, Esc goes back.
func (o *Outline) Actions() []common.Action { return []common.Action{common.ActBack, common.ActOpen} }

// ShortHelp is the status bar's hints.
func (o *Outline) ShortHelp() []key.Binding {
	k := o.ctx.Keys
	return []key.Binding{k.Described(common.ActOpen, "jump"), k.Get(common.ActBack)}
}

// FullHelp is the outline's keys for the help screen.
func (o *Outline) FullHelp() [][]key.Binding { return [][]key.Binding{o.ShortHelp()} }

// Update moves the cursor; Enter jumps the reader to the section.
func (o *Outline) Update(msg tea.Msg) tea.Cmd {
	if m, ok := msg.(common.ActionMsg); ok {
		switch m.Action {
		case common.ActBack:
			return common.BackCmd()
		case common.ActOpen:
			if s := o.Selected(); s != nil {
				return common.JumpCmd(common.Location{Article: o.art.ID, Para: s.Para})
			}
			return nil
		}
	}
	o.scroll.Handle(msg, 1)
	return nil
}

// View lists the sections, each indented by its level from the side its
// text starts on.
func (o *Outline) View() string {
	st := o.ctx.Styles
	w := o.ctx.Width
	dir := common.DirOf(o.art)
	var b strings.Builder
	b.WriteString(st.Title.Render(common.Fit("outline", w)))
	b.WriteByte('\n')
	o.scroll.View(&b, func(i int) string {
		s := o.art.Sections[i]
		indent := 2 + indentPerLevel*max(s.Level-1, 0)
		ln := o.ctx.Engine.Fit(s.Title, max(w-indent-2, 1), dir)
		body, bw := ln.Content()
		pad := strings.Repeat(" ", max(w-indent-bw, 0))
		in := strings.Repeat(" ", indent)
		line := in + body + pad
		if ln.RTL {
			line = pad + body + in
		}
		if i == o.scroll.Cursor() {
			line = st.Selected.Render(line)
		}
		return line
	})
	b.WriteString(common.Bar{Hints: o.ShortHelp()}.Render(o.ctx))
	return b.String()
}
