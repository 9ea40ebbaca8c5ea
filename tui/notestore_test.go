package tui

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"github.com/isnad/isnad/model"
	"github.com/isnad/isnad/tui/common"
	"github.com/isnad/isnad/tui/internal/screentest"
	"github.com/isnad/isnad/tui/notes"
)

// seededNotes is a store of three notes on the embedded corpus: one by
// the session's analyst, one in Arabic by another, one orphaned.
func seededNotes(t *testing.T, lib Library) *screentest.Notes {
	t.Helper()
	quote := func(id string) string {
		a, err := lib.Article(id[:3])
		if err != nil {
			t.Fatal(err)
		}
		return a.Sentence(id).Text
	}
	return screentest.NewNotes().Seed(
		model.Note{Target: "000#s7", Quote: quote("000#s7"), Verdict: model.VerdictDisputed,
			Text: "Checked against the Wilson Center brief: the figure is theirs", Analyst: "nour"},
		model.Note{Target: "001#s2", Quote: quote("001#s2"), Verdict: model.VerdictVerified,
			Text: "ثابت في الرسالة المنشورة", Analyst: "سامي"},
		model.Note{Target: "002#s40", Quote: "جملة حذفت من المقال.", Verdict: model.VerdictNeedsSource,
			Text: "the sentence went in the last edit", Analyst: "sam", Anchor: model.AnchorOrphaned},
	)
}

// notesApp is an App whose store opens on Init, as the explorer's does.
func notesApp(t *testing.T, store common.Notes, err error) *App {
	t.Helper()
	opts := DefaultOptions()
	opts.Analyst = "tester"
	opts.Notes = func() (Notes, error) { return store, err }
	app, e := NewApp(embeddedLib(t), opts)
	if e != nil {
		t.Fatal(e)
	}
	app.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
	return app
}

// TestAppOpensNotes: the store opens off the UI goroutine; once open, and
// on every change, the screens hear of it; a note added from the claims
// list shows on the notes screen.
func TestAppOpensNotes(t *testing.T) {
	store := seededNotes(t, embeddedLib(t))
	app := notesApp(t, store, nil)
	if app.ctx.Notes != nil {
		t.Fatal("the store is open before Init")
	}
	// The commands that come back wait on the store: not run here.
	app.Update(app.openNotes()())
	if app.ctx.Notes != store || app.ctx.NoteSet().Len() != 3 {
		t.Fatalf("after Init: %v, %d notes", app.ctx.Notes, app.ctx.NoteSet().Len())
	}
	send(app, "A")
	if app.Top().ID() != notes.ID || !strings.Contains(ansi.Strip(app.View().Content), "notes: 3 of 3") {
		t.Fatalf("A:\n%s", ansi.Strip(app.View().Content))
	}
	send(app, "esc", "C", "j", "a")
	if app.Top().ID() != notes.FormID {
		t.Fatalf("a on the claims list: %s on top", app.Top().ID())
	}
	send(app, "down", "s", "e", "e", "n", "enter")
	if app.Top().ID() != "claims" || app.ctx.Note != "note 4 on 000#s5 saved" {
		t.Errorf("saved: %s on top, status %q", app.Top().ID(), app.ctx.Note)
	}
	n, _ := store.Current().Get(4)
	if n.Analyst != "tester" || n.Verdict != model.VerdictDisputed || n.Text != "seen" {
		t.Errorf("stored %+v", n)
	}
	// The change reaches the screens as the store signals it.
	app.Update(app.waitNotes()())
	send(app, "A")
	if v := ansi.Strip(app.View().Content); !strings.Contains(v, "notes: 4 of 4") || !strings.Contains(v, "tester") {
		t.Errorf("the notes screen after the add:\n%s", v)
	}
	// Enter on the note jumps to the claim in the reader.
	send(app, "g", "enter")
	if app.Top().ID() != "reader" {
		t.Errorf("enter on the note: %s on top", app.Top().ID())
	}
	if cmd, _ := app.notesUpdate(notesChangedMsg{open: false}); cmd != nil {
		t.Error("a closed subscription is waited on")
	}
}

