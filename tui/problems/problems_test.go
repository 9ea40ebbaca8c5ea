package problems

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/isnad/isnad/tui/common"
	"github.com/isnad/isnad/tui/internal/screentest"
)

func TestProblemsInProgram(t *testing.T) {
	dir := t.TempDir()
	for name, body := range map[string]string{
		"good.txt":   "Title\n\nSome text.\n",
		"empty.md":   "",
		"binary.txt": "\x7fELF\x00\x01\x02\x00",
		"evil.txt":   "Evil \x1b]0;pwned\x07 title\n\ntext\n",
	} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	lib := screentest.Open(t, dir)
	ctx := screentest.Context(t, lib, 80, 10)
	p := New(ctx)
	h := screentest.Play(t, screentest.NewHost(ctx, p), []tea.Msg{common.OpenMsg{}}, screentest.Step{Want: "problems (3)"})
	scr := p.View()
	if strings.Contains(scr, "\x1b]0") || !strings.Contains(ansi.Strip(scr), "binary") {
		t.Errorf("problems screen:\n%s", ansi.Strip(scr))
	}
	screentest.CheckFits(t, scr, 80, 10)
	// Two rows of body: j moves the cursor, and the view once the cursor
	// leaves it.
	h.Send(tea.WindowSizeMsg{Width: 80, Height: 4})
	h.Keys("j")
	if p.scroll.Cursor() != 1 || p.scroll.Top() != 0 {
		t.Errorf("j: cursor %d, top %d", p.scroll.Cursor(), p.scroll.Top())
	}
	h.Keys("j")
	from, to := p.scroll.ItemRows(2)
	if p.scroll.Cursor() != 2 || p.scroll.Top() == 0 || from < p.scroll.Top() || to > p.scroll.Top()+2 {
		t.Errorf("j j: cursor %d, top %d (the item is rows %d-%d)", p.scroll.Cursor(), p.scroll.Top(), from, to)
	}
	h.Send(tea.MouseWheelMsg{Button: tea.MouseWheelUp})
	if _, ok := screentest.Last[common.BackMsg](h.Keys("esc")); !ok {
		t.Error("esc does not go back")
	}
	clean := New(screentest.Context(t, screentest.Lib(t), 80, 10))
	clean.SetSize(80, 10)
	clean.Update(common.OpenMsg{})
	scr = ansi.Strip(clean.View())
	if !strings.Contains(scr, "every file opened cleanly") || !strings.Contains(scr, "notice: boilerplate") ||
		!strings.HasPrefix(scr, "problems (0) · notices (") || len(clean.FullHelp()) != 1 {
		t.Errorf("a clean corpus with notices:\n%s", scr)
	}
}

// TestLongProblemWraps: a problem longer than the screen is wide wraps
// under its detail column rather than being cut: what it says (a link's
// target, the flag that would read it) stays readable at 80 columns.
func TestLongProblemWraps(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "good.txt"), []byte("Title\n\nSome text.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("/etc/hostname", filepath.Join(dir, "out.txt")); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	lib := screentest.Open(t, dir)
	ctx := screentest.Context(t, lib, 80, 10)
	p := New(ctx)
	screentest.Play(t, screentest.NewHost(ctx, p), []tea.Msg{common.OpenMsg{}}, screentest.Step{Want: "problems (1)"})
	scr := p.View()
	screentest.CheckFits(t, scr, 80, 10)
	plain := ansi.Strip(scr)
	joined := strings.Join(strings.Fields(plain), " ")
	if !strings.Contains(joined, `"/etc/hostname": not followed (--follow-symlinks reads it)`) || strings.Contains(plain, "…") {
		t.Errorf("the problem is cut:\n%s", plain)
	}
	// Rows scroll one by one, the wrapped ones too.
	p.SetSize(80, 3)
	p.Update(common.ActionMsg{Action: common.ActDown})
	if p.scroll.Top() != 1 {
		t.Errorf("down: top %d", p.scroll.Top())
	}
}

// TestStoreUnreachable: a note store that cannot be read now is the first
// row, with why, and every status bar says so; once it is back, both go.
func TestStoreUnreachable(t *testing.T) {
	ctx := screentest.Context(t, screentest.Lib(t), 80, 10)
	store := screentest.NewNotes()
	ctx.Notes = store
	p := New(ctx)
	h := screentest.NewHost(ctx, p)
	h.Send(common.OpenMsg{})
	store.SetDown(errors.New("dial tcp 10.0.0.9:5432: connection refused"))
	h.Send(common.NotesMsg{})
	scr := ansi.Strip(p.View())
	rows := strings.Split(scr, "\n")
	if !strings.Contains(rows[1], "note store unreachable") || !strings.Contains(rows[1], "connection refused") {
		t.Errorf("the store's row:\n%s", scr)
	}
	if !strings.Contains(rows[len(rows)-1], "⚠ note store unreachable (!)") {
		t.Errorf("the status bar: %q", rows[len(rows)-1])
	}
	screentest.CheckFits(t, p.View(), 80, 10)
	store.SetDown(nil)
	h.Send(common.NotesMsg{})
	if scr := ansi.Strip(p.View()); strings.Contains(scr, "unreachable") || !strings.Contains(scr, "every file opened cleanly") {
		t.Errorf("the store back:\n%s", scr)
	}
}
