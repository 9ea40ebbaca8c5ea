package library

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/isnad/isnad/data"
	"github.com/isnad/isnad/tui/common"
	"github.com/isnad/isnad/tui/internal/screentest"
)

func host(t *testing.T, w, h int) (*screentest.Host, *Library) {
	t.Helper()
	ctx := screentest.Context(t, screentest.Lib(t), w, h)
	l := New(ctx)
	return screentest.NewHost(ctx, l), l
}

// TestFilterInProgram: typed in a running program, the filter narrows the
// table at once; Enter keeps it, Esc clears it in one key.
func TestFilterInProgram(t *testing.T) {
	h, _ := host(t, 100, 24)
	h = screentest.Play(t, h, nil,
		screentest.Step{Key: "/"}, screentest.Step{Key: "ح"}, screentest.Step{Key: "م"},
		screentest.Step{Key: "و"}, screentest.Step{Key: "ر"}, screentest.Step{Key: "enter", Want: "1 of 5 articles"})
	l := h.Top().(*Library)
	if len(l.view) != 1 || l.view[0].ID != "002" || l.filter.Typing() {
		t.Fatalf("filtered to %d articles, typing %v", len(l.view), l.filter.Typing())
	}
	h.Keys("esc")
	if len(l.view) != 5 || l.filter.Active() {
		t.Errorf("esc: %d articles, filter %q", len(l.view), l.filter.Query())
	}
}

func TestSortMarkOpen(t *testing.T) {
	h, l := host(t, 140, 30)
	ids := func() []string {
		var out []string
		for _, a := range l.view {
			out = append(out, a.ID)
		}
		return out
	}
	h.Keys("s", "s", "s", "s", "s") // words
	words := ids()
	h.Keys("r")
	if rev := ids(); !slices.Equal(rev, []string{words[4], words[3], words[2], words[1], words[0]}) {
		t.Errorf("reversed %v, was %v", rev, words)
	}
	if !strings.Contains(ansi.Strip(l.View()), "words↑") {
		t.Errorf("the sorted column is not marked:\n%s", ansi.Strip(l.View()))
	}
	h.Keys("s", "s", "r") // back to catalog order
	if got := ids(); !slices.Equal(got, []string{"000", "001", "002", "003", "004"}) {
		t.Fatalf("catalog order: %v", got)
	}
	h.Keys("m", "j", "m")
	if l.Marked() != 2 || !strings.Contains(ansi.Strip(l.View()), "2 marked") {
		t.Errorf("marked %d", l.Marked())
	}
	h.Send(common.CompareMsg{})
	if m, _ := screentest.Last[common.CompareMsg](h); !slices.Equal(m.IDs, []string{"000", "002"}) {
		t.Errorf("the selection to compare: %v", m.IDs)
	}
	h.Keys("g", "j", "enter")
	if g, _ := screentest.Last[common.GoToMsg](h); g.To.Article != "001" || g.Jump {
		t.Errorf("enter asked for %+v", g)
	}
	h.Send(common.StepArticleMsg{From: "001", By: 1})
	if g, _ := screentest.Last[common.GoToMsg](h); g.To.Article != "002" {
		t.Errorf("the article after 001: %+v", g)
	}
	h.Send(common.StepArticleMsg{From: "004", By: 1})
	if s, _ := screentest.Last[common.StatusMsg](h); !strings.Contains(s.Text, "no next") {
		t.Errorf("past the end: %q", s.Text)
	}
	if h.Keys("q"); !h.Quit {
		t.Error("q does not quit the library")
	}
}

// TestMovesAndClicks: one scroller, so a page is the same as elsewhere; a
// click selects the row under it.
func TestMovesAndClicks(t *testing.T) {
	h, l := host(t, 80, 12)
	if l.scroll.Height() != 9 {
		t.Fatalf("body height %d", l.scroll.Height())
	}
	h.Keys("space")
	if a := l.Selected(); a == nil || a.ID == "000" {
		t.Errorf("page down stayed on %v", a)
	}
	h.Keys("G")
	if l.Selected().ID != "004" {
		t.Errorf("G: %s", l.Selected().ID)
	}
	h.Keys("g")
	// Rows: title bar, column titles, then 000 (two rows), 001…
	h.Send(tea.MouseClickMsg{X: 2, Y: 4, Button: tea.MouseLeft})
	if l.Selected().ID != "001" {
		t.Errorf("a click on 001's first row selected %s", l.Selected().ID)
	}
	h.Send(tea.MouseWheelMsg{Button: tea.MouseWheelDown})
	screentest.CheckFits(t, l.View(), 80, 12)
}

// TestNarrow: below a readable title width rows stack; every cut ends in
// "…".
func TestNarrow(t *testing.T) {
	_, l := host(t, 40, 10)
	if !l.stacked {
		t.Fatal("40 columns do not stack")
	}
	scr := l.View()
	screentest.CheckFits(t, scr, 40, 10)
	if !strings.Contains(ansi.Strip(scr), "c…") {
		t.Errorf("the column titles are cut without an ellipsis:\n%s", ansi.Strip(scr))
	}
	l.Update(common.RestyleMsg{})
	l.Update(common.ProgressMsg{Done: true})
	l.Update(tea.PasteMsg{Content: "x"}) // not typing: ignored
	if l.filter.Query() != "" {
		t.Error("a paste outside the filter went into it")
	}
	if hs := l.ShortHelp(); len(hs) == 0 || len(l.FullHelp()) != 1 {
		t.Error("no help")
	}
}

// TestOneArticle: the title bar counts one article in the singular.
func TestOneArticle(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "a.txt"), []byte("A title\n\nThe minister said so.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	lib, err := data.OpenWith(dir, data.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(lib.Close)
	lib.Wait()
	ctx := screentest.Context(t, lib, 80, 10)
	l := New(ctx)
	screentest.NewHost(ctx, l)
	if first := strings.SplitN(ansi.Strip(l.View()), "\n", 2)[0]; !strings.HasSuffix(strings.TrimSpace(first), " 1 article") {
		t.Errorf("title bar %q", first)
	}
}