func TestAppNotesFail(t *testing.T) {
	app := notesApp(t, nil, errors.New("notes.db: not an isnad note store"))
	app.Update(app.openNotes()())
	if app.ctx.Notes != nil || app.ctx.NotesErr == nil || !strings.Contains(app.ctx.Note, "not an isnad note store") {
		t.Errorf("a store that failed: %v %v %q", app.ctx.Notes, app.ctx.NotesErr, app.ctx.Note)
	}
	send(app, "C", "a")
	if !strings.Contains(app.ctx.Note, "could not be opened") {
		t.Errorf("a without a store: %q", app.ctx.Note)
	}
	send(app, "esc", "A")
	if v := ansi.Strip(app.View().Content); !strings.Contains(v, "the note store could not be opened") {
		t.Errorf("the notes screen without a store:\n%s", v)
	}
	if newApp(t, 80, 24).openNotes() != nil {
		t.Error("a session without a store opens one")
	}
}

func TestNotesScreens(t *testing.T) {
	flows := []struct {
		name  string
		steps []step
	}{
		{"notes", []step{{"A", "notes: 3 of 3"}}},
		{"notes-analyst", []step{{"A", "notes: 3 of 3"}, {"w", "analyst nour"}}},
		{"note-form", []step{{"C", "claims:"}, {"j", ""}, {"a", "new note on"}, {"down", ""}, {"n", ""}, {"o", ""}}},
		{"note-history", []step{{"A", "notes: 3 of 3"}, {"G", ""}, {"H", "history of note"}}},
		{"reader-notes", []step{{"A", "notes: 3 of 3"}, {"G", ""}, {"enter", "claim "}}},
		{"claims-notes", []step{{"C", "claims:"}}},
	}
	for _, sz := range [][2]int{{80, 24}, {120, 40}} {
		for _, f := range flows {
			t.Run(fmt.Sprintf("%s-%dx%d", f.name, sz[0], sz[1]), func(t *testing.T) {
				lib := embeddedLib(t)
				store := seededNotes(t, lib)
				opts := DefaultOptions()
				opts.Analyst = "tester"
				opts.Notes = func() (Notes, error) { return store, nil }
				got := screenWith(t, lib, opts, sz[0], sz[1], f.steps...)
				if n := strings.Count(got, "\n"); n != sz[1] {
					t.Errorf("screen has %d rows, want %d", n, sz[1])
				}
				for i, row := range strings.Split(strings.TrimSuffix(got, "\n"), "\n") {
					if w := ansi.StringWidth(row); w > sz[0] {
						t.Errorf("row %d is %d cells wide, terminal is %d", i, w, sz[0])
					}
				}
				golden.RequireEqual(t, []byte(got))
			})
		}
	}
}

// TestNoteFromReader: a in the reader opens the form on the claim
// selected; once saved, the reader marks the claim's lines.
func TestNoteFromReader(t *testing.T) {
	store := screentest.NewNotes()
	app := notesApp(t, store, nil)
	app.Update(app.openNotes()())
	send(app, "enter", "]", "]")
	loc, _ := app.Top().(common.Placer).Place()
	if strings.Contains(app.View().Content, "✎") {
		t.Fatal("a note mark before any note")
	}
	send(app, "a")
	if app.Top().ID() != notes.FormID {
		t.Fatalf("a in the reader: %s on top", app.Top().ID())
	}
	send(app, "down", "o", "k", "enter")
	if app.Top().ID() != "reader" || app.ctx.Note != "note 1 on "+loc.Claim+" saved" {
		t.Fatalf("saved: %s on top, status %q", app.Top().ID(), app.ctx.Note)
	}
	app.Update(app.waitNotes()()) // the store's signal
	if v := app.View().Content; !strings.Contains(v, app.ctx.Styles.VerdictStyle(model.VerdictDisputed)("✎")) {
		t.Errorf("the claim noted is not marked:\n%s", ansi.Strip(v))
	}
}
