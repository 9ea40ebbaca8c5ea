package tui

// Views 3 and 4 of the compare screen: how each source names the
// relationship, and each source's distinctive vocabulary. Both are
// pre-rendered per width; Enter opens a panel of the sentences behind the
// selected name or term.

import (
	"fmt"
	"strings"

	"github.com/isnad/isnad/text"
)

// namingLayout is the naming table: names as rows, counts per source.
type namingLayout struct {
	termW, cw, vis  int
	legend          string
	header          string
	head, headSel   []string // per source
	terms, termsSel []string
	counts          [][]string // [row][source]
}

func (c *compareModel) layoutNaming(w int) namingLayout {
	st := c.ctx.Styles
	eng := c.ctx.Engine
	var l namingLayout
	l.termW = len("name")
	for _, r := range c.cmp.NamingRows {
		l.termW = max(l.termW, measure(eng, r.Term))
	}
	l.termW = min(l.termW, max(w/3, 10))
	l.vis, l.cw = fitSources(w-2-l.termW, len(c.arts), 5, 8, 1)
	l.header = "  " + st.Header.Render(padRight("name", l.termW))
	for _, id := range c.cmp.Sources {
		h := fmt.Sprintf("%*s", l.cw, fitUI(id, l.cw))
		l.head = append(l.head, st.Header.Render(h))
		l.headSel = append(l.headSel, st.Selected.Render(h))
	}
	for _, r := range c.cmp.NamingRows {
		t := padLine(eng.Fit(r.Term, l.termW, text.Auto), l.termW)
		l.terms = append(l.terms, t)
		l.termsSel = append(l.termsSel, st.Selected.Render(t))
		var row []string
		for _, id := range c.cmp.Sources {
			n := fmt.Sprintf("%*d", l.cw, r.Counts[id])
			if r.Counts[id] == 0 {
				n = st.Muted.Render(n)
			}
			row = append(row, n)
		}
		l.counts = append(l.counts, row)
	}
	return l
}

func (c *compareModel) namingView(p *page) {
	l := &c.lay.naming
	if len(c.cmp.NamingRows) == 0 {
		p.row(c.lay.frames.empty)
		return
	}
	last := min(c.first+l.vis, len(c.arts))
	c.sourceHeads(p, l.header, " ", "", l.head, l.headSel, last)
	for i := c.top[viewNaming]; i < len(l.terms) && !p.full(); i++ {
		if i == c.name {
			p.add("> ")
			p.add(l.termsSel[i])
		} else {
			p.add("  ")
			p.add(l.terms[i])
		}
		for s := c.first; s < last; s++ {
			p.add(" ")
			p.add(l.counts[i][s])
		}
		p.end()
	}
}

// namingPanel lists the sentences behind a name, source by source.
func (c *compareModel) namingPanel() *panelModel {
	if len(c.cmp.NamingRows) == 0 {
		c.note = "no names in this corpus"
		return nil
	}
	r := &c.cmp.NamingRows[c.name]
	st := c.ctx.Styles
	var items []panelItem
	total, sources := 0, 0
	for i, id := range c.cmp.Sources {
		ev := r.Evidence[id]
		if r.Counts[id] == 0 && len(ev) == 0 {
			continue
		}
		total += r.Counts[id]
		sources++
		head := fmt.Sprintf("%s: %d occurrence%s in %d sentence%s · %s", id, r.Counts[id], plural(r.Counts[id]), len(ev), plural(len(ev)), c.lay.names[i])
		items = append(items, panelItem{lines: []string{st.Heading.Render(c.ctx.Engine.Fit(head, c.ctx.Width, text.LTR).Text)}})
		for _, sid := range ev {
			items = append(items, c.sentenceItem(sid))
		}
		items = append(items, panelItem{lines: []string{""}})
	}
	title := fmt.Sprintf("naming: %s, used %d time%s in %d source%s", r.Term, total, plural(total), sources, plural(sources))
	p := newPanel(c.ctx, title, items)
	return &p
}

// vocabLayout is the distinctive vocabulary: a block per source, side by
// side when they fit, else stacked.
type vocabLayout struct {
	legend, blank string
	stacked       bool
	bw            int
	label         []string // per source: header, and selected
	labelSel      []string
	blocks        [][]string // per source: label, column heads, one line per term
	sel           [][]string // per source: the term lines selected
	offset        []int      // stacked: first line of each block
	lines         []string   // stacked: all blocks, one after the other
	rows          int        // side by side: most terms of a source
	rule          string
}

