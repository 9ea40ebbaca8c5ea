package reader

import (
	"slices"
	"sort"
	"unicode/utf8"

	"github.com/isnad/isnad/model"
	"github.com/isnad/isnad/text"
)

// The reader never lays out the whole article. A flow lists its blocks (a
// paragraph, or a piece of a very long one) with their byte sizes, which is
// cheap; a block is laid out the first time a row of it is needed, and kept
// while it is near the screen. Opening a 10 MB article, G, a jump to a far
// claim: each lays out the blocks the screen shows, a few more at most.
//
// A jump to any place — a claim, or a search hit given as paragraph and
// byte offset — is a binary search over the blocks and the layout of one
// (locate); before the whole article has come, goToHere (load.go) keeps
// the place until it has.
//
// So the reader scrolls with positions (block, row in block) rather than
// with common.Scroller, which needs the number of rows of the whole
// content; the keys move the same (scroll.go), and the percent in the
// status bar counts bytes, as less does.

// Very long paragraphs (a scraped page on one line, a 4 MB run of claims)
// are laid out in pieces of about pieceBytes, cut after a sentence or a
// space, so that showing one screen of them never lays out megabytes. The
// line before each cut may end short: the price of never waiting.
const (
	splitBytes = 64 << 10 // paragraphs longer than this are cut
	pieceBytes = 16 << 10
)

// maxLaidRows bounds the rows kept laid out; past it, the blocks farthest
// from the screen are dropped (and laid out again if the user comes back).
const maxLaidRows = 4096

// block is one piece of the article laid out on its own.
type block struct {
	para       int
	start, end int // byte range in paraText
	kind       rowKind
	gap        int  // blank rows before it: 1 between paragraphs
	first      bool // the paragraph's first piece
	before     int  // bytes of the blocks before it
}

// laid is a block laid out at the current width, with its rows rendered
// as they are drawn ("" until then: a rendered line is never empty).
type laid struct {
	lines []text.Line // offsets relative to the block's start
	outs  []string
}

// pos is a row of the flow: row r of block b, the gap rows first. The end
// of the flow is {len(blocks), 0}.
type pos struct{ b, r int }

func (p pos) before(q pos) bool { return p.b < q.b || p.b == q.b && p.r < q.r }

// flow is the article's blocks and the ones laid out.
type flow struct {
	blocks []block
	total  int // bytes of all blocks
	laid   map[int]*laid
	rows   int // rows of the laid blocks
	// layout lays block b out (the reader's engine, width and direction).
	layout func(b int) []text.Line
	// layouts counts the blocks laid out, for tests and benchmarks.
	layouts int
}

// reset makes the flow the blocks of art, forgetting every layout.
func (f *flow) reset(art *model.Article, showBoiler bool) {
	f.blocks = f.blocks[:0]
	f.total = 0
	f.forget()
	if art == nil {
		return
	}
	for pi := range art.Paragraphs {
		p := &art.Paragraphs[pi]
		kind := rowBody
		switch {
		case p.Kind == model.Boilerplate && !showBoiler:
			continue
		case p.Kind == model.Boilerplate:
			kind = rowBoiler
		case p.Kind == model.Heading:
			kind = rowHeading
		}
		gap := 1
		if len(f.blocks) == 0 {
			gap = 0
		}
		t := paraText(p)
		for start, first := 0, true; first || start < len(t); first = false {
			end := pieceEnd(art, p, t, start)
			f.blocks = append(f.blocks, block{para: pi, start: start, end: end, kind: kind, gap: gap, first: first, before: f.total})
			f.total += end - start
			start, gap = end, 0
		}
	}
}

// pieceEnd is where the piece of paragraph p (shown as t) starting at
// start ends: the paragraph's end when the rest is short, else after the
// last sentence, or space, before start+pieceBytes.
func pieceEnd(art *model.Article, p *model.Paragraph, t string, start int) int {
	if len(t)-start <= splitBytes && start == 0 || len(t)-start <= pieceBytes+pieceBytes/2 {
		return len(t)
	}
	limit, low := start+pieceBytes, start+pieceBytes/2
	// The last sentence starting in (low, limit].
	sents := art.Sentences[p.SentFrom:min(p.SentTo, len(art.Sentences))]
	k := sort.Search(len(sents), func(i int) bool { return shownOffset(p, sents[i].Start) > limit })
	if k > 0 && shownOffset(p, sents[k-1].Start) > low {
		return shownOffset(p, sents[k-1].Start)
	}
	for i := limit; i > low; i-- {
		if t[i] == ' ' {
			return i + 1
		}
	}
	for i := limit; i > start; i-- {
		if utf8.RuneStart(t[i]) {
			return i
		}
	}
	return limit
}

