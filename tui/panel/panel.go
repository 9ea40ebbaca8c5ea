// Package panel is a scrollable list of laid-out items with a cursor on the
// ones that lead somewhere: the sources of a claim, the claims that rely
// on a source, the evidence behind a comparison. It is a screen of its own
// (pushed for the occasion) and the list inside the claims and sources
// screens.
package panel

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/isnad/isnad/text"
	"github.com/isnad/isnad/tui/common"
)

// ID is the panel screens' id.
const ID common.ID = "panel"

// Target is what Enter on an item does.
type Target struct {
	Source string // list the claims that rely on this source
	Claim  string // jump to this claim (a sentence id)
	Note   int64  // a note (the notes screen)
}

// Item is a block of laid-out lines; the cursor stops on it when it has a
// target.
type Item struct {
	Lines  []string
	Target Target
}

// Selectable reports whether the item leads somewhere.
func (it Item) Selectable() bool { return it.Target != (Target{}) }

// Panel is the list: a title row, the items, a status bar.
type Panel struct {
	ctx *common.Context
	// Title is laid out by the text engine; Head, when set, is a title row
	// laid out already (the app's words and content laid out apart, such
	// as a query being typed) and drawn as it is instead.
	Title  string
	Head   string
	items  []Item
	scroll common.Scroller
	// Left is the status bar's own part, Mid content for its middle (see
	// common.Bar), Hints its hints (nil: the panel's ShortHelp).
	Left   string
	Mid    string
	MidDir text.Direction
	Hints  []key.Binding
	// Claim is the claim the panel is about (the sources of a claim): a
	// note goes on it, and y copies it, when the item under the cursor is
	// no claim.
	Claim string
	// layout lays the items out for the terminal's width and colours, for
	// a panel pushed for the occasion: it lays them out again when either
	// changes (a screen that embeds a panel does that itself).
	layout func() []Item
	width  int
}

// New returns a panel of items under title, sized for the terminal.
func New(ctx *common.Context, title string, items []Item) *Panel {
	p := &Panel{ctx: ctx, Title: title, width: ctx.Width}
	p.SetSize(ctx.Width, ctx.Height)
	p.SetItems(items)
	return p
}

// Laid returns a panel whose items layout lays out for the terminal as it
// is, and again when its width or colours change.
func Laid(ctx *common.Context, title string, layout func() []Item) *Panel {
	p := New(ctx, title, layout())
	p.layout = layout
	return p
}

// ID is the panel's id.
func (p *Panel) ID() common.ID { return ID }

// SetItems replaces the items, keeping the cursor's place.
func (p *Panel) SetItems(items []Item) {
	p.items = items
	heights := make([]int, len(items))
	for i, it := range items {
		heights[i] = len(it.Lines)
	}
	p.scroll.SetItems(len(items), heights, func(i int) bool { return p.items[i].Selectable() })
}

// Items are the panel's items.
func (p *Panel) Items() []Item { return p.items }

// Selected is the target under the cursor.
func (p *Panel) Selected() (Target, bool) {
	if i := p.scroll.Cursor(); i >= 0 {
		return p.items[i].Target, true
	}
	return Target{}, false
}

// Select puts the cursor on the item with target t.
func (p *Panel) Select(t Target) {
	for i, it := range p.items {
		if it.Target == t {
			p.scroll.Select(i)
			return
		}
	}
}

// CurrentClaim is the claim under the cursor, else the claim the panel is
// about, for y (the claim a note goes on).
func (p *Panel) CurrentClaim() (string, bool) {
	c := p.noteTarget()
	return c, c != ""
}

// SetSize gives the body what the title row and the status bar leave.
func (p *Panel) SetSize(w, h int) {
	p.scroll.SetHeight(h - 2)
	if p.layout != nil && w != p.width {
		p.width = w
		p.SetItems(p.layout())
	}
}

// Actions: Enter follows, a writes a note on the claim, Esc goes back.
func (p *Panel) Actions() []common.Action {
	return []common.Action{common.ActBack, common.ActOpen, common.ActNote}
}

// ShortHelp is the status bar's hints.
func (p *Panel) ShortHelp() []key.Binding {
	if p.Hints != nil {
		return p.Hints
	}
	k := p.ctx.Keys
	hs := []key.Binding{k.Described(common.ActOpen, "follow")}
	if p.noteTarget() != "" {
		hs = append(hs, k.Described(common.ActNote, "note"))
	}
	return append(hs, k.Get(common.ActJumpBack), k.Described(common.ActBack, "close"))
}

// FullHelp is the panel's keys for the help screen.
func (p *Panel) FullHelp() [][]key.Binding {
	return [][]key.Binding{p.ctx.Keys.Help(common.ActOpen, common.ActNote, common.ActBack)}
}

// noteTarget is the claim a note would go on: the one under the cursor,
// else the panel's.
func (p *Panel) noteTarget() string {
	if t, ok := p.Selected(); ok && t.Claim != "" {
		return t.Claim
	}
	return p.Claim
}

// Update moves, follows a target, goes back.
func (p *Panel) Update(msg tea.Msg) tea.Cmd {
	if _, ok := msg.(common.RestyleMsg); ok && p.layout != nil {
		p.SetItems(p.layout())
		return nil
	}
	if m, ok := msg.(common.ActionMsg); ok {
		switch m.Action {
		case common.ActBack:
			return common.BackCmd()
		case common.ActOpen:
			return p.follow()
		case common.ActNote:
			if c := p.noteTarget(); c != "" {
				return common.NoteCmd(c)
			}
			return nil
		}
	}
	p.scroll.Handle(msg, 1)
	return nil
}

// follow does what Enter on the selected item asks: list a source's
// claims, or jump to a claim.
func (p *Panel) follow() tea.Cmd {
	t, ok := p.Selected()
	switch {
	case !ok:
		return nil
	case t.Source != "":
		return common.PushCmd(Backlinks(p.ctx, t.Source))
	default:
		return common.JumpToClaimCmd(t.Claim)
	}
}

// View draws the title, the rows in view and the status bar.
func (p *Panel) View() string {
	st := p.ctx.Styles
	w := p.ctx.Width
	var b strings.Builder
	if p.Head != "" {
		b.WriteString(p.Head)
	} else {
		b.WriteString(st.Title.Render(p.ctx.Engine.Fit(p.Title, w, text.LTR).Text))
	}
	b.WriteByte('\n')
	p.scroll.View(&b, func(r int) string {
		i, k := p.scroll.ItemLine(r)
		ln := p.items[i].Lines[k]
		if i == p.scroll.Cursor() {
			// Inner styles would end the reverse early: drop them.
			ln = st.Selected.Render(common.PadRight(ansi.Strip(ln), w))
		}
		return ln
	})
	b.WriteString(common.Bar{Left: p.Left, Mid: p.Mid, MidDir: p.MidDir, Hints: p.ShortHelp()}.Render(p.ctx))
	return b.String()
}

// Text lays s out for a panel, indented, in as many lines as it needs.
func Text(ctx *common.Context, s string, indent int, dir text.Direction, style func(string) string) []string {
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
