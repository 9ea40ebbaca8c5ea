// Package reader shows one article laid out by the text engine, with the
// claims marked in the gutter: ] and [ move between them, Enter opens what
// backs one. It loads articles itself, off the event loop; each load
// carries a request id so that a slow earlier load never replaces a later
// one.
//
// It never waits for the whole article: the first screen shows the
// article's start while the rest is parsed and analysed in the background
// (load.go), and only the blocks on screen are laid out (flow.go), so a
// 10 MB article opens, scrolls and goes to its end as fast as a short one.
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
	rowBody rowKind = iota
	rowHeading
	rowBoiler
)

// Reader shows one article.
type Reader struct {
	ctx *common.Context
	art *model.Article
	dir text.Direction
	// whole says art is the whole article, not only its start (load.go).
	whole bool

	showBoiler bool
	flow       flow // the article's blocks, laid out as they are shown
	top        pos  // the row at the top of the screen
	height     int  // rows of text on screen
	// titlePara is the paragraph that repeats the article's title, -1 for
	// none: while it is on screen the header does not repeat it.
	titlePara int

	// geometry, computed in SetSize
	textWidth int
	margin    int // blank columns left of the text

	// shownText is paraText of paragraph shownPara of shownArt (see shown).
	shownArt  *model.Article
	shownPara int
	shownText string

	marks     claimMarks // claims of this article, when the analysis has them
	found     found      // words a search found, highlighted
	viewBytes int        // size of the last frame drawn

	req    int   // id of the latest load asked for
	opened int   // id of the load that opened the article shown
	phase  phase // what is still being read or analysed
	// What the user asked for before the whole article or its claims
	// were there: a place further than its start, the end (G), a claim
	// to select.
	pending   *common.Location
	toBottom  bool
	wantClaim string
}

// New returns an empty reader.
func New(ctx *common.Context) *Reader {
	r := &Reader{ctx: ctx, titlePara: -1, height: 1}
	r.flow.layout = r.layBlock
	return r
}

// ID is the reader's id.
func (r *Reader) ID() common.ID { return ID }

// Article is the article shown, nil before the first.
func (r *Reader) Article() *model.Article { return r.art }

// open shows art, whole or its start, with the claims of s (nil when the
// analysis failed or is not there yet).
func (r *Reader) open(art *model.Article, s *model.Sourcing, whole bool) {
	r.art, r.whole = art, whole
	r.dir = common.DirOf(art)
	r.marks = newClaimMarks(art, s, r.ctx.Styles)
	r.titlePara = titleParagraph(art)
	r.phase, r.pending, r.toBottom, r.wantClaim = ready, nil, false, ""
	r.layout()
	r.setTop(pos{})
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
	shown := r.art != nil
	if shown {
		anchor = r.anchor()
	}
	r.height = max(h-2, 1) // header and status bar
	gutter := 2
	width := max(w-2*gutter, 1)
	if mw := r.ctx.Opts.MaxWidth; mw > 0 && width > mw {
		width = mw
	}
	if width != r.textWidth {
		r.flow.forget()
	}
	r.textWidth = width
	r.margin = (w - r.textWidth) / 2
	r.flow.redraw(-1) // the margin may have changed
	if shown {
		r.scrollTo(r.sentenceStart(anchor))
	}
}

// layout lists the blocks of the article; each is laid out when shown.
func (r *Reader) layout() {
	r.flow.reset(r.art, r.showBoiler)
}

// shown is paraText of paragraph para, kept for the next piece of a long
// paragraph (a paragraph with links is rebuilt by paraText).
func (r *Reader) shown(para int) string {
	if r.shownPara != para || r.shownArt != r.art {
		r.shownArt, r.shownPara, r.shownText = r.art, para, paraText(&r.art.Paragraphs[para])
	}
	return r.shownText
}

// layBlock lays block b out at the current width. A piece of a long
// paragraph after the first takes the direction the first one found.
func (r *Reader) layBlock(b int) []text.Line {
	bl := &r.flow.blocks[b]
	t := r.shown(bl.para)[bl.start:bl.end]
	dir := r.dir
	if !bl.first && dir == text.Auto {
		f := b
		for !r.flow.blocks[f].first {
			f--
		}
		dir = text.LTR
		if ls := r.flow.get(f).lines; len(ls) > 0 && ls[0].RTL {
			dir = text.RTL
		}
	}
	return r.ctx.Engine.Layout(t, r.textWidth, dir)
}

