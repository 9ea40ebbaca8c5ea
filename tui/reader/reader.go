// Package reader shows one article laid out by the text engine, with the
// claims marked in the gutter: ] and [ move between them, Enter opens what
// backs one, a notes one. The sentences carrying analysts' notes are marked
// on the other side (notes.go); / searches the article, n and N move from
// match to match (search.go). It loads articles itself, off the event
// loop; each load carries a request id so that a slow earlier load never
// replaces a later one.
//
// It never waits for the whole article: the first screen shows the
// article's start while the rest is parsed and analysed in the background
// (load.go), and only the blocks on screen are laid out (flow.go), so a
// 10 MB article opens, scrolls and goes to its end as fast as a short one.
package reader

import (
	"fmt"
	"strings"

	tea "charm.land/bubbletea/v2"

	"github.com/isnad/isnad/model"
	"github.com/isnad/isnad/text"
	"github.com/isnad/isnad/text/fold"
	"github.com/isnad/isnad/tui/common"
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
	find      finder     // the search in the article (search.go)
	notes     []noted    // sentences carrying notes (notes.go)
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
	r.find.input, r.find.cur = common.NewFilter(), -1
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
	r.find.matches, r.find.cur = nil, -1 // the query stays, for this article too
	r.layout()
	r.setTop(pos{})
	r.placeNotes()
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

// render draws one line of block bl: the claim's mark on the starting
// side, the note's on the other (notes.go).
func (r *Reader) render(bl *block, ln text.Line) string {
	st := r.ctx.Styles
	from, to := bl.start+ln.Start, bl.start+ln.End
	// Where spans overlap the first wins: the search's matches, then the
	// words a corpus search found, then the claims.
	spans := r.matchSpans(bl.para, from, to, bl.start)
	switch bl.kind {
	case rowHeading:
		spans = append(spans, text.Span{Start: ln.Start, End: ln.End, Style: common.StyleFn(st.Heading)})
	case rowBoiler:
		spans = append(spans, text.Span{Start: ln.Start, End: ln.End, Style: common.StyleFn(st.Boilerplate)})
	default:
		spans = append(spans, r.spansOf(bl.para, bl.start)...)
		spans = append(spans, r.marks.spans(bl.para, from, to, bl.start)...)
	}
	body := ln.Render(spans)
	gutter, note := r.marks.gutter(bl.para, from, to), r.noteGutter(bl.para, from, to)
	pad, lead := max(r.textWidth-ln.Width, 0), max(r.margin-2, 0)
	switch {
	case ln.RTL && note != "":
		return strings.Repeat(" ", lead) + note + " " + strings.Repeat(" ", max(r.margin+pad-lead-2, 0)) + body + " " + gutter
	case ln.RTL:
		// Right-aligned text: the claim's mark on the starting (right) side.
		return strings.Repeat(" ", r.margin+pad) + body + " " + gutter
	case note != "":
		return strings.Repeat(" ", lead) + gutter + " " + body + strings.Repeat(" ", pad+1) + note
	}
	return strings.Repeat(" ", lead) + gutter + " " + body
}

// Update handles keys, the pointer, loads and restyling.
func (r *Reader) Update(msg tea.Msg) tea.Cmd {
	if r.art != nil {
		if cmd, ok := r.searchUpdate(msg); ok {
			return cmd
		}
	}
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
	case matchesMsg:
		return r.searched(msg)
	case common.NotesMsg:
		r.placeNotes()
	case common.RestyleMsg:
		if r.art != nil {
			anchor := r.anchor()
			r.marks.styles = r.ctx.Styles
			r.notes = nil
			r.placeNotes()  // in the new colours
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
	if s := r.searchStatus(); s != "" {
		left += " · " + s
	}
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
