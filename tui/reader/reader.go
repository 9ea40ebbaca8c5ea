// Package reader shows one article laid out by the text engine, with the
// claims marked in the gutter: ] and [ move between them, Enter opens what
// backs one. It loads articles itself, off the event loop; each load
// carries a request id so that a slow earlier load never replaces a later
// one.
package reader

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/isnad/isnad/model"
	"github.com/isnad/isnad/text"
	"github.com/isnad/isnad/text/fold"
	"github.com/isnad/isnad/tui/common"
	"github.com/isnad/isnad/tui/outline"
	"github.com/isnad/isnad/tui/panel"
)

// ID is the reader's screen id.
const ID common.ID = "reader"

// rowKind says how a reader row is drawn.
type rowKind uint8

const (
	rowBlank rowKind = iota
	rowBody
	rowHeading
	rowBoiler
)

// row is one screen line of the reader: a display line of a paragraph, or a
// blank separator. Rows are laid out once per width and pre-rendered, so
// scrolling only joins strings.
type row struct {
	kind rowKind
	para int // paragraph index; -1 for separators
	line text.Line
	out  string // rendered, margin and gutter included
}

// Reader shows one article.
type Reader struct {
	ctx *common.Context
	art *model.Article
	dir text.Direction

	showBoiler bool
	rows       []row
	scroll     common.Scroller
	// titlePara is the paragraph that repeats the article's title, -1 for
	// none: while it is on screen the header does not repeat it.
	titlePara int

	// geometry, computed in SetSize
	textWidth int
	margin    int // blank columns left of the text

	marks claimMarks // claims of this article, when the analysis has them
	req   int        // id of the latest load asked for
}

// New returns an empty reader.
func New(ctx *common.Context) *Reader {
	return &Reader{ctx: ctx, titlePara: -1}
}

// ID is the reader's id.
func (r *Reader) ID() common.ID { return ID }

// Article is the article shown, nil before the first.
func (r *Reader) Article() *model.Article { return r.art }

// open shows art with the claims of s (nil when the analysis failed).
func (r *Reader) open(art *model.Article, s *model.Sourcing) {
	r.art = art
	r.dir = common.DirOf(art)
	r.scroll.SetTop(0)
	r.marks = newClaimMarks(art, s, r.ctx.Styles)
	r.titlePara = titleParagraph(art)
	r.layout()
}

// titleParagraph is the first paragraph shown when it says the title.
func titleParagraph(a *model.Article) int {
	title := fold.Word(strings.TrimSpace(a.Meta.Title))
	for i, p := range a.Paragraphs {
		if p.Kind == model.Boilerplate {
			continue
		}
		if title != "" && fold.Word(strings.TrimSpace(p.Text)) == title {
			return i
		}
		break
	}
	return -1
}

// SetSize recomputes the geometry and re-wraps, keeping the sentence that was
// at the top of the screen at the top.
func (r *Reader) SetSize(w, h int) {
	var anchor common.Location
	hadRows := len(r.rows) > 0
	if hadRows {
		anchor = r.anchor()
	}
	r.scroll.SetHeight(h - 2) // header and status bar
	gutter := 2
	r.textWidth = max(w-2*gutter, 1)
	if mw := r.ctx.Opts.MaxWidth; mw > 0 && r.textWidth > mw {
		r.textWidth = mw
	}
	r.margin = (w - r.textWidth) / 2
	if r.art == nil {
		return
	}
	r.layout()
	if hadRows {
		r.scrollTo(r.sentenceStart(anchor))
	}
}

// layout builds the rows of the whole article at the current width.
func (r *Reader) layout() {
	r.rows = r.rows[:0]
	eng := r.ctx.Engine
	for pi := range r.art.Paragraphs {
		p := &r.art.Paragraphs[pi]
		kind := rowBody
		switch {
		case p.Kind == model.Boilerplate && !r.showBoiler:
			continue
		case p.Kind == model.Boilerplate:
			kind = rowBoiler
		case p.Kind == model.Heading:
			kind = rowHeading
			if len(r.rows) > 0 && r.rows[len(r.rows)-1].kind != rowBlank {
				r.rows = append(r.rows, row{kind: rowBlank, para: -1})
			}
		}
		for _, ln := range eng.Layout(paraText(p), r.textWidth, r.dir) {
			r.rows = append(r.rows, row{kind: kind, para: pi, line: ln})
		}
		r.rows = append(r.rows, row{kind: rowBlank, para: -1})
	}
	if n := len(r.rows); n > 0 && r.rows[n-1].kind == rowBlank {
		r.rows = r.rows[:n-1]
	}
	for i := range r.rows {
		r.render(i)
	}
	r.scroll.SetRows(len(r.rows))
}

