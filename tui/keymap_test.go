package tui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
)

func press(s string) tea.KeyPressMsg {
	switch s {
	case "enter":
		return tea.KeyPressMsg{Code: tea.KeyEnter}
	case "esc":
		return tea.KeyPressMsg{Code: tea.KeyEscape}
	case "tab":
		return tea.KeyPressMsg{Code: tea.KeyTab}
	case "space":
		return tea.KeyPressMsg{Code: tea.KeySpace, Text: " "}
	case "down":
		return tea.KeyPressMsg{Code: tea.KeyDown}
	case "up":
		return tea.KeyPressMsg{Code: tea.KeyUp}
	case "pgdown":
		return tea.KeyPressMsg{Code: tea.KeyPgDown}
	case "backspace":
		return tea.KeyPressMsg{Code: tea.KeyBackspace}
	}
	if strings.HasPrefix(s, "ctrl+") {
		return tea.KeyPressMsg{Code: rune(s[5]), Mod: tea.ModCtrl}
	}
	r := []rune(s)[0]
	return tea.KeyPressMsg{Code: r, Text: s}
}

func TestActionPerScreen(t *testing.T) {
	k := DefaultKeyMap()
	cases := []struct {
		s    screen
		key  string
		want Action
	}{
		{scrLibrary, "q", ActQuit},
		{scrReader, "q", ActBack},
		{scrReader, "esc", ActBack},
		{scrLibrary, "ctrl+c", ActQuit},
		{scrReader, "ctrl+c", ActQuit},
		{scrReader, "j", ActDown},
		{scrReader, "down", ActDown},
		{scrReader, "space", ActPageDown},
		{scrReader, "f", ActPageDown},
		{scrReader, "pgdown", ActPageDown},
		{scrReader, "b", ActPageUp},
		{scrReader, "d", ActHalfDown},
		{scrReader, "u", ActHalfUp},
		{scrReader, "g", ActTop},
		{scrReader, "G", ActBottom},
		{scrReader, "o", ActOutline},
		{scrReader, "]", ActNextClaim},
		{scrReader, "[", ActPrevClaim},
		{scrReader, "ctrl+o", ActJumpBack},
		{scrReader, "tab", ActJumpForward},
		{scrReader, "?", ActHelp},
		{scrLibrary, "/", ActFilter},
		{scrLibrary, "enter", ActOpen},
		{scrLibrary, "s", ActSort},
		{scrLibrary, "o", ActNone},
		{scrLibrary, "z", ActNone},
	}
	for _, c := range cases {
		if got := k.Action(c.s, press(c.key)); got != c.want {
			t.Errorf("screen %d key %q: action %d, want %d", c.s, c.key, got, c.want)
		}
	}
}

func TestKeyFileRebinds(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "keys.yaml")
	if err := os.WriteFile(path, []byte("down: [n]\nnext-claim: [\"}\"]\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	k := DefaultKeyMap()
	if err := k.LoadKeyFile(path); err != nil {
		t.Fatal(err)
	}
	if got := k.Action(scrReader, press("n")); got != ActDown {
		t.Errorf("n = %d, want down", got)
	}
	if got := k.Action(scrReader, press("j")); got == ActDown {
		t.Error("j still moves down after rebinding")
	}
	if got := k.Action(scrReader, press("}")); got != ActNextClaim {
		t.Errorf("} = %d, want next claim", got)
	}
	if h := k.Down.Help().Key; h != "n" {
		t.Errorf("help shows %q for the rebound key", h)
	}

	if err := os.WriteFile(path, []byte("dwn: [x]\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	k = DefaultKeyMap()
	if err := k.LoadKeyFile(path); err == nil || !strings.Contains(err.Error(), "dwn") {
		t.Errorf("unknown binding not reported: %v", err)
	}
	if err := k.LoadKeyFile(filepath.Join(dir, "missing.yaml")); err != nil {
		t.Errorf("missing key file: %v", err)
	}
}

func TestHelpCoversEveryReaderAction(t *testing.T) {
	k := DefaultKeyMap()
	seen := map[string]bool{}
	for _, g := range helpFor(k, scrReader) {
		for _, b := range g.bindings {
			seen[b.Help().Desc] = true
		}
	}
	for _, want := range []string{"outline", "next claim", "next article", "down", "page down", "jump back", "help"} {
		if !seen[want] {
			t.Errorf("reader help lacks %q", want)
		}
	}
}
