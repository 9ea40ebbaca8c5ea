package compare

// The frame of the compare screen, drawn around every view: the views line,
// the legend (with a notice when not every source fits), the sources named
// in full where rows are left, the status bar; and the helpers that put
// content into cells.

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"

	"github.com/isnad/isnad/model"
	"github.com/isnad/isnad/text"
	"github.com/isnad/isnad/tui/common"
	"github.com/isnad/isnad/tui/panel"
)

// frameLayout is the frame pre-rendered per view: the views line and the
// notice before the legend; and the one-source warning.
type frameLayout struct {
	header, notice [numViews]string
	single         string
	size           int // bytes of the longest screen drawn, to grow the next at once
}

func (c *Compare) frameLayout(w int) *frameLayout {
	st := c.ctx.Styles
	lay := &frameLayout{}
	for v := range numViews {
		lay.header[v] = c.headerLine(v, w)
		if n := c.notice(v); n != "" {
			lay.notice[v] = st.Notice.Render(common.Fit(n, w))
		}
	}
	if len(c.arts) == 1 {
		k := common.FirstKey(c.ctx.Keys.Get(common.ActMark))
		lay.single = st.Warn.Render(common.Fit("comparing needs two sources: mark them with "+k+" in the library (showing "+c.arts[0].ID+" alone)", w))
	}
	return lay
}

// View draws the screen: views line, a legend or notice, the view, the
// sources in full if rows are left, the status bar; exactly ctx.Height
// rows.
func (c *Compare) View() string {
	w, h := c.ctx.Width, c.ctx.Height
	var b strings.Builder
	if c.cmp == nil || c.lay == nil {
		b.WriteString(c.ctx.Styles.Title.Render(common.Fit("compare: nothing to compare yet", w)))
		b.WriteString(strings.Repeat("\n", max(h-2, 0)))
		b.WriteByte('\n')
		b.WriteString(common.Bar{Hints: c.ShortHelp()}.Render(c.ctx))
		return b.String()
	}
	b.Grow(c.lay.size)
	b.WriteString(c.lay.header[c.cur])
	b.WriteByte('\n')
	legend := c.views[c.cur].legend(c)
	if c.lay.single != "" {
		legend = c.lay.single
	}
	b.WriteString(c.lay.notice[c.cur])
	b.WriteString(legend)
	b.WriteByte('\n')
	p := page{b: &b, max: c.body}
	v := c.views[c.cur]
	v.draw(c, &p)
	if c.cur != viewColumns {
		c.sourceNames(&p, v.visible())
	}
	for !p.full() {
		p.end()
	}
	b.WriteString(common.Bar{Hints: c.ShortHelp()}.Render(c.ctx))
	c.lay.size = max(c.lay.size, b.Len())
	return b.String()
}

// page writes the rows of a view straight into the screen, up to max rows:
// one buffer for the whole screen instead of a string per row.
type page struct {
	b      *strings.Builder
	n, max int
}

func (p *page) full() bool   { return p.n >= p.max }
func (p *page) add(s string) { p.b.WriteString(s) }
func (p *page) end()         { p.b.WriteByte('\n'); p.n++ }
func (p *page) row(ss ...string) {
	if p.full() {
		return
	}
	for _, s := range ss {
		p.add(s)
	}
	p.end()
}

// notice says, in views that cannot show every source, how many they show;
// the legend after it gets what is left of the row (legendW).
func (c *Compare) notice(v viewID) string {
	vis := c.views[v].visible()
	if vis == 0 || vis >= len(c.arts) {
		return ""
	}
	lr := c.ctx.Keys.Pair(common.ActLeft, common.ActRight, "").Help().Key
	if c.ctx.Width < 80 {
		return fmt.Sprintf("%d/%d sources, %s · ", vis, len(c.arts), lr)
	}
	return fmt.Sprintf("%d of %d sources: %s to scroll sideways · ", vis, len(c.arts), lr)
}

// legendW is the room for a view's legend.
func (c *Compare) legendW(v viewID) int {
	return max(c.ctx.Width-text.Width(c.notice(v)), 0)
}

// legendLine is a view's legend in its room, muted.
func (c *Compare) legendLine(v viewID, s string) string {
	return c.ctx.Styles.Muted.Render(common.Fit(s, c.legendW(v)))
}