// bullet starts list items in the reader.
const bullet = "• "

// render pre-renders row i with its styles, margin and claim gutter.
func (r *Reader) render(i int) {
	rw := &r.rows[i]
	st := r.ctx.Styles
	var body string
	switch rw.kind {
	case rowBlank:
		rw.out = ""
		return
	case rowHeading:
		body = rw.line.Render([]text.Span{{Start: rw.line.Start, End: rw.line.End, Style: common.StyleFn(st.Heading)}})
	case rowBoiler:
		body = rw.line.Render([]text.Span{{Start: rw.line.Start, End: rw.line.End, Style: common.StyleFn(st.Boilerplate)}})
	default:
		body = rw.line.Render(r.marks.spans(rw.para))
	}
	gutter := r.marks.gutter(rw.para, rw.line)
	pad := r.textWidth - rw.line.Width
	if rw.line.RTL {
		// Right-aligned text: the gutter goes on the starting (right) side.
		rw.out = strings.Repeat(" ", r.margin) + strings.Repeat(" ", max(pad, 0)) + body + " " + gutter
	} else {
		rw.out = strings.Repeat(" ", max(r.margin-2, 0)) + gutter + " " + body
	}
}

// Actions are the reader's keys.
func (r *Reader) Actions() []common.Action {
	return []common.Action{common.ActBack, common.ActOpen, common.ActOutline,
		common.ActNextArticle, common.ActPrevArticle, common.ActBoilerplate, common.ActControls,
		common.ActNextClaim, common.ActPrevClaim}
}

// ShortHelp is the status bar's hints.
func (r *Reader) ShortHelp() []key.Binding {
	k := r.ctx.Keys
	return []key.Binding{k.Pair(common.ActNextClaim, common.ActPrevClaim, "claims"),
		k.Described(common.ActOpen, "sources"), k.Get(common.ActOutline), k.Get(common.ActBack)}
}

// FullHelp is the reader's keys for the help screen.
func (r *Reader) FullHelp() [][]key.Binding {
	k := r.ctx.Keys
	return [][]key.Binding{{k.Get(common.ActNextClaim), k.Get(common.ActPrevClaim),
		k.Described(common.ActOpen, "sources of the claim"), k.Get(common.ActOutline),
		k.Get(common.ActNextArticle), k.Get(common.ActPrevArticle), k.Get(common.ActBoilerplate),
		k.Get(common.ActControls), k.Get(common.ActBack)}}
}

// Update handles keys, the pointer, loads and restyling.
func (r *Reader) Update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case common.GoToMsg:
		return r.goTo(msg.To)
	case loadedMsg:
		return r.loaded(msg)
	case common.RestyleMsg:
		if r.art != nil {
			anchor := r.anchor()
			r.marks.styles = r.ctx.Styles
			r.layout()
			r.scrollTo(anchor)
		}
	case tea.MouseMsg:
		r.mouse(msg)
	case common.ActionMsg:
		if r.art != nil {
			return r.action(msg.Action)
		}
	}
	return nil
}

func (r *Reader) action(act common.Action) tea.Cmd {
	switch act {
	case common.ActBack:
		return common.BackCmd()
	case common.ActOpen:
		c := r.claimOnScreen()
		if c == nil {
			return common.StatusCmd("no claim on screen")
		}
		// Opening it is a jump: ctrl+o comes back to this place.
		return common.PushJumpCmd(panel.ForClaim(r.ctx, r.art, r.marks.sourcing, c.id))
	case common.ActOutline:
		if len(r.art.Sections) == 0 {
			return common.StatusCmd("this article has no headings")
		}
		return common.PushCmd(outline.New(r.ctx, r.art, r.anchor().Para))
	case common.ActNextArticle:
		return common.StepArticleCmd(r.art.ID, 1)
	case common.ActPrevArticle:
		return common.StepArticleCmd(r.art.ID, -1)
	case common.ActBoilerplate:
		anchor := r.anchor()
		r.showBoiler = !r.showBoiler
		r.layout()
		r.scrollTo(anchor)
		return common.StatusCmd("web chrome " + shown(r.showBoiler))
	case common.ActControls:
		r.ctx.Opts.ShowControls = !r.ctx.Opts.ShowControls
		r.ctx.Engine = common.NewEngine(r.ctx.Opts)
		return tea.Batch(common.RestyleCmd(), common.StatusCmd("invisible controls "+shown(r.ctx.Opts.ShowControls)))
	case common.ActNextClaim, common.ActPrevClaim:
		r.moveClaim(act == common.ActNextClaim)
	default:
		r.scroll.Update(act)
	}
	return nil
}

