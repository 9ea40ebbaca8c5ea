// Package problems lists what went wrong while reading the corpus (and,
// first, a note store that cannot be read now), then the notices (what was
// set aside on purpose, said so that nothing is set aside silently). File
// names and details come from the user's files, so they go through the
// text engine like any other content.
//
// The problems are a list with a cursor: Enter on one about an article (a
// record of a collection that names its article, or a file that is itself
// an article) reads that article, as a jump, so that ctrl+o comes back
// here with the cursor where it was; on any other, the status bar says
// why nothing opens.
package problems

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/isnad/isnad/model"
	"github.com/isnad/isnad/text"
	"github.com/isnad/isnad/tui/common"
)

// ID is the problems screen's id.
const ID common.ID = "problems"

// NoArticle is what Enter says on a problem that names no article (an
// unreadable file skipped, a notice about the whole corpus).
const NoArticle = "this problem names no article"

// Problems is the list.
type Problems struct {
	ctx   *common.Context
	items []model.Problem // the problems, then the notices
	wrong int             // how many are problems
	// blocks are the list's items laid out at width: first the rows the
	// cursor does not stop on (the note store, "every file opened
	// cleanly"), heads of them, then one block per item.
	blocks [][]string
	heads  int
	width  int
	down   error // why the note store cannot be read, if so
	scroll common.Scroller
	common.Listing
}

// New returns the problems screen; it reads the problems when opened.
func New(ctx *common.Context) *Problems { return &Problems{ctx: ctx} }

// ID is the screen's id.
func (p *Problems) ID() common.ID { return ID }

// refresh reads the problems again, the cursor staying on the problem it
// was on (the list grows while the corpus is read).
func (p *Problems) refresh() {
	keep, kept := p.Selected()
	all := slices.Clone(p.ctx.Lib.Problems())
	// The background pass finds problems in no set order: they are listed
	// by file, so that the list reads the same every time.
	slices.SortStableFunc(all, byPlace)
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
	if kept {
		for i, it := range p.items {
			if it == keep {
				p.scroll.Select(p.heads + i)
				break
			}
		}
	}
}

// byPlace orders problems by file, a collection's records by number
// ("day.json#2" before "day.json#10"), then by line.
func byPlace(a, b model.Problem) int {
	fa, ra, _ := strings.Cut(a.Path, "#")
	fb, rb, _ := strings.Cut(b.Path, "#")
	return cmp.Or(cmp.Compare(fa, fb), cmp.Compare(len(ra), len(rb)), cmp.Compare(ra, rb), cmp.Compare(a.Line, b.Line))
}

// layout lays the items out at the screen's width: a problem too long for
// its row wraps under its detail column, so that all of it can be read.
func (p *Problems) layout() {
	st, w := p.ctx.Styles, p.ctx.Width
	p.width = w
	p.blocks = p.blocks[:0]
	if p.down != nil {
		p.blocks = append(p.blocks, p.block(st.Error.Render, "note store unreachable", p.down.Error()))
	}
	if p.wrong == 0 {
		p.blocks = append(p.blocks, []string{st.Muted.Render(common.Fit("  every file opened cleanly", w))})
	}
	p.heads = len(p.blocks)
	for _, it := range p.items {
		kind, style := string(it.Kind), st.Warn
		switch {
		case it.Notice:
			kind, style = "notice: "+kind, st.Muted
		case it.Fatal:
			kind += ", skipped"
		}
		where := it.Path
		if it.Line > 0 {
			where = fmt.Sprintf("%s:%d", it.Path, it.Line)
		}
		if it.Article != "" {
			// A record listed as an article: its id finds it in the
			// library (/ filters by id).
			where = it.Article
		}
		p.blocks = append(p.blocks, p.block(style.Render, kind, where+": "+it.Detail))
	}
	heights := make([]int, len(p.blocks))
	for i, b := range p.blocks {
		heights[i] = len(b)
	}
	p.scroll.SetItems(len(p.blocks), heights, func(i int) bool { return i >= p.heads })
}