// headerLine names the views and marks the current one with brackets, so it
// reads without colour.
func (c *Compare) headerLine(view viewID, w int) string {
	st := c.ctx.Styles
	keys := c.ctx.Keys.Get(common.ActView).Keys()
	// Full names, short ones, then only the keys of the other views.
	for pass, names := range [][numViews]string{viewNames, viewShort, viewShort} {
		var parts []string
		plain := 0
		for v := range numViews {
			k := ""
			if int(v) < len(keys) {
				k = keys[v] + " "
			}
			p := k + names[v]
			switch {
			case v == view:
				parts = append(parts, st.Title.Render("["+p+"]"))
				plain += text.Width(p) + 2
			case pass == 2:
				p = strings.TrimSpace(k)
				parts = append(parts, st.Muted.Render(p))
				plain += text.Width(p)
			default:
				parts = append(parts, st.Muted.Render(p))
				plain += text.Width(p)
			}
		}
		head := fmt.Sprintf("compare %d source%s  ", len(c.arts), common.Plural(len(c.arts)))
		if plain+3*(len(parts)-1)+len(head) <= w {
			return st.Title.Render(head) + strings.Join(parts, st.Muted.Render(" · "))
		}
		if plain+3*(len(parts)-1) <= w {
			return strings.Join(parts, st.Muted.Render(" · "))
		}
	}
	return st.Title.Render(common.Fit("["+viewShort[view]+"]", w))
}

// name is what a source is called in a narrow heading: its outlet, else its
// title.
func (c *Compare) name(i int) string {
	if m := c.arts[i].Meta; m.Outlet != "" {
		return m.Outlet
	}
	return c.arts[i].Meta.Title
}

// label fits a source's heading in w cells, padded to w: its id, then its
// name laid out in its own direction (an Arabic name inside a
// left-to-right line would pull the figures after it into its run).
func (c *Compare) label(i, w int) string {
	eng := c.ctx.Engine
	id := eng.Fit(c.arts[i].ID, w, text.LTR)
	rest := w - id.Width - 1
	if rest < 2 || c.name(i) == "" {
		return common.PadLine(id, w)
	}
	return id.Text + " " + common.PadLine(eng.Fit(c.name(i), rest, text.Auto), rest)
}

// heads are the headings of every source at width w, plain and selected.
func (c *Compare) heads(w int) (head, sel []string) {
	st := c.ctx.Styles
	for i := range c.arts {
		lbl := c.label(i, w)
		head = append(head, st.Header.Render(lbl))
		sel = append(sel, st.Selected.Render(lbl))
	}
	return head, sel
}

// sourceHeads writes the row of source headings shown, the selected source
// reversed: lead, then each heading with before in front of it and between
// separating it from the previous one.
func (c *Compare) sourceHeads(p *page, vis int, lead, before, between string, head, headSel []string) {
	first, last := c.shown(vis)
	p.add(lead)
	for s := first; s < last; s++ {
		if s > first {
			p.add(between)
		}
		p.add(before)
		if s == c.src {
			p.add(headSel[s])
		} else {
			p.add(head[s])
		}
	}
	p.end()
}

// sourceNames names the sources shown in full — id, outlet and title —
// when the view leaves a row for each and one to set them apart: the
// headings above are cut to their column.
func (c *Compare) sourceNames(p *page, vis int) {
	first, last := c.shown(vis)
	if p.max-p.n < last-first+1 {
		return
	}
	eng := c.ctx.Engine
	w := c.ctx.Width
	p.end()
	for s := first; s < last; s++ {
		m := c.arts[s].Meta
		id := fmt.Sprintf("  %-*s ", max(len(c.arts[s].ID), 3), c.arts[s].ID)
		full := strings.Join(common.NonEmpty(m.Outlet, m.Title), " · ")
		line := id + common.Inline(eng, full, w-text.Width(id))
		if s == c.src {
			line = c.ctx.Styles.Notice.Render(line)
		}
		p.row(line)
	}
}

// hint is a binding's hint for one view.
func (c *Compare) hint(a common.Action, desc string) key.Binding {
	return c.ctx.Keys.Described(a, desc)
}

// moveHints are the hints for moving through a view's rows and sources.
func (c *Compare) moveHints(what string, sources bool) []key.Binding {
	k := c.ctx.Keys
	hs := []key.Binding{k.Pair(common.ActDown, common.ActUp, what)}
	if sources {
		hs = append(hs, k.Pair(common.ActLeft, common.ActRight, "source"))
	}
	return hs
}

// sentenceItem is one evidence sentence in a panel: its id, then its text
// laid out by the engine; Enter jumps to it. The lines carry no inner
// styling so that the panel's reversed selection covers them whole.
func (c *Compare) sentenceItem(id string) panel.Item {
	w := c.ctx.Width
	head := fmt.Sprintf("  %-9s ", id)
	sen, art := c.sentence(id)
	if sen == nil {
		return panel.Item{Lines: []string{head + "(sentence not found)"}}
	}
	tw := max(w-len(head)-1, 1)
	var lines []string
	for i, ln := range c.ctx.Engine.Layout(sen.Text, tw, common.DirOf(art)) {
		prefix := head
		if i > 0 {
			prefix = strings.Repeat(" ", len(head))
		}
		lines = append(lines, prefix+ln.Text)
	}
	return panel.Item{Lines: lines, Target: panel.Target{Claim: id}}
}

// sentence finds an evidence sentence among the compared articles.
func (c *Compare) sentence(id string) (*model.Sentence, *model.Article) {
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
