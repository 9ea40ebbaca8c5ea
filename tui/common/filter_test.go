package common_test

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/isnad/isnad/text"
	. "github.com/isnad/isnad/tui/common"
)

// typeKeys sends keys to a filter as a screen does: through the key map.
func typeKeys(f *Filter, keys ...string) (changed bool) {
	k := DefaultKeyMap()
	for _, name := range keys {
		msg := press(name)
		act := k.Resolve(msg, f.Actions(ActFilter), nil)
		if _, c := f.Handle(ActionMsg{Action: act, Key: msg}); c {
			changed = true
		}
	}
	return changed
}

func TestFilter(t *testing.T) {
	eng := NewEngine(DefaultOptions())
	f := NewFilter()
	if f.Active() || f.View(eng, 20) != "" {
		t.Fatal("a new filter is open")
	}
	if typeKeys(&f, "/") || !f.Typing() {
		t.Fatal("/ does not open the filter")
	}
	if !typeKeys(&f, "ح", "م", "q", "space", "x") || f.Query() != "حمq x" {
		t.Errorf("query %q", f.Query())
	}
	typeKeys(&f, "backspace")
	if f.Query() != "حمq " {
		t.Errorf("after backspace: %q", f.Query())
	}
	// The cursor stays at the end: left does not move it.
	typeKeys(&f, "left", "z")
	if f.Query() != "حمq z" {
		t.Errorf("after left and z: %q", f.Query())
	}
	v := f.View(eng, 20)
	if !strings.HasPrefix(v, "/") || !strings.HasSuffix(v, "▏") || text.Width(v) > 20 {
		t.Errorf("view %q", v)
	}
	if !strings.Contains(v, "ﺣ") { // the Arabic is shaped by the engine
		t.Errorf("view %q: letters not joined", v)
	}
	typeKeys(&f, "enter")
	if f.Typing() || f.Query() != "حمq z" || strings.HasSuffix(f.View(eng, 20), "▏") {
		t.Errorf("enter: typing %v, query %q", f.Typing(), f.Query())
	}
	// Kept, the query makes Esc clear it before anything else.
	if acts := f.Actions(ActBack); acts[0] != ActClear {
		t.Errorf("actions with a query: %v", acts)
	}
	typeKeys(&f, "esc")
	if f.Active() {
		t.Errorf("esc left %q", f.Query())
	}
	typeKeys(&f, "/", "a", "ctrl+u")
	if f.Query() != "" {
		t.Errorf("ctrl+u left %q", f.Query())
	}
	if !f.Paste(tea.PasteMsg{Content: "x\x1b[2Jy\tz"}) || strings.ContainsRune(f.Query(), 0x1b) {
		t.Errorf("paste: %q", f.Query())
	}
	if handled, _ := f.Handle(ActionMsg{Action: ActDown}); handled {
		t.Error("the filter took a moving action")
	}
}

func TestBar(t *testing.T) {
	ctx := newCtx(t, 60, 10)
	k := ctx.Keys
	bar := Bar{Left: "000 · claim 3/36", Mid: "المقدمة", MidDir: text.RTL,
		Hints: k.Help(ActOpen, ActOutline, ActBack), Right: "42%"}
	for _, w := range []int{120, 60, 40, 20, 8} {
		ctx.Width = w
		got := ansi.Strip(bar.Render(ctx))
		if text.Width(got) != w {
			t.Errorf("width %d: bar is %d cells: %q", w, text.Width(got), got)
		}
		if w >= 40 && (!strings.Contains(got, "? help") || !strings.Contains(got, "42%") || !strings.Contains(got, "claim 3/36")) {
			t.Errorf("width %d: %q lacks its fixed parts", w, got)
		}
		if w < 60 && strings.Contains(got, "esc/q back") {
			t.Errorf("width %d: every hint fits? %q", w, got)
		}
	}
	ctx.Width = 120
	if got := ansi.Strip(bar.Render(ctx)); !strings.Contains(got, "enter open · o outline · esc/q back · ? help") {
		t.Errorf("hints at 120: %q", got)
	}
	ctx.Note = "cannot open: x"
	if got := ansi.Strip(bar.Render(ctx)); !strings.Contains(got, "│ cannot open: x") {
		t.Errorf("note: %q", got)
	}
}

func TestFit(t *testing.T) {
	if got := Fit("claims · cites", 11); got != "claims · c…" || text.Width(got) != 11 {
		t.Errorf("Fit cut %q", got)
	}
	if got := PadRight("abc", 5); got != "abc  " {
		t.Errorf("PadRight %q", got)
	}
	if got := PadRight("abcdef", 4); got != "abc…" {
		t.Errorf("PadRight cut %q", got)
	}
}
