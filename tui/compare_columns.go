package tui

// View 2 of the compare screen: one column per source, each laid out on its
// own by the text engine at the column width, showing that source's
// sentences for the frame selected in view 1 or the fact selected in view 5.
// Columns scroll together; when they cannot all be 28 cells wide, as many as
// fit are shown and the window follows the selected source.

import (
	"fmt"
	"strings"

	"github.com/isnad/isnad/model"
	"github.com/isnad/isnad/text"
)

// minColumnW is the narrowest column worth reading Arabic in.
const minColumnW = 28

const columnRule = " | "

// columnsLayout is view 2's geometry and the columns laid out so far.
type columnsLayout struct {
	colW, vis     int
	head, headSel []string // per source
	rule, blank   string
	ruleRow       []string // per source: dashes under the header
	cache         map[alignKey]*alignedCols
}

// alignKey says what the columns are aligned on.
type alignKey struct {
	fact bool
	i    int
}

// alignedCols are the columns for one frame or fact, at one width.
type alignedCols struct {
	legend string
	stat   []string   // per source: score or values
	lines  [][]string // per source: rendered lines, colW wide
	sent   [][]string // per source: the sentence each line belongs to
	rows   int
}

func (c *compareModel) layoutColumns(w int) columnsLayout {
	st := c.ctx.Styles
	var l columnsLayout
	l.vis, l.colW = fitSources(w+len(columnRule), len(c.arts), minColumnW, w, len(columnRule))
	l.rule = st.Border.Render(columnRule)
	l.blank = strings.Repeat(" ", l.colW)
	for i := range c.arts {
		lbl := c.label(i, l.colW)
		l.head = append(l.head, st.Header.Render(lbl))
		l.headSel = append(l.headSel, st.Selected.Render(lbl))
		l.ruleRow = append(l.ruleRow, st.Border.Render(strings.Repeat("-", l.colW)))
	}
	l.cache = map[alignKey]*alignedCols{}
	return l
}

// columnBody is how many rows of sentences show under the column headers.
func (c *compareModel) columnBody() int { return max(c.body-3, 1) }

// aligned returns the columns for the current frame or fact, laying them
// out the first time.
func (c *compareModel) aligned() *alignedCols {
	k := alignKey{false, c.frame}
	if c.alignFact && len(c.cmp.Facts) > 0 {
		k = alignKey{true, c.fact}
	}
	l := &c.lay.cols
	if a := l.cache[k]; a != nil {
		return a
	}
	var a *alignedCols
	switch {
	case k.fact:
		a = c.factColumns(&c.cmp.Facts[k.i])
	case len(c.cmp.Frames) > 0:
		a = c.frameColumns(&c.cmp.Frames[k.i])
	default:
		a = &alignedCols{legend: c.ctx.Styles.Warn.Render(fitUI(noFrames, c.legendW(viewColumns)))}
	}
	l.cache[k] = a
	return a
}

func (c *compareModel) frameColumns(f *model.FrameRow) *alignedCols {
	st := c.ctx.Styles
	w := c.lay.cols.colW
	a := &alignedCols{legend: st.Notice.Render(c.ctx.Engine.Fit("1 picks another frame · aligned on the frame "+f.Name, c.legendW(viewColumns), text.LTR).Text)}
	for _, id := range c.cmp.Sources {
		cell := f.Cell(id)
		stat := "no evidence"
		if len(cell.Evidence) > 0 {
			stat = fmt.Sprintf("%.1f%% · %d sentence%s", cell.Score*100, len(cell.Evidence), plural(len(cell.Evidence)))
		}
		a.stat = append(a.stat, st.Muted.Render(padRight(fitUI(stat, w), w)))
		var lines, sent []string
		marks := termStrings(cell.Terms)
		for _, sid := range cell.Evidence {
			lines, sent = c.columnBlock(lines, sent, sid, sid, marks, w)
		}
		a.lines, a.sent = append(a.lines, lines), append(a.sent, sent)
		a.rows = max(a.rows, len(lines))
	}
	return a
}

