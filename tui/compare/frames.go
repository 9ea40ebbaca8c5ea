package compare

// View 1 of the compare screen: the frame matrix. Frames are rows, sources
// columns; each cell is an ASCII bar (readable without colour, one cell per
// character in every terminal) and the share of the source's sentences that
// carry the frame. Under the matrix, the selected cell's terms.

import (
	"fmt"
	"math"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/isnad/isnad/model"
	"github.com/isnad/isnad/text"
	"github.com/isnad/isnad/tui/common"
	"github.com/isnad/isnad/tui/panel"
)

// framesView is the frame matrix pre-rendered for one width.
type framesView struct {
	nameW, cellW, vis int
	detailRows        int // rows under the matrix for the selected cell
	names             []string
	head, headSel     []string   // per source
	cells, cellsSel   [][]string // [frame][source]
	detail            [][][]string
	legendText        string
	header, empty     string
	best              float64 // the highest score: a full bar
	scroll            common.Scroller
}

// Bar geometry: a percentage takes 7 cells ("  42.7%"), bars 4 to 20.
const (
	pctW    = 7
	minBarW = 4
	maxBarW = 20
)

func (m *framesView) layout(c *Compare, w int) {
	st := c.ctx.Styles
	eng := c.ctx.Engine
	frames := c.cmp.Frames
	longest := len("frame")
	for _, f := range frames {
		longest = max(longest, common.Measure(eng, f.Name))
	}
	m.nameW = min(longest, max(w/3, 14))
	m.vis, m.cellW = fitSources(w-2-m.nameW, len(c.arts), minBarW+pctW, maxBarW+pctW, 2)
	if m.vis < len(c.arts) {
		// One more source is worth shorter frame names, down to 14 cells.
		if need := (m.vis+1)*(minBarW+pctW+2) - (w - 2 - m.nameW); m.nameW-need >= 14 {
			m.nameW -= need
			m.vis, m.cellW = fitSources(w-2-m.nameW, len(c.arts), minBarW+pctW, maxBarW+pctW, 2)
		}
	}
	barW := m.cellW - pctW
	m.best = 0
	for _, f := range frames {
		for _, s := range f.Scores {
			m.best = max(m.best, s)
		}
	}
	m.header = "  " + st.Header.Render(common.PadRight("frame", m.nameW))
	m.empty = st.Warn.Render(common.Fit("  "+noFrames, w))
	m.head, m.headSel = c.heads(m.cellW)
	m.names, m.cells, m.cellsSel, m.detail = nil, nil, nil, nil
	for _, f := range frames {
		m.names = append(m.names, common.PadLine(eng.Fit(f.Name, m.nameW, text.Auto), m.nameW))
		var row, sel []string
		var det [][]string
		for si, id := range c.cmp.Sources {
			cell := f.Cell(id)
			styled, plain := m.barCell(c, cell.Score, barW)
			row = append(row, styled)
			sel = append(sel, st.Selected.Render(plain))
			det = append(det, cellDetail(c, &f, si, cell, w))
		}
		m.cells = append(m.cells, row)
		m.cellsSel = append(m.cellsSel, sel)
		m.detail = append(m.detail, det)
	}
	m.detailRows = 4
	if c.body-1-m.detailRows < min(len(frames), 5) {
		m.detailRows = 0
	}
	m.scroll.SetHeight(max(min(len(frames), c.body-1-m.detailRows), 1))
	m.scroll.SetItems(len(frames), nil, nil)
	m.legendText = c.legendLine(viewFrames, fmt.Sprintf("share of each source's sentences that carry the frame · a full bar is %.1f%%, the highest", m.best*100))
}

// barCell draws a score as "#####.....  42.7%", the bar scaled to the
// highest score; any non-zero score shows at least one #.
func (m *framesView) barCell(c *Compare, score float64, barW int) (styled, plain string) {
	st := c.ctx.Styles
	if score <= 0 {
		none := "no evidence"
		if m.cellW < len(none) {
			none = "none"
		}
		plain = common.PadRight(none, m.cellW)
		return st.Muted.Render(plain), plain
	}
	n := barW
	if m.best > 0 {
		n = int(math.Round(score / m.best * float64(barW)))
	}
	n = max(min(n, barW), 1)
	hash, dots := strings.Repeat("#", n), strings.Repeat(".", barW-n)
	pct := fmt.Sprintf("%*.1f%%", pctW-1, score*100)
	plain = common.PadRight(hash+dots+pct, m.cellW)
	styled = st.Bar8.Render(hash) + st.Faint.Render(dots) + pct + strings.Repeat(" ", max(m.cellW-barW-pctW, 0))
	return styled, plain
}

