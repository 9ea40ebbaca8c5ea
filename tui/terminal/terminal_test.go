package terminal

import (
	"errors"
	"strings"
	"testing"

	"github.com/charmbracelet/colorprofile"
)

// fakeTmux answers like tmux 3.3a: the client line for display-message,
// the option's value for show-options ("" value: the option is unknown, as
// in tmux before 3.3).
func fakeTmux(client, passthrough string) func(...string) (string, error) {
	return func(args ...string) (string, error) {
		switch args[0] {
		case "display-message":
			return client + "\n", nil
		case "show-options":
			if passthrough == "" {
				return "invalid option: allow-passthrough\n", errors.New("exit status 1")
			}
			return passthrough + "\n", nil
		}
		return "", errors.New("unexpected tmux command " + strings.Join(args, " "))
	}
}

func env(kv ...string) func(string) string {
	return func(k string) string {
		for i := 0; i+1 < len(kv); i += 2 {
			if kv[i] == k {
				return kv[i+1]
			}
		}
		return ""
	}
}

// terminfoDB is a terminfo database with the entries measured here
// (infocmp on Debian 12).
func terminfoDB(term string) (int, bool, bool) {
	switch term {
	case "xterm", "screen", "tmux", "xterm-color":
		return 8, false, true
	case "xterm-256color", "screen-256color", "tmux-256color", "mlterm", "mlterm-256color":
		return 256, false, true
	case "xterm-kitty", "xterm-direct":
		return 256, true, true
	case "vt100":
		return -1, false, true
	}
	return 0, false, false
}

