package compare

// View 5 of the compare screen: the fact table. One row per event and kind
// of value, the values of each source one under the other, rows where the
// sources disagree flagged CONFLICT and the outliers marked "!=" — the
// values no other source agrees with while another gives a different one
// (model.FactValue.Outlier; the analysis decides, the screen only shows) —
// readable without colour. Enter lists each value with its sentence.

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/isnad/isnad/model"
	"github.com/isnad/isnad/text"
	"github.com/isnad/isnad/tui/common"
	"github.com/isnad/isnad/tui/panel"
)

// outlierMark follows an outlying value; the legend says what it means.
const outlierMark = " !="

// outlierLegend is what the mark means.
const outlierLegend = "!= outlier: no other source agrees and another gives a different value"

// factsView is the fact table: one row per event and kind, its values per
// source one under the other.
type factsView struct {
	ew, kw, cw, vis int
	legendText      string
	empty           string
	header          string
	head, headSel   []string     // per source
	event, eventSel [][]string   // per row: lines of the event column
	kind            []string     // per row
	cells           [][][]string // [row][source]: one line per value
	height          []int        // per row: lines
	blankEvent      string
	blankKind       string
	blankCell       string
	scroll          common.Scroller
}

// factValue is a value as the tables show it: normalised, "unresolved"
// when it could not be, marked when it is an outlier.
func factValue(v model.FactValue) string {
	s := v.Value
	if v.Unresolved || s == "" {
		s = "unresolved"
	}
	if v.Outlier {
		s += outlierMark
	}
	return s
}

func (l *factsView) layout(c *Compare, w int) {
	st := c.ctx.Styles
	eng := c.ctx.Engine
	l.kw, l.ew = len("number"), len("CONFLICT")
	for _, f := range c.cmp.Facts {
		l.ew = max(l.ew, common.Measure(eng, f.Name))
	}
	l.ew = min(l.ew, max(w/5, 14))
	l.vis, l.cw = fitSources(w-2-l.ew-1-l.kw, len(c.arts), 14, 26, 2)
	msg := "no dates or figures found for the events of the frames file"
	if len(c.cmp.Frames) == 0 {
		msg = noFrames + "; its events group the facts"
	}
	l.empty = st.Warn.Render(common.Fit("  "+msg, w))
	l.blankEvent, l.blankKind, l.blankCell = strings.Repeat(" ", l.ew), strings.Repeat(" ", l.kw), strings.Repeat(" ", l.cw)
	l.header = "  " + st.Header.Render(common.PadRight("event", l.ew)) + " " + st.Header.Render(common.PadRight("kind", l.kw))
	l.head, l.headSel = c.heads(l.cw)
	l.event, l.eventSel, l.kind, l.cells, l.height = nil, nil, nil, nil, nil
	for _, f := range c.cmp.Facts {
		name := common.PadLine(eng.Fit(f.Name, l.ew, text.Auto), l.ew)
		flag := l.blankEvent
		if f.Conflict {
			flag = st.Conflict.Render(common.PadRight("CONFLICT", l.ew))
		}
		l.event = append(l.event, []string{name, flag})
		l.eventSel = append(l.eventSel, []string{st.Selected.Render(name), flag})
		l.kind = append(l.kind, common.PadRight(string(f.Kind), l.kw))
		h := 2
		var row [][]string
		for _, id := range c.cmp.Sources {
			var vals []string
			for _, v := range f.Values {
				if v.Article == id {
					vals = append(vals, l.cell(c, v))
				}
			}
			row = append(row, vals)
			h = max(h, len(vals))
		}
		l.cells = append(l.cells, row)
		l.height = append(l.height, h+1) // and a separator
	}
	l.scroll.SetHeight(c.body - 1) // under the headings
	l.scroll.SetItems(len(c.cmp.Facts), l.height, nil)
	l.legendText = c.legendLine(viewFacts, "facts by event · CONFLICT: sources disagree · "+outlierLegend)
}

