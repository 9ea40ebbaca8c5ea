package notes

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/isnad/isnad/model"
)

// BenchmarkNotes10k adds 10,000 notes, each in its own transaction as
// `isnad notes add` does, then lists them all; it reports both times. With
// ISNAD_BENCH_STORE set the store is kept there (scripts/bench-search.sh
// lists it through the command line).
func BenchmarkNotes10k(b *testing.B) {
	const n = 10000
	ctx := context.Background()
	for b.Loop() {
		path := os.Getenv("ISNAD_BENCH_STORE")
		if path == "" {
			path = filepath.Join(b.TempDir(), "notes.db")
		} else {
			os.Remove(path)
			os.Remove(path + "-wal")
			os.Remove(path + "-shm")
		}
		s, err := Open(ctx, path, Options{})
		if err != nil {
			b.Fatal(err)
		}
		start := time.Now()
		for i := range n {
			if _, err := s.Add(ctx, model.NoteDraft{Target: fmt.Sprintf("%03d#s%d", i%5, 1+i%100), Quote: "قال دبلوماسي غربي إن المحادثات مستمرة.",
				Verdict: model.DefaultVerdicts[i%4], Text: fmt.Sprintf("ملاحظة %d", i), Analyst: "bench"}); err != nil {
				b.Fatal(err)
			}
		}
		added := time.Since(start)
		start = time.Now()
		ns, err := s.List(ctx, model.NoteFilter{})
		if err != nil || len(ns) != n {
			b.Fatalf("%d notes listed (%v)", len(ns), err)
		}
		listed := time.Since(start)
		s.Close()
		b.ReportMetric(added.Seconds(), "s-add-10k")
		b.ReportMetric(listed.Seconds()*1000, "ms-list-10k")
	}
}

// BenchmarkLiveAdd is one note added through Live to a store of 10,000:
// the write, and the list every session then shows, loaded once (the
// notes anchored before are not anchored again).
func BenchmarkLiveAdd(b *testing.B) {
	ctx := context.Background()
	s, err := Open(ctx, filepath.Join(b.TempDir(), "notes.db"), Options{})
	if err != nil {
		b.Fatal(err)
	}
	art := &model.Article{ID: "000"}
	for i := range 100 {
		art.Sentences = append(art.Sentences, model.Sentence{ID: model.ElemID("000", 's', i), N: i, Text: fmt.Sprintf("جملة %d.", i)})
	}
	draft := func(i int) model.NoteDraft {
		return model.NoteDraft{Target: fmt.Sprintf("000#s%d", 1+i%100), Quote: fmt.Sprintf("جملة %d.", i%100),
			Verdict: model.DefaultVerdicts[i%4], Text: fmt.Sprintf("ملاحظة %d", i), Analyst: "bench"}
	}
	for i := range 10000 {
		if _, err := s.Add(ctx, draft(i)); err != nil {
			b.Fatal(err)
		}
	}
	live, err := NewLive(ctx, s, func(string) *model.Article { return art }, Verdicts(model.DefaultVerdicts), time.Hour)
	if err != nil {
		b.Fatal(err)
	}
	defer live.Close()
	i := 0
	for b.Loop() {
		if _, err := live.Add(ctx, draft(i)); err != nil {
			b.Fatal(err)
		}
		i++
	}
	if live.Current().Len() != 10000+i {
		b.Fatalf("%d notes, want %d", live.Current().Len(), 10000+i)
	}
}
