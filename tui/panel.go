package tui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"github.com/isnad/isnad/model"
	"github.com/isnad/isnad/text"
)

// panelTarget is what Enter on a panel item does.
type panelTarget struct {
	source string // list the claims that rely on this source
	claim  string // jump to this claim (a sentence id)
}

// panelItem is a block of laid-out lines; selectable when it has a target.
type panelItem struct {
	lines  []string
	target panelTarget
}

func (it panelItem) selectable() bool { return it.target != (panelTarget{}) }

// panelModel is a scrollable list of items with a cursor on the selectable
// ones: the sources of a claim, or the claims that rely on a source.
type panelModel struct {
	ctx   *Context
	title string
	items []panelItem
	cur   int // item index; -1 when nothing is selectable
	top   int // first row shown
	body  int
}

func newPanel(ctx *Context, title string, items []panelItem) panelModel {
	p := panelModel{ctx: ctx, title: title, items: items, cur: -1}
	p.SetSize(ctx.Width, ctx.Height)
	p.move(1)
	return p
}

func (p *panelModel) SetSize(_, h int) { p.body = max(h-2, 1) }

// move puts the cursor on the next (dir 1) or previous (-1) selectable item.
func (p *panelModel) move(dir int) {
	for i := p.cur + dir; i >= 0 && i < len(p.items); i += dir {
		if p.items[i].selectable() {
			p.cur = i
			p.reveal()
			return
		}
	}
}

// rowOfItem is the first row of item i.
func (p *panelModel) rowOfItem(i int) int {
	row := 0
	for j := 0; j < i; j++ {
		row += len(p.items[j].lines)
	}
	return row
}

func (p *panelModel) rows() int { return p.rowOfItem(len(p.items)) }

func (p *panelModel) reveal() {
	if p.cur < 0 {
		return
	}
	first := p.rowOfItem(p.cur)
	last := first + len(p.items[p.cur].lines) - 1
	if first < p.top {
		p.top = first
	}
	if last >= p.top+p.body {
		p.top = min(first, last-p.body+1)
	}
}

func (p *panelModel) scroll(n int) {
	p.top = max(min(p.top+n, p.rows()-p.body), 0)
}

// Update moves through the panel; Enter returns the chosen target.
func (p panelModel) Update(act Action) (panelModel, *panelTarget) {
	switch act {
	case ActDown:
		if p.cur < 0 {
			p.scroll(1)
		} else {
			p.move(1)
		}
	case ActUp:
		if p.cur < 0 {
			p.scroll(-1)
		} else {
			p.move(-1)
		}
	case ActPageDown, ActHalfDown:
		p.scroll(p.body / 2)
	case ActPageUp, ActHalfUp:
		p.scroll(-p.body / 2)
	case ActTop:
		p.top = 0
	case ActBottom:
		p.scroll(p.rows())
	case ActOpen:
		if p.cur >= 0 {
			t := p.items[p.cur].target
			return p, &t
		}
	}
	return p, nil
}

func (p *panelModel) View(status string) string {
	st := p.ctx.Styles
	w := p.ctx.Width
	var b strings.Builder
	b.WriteString(st.Title.Render(p.ctx.Engine.Fit(p.title, w, text.LTR).Text))
	b.WriteByte('\n')
	row, shown := 0, 0
	for i, it := range p.items {
		for _, ln := range it.lines {
			if row >= p.top && shown < p.body {
				if i == p.cur {
					// Inner styles would end the reverse early: drop them.
					ln = st.Selected.Render(padRight(ansi.Strip(ln), w))
				}
				b.WriteString(ln)
				b.WriteByte('\n')
				shown++
			}
			row++
		}
	}
	for ; shown < p.body; shown++ {
		b.WriteByte('\n')
	}
	help := " enter follow · ctrl+o back · esc close "
	if status != "" {
		help = " " + status + " │" + help
	}
	b.WriteString(st.Bar.Render(padRight(fitUI(help, w), w)))
	return b.String()
}

// panelText lays out s for a panel, indented, in as many lines as it needs.
func panelText(ctx *Context, s string, indent int, dir text.Direction, style func(string) string) []string {
	w := max(ctx.Width-indent-1, 1)
	var out []string
	for _, ln := range ctx.Engine.Layout(s, w, dir) {
		t := ln.Text
		if style != nil {
			t = ln.Render([]text.Span{{Start: ln.Start, End: ln.End, Style: style}})
		}
		out = append(out, strings.Repeat(" ", indent)+t)
	}
	return out
}