func TestDetect(t *testing.T) {
	const tmuxVar = "/tmp/tmux-0/default,123,0"
	for _, c := range []struct {
		name    string
		getenv  func(string) string
		tmux    func(...string) (string, error)
		kind    Kind
		profile colorprofile.Profile
		problem bool
		through bool
	}{
		{"xterm", env("TERM", "xterm"), nil, Plain, colorprofile.ANSI, false, true},
		{"xterm-256color", env("TERM", "xterm-256color"), nil, Plain, colorprofile.ANSI256, false, true},
		{"kitty by TERM", env("TERM", "xterm-kitty"), nil, Kitty, colorprofile.TrueColor, false, true},
		{"kitty by window id", env("TERM", "xterm-256color", "KITTY_WINDOW_ID", "1"), nil, Kitty, colorprofile.ANSI256, false, true},
		{"kitty over ssh", env("TERM", "xterm-kitty", "SSH_CONNECTION", "10.0.0.1 22 10.0.0.2 22"), nil, Kitty, colorprofile.TrueColor, false, true},
		{"mlterm with MLTERM", env("TERM", "mlterm", "MLTERM", "3.9.0"), nil, MLTerm, colorprofile.ANSI256, false, true},
		{"mlterm over ssh: TERM only", env("TERM", "mlterm"), nil, MLTerm, colorprofile.ANSI256, false, true},
		{"mlterm-256color", env("TERM", "mlterm-256color"), nil, MLTerm, colorprofile.ANSI256, false, true},
		{"MLTERM with TERM=xterm", env("TERM", "xterm", "MLTERM", "3.9.0"), nil, MLTerm, colorprofile.ANSI, false, true},
		{"VTE", env("TERM", "xterm-256color", "VTE_VERSION", "7006", "COLORTERM", "truecolor"), nil, VTE, colorprofile.TrueColor, false, true},
		{"screen: 8 colours", env("TERM", "screen"), nil, Plain, colorprofile.ANSI, false, true},
		{"screen with COLORTERM: still 8", env("TERM", "screen", "COLORTERM", "truecolor"), nil, Plain, colorprofile.ANSI, false, true},
		{"NO_COLOR", env("TERM", "xterm-kitty", "NO_COLOR", "1"), nil, Kitty, colorprofile.Ascii, false, true},
		{"no colours in terminfo", env("TERM", "vt100"), nil, Plain, colorprofile.Ascii, false, true},
		{"unknown TERM: guessed", env("TERM", "foot"), nil, Plain, colorprofile.TrueColor, false, true},
		{"dumb", env("TERM", "dumb"), nil, Plain, colorprofile.Ascii, false, true},

		// tmux: the client decides.
		{"tmux in VTE, passthrough off", env("TMUX", tmuxVar, "TERM", "screen", "VTE_VERSION", "7006"),
			fakeTmux("xterm-256color\t\t256,RGB,title", "off"), VTE, colorprofile.ANSI, true, false},
		{"tmux in VTE, passthrough on", env("TMUX", tmuxVar, "TERM", "tmux-256color", "VTE_VERSION", "7006"),
			fakeTmux("xterm-256color\t\t256,RGB,title", "on"), VTE, colorprofile.TrueColor, false, true},
		{"tmux in VTE by its XTVERSION", env("TMUX", tmuxVar, "TERM", "screen"),
			fakeTmux("xterm-256color\tVTE(7006)\t256", "off"), VTE, colorprofile.ANSI, true, false},
		{"tmux in xterm, passthrough off: no problem", env("TMUX", tmuxVar, "TERM", "screen-256color"),
			fakeTmux("xterm-256color\tXTerm(379)\t256", "off"), Plain, colorprofile.ANSI256, false, false},
		{"tmux in xterm started from VTE", env("TMUX", tmuxVar, "TERM", "screen", "VTE_VERSION", "7006"),
			fakeTmux("xterm\tXTerm(379)\t", "off"), Plain, colorprofile.ANSI, false, false},
		{"tmux in kitty", env("TMUX", tmuxVar, "TERM", "screen", "KITTY_WINDOW_ID", "1"),
			fakeTmux("xterm-kitty\tkitty(0.26.5)\t256,RGB", "off"), Kitty, colorprofile.ANSI, false, false},
		{"tmux in mlterm, passthrough off", env("TMUX", tmuxVar, "TERM", "screen"),
			fakeTmux("mlterm\t\t256", "off"), MLTerm, colorprofile.ANSI, true, false},
		{"tmux before 3.3: passthrough always", env("TMUX", tmuxVar, "TERM", "screen", "VTE_VERSION", "7006"),
			fakeTmux("xterm-256color\t\t", ""), VTE, colorprofile.ANSI, false, true},
		{"tmux detached: the environment", env("TMUX", tmuxVar, "TERM", "screen", "VTE_VERSION", "7006"),
			fakeTmux("\t\t", "off"), VTE, colorprofile.ANSI, true, false},
		{"tmux detached, kitty's window id inherited: plain", env("TMUX", tmuxVar, "TERM", "screen", "KITTY_WINDOW_ID", "3"),
			fakeTmux("\t\t", "off"), Plain, colorprofile.ANSI, false, false},
		{"tmux not asked: no problem claimed", env("TMUX", tmuxVar, "TERM", "screen", "VTE_VERSION", "7006"),
			nil, VTE, colorprofile.ANSI, false, false},
	} {
		got := Detect(Env{Getenv: c.getenv, Tmux: c.tmux, Terminfo: terminfoDB})
		if got.Kind != c.kind || got.Profile != c.profile || got.Passthrough != c.through || (len(got.Problems) > 0) != c.problem {
			t.Errorf("%s: got %v %q, profile %v, passthrough %v, problems %q; want %v, profile %v, passthrough %v, problem %v",
				c.name, got.Kind, got.Name, got.Profile, got.Passthrough, got.Problems, c.kind, c.profile, c.through, c.problem)
		}
		// Every entry of 8 colours above stays at 8 (ANSI): the palette
		// must then keep to the basic colours.
		if want := c.profile == colorprofile.ANSI; got.Eight != want {
			t.Errorf("%s: eight colours %v, want %v", c.name, got.Eight, want)
		}
		if c.problem && !strings.Contains(got.Problems[0], PassthroughFix) {
			t.Errorf("%s: the problem does not give the fix: %q", c.name, got.Problems[0])
		}
	}
}

// A tmux that fails (not installed, server gone) leaves the environment to
// decide, and claims no problem it cannot see.
func TestDetectTmuxFails(t *testing.T) {
	broken := func(...string) (string, error) { return "", errors.New("exec: \"tmux\": executable file not found") }
	got := Detect(Env{Getenv: env("TMUX", "x", "TERM", "screen", "VTE_VERSION", "7006"), Tmux: broken, Terminfo: terminfoDB})
	if got.Kind != VTE || len(got.Problems) != 0 {
		t.Errorf("got %v, problems %q", got.Kind, got.Problems)
	}
}

