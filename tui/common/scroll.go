package common

import (
	"sort"
	"strings"

	tea "charm.land/bubbletea/v2"
)

// Scroller is the one way the explorer scrolls: a window of Height rows
// over Rows rows of content and, for lists, a cursor over items of one or
// more rows each (a wrapped title, a claim with its sources). Every screen
// moves with it, so every key means the same everywhere:
//
//	down/up           the cursor to the next/previous item it may stop on,
//	                  or the view one row when there is none
//	page down/up      the view one page, its height less one row of
//	                  context, and the cursor as many rows
//	half page         half the height, likewise
//	top/bottom        the first/last row, and the first/last item
//	mouse wheel       the view three rows; the cursor stays in view
//	click             the item under the pointer
//
// It is written here rather than around bubbles' viewport: the viewport
// keeps the content and renders it on every frame (lipgloss over every
// visible line), where the screens pre-render their rows once per size
// and need only the offsets; and it has no cursor over items.
type Scroller struct {
	height, top, rows int
	// start[i] is item i's first row and start[n] is rows; nil for plain
	// content, where the cursor is -1.
	start      []int
	selectable func(int) bool
	cur        int
}

// wheelRows is how far a mouse wheel notch scrolls.
const wheelRows = 3

// SetHeight sets the number of rows shown.
func (s *Scroller) SetHeight(h int) {
	s.height = max(h, 1)
	s.clamp()
	s.revealCursor()
}

// SetRows makes the content n plain rows, without a cursor.
func (s *Scroller) SetRows(n int) {
	s.rows, s.start, s.cur, s.selectable = max(n, 0), nil, -1, nil
	s.clamp()
}

// SetItems makes the content n items, item i heights[i] rows high (nil:
// one row each), with a cursor that stops on the items selectable allows
// (nil: all). The cursor keeps its index, moved to the next item it may
// stop on, and is brought into view.
func (s *Scroller) SetItems(n int, heights []int, selectable func(int) bool) {
	if cap(s.start) < n+1 {
		s.start = make([]int, n+1)
	}
	s.start = s.start[:n+1]
	row := 0
	for i := 0; i < n; i++ {
		s.start[i] = row
		if heights == nil {
			row++
		} else {
			row += heights[i]
		}
	}
	s.start[n] = row
	s.rows, s.selectable = row, selectable
	cur := max(min(s.cur, n-1), 0)
	s.cur = -1
	if i := s.find(cur, 1); i >= 0 {
		s.cur = i
	} else {
		s.cur = s.find(cur, -1)
	}
	s.clamp()
	s.revealCursor()
}

// Top is the first row shown; Height the rows shown; Rows all rows.
func (s *Scroller) Top() int    { return s.top }
func (s *Scroller) Height() int { return s.height }
func (s *Scroller) Rows() int   { return s.rows }

// Cursor is the item under the cursor, -1 for none.
func (s *Scroller) Cursor() int {
	if s.start == nil {
		return -1
	}
	return s.cur
}

// ItemRows is the range of rows [from, to) of item i.
func (s *Scroller) ItemRows(i int) (from, to int) { return s.start[i], s.start[i+1] }

// ItemAt is the item showing row, -1 when there is none.
func (s *Scroller) ItemAt(row int) int {
	if s.start == nil || row < 0 || row >= s.rows {
		return -1
	}
	return sort.SearchInts(s.start, row+1) - 1
}

// SetTop scrolls so that row is the first shown, as far as the content
// allows.
func (s *Scroller) SetTop(row int) {
	s.top = row
	s.clamp()
}

// Select puts the cursor on item i if it may stop there, and brings it into
// view.
func (s *Scroller) Select(i int) bool {
	if !s.stops(i) {
		return false
	}
	s.cur = i
	s.revealCursor()
	return true
}

// Reveal scrolls as little as possible to show rows [from, to), their start
// first when they do not all fit.
func (s *Scroller) Reveal(from, to int) {
	if to > s.top+s.height {
		s.top = to - s.height
	}
	if from < s.top {
		s.top = from
	}
	s.clamp()
}

// Center shows row with a few rows of context around it; when it must
// move, the row lands a third of the way down, so that what follows is
// read in one go (the reader's next claim).
func (s *Scroller) Center(row int) {
	ctx := min(3, s.height/4)
	if row < s.top+ctx || row >= s.top+s.height-ctx {
		s.top = row - s.height/3
		s.clamp()
	}
}

// Percent is how far through the content the bottom of the view is.
func (s *Scroller) Percent() int {
	if s.rows <= s.height {
		return 100
	}
	return min(100, (s.top+s.height)*100/s.rows)
}