func (c *compareModel) layoutVocab(w int) vocabLayout {
	st := c.ctx.Styles
	eng := c.ctx.Engine
	l := vocabLayout{rule: st.Border.Render(columnRule)}
	l.legend = st.Muted.Render(fitUI("words that set each source apart from the others: z of weighted log-odds, count here and in the others", w))
	n := len(c.arts)
	l.bw = (w+len(columnRule))/max(n, 1) - len(columnRule)
	rest := true
	tw := l.bw - 18
	if tw < 10 {
		rest, tw = false, l.bw-12
	}
	if tw < 8 {
		l.stacked, rest = true, true
		l.bw = w - 2
		tw = min(l.bw-18, 30)
	}
	l.blank = strings.Repeat(" ", l.bw)
	for i, id := range c.cmp.Sources {
		lbl := c.label(i, l.bw)
		l.label = append(l.label, st.Header.Render(lbl))
		l.labelSel = append(l.labelSel, st.Selected.Render(lbl))
		head := padRight("term", tw) + "     z  here"
		if rest {
			head += " other"
		}
		block := []string{st.Header.Render(lbl), st.Muted.Render(padRight(head, l.bw))}
		var sel []string
		for _, t := range c.cmp.Vocabulary[id] {
			ln := padLine(eng.Fit(t.Term, tw, text.Auto), tw) + fmt.Sprintf(" %5.1f %5d", t.Z, t.Count)
			if rest {
				ln += fmt.Sprintf(" %5d", t.Rest)
			}
			ln = padRight(ln, l.bw)
			block = append(block, ln)
			sel = append(sel, st.Selected.Render(ln))
		}
		if len(c.cmp.Vocabulary[id]) == 0 {
			block = append(block, st.Muted.Render(padRight("no distinctive term", l.bw)))
		}
		l.blocks = append(l.blocks, block)
		l.sel = append(l.sel, sel)
		l.rows = max(l.rows, len(block)-2)
		l.offset = append(l.offset, len(l.lines))
		for _, ln := range block {
			l.lines = append(l.lines, "  "+ln)
		}
		l.lines = append(l.lines, "")
	}
	return l
}

// vocabView draws the blocks; the selected source's label and term are
// reversed.
func (c *compareModel) vocabView(p *page) {
	l := &c.lay.vocab
	line := func(s, i int) string {
		if i == 0 {
			if s == c.src {
				return l.labelSel[s]
			}
			return l.label[s]
		}
		if s == c.src && i-2 == c.term && i-2 < len(l.sel[s]) {
			return l.sel[s][i-2]
		}
		if i < len(l.blocks[s]) {
			return l.blocks[s][i]
		}
		return l.blank
	}
	if l.stacked {
		top := c.top[viewVocab]
		for s := range c.arts {
			for i := range l.blocks[s] {
				if k := l.offset[s] + i; k >= top {
					for p.n < k-top && !p.full() {
						p.end()
					}
					p.row("  ", line(s, i))
				}
			}
		}
		return
	}
	for i := 0; !p.full() && i < l.rows+2; i++ {
		k := i
		if i >= 2 {
			k = i + c.top[viewVocab]
			if k >= l.rows+2 {
				break
			}
		}
		for s := range c.arts {
			if s > 0 {
				p.add(l.rule)
			}
			p.add(line(s, k))
		}
		p.end()
	}
}

// vocabPanel lists the sentences of the selected term.
func (c *compareModel) vocabPanel() *panelModel {
	id := c.cmp.Sources[c.src]
	terms := c.cmp.Vocabulary[id]
	if len(terms) == 0 {
		c.note = "no distinctive term in " + id
		return nil
	}
	t := terms[c.term]
	items := []panelItem{}
	if len(t.Sentences) < t.Count {
		items = append(items, panelItem{lines: []string{c.ctx.Styles.Muted.Render(fitUI(fmt.Sprintf("  the first %d of the sentences where it occurs", len(t.Sentences)), c.ctx.Width))}})
	}
	for _, sid := range t.Sentences {
		items = append(items, c.sentenceItem(sid))
	}
	title := fmt.Sprintf("%s, z %.1f: %d here, %d in the others · distinctive of %s %s", t.Term, t.Z, t.Count, t.Rest, id, c.lay.names[c.src])
	p := newPanel(c.ctx, title, items)
	return &p
}
