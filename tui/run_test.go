package tui

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
)

func TestHandshakeSequences(t *testing.T) {
	env := func(kv ...string) func(string) string {
		return func(k string) string {
			for i := 0; i+1 < len(kv); i += 2 {
				if kv[i] == k {
					return kv[i+1]
				}
			}
			return ""
		}
	}
	h := NewHandshake(BidiApp, env())
	if h.Enter != "\x1b[8l" || h.Leave != "\x1b[8h" {
		t.Errorf("plain terminal: %q / %q", h.Enter, h.Leave)
	}
	h = NewHandshake(BidiApp, env("TMUX", "/tmp/tmux-0/default,1,0"))
	if !strings.Contains(h.Enter, "\x1bPtmux;\x1b\x1b[8l\x1b\\") || !strings.Contains(h.Leave, "\x1bPtmux;\x1b\x1b[8h\x1b\\") {
		t.Errorf("tmux: no passthrough: %q / %q", h.Enter, h.Leave)
	}
	h = NewHandshake(BidiApp, env("MLTERM", "3.9.0"))
	if !strings.Contains(h.Enter, "\x1b]5379;use_ctl=false\x07") || !strings.Contains(h.Leave, "\x1b]5379;use_ctl=true\x07") {
		t.Errorf("mlterm: %q / %q", h.Enter, h.Leave)
	}
	if h := NewHandshake(BidiTerminal, env("MLTERM", "3.9.0")); h != (Handshake{}) {
		t.Errorf("terminal mode sends %q / %q", h.Enter, h.Leave)
	}
}

// panicky panics on its first update.
type panicky struct{}

func (panicky) Init() tea.Cmd                       { return nil }
func (panicky) Update(tea.Msg) (tea.Model, tea.Cmd) { panic("boom") }
func (panicky) View() tea.View                      { return tea.NewView("") }

type quitter struct{}

func (quitter) Init() tea.Cmd                       { return tea.Quit }
func (quitter) Update(tea.Msg) (tea.Model, tea.Cmd) { return quitter{}, nil }
func (quitter) View() tea.View                      { return tea.NewView("") }

func TestLeaveSequenceOnEveryExit(t *testing.T) {
	hs := Handshake{Enter: "\x1b[8l", Leave: "\x1b[8h"}
	for name, m := range map[string]tea.Model{"quit": quitter{}, "panic": panicky{}} {
		var out bytes.Buffer
		err := runProgram(m, hs, &out, tea.WithInput(nil), tea.WithWindowSize(80, 24), tea.WithoutSignalHandler())
		if name == "panic" && !errors.Is(err, tea.ErrProgramPanic) {
			t.Errorf("%s: err = %v, want a recovered panic", name, err)
		}
		if !strings.HasPrefix(out.String(), hs.Enter) {
			t.Errorf("%s: output does not start with CSI 8 l: %q", name, out.String()[:min(out.Len(), 40)])
		}
		if !strings.HasSuffix(out.String(), hs.Leave) {
			t.Errorf("%s: output does not end with CSI 8 h: %q", name, tail(out.String()))
		}
	}
}

func tail(s string) string {
	if len(s) > 40 {
		return s[len(s)-40:]
	}
	return s
}

// Nothing from content reaches the terminal raw, status messages included.
func TestStatusMessageSanitised(t *testing.T) {
	app, err := NewApp(embeddedLib(t), DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	app.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	app.ctx.Note = "cannot open: evil\x1b]52;c;cGF5bG9hZA==\x07name\x1b[2J"
	out := app.View().Content
	for _, bad := range []string{"\x1b]52", "\x1b[2J", "\x07"} {
		if strings.Contains(out, bad) {
			t.Errorf("the screen carries %q from a status message", bad)
		}
	}
	if !strings.Contains(out, "evil") {
		t.Error("the status message is not shown")
	}
}
