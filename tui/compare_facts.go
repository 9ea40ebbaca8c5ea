package tui

// View 5 of the compare screen: the fact table. One row per event and kind
// of value, the values of each source one under the other, rows where the
// sources disagree flagged CONFLICT and the disagreeing values marked "!=",
// readable without colour. Enter lists each value with its sentence.

import (
	"fmt"
	"strings"

	"github.com/isnad/isnad/text"
)

// factsLayout is the fact table: one row per event and kind, its values per
// source one under the other.
type factsLayout struct {
	ew, kw, cw, vis int
	legend, empty   string
	header          string
	head, headSel   []string     // per source
	event, eventSel [][]string   // per row: lines of the event column
	kind            []string     // per row
	cells           [][][]string // [row][source]: one line per value
	height, rowAt   []int        // per row: lines, and first line (separators included)
	blankEvent      string
	blankKind       string
	blankCell       string
}

func (c *compareModel) layoutFacts(w int) factsLayout {
	st := c.ctx.Styles
	eng := c.ctx.Engine
	l := factsLayout{kw: len("number")}
	l.ew = len("CONFLICT")
	for _, f := range c.cmp.Facts {
		l.ew = max(l.ew, measure(eng, f.Name))
	}
	l.ew = min(l.ew, max(w/5, 14))
	l.vis, l.cw = fitSources(w-2-l.ew-1-l.kw, len(c.arts), 14, 26, 2)
	msg := "no dates or figures found for the events of the frames file"
	if len(c.cmp.Frames) == 0 {
		msg = noFrames + "; its events group the facts"
	}
	l.empty = st.Warn.Render(fitUI("  "+msg, w))
	l.blankEvent, l.blankKind, l.blankCell = strings.Repeat(" ", l.ew), strings.Repeat(" ", l.kw), strings.Repeat(" ", l.cw)
	l.header = "  " + st.Header.Render(padRight("event", l.ew)) + " " + st.Header.Render(padRight("kind", l.kw))
	for i := range c.arts {
		lbl := c.label(i, l.cw)
		l.head = append(l.head, st.Header.Render(lbl))
		l.headSel = append(l.headSel, st.Selected.Render(lbl))
	}
	line := 0
	for _, f := range c.cmp.Facts {
		name := padLine(eng.Fit(f.Name, l.ew, text.Auto), l.ew)
		flag := l.blankEvent
		if f.Conflict {
			flag = st.Conflict.Render(padRight("CONFLICT", l.ew))
		}
		l.event = append(l.event, []string{name, flag})
		l.eventSel = append(l.eventSel, []string{st.Selected.Render(name), flag})
		l.kind = append(l.kind, padRight(fitUI(string(f.Kind), l.kw), l.kw))
		h := 2
		var row [][]string
		for _, id := range c.cmp.Sources {
			var vals []string
			for _, v := range f.Values {
				if v.Article != id {
					continue
				}
				s := padLine(eng.Fit(factValue(v), l.cw, text.LTR), l.cw)
				if v.Unresolved && l.cw > 16 {
					// What could not be resolved, as written, in its own
					// direction after the app's word.
					s = "unresolved " + inline(eng, v.Text, l.cw-11)
					s = padRight(s, l.cw)
				}
				switch {
				case v.Conflicts:
					s = st.Conflict.Render(s)
				case v.Unresolved:
					s = st.Muted.Render(s)
				}
				vals = append(vals, s)
			}
			row = append(row, vals)
			h = max(h, len(vals))
		}
		l.cells = append(l.cells, row)
		l.height = append(l.height, h)
		l.rowAt = append(l.rowAt, line)
		line += h + 1
	}
	return l
}

func (c *compareModel) factsView(p *page) {
	l := &c.lay.facts
	if len(c.cmp.Facts) == 0 {
		p.row(l.empty)
		return
	}
	last := min(c.first+l.vis, len(c.arts))
	c.sourceHeads(p, l.header, "  ", "", l.head, l.headSel, last)
	top := c.top[viewFacts]
	for r := range c.cmp.Facts {
		for k := 0; k <= l.height[r]; k++ {
			if l.rowAt[r]+k < top || p.full() {
				continue
			}
			if k == l.height[r] { // separator
				p.end()
				continue
			}
			ev := l.event[r]
			switch {
			case r == c.fact && k == 0:
				ev = l.eventSel[r]
				p.add("> ")
			default:
				p.add("  ")
			}
			if k < len(ev) {
				p.add(ev[k])
			} else {
				p.add(l.blankEvent)
			}
			p.add(" ")
			if k == 0 {
				p.add(l.kind[r])
			} else {
				p.add(l.blankKind)
			}
			for s := c.first; s < last; s++ {
				p.add("  ")
				if k < len(l.cells[r][s]) {
					p.add(l.cells[r][s][k])
				} else {
					p.add(l.blankCell)
				}
			}
			p.end()
		}
	}
}

// factPanel lists each value of the selected fact with its sentence.
func (c *compareModel) factPanel() *panelModel {
	if len(c.cmp.Facts) == 0 {
		c.note = "no facts to show"
		return nil
	}
	f := &c.cmp.Facts[c.fact]
	st := c.ctx.Styles
	eng := c.ctx.Engine
	w := c.ctx.Width
	title := f.Name + " · " + string(f.Kind)
	if f.Conflict {
		title += " · CONFLICT: the sources disagree"
	}
	items := []panelItem{{lines: []string{st.Muted.Render(fitUI("  each value as its source gives it; != marks a value no other source agrees with", w))}}}
	for _, v := range f.Values {
		head := fmt.Sprintf("  %s  %s", v.Article, eng.Fit(factValue(v), 30, text.LTR).Text)
		if v.Relative && !v.Unresolved {
			head += " (from the article's date)"
		}
		head += "  as written: "
		// The text as written keeps its own direction: inside a
		// left-to-right line "19 يونيو 2024" would show its year first.
		head += inline(eng, v.Text, w-text.Width(head)-1)
		it := c.sentenceItem(v.Sentence)
		it.lines = append([]string{fitUI(head, w)}, it.lines...)
		items = append(items, it)
	}
	p := newPanel(c.ctx, title, items)
	return &p
}
