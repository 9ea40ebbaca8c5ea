package reader

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/isnad/isnad/data"
	"github.com/isnad/isnad/model"
	"github.com/isnad/isnad/tui/common"
	"github.com/isnad/isnad/tui/internal/screentest"
)

// noteRows are the rows on screen drawn with a note's mark, as read, and
// the paragraphs they show.
func noteRows(r *Reader) (rows []string, paras []int) {
	r.each(func(_ int, p pos) bool {
		bl, i := r.flow.line(p)
		if i < 0 {
			return true
		}
		if row := ansi.Strip(r.row(p)); strings.Contains(row, noteMark) {
			rows, paras = append(rows, row), append(paras, bl.para)
		}
		return true
	})
	return rows, paras
}

// TestNoteGutter: a sentence carrying notes is marked on the free side of
// its lines (left of right-to-left text, the claim's mark staying on the
// right), in its latest verdict's colour; the marks follow the notes as
// they change.
func TestNoteGutter(t *testing.T) {
	lib := screentest.Lib(t)
	h, r := host(t, lib, 100, 30)
	store := screentest.NewNotes()
	r.ctx.Notes = store
	h.Send(goTo("000"))
	if rows, _ := noteRows(r); len(rows) != 0 {
		t.Fatalf("marks without notes: %q", rows)
	}
	c := r.marks.order[1] // on the first screen
	sen := r.art.Sentence(c.id)
	store.Seed(model.Note{Target: c.id, Quote: sen.Text, Verdict: model.VerdictVerified, Analyst: "nour"},
		model.Note{Target: c.id, Quote: sen.Text, Verdict: model.VerdictDisputed, Analyst: "sam"})
	h.Send(common.NotesMsg{})
	rows, paras := noteRows(r)
	if len(rows) == 0 {
		t.Fatalf("no row of %s marked:\n%s", c.id, screentest.Plain(r.View()))
	}
	for i, row := range rows {
		if paras[i] != sen.Para {
			t.Errorf("a row of paragraph %d is marked, the note is on %d", paras[i], sen.Para)
		}
		cells := []rune(row)
		if cells[r.margin-2] != []rune(noteMark)[0] || cells[len(cells)-1] != 'C' {
			t.Errorf("row %q: the note's mark is not on the left, the claim's on the right", row)
		}
	}
	if v := r.View(); !strings.Contains(v, r.ctx.Styles.VerdictStyle(model.VerdictDisputed)(noteMark)) {
		t.Error("the mark is not in the colour of the latest note's verdict")
	}
	screentest.CheckFits(t, r.View(), 100, 30)

	// Removed, the notes leave no mark.
	for _, n := range store.Current().All() {
		if err := store.Remove(context.Background(), n.ID, "sam"); err != nil {
			t.Fatal(err)
		}
	}
	h.Send(common.NotesMsg{})
	if rows, _ := noteRows(r); len(rows) != 0 {
		t.Errorf("marks after the notes went: %q", rows)
	}
}

// englishLib is a library of one English article without claims.
func englishLib(t *testing.T) *data.Library {
	t.Helper()
	dir := t.TempDir()
	txt := "The first sentence is short. The second one says a little more about the weather in the hills.\n\nA second paragraph closes the text.\n"
	if err := os.WriteFile(filepath.Join(dir, "en.txt"), []byte(txt), 0o644); err != nil {
		t.Fatal(err)
	}
	lib := screentest.Open(t, dir)
	return lib
}

// TestNoteGutterLTR: beside left-to-right text the note's mark is on the
// right, past the text's width; a sets a note on the sentence at the top
// when no claim is on screen.
func TestNoteGutterLTR(t *testing.T) {
	lib := englishLib(t)
	h, r := host(t, lib, 80, 24)
	r.ctx.Notes = screentest.NewNotes().Seed(model.Note{Target: "en#s2", Quote: "The second one", Verdict: model.VerdictNeedsSource, Analyst: "nour"})
	h.Send(goTo("en"))
	rows, _ := noteRows(r) // the sentence's two lines
	if len(rows) != 2 {
		t.Fatalf("%d rows marked:\n%s", len(rows), screentest.Plain(r.View()))
	}
	for _, row := range rows {
		if cells := []rune(row); len(cells) != r.margin+r.textWidth+2 || cells[len(cells)-1] != []rune(noteMark)[0] {
			t.Errorf("row %q: the mark is not at column %d", row, r.margin+r.textWidth+1)
		}
	}
	screentest.CheckFits(t, r.View(), 80, 24)
	h.Keys("a")
	if m, _ := screentest.Last[common.NoteMsg](h); m.Target != "en#s1" {
		t.Errorf("a without a claim asked for a note on %q", m.Target)
	}
}

// TestNoteKey: a asks for a note on the claim selected, else the first
// on screen, as Enter opens it.
func TestNoteKey(t *testing.T) {
	h, r := host(t, screentest.Lib(t), 100, 30)
	h.Send(goTo("000"))
	h.Keys("a")
	first, _ := screentest.Last[common.NoteMsg](h)
	if c := r.marks.current(); c == nil || first.Target != c.id {
		t.Errorf("a on the first screen: note on %q, claim %v", first.Target, c)
	}
	h.Keys("]", "a")
	if m, _ := screentest.Last[common.NoteMsg](h); m.Target != r.marks.current().id || m.Target == first.Target {
		t.Errorf("a after ]: note on %q, selected %s", m.Target, r.marks.current().id)
	}
}
