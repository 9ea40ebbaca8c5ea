package common_test

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/isnad/isnad/model"
	. "github.com/isnad/isnad/tui/common"
	"github.com/isnad/isnad/tui/internal/screentest"
)

func TestListing(t *testing.T) {
	var l Listing
	built := 0
	build := func() { built++ }
	if _, ok := l.Update(ProgressMsg{Done: true}, "x", build); !ok || built != 0 {
		t.Errorf("built %d times before being opened", built)
	}
	cmd, ok := l.Update(OpenMsg{}, "x", build)
	if !ok || built != 1 || !l.Opened() {
		t.Fatalf("open: built %d", built)
	}
	if m := cmd().(ShowMsg); m.ID != "x" {
		t.Errorf("open answers %+v", m)
	}
	l.Update(ProgressMsg{}, "x", build)
	l.Update(ProgressMsg{Done: true}, "x", build)
	l.Update(RestyleMsg{}, "x", build)
	if built != 3 {
		t.Errorf("built %d times, want 3 (open, pass over, restyle)", built)
	}
	if _, ok := l.Update(tea.KeyPressMsg{}, "x", build); ok {
		t.Error("a key is the listing's")
	}
}

// problemLib reports problems and notices.
type problemLib struct {
	Library
	ps []model.Problem
}

func (l problemLib) Problems() []model.Problem { return l.ps }

// Notices are listed but raise no warning in the status bars.
func TestStatusLineCountsProblemsOnly(t *testing.T) {
	lib := problemLib{Library: screentest.Lib(t), ps: []model.Problem{
		{Kind: model.ProblemBinary}, {Kind: model.ProblemBoilerplate, Notice: true}, {Kind: model.ProblemEmpty}}}
	ctx := screentest.Context(t, lib, 80, 24)
	if s := ctx.StatusLine(); !strings.Contains(s, "2 problems (!)") {
		t.Errorf("status line %q", s)
	}
	// A note store that cannot be read: said, its key given once.
	store := screentest.NewNotes()
	ctx.Notes = store
	store.SetDown(errors.New("connection refused"))
	if s := ctx.StatusLine(); !strings.HasSuffix(s, "2 problems (!) │ ⚠ note store unreachable") || ctx.NotesDown() == nil {
		t.Errorf("status line %q", s)
	}
	lib.ps = lib.ps[1:2]
	ctx.Lib = lib
	if s := ctx.StatusLine(); s != "⚠ note store unreachable (!)" {
		t.Errorf("the store alone: %q", s)
	}
	store.SetDown(nil)
	if s := ctx.StatusLine(); s != "" {
		t.Errorf("notices alone: %q", s)
	}
}

// TestArrows: the hint of the keys that move while typing names those
// that type no text, rebound or not.
func TestArrows(t *testing.T) {
	k := DefaultKeyMap()
	if h := k.Arrows("hits").Help(); h.Key != "↓/↑" || h.Desc != "hits" {
		t.Errorf("default: %+v", h)
	}
	path := filepath.Join(t.TempDir(), "keys.yaml")
	if err := os.WriteFile(path, []byte("down: [j, ctrl+n]\nup: [k, pgup]\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := k.LoadKeyFile(path); err != nil {
		t.Fatal(err)
	}
	if h := k.Arrows("scroll").Help(); h.Key != "ctrl+n/pgup" {
		t.Errorf("rebound: %+v", h)
	}
}

func TestScrollerDrawsAndHandles(t *testing.T) {
	var s Scroller
	s.SetHeight(3)
	s.SetItems(4, []int{2, 1, 2, 1}, nil)
	var b strings.Builder
	s.View(&b, func(r int) string {
		i, k := s.ItemLine(r)
		return string(rune('a'+i)) + string(rune('0'+k))
	})
	if b.String() != "a0\na1\nb0\n" {
		t.Errorf("view %q", b.String())
	}
	if !s.Handle(ActionMsg{Action: ActDown}, 1) || s.Cursor() != 1 {
		t.Errorf("down: %d", s.Cursor())
	}
	if !s.Handle(tea.MouseClickMsg{Y: 1 + 2, Button: tea.MouseLeft}, 1) || s.Cursor() != 1 {
		t.Errorf("click on row 2 (item b): %d", s.Cursor())
	}
	if s.Handle(tea.KeyPressMsg{}, 1) {
		t.Error("a key press is the scroller's")
	}
	if i, _ := s.ItemLine(99); i != -1 {
		t.Errorf("item of a row past the end: %d", i)
	}
	b.Reset()
	s.SetRows(1)
	s.View(&b, func(int) string { return "x" })
	if b.String() != "x\n\n\n" {
		t.Errorf("padded view %q", b.String())
	}
}

func TestFilterUpdate(t *testing.T) {
	f := NewFilter()
	changed := 0
	if f.Update(tea.PasteMsg{Content: "x"}, func() { changed++ }) {
		t.Error("a closed filter took a paste")
	}
	f.Update(ActionMsg{Action: ActFilter}, func() { changed++ })
	if !f.Update(tea.PasteMsg{Content: "xy"}, func() { changed++ }) || changed != 1 || f.Query() != "xy" {
		t.Errorf("paste: %q, changed %d", f.Query(), changed)
	}
	if f.Update(ActionMsg{Action: ActDown}, func() { changed++ }) || changed != 1 {
		t.Error("the filter took a move")
	}
}