// cellDetail says what a cell means and lists the terms that fired.
func cellDetail(c *Compare, f *model.FrameRow, si int, cell model.Cell, w int) []string {
	st := c.ctx.Styles
	eng := c.ctx.Engine
	id := c.arts[si].ID
	var head string
	if cell.Score <= 0 {
		head = fmt.Sprintf("%s in %s: no evidence", f.Name, id)
	} else {
		head = fmt.Sprintf("%s in %s: %.1f%% of the sentences, %d in all · terms:", f.Name, id, cell.Score*100, len(cell.Evidence))
	}
	out := []string{"  " + st.Notice.Render(eng.Fit(head, max(w-2, 1), text.LTR).Text)}
	if terms := termList(cell.Terms); terms != "" {
		lines := eng.Layout(terms, max(w-4, 1), text.Auto)
		for i, ln := range lines {
			if i == 2 {
				break
			}
			if i == 1 && len(lines) > 2 {
				ln = eng.Fit(terms[ln.Start:], max(w-4, 1), text.Auto)
			}
			out = append(out, "  "+common.PadLine(ln, max(w-4, 1)))
		}
	}
	return out
}

// termList writes terms with their counts in Arabic fashion: "تحالف (23)، محور (12)".
func termList(ts []model.TermCount) string {
	parts := make([]string, 0, len(ts))
	for _, t := range ts {
		parts = append(parts, fmt.Sprintf("%s (%d)", t.Term, t.Count))
	}
	return strings.Join(parts, "، ")
}

// termStrings are the terms, to highlight in the evidence.
func termStrings(ts []model.TermCount) []string {
	out := make([]string, 0, len(ts))
	for _, t := range ts {
		out = append(out, t.Term)
	}
	return out
}

func (m *framesView) scroller(*Compare) *common.Scroller { return &m.scroll }
func (m *framesView) bodyTop() int                       { return 3 }
func (m *framesView) visible() int                       { return m.vis }
func (m *framesView) legend(*Compare) string             { return m.legendText }

// cur is the selected frame.
func (m *framesView) cur() int { return max(m.scroll.Cursor(), 0) }

func (m *framesView) hints(c *Compare) []key.Binding {
	return append(c.moveHints("frame", true), c.hint(common.ActOpen, "evidence"))
}

func (m *framesView) draw(c *Compare, p *page) {
	if len(c.cmp.Frames) == 0 {
		p.row(m.empty)
		return
	}
	first, last := c.shown(m.vis)
	c.sourceHeads(p, m.vis, m.header, "  ", "", m.head, m.headSel)
	top, h := m.scroll.Top(), m.scroll.Height()
	for i := top; i < len(c.cmp.Frames) && i < top+h && !p.full(); i++ {
		if i == m.cur() {
			p.add("> ")
		} else {
			p.add("  ")
		}
		p.add(m.names[i])
		for s := first; s < last; s++ {
			p.add("  ")
			if i == m.cur() && s == c.src {
				p.add(m.cellsSel[i][s])
			} else {
				p.add(m.cells[i][s])
			}
		}
		p.end()
	}
	if m.detailRows > 0 {
		p.row()
		for _, ln := range m.detail[m.cur()][c.src] {
			p.row(ln)
		}
	}
}

// enter lists the evidence of the selected cell.
func (m *framesView) enter(c *Compare) tea.Cmd {
	if len(c.cmp.Frames) == 0 {
		return common.StatusCmd("no frames in this corpus")
	}
	f := &c.cmp.Frames[m.cur()]
	id := c.cmp.Sources[c.src]
	cell := f.Cell(id)
	if len(cell.Evidence) == 0 {
		return common.StatusCmd("no evidence for this frame in " + id)
	}
	layout := func() []panel.Item {
		items := []panel.Item{{Lines: []string{c.ctx.Styles.Heading.Render("  terms that fired (count)")}}}
		items = append(items, panel.Item{Lines: panel.Text(c.ctx, termList(cell.Terms), 4, text.Auto, nil)})
		items = append(items, panel.Item{Lines: []string{""}})
		for _, sid := range cell.Evidence {
			items = append(items, c.sentenceItem(sid))
		}
		return items
	}
	// Content that may be Arabic goes last, or before a Latin letter, so
	// that the figures stay out of its right-to-left run.
	title := fmt.Sprintf("%s · score %.1f%% · %d sentence%s · source %s %s", f.Name, cell.Score*100,
		len(cell.Evidence), common.Plural(len(cell.Evidence)), id, c.name(c.src))
	return common.PushCmd(panel.Laid(c.ctx, title, layout))
}