// Update moves for a moving action; it reports whether act was one.
func (s *Scroller) Update(act Action) bool {
	page, half := max(s.height-1, 1), max(s.height/2, 1)
	switch act {
	case ActDown:
		s.step(1)
	case ActUp:
		s.step(-1)
	case ActPageDown:
		s.jump(page)
	case ActPageUp:
		s.jump(-page)
	case ActHalfDown:
		s.jump(half)
	case ActHalfUp:
		s.jump(-half)
	case ActTop:
		s.top = 0
		if s.Cursor() >= 0 {
			s.cur = s.find(0, 1)
		}
	case ActBottom:
		s.top = s.rows
		if s.Cursor() >= 0 {
			s.cur = s.find(len(s.start)-2, -1)
		}
	default:
		return false
	}
	s.clamp()
	return true
}

// Handle moves for a moving action or the pointer, the view's first row
// being row bodyTop of the screen; it reports whether msg was one of
// those.
func (s *Scroller) Handle(msg tea.Msg, bodyTop int) bool {
	switch msg := msg.(type) {
	case ActionMsg:
		return s.Update(msg.Action)
	case tea.MouseMsg:
		s.Mouse(msg, msg.Mouse().Y-bodyTop)
		return true
	}
	return false
}

// View writes the rows in view, row(r) for each row r of the content,
// then blank rows to the height: the body of a screen.
func (s *Scroller) View(b *strings.Builder, row func(r int) string) {
	end := min(s.top+s.height, s.rows)
	for r := s.top; r < end; r++ {
		b.WriteString(row(r))
		b.WriteByte('\n')
	}
	for r := max(end-s.top, 0); r < s.height; r++ {
		b.WriteByte('\n')
	}
}

// ItemLine is the item row r shows and which of its lines.
func (s *Scroller) ItemLine(r int) (item, line int) {
	item = s.ItemAt(r)
	if item < 0 {
		return -1, 0
	}
	return item, r - s.start[item]
}

// Mouse scrolls for a wheel notch and selects the item under a left click
// at row y of the view. It reports whether the view or the cursor moved.
func (s *Scroller) Mouse(msg tea.MouseMsg, y int) bool {
	m := msg.Mouse()
	switch msg.(type) {
	case tea.MouseWheelMsg:
		switch m.Button {
		case tea.MouseWheelDown:
			s.top += wheelRows
		case tea.MouseWheelUp:
			s.top -= wheelRows
		default:
			return false
		}
		s.clamp()
		s.cursorIntoView()
		return true
	case tea.MouseClickMsg:
		if m.Button != tea.MouseLeft || y < 0 || y >= s.height {
			return false
		}
		return s.Select(s.ItemAt(s.top + y))
	}
	return false
}

// step moves the cursor to the next item it may stop on in direction d, or
// scrolls one row when there is none (the rows before the first or after
// the last selectable item are read too).
func (s *Scroller) step(d int) {
	if s.Cursor() >= 0 {
		if i := s.find(s.cur+d, d); i >= 0 {
			s.cur = i
			s.revealCursor()
			return
		}
	}
	s.top += d
}

// jump moves the view n rows and the cursor as many.
func (s *Scroller) jump(n int) {
	s.top += n
	s.clamp()
	if s.Cursor() < 0 {
		return
	}
	row := max(min(s.start[s.cur]+n, s.rows-1), 0)
	d := 1
	if n < 0 {
		d = -1
	}
	i := s.find(s.ItemAt(row), d)
	if i < 0 {
		i = s.find(s.ItemAt(row), -d)
	}
	if i >= 0 {
		s.cur = i
	}
	s.revealCursor()
}

// cursorIntoView moves the cursor to the nearest item it may stop on that
// is in view, after the view moved on its own (the wheel).
func (s *Scroller) cursorIntoView() {
	if s.Cursor() < 0 {
		return
	}
	from, to := s.ItemRows(s.cur)
	switch {
	case from < s.top:
		if i := s.find(s.ItemAt(s.top), 1); i >= 0 {
			s.cur = i
		}
	case to > s.top+s.height:
		if i := s.find(s.ItemAt(min(s.top+s.height, s.rows)-1), -1); i >= 0 {
			s.cur = i
		}
	}
}

// find is the first item from i on, in direction d, that the cursor may
// stop on; -1 when there is none.
func (s *Scroller) find(i, d int) int {
	for ; i >= 0 && i < len(s.start)-1; i += d {
		if s.stops(i) {
			return i
		}
	}
	return -1
}

func (s *Scroller) stops(i int) bool {
	return s.start != nil && i >= 0 && i < len(s.start)-1 && (s.selectable == nil || s.selectable(i))
}

func (s *Scroller) revealCursor() {
	if s.Cursor() >= 0 && s.cur < len(s.start)-1 {
		s.Reveal(s.ItemRows(s.cur))
	}
}

func (s *Scroller) clamp() {
	s.top = max(min(s.top, s.rows-s.height), 0)
}
