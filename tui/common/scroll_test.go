package common_test

import (
	"testing"

	tea "charm.land/bubbletea/v2"

	. "github.com/isnad/isnad/tui/common"
)

func TestScrollerPlain(t *testing.T) {
	var s Scroller
	s.SetHeight(10)
	s.SetRows(100)
	if s.Cursor() != -1 {
		t.Fatalf("plain content has a cursor: %d", s.Cursor())
	}
	steps := []struct {
		act Action
		top int
	}{
		{ActDown, 1}, {ActUp, 0}, {ActUp, 0},
		{ActPageDown, 9}, {ActPageDown, 18}, {ActPageUp, 9},
		{ActHalfDown, 14}, {ActHalfUp, 9},
		{ActBottom, 90}, {ActDown, 90}, {ActTop, 0},
	}
	for i, st := range steps {
		s.Update(st.act)
		if s.Top() != st.top {
			t.Fatalf("step %d (%d): top %d, want %d", i, st.act, s.Top(), st.top)
		}
	}
	if s.Update(ActOpen) {
		t.Error("Update took a non-moving action")
	}
	if p := s.Percent(); p != 10 {
		t.Errorf("percent at the top: %d", p)
	}
	s.SetRows(5)
	if s.Top() != 0 || s.Percent() != 100 {
		t.Errorf("short content: top %d, percent %d", s.Top(), s.Percent())
	}
}

// A page is the same wherever it is used: the view moves its height less
// one row, and a cursor moves with it.
func TestScrollerCursorPages(t *testing.T) {
	var s Scroller
	s.SetHeight(10)
	heights := make([]int, 50)
	for i := range heights {
		heights[i] = 1 + i%3 // 1, 2, 3 rows
	}
	s.SetItems(len(heights), heights, nil)
	if s.Cursor() != 0 || s.Rows() != 99 {
		t.Fatalf("cursor %d, rows %d", s.Cursor(), s.Rows())
	}
	s.Update(ActPageDown)
	from, to := s.ItemRows(s.Cursor())
	if s.Top() != 9 || from > 9 || to <= 9 {
		t.Errorf("page down: top %d, cursor on rows [%d,%d), want the item at row 9", s.Top(), from, to)
	}
	s.Update(ActDown)
	if f2, _ := s.ItemRows(s.Cursor()); f2 != to {
		t.Errorf("down went to the item at row %d, want %d", f2, to)
	}
	s.Update(ActBottom)
	if s.Cursor() != 49 || s.Top() != 89 {
		t.Errorf("bottom: cursor %d top %d", s.Cursor(), s.Top())
	}
	s.Update(ActTop)
	if s.Cursor() != 0 || s.Top() != 0 {
		t.Errorf("top: cursor %d top %d", s.Cursor(), s.Top())
	}
	// The cursor is always in view.
	for _, a := range []Action{ActHalfDown, ActDown, ActPageDown, ActPageDown, ActUp, ActPageUp, ActHalfUp} {
		s.Update(a)
		from, to := s.ItemRows(s.Cursor())
		if from < s.Top() || to > s.Top()+s.Height() {
			t.Errorf("after %d the cursor's rows [%d,%d) are out of view (top %d)", a, from, to, s.Top())
		}
	}
}

// The cursor skips what it may not stop on; with nothing to stop on below,
// down scrolls (the rows after the last item are read too).
func TestScrollerSelectable(t *testing.T) {
	var s Scroller
	s.SetHeight(3)
	stops := map[int]bool{1: true, 4: true}
	s.SetItems(8, nil, func(i int) bool { return stops[i] })
	if s.Cursor() != 1 {
		t.Fatalf("cursor starts on %d, want the first selectable, 1", s.Cursor())
	}
	s.Update(ActDown)
	if s.Cursor() != 4 {
		t.Fatalf("down: cursor %d", s.Cursor())
	}
	top := s.Top()
	s.Update(ActDown)
	if s.Cursor() != 4 || s.Top() != top+1 {
		t.Errorf("down past the last selectable: cursor %d, top %d (was %d)", s.Cursor(), s.Top(), top)
	}
	if s.Select(2) || s.Cursor() != 4 {
		t.Error("selected an item that is not selectable")
	}
	s.SetItems(8, nil, func(int) bool { return false })
	if s.Cursor() != -1 {
		t.Errorf("nothing selectable, cursor %d", s.Cursor())
	}
	s.SetTop(0)
	s.Update(ActDown)
	if s.Top() != 1 {
		t.Errorf("without a cursor down scrolls: top %d", s.Top())
	}
	s.SetItems(0, nil, nil)
	s.Update(ActBottom)
	if s.Cursor() != -1 || s.Top() != 0 || s.ItemAt(0) != -1 {
		t.Errorf("empty list: cursor %d top %d", s.Cursor(), s.Top())
	}
}

func TestScrollerMouse(t *testing.T) {
	var s Scroller
	s.SetHeight(5)
	s.SetItems(20, nil, nil)
	click := func(y int) tea.MouseClickMsg {
		return tea.MouseClickMsg{X: 3, Y: y, Button: tea.MouseLeft}
	}
	if !s.Mouse(click(3), 3) || s.Cursor() != 3 {
		t.Errorf("click on row 3 selected %d", s.Cursor())
	}
	if s.Mouse(click(9), 9) || s.Cursor() != 3 {
		t.Error("a click below the view selected something")
	}
	if s.Mouse(tea.MouseClickMsg{Y: 1, Button: tea.MouseRight}, 1) {
		t.Error("a right click selected")
	}
	s.Mouse(tea.MouseWheelMsg{Button: tea.MouseWheelDown}, 0)
	s.Mouse(tea.MouseWheelMsg{Button: tea.MouseWheelDown}, 0)
	if s.Top() != 6 || s.Cursor() != 6 {
		t.Errorf("two notches down: top %d, cursor %d (want the cursor brought into view)", s.Top(), s.Cursor())
	}
	s.Mouse(tea.MouseWheelMsg{Button: tea.MouseWheelUp}, 0)
	if s.Top() != 3 || s.Cursor() != 6 {
		t.Errorf("a notch up: top %d, cursor %d", s.Top(), s.Cursor())
	}
	s.Mouse(tea.MouseWheelMsg{Button: tea.MouseWheelUp}, 0)
	s.Mouse(tea.MouseWheelMsg{Button: tea.MouseWheelUp}, 0)
	if s.Top() != 0 || s.Cursor() != 4 {
		t.Errorf("back up: top %d, cursor %d", s.Top(), s.Cursor())
	}
}

func TestScrollerReveal(t *testing.T) {
	var s Scroller
	s.SetHeight(10)
	s.SetRows(100)
	s.Reveal(50, 53)
	if s.Top() != 43 {
		t.Errorf("reveal below: top %d", s.Top())
	}
	s.Reveal(20, 40)
	if s.Top() != 20 {
		t.Errorf("reveal a range taller than the view: top %d, want its start", s.Top())
	}
	s.Center(25)
	if s.Top() != 20 {
		t.Errorf("center a row in view: top moved to %d", s.Top())
	}
	s.Center(60)
	if s.Top() != 57 {
		t.Errorf("center a row out of view: top %d, want it a third down", s.Top())
	}
	s.SetHeight(0)
	if s.Height() != 1 {
		t.Errorf("height %d", s.Height())
	}
}
