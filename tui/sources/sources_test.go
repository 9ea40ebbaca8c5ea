package sources

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/isnad/isnad/tui/common"
	"github.com/isnad/isnad/tui/internal/screentest"
	"github.com/isnad/isnad/tui/panel"
)

// TestSourcesInProgram: opened on the sources, l switches to the
// diagnostics, Enter on a source lists its claims.
func TestSourcesInProgram(t *testing.T) {
	ctx := screentest.Context(t, screentest.Lib(t), 100, 24)
	s := New(ctx)
	h := screentest.Play(t, screentest.NewHost(ctx, s), []tea.Msg{common.OpenMsg{}},
		screentest.Step{Want: "sources: 36"}, screentest.Step{Key: "l", Want: "[diagnostics]"},
		screentest.Step{Key: "h", Want: "[sources]"}, screentest.Step{Key: "enter", Want: "claims relying on"})
	p, ok := screentest.Last[common.PushMsg](h)
	if !ok || !strings.HasPrefix(p.Screen.(*panel.Panel).Title, "claims relying on Reuters") {
		t.Fatalf("enter on the first source pushed %+v", p)
	}
	// In the backlinks, Enter jumps to a claim.
	h.Keys("enter")
	if g, _ := screentest.Last[common.GoToMsg](h); !g.Jump || !strings.HasPrefix(g.To.Claim, "000#s") {
		t.Errorf("enter on a backlink: %+v", g)
	}
}

func TestDiagnostics(t *testing.T) {
	ctx := screentest.Context(t, screentest.Lib(t), 80, 24)
	s := New(ctx)
	h := screentest.NewHost(ctx, s)
	h.Send(common.OpenMsg{})
	h.Keys("l")
	scr := ansi.Strip(s.View())
	if !strings.Contains(scr, "citation") || !strings.Contains(scr, "reference entr") {
		t.Errorf("diagnostics:\n%s", scr)
	}
	h.Send(tea.WindowSizeMsg{Width: 40, Height: 10}, common.RestyleMsg{}, common.ProgressMsg{Done: true})
	screentest.CheckFits(t, s.View(), 40, 10)
	h.Send(tea.MouseWheelMsg{Button: tea.MouseWheelDown})
	if _, ok := screentest.Last[common.BackMsg](h.Keys("esc")); !ok {
		t.Error("esc does not go back")
	}
	if len(s.ShortHelp()) == 0 || len(s.FullHelp()) != 1 {
		t.Error("no help")
	}
}
