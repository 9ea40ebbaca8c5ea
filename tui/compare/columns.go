package compare

// View 2 of the compare screen: one column per source, each laid out on its
// own by the text engine at the column width, showing that source's
// sentences for the frame selected in view 1 or the fact selected in view 5.
// Columns scroll together; when they cannot all be 28 cells wide, as many as
// fit are shown and the window follows the selected source.

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/isnad/isnad/model"
	"github.com/isnad/isnad/text"
	"github.com/isnad/isnad/tui/common"
)

// minColumnW is the narrowest column worth reading Arabic in.
const minColumnW = 28

const columnRule = " | "

// columnsView is view 2's geometry and the columns laid out so far.
type columnsView struct {
	colW, vis     int
	head, headSel []string // per source
	rule, blank   string
	ruleRow       []string // per source: dashes under the header
	cache         map[alignKey]*alignedCols
	alignFact     bool // aligned on the fact, not the frame
	scroll        common.Scroller
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

func (l *columnsView) layout(c *Compare, w int) {
	st := c.ctx.Styles
	l.vis, l.colW = fitSources(w+len(columnRule), len(c.arts), minColumnW, w, len(columnRule))
	l.rule = st.Border.Render(columnRule)
	l.blank = strings.Repeat(" ", l.colW)
	l.head, l.headSel = c.heads(l.colW)
	l.ruleRow = nil
	for range c.arts {
		l.ruleRow = append(l.ruleRow, st.Border.Render(strings.Repeat("-", l.colW)))
	}
	l.cache = map[alignKey]*alignedCols{}
	l.scroll.SetHeight(c.body - 3) // under the headings, the stats and the rule
}

// align aligns the columns on the fact (else the frame) selected in its
// view, from the top.
func (l *columnsView) align(c *Compare, fact bool) {
	l.alignFact = fact
	l.scroll.SetTop(0)
}

func (l *columnsView) scroller(c *Compare) *common.Scroller {
	l.scroll.SetRows(l.aligned(c).rows)
	return &l.scroll
}

func (l *columnsView) bodyTop() int             { return 5 }
func (l *columnsView) visible() int             { return l.vis }
func (l *columnsView) legend(c *Compare) string { return l.aligned(c).legend }

func (l *columnsView) hints(c *Compare) []key.Binding {
	return append(c.moveHints("scroll", true), c.hint(common.ActOpen, "read the top sentence"))
}

// aligned returns the columns for the current frame or fact, laying them
// out the first time.
func (l *columnsView) aligned(c *Compare) *alignedCols {
	k := alignKey{false, c.frames.cur()}
	if l.alignFact && len(c.cmp.Facts) > 0 {
		k = alignKey{true, c.facts.cur()}
	}
	if a := l.cache[k]; a != nil {
		return a
	}
	var a *alignedCols
	switch {
	case k.fact:
		a = l.factColumns(c, &c.cmp.Facts[k.i])
	case len(c.cmp.Frames) > 0:
		a = l.frameColumns(c, &c.cmp.Frames[k.i])
	default:
		a = &alignedCols{legend: c.ctx.Styles.Warn.Render(common.Fit(noFrames, c.legendW(viewColumns)))}
	}
	l.cache[k] = a
	return a
}

// legendOf is an aligned view's legend: which keys pick another row, on
// what the columns are aligned.
func (l *columnsView) legendOf(c *Compare, v viewID, s string) string {
	keys := c.ctx.Keys.Get(common.ActView).Keys()
	if int(v) < len(keys) {
		s = keys[v] + " picks another " + s
	}
	return c.ctx.Styles.Notice.Render(c.ctx.Engine.Fit(s, c.legendW(viewColumns), text.LTR).Text)
}

func (l *columnsView) frameColumns(c *Compare, f *model.FrameRow) *alignedCols {
	st := c.ctx.Styles
	w := l.colW
	a := &alignedCols{legend: l.legendOf(c, viewFrames, "frame · aligned on the frame "+f.Name)}
	for _, id := range c.cmp.Sources {
		cell := f.Cell(id)
		stat := "no evidence"
		if len(cell.Evidence) > 0 {
			stat = fmt.Sprintf("%.1f%% · %d sentence%s", cell.Score*100, len(cell.Evidence), common.Plural(len(cell.Evidence)))
		}
		a.stat = append(a.stat, st.Muted.Render(common.PadRight(stat, w)))
		var lines, sent []string
		marks := termStrings(cell.Terms)
		for _, sid := range cell.Evidence {
			lines, sent = l.block(c, lines, sent, sid, sid, marks)
		}
		a.lines, a.sent = append(a.lines, lines), append(a.sent, sent)
		a.rows = max(a.rows, len(lines))
	}
	return a
}

func (l *columnsView) factColumns(c *Compare, f *model.FactRow) *alignedCols {
	st := c.ctx.Styles
	eng := c.ctx.Engine
	w := l.colW
	legend := "fact · aligned on the fact " + f.Name + " (" + string(f.Kind) + ")"
	if f.Conflict {
		legend += " · CONFLICT: the sources disagree"
	}
	a := &alignedCols{legend: l.legendOf(c, viewFacts, legend)}
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
		a.stat = append(a.stat, st.Muted.Render(common.PadLine(eng.Fit(stat, w, text.LTR), w)))
		var lines, sent []string
		for _, sid := range order {
			var shown, marks []string
			for _, v := range bySent[sid] {
				shown = append(shown, factValue(v))
				marks = append(marks, v.Text)
			}
			lines, sent = l.block(c, lines, sent, sid, sid+"  "+strings.Join(shown, ", "), marks)
		}
		a.lines, a.sent = append(a.lines, lines), append(a.sent, sent)
		a.rows = max(a.rows, len(lines))
	}
	return a
}