// block is one entry: its kind in a column of its own, then what it says
// (content: laid out by the text engine), wrapped under itself.
func (p *Problems) block(style func(...string) string, kind, detail string) []string {
	prefix := fmt.Sprintf("  %-22s ", kind)
	indent := strings.Repeat(" ", text.Width(prefix))
	var rows []string
	for i, ln := range p.ctx.Engine.Layout(detail, max(p.ctx.Width-text.Width(prefix), 1), text.LTR) {
		if i == 0 {
			rows = append(rows, style(prefix)+ln.Text)
		} else {
			rows = append(rows, indent+ln.Text)
		}
	}
	return rows
}

// Selected is the problem under the cursor.
func (p *Problems) Selected() (model.Problem, bool) {
	if i := p.scroll.Cursor() - p.heads; i >= 0 && i < len(p.items) {
		return p.items[i], true
	}
	return model.Problem{}, false
}

// articleOf is the article a problem is about, "" for none: the record it
// names, else the file it is on when that file is an article of the
// library (a record's path, "day.json#2", is its article's too).
func articleOf(lib common.Library, it model.Problem) string {
	if it.Article != "" {
		return it.Article
	}
	if it.Fatal || it.Path == "" {
		return ""
	}
	for _, a := range lib.Articles() {
		if a.Path == it.Path {
			return a.ID
		}
	}
	return ""
}

// open reads the article the problem under the cursor names, or says why
// it cannot.
func (p *Problems) open() tea.Cmd {
	it, ok := p.Selected()
	if !ok {
		return nil
	}
	id := articleOf(p.ctx.Lib, it)
	if id == "" {
		return common.StatusCmd(NoArticle)
	}
	return common.JumpCmd(common.Location{Article: id})
}

// SetSize gives the list what the title and the status bar leave.
func (p *Problems) SetSize(w, h int) {
	p.scroll.SetHeight(h - 2)
	if p.Opened() && w != p.width {
		p.layout()
	}
}

// Actions: Enter reads the article, Esc goes back.
func (p *Problems) Actions() []common.Action {
	return []common.Action{common.ActBack, common.ActOpen}
}

// ShortHelp is the status bar's hints.
func (p *Problems) ShortHelp() []key.Binding {
	k := p.ctx.Keys
	return []key.Binding{k.Described(common.ActOpen, "read the article"), k.Get(common.ActBack)}
}

// FullHelp is the screen's keys for the help screen.
func (p *Problems) FullHelp() [][]key.Binding {
	k := p.ctx.Keys
	back := common.FirstKey(k.Get(common.ActJumpBack))
	return [][]key.Binding{{k.Described(common.ActOpen, "read the article the problem names ("+back+" comes back)"),
		k.Get(common.ActBack)}}
}

// Update moves the cursor, reads the article, goes back.
func (p *Problems) Update(msg tea.Msg) tea.Cmd {
	if cmd, ok := p.Listing.Update(msg, ID, p.refresh); ok {
		return cmd
	}
	if _, ok := msg.(common.NotesMsg); ok && p.Opened() {
		p.refresh() // the store went away, or came back
		return nil
	}
	if m, ok := msg.(common.ActionMsg); ok {
		switch m.Action {
		case common.ActBack:
			return common.BackCmd()
		case common.ActOpen:
			return p.open()
		}
	}
	p.scroll.Handle(msg, 1)
	return nil
}

// View lists the problems in view, the one under the cursor reversed.
func (p *Problems) View() string {
	st, w := p.ctx.Styles, p.ctx.Width
	var b strings.Builder
	title := fmt.Sprintf("problems (%d)", p.wrong)
	if n := len(p.items) - p.wrong; n > 0 {
		title += fmt.Sprintf(" · notice%s (%d)", common.Plural(n), n)
	}
	b.WriteString(st.Title.Render(common.Fit(title, w)))
	b.WriteByte('\n')
	p.scroll.View(&b, func(r int) string {
		i, k := p.scroll.ItemLine(r)
		ln := p.blocks[i][k]
		if i == p.scroll.Cursor() {
			// Inner styles would end the reverse early: drop them.
			ln = st.Selected.Render(common.PadRight(ansi.Strip(ln), w))
		}
		return ln
	})
	b.WriteString(common.Bar{Hints: p.ShortHelp()}.Render(p.ctx))
	return b.String()
}
