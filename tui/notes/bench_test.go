package notes

import (
	"fmt"
	"testing"

	"github.com/isnad/isnad/model"
	"github.com/isnad/isnad/tui/common"
	"github.com/isnad/isnad/tui/internal/screentest"
)

// BenchmarkRebuild is the notes screen listing 10,000 notes again, as it
// does on the UI goroutine whenever the notes change (a note added in
// another session) while it is open.
func BenchmarkRebuild(b *testing.B) {
	lib := screentest.Lib(b)
	ctx := screentest.Context(b, lib, 200, 60)
	a, err := lib.Article("000")
	if err != nil {
		b.Fatal(err)
	}
	store := screentest.NewNotes()
	var ns []model.Note
	for i := range 10000 {
		s := a.Sentences[i%len(a.Sentences)]
		ns = append(ns, model.Note{Target: s.ID, Quote: s.Text, Verdict: model.DefaultVerdicts[i%4],
			Text: fmt.Sprintf("note %d: checked against the source, which says otherwise", i), Analyst: fmt.Sprintf("analyst%d", i%7)})
	}
	store.Seed(ns...)
	ctx.Notes = store
	n := New(ctx)
	n.SetSize(200, 60)
	n.Update(common.OpenMsg{})
	b.ReportAllocs()
	for b.Loop() {
		n.Update(common.NotesMsg{})
		_ = n.View()
	}
}
