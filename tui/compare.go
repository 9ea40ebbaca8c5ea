package tui

// The compare screen shows a model.Comparison in five views, switched with
// the digits: the frame matrix (compare_frames.go), side-by-side columns
// (compare_columns.go), naming and distinctive vocabulary
// (compare_words.go) and the fact table (compare_facts.go), in the frame
// drawn by compare_view.go. This file holds what they share: the state, key
// routing, and the window of sources shown when not all fit.
//
// Everything drawn is pre-rendered in open and SetSize (relayout) into a
// *compareLayout, or, for the columns, laid out lazily once per frame or
// fact and cached there; View only picks and joins strings, so moving the
// selection costs next to nothing.

import (
	"fmt"
	"slices"

	tea "charm.land/bubbletea/v2"

	"github.com/isnad/isnad/model"
)

// compareView is one of the views of the compare screen, in key order.
type compareView int

const (
	viewFrames compareView = iota
	viewColumns
	viewNaming
	viewVocab
	viewFacts
	numViews
)

var viewNames = [numViews]string{"frames", "columns", "naming", "vocabulary", "facts"}
var viewShort = [numViews]string{"frames", "cols", "naming", "vocab", "facts"}

// noFrames is said wherever the frames file is missing.
const noFrames = "no frames file in this corpus: add frames.yaml (see data/corpus/frames.yaml)"

// compareModel is the compare screen.
type compareModel struct {
	ctx  *Context
	cmp  *model.Comparison
	arts []*model.Article          // in cmp.Sources order
	byID map[string]*model.Article // article id → article, for evidence

	view  compareView
	src   int // selected source, shared by the views
	first int // first source shown when not all fit
	frame int // selected frame (view 1; view 2 aligns on it)
	name  int // selected naming row
	term  int // selected term of the selected source (vocabulary)
	fact  int // selected fact row (view 5; view 2 aligns on it when come from there)

	alignFact bool // view 2 aligns on the fact, not the frame
	colTop    int  // first body row of the columns
	top       [numViews]int
	note      string // one-shot message for the status bar

	body int // rows between the two header rows and the status bar
	lay  *compareLayout
}

// compareLayout is everything pre-rendered for one size and one comparison.
type compareLayout struct {
	frames matrixLayout
	cols   columnsLayout
	naming namingLayout
	vocab  vocabLayout
	facts  factsLayout
	names  []string // per source: its outlet, else its title

	// The frame of the screen, per view: views line, the notice before the
	// legend, the status bar without message; and the one-source warning.
	header, notice, status [numViews]string
	single                 string
	size                   int // bytes of the longest screen drawn, to grow the next at once
}

// compareOut is what a key on the compare screen asks the App to do: push a
// panel (evidence sentences) or jump to a sentence.
type compareOut struct {
	panel *panelModel
	jump  string
}

func newCompare(ctx *Context) compareModel { return compareModel{ctx: ctx} }

// open shows a comparison. Comparing the same sources again (coming back
// from a jump with c) keeps the view and the selection.
func (c *compareModel) open(cmp *model.Comparison, arts []*model.Article) {
	same := c.cmp != nil && slices.Equal(c.cmp.Sources, cmp.Sources)
	c.cmp, c.arts = cmp, arts
	c.byID = make(map[string]*model.Article, len(arts))
	for _, a := range arts {
		c.byID[a.ID] = a
	}
	if !same {
		keep := c.ctx
		*c = compareModel{ctx: keep, cmp: cmp, arts: arts, byID: c.byID}
	}
	c.relayout()
	c.clampAll()
}

// SetSize re-renders for the new size.
func (c *compareModel) SetSize(w, h int) {
	if c.cmp != nil {
		c.relayout()
		c.clampAll()
	}
}