func (c *compareModel) factColumns(f *model.FactRow) *alignedCols {
	st := c.ctx.Styles
	eng := c.ctx.Engine
	w := c.lay.cols.colW
	legend := "5 picks another fact · aligned on the fact " + f.Name + " (" + string(f.Kind) + ")"
	if f.Conflict {
		legend += " · CONFLICT: the sources disagree"
	}
	a := &alignedCols{legend: st.Notice.Render(eng.Fit(legend, c.legendW(viewColumns), text.LTR).Text)}
	for _, id := range c.cmp.Sources {
		// Values of this source, grouped by sentence in reading order.
		var order []string
		bySent := map[string][]model.FactValue{}
		var vals []string
		for _, v := range f.Values {
			if v.Article != id {
				continue
			}
			if bySent[v.Sentence] == nil {
				order = append(order, v.Sentence)
			}
			bySent[v.Sentence] = append(bySent[v.Sentence], v)
			vals = append(vals, factValue(v))
		}
		stat := "no value for this event"
		if len(vals) > 0 {
			stat = strings.Join(vals, ", ")
		}
		a.stat = append(a.stat, st.Muted.Render(padLine(eng.Fit(stat, w, text.LTR), w)))
		var lines, sent []string
		for _, sid := range order {
			var shown, marks []string
			for _, v := range bySent[sid] {
				shown = append(shown, factValue(v))
				marks = append(marks, v.Text)
			}
			lines, sent = c.columnBlock(lines, sent, sid, sid+"  "+strings.Join(shown, ", "), marks, w)
		}
		a.lines, a.sent = append(a.lines, lines), append(a.sent, sent)
		a.rows = max(a.rows, len(lines))
	}
	return a
}

// factValue is a value as the tables show it: normalised, "unresolved"
// when it could not be, " !=" after a value no other source agrees with.
func factValue(v model.FactValue) string {
	s := v.Value
	if v.Unresolved || s == "" {
		s = "unresolved"
	}
	if v.Conflicts {
		s += " !="
	}
	return s
}

// columnBlock appends one sentence to a column: a head line (its id, and
// the values for a fact) on the side the text starts from, the text laid
// out at the column width with marks underlined, and a blank line.
func (c *compareModel) columnBlock(lines, sent []string, sid, head string, marks []string, w int) ([]string, []string) {
	st := c.ctx.Styles
	eng := c.ctx.Engine
	sen, art := c.sentence(sid)
	if len(lines) > 0 {
		lines, sent = append(lines, strings.Repeat(" ", w)), append(sent, "")
	}
	if sen == nil {
		lines, sent = append(lines, padRight(fitUI(sid+" (not found)", w), w)), append(sent, "")
		return lines, sent
	}
	body := eng.Layout(sen.Text, w, dirOf(art))
	hl := eng.Fit(head, w, text.LTR)
	h := hl.Text + strings.Repeat(" ", max(w-hl.Width, 0))
	if len(body) > 0 && body[0].RTL {
		h = strings.Repeat(" ", max(w-hl.Width, 0)) + hl.Text
	}
	lines, sent = append(lines, st.Muted.Render(h)), append(sent, sid)
	spans := markSpans(sen.Text, marks, styleFn(st.Match))
	for _, ln := range body {
		out := ln.Render(spans)
		if pad := w - ln.Width; pad > 0 {
			if ln.RTL {
				out = strings.Repeat(" ", pad) + out
			} else {
				out += strings.Repeat(" ", pad)
			}
		}
		lines, sent = append(lines, out), append(sent, sid)
	}
	return lines, sent
}

// markSpans finds every occurrence of the marks in s, to style them.
func markSpans(s string, marks []string, style func(string) string) []text.Span {
	var spans []text.Span
	for _, m := range marks {
		if m == "" {
			continue
		}
		for off := 0; off < len(s); {
			i := strings.Index(s[off:], m)
			if i < 0 {
				break
			}
			spans = append(spans, text.Span{Start: off + i, End: off + i + len(m), Style: style})
			off += i + len(m)
		}
	}
	return spans
}

func (c *compareModel) columnsView(p *page) {
	l := &c.lay.cols
	a := c.aligned()
	if a.lines == nil {
		return
	}
	last := min(c.first+l.vis, len(c.arts))
	c.sourceHeads(p, "", "", l.rule, l.head, l.headSel, last)
	for _, cells := range [][]string{a.stat, l.ruleRow} {
		for s := c.first; s < last; s++ {
			if s > c.first {
				p.add(l.rule)
			}
			p.add(cells[s])
		}
		p.end()
	}
	for r := c.colTop; r < a.rows && !p.full(); r++ {
		for s := c.first; s < last; s++ {
			if s > c.first {
				p.add(l.rule)
			}
			if r < len(a.lines[s]) {
				p.add(a.lines[s][r])
			} else {
				p.add(l.blank)
			}
		}
		p.end()
	}
}

// columnSentence is the sentence Enter jumps to: the first one at or below
// the top of the selected column, else the last one above it.
func (c *compareModel) columnSentence() string {
	a := c.aligned()
	if c.src >= len(a.sent) {
		return ""
	}
	sent := a.sent[c.src]
	for r := c.colTop; r < len(sent); r++ {
		if sent[r] != "" {
			return sent[r]
		}
	}
	for r := min(c.colTop, len(sent)) - 1; r >= 0; r-- {
		if sent[r] != "" {
			return sent[r]
		}
	}
	c.note = "no sentence in this column"
	return ""
}
