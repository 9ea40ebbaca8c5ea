package tui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/isnad/isnad/model"
	"github.com/isnad/isnad/tui/internal/screentest"
	"github.com/isnad/isnad/tui/library"
	"github.com/isnad/isnad/tui/problems"
	"github.com/isnad/isnad/tui/reader"
)

// TestProblemOpensArticle: ! lists the problems; Enter on a record's
// problem reads that record in the reader; ctrl+o comes back to the
// problems with the cursor where it was, and so does ! after esc (the
// reader's esc goes to the library, as from every list). Enter on a
// skipped file stays on the problems and says why.
func TestProblemOpensArticle(t *testing.T) {
	lib := screentest.Open(t, screentest.ProblemsCorpus(t))
	app, err := NewApp(lib, DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	app.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
	send(app, "!")
	p, ok := app.Top().(*problems.Problems)
	if !ok {
		t.Fatalf("! shows %s", app.Top().ID())
	}
	// Down to the problem of the record with an escape sequence in its
	// text ("day.json#2").
	for range 10 {
		if it, _ := p.Selected(); it.Kind == model.ProblemControl && strings.HasPrefix(it.Path, "day.json") {
			break
		}
		send(app, "j")
	}
	want, _ := p.Selected()
	if want.Kind != model.ProblemControl {
		t.Fatalf("no record's control characters among the problems:\n%s", plainScreen(app.View().Content))
	}
	send(app, "enter")
	r, ok := app.Top().(*reader.Reader)
	if !ok || r.Article() == nil || !strings.Contains(r.Article().Meta.Title, "bell record") {
		t.Fatalf("enter on %+v: screen %s\n%s", want, app.Top().ID(), plainScreen(app.View().Content))
	}
	if scr := plainScreen(app.View().Content); !strings.Contains(scr, "The bell record's text") || strings.Contains(scr, "\x1b[31m") {
		t.Errorf("the reader does not show the record's text, cleaned:\n%s", scr)
	}
	send(app, "ctrl+o")
	if got, _ := p.Selected(); app.Top() != p || got != want {
		t.Errorf("ctrl+o: screen %s on %+v, want the problems on %+v", app.Top().ID(), got, want)
	}
	send(app, "ctrl+i")
	if app.Top() != r {
		t.Errorf("ctrl+i: screen %s, want the reader", app.Top().ID())
	}
	send(app, "esc")
	if app.Top().ID() != library.ID {
		t.Errorf("esc in the reader: screen %s, want the library", app.Top().ID())
	}
	send(app, "!")
	if got, _ := p.Selected(); app.Top() != p || got != want {
		t.Errorf("! again: screen %s on %+v, want the problems on %+v", app.Top().ID(), got, want)
	}
	// A skipped file names no article: Enter stays and says so.
	send(app, "g")
	if it, _ := p.Selected(); !it.Fatal {
		t.Fatalf("the first problem is not a skipped file: %+v", it)
	}
	send(app, "enter")
	if scr := plainScreen(app.View().Content); app.Top() != p || !strings.Contains(scr, problems.NoArticle) {
		t.Errorf("enter on a skipped file: screen %s\n%s", app.Top().ID(), scr)
	}
}
