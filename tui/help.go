package tui

import (
	"strings"

	"charm.land/bubbles/v2/key"

	"github.com/isnad/isnad/text"
)

// helpModel shows the bindings of the screen it was opened from, generated
// from the key map so it can never disagree with it.
type helpModel struct {
	ctx    *Context
	groups []helpGroup
	top    int
	body   int
}

type helpGroup struct {
	title    string
	bindings []key.Binding
}

func newHelp(ctx *Context) helpModel { return helpModel{ctx: ctx} }

// helpFor lists the bindings that act on screen s, grouped.
func helpFor(k KeyMap, s screen) []helpGroup {
	move := helpGroup{"move", []key.Binding{k.Down, k.Up, k.PageDown, k.PageUp, k.HalfDown, k.HalfUp, k.Top, k.Bottom}}
	global := helpGroup{"everywhere", []key.Binding{k.Help, k.Problems, k.Claims, k.Sources, k.Compare, k.JumpBack, k.JumpForward, k.Quit}}
	var own helpGroup
	switch s {
	case scrLibrary:
		own = helpGroup{"library", []key.Binding{k.Open, k.Filter, k.Sort, k.Reverse, k.Mark}}
	case scrReader:
		own = helpGroup{"reader", []key.Binding{k.Outline, k.NextClaim, k.PrevClaim, k.Open, k.NextArticle, k.PrevArticle, k.Boilerplate, k.Controls, k.Back}}
	case scrClaims, scrSources:
		own = helpGroup{"list", []key.Binding{k.Open, k.Filter, k.Sort, k.NextTab, k.PrevTab, k.Back}}
	case scrCompare:
		own = helpGroup{"compare", []key.Binding{k.Views, k.Left, k.Right, k.Open, k.Back}}
	default:
		own = helpGroup{"this screen", []key.Binding{k.Open, k.Back}}
	}
	return []helpGroup{own, move, global}
}

func (h *helpModel) show(s screen) {
	h.groups = helpFor(h.ctx.Keys, s)
	h.top = 0
}

func (h *helpModel) SetSize(_, ht int) { h.body = max(ht-2, 1) }

func (h helpModel) Update(act Action) helpModel {
	switch act {
	case ActDown:
		h.top++
	case ActUp:
		h.top--
	case ActTop:
		h.top = 0
	}
	h.top = max(min(h.top, len(h.lines())-h.body), 0)
	return h
}

// lines renders the groups, flowed into as many columns as the width allows
// so that a whole screen's keys are visible at once.
func (h *helpModel) lines() []string {
	st := h.ctx.Styles
	var blocks [][]string
	colW := 0
	for _, g := range h.groups {
		block := []string{st.Heading.Render(g.title)}
		for _, b := range g.bindings {
			if !b.Enabled() {
				continue
			}
			hb := b.Help()
			line := "  " + st.Notice.Render(padRight(hb.Key, 10)) + " " + hb.Desc
			colW = max(colW, text.Width(line))
			block = append(block, line)
		}
		blocks = append(blocks, append(block, ""))
	}
	colW += 2
	cols := max(min(h.ctx.Width/max(colW, 1), len(blocks)), 1)
	// Fill columns top to bottom, keeping each group whole.
	total := 0
	for _, b := range blocks {
		total += len(b)
	}
	perCol := (total + cols - 1) / cols
	var columns [][]string
	var cur []string
	for _, b := range blocks {
		if len(cur) > 0 && len(cur)+len(b) > perCol && len(columns) < cols-1 {
			columns = append(columns, cur)
			cur = nil
		}
		cur = append(cur, b...)
	}
	columns = append(columns, cur)
	height := 0
	for _, c := range columns {
		height = max(height, len(c))
	}
	out := make([]string, height)
	for i := range out {
		var b strings.Builder
		for j, c := range columns {
			cell := ""
			if i < len(c) {
				cell = c[i]
			}
			if j < len(columns)-1 {
				cell = padRight(cell, colW)
			}
			b.WriteString(cell)
		}
		out[i] = b.String()
	}
	return out
}

func (h *helpModel) View() string {
	w := h.ctx.Width
	st := h.ctx.Styles
	lines := h.lines()
	var b strings.Builder
	b.WriteString(st.Title.Render(fitUI("keys", w)))
	b.WriteByte('\n')
	end := min(h.top+h.body, len(lines))
	for i := h.top; i < end; i++ {
		b.WriteString(fitUI(lines[i], w))
		b.WriteByte('\n')
	}
	for i := end - h.top; i < h.body; i++ {
		b.WriteByte('\n')
	}
	b.WriteString(st.Bar.Render(padRight(" ? or esc closes", w)))
	return b.String()
}
