// Package help shows the keys of the screen it was opened from, generated
// from that screen's bindings (FullHelp) and the key map, so it can never
// disagree with them.
package help

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/isnad/isnad/text"
	"github.com/isnad/isnad/tui/common"
)

// ID is the help screen's id.
const ID common.ID = "help"

// Help is the screen.
type Help struct {
	ctx    *common.Context
	groups []group
	lines  []string
	scroll common.Scroller
}

type group struct {
	title    string
	bindings []key.Binding
}

// New returns the help screen; it fills in when opened.
func New(ctx *common.Context) *Help { return &Help{ctx: ctx} }

// ID is the screen's id.
func (h *Help) ID() common.ID { return ID }

// Overlay: shown over any screen, no place of its own.
func (h *Help) Overlay() {}

// groups are the keys of screen s: its own groups, titled with its id, then
// the moving keys and the ones that work everywhere.
func groups(ctx *common.Context, s common.Screen) []group {
	var gs []group
	for i, g := range s.FullHelp() {
		title := string(s.ID())
		if i > 0 {
			title = ""
		}
		gs = append(gs, group{title, g})
	}
	k := ctx.Keys
	return append(gs,
		group{"move", k.Help(common.Moves...)},
		group{"everywhere", append(k.Help(ctx.Globals...), k.Get(common.ActForceQuit))})
}

// SetSize lays the keys out in as many columns as the width allows.
func (h *Help) SetSize(_, ht int) {
	h.scroll.SetHeight(ht - 2)
	h.layout()
}

// Actions: the help key and Esc close it.
func (h *Help) Actions() []common.Action {
	return []common.Action{common.ActBack, common.ActHelp}
}

// ShortHelp is the status bar's hints.
func (h *Help) ShortHelp() []key.Binding {
	k := h.ctx.Keys
	return []key.Binding{k.Described(common.ActBack, "close"), k.Described(common.ActHelp, "close")}
}

// FullHelp is the help screen's own keys.
func (h *Help) FullHelp() [][]key.Binding { return [][]key.Binding{h.ShortHelp()} }

// Update opens on the keys of the screen below, scrolls, closes.
func (h *Help) Update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case common.OpenMsg:
		h.groups = groups(h.ctx, msg.From)
		h.layout()
		h.scroll.SetTop(0)
		return common.ShowCmd(ID)
	case common.ActionMsg:
		switch msg.Action {
		case common.ActBack, common.ActHelp:
			return common.BackCmd()
		}
	case common.RestyleMsg:
		h.layout()
	}
	h.scroll.Handle(msg, 1)
	return nil
}

// layout renders the groups, flowed into as many columns as the width
// allows so that a whole screen's keys are visible at once.
func (h *Help) layout() {
	st := h.ctx.Styles
	var blocks [][]string
	colW := 0
	for _, g := range h.groups {
		var block []string
		if g.title != "" {
			block = append(block, st.Heading.Render(g.title))
		}
		for _, b := range g.bindings {
			if !b.Enabled() {
				continue
			}
			hb := b.Help()
			line := "  " + st.Notice.Render(common.PadRight(hb.Key, 10)) + " " + hb.Desc
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
	h.lines = make([]string, height)
	for i := range h.lines {
		var b strings.Builder
		for j, c := range columns {
			cell := ""
			if i < len(c) {
				cell = c[i]
			}
			if j < len(columns)-1 {
				cell = common.PadRight(cell, colW)
			}
			b.WriteString(cell)
		}
		h.lines[i] = common.Fit(b.String(), h.ctx.Width)
	}
	h.scroll.SetRows(len(h.lines))
}

// View draws the keys in view.
func (h *Help) View() string {
	st := h.ctx.Styles
	var b strings.Builder
	b.WriteString(st.Title.Render(common.Fit("keys", h.ctx.Width)))
	b.WriteByte('\n')
	h.scroll.View(&b, func(i int) string { return h.lines[i] })
	b.WriteString(common.Bar{Hints: h.ShortHelp(), NoHelp: true}.Render(h.ctx))
	return b.String()
}