// bullet starts list items in the reader.
const bullet = "• "

// row is the text of row p of the flow as drawn: styles, margin and claim
// gutter included, rendered once and kept with the block's layout.
func (r *Reader) row(p pos) string {
	bl, i := r.flow.line(p)
	if bl == nil || i < 0 {
		return ""
	}
	l := r.flow.get(p.b)
	if l.outs[i] == "" {
		l.outs[i] = r.render(bl, l.lines[i])
	}
	return l.outs[i]
}

// render draws one line of block bl.
func (r *Reader) render(bl *block, ln text.Line) string {
	st := r.ctx.Styles
	from, to := bl.start+ln.Start, bl.start+ln.End
	var body string
	switch bl.kind {
	case rowHeading:
		body = ln.Render([]text.Span{{Start: ln.Start, End: ln.End, Style: common.StyleFn(st.Heading)}})
	case rowBoiler:
		body = ln.Render([]text.Span{{Start: ln.Start, End: ln.End, Style: common.StyleFn(st.Boilerplate)}})
	default:
		body = ln.Render(append(r.spansOf(bl.para, bl.start), r.marks.spans(bl.para, from, to, bl.start)...))
	}
	gutter := r.marks.gutter(bl.para, from, to)
	pad := r.textWidth - ln.Width
	if ln.RTL {
		// Right-aligned text: the gutter goes on the starting (right) side.
		return strings.Repeat(" ", r.margin) + strings.Repeat(" ", max(pad, 0)) + body + " " + gutter
	}
	return strings.Repeat(" ", max(r.margin-2, 0)) + gutter + " " + body
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
		r.setFound(msg)
		return r.goTo(msg.To)
	case startMsg:
		return r.started(msg)
	case restMsg:
		return r.rested(msg)
	case claimsMsg:
		r.claimsFound(msg)
	case common.RestyleMsg:
		if r.art != nil {
			anchor := r.anchor()
			r.marks.styles = r.ctx.Styles
			r.flow.forget() // the engine may be another (ctrl+t)
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
			return common.StatusCmd(r.noClaim("no claim on screen"))
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
		if len(r.marks.order) == 0 {
			return common.StatusCmd(r.noClaim("no claims in this article"))
		}
		r.moveClaim(act == common.ActNextClaim)
	default:
		if r.move(act) {
			// The end of an article not all read yet: as soon as it is
			// (unless its rest could not be read: the end shown is all).
			r.toBottom = act == common.ActBottom && !r.whole && r.phase == readingRest
			if r.toBottom {
				return common.StatusCmd("reading the article: G goes to its end as soon as it is read")
			}
		}
	}
	return nil
}

// noClaim says why there is no claim to go to: none, or none found yet.
func (r *Reader) noClaim(none string) string {
	if r.phase != ready {
		return "the claims are still being found"
	}
	return none
}

func shown(on bool) string {
	if on {
		return "shown"
	}
	return "hidden"
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
	b.Grow(r.viewBytes) // the last frame's size: one allocation per frame
	b.WriteString(r.header())
	b.WriteByte('\n')
	n := 0
	r.each(func(_ int, p pos) bool {
		b.WriteString(r.row(p))
		b.WriteByte('\n')
		n++
		return true
	})
	for ; n < r.height; n++ {
		b.WriteByte('\n')
	}
	b.WriteString(r.statusBar())
	r.viewBytes = b.Len()
	return b.String()
}

// titleOnScreen reports whether the paragraph that says the title is in
// view.
func (r *Reader) titleOnScreen() bool {
	if r.titlePara < 0 {
		return false
	}
	on := false
	r.each(func(_ int, p pos) bool {
		bl, i := r.flow.line(p)
		on = i >= 0 && bl.para == r.titlePara
		return !on && bl.para <= r.titlePara
	})
	return on
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
	if w := r.waiting(); w != "" {
		left += " · " + w
	}
	right := fmt.Sprintf("%d%%", r.percent())
	if !r.whole {
		right = "…" // of an unknown whole
	}
	return common.Bar{Left: left, Mid: r.section(), MidDir: r.dir, Hints: r.ShortHelp(),
		Right: right}.Render(r.ctx)
}
