// Package compare is the compare screen: a model.Comparison in five views,
// switched with the digits: the frame matrix (frames.go), side-by-side
// columns (columns.go), naming and distinctive vocabulary (words.go) and the
// fact table (facts.go), each a view of its own, in the frame drawn by
// view.go. This file holds what they share: the sources, the selected one
// and the window of those shown when not all fit, loading, and key routing.
//
// Every view pre-renders what it draws once per size and comparison (the
// columns lazily, once per frame or fact); View only picks and joins
// strings, so moving the selection costs next to nothing.
package compare

import (
	"slices"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/isnad/isnad/model"
	"github.com/isnad/isnad/tui/common"
)

// ID is the compare screen's id.
const ID common.ID = "compare"

// viewID is one of the views of the compare screen, in key order.
type viewID int

const (
	viewFrames viewID = iota
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

// view is one of the five views. Each keeps its own layout and scroller;
// the source selection and window are the screen's.
type view interface {
	// layout pre-renders the view for the comparison at width w.
	layout(c *Compare, w int)
	// scroller is the view's scroller, brought up to date with the
	// selection (the vocabulary follows the source, the columns the frame
	// or fact they align on).
	scroller(c *Compare) *common.Scroller
	// bodyTop is the screen row of the scroller's first row.
	bodyTop() int
	draw(c *Compare, p *page)
	// enter opens what is selected: a panel of evidence, or a jump.
	enter(c *Compare) tea.Cmd
	legend(c *Compare) string
	// visible is how many sources show at once (0: all).
	visible() int
	hints(c *Compare) []key.Binding
}

// Compare is the compare screen.
type Compare struct {
	ctx  *common.Context
	cmp  *model.Comparison
	arts []*model.Article          // in cmp.Sources order
	byID map[string]*model.Article // article id → article, for evidence

	cur   viewID
	src   int // selected source, shared by the views
	first int // first source shown when not all fit
	views [numViews]view

	frames  *framesView
	columns *columnsView
	facts   *factsView

	body int // rows between the two header rows and the status bar
	lay  *frameLayout
	req  int // id of the latest comparison asked for
}

// New returns an empty compare screen; CompareMsg fills it.
func New(ctx *common.Context) *Compare {
	c := &Compare{ctx: ctx}
	c.reset()
	return c
}

func (c *Compare) reset() {
	c.frames, c.columns, c.facts = &framesView{}, &columnsView{}, &factsView{}
	c.views = [numViews]view{c.frames, c.columns, &namingView{}, &vocabView{}, c.facts}
	c.cur, c.src, c.first = viewFrames, 0, 0
}

// ID is the screen's id.
func (c *Compare) ID() common.ID { return ID }

// loadedMsg carries a comparison made off the event loop, for request req.
type loadedMsg struct {
	req  int
	cmp  *model.Comparison
	arts []*model.Article
	err  error
}

// load compares the articles off the event loop.
func (c *Compare) load(ids []string) tea.Cmd {
	c.req++
	req, lib := c.req, c.ctx.Lib
	return func() tea.Msg {
		cmp, err := lib.Compare(ids)
		if err != nil {
			return loadedMsg{req: req, err: err}
		}
		arts := make([]*model.Article, 0, len(cmp.Sources))
		for _, id := range cmp.Sources {
			art, err := lib.Article(id)
			if err != nil {
				return loadedMsg{req: req, err: err}
			}
			arts = append(arts, art)
		}
		return loadedMsg{req: req, cmp: cmp, arts: arts}
	}
}

// Open shows a comparison. Comparing the same sources again (coming back
// from a jump with c) keeps the view and the selection.
func (c *Compare) Open(cmp *model.Comparison, arts []*model.Article) {
	if c.cmp == nil || !slices.Equal(c.cmp.Sources, cmp.Sources) {
		c.reset()
	}
	c.cmp, c.arts = cmp, arts
	c.byID = make(map[string]*model.Article, len(arts))
	for _, a := range arts {
		c.byID[a.ID] = a
	}
	c.relayout()
}

// SetSize re-renders for the new size.
func (c *Compare) SetSize(_, _ int) {
	if c.cmp != nil {
		c.relayout()
	}
}

// relayout pre-renders every view at the context's size.
func (c *Compare) relayout() {
	w, h := c.ctx.Width, c.ctx.Height
	c.body = max(h-3, 1)
	for _, v := range c.views {
		v.layout(c, w)
	}
	c.lay = c.frameLayout(w)
	c.clamp()
}

// Actions are the screen's keys.
func (c *Compare) Actions() []common.Action {
	return []common.Action{common.ActBack, common.ActOpen, common.ActView, common.ActLeft, common.ActRight}
}

// ShortHelp is the hints of the current view.
func (c *Compare) ShortHelp() []key.Binding {
	if c.cmp == nil {
		return c.ctx.Keys.Help(common.ActBack)
	}
	return append(c.views[c.cur].hints(c), c.ctx.Keys.Get(common.ActBack))
}

// FullHelp is the screen's keys for the help screen.
func (c *Compare) FullHelp() [][]key.Binding {
	k := c.ctx.Keys
	return [][]key.Binding{{k.Described(common.ActView, "frames, columns, naming, vocabulary, facts"),
		k.Described(common.ActLeft, "previous source"), k.Described(common.ActRight, "next source"),
		k.Described(common.ActOpen, "evidence"), k.Get(common.ActBack)}}
}

// Update handles the comparison's loading, keys and the pointer.
func (c *Compare) Update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case common.OpenMsg:
		return common.CompareCmd(nil)
	case common.CompareMsg:
		if msg.IDs != nil {
			return c.load(msg.IDs)
		}
	case loadedMsg:
		if msg.req != c.req {
			return nil // stale: a later request wins
		}
		if msg.err != nil {
			return common.StatusCmd("cannot compare: " + msg.err.Error())
		}
		c.Open(msg.cmp, msg.arts)
		return common.ShowCmd(ID)
	case common.RestyleMsg:
		c.SetSize(c.ctx.Width, c.ctx.Height)
	case tea.MouseMsg:
		if c.cmp != nil {
			v := c.views[c.cur]
			v.scroller(c).Mouse(msg, msg.Mouse().Y-v.bodyTop())
		}
	case common.ActionMsg:
		return c.action(msg)
	}
	return nil
}

