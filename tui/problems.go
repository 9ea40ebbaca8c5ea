package tui

import (
	"fmt"
	"strings"

	"github.com/isnad/isnad/model"
	"github.com/isnad/isnad/text"
)

// problemsModel lists what went wrong while reading the corpus. File names
// and details come from the user's files, so they go through the text engine
// like any other content.
type problemsModel struct {
	ctx   *Context
	items []model.Problem
	top   int
	body  int
}

func newProblems(ctx *Context) problemsModel { return problemsModel{ctx: ctx} }

func (p *problemsModel) refresh() {
	p.items = p.ctx.Lib.Problems()
	p.top = 0
}

func (p *problemsModel) SetSize(_, h int) { p.body = max(h-2, 1) }

func (p problemsModel) Update(act Action) problemsModel {
	switch act {
	case ActDown:
		p.top++
	case ActUp:
		p.top--
	case ActPageDown, ActHalfDown:
		p.top += p.body / 2
	case ActPageUp, ActHalfUp:
		p.top -= p.body / 2
	case ActTop:
		p.top = 0
	case ActBottom:
		p.top = len(p.items)
	}
	p.top = max(min(p.top, len(p.items)-p.body), 0)
	return p
}

func (p *problemsModel) View() string {
	st := p.ctx.Styles
	w := p.ctx.Width
	var b strings.Builder
	b.WriteString(st.Title.Render(fitUI(fmt.Sprintf("problems (%d)", len(p.items)), w)))
	b.WriteByte('\n')
	if len(p.items) == 0 {
		b.WriteString(st.Muted.Render(fitUI("  every file opened cleanly", w)))
		b.WriteByte('\n')
	}
	end := min(p.top+p.body, len(p.items))
	for i := p.top; i < end; i++ {
		it := p.items[i]
		kind := string(it.Kind)
		if it.Fatal {
			kind += ", skipped"
		}
		prefix := fmt.Sprintf("  %-22s ", kind)
		where := it.Path
		if it.Line > 0 {
			where = fmt.Sprintf("%s:%d", it.Path, it.Line)
		}
		ln := p.ctx.Engine.Fit(where+": "+it.Detail, max(w-text.Width(prefix), 1), text.LTR)
		b.WriteString(st.Warn.Render(prefix) + ln.Text)
		b.WriteByte('\n')
	}
	for i := max(end-p.top, 1); i < p.body; i++ {
		b.WriteByte('\n')
	}
	b.WriteString(st.Bar.Render(padRight(" esc back", w)))
	return b.String()
}

// countProblems counts what is wrong with the files; notices (boilerplate
// counts, a language without a lexicon) are listed on the problems screen
// but raise no warning.
func countProblems(ps []model.Problem) int {
	n := 0
	for _, p := range ps {
		if !p.Notice {
			n++
		}
	}
	return n
}