// forget drops every layout (a new width, new styles).
func (f *flow) forget() {
	clear(f.laid)
	if f.laid == nil {
		f.laid = map[int]*laid{}
	}
	f.rows = 0
}

// redraw drops the rendered rows of paragraph para (-1: of all), keeping
// the layouts: the claim marks changed.
func (f *flow) redraw(para int) {
	for b, l := range f.laid {
		if para < 0 || f.blocks[b].para == para {
			clear(l.outs)
		}
	}
}

// get is block b laid out.
func (f *flow) get(b int) *laid {
	if l, ok := f.laid[b]; ok {
		return l
	}
	lines := f.layout(b)
	f.layouts++
	l := &laid{lines: lines, outs: make([]string, len(lines))}
	f.laid[b] = l
	f.rows += len(lines)
	return l
}

// height is the number of rows of block b, its gap included.
func (f *flow) height(b int) int { return f.blocks[b].gap + len(f.get(b).lines) }

// end is the position after the last row.
func (f *flow) end() pos { return pos{len(f.blocks), 0} }

// fwd moves n rows down from p, no further than the end; it returns where
// it stopped and how many rows it moved.
func (f *flow) fwd(p pos, n int) (pos, int) {
	moved := 0
	for n > 0 && p.b < len(f.blocks) {
		left := f.height(p.b) - p.r
		if n < left {
			p.r += n
			return p, moved + n
		}
		n -= left
		moved += left
		p = pos{p.b + 1, 0}
	}
	return p, moved
}

// back moves n rows up from p, no further than the first row.
func (f *flow) back(p pos, n int) pos {
	for n > 0 {
		if p.r >= n {
			p.r -= n
			return p
		}
		if p.b == 0 {
			return pos{}
		}
		n -= p.r
		p = pos{p.b - 1, f.height(p.b - 1)}
	}
	return p
}

// between is how many rows q is below p, counting up to limit rows; false
// when q is above p or further down than that.
func (f *flow) between(p, q pos, limit int) (int, bool) {
	if q.before(p) {
		return 0, false
	}
	d := 0
	for p.b < q.b {
		d += f.height(p.b) - p.r
		p = pos{p.b + 1, 0}
		if d > limit {
			return 0, false
		}
	}
	d += q.r - p.r
	return d, d <= limit
}

// line is the line p shows: its block and line index, -1 for a gap row or
// the end.
func (f *flow) line(p pos) (*block, int) {
	if p.b >= len(f.blocks) {
		return nil, -1
	}
	return &f.blocks[p.b], p.r - f.blocks[p.b].gap
}

// at is the first block holding byte off of paragraph para, or the first
// block after it when it is not shown (web chrome); len(blocks) past the
// end. The second result says the block holds the offset's paragraph.
func (f *flow) at(para, off int) (int, bool) {
	b := sort.Search(len(f.blocks), func(i int) bool {
		k := &f.blocks[i]
		return k.para > para || k.para == para && k.end > off
	})
	if b < len(f.blocks) && f.blocks[b].para == para {
		return b, true
	}
	if b > 0 && f.blocks[b-1].para == para {
		return b - 1, true // past the paragraph's end: its last piece
	}
	return b, false
}

// locate is the row showing byte off of paragraph para, or the nearest row
// after it.
func (f *flow) locate(para, off int) pos {
	b, ok := f.at(para, off)
	if b >= len(f.blocks) {
		return f.back(f.end(), 1)
	}
	bl := &f.blocks[b]
	if !ok {
		return pos{b, bl.gap}
	}
	lines := f.get(b).lines
	rel := off - bl.start
	for i, ln := range lines {
		if rel >= ln.Start && rel < max(ln.End, ln.Start+1) {
			return pos{b, bl.gap + i}
		}
	}
	return pos{b, bl.gap + max(len(lines)-1, 0)}
}

// offset is how many bytes of the flow are before row p, for the percent.
func (f *flow) offset(p pos) int {
	if p.b >= len(f.blocks) {
		return f.total
	}
	bl := &f.blocks[p.b]
	h := f.height(p.b)
	return bl.before + (bl.end-bl.start)*p.r/max(h, 1)
}

// trim drops the layouts farthest from block near once too many rows are
// kept.
func (f *flow) trim(near int) {
	if f.rows <= maxLaidRows {
		return
	}
	far := make([]int, 0, len(f.laid))
	for b := range f.laid {
		far = append(far, b)
	}
	dist := func(b int) int { return max(b-near, near-b) }
	slices.SortFunc(far, func(x, y int) int { return dist(y) - dist(x) })
	for _, b := range far {
		if f.rows <= maxLaidRows/2 {
			break
		}
		f.rows -= len(f.laid[b].lines)
		delete(f.laid, b)
	}
}
