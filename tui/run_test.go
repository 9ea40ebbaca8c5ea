package tui

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/isnad/isnad/model"
	"github.com/isnad/isnad/tui/common"
	"github.com/isnad/isnad/tui/internal/screentest"
	"github.com/isnad/isnad/tui/problems"
	"github.com/isnad/isnad/tui/terminal"
)

// The sequences themselves are tested in package terminal; the mode
// decides whether they are sent.
func TestHandshakeSequences(t *testing.T) {
	mlterm := terminal.Caps{Kind: terminal.MLTerm, Tmux: true}
	enter, leave := mlterm.Handshake()
	if h := NewHandshake(BidiApp, mlterm); h.Enter != enter || h.Leave != leave || enter == "" {
		t.Errorf("app mode: %q / %q, want %q / %q", h.Enter, h.Leave, enter, leave)
	}
	if h := NewHandshake(BidiTerminal, mlterm); h.Enter != "" || h.Leave != "" || h.Redraw != nil {
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
	for name, m := range map[string]tea.Model{"quit": quitter{}, "panic": panicky{}} {
		var out bytes.Buffer
		// Redraw comes right after each sequence is written.
		var redraws []string
		hs := Handshake{Enter: "\x1b[8l", Leave: "\x1b[8h", Redraw: func() { redraws = append(redraws, out.String()) }}
		err := runProgram(m, hs, &out, tea.WithInput(nil), tea.WithWindowSize(80, 24), tea.WithoutSignalHandler())
		if len(redraws) != 2 || redraws[0] != hs.Enter || !strings.HasSuffix(redraws[1], hs.Leave) {
			t.Errorf("%s: redraws after %d writes, want 2: after Enter and after Leave", name, len(redraws))
		}
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

// A terminal problem is one more problem of the session: counted in the
// status bar, listed with its fix, and the library's own list untouched.
func TestTerminalProblems(t *testing.T) {
	lib := embeddedLib(t)
	base := len(lib.Problems())
	term := terminal.Detect(terminal.Env{
		Getenv: func(k string) string {
			return map[string]string{"TMUX": "/tmp/tmux-0/default,1,0", "TERM": "screen", "VTE_VERSION": "7006"}[k]
		},
		Tmux: func(args ...string) (string, error) {
			if args[0] == "show-options" {
				return "off\n", nil
			}
			return "xterm-256color\t\t256\n", nil
		},
	})
	if len(term.Problems) != 1 {
		t.Fatalf("tmux in VTE, passthrough off: problems %q", term.Problems)
	}
	fix := model.Problem{Path: "terminal", Kind: "terminal", Detail: term.Problems[0]}
	wrapped := termProblems{Library: lib, extra: []model.Problem{fix}}
	if got := wrapped.Problems(); len(got) != base+1 || got[base] != fix {
		t.Fatalf("Problems() = %v, want the library's %d and the terminal's", got, base)
	}
	if len(lib.Problems()) != base {
		t.Error("the library's own problems changed")
	}
	plain, withTerm := screentest.Context(t, lib, 120, 40).StatusLine(), screentest.Context(t, wrapped, 120, 40).StatusLine()
	if problemCount(withTerm) != problemCount(plain)+1 {
		t.Errorf("status line %q does not count the terminal problem (without it: %q)", withTerm, plain)
	}
	for _, w := range []int{80, 120} {
		ctx := screentest.Context(t, wrapped, w, 40)
		p := problems.New(ctx)
		screentest.Play(t, screentest.NewHost(ctx, p), []tea.Msg{common.OpenMsg{}}, screentest.Step{Want: "problems ("})
		if v := ansi.Strip(p.View()); !strings.Contains(v, terminal.PassthroughFix) {
			t.Errorf("problems screen at %d columns does not show the fix:\n%s", w, v)
		}
	}
}

// problemCount reads the count of a status line's "⚠ N problems".
func problemCount(status string) int {
	var n int
	if i := strings.Index(status, "⚠ "); i >= 0 {
		fmt.Sscanf(status[i+len("⚠ "):], "%d", &n)
	}
	return n
}
