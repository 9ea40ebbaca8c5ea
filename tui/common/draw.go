package common

import (
	"strings"

	"charm.land/bubbles/v2/key"
	"github.com/charmbracelet/x/ansi"

	"github.com/isnad/isnad/text"
)

// Ellipsis ends every cut, in the app's own text as in content (the text
// engine's Fit uses the same).
const Ellipsis = "…"

// Fit cuts a string of the app's own (already safe) text to w cells,
// ending the cut with "…". Content goes through the text engine instead.
func Fit(s string, w int) string {
	return ansi.Truncate(s, max(w, 0), Ellipsis)
}

// ShortID fits an id in w cells keeping its end: the ids of a collection
// share their beginning ("aawsat/2015-07-21/…") and differ at the end.
func ShortID(id string, w int) string {
	if text.Width(id) <= w {
		return id
	}
	r := []rune(id)
	for len(r) > 0 && text.Width(string(r))+1 > w {
		r = r[1:]
	}
	return Ellipsis + string(r)
}

// PadRight fits an app string or a laid-out line to w cells and pads it.
func PadRight(s string, w int) string {
	n := text.Width(s)
	if n > w {
		return Fit(s, w)
	}
	return s + strings.Repeat(" ", w-n)
}

// PadLine pads a laid-out line to w cells on its trailing side.
func PadLine(ln text.Line, w int) string {
	pad := max(w-ln.Width, 0)
	if pad == 0 {
		return ln.Text
	}
	if ln.RTL {
		return strings.Repeat(" ", pad) + ln.Text
	}
	return ln.Text + strings.Repeat(" ", pad)
}

// Inline lays content out on one line of at most w cells in its own
// direction, without the padding the engine puts left of right-to-left
// lines, to be set after the app's own words.
func Inline(eng *text.Engine, s string, w int) string {
	ln := eng.Fit(s, max(w, 1), text.Auto)
	if ln.RTL {
		return strings.TrimLeft(ln.Text, " ")
	}
	return ln.Text
}

// Measure is the width a string of content takes on one line, without the
// padding the engine puts left of right-to-left lines.
func Measure(eng *text.Engine, s string) int {
	return text.Width(Inline(eng, s, 400))
}

// Bar is a status bar. Its parts get the room in this order: Left (the
// screen's state) and Right (a percentage) and the help key always; then
// the shared status line (Context.StatusLine); then Mid, content laid out
// by the engine (a section title); then the hints of the screen's keys,
// generated from its bindings and cut with "…" where they do not fit.
type Bar struct {
	Left   string
	Mid    string
	MidDir text.Direction
	Hints  []key.Binding
	Right  string
	// NoHelp leaves the help key out (the help screen's own bar).
	NoHelp bool
}

// Render draws the bar ctx.Width cells wide, reversed.
func (b Bar) Render(ctx *Context) string {
	w := ctx.Width
	tail := ""
	if hb := ctx.Keys.Get(ActHelp).Help(); !b.NoHelp && hb.Key != "" {
		tail = hb.Key + " " + hb.Desc
	}
	if b.Right != "" {
		tail += "  " + b.Right
	}
	tail += " "
	left := " " + b.Left
	if st := ctx.StatusLine(); st != "" {
		if b.Left != "" {
			left += " │"
		}
		left += " " + st
	}
	avail := w - text.Width(left) - text.Width(tail) // for Mid, the hints and the fill
	if avail < 1 {
		line := Fit(left, max(w-text.Width(tail)-1, 0)) + " " + tail
		return ctx.Styles.Bar.Render(PadRight(line, w))
	}
	mid := ""
	if b.Mid != "" && avail > 6 {
		mid, _ = ctx.Engine.Fit(b.Mid, avail-2, b.MidDir).Content()
		mid = " " + mid
		avail -= text.Width(mid)
	}
	hints := ""
	if h := hintLine(b.Hints, avail-4); h != "" {
		hints = h
		if strings.TrimSpace(tail) != "" && !strings.HasPrefix(tail, "  ") {
			hints += " · "
		}
		avail -= text.Width(hints)
	}
	return ctx.Styles.Bar.Render(left + mid + strings.Repeat(" ", max(avail, 0)) + hints + tail)
}

// hintLine is the hints "key desc · key desc" that fit in w cells, "…"
// where one is left out. (bubbles' help.ShortHelpView does the same but
// lets items overflow its width when not even the ellipsis fits.)
func hintLine(bs []key.Binding, w int) string {
	var b strings.Builder
	used := 0
	for _, kb := range bs {
		if !kb.Enabled() {
			continue
		}
		item := kb.Help().Key + " " + kb.Help().Desc
		sep, iw := "", text.Width(item)
		if used > 0 {
			sep = " · "
			iw += 3
		}
		if used+iw > w {
			if used > 0 && used+2 <= w {
				b.WriteString(" " + Ellipsis)
			}
			break
		}
		b.WriteString(sep + item)
		used += iw
	}
	return b.String()
}