func shown(on bool) string {
	if on {
		return "shown"
	}
	return "hidden"
}

// mouse scrolls for the wheel; a click selects the claim on the row.
func (r *Reader) mouse(msg tea.MouseMsg) {
	if r.art == nil {
		return
	}
	if click, ok := msg.(tea.MouseClickMsg); ok && click.Button == tea.MouseLeft {
		y := click.Y - 1
		if c := r.claimAt(r.scroll.Top() + y); c != nil && y < r.scroll.Height() {
			r.selectClaim(c.id)
		}
		return
	}
	r.scroll.Handle(msg, 1)
}

// section is the title of the section shown at the top of the screen,
// unless it is the article's title (the header says that).
func (r *Reader) section() string {
	loc := r.anchor()
	if s := r.art.SectionOf(loc.Para); s != nil && s.Para != r.titlePara {
		return s.Title
	}
	return ""
}

// View draws header, text and status bar.
func (r *Reader) View() string {
	if r.art == nil {
		return strings.Repeat("\n", max(r.ctx.Height-1, 0))
	}
	var b strings.Builder
	b.WriteString(r.header())
	b.WriteByte('\n')
	r.scroll.View(&b, func(i int) string { return r.rows[i].out })
	b.WriteString(r.statusBar())
	return b.String()
}

// titleOnScreen reports whether the paragraph that says the title is in
// view.
func (r *Reader) titleOnScreen() bool {
	if r.titlePara < 0 {
		return false
	}
	top, h := r.scroll.Top(), r.scroll.Height()
	for i := top; i < min(top+h, len(r.rows)); i++ {
		if r.rows[i].para == r.titlePara {
			return true
		}
	}
	return false
}

// header gives the date, outlet and author, and the title unless the text
// on screen shows it already.
func (r *Reader) header() string {
	st := r.ctx.Styles
	w := r.ctx.Width
	m := r.art.Meta
	info := strings.Join(common.NonEmpty(m.Date, m.Outlet, m.Author), " · ") // the date first: short, and never cut
	if r.titleOnScreen() {
		ln := r.ctx.Engine.Fit(info, w, text.Auto)
		if ln.RTL {
			return st.Muted.Render(common.PadLine(ln, w))
		}
		return st.Muted.Render(ln.Text)
	}
	infoLn := r.ctx.Engine.Fit(info, max(w/3, 1), text.Auto)
	titleW := max(w-infoLn.Width-3, 1)
	if info == "" {
		titleW = w
	}
	title := r.ctx.Engine.Fit(m.Title, titleW, r.dir)
	pad := w - title.Width - infoLn.Width
	if info == "" {
		return st.Title.Render(title.Text)
	}
	if title.RTL {
		// Arabic title on the right, details on the left.
		return st.Muted.Render(infoLn.Text) + strings.Repeat(" ", max(pad, 1)) + st.Title.Render(title.Text)
	}
	return st.Title.Render(title.Text) + strings.Repeat(" ", max(pad, 1)) + st.Muted.Render(infoLn.Text)
}

// statusBar gives the article's id, the claim selected ("claim 3/36"), the
// section and how far through the article the screen is.
func (r *Reader) statusBar() string {
	left := r.art.ID
	switch n := len(r.marks.order); {
	case r.marks.cur >= 0:
		left += fmt.Sprintf(" · claim %d/%d", r.marks.cur+1, n)
	case n > 0:
		left += fmt.Sprintf(" · %d claim%s", n, common.Plural(n))
	}
	return common.Bar{Left: left, Mid: r.section(), MidDir: r.dir, Hints: r.ShortHelp(),
		Right: fmt.Sprintf("%d%%", r.scroll.Percent())}.Render(r.ctx)
}