// relayout pre-renders every view at the context's size.
func (c *compareModel) relayout() {
	w, h := c.ctx.Width, c.ctx.Height
	c.body = max(h-3, 1)
	lay := &compareLayout{}
	for _, a := range c.arts {
		name := a.Meta.Outlet
		if name == "" {
			name = a.Meta.Title
		}
		lay.names = append(lay.names, name)
	}
	c.lay = lay
	lay.frames = c.layoutFrames(w)
	lay.cols = c.layoutColumns(w)
	lay.naming = c.layoutNaming(w)
	lay.vocab = c.layoutVocab(w)
	lay.facts = c.layoutFacts(w)
	st := c.ctx.Styles
	// Legends take what the notice of their view leaves of the row.
	lay.frames.legend = st.Muted.Render(fitUI(fmt.Sprintf("share of each source's sentences that carry the frame · a full bar is %.1f%%, the highest", lay.frames.best*100), c.legendW(viewFrames)))
	lay.naming.legend = st.Muted.Render(fitUI("how each source names the relationship: occurrences per source", c.legendW(viewNaming)))
	lay.facts.legend = st.Muted.Render(fitUI("dates and figures by event · CONFLICT: the sources disagree · != a value no other source agrees with", c.legendW(viewFacts)))
	for v := range numViews {
		lay.header[v] = c.headerLine(v, w)
		lay.status[v] = c.statusBar(v, w, "")
		if n := c.notice(v); n != "" {
			lay.notice[v] = st.Notice.Render(fitUI(n, w))
		}
	}
	if len(c.arts) == 1 {
		lay.single = st.Warn.Render(fitUI("comparing needs two sources: mark them with m in the library (showing "+c.arts[0].ID+" alone)", w))
	}
}

// Update handles a key on the compare screen.
func (c compareModel) Update(msg tea.KeyPressMsg, act Action) (compareModel, compareOut) {
	c.note = ""
	if c.cmp == nil {
		return c, compareOut{}
	}
	var out compareOut
	switch act {
	case ActView:
		if v, ok := c.viewOf(msg); ok {
			c.switchTo(v)
		}
	case ActLeft, ActRight:
		d := 1
		if act == ActLeft {
			d = -1
		}
		c.src = max(min(c.src+d, len(c.arts)-1), 0)
	case ActOpen:
		out = c.enter()
	default:
		c.move(act)
	}
	c.clampAll()
	return c, out
}

// viewOf reads which view a digit key asks for: its place among the keys of
// the Views binding, so that a key file can rebind them.
func (c *compareModel) viewOf(msg tea.KeyPressMsg) (compareView, bool) {
	i := slices.Index(c.ctx.Keys.Views.Keys(), msg.String())
	if i < 0 || i >= int(numViews) {
		return 0, false
	}
	return compareView(i), true
}

// switchTo changes view; going to the columns from the frames or the facts
// aligns them on what was selected there.
func (c *compareModel) switchTo(v compareView) {
	if v == viewColumns {
		fact := c.alignFact
		switch c.view {
		case viewFrames:
			fact = false
		case viewFacts:
			fact = true
		}
		if fact && len(c.cmp.Facts) == 0 {
			fact = false
		}
		if fact != c.alignFact || c.view == viewFrames || c.view == viewFacts {
			c.colTop = 0
		}
		c.alignFact = fact
	}
	c.view = v
}

// move handles the moving keys of the current view.
func (c *compareModel) move(act Action) {
	switch c.view {
	case viewFrames:
		c.frame = stepCursor(act, c.frame, len(c.cmp.Frames), c.body)
	case viewColumns:
		c.colTop = scrollBy(act, c.colTop, c.columnBody())
	case viewNaming:
		c.name = stepCursor(act, c.name, len(c.cmp.NamingRows), c.body)
	case viewVocab:
		c.term = stepCursor(act, c.term, len(c.cmp.Vocabulary[c.cmp.Sources[c.src]]), c.body)
	case viewFacts:
		c.fact = stepCursor(act, c.fact, len(c.cmp.Facts), c.body/3)
	}
}

// stepCursor moves a cursor over n rows.
func stepCursor(act Action, cur, n, page int) int {
	switch act {
	case ActDown:
		cur++
	case ActUp:
		cur--
	case ActPageDown:
		cur += max(page, 1)
	case ActPageUp:
		cur -= max(page, 1)
	case ActHalfDown:
		cur += max(page/2, 1)
	case ActHalfUp:
		cur -= max(page/2, 1)
	case ActTop:
		cur = 0
	case ActBottom:
		cur = n - 1
	}
	return max(min(cur, n-1), 0)
}