func TestHandshake(t *testing.T) {
	wrapped8l := "\x1bPtmux;\x1b\x1b[8l\x1b\\"
	for _, c := range []struct {
		name        string
		caps        Caps
		enter, leav []string // substrings
		not         []string
	}{
		{"plain", Caps{}, []string{"\x1b[8l"}, []string{"\x1b[8h"}, []string{"tmux", "5379"}},
		{"tmux", Caps{Tmux: true, Kind: VTE}, []string{"\x1b[8l", wrapped8l}, []string{"\x1bPtmux;\x1b\x1b[8h\x1b\\"}, []string{"5379"}},
		{"mlterm", Caps{Kind: MLTerm}, []string{"\x1b]5379;use_ctl=false\x07"}, []string{"\x1b]5379;use_ctl=true\x07"}, []string{"tmux"}},
		{"mlterm in tmux", Caps{Kind: MLTerm, Tmux: true}, []string{"\x1bPtmux;\x1b\x1b]5379;use_ctl=false\x07\x1b\\"}, []string{"\x1bPtmux;\x1b\x1b]5379;use_ctl=true\x07\x1b\\"}, nil},
	} {
		enter, leave := c.caps.Handshake()
		for _, s := range c.enter {
			if !strings.Contains(enter, s) {
				t.Errorf("%s: enter %q lacks %q", c.name, enter, s)
			}
		}
		for _, s := range c.leav {
			if !strings.Contains(leave, s) {
				t.Errorf("%s: leave %q lacks %q", c.name, leave, s)
			}
		}
		for _, s := range c.not {
			if strings.Contains(enter+leave, s) {
				t.Errorf("%s: %q / %q has %q", c.name, enter, leave, s)
			}
		}
	}
}

// The terminfo database of this machine, when it has the entries (Debian's
// ncurses-base has screen and xterm-256color).
func TestTerminfo(t *testing.T) {
	for term, want := range map[string]int{"screen": 8, "xterm-256color": 256} {
		colors, _, ok := loadTerminfo(term)
		if !ok {
			t.Skipf("no terminfo entry for %s here", term)
		}
		if colors != want {
			t.Errorf("terminfo %s: %d colours, want %d", term, colors, want)
		}
	}
	if _, _, ok := loadTerminfo("no-such-terminal-isnad"); ok {
		t.Error("an unknown terminal has an entry")
	}
}

// Under tmux with passthrough on, a terminal that reorders gets tmux to
// redraw its client after the handshake; nothing else does.
func TestRedraw(t *testing.T) {
	for _, c := range []struct {
		name   string
		vars   []string
		client string
		pass   string
		want   bool
	}{
		{"tmux in VTE, passthrough on", []string{"TMUX", "x", "VTE_VERSION", "7006"}, "xterm-256color\t\t", "on", true},
		{"tmux in mlterm, passthrough on", []string{"TMUX", "x"}, "mlterm\t\t", "on", true},
		{"tmux in VTE, passthrough off", []string{"TMUX", "x", "VTE_VERSION", "7006"}, "xterm-256color\t\t", "off", false},
		{"tmux in xterm", []string{"TMUX", "x"}, "xterm\tXTerm(379)\t", "on", false},
		{"VTE without tmux", []string{"VTE_VERSION", "7006"}, "", "on", false},
	} {
		var calls []string
		tmux := func(args ...string) (string, error) {
			calls = append(calls, args[0])
			return fakeTmux(c.client, c.pass)(args...)
		}
		got := Detect(Env{Getenv: env(append(c.vars, "TERM", "screen")...), Tmux: tmux})
		if (got.Redraw != nil) != c.want {
			t.Errorf("%s: Redraw set %v, want %v", c.name, got.Redraw != nil, c.want)
			continue
		}
		if got.Redraw != nil {
			calls = nil
			got.Redraw()
			if len(calls) != 1 || calls[0] != "refresh-client" {
				t.Errorf("%s: Redraw ran tmux %q", c.name, calls)
			}
		}
	}
}