// claimPanel shows what backs one claim: its citations with the reference
// entries they lead to, its attributions, and the sources behind them.
func claimPanel(ctx *Context, a *model.Article, s *model.Sourcing, claimID string) panelModel {
	st := ctx.Styles
	c := s.Claim(claimID)
	if c == nil {
		return newPanel(ctx, "no claim "+claimID, nil)
	}
	dir := dirOf(a)
	var items []panelItem
	add := func(lines ...string) { items = append(items, panelItem{lines: lines}) }
	head := fmt.Sprintf("%s · %s · %s", c.ID, c.Status, strings.Join(reasonNames(c.Reasons), ", "))
	add(st.statusStyle(c.Status)(fitUI(head, ctx.Width)))
	add(panelText(ctx, c.Text, 2, dir, nil)...)
	add("")

	var sources []string
	seen := map[string]bool{}
	addSource := func(id string) {
		if id != "" && !seen[id] {
			seen[id] = true
			sources = append(sources, id)
		}
	}
	if len(c.Citations) > 0 {
		add(st.Heading.Render("citations"))
		for _, ct := range c.Citations {
			add(panelText(ctx, fmt.Sprintf("(%s) → %s", ct.Raw, ct.Resolution), 2, text.LTR, styleFn(st.Notice))...)
			switch ct.Resolution {
			case model.Unresolved:
				note := "no entry of the reference list fits"
				if ct.Note != "" {
					note = ct.Note
				}
				add(panelText(ctx, note, 4, text.LTR, styleFn(st.Warn))...)
			case model.Ambiguous:
				var rules []string
				for _, r := range ct.Readings {
					pick := r.Pick
					if pick == "" {
						pick = "none"
					}
					rules = append(rules, r.Rule+" → "+pick)
				}
				add(panelText(ctx, fmt.Sprintf("%d entries fit; %s", len(ct.Candidates), strings.Join(rules, "; ")), 4, text.LTR, styleFn(st.Warn))...)
			}
			for _, id := range ct.Candidates {
				if r := s.Reference(id); r != nil {
					add(referenceLines(ctx, r)...)
					addSource(r.Source)
				}
			}
			addSource(ct.Source)
		}
		add("")
	}
	if len(c.Attributions) > 0 {
		add(st.Heading.Render("attributions"))
		for _, at := range c.Attributions {
			line := at.Cue + " " + at.Speaker
			if at.Role != "" {
				line += "، " + at.Role
			}
			add(panelText(ctx, strings.TrimSpace(line), 2, dir, nil)...)
			meta := string(at.Kind)
			if at.ChannelText != "" {
				meta += " · channel: " + at.ChannelText
			}
			if at.Carried {
				meta += " · speaker carried over from an earlier sentence"
			}
			add(panelText(ctx, meta, 4, text.LTR, styleFn(st.Muted))...)
			addSource(at.Source)
			addSource(at.Channel)
		}
		add("")
	}
	if len(c.Citations) == 0 && len(c.Attributions) == 0 {
		add(panelText(ctx, "no citation and no attribution: the article states this on its own authority", 2, text.LTR, styleFn(st.Unsourced))...)
	}
	if len(sources) > 0 {
		add(st.Heading.Render("sources") + st.Muted.Render("  (enter: every claim that relies on it)"))
		for _, id := range sources {
			items = append(items, panelItem{lines: []string{sourceLine(ctx, id)}, target: panelTarget{source: id}})
		}
	}
	return newPanel(ctx, "sources of "+c.ID, items)
}

func reasonNames(rs []model.Reason) []string {
	out := make([]string, len(rs))
	for i, r := range rs {
		out[i] = string(r)
	}
	return out
}

// referenceLines shows a reference entry: id, author, date, title, outlet,
// URL.
func referenceLines(ctx *Context, r *model.Reference) []string {
	parts := nonEmpty(r.Author, r.Date, r.Title)
	lines := panelText(ctx, "["+r.ID+"] "+strings.Join(parts, " · "), 4, text.LTR, nil)
	if r.Outlet != "" || r.URL != "" {
		lines = append(lines, panelText(ctx, strings.Join(nonEmpty(r.Outlet, r.URL), "  "), 6, text.LTR, styleFn(ctx.Styles.Muted))...)
	}
	return lines
}

// sourceLine shows a source with how much the corpus relies on it.
func sourceLine(ctx *Context, id string) string {
	src, ok := ctx.Lib.Source(id)
	if !ok {
		return "  " + ctx.Engine.Fit(id, ctx.Width-2, text.Auto).Text
	}
	info := fmt.Sprintf("  (%s · %d claim%s in %d article%s)", src.Kind, src.Claims, plural(src.Claims), len(src.Articles), plural(len(src.Articles)))
	name, _ := ctx.Engine.Fit(src.Name, max(ctx.Width-text.Width(info)-2, 1), text.Auto).Content()
	return "  " + name + ctx.Styles.Muted.Render(info)
}

// backlinksPanel lists every claim of the corpus that relies on a source.
func backlinksPanel(ctx *Context, sourceID string, claims map[string]model.ClaimRef) panelModel {
	src, _ := ctx.Lib.Source(sourceID)
	name := src.Name
	if name == "" {
		name = sourceID
	}
	ids := ctx.Lib.Backlinks(sourceID)
	items := []panelItem{{lines: []string{ctx.Styles.Muted.Render(fmt.Sprintf("%d claim%s cite, quote or name this source", len(ids), plural(len(ids))))}}}
	for _, id := range ids {
		items = append(items, panelItem{lines: []string{claimRow(ctx, claims[id], id)}, target: panelTarget{claim: id}})
	}
	return newPanel(ctx, "claims relying on "+name, items)
}

// claimRow is one claim on one line: id, status mark, text.
func claimRow(ctx *Context, c model.ClaimRef, id string) string {
	st := ctx.Styles
	head := fmt.Sprintf(" %-9s %s ", id, statusMark(c.Status))
	w := max(ctx.Width-text.Width(head)-1, 1)
	ln := ctx.Engine.Fit(c.Text, w, text.Auto)
	body := ln.Text
	if ln.RTL {
		body = strings.Repeat(" ", max(w-ln.Width, 0)) + body
	}
	return st.statusStyle(c.Status)(head) + body
}
