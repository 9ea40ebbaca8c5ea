package screentest

import (
	"testing"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/isnad/isnad/tui/common"
)

// fake records what reaches it and answers a few actions with the App's
// messages.
type fake struct {
	got []tea.Msg
}

func (f *fake) ID() common.ID             { return "fake" }
func (f *fake) View() string              { return "fake\x1b[1m  \nrow  " }
func (f *fake) SetSize(int, int)          {}
func (f *fake) Actions() []common.Action  { return []common.Action{common.ActBack, common.ActOpen} }
func (f *fake) ShortHelp() []key.Binding  { return nil }
func (f *fake) FullHelp() [][]key.Binding { return nil }
func (f *fake) Update(msg tea.Msg) tea.Cmd {
	f.got = append(f.got, msg)
	if a, ok := msg.(common.ActionMsg); ok {
		switch a.Action {
		case common.ActBack:
			return common.BackCmd()
		case common.ActOpen:
			return tea.Batch(common.PushCmd(&fake{}), common.StatusCmd("pushed"))
		}
	}
	return nil
}

func TestHost(t *testing.T) {
	for name, want := range map[string]string{"enter": "enter", "esc": "esc", "ctrl+o": "ctrl+o", "ح": "ح",
		"space": "space", "left": "left", "right": "right", "home": "home", "end": "end", "pgdown": "pgdown",
		"up": "up", "down": "down", "tab": "tab", "backspace": "backspace"} {
		if got := Press(name).String(); got != want {
			t.Errorf("Press(%q) = %q", name, got)
		}
	}
	ctx := Context(t, Lib(t), 40, 10)
	f := &fake{}
	h := NewHost(ctx, f)
	h.Keys("enter")
	if len(h.Stack) != 2 || ctx.Note != "pushed" {
		t.Fatalf("enter: %d screens, note %q", len(h.Stack), ctx.Note)
	}
	h.Keys("esc", "esc", "x")
	if len(h.Stack) != 1 {
		t.Errorf("esc: %d screens", len(h.Stack))
	}
	if _, ok := Last[common.BackMsg](h); !ok {
		t.Error("no BackMsg recorded")
	}
	if _, ok := Last[common.ShowMsg](h); ok {
		t.Error("a ShowMsg out of nowhere")
	}
	h.Send(tea.WindowSizeMsg{Width: 30, Height: 2}, tea.MouseWheelMsg{}, common.RestyleMsg{})
	if h.View().Content == "" || Plain(f.View()) != "fake\nrow\n" {
		t.Errorf("plain: %q", Plain(f.View()))
	}
	CheckFits(t, f.View(), 30, 2)
	if h.Keys("ctrl+c"); !h.Quit {
		t.Error("ctrl+c does not quit")
	}
}

func TestPlayAndSlowLib(t *testing.T) {
	lib := NewSlowLib(Lib(t), "001")
	ctx := Context(t, lib, 40, 10)
	h := Play(t, NewHost(ctx, &fake{}), []tea.Msg{common.RestyleMsg{}}, Step{Want: "fake"}, Step{Key: "esc"})
	restyled, back := false, false
	for _, m := range h.Top().(*fake).got {
		_, r := m.(common.RestyleMsg)
		a, k := m.(common.ActionMsg)
		restyled, back = restyled || r, back || (k && a.Action == common.ActBack)
	}
	if !restyled || !back {
		t.Errorf("the program did not pass the message (%v) and the key (%v)", restyled, back)
	}
	done := make(chan string)
	go func() {
		a, _ := lib.Article("001")
		done <- a.ID
	}()
	lib.Asked.Wait()
	select {
	case <-done:
		t.Fatal("the slow article came before its release")
	default:
	}
	close(lib.Release)
	if id := <-done; id != "001" {
		t.Errorf("released, it gave %q", id)
	}
	if a, err := lib.Article("000"); err != nil || a.ID != "000" {
		t.Errorf("another article: %v %v", a, err)
	}
}
