package tui

import (
	"os"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/isnad/isnad/data/export"
	"github.com/isnad/isnad/tui/common"
	"github.com/isnad/isnad/tui/internal/screentest"
	"github.com/isnad/isnad/tui/notes"
)

// notedFindingsApp is an App at 100x30 with the seeded notes open and
// copies and reports going to dir.
func notedFindingsApp(t *testing.T, dir string) (*App, *export.Reports) {
	t.Helper()
	lib := screentest.Lib(t)
	store := seededNotes(t, lib)
	app := findingsApp(t, lib, nil, dir)
	app.ctx.Opts.Notes = func() (Notes, error) { return store, nil }
	app.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
	app.Update(app.openNotes()())
	exp := app.ctx.Opts.Export.(export.Reports)
	return app, &exp
}

// TestCopyAndReportWithNotes: y copies a claim with the notes on it, from
// the reader and from the notes screen; e on the notes screen writes the
// notes' report (the noted sentences and the orphaned notes), and the
// reports of other views carry the notes on their claims.
func TestCopyAndReportWithNotes(t *testing.T) {
	dir := t.TempDir()
	app, exp := notedFindingsApp(t, dir)
	noted := app.ctx.NoteSet().On("000#s7")
	want, err := exp.Cite("000#s7", noted)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(want, "note: ") {
		t.Fatalf("the citation of 000#s7 carries no note:\n%s", want)
	}

	// In the reader, on the noted claim.
	send(app, "A", "G", "enter")
	if app.Top().ID() != "reader" {
		t.Fatalf("enter on the note: %s", app.Top().ID())
	}
	if loc, _ := app.Top().(common.Placer).Place(); loc.Claim != "000#s7" {
		t.Fatalf("the reader is on %q", loc.Claim)
	}
	if clip, note := copied(t, app); clip != want || !strings.Contains(note, "000#s7, its sources and 1 note copied") {
		t.Errorf("reader: %q\n%q", clip, note)
	}
	// The reader's report has the notes column of its claims.
	md := readReport(t, report(app))
	if !strings.Contains(md, "Checked against the Wilson Center brief") || strings.Contains(md, "ثابت في الرسالة") {
		t.Errorf("the report of 000 lacks its note, or has 001's:\n%.500s", md)
	}

	// On the notes screen: the note under the cursor.
	send(app, "A", "G")
	if app.Top().ID() != notes.ID {
		t.Fatalf("A: %s", app.Top().ID())
	}
	if clip, _ := copied(t, app); clip != want {
		t.Errorf("notes screen: %q", clip)
	}
	// The orphaned note (the newest, first) has no sentence to copy.
	send(app, "g")
	if _, note := copied(t, app); note != "no claim under the cursor" {
		t.Errorf("an orphaned note: %q", note)
	}
	md = readReport(t, report(app))
	for _, want := range []string{"# Notes", "### 000#s7 · ", "### 001#s2 · ", "Checked against the Wilson Center brief",
		"ثابت في الرسالة المنشورة", "Notes whose sentence is gone", "the sentence went in the last edit"} {
		if !strings.Contains(md, want) {
			t.Errorf("the notes' report lacks %q:\n%s", want, md)
		}
	}
	if n := strings.Count(md, "\n### "); n != 2 {
		t.Errorf("the notes' report has %d sentences, want the 2 noted", n)
	}
	// Filtered by analyst: that analyst's notes only.
	send(app, "w")
	md = readReport(t, report(app))
	if !strings.Contains(md, "analyst nour") || strings.Count(md, "\n### ") != 1 || strings.Contains(md, "ثابت") {
		t.Errorf("the report of nour's notes:\n%s", md)
	}
}

// readReport reads the report a status says was written.
func readReport(t *testing.T, note string) string {
	t.Helper()
	path, ok := strings.CutPrefix(note, "report written to ")
	if !ok {
		t.Fatalf("status %q", note)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