func (c *Compare) action(m common.ActionMsg) tea.Cmd {
	if m.Action == common.ActBack {
		return common.BackCmd()
	}
	if c.cmp == nil {
		return nil
	}
	var cmd tea.Cmd
	switch m.Action {
	case common.ActView:
		if v, ok := c.viewOf(m.Key); ok {
			c.switchTo(v)
		}
	case common.ActLeft:
		c.src--
	case common.ActRight:
		c.src++
	case common.ActOpen:
		cmd = c.views[c.cur].enter(c)
	default:
		c.views[c.cur].scroller(c).Update(m.Action)
	}
	c.clamp()
	return cmd
}

// viewOf reads which view a digit key asks for: its place among the keys of
// the views binding, so that a key file can rebind them.
func (c *Compare) viewOf(msg tea.KeyPressMsg) (viewID, bool) {
	i := slices.Index(c.ctx.Keys.Get(common.ActView).Keys(), msg.String())
	if i < 0 || i >= int(numViews) {
		return 0, false
	}
	return viewID(i), true
}

// switchTo changes view; going to the columns from the frames or the facts
// aligns them on what was selected there.
func (c *Compare) switchTo(v viewID) {
	if v == viewColumns {
		switch c.cur {
		case viewFrames:
			c.columns.align(c, false)
		case viewFacts:
			c.columns.align(c, len(c.cmp.Facts) > 0)
		}
	}
	c.cur = v
}

// clamp keeps the selected source in range and in the window.
func (c *Compare) clamp() {
	n := len(c.arts)
	c.src = max(min(c.src, n-1), 0)
	vis := c.views[c.cur].visible()
	if vis == 0 {
		vis = n
	}
	c.first = window(c.first, c.src, vis, n)
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

// shown is the range of sources shown.
func (c *Compare) shown(vis int) (first, last int) {
	if vis == 0 {
		return 0, len(c.arts)
	}
	return c.first, min(c.first+vis, len(c.arts))
}

// Selection is what is selected: the view, the source, and the row of the
// view (its cursor, or its top for the columns).
func (c *Compare) Selection() [3]int {
	sc := c.views[c.cur].scroller(c)
	row := sc.Cursor()
	if row < 0 {
		row = sc.Top()
	}
	return [3]int{int(c.cur), c.src, row}
}
