// Package problems lists what went wrong while reading the corpus (and,
// first, a note store that cannot be read now), then the notices (what was set aside on purpose, said so that nothing is set
// aside silently). File names and details come from the user's files, so
// they go through the text engine like any other content.
package problems

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/isnad/isnad/model"
	"github.com/isnad/isnad/text"
	"github.com/isnad/isnad/tui/common"
)

// ID is the problems screen's id.
const ID common.ID = "problems"

// Problems is the list.
type Problems struct {
	ctx    *common.Context
	items  []model.Problem // the problems, then the notices
	wrong  int             // how many are problems
	rows   []string        // the items laid out at width, wrapped
	width  int
	down   error // why the note store cannot be read, if so
	scroll common.Scroller
	common.Listing
}

// New returns the problems screen; it reads the problems when opened.
func New(ctx *common.Context) *Problems { return &Problems{ctx: ctx} }

// ID is the screen's id.
func (p *Problems) ID() common.ID { return ID }

// Overlay: shown over any screen, no place of its own.
func (p *Problems) Overlay() {}

func (p *Problems) refresh() {
	all := p.ctx.Lib.Problems()
	p.items = p.items[:0]
	for _, notices := range []bool{false, true} {
		for _, it := range all {
			if it.Notice == notices {
				p.items = append(p.items, it)
			}
		}
		if !notices {
			p.wrong = len(p.items)
		}
	}
	p.down = p.ctx.NotesDown()
	p.layout()
}

// layout lays the items out at the screen's width: a problem too long for
// its row wraps under its detail column, so that all of it can be read.
func (p *Problems) layout() {
	st, w := p.ctx.Styles, p.ctx.Width
	p.width = w
	p.rows = p.rows[:0]
	if p.down != nil {
		prefix := fmt.Sprintf("  %-22s ", "note store unreachable")
		indent := strings.Repeat(" ", text.Width(prefix))
		for i, ln := range p.ctx.Engine.Layout(p.down.Error(), max(w-text.Width(prefix), 1), text.LTR) {
			if i == 0 {
				p.rows = append(p.rows, st.Error.Render(prefix)+ln.Text)
			} else {
				p.rows = append(p.rows, indent+ln.Text)
			}
		}
	}
	if p.clean() == 1 {
		p.rows = append(p.rows, st.Muted.Render(common.Fit("  every file opened cleanly", w)))
	}
	for _, it := range p.items {
		kind, style := string(it.Kind), st.Warn
		switch {
		case it.Notice:
			kind, style = "notice: "+kind, st.Muted
		case it.Fatal:
			kind += ", skipped"
		}
		prefix := fmt.Sprintf("  %-22s ", kind)
		indent := strings.Repeat(" ", text.Width(prefix))
		where := it.Path
		if it.Line > 0 {
			where = fmt.Sprintf("%s:%d", it.Path, it.Line)
		}
		if it.Article != "" {
			// A record listed as an article: its id finds it in the
			// library (/ filters by id).
			where = it.Article
		}
		for i, ln := range p.ctx.Engine.Layout(where+": "+it.Detail, max(w-text.Width(prefix), 1), text.LTR) {
			if i == 0 {
				p.rows = append(p.rows, style.Render(prefix)+ln.Text)
			} else {
				p.rows = append(p.rows, indent+ln.Text)
			}
		}
	}
	p.scroll.SetRows(len(p.rows))
}

// clean is 1 when no file had a problem: a row says so.
func (p *Problems) clean() int {
	if p.wrong == 0 {
		return 1
	}
	return 0
}

// SetSize gives the list what the title and the status bar leave.
func (p *Problems) SetSize(w, h int) {
	p.scroll.SetHeight(h - 2)
	if p.Opened() && w != p.width {
		p.layout()
	}
}

// Actions: Esc goes back.
func (p *Problems) Actions() []common.Action { return []common.Action{common.ActBack} }

// ShortHelp is the status bar's hints.
func (p *Problems) ShortHelp() []key.Binding { return p.ctx.Keys.Help(common.ActBack) }

// FullHelp is the screen's keys for the help screen.
func (p *Problems) FullHelp() [][]key.Binding { return [][]key.Binding{p.ShortHelp()} }

// Update scrolls and goes back.
func (p *Problems) Update(msg tea.Msg) tea.Cmd {
	if cmd, ok := p.Listing.Update(msg, ID, p.refresh); ok {
		return cmd
	}
	if _, ok := msg.(common.NotesMsg); ok && p.Opened() {
		p.refresh() // the store went away, or came back
		return nil
	}
	if m, ok := msg.(common.ActionMsg); ok && m.Action == common.ActBack {
		return common.BackCmd()
	}
	p.scroll.Handle(msg, 1)
	return nil
}

// View lists the problems in view.
func (p *Problems) View() string {
	st, w := p.ctx.Styles, p.ctx.Width
	var b strings.Builder
	title := fmt.Sprintf("problems (%d)", p.wrong)
	if n := len(p.items) - p.wrong; n > 0 {
		title += fmt.Sprintf(" · notice%s (%d)", common.Plural(n), n)
	}
	b.WriteString(st.Title.Render(common.Fit(title, w)))
	b.WriteByte('\n')
	p.scroll.View(&b, func(r int) string { return p.rows[r] })
	b.WriteString(common.Bar{Hints: p.ShortHelp()}.Render(p.ctx))
	return b.String()
}
