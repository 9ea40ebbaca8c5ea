package tui

import (
	"fmt"
	"strings"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/isnad/isnad/model"
	"github.com/isnad/isnad/text"
)

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

// readerModel shows one article laid out by the text engine.
type readerModel struct {
	ctx *Context
	art *model.Article
	dir text.Direction

	showBoiler bool
	rows       []row
	top        int

	// geometry, computed in SetSize
	bodyHeight int // rows of text between header and status bar
	textWidth  int
	margin     int // blank columns left of the text

	marks claimMarks // claims of this article, when the analysis has them
}

func newReader(ctx *Context) readerModel {
	return readerModel{ctx: ctx}
}

// open shows art with the claims of s (nil when the analysis failed),
// scrolled so that loc (if in this article) is at the top.
func (r *readerModel) open(art *model.Article, s *model.Sourcing, loc location) {
	r.art = art
	r.dir = dirOf(art)
	r.top = 0
	r.marks = newClaimMarks(art, s, r.ctx.Styles)
	r.layout()
}

// SetSize recomputes the geometry and re-wraps, keeping the sentence that was
// at the top of the screen at the top.
func (r *readerModel) SetSize(w, h int) {
	var anchor location
	hadRows := len(r.rows) > 0
	if hadRows {
		anchor = r.anchor()
	}
	r.geometry(w, h)
	if r.art == nil {
		return
	}
	r.layout()
	if hadRows {
		r.scrollTo(r.sentenceStart(anchor))
	}
}

func (r *readerModel) geometry(w, h int) {
	r.bodyHeight = max(h-2, 1) // header and status bar
	gutter := 2
	r.textWidth = max(w-2*gutter, 1)
	if mw := r.ctx.Opts.MaxWidth; mw > 0 && r.textWidth > mw {
		r.textWidth = mw
	}
	r.margin = (w - r.textWidth) / 2
}

// layout builds the rows of the whole article at the current width.
func (r *readerModel) layout() {
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
	r.clamp()
}

// bullet starts list items in the reader.
const bullet = "• "

// paraText is what the reader shows of a paragraph: list items get a bullet
// in logical order, so the bidi algorithm puts it on the starting side.
// Offsets in the reader (rows, claims, locations) are offsets in paraText.
func paraText(p *model.Paragraph) string {
	if p.Kind == model.ListItem {
		return bullet + p.Text
	}
	return p.Text
}

// paraOffset converts an offset in paraText back to Paragraph.Text.
func paraOffset(p *model.Paragraph, off int) int {
	if p.Kind == model.ListItem {
		return max(off-len(bullet), 0)
	}
	return off
}

// render pre-renders row i with its styles, margin and claim gutter.
func (r *readerModel) render(i int) {
	rw := &r.rows[i]
	st := r.ctx.Styles
	var body string
	switch rw.kind {
	case rowBlank:
		rw.out = ""
		return
	case rowHeading:
		body = rw.line.Render([]text.Span{{Start: rw.line.Start, End: rw.line.End, Style: styleFn(st.Heading)}})
	case rowBoiler:
		body = rw.line.Render([]text.Span{{Start: rw.line.Start, End: rw.line.End, Style: styleFn(st.Boilerplate)}})
	default:
		body = rw.line.Render(r.marks.spans(rw.para))
	}
	gutter := r.marks.gutter(rw.para, rw.line, st)
	pad := r.textWidth - rw.line.Width
	if rw.line.RTL {
		// Right-aligned text: the gutter goes on the starting (right) side.
		rw.out = strings.Repeat(" ", r.margin) + strings.Repeat(" ", max(pad, 0)) + body + " " + gutter
	} else {
		rw.out = strings.Repeat(" ", max(r.margin-2, 0)) + gutter + " " + body
	}
}

// anchor is the logical position of the top row.
func (r *readerModel) anchor() location {
	for i := r.top; i < len(r.rows); i++ {
		if r.rows[i].para >= 0 {
			return location{Article: r.art.ID, Para: r.rows[i].para, Offset: r.rows[i].line.Start}
		}
	}
	return location{Article: r.art.ID}
}

// sentenceStart moves loc back to the start of the sentence it is in, so a
// re-wrap keeps the whole sentence on screen.
func (r *readerModel) sentenceStart(loc location) location {
	if loc.Para < 0 || loc.Para >= len(r.art.Paragraphs) {
		return loc
	}
	p := &r.art.Paragraphs[loc.Para]
	off := paraOffset(p, loc.Offset)
	for si := p.SentFrom; si < p.SentTo; si++ {
		s := &r.art.Sentences[si]
		if off >= s.Start && off < s.End {
			if p.Kind == model.ListItem {
				loc.Offset = s.Start + len(bullet)
			} else {
				loc.Offset = s.Start
			}
			if s.Start == 0 {
				loc.Offset = 0
			}
			break
		}
	}
	return loc
}

// rowOf finds the row showing loc, or the nearest row after it.
func (r *readerModel) rowOf(loc location) int {
	best := -1
	for i, rw := range r.rows {
		if rw.para < 0 {
			continue
		}
		if rw.para == loc.Para && loc.Offset >= rw.line.Start && loc.Offset < max(rw.line.End, rw.line.Start+1) {
			return i
		}
		if rw.para > loc.Para && best < 0 {
			best = i
		}
		if rw.para == loc.Para {
			best = i // the paragraph's last row if the offset is past it
		}
	}
	return max(best, 0)
}

