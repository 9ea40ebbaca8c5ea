package tui

// The frame of the compare screen, drawn around every view: the views line,
// the legend (with a notice when not every source fits), the status bar;
// and the helpers that put content into cells.

import (
	"fmt"
	"strings"

	"github.com/isnad/isnad/text"
)

// View draws the screen: views line, a legend or notice, the view, the
// status bar; exactly ctx.Height rows.
func (c *compareModel) View(status string) string {
	w, h := c.ctx.Width, c.ctx.Height
	var b strings.Builder
	if c.cmp == nil || c.lay == nil {
		b.WriteString(c.ctx.Styles.Title.Render(fitUI("compare: nothing to compare yet", w)))
		b.WriteString(strings.Repeat("\n", max(h-1, 0)))
		return b.String()
	}
	b.Grow(c.lay.size)
	b.WriteString(c.lay.header[c.view])
	b.WriteByte('\n')
	legend := c.legend()
	if c.lay.single != "" {
		legend = c.lay.single
	}
	b.WriteString(c.lay.notice[c.view])
	b.WriteString(legend)
	b.WriteByte('\n')
	p := page{b: &b, max: c.body}
	switch c.view {
	case viewFrames:
		c.framesView(&p)
	case viewColumns:
		c.columnsView(&p)
	case viewNaming:
		c.namingView(&p)
	case viewVocab:
		c.vocabView(&p)
	case viewFacts:
		c.factsView(&p)
	}
	for !p.full() {
		p.end()
	}
	if status == "" && c.note == "" {
		b.WriteString(c.lay.status[c.view])
	} else {
		b.WriteString(c.statusBar(c.view, w, status))
	}
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

// legend is the second row of the current view: what it shows.
func (c *compareModel) legend() string {
	switch c.view {
	case viewFrames:
		return c.lay.frames.legend
	case viewColumns:
		return c.aligned().legend
	case viewNaming:
		return c.lay.naming.legend
	case viewVocab:
		return c.lay.vocab.legend
	case viewFacts:
		return c.lay.facts.legend
	}
	return ""
}

// notice says, in views that cannot show every source, how many they show;
// the legend after it gets what is left of the row (legendW).
func (c *compareModel) notice(v compareView) string {
	vis := 0
	switch v {
	case viewFrames:
		vis = c.lay.frames.vis
	case viewColumns:
		vis = c.lay.cols.vis
	case viewNaming:
		vis = c.lay.naming.vis
	case viewFacts:
		vis = c.lay.facts.vis
	default:
		return ""
	}
	if vis >= len(c.arts) {
		return ""
	}
	k := c.ctx.Keys
	lr := keyName(k.Left.Keys()) + "/" + keyName(k.Right.Keys())
	if c.ctx.Width < 80 {
		return fmt.Sprintf("%d/%d sources, %s · ", vis, len(c.arts), lr)
	}
	return fmt.Sprintf("%d of %d sources: %s to scroll sideways · ", vis, len(c.arts), lr)
}

// legendW is the room for a view's legend.
func (c *compareModel) legendW(v compareView) int {
	return max(c.ctx.Width-text.Width(c.notice(v)), 0)
}

// headerLine names the views and marks the current one with brackets, so it
// reads without colour.
func (c *compareModel) headerLine(view compareView, w int) string {
	st := c.ctx.Styles
	keys := c.ctx.Keys.Views.Keys()
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
		head := fmt.Sprintf("compare %d source%s  ", len(c.arts), plural(len(c.arts)))
		if plain+3*(len(parts)-1)+len(head) <= w {
			return st.Title.Render(head) + strings.Join(parts, st.Muted.Render(" · "))
		}
		if plain+3*(len(parts)-1) <= w {
			return strings.Join(parts, st.Muted.Render(" · "))
		}
	}
	return st.Title.Render(fitUI("["+viewShort[view]+"]", w))
}

// keyName is the first key of a binding, for the status bar's hints.
func keyName(k []string) string {
	if len(k) == 0 {
		return "?"
	}
	return k[0]
}

func (c *compareModel) statusBar(view compareView, w int, status string) string {
	k := c.ctx.Keys
	ud := keyName(k.Down.Keys()) + "/" + keyName(k.Up.Keys())
	lr := keyName(k.Left.Keys()) + "/" + keyName(k.Right.Keys())
	enter := keyName(k.Open.Keys())
	var hint string
	switch view {
	case viewFrames:
		hint = ud + " frame · " + lr + " source · " + enter + " evidence"
	case viewColumns:
		hint = ud + " scroll · " + lr + " source · " + enter + " read the top sentence"
	case viewNaming:
		hint = ud + " name · " + enter + " sentences"
	case viewVocab:
		hint = ud + " term · " + lr + " source · " + enter + " sentences"
	case viewFacts:
		hint = ud + " event · " + lr + " source · " + enter + " values · " + keyName(k.Views.Keys()[min(1, len(k.Views.Keys())):]) + " aligns the columns on it"
	}
	left := " " + hint + " · " + keyName(k.Back.Keys()) + " back "
	if msg := strings.Join(nonEmpty(c.note, status), " │ "); msg != "" {
		left = " " + msg + " │" + left
	}
	return c.ctx.Styles.Bar.Render(padRight(fitUI(left, w), w))
}

// label fits a source's label in w cells, padded to w: its id, then its
// outlet or title laid out in its own direction (an Arabic name inside a
// left-to-right line would pull the figures after it into its run).
func (c *compareModel) label(i, w int) string {
	eng := c.ctx.Engine
	id := eng.Fit(c.arts[i].ID, w, text.LTR)
	rest := w - id.Width - 1
	if rest < 2 || c.lay.names[i] == "" {
		return padLine(id, w)
	}
	return id.Text + " " + padLine(eng.Fit(c.lay.names[i], rest, text.Auto), rest)
}

// inline lays content out on one line of at most w cells in its own
// direction, without the padding the engine puts left of right-to-left
// lines, to be set after the app's own words.
func inline(eng *text.Engine, s string, w int) string {
	ln := eng.Fit(s, max(w, 1), text.Auto)
	if ln.RTL {
		return strings.TrimLeft(ln.Text, " ")
	}
	return ln.Text
}

// padLine pads a laid-out line to w cells on its trailing side.
func padLine(ln text.Line, w int) string {
	pad := max(w-ln.Width, 0)
	if pad == 0 {
		return ln.Text
	}
	if ln.RTL {
		return strings.Repeat(" ", pad) + ln.Text
	}
	return ln.Text + strings.Repeat(" ", pad)
}

// sourceHeads writes the row of source headings shown (first to last), the
// selected source reversed: lead, then each heading with before in front
// of it and between separating it from the previous one.
func (c *compareModel) sourceHeads(p *page, lead, before, between string, head, headSel []string, last int) {
	p.add(lead)
	for s := c.first; s < last; s++ {
		if s > c.first {
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
