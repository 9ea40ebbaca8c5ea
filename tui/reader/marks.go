package reader

import (
	"cmp"
	"slices"
	"sort"

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
// with the one the user moved to with ] and [. A paragraph may hold tens of
// thousands of them (a scraped page on one line): a drawn line finds its
// own by a binary search, never by a walk over the paragraph's.
type claimMarks struct {
	sourcing *model.Sourcing
	order    []claimMark
	byPara   map[int][]int // paragraph → indexes in order, by offset
	byID     map[string]int
	cur      int // index in order, -1 for none
	styles   *common.Styles
}

// newClaimMarks places the claims of s on the article's sentences.
func newClaimMarks(a *model.Article, s *model.Sourcing, st *common.Styles) claimMarks {
	m := claimMarks{sourcing: s, byPara: map[int][]int{}, byID: map[string]int{}, cur: -1, styles: st}
	if s == nil || a == nil {
		return m
	}
	var sh shifter
	for _, c := range s.Claims {
		sen := a.Sentence(c.ID)
		if sen == nil {
			continue
		}
		p := &a.Paragraphs[sen.Para]
		if sh.p != p || sh.from > sen.Start {
			sh = shifter{p: p}
		}
		start := sh.at(sen.Start)
		m.order = append(m.order, claimMark{id: c.ID, para: sen.Para, start: start, end: sh.at(sen.End), status: c.Status})
	}
	// Claims are sentences: in reading order they do not overlap, so each
	// paragraph's list is sorted by start and by end alike.
	slices.SortStableFunc(m.order, func(x, y claimMark) int {
		return cmp.Or(cmp.Compare(x.para, y.para), cmp.Compare(x.start, y.start))
	})
	for i, c := range m.order {
		m.byPara[c.para] = append(m.byPara[c.para], i)
		m.byID[c.id] = i
	}
	return m
}

// shifter converts offsets of a paragraph's text to the text the reader
// shows, as shownOffset does, for offsets that do not decrease: it walks
// the links once for all of them, where shownOffset walks them per offset
// (a scraped paragraph may hold thousands of links and of claims).
type shifter struct {
	p           *model.Paragraph
	k           int // the next link to look at
	last, shift int // as in shownOffset
	from        int // the last offset converted
}

func (s *shifter) at(off int) int {
	s.from = off
	shift := s.shift
	if s.p.Kind == model.ListItem {
		shift += len(bullet)
	}
	for ; s.k < len(s.p.Links); s.k++ {
		l := s.p.Links[s.k]
		u, ok := shownURL(s.p, l, s.last)
		switch {
		case !ok: // never shown as its URL, whatever follows
		case off >= l.End:
			s.last = l.End
			s.shift += len(u) - (l.End - l.Start)
			shift += len(u) - (l.End - l.Start)
		case off > l.Start:
			return l.Start + shift + min(off-l.Start, len(u))
		default:
			return off + shift
		}
	}
	return off + shift
}

// current is the claim moved to, or nil.
func (m *claimMarks) current() *claimMark {
	if m.cur < 0 || m.cur >= len(m.order) {
		return nil
	}
	return &m.order[m.cur]
}

// on is the claims of paragraph para that show part of its bytes
// [from, to), as indexes in order.
func (m *claimMarks) on(para, from, to int) []int {
	idx := m.byPara[para]
	k := sort.Search(len(idx), func(i int) bool { return m.order[idx[i]].end > from })
	j := k
	for j < len(idx) && m.order[idx[j]].start < to {
		j++
	}
	return idx[k:j]
}

// spans colours the claims on bytes [from, to) of a paragraph, shifted to
// offsets of the text laid out, which starts at byte shift; the current
// claim is reversed.
func (m *claimMarks) spans(para, from, to, shift int) []text.Span {
	idx := m.on(para, from, to)
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
		out = append(out, text.Span{Start: c.start - shift, End: c.end - shift, Style: style})
	}
	return out
}

// gutter is the one-cell mark beside a line showing bytes [from, to) of a
// paragraph: the status of the claim it shows (the current claim first,
// else the first claim on the line).
func (m *claimMarks) gutter(para, from, to int) string {
	idx := m.on(para, from, to)
	if len(idx) == 0 {
		return " "
	}
	best := idx[0]
	if slices.Contains(idx, m.cur) {
		best = m.cur
	}
	c := m.order[best]
	if best == m.cur {
		return m.styles.CurrentClaim.Render(common.StatusMark(c.status))
	}
	return m.styles.StatusStyle(c.status)(common.StatusMark(c.status))
}

// setCurrent makes claim i current (-1: none) and redraws the lines of the
// paragraphs concerned.
func (r *Reader) setCurrent(i int) {
	m := &r.marks
	if old := m.current(); old != nil {
		r.flow.redraw(old.para)
	}
	m.cur = i
	if c := m.current(); c != nil {
		r.flow.redraw(c.para)
	}
}

// claimRow is the row showing the start of claim c.
func (r *Reader) claimRow(c *claimMark) pos { return r.flow.locate(c.para, c.start) }

// moveClaim moves to the next or previous claim and scrolls it into view.
// From no claim, ] starts at the first claim at or below the top of the
// screen and [ at the last one above it.
func (r *Reader) moveClaim(next bool) {
	m := &r.marks
	if len(m.order) == 0 {
		return
	}
	i := m.cur
	switch {
	case i >= 0 && next:
		i = min(i+1, len(m.order)-1)
	case i >= 0:
		i = max(i-1, 0)
	default:
		top := r.anchor()
		// The first claim after the top: claims are in reading order.
		k := sort.Search(len(m.order), func(k int) bool {
			c := m.order[k]
			return c.para > top.Para || c.para == top.Para && c.end > top.Offset
		})
		switch {
		case next:
			i = min(k, len(m.order)-1)
		default:
			i = max(k-1, 0)
		}
	}
	r.setCurrent(i)
	r.center(r.claimRow(&m.order[i]))
}

// selectClaim makes the claim with the given sentence id current.
func (r *Reader) selectClaim(id string) bool {
	i, ok := r.marks.byID[id]
	if ok {
		r.setCurrent(i)
	}
	return ok
}

// claimOnScreen is the current claim if it is visible, else the first claim
// shown on screen, else nil: what Enter opens.
func (r *Reader) claimOnScreen() *claimMark {
	if c := r.marks.current(); c != nil {
		if _, ok := r.distance(r.claimRow(c)); ok {
			return c
		}
	}
	var found *claimMark
	r.each(func(_ int, p pos) bool {
		found = r.claimAt(p)
		return found == nil
	})
	if found != nil {
		r.selectClaim(found.id)
	}
	return found
}

// claimAt is the first claim row p shows, or nil.
func (r *Reader) claimAt(p pos) *claimMark {
	bl, i := r.flow.line(p)
	if bl == nil || i < 0 {
		return nil
	}
	ln := r.flow.get(p.b).lines[i]
	if idx := r.marks.on(bl.para, bl.start+ln.Start, bl.start+ln.End); len(idx) > 0 {
		return &r.marks.order[idx[0]]
	}
	return nil
}