// scrollTo puts loc on the top row.
func (r *readerModel) scrollTo(loc location) {
	r.top = r.rowOf(loc)
	r.clamp()
}

func (r *readerModel) clamp() {
	r.top = min(r.top, len(r.rows)-r.bodyHeight)
	r.top = max(r.top, 0)
}

func (r *readerModel) scroll(n int) {
	r.top += n
	r.clamp()
}

// Update handles the reader's own actions; the App has already taken the
// global ones.
func (r readerModel) Update(act Action) (readerModel, tea.Cmd) {
	switch act {
	case ActDown:
		r.scroll(1)
	case ActUp:
		r.scroll(-1)
	case ActPageDown:
		r.scroll(max(r.bodyHeight-1, 1))
	case ActPageUp:
		r.scroll(-max(r.bodyHeight-1, 1))
	case ActHalfDown:
		r.scroll(max(r.bodyHeight/2, 1))
	case ActHalfUp:
		r.scroll(-max(r.bodyHeight/2, 1))
	case ActTop:
		r.top = 0
	case ActBottom:
		r.top = len(r.rows)
		r.clamp()
	case ActBoilerplate:
		anchor := r.anchor()
		r.showBoiler = !r.showBoiler
		r.layout()
		r.scrollTo(anchor)
	case ActNextClaim, ActPrevClaim:
		return r.moveClaim(act == ActNextClaim), nil
	}
	return r, nil
}

// section is the title of the section shown at the top of the screen.
func (r *readerModel) section() string {
	loc := r.anchor()
	if s := r.art.SectionOf(loc.Para); s != nil {
		return s.Title
	}
	return ""
}

// percent is how far through the article the bottom of the screen is.
func (r *readerModel) percent() int {
	if len(r.rows) <= r.bodyHeight {
		return 100
	}
	return min(100, (r.top+r.bodyHeight)*100/len(r.rows))
}

// View draws header, text and status bar.
func (r *readerModel) View(status string) string {
	var b strings.Builder
	w := r.ctx.Width
	b.WriteString(r.header(w))
	b.WriteByte('\n')
	end := min(r.top+r.bodyHeight, len(r.rows))
	for i := r.top; i < end; i++ {
		b.WriteString(r.rows[i].out)
		b.WriteByte('\n')
	}
	for i := end - r.top; i < r.bodyHeight; i++ {
		b.WriteByte('\n')
	}
	b.WriteString(r.statusBar(w, status))
	return b.String()
}

func (r *readerModel) header(w int) string {
	st := r.ctx.Styles
	m := r.art.Meta
	info := strings.Join(nonEmpty(m.Date, m.Outlet, m.Author), " · ") // the date first: short, and never cut
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

func (r *readerModel) statusBar(w int, status string) string {
	st := r.ctx.Styles
	right := fmt.Sprintf(" %d%% ", r.percent())
	left := " " + r.art.ID + " "
	if status != "" {
		left += "│ " + status + " "
	}
	room := w - text.Width(left) - text.Width(right) - 1
	mid := ""
	if sec := r.section(); sec != "" && room > 4 {
		mid, _ = r.ctx.Engine.Fit(sec, room, r.dir).Content()
	}
	fill := w - text.Width(left) - text.Width(mid) - text.Width(right)
	if fill < 0 {
		return st.Bar.Render(fitUI(left+right, w))
	}
	return st.Bar.Render(left + mid + strings.Repeat(" ", fill) + right)
}

// nonEmpty drops empty strings.
func nonEmpty(ss ...string) []string {
	out := ss[:0:0]
	for _, s := range ss {
		if s != "" {
			out = append(out, s)
		}
	}
	return out
}

// fitUI cuts a string of the app's own (already safe) text to w cells.
func fitUI(s string, w int) string {
	return ansi.Truncate(s, max(w, 0), "")
}

// mouseScroll scrolls for a wheel event.
func (r readerModel) mouseScroll(m tea.MouseWheelMsg) readerModel {
	switch m.Button {
	case tea.MouseWheelDown:
		r.scroll(3)
	case tea.MouseWheelUp:
		r.scroll(-3)
	}
	return r
}

// here is the reader's place now, for the jump list: the top of the screen
// and the selected claim.
func (r *readerModel) here() location {
	if r.art == nil {
		return location{}
	}
	loc := r.anchor()
	if c := r.marks.current(); c != nil {
		loc.Claim = c.id
	}
	return loc
}

// restore goes back to a place: the claim selected there, and the top of
// the screen. Without a top (Para -1) it brings the claim — or, for a
// sentence that is no claim, the sentence — into view.
func (r *readerModel) restore(loc location) {
	selected := loc.Claim != "" && r.selectClaim(loc.Claim)
	if !selected && r.marks.cur >= 0 {
		old := r.marks.cur
		r.marks.cur = -1
		r.rerenderParas(r.marks.order[old].para)
	}
	switch {
	case loc.Para >= 0:
		r.scrollTo(loc)
	case selected:
		c := r.marks.current()
		r.reveal(location{Para: c.para, Offset: c.start})
	case loc.Claim != "":
		if sen := r.art.Sentence(loc.Claim); sen != nil {
			off := sen.Start
			if r.art.Paragraphs[sen.Para].Kind == model.ListItem {
				off += len(bullet)
			}
			r.reveal(location{Para: sen.Para, Offset: off})
		}
	}
}
