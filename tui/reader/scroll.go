package reader

import (
	tea "charm.land/bubbletea/v2"

	"github.com/isnad/isnad/tui/common"
)

// This file moves the reader's window over the flow. The keys mean what
// they mean on every screen (see common.Scroller): a row, a page less one
// row of context, half a page, the top, the bottom, three rows a wheel
// notch.

// wheelRows is how far a mouse wheel notch scrolls.
const wheelRows = 3

// move moves for a moving action; it reports whether act was one.
func (r *Reader) move(act common.Action) bool {
	page, half := max(r.height-1, 1), max(r.height/2, 1)
	switch act {
	case common.ActDown:
		r.scrollBy(1)
	case common.ActUp:
		r.scrollBy(-1)
	case common.ActPageDown:
		r.scrollBy(page)
	case common.ActPageUp:
		r.scrollBy(-page)
	case common.ActHalfDown:
		r.scrollBy(half)
	case common.ActHalfUp:
		r.scrollBy(-half)
	case common.ActTop:
		r.setTop(pos{})
	case common.ActBottom:
		r.setTop(r.flow.end())
	default:
		return false
	}
	return true
}

// scrollBy moves the window n rows (up when n < 0).
func (r *Reader) scrollBy(n int) {
	if n > 0 {
		r.top, _ = r.flow.fwd(r.top, n)
	} else {
		r.top = r.flow.back(r.top, -n)
	}
	r.clamp()
}

// setTop puts row p at the top, as far as the content allows.
func (r *Reader) setTop(p pos) {
	r.top = p
	r.clamp()
}

// clamp keeps a full screen of rows below the top when there are that
// many: the last screen ends with the last row.
func (r *Reader) clamp() {
	if r.top.b >= len(r.flow.blocks) || r.top.r >= r.flow.height(r.top.b) {
		r.top = r.flow.back(r.flow.end(), 1)
	}
	if _, n := r.flow.fwd(r.top, r.height); n < r.height {
		r.top = r.flow.back(r.flow.end(), r.height)
	}
	r.flow.trim(r.top.b)
}

// distance is how many rows p is below the top, when it is on screen.
func (r *Reader) distance(p pos) (int, bool) { return r.flow.between(r.top, p, r.height-1) }

// center shows row p with a few rows of context around it; when it must
// move, the row lands a third of the way down, so that what follows is
// read in one go (the next claim).
func (r *Reader) center(p pos) {
	ctx := min(3, r.height/4)
	if d, ok := r.distance(p); !ok || d < ctx || d >= r.height-ctx {
		r.setTop(r.flow.back(p, r.height/3))
	}
}

// each calls fn for the rows on screen, top first, with their screen row,
// until fn returns false.
func (r *Reader) each(fn func(y int, p pos) bool) {
	p := r.top
	for y := 0; y < r.height && p.b < len(r.flow.blocks); y++ {
		if !fn(y, p) {
			return
		}
		if p.r++; p.r >= r.flow.height(p.b) {
			p = pos{p.b + 1, 0}
		}
	}
}

// percent is how far through the article the bottom of the screen is, in
// bytes.
func (r *Reader) percent() int {
	bottom, _ := r.flow.fwd(r.top, r.height)
	if bottom.b >= len(r.flow.blocks) || r.flow.total == 0 {
		return 100
	}
	return min(100, r.flow.offset(bottom)*100/r.flow.total)
}

// mouse scrolls for the wheel; a click selects the claim on the row.
func (r *Reader) mouse(msg tea.MouseMsg) {
	if r.art == nil {
		return
	}
	m := msg.Mouse()
	switch msg.(type) {
	case tea.MouseClickMsg:
		y := m.Y - 1 // below the header
		if m.Button != tea.MouseLeft || y < 0 || y >= r.height {
			return
		}
		p, n := r.flow.fwd(r.top, y)
		if c := r.claimAt(p); c != nil && n == y {
			r.selectClaim(c.id)
		}
	case tea.MouseWheelMsg:
		switch m.Button {
		case tea.MouseWheelDown:
			r.scrollBy(wheelRows)
		case tea.MouseWheelUp:
			r.scrollBy(-wheelRows)
		}
	}
}
