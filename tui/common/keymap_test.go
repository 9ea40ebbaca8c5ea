package common_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	. "github.com/isnad/isnad/tui/common"
	"github.com/isnad/isnad/tui/internal/screentest"
)

var press = screentest.Press

// The actions of a reader-like and a library-like screen, as their
// packages list them (the tests of those packages check they do).
var (
	readerOwn  = []Action{ActBack, ActOpen, ActOutline, ActNextArticle, ActPrevArticle, ActBoilerplate, ActControls, ActNextClaim, ActPrevClaim}
	libraryOwn = []Action{ActQuit, ActOpen, ActFilter, ActSort, ActReverse, ActMark}
	globals    = []Action{ActClaims, ActSources, ActCompare, ActProblems, ActHelp, ActJumpBack, ActJumpForward}
)

func TestResolve(t *testing.T) {
	k := DefaultKeyMap()
	f := NewFilter()
	f.Handle(ActionMsg{Action: ActFilter})
	typing := f.Actions()
	cases := []struct {
		own  []Action
		key  string
		want Action
	}{
		{libraryOwn, "q", ActQuit},
		{readerOwn, "q", ActBack},
		{readerOwn, "esc", ActBack},
		{libraryOwn, "ctrl+c", ActForceQuit},
		{readerOwn, "ctrl+c", ActForceQuit},
		{typing, "ctrl+c", ActForceQuit},
		{typing, "q", ActType},
		{typing, "j", ActType},
		{typing, "ح", ActType},
		{typing, "?", ActType},
		{typing, "space", ActType},
		{typing, "backspace", ActType},
		{typing, "ctrl+u", ActType},
		{typing, "enter", ActAccept},
		{typing, "esc", ActClear},
		{typing, "down", ActDown},
		{typing, "up", ActUp},
		{readerOwn, "j", ActDown},
		{readerOwn, "down", ActDown},
		{readerOwn, "space", ActPageDown},
		{readerOwn, "f", ActPageDown},
		{readerOwn, "pgdown", ActPageDown},
		{readerOwn, "end", ActBottom},
		{readerOwn, "b", ActPageUp},
		{readerOwn, "d", ActHalfDown},
		{readerOwn, "u", ActHalfUp},
		{readerOwn, "g", ActTop},
		{readerOwn, "G", ActBottom},
		{readerOwn, "o", ActOutline},
		{readerOwn, "]", ActNextClaim},
		{readerOwn, "[", ActPrevClaim},
		{readerOwn, "ctrl+o", ActJumpBack},
		{readerOwn, "tab", ActJumpForward},
		{readerOwn, "?", ActHelp},
		{readerOwn, "C", ActClaims},
		{libraryOwn, "/", ActFilter},
		{libraryOwn, "enter", ActOpen},
		{libraryOwn, "s", ActSort},
		{libraryOwn, "o", ActNone},
		{libraryOwn, "z", ActNone},
		{append([]Action{ActClear}, libraryOwn...), "esc", ActClear},
	}
	for _, c := range cases {
		if got := k.Resolve(press(c.key), c.own, globals); got != c.want {
			t.Errorf("own %v key %q: action %d, want %d", c.own, c.key, got, c.want)
		}
	}
}

// q is quit on one screen and back on the others, never both on one.
func TestQuitAndBackDoNotShareAScreen(t *testing.T) {
	for _, own := range [][]Action{readerOwn, libraryOwn} {
		quit, back := false, false
		for _, a := range own {
			quit = quit || a == ActQuit
			back = back || a == ActBack
		}
		if quit && back {
			t.Errorf("%v lists both quit and back", own)
		}
	}
}

func TestKeyFileRebinds(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "keys.yaml")
	if err := os.WriteFile(path, []byte("down: [n]\nnext-claim: [\"}\"]\nforce-quit: [ctrl+q]\nhelp: []\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	k := DefaultKeyMap()
	if err := k.LoadKeyFile(path); err != nil {
		t.Fatal(err)
	}
	if got := k.Resolve(press("n"), readerOwn, globals); got != ActDown {
		t.Errorf("n = %d, want down", got)
	}
	if got := k.Resolve(press("j"), readerOwn, globals); got == ActDown {
		t.Error("j still moves down after rebinding")
	}
	if got := k.Resolve(press("}"), readerOwn, globals); got != ActNextClaim {
		t.Errorf("} = %d, want next claim", got)
	}
	if got := k.Resolve(press("ctrl+q"), readerOwn, globals); got != ActForceQuit {
		t.Errorf("ctrl+q = %d, want quit", got)
	}
	if got := k.Resolve(press("?"), readerOwn, globals); got != ActNone {
		t.Errorf("? = %d after unbinding help", got)
	}
	if h := k.Get(ActDown).Help().Key; h != "n" {
		t.Errorf("help shows %q for the rebound key", h)
	}

	if err := os.WriteFile(path, []byte("dwn: [x]\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	k = DefaultKeyMap()
	if err := k.LoadKeyFile(path); err == nil || !strings.Contains(err.Error(), "dwn") {
		t.Errorf("unknown binding not reported: %v", err)
	}
	if err := os.WriteFile(path, []byte("down: {x: 1}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := k.LoadKeyFile(path); err == nil {
		t.Error("a malformed key file is accepted")
	}
	if err := k.LoadKeyFile(filepath.Join(dir, "missing.yaml")); err != nil {
		t.Errorf("missing key file: %v", err)
	}
}

// Every action but ActNone and ActType has a binding, with a name and help.
func TestEveryActionBound(t *testing.T) {
	k := DefaultKeyMap()
	names := map[string]bool{}
	for _, n := range Names() {
		if names[n] {
			t.Errorf("binding name %q twice", n)
		}
		names[n] = true
	}
	for a := ActForceQuit; a <= ActView; a++ {
		if a == ActType {
			continue
		}
		b := k.Get(a)
		if len(b.Keys()) == 0 || b.Help().Key == "" || b.Help().Desc == "" {
			t.Errorf("action %d: keys %v, help %+v", a, b.Keys(), b.Help())
		}
	}
	if p := k.Pair(ActDown, ActUp, "frame").Help(); p.Key != "j/k" || p.Desc != "frame" {
		t.Errorf("pair hint %+v", p)
	}
	if d := k.Described(ActOpen, "evidence").Help(); d.Key != "enter" || d.Desc != "evidence" {
		t.Errorf("described hint %+v", d)
	}
	if k.Get(ActOpen).Help().Desc != "open" {
		t.Error("Described changed the key map's own binding")
	}
}

// A key file's names reach the help screen and the status bar sanitised;
// the keys themselves still match as written.
func TestKeyFileHelpSanitised(t *testing.T) {
	path := filepath.Join(t.TempDir(), "keys.yaml")
	if err := os.WriteFile(path, []byte("down: [\"n\\e]0;pwned\\a\", n]\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	k := DefaultKeyMap()
	if err := k.LoadKeyFile(path); err != nil {
		t.Fatal(err)
	}
	for _, b := range k.Help(ActDown) {
		if h := b.Help().Key; strings.ContainsAny(h, "\x1b\x07") || !strings.Contains(h, "␛") {
			t.Errorf("help key %q", h)
		}
	}
	if got := k.Resolve(press("n"), readerOwn, globals); got != ActDown {
		t.Errorf("n = %d, want down", got)
	}
}
