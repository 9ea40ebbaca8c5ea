package tui

// View 1 of the compare screen: the frame matrix. Frames are rows, sources
// columns; each cell is an ASCII bar (readable without colour, one cell per
// character in every terminal) and the share of the source's sentences that
// carry the frame. Under the matrix, the selected cell's terms.

import (
	"fmt"
	"math"
	"strings"

	"github.com/isnad/isnad/model"
	"github.com/isnad/isnad/text"
)

// matrixLayout is the frame matrix pre-rendered for one width.
type matrixLayout struct {
	nameW, cellW, vis int
	rows              int // frame rows shown at once
	detailRows        int // rows under the matrix for the selected cell
	names             []string
	head, headSel     []string   // per source
	cells, cellsSel   [][]string // [frame][source]
	detail            [][][]string
	legend            string
	header, empty     string
	best              float64 // the highest score: a full bar
}

// Bar geometry: a percentage takes 7 cells ("  42.7%"), bars 4 to 20.
const (
	pctW    = 7
	minBarW = 4
	maxBarW = 20
)

func (c *compareModel) layoutFrames(w int) matrixLayout {
	st := c.ctx.Styles
	eng := c.ctx.Engine
	frames := c.cmp.Frames
	var m matrixLayout
	longest := len("frame")
	for _, f := range frames {
		longest = max(longest, measure(eng, f.Name))
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
	best := 0.0
	for _, f := range frames {
		for _, s := range f.Scores {
			best = max(best, s)
		}
	}
	m.best = best

	m.header = "  " + st.Header.Render(padRight("frame", m.nameW))
	m.empty = st.Warn.Render(fitUI("  "+noFrames, w))
	for i := range c.arts {
		lbl := c.label(i, m.cellW)
		m.head = append(m.head, st.Header.Render(lbl))
		m.headSel = append(m.headSel, st.Selected.Render(lbl))
	}
	for _, f := range frames {
		m.names = append(m.names, padLine(eng.Fit(f.Name, m.nameW, text.Auto), m.nameW))
		var row, sel []string
		var det [][]string
		for si, id := range c.cmp.Sources {
			cell := f.Cell(id)
			styled, plain := c.barCell(cell.Score, best, barW, m.cellW)
			row = append(row, styled)
			sel = append(sel, st.Selected.Render(plain))
			det = append(det, c.cellDetail(&f, si, cell, w))
		}
		m.cells = append(m.cells, row)
		m.cellsSel = append(m.cellsSel, sel)
		m.detail = append(m.detail, det)
	}
	body := max(c.ctx.Height-3, 1)
	m.detailRows = 4
	if body-1-m.detailRows < min(len(frames), 5) {
		m.detailRows = 0
	}
	m.rows = max(min(len(frames), body-1-m.detailRows), 1)
	return m
}

// barCell draws a score as "#####.....  42.7%", the bar scaled to the
// highest score; any non-zero score shows at least one #.
func (c *compareModel) barCell(score, best float64, barW, cellW int) (styled, plain string) {
	st := c.ctx.Styles
	if score <= 0 {
		none := "no evidence"
		if cellW < len(none) {
			none = "none"
		}
		plain = padRight(fitUI(none, cellW), cellW)
		return st.Muted.Render(plain), plain
	}
	n := barW
	if best > 0 {
		n = int(math.Round(score / best * float64(barW)))
	}
	n = max(min(n, barW), 1)
	hash, dots := strings.Repeat("#", n), strings.Repeat(".", barW-n)
	pct := fmt.Sprintf("%*.1f%%", pctW-1, score*100)
	plain = padRight(hash+dots+pct, cellW)
	styled = st.Bar8.Render(hash) + st.Faint.Render(dots) + pct + strings.Repeat(" ", max(cellW-barW-pctW, 0))
	return styled, plain
}

// cellDetail says what a cell means and lists the terms that fired.
func (c *compareModel) cellDetail(f *model.FrameRow, si int, cell model.Cell, w int) []string {
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
			out = append(out, "  "+padLine(ln, max(w-4, 1)))
		}
	}
	return out
}

