package reader

import (
	"github.com/isnad/isnad/model"
	"github.com/isnad/isnad/text"
	"github.com/isnad/isnad/tui/common"
)

// claimMark is one claim of the article in the reader: where its sentence
// is and how it is sourced.
type claimMark struct {
	id         string
	para       int
	start, end int // byte offsets in the text the reader shows (paraText)
	status     model.ClaimStatus
}

// claimMarks are the claims of the article in the reader, in reading order,
// with the one the user moved to with ] and [.
type claimMarks struct {
	sourcing *model.Sourcing
	order    []claimMark
	byPara   map[int][]int // paragraph → indexes in order
	cur      int           // index in order, -1 for none
	styles   *common.Styles
}

// newClaimMarks places the claims of s on the article's sentences.
func newClaimMarks(a *model.Article, s *model.Sourcing, st *common.Styles) claimMarks {
	m := claimMarks{sourcing: s, byPara: map[int][]int{}, cur: -1, styles: st}
	if s == nil {
		return m
	}
	for _, c := range s.Claims {
		sen := a.Sentence(c.ID)
		if sen == nil {
			continue
		}
		p := &a.Paragraphs[sen.Para]
		m.byPara[sen.Para] = append(m.byPara[sen.Para], len(m.order))
		m.order = append(m.order, claimMark{id: c.ID, para: sen.Para, start: shownOffset(p, sen.Start), end: shownOffset(p, sen.End), status: c.Status})
	}
	return m
}

// current is the claim moved to, or nil.
func (m *claimMarks) current() *claimMark {
	if m.cur < 0 || m.cur >= len(m.order) {
		return nil
	}
	return &m.order[m.cur]
}

// spans colours the claims of a paragraph; the current claim is reversed.
func (m claimMarks) spans(para int) []text.Span {
	idx := m.byPara[para]
	if len(idx) == 0 {
		return nil
	}
	out := make([]text.Span, 0, len(idx))
	for _, i := range idx {
		c := m.order[i]
		style := m.styles.StatusStyle(c.status)
		if i == m.cur {
			style = common.StyleFn(m.styles.CurrentClaim)
		}
		out = append(out, text.Span{Start: c.start, End: c.end, Style: style})
	}
	return out
}

// gutter is the one-cell mark beside a line: the status of the claim the
// line shows (the current claim first, else the first claim on the line).
func (m claimMarks) gutter(para int, ln text.Line) string {
	best := -1
	for _, i := range m.byPara[para] {
		c := m.order[i]
		if !overlaps(c, ln) {
			continue
		}
		if i == m.cur {
			best = i
			break
		}
		if best < 0 {
			best = i
		}
	}
	if best < 0 {
		return " "
	}
	c := m.order[best]
	if best == m.cur {
		return m.styles.CurrentClaim.Render(common.StatusMark(c.status))
	}
	return m.styles.StatusStyle(c.status)(common.StatusMark(c.status))
}

// overlaps reports whether a display line shows part of claim c.
func overlaps(c claimMark, ln text.Line) bool {
	return c.start < ln.End && c.end > ln.Start
}

// rerenderParas re-renders the rows of the given paragraphs (after the current
// claim changed).
func (r *Reader) rerenderParas(paras ...int) {
	for i := range r.rows {
		for _, p := range paras {
			if r.rows[i].para == p {
				r.render(i)
			}
		}
	}
}

// moveClaim moves to the next or previous claim and scrolls it into view.
// From no claim, ] starts at the first claim at or below the top of the
// screen and [ at the last one above it.
func (r *Reader) moveClaim(next bool) {
	m := &r.marks
	if len(m.order) == 0 {
		return
	}
	old := m.cur
	switch {
	case m.cur >= 0 && next:
		m.cur = min(m.cur+1, len(m.order)-1)
	case m.cur >= 0:
		m.cur = max(m.cur-1, 0)
	default:
		top := r.anchor()
		m.cur = len(m.order) - 1
		if !next {
			m.cur = 0
		}
		for i, c := range m.order {
			after := c.para > top.Para || (c.para == top.Para && c.end > top.Offset)
			if next && after {
				m.cur = i
				break
			}
			if !next && !after {
				m.cur = i
			}
		}
	}
	var paras []int
	if old >= 0 {
		paras = append(paras, m.order[old].para)
	}
	c := m.order[m.cur]
	r.rerenderParas(append(paras, c.para)...)
	r.scroll.Center(r.rowOf(common.Location{Para: c.para, Offset: c.start}))
}

// selectClaim makes the claim with the given sentence id current.
func (r *Reader) selectClaim(id string) bool {
	for i, c := range r.marks.order {
		if c.id == id {
			old := r.marks.cur
			r.marks.cur = i
			if old >= 0 {
				r.rerenderParas(r.marks.order[old].para)
			}
			r.rerenderParas(c.para)
			return true
		}
	}
	return false
}

// claimOnScreen is the current claim if it is visible, else the first claim
// shown on screen, else nil: what Enter opens.
func (r *Reader) claimOnScreen() *claimMark {
	if c := r.marks.current(); c != nil {
		row := r.rowOf(common.Location{Para: c.para, Offset: c.start})
		if top := r.scroll.Top(); row >= top && row < top+r.scroll.Height() {
			return c
		}
	}
	top := r.scroll.Top()
	for i := top; i < min(top+r.scroll.Height(), len(r.rows)); i++ {
		if c := r.claimAt(i); c != nil {
			r.selectClaim(c.id)
			return c
		}
	}
	return nil
}

// claimAt is the first claim row i shows, or nil.
func (r *Reader) claimAt(i int) *claimMark {
	if i < 0 || i >= len(r.rows) {
		return nil
	}
	rw := r.rows[i]
	for _, ci := range r.marks.byPara[rw.para] {
		if overlaps(r.marks.order[ci], rw.line) {
			return &r.marks.order[ci]
		}
	}
	return nil
}
