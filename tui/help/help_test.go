package help

import (
	"strings"
	"testing"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/isnad/isnad/tui/common"
	"github.com/isnad/isnad/tui/internal/screentest"
)

// below is a screen whose help is asked for.
type below struct{ common.Screen }

func (below) ID() common.ID { return "thing" }
func (below) FullHelp() [][]key.Binding {
	return [][]key.Binding{{key.NewBinding(key.WithKeys("x"), key.WithHelp("x", "do the thing"))},
		{key.NewBinding(key.WithKeys("y"), key.WithHelp("y", "and another"))}}
}

// TestHelpInProgram: opened over a screen, help lists that screen's keys,
// the moving ones and the global ones; PageDown and G scroll it like any
// screen; ? closes it.
func TestHelpInProgram(t *testing.T) {
	ctx := screentest.Context(t, screentest.Lib(t), 40, 10)
	hp := New(ctx)
	h := screentest.Play(t, screentest.NewHost(ctx, hp), []tea.Msg{common.OpenMsg{From: below{}}},
		screentest.Step{Want: "do the thing"}, screentest.Step{Key: "pgdown"})
	if hp.scroll.Top() != hp.scroll.Height()-1 {
		t.Errorf("page down: top %d, height %d", hp.scroll.Top(), hp.scroll.Height())
	}
	h.Keys("G")
	scr := ansi.Strip(hp.View())
	if !strings.Contains(scr, "ctrl+c     quit") || hp.scroll.Top()+hp.scroll.Height() != len(hp.lines) {
		t.Errorf("G does not reach the end:\n%s", scr)
	}
	screentest.CheckFits(t, hp.View(), 40, 10)
	all := strings.Join(hp.lines, "\n")
	for _, want := range []string{"thing", "and another", "move", "page down", "everywhere", "claims", "jump back"} {
		if !strings.Contains(ansi.Strip(all), want) {
			t.Errorf("help lacks %q", want)
		}
	}
	if _, ok := screentest.Last[common.BackMsg](h.Keys("?")); !ok {
		t.Error("? does not close help")
	}
	h.Send(tea.WindowSizeMsg{Width: 120, Height: 40}, common.RestyleMsg{})
	tallest := 0
	for _, g := range hp.groups {
		tallest = max(tallest, len(g.bindings)+2) // its title and a blank row
	}
	if len(hp.lines) > tallest {
		t.Errorf("at 120 columns the groups sit side by side: %d rows, the tallest group %d", len(hp.lines), tallest)
	}
	h.Send(tea.MouseWheelMsg{Button: tea.MouseWheelDown})
	if len(hp.FullHelp()) != 1 {
		t.Error("no help for help")
	}
}