// cell is one value in its column: an outlier in the conflict style, what
// could not be resolved as written, muted.
func (l *factsView) cell(c *Compare, v model.FactValue) string {
	st := c.ctx.Styles
	eng := c.ctx.Engine
	s := common.PadLine(eng.Fit(factValue(v), l.cw, text.LTR), l.cw)
	if v.Unresolved && l.cw > 16 {
		// What could not be resolved, as written, in its own direction
		// after the app's word.
		s = common.PadRight("unresolved "+common.Inline(eng, v.Text, l.cw-11), l.cw)
	}
	switch {
	case v.Outlier:
		return st.Conflict.Render(s)
	case v.Unresolved:
		return st.Muted.Render(s)
	}
	return s
}

func (l *factsView) scroller(*Compare) *common.Scroller { return &l.scroll }
func (l *factsView) bodyTop() int                       { return 3 }
func (l *factsView) visible() int                       { return l.vis }
func (l *factsView) legend(*Compare) string             { return l.legendText }

// cur is the selected fact.
func (l *factsView) cur() int { return max(l.scroll.Cursor(), 0) }

func (l *factsView) hints(c *Compare) []key.Binding {
	hs := append(c.moveHints("event", true), c.hint(common.ActOpen, "values"))
	if keys := c.ctx.Keys.Get(common.ActView).Keys(); len(keys) > int(viewColumns) {
		b := key.NewBinding(key.WithKeys(keys[viewColumns]), key.WithHelp(keys[viewColumns], "aligns the columns on it"))
		hs = append(hs, b)
	}
	return hs
}

func (l *factsView) draw(c *Compare, p *page) {
	if len(c.cmp.Facts) == 0 {
		p.row(l.empty)
		return
	}
	first, last := c.shown(l.vis)
	c.sourceHeads(p, l.vis, l.header, "  ", "", l.head, l.headSel)
	top := l.scroll.Top()
	for r := max(l.scroll.ItemAt(top), 0); r < len(c.cmp.Facts) && !p.full(); r++ {
		from, _ := l.scroll.ItemRows(r)
		for k := 0; k < l.height[r] && !p.full(); k++ {
			if from+k < top {
				continue
			}
			if k == l.height[r]-1 { // separator
				p.end()
				continue
			}
			ev := l.event[r]
			if r == l.cur() && k == 0 {
				ev = l.eventSel[r]
				p.add("> ")
			} else {
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
			for s := first; s < last; s++ {
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

// enter lists each value of the selected fact with its sentence.
func (l *factsView) enter(c *Compare) tea.Cmd {
	if len(c.cmp.Facts) == 0 {
		return common.StatusCmd("no facts to show")
	}
	f := &c.cmp.Facts[l.cur()]
	eng := c.ctx.Engine
	title := f.Name + " · " + string(f.Kind)
	if f.Conflict {
		title += " · CONFLICT: the sources disagree"
	}
	return common.PushCmd(panel.Laid(c.ctx, title, func() []panel.Item {
		w := c.ctx.Width
		items := []panel.Item{{Lines: []string{c.ctx.Styles.Muted.Render(common.Fit("  each value as its source gives it; "+outlierLegend, w))}}}
		for _, v := range f.Values {
			head := fmt.Sprintf("  %s  %s", v.Article, eng.Fit(factValue(v), 30, text.LTR).Text)
			if v.Relative && !v.Unresolved {
				head += " (from the article's date)"
			}
			head += "  as written: "
			// The text as written keeps its own direction: inside a
			// left-to-right line "19 يونيو 2024" would show its year first.
			head += common.Inline(eng, v.Text, w-text.Width(head)-1)
			it := c.sentenceItem(v.Sentence)
			it.Lines = append([]string{common.Fit(head, w)}, it.Lines...)
			items = append(items, it)
		}
		return items
	}))
}