// measure is the width a string of content takes on one line, without the
// padding the engine puts left of right-to-left lines.
func measure(eng *text.Engine, s string) int {
	ln := eng.Fit(s, 400, text.Auto)
	if ln.RTL {
		return text.Width(strings.TrimLeft(ln.Text, " "))
	}
	return ln.Width
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

func (c *compareModel) framesView(p *page) {
	m := &c.lay.frames
	if len(c.cmp.Frames) == 0 {
		p.row(m.empty)
		return
	}
	last := min(c.first+m.vis, len(c.arts))
	c.sourceHeads(p, m.header, "  ", "", m.head, m.headSel, last)
	top := c.top[viewFrames]
	for i := top; i < len(c.cmp.Frames) && i < top+m.rows && !p.full(); i++ {
		if i == c.frame {
			p.add("> ")
		} else {
			p.add("  ")
		}
		p.add(m.names[i])
		for s := c.first; s < last; s++ {
			p.add("  ")
			if i == c.frame && s == c.src {
				p.add(m.cellsSel[i][s])
			} else {
				p.add(m.cells[i][s])
			}
		}
		p.end()
	}
	if m.detailRows > 0 {
		p.row()
		for _, ln := range m.detail[c.frame][c.src] {
			p.row(ln)
		}
	}
}

// cellPanel lists the evidence of the selected cell.
func (c *compareModel) cellPanel() *panelModel {
	if len(c.cmp.Frames) == 0 {
		c.note = "no frames in this corpus"
		return nil
	}
	f := &c.cmp.Frames[c.frame]
	id := c.cmp.Sources[c.src]
	cell := f.Cell(id)
	if len(cell.Evidence) == 0 {
		c.note = "no evidence for this frame in " + id
		return nil
	}
	st := c.ctx.Styles
	items := []panelItem{{lines: []string{st.Heading.Render("  terms that fired (count)")}}}
	items = append(items, panelItem{lines: panelText(c.ctx, termList(cell.Terms), 4, text.Auto, nil)})
	items = append(items, panelItem{lines: []string{""}})
	for _, sid := range cell.Evidence {
		items = append(items, c.sentenceItem(sid))
	}
	// Content that may be Arabic goes last, or before a Latin letter, so
	// that the figures stay out of its right-to-left run.
	title := fmt.Sprintf("%s · score %.1f%% · %d sentence%s · source %s %s", f.Name, cell.Score*100,
		len(cell.Evidence), plural(len(cell.Evidence)), id, c.lay.names[c.src])
	p := newPanel(c.ctx, title, items)
	return &p
}

// sentenceItem is one evidence sentence in a panel: its id, then its text
// laid out by the engine; Enter jumps to it. The lines carry no inner
// styling so that the panel's reversed selection covers them whole.
func (c *compareModel) sentenceItem(id string) panelItem {
	w := c.ctx.Width
	head := fmt.Sprintf("  %-9s ", id)
	sen, art := c.sentence(id)
	if sen == nil {
		return panelItem{lines: []string{head + "(sentence not found)"}}
	}
	tw := max(w-len(head)-1, 1)
	var lines []string
	for i, ln := range c.ctx.Engine.Layout(sen.Text, tw, dirOf(art)) {
		prefix := head
		if i > 0 {
			prefix = strings.Repeat(" ", len(head))
		}
		lines = append(lines, prefix+ln.Text)
	}
	return panelItem{lines: lines, target: panelTarget{claim: id}}
}

// sentence finds an evidence sentence among the compared articles.
func (c *compareModel) sentence(id string) (*model.Sentence, *model.Article) {
	r, err := model.ParseRef(id)
	if err != nil {
		return nil, nil
	}
	art := c.byID[r.Article]
	if art == nil {
		return nil, nil
	}
	if s := art.Sentence(id); s != nil {
		return s, art
	}
	return nil, nil
}
