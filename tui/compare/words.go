package compare

// Views 3 and 4 of the compare screen: how each source names the
// relationship, and each source's distinctive vocabulary. Both are
// pre-rendered per width; Enter opens a panel of the sentences behind the
// selected name or term.

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/isnad/isnad/text"
	"github.com/isnad/isnad/tui/common"
	"github.com/isnad/isnad/tui/panel"
)

// namingView is the naming table: names as rows, counts per source.
type namingView struct {
	termW, cw, vis  int
	legendText      string
	header          string
	head, headSel   []string // per source
	terms, termsSel []string
	counts          [][]string // [row][source]
	scroll          common.Scroller
}

func (l *namingView) layout(c *Compare, w int) {
	st := c.ctx.Styles
	eng := c.ctx.Engine
	l.termW = len("name")
	for _, r := range c.cmp.NamingRows {
		l.termW = max(l.termW, common.Measure(eng, r.Term))
	}
	l.termW = min(l.termW, max(w/3, 10))
	l.vis, l.cw = fitSources(w-2-l.termW, len(c.arts), 5, 8, 1)
	l.header = "  " + st.Header.Render(common.PadRight("name", l.termW))
	l.head, l.headSel, l.terms, l.termsSel, l.counts = nil, nil, nil, nil, nil
	for _, id := range c.cmp.Sources {
		h := fmt.Sprintf("%*s", l.cw, common.Fit(id, l.cw))
		l.head = append(l.head, st.Header.Render(h))
		l.headSel = append(l.headSel, st.Selected.Render(h))
	}
	for _, r := range c.cmp.NamingRows {
		t := common.PadLine(eng.Fit(r.Term, l.termW, text.Auto), l.termW)
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
	l.scroll.SetHeight(c.body - 1)
	l.scroll.SetItems(len(c.cmp.NamingRows), nil, nil)
	l.legendText = c.legendLine(viewNaming, "how each source names the relationship: occurrences per source")
}

func (l *namingView) scroller(*Compare) *common.Scroller { return &l.scroll }
func (l *namingView) bodyTop() int                       { return 3 }
func (l *namingView) visible() int                       { return l.vis }
func (l *namingView) legend(*Compare) string             { return l.legendText }

func (l *namingView) hints(c *Compare) []key.Binding {
	return append(c.moveHints("name", true), c.hint(common.ActOpen, "sentences"))
}

func (l *namingView) draw(c *Compare, p *page) {
	if len(c.cmp.NamingRows) == 0 {
		p.row(c.frames.empty)
		return
	}
	first, last := c.shown(l.vis)
	c.sourceHeads(p, l.vis, l.header, " ", "", l.head, l.headSel)
	top, h := l.scroll.Top(), l.scroll.Height()
	for i := top; i < len(l.terms) && i < top+h && !p.full(); i++ {
		if i == l.scroll.Cursor() {
			p.add("> ")
			p.add(l.termsSel[i])
		} else {
			p.add("  ")
			p.add(l.terms[i])
		}
		for s := first; s < last; s++ {
			p.add(" ")
			p.add(l.counts[i][s])
		}
		p.end()
	}
}

// enter lists the sentences behind a name, source by source.
func (l *namingView) enter(c *Compare) tea.Cmd {
	i := l.scroll.Cursor()
	if i < 0 {
		return common.StatusCmd("no names in this corpus")
	}
	r := &c.cmp.NamingRows[i]
	total, sources := 0, 0
	for _, id := range c.cmp.Sources {
		if r.Counts[id] > 0 || len(r.Evidence[id]) > 0 {
			total += r.Counts[id]
			sources++
		}
	}
	title := fmt.Sprintf("naming: %s, used %d time%s in %d source%s", r.Term, total, common.Plural(total), sources, common.Plural(sources))
	return common.PushCmd(panel.Laid(c.ctx, title, func() []panel.Item {
		var items []panel.Item
		for i, id := range c.cmp.Sources {
			ev := r.Evidence[id]
			if r.Counts[id] == 0 && len(ev) == 0 {
				continue
			}
			head := fmt.Sprintf("%s: %d occurrence%s in %d sentence%s · %s", id, r.Counts[id], common.Plural(r.Counts[id]),
				len(ev), common.Plural(len(ev)), c.name(i))
			items = append(items, panel.Item{Lines: []string{c.ctx.Styles.Heading.Render(c.ctx.Engine.Fit(head, c.ctx.Width, text.LTR).Text)}})
			for _, sid := range ev {
				items = append(items, c.sentenceItem(sid))
			}
			items = append(items, panel.Item{Lines: []string{""}})
		}
		return items
	}))
}

// vocabView is the distinctive vocabulary: a block per source, side by
// side when they fit, else stacked. Its cursor is on a term of the
// selected source.
type vocabView struct {
	legendText, blank string
	stacked           bool
	bw                int
	label, labelSel   []string   // per source
	blocks            [][]string // per source: label, column heads, one line per term
	sel               [][]string // per source: the term lines selected
	offset            []int      // stacked: first line of each block
	lines             []string   // stacked: all blocks, one after the other
	rows              int        // side by side: most terms of a source
	rule              string
	scroll            common.Scroller
	forSrc            int // the source the scroller's items are for, -1 for none yet
	keep              int // the term to select when they are set
}

func (l *vocabView) layout(c *Compare, w int) {
	st := c.ctx.Styles
	eng := c.ctx.Engine
	keep := 0
	if l.forSrc >= 0 && l.forSrc < len(l.offset) {
		keep = max(l.scroll.Cursor()-l.base(l.forSrc), 0)
	}
	*l = vocabView{rule: st.Border.Render(columnRule), scroll: l.scroll, forSrc: -1, keep: keep}
	l.legendText = st.Muted.Render(common.Fit("words that set each source apart from the others: z of weighted log-odds, count here and in the others", w))
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
	l.label, l.labelSel = c.heads(l.bw)
	for i, id := range c.cmp.Sources {
		head := common.PadRight("term", tw) + "     z  here"
		if rest {
			head += " other"
		}
		block := []string{l.label[i], st.Muted.Render(common.PadRight(head, l.bw))}
		var sel []string
		for _, t := range c.cmp.Vocabulary[id] {
			ln := common.PadLine(eng.Fit(t.Term, tw, text.Auto), tw) + fmt.Sprintf(" %5.1f %5d", t.Z, t.Count)
			if rest {
				ln += fmt.Sprintf(" %5d", t.Rest)
			}
			ln = common.PadRight(ln, l.bw)
			block = append(block, ln)
			sel = append(sel, st.Selected.Render(ln))
		}
		if len(c.cmp.Vocabulary[id]) == 0 {
			block = append(block, st.Muted.Render(common.PadRight("no distinctive term", l.bw)))
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
	if l.stacked {
		l.scroll.SetHeight(c.body)
	} else {
		l.scroll.SetHeight(c.body - 2) // under the labels and the column heads
	}
}

// base is the scroller item of source src's first term.
func (l *vocabView) base(src int) int {
	if l.stacked {
		return l.offset[src] + 2
	}
	return 0
}

// term is the selected term of the selected source.
func (l *vocabView) term(c *Compare) int {
	return max(l.scroller(c).Cursor()-l.base(c.src), 0)
}

// scroller follows the selected source: its terms are the items the
// cursor stops on, the term keeping its place.
func (l *vocabView) scroller(c *Compare) *common.Scroller {
	if l.forSrc == c.src {
		return &l.scroll
	}
	term := l.keep
	if l.forSrc >= 0 {
		term = max(l.scroll.Cursor()-l.base(l.forSrc), 0)
	}
	l.forSrc = c.src
	base, n := l.base(c.src), len(c.cmp.Vocabulary[c.cmp.Sources[c.src]])
	stops := func(i int) bool { return i >= base && i < base+n }
	if l.stacked {
		l.scroll.SetItems(len(l.lines), nil, stops)
	} else {
		l.scroll.SetItems(l.rows, nil, stops)
	}
	if n > 0 {
		l.scroll.Select(base + min(term, n-1))
	}
	if l.stacked {
		l.scroll.Reveal(l.offset[c.src], base+min(term, n-1)+1)
	}
	return &l.scroll
}

func (l *vocabView) bodyTop() int {
	if l.stacked {
		return 2
	}
	return 4
}

func (l *vocabView) visible() int           { return 0 }
func (l *vocabView) legend(*Compare) string { return l.legendText }

func (l *vocabView) hints(c *Compare) []key.Binding {
	return append(c.moveHints("term", true), c.hint(common.ActOpen, "sentences"))
}

// draw draws the blocks; the selected source's label and term are
// reversed.
func (l *vocabView) draw(c *Compare, p *page) {
	sc := l.scroller(c)
	term := l.term(c)
	line := func(s, i int) string {
		if i == 0 {
			if s == c.src {
				return l.labelSel[s]
			}
			return l.label[s]
		}
		if s == c.src && i-2 == term && i-2 < len(l.sel[s]) {
			return l.sel[s][i-2]
		}
		if i < len(l.blocks[s]) {
			return l.blocks[s][i]
		}
		return l.blank
	}
	if l.stacked {
		for k := sc.Top(); k < len(l.lines) && !p.full(); k++ {
			s := max(sortedIndex(l.offset, k), 0)
			if i := k - l.offset[s]; i < len(l.blocks[s]) {
				p.row("  ", line(s, i))
			} else {
				p.end()
			}
		}
		return
	}
	for i := 0; !p.full() && i < l.rows+2; i++ {
		k := i
		if i >= 2 {
			k = i + sc.Top()
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

// sortedIndex is the last i with offs[i] <= k.
func sortedIndex(offs []int, k int) int {
	i := -1
	for j, o := range offs {
		if o <= k {
			i = j
		}
	}
	return i
}

// enter lists the sentences of the selected term.
func (l *vocabView) enter(c *Compare) tea.Cmd {
	id := c.cmp.Sources[c.src]
	terms := c.cmp.Vocabulary[id]
	if len(terms) == 0 {
		return common.StatusCmd("no distinctive term in " + id)
	}
	t := terms[min(l.term(c), len(terms)-1)]
	title := fmt.Sprintf("%s, z %.1f: %d here, %d in the others · distinctive of %s %s", t.Term, t.Z, t.Count, t.Rest, id, c.name(c.src))
	return common.PushCmd(panel.Laid(c.ctx, title, func() []panel.Item {
		items := []panel.Item{}
		if len(t.Sentences) < t.Count {
			items = append(items, panel.Item{Lines: []string{c.ctx.Styles.Muted.Render(common.Fit(fmt.Sprintf("  the first %d of the sentences where it occurs", len(t.Sentences)), c.ctx.Width))}})
		}
		for _, sid := range t.Sentences {
			items = append(items, c.sentenceItem(sid))
		}
		return items
	}))
}
