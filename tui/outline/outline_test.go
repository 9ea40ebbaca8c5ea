package outline

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/isnad/isnad/text"
	"github.com/isnad/isnad/tui/common"
	"github.com/isnad/isnad/tui/internal/screentest"
)

// TestOutlineInProgram: opened at a paragraph, the cursor is on its
// section; G Enter jumps to the last section.
func TestOutlineInProgram(t *testing.T) {
	lib := screentest.Lib(t)
	ctx := screentest.Context(t, lib, 80, 24)
	art, err := lib.Article("000")
	if err != nil {
		t.Fatal(err)
	}
	o := New(ctx, art, 8)
	if s := o.Selected(); s == nil || s.Para > 8 || art.Sections[o.scroll.Cursor()+1].Para <= 8 {
		t.Fatalf("opened at paragraph 8 on %+v", s)
	}
	h := screentest.Play(t, screentest.NewHost(ctx, o), nil, screentest.Step{Key: "G"})
	h.Keys("enter")
	last := art.Sections[len(art.Sections)-1]
	if g, _ := screentest.Last[common.GoToMsg](h); !g.Jump || g.To.Para != last.Para || g.To.Article != "000" {
		t.Errorf("enter on the last section: %+v", g)
	}
	if _, ok := screentest.Last[common.BackMsg](h.Keys("esc")); !ok {
		t.Error("esc does not go back")
	}
}

// TestIndentByLevel: each level below the first moves in from the side the
// text starts on (the right, in Arabic).
func TestIndentByLevel(t *testing.T) {
	lib := screentest.Lib(t)
	ctx := screentest.Context(t, lib, 80, 24)
	art, _ := lib.Article("000")
	o := New(ctx, art, 0)
	rows := strings.Split(ansi.Strip(o.View()), "\n")
	screentest.CheckFits(t, o.View(), 80, 24)
	for i, s := range art.Sections {
		row := strings.TrimRight(rows[1+i], " ")
		if strings.HasPrefix(strings.TrimSpace(row), common.Ellipsis) {
			continue // cut on its far side: its start is what is indented
		}
		want := 80 - 2 - indentPerLevel*(s.Level-1)
		if got := text.Width(row); got != want {
			t.Errorf("section %d (level %d) ends at column %d, want %d", i, s.Level, got, want)
		}
	}
	o.Update(common.ActionMsg{Action: common.ActDown})
	if o.scroll.Cursor() != 1 || len(o.FullHelp()) != 1 {
		t.Errorf("down: %d", o.scroll.Cursor())
	}
}