// scrollBy moves a scroll offset; clampAll bounds it.
func scrollBy(act Action, top, page int) int {
	switch act {
	case ActDown:
		top++
	case ActUp:
		top--
	case ActPageDown:
		top += max(page-1, 1)
	case ActPageUp:
		top -= max(page-1, 1)
	case ActHalfDown:
		top += max(page/2, 1)
	case ActHalfUp:
		top -= max(page/2, 1)
	case ActTop:
		top = 0
	case ActBottom:
		top = 1 << 30
	}
	return top
}

// clampAll keeps every cursor in range and the selection in view.
func (c *compareModel) clampAll() {
	if c.cmp == nil || c.lay == nil {
		return
	}
	n := len(c.arts)
	c.src = max(min(c.src, n-1), 0)
	c.frame = max(min(c.frame, len(c.cmp.Frames)-1), 0)
	c.name = max(min(c.name, len(c.cmp.NamingRows)-1), 0)
	c.fact = max(min(c.fact, len(c.cmp.Facts)-1), 0)
	if n > 0 {
		c.term = max(min(c.term, len(c.cmp.Vocabulary[c.cmp.Sources[c.src]])-1), 0)
	}
	c.first = window(c.first, c.src, c.visible(), n)
	switch c.view {
	case viewFrames:
		c.top[viewFrames] = reveal(c.top[viewFrames], c.frame, c.frame, c.lay.frames.rows)
	case viewColumns:
		c.colTop = max(min(c.colTop, c.aligned().rows-c.columnBody()), 0)
	case viewNaming:
		c.top[viewNaming] = reveal(c.top[viewNaming], c.name, c.name, c.body-1)
	case viewVocab:
		v := &c.lay.vocab
		if v.stacked {
			row := v.offset[c.src] + 2 + c.term
			c.top[viewVocab] = reveal(c.top[viewVocab], v.offset[c.src], row, c.body)
		} else {
			c.top[viewVocab] = reveal(c.top[viewVocab], c.term, c.term, c.body-2)
		}
	case viewFacts:
		f := &c.lay.facts
		if len(f.rowAt) > 0 {
			first := f.rowAt[c.fact]
			c.top[viewFacts] = reveal(c.top[viewFacts], first, first+f.height[c.fact]-1, c.body-1)
		}
	}
}

// visible is how many sources the current view shows at once.
func (c *compareModel) visible() int {
	switch c.view {
	case viewFrames:
		return c.lay.frames.vis
	case viewColumns:
		return c.lay.cols.vis
	case viewNaming:
		return c.lay.naming.vis
	case viewFacts:
		return c.lay.facts.vis
	}
	return len(c.arts)
}

// window is the first of vis sources shown out of n so that sel is shown,
// moving as little as possible from first.
func window(first, sel, vis, n int) int {
	if vis >= n {
		return 0
	}
	if sel < first {
		first = sel
	}
	if sel >= first+vis {
		first = sel - vis + 1
	}
	return max(min(first, n-vis), 0)
}

// reveal scrolls top so that rows [from, to] show in a page of h rows.
func reveal(top, from, to, h int) int {
	h = max(h, 1)
	if to >= top+h {
		top = to - h + 1
	}
	if from < top {
		top = from
	}
	return max(top, 0)
}

// fitSources shares avail cells between n source columns of at least minW
// and at most maxW cells, each preceded by sep cells: how many show at once
// and how wide each is.
func fitSources(avail, n, minW, maxW, sep int) (vis, w int) {
	if n == 0 {
		return 0, minW
	}
	vis = n
	if avail/n-sep < minW {
		vis = max(avail/(minW+sep), 1)
	}
	w = max(min(avail/vis-sep, maxW), 1)
	return vis, w
}

// enter opens what is selected in the current view.
func (c *compareModel) enter() compareOut {
	var p *panelModel
	switch c.view {
	case viewFrames:
		p = c.cellPanel()
	case viewColumns:
		if id := c.columnSentence(); id != "" {
			return compareOut{jump: id}
		}
	case viewNaming:
		p = c.namingPanel()
	case viewVocab:
		p = c.vocabPanel()
	case viewFacts:
		p = c.factPanel()
	}
	if p == nil {
		return compareOut{}
	}
	return compareOut{panel: p}
}