// block appends one sentence to a column: a head line (its id, and the
// values for a fact) on the side the text starts from, the text laid out at
// the column width with marks underlined, and a blank line.
func (l *columnsView) block(c *Compare, lines, sent []string, sid, head string, marks []string) ([]string, []string) {
	st := c.ctx.Styles
	eng := c.ctx.Engine
	w := l.colW
	sen, art := c.sentence(sid)
	if len(lines) > 0 {
		lines, sent = append(lines, strings.Repeat(" ", w)), append(sent, "")
	}
	if sen == nil {
		lines, sent = append(lines, common.PadRight(sid+" (not found)", w)), append(sent, "")
		return lines, sent
	}
	body := eng.Layout(sen.Text, w, common.DirOf(art))
	hl := eng.Fit(head, w, text.LTR)
	h := hl.Text + strings.Repeat(" ", max(w-hl.Width, 0))
	if len(body) > 0 && body[0].RTL {
		h = strings.Repeat(" ", max(w-hl.Width, 0)) + hl.Text
	}
	lines, sent = append(lines, st.Muted.Render(h)), append(sent, sid)
	spans := markSpans(sen.Text, marks, common.StyleFn(st.Match))
	for _, ln := range body {
		lines, sent = append(lines, padRendered(ln, ln.Render(spans), w)), append(sent, sid)
	}
	return lines, sent
}

// padRendered pads a rendered line to w cells on its trailing side.
func padRendered(ln text.Line, out string, w int) string {
	pad := strings.Repeat(" ", max(w-ln.Width, 0))
	if ln.RTL {
		return pad + out
	}
	return out + pad
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

func (l *columnsView) draw(c *Compare, p *page) {
	a := l.aligned(c)
	if a.lines == nil {
		return
	}
	first, last := c.shown(l.vis)
	c.sourceHeads(p, l.vis, "", "", l.rule, l.head, l.headSel)
	row := func(cell func(s int) string) {
		for s := first; s < last; s++ {
			if s > first {
				p.add(l.rule)
			}
			p.add(cell(s))
		}
		p.end()
	}
	row(func(s int) string { return a.stat[s] })
	row(func(s int) string { return l.ruleRow[s] })
	for r := l.scroller(c).Top(); r < a.rows && !p.full(); r++ {
		row(func(s int) string {
			if r < len(a.lines[s]) {
				return a.lines[s][r]
			}
			return l.blank
		})
	}
}

// enter jumps to the sentence at the top of the selected column: the first
// one at or below the top, else the last one above it.
func (l *columnsView) enter(c *Compare) tea.Cmd {
	a := l.aligned(c)
	if c.src >= len(a.sent) {
		return nil
	}
	sent, top := a.sent[c.src], l.scroller(c).Top()
	for r := top; r < len(sent); r++ {
		if sent[r] != "" {
			return common.JumpToClaimCmd(sent[r])
		}
	}
	for r := min(top, len(sent)) - 1; r >= 0; r-- {
		if sent[r] != "" {
			return common.JumpToClaimCmd(sent[r])
		}
	}
	return common.StatusCmd("no sentence in this column")
}
