package notes

import (
	"context"
	"sync/atomic"
	"testing"
	"time"

	"github.com/isnad/isnad/model"
)

// testLive: two Live stores on one database stand for two processes (two
// isnad serve on one PostgreSQL, or an isnad and isnad serve on one SQLite
// file). A write through one wakes its own subscribers at once and reaches
// the other's within a poll.
func testLive(t *testing.T, target string) {
	ctx := context.Background()
	art := &model.Article{ID: "000"}
	for i, s := range []string{"جديدة.", "أولى.", "قال دبلوماسي غربي.", "ثالثة."} {
		art.Sentences = append(art.Sentences, model.Sentence{ID: model.ElemID("000", 's', i), N: i, Text: s})
	}
	var asked atomic.Int64
	article := func(id string) *model.Article {
		asked.Add(1)
		if id == "000" {
			return art
		}
		return nil
	}
	vs, err := LoadVerdicts("")
	if err != nil {
		t.Fatal(err)
	}
	// Written before either opens: loaded and anchored at once.
	if _, err := open(t, target).Add(ctx, model.NoteDraft{Target: "000#s2", Quote: "قال دبلوماسي غربي.",
		Verdict: model.VerdictDisputed, Analyst: "nour"}); err != nil {
		t.Fatal(err)
	}
	one, err := NewLive(ctx, open(t, target), article, vs, time.Hour) // never polls in this test
	if err != nil {
		t.Fatal(err)
	}
	two, err := NewLive(ctx, open(t, target), article, vs, 20*time.Millisecond)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { one.Close(); two.Close() })
	set := one.Current()
	if set.Len() != 1 || set.All()[0].Anchor != model.AnchorMoved || set.All()[0].Sentence != "000#s3" {
		t.Fatalf("first load: %+v", set.All())
	}
	if marks := set.Annotated("000"); len(marks) != 1 || marks["000#s3"] != 1 {
		t.Errorf("marks %v", marks)
	}

	a, b, c := one.Subscribe(), one.Subscribe(), two.Subscribe()
	n, err := one.Add(ctx, model.NoteDraft{Target: "000#s4", Quote: "ثالثة.", Verdict: model.VerdictVerified, Analyst: "sam"})
	if err != nil {
		t.Fatal(err)
	}
	for name, s := range map[string]*Subscription{"a": a, "b": b} {
		select {
		case <-s.Changes():
		default:
			t.Errorf("subscriber %s of the writer's store was not told at once", name)
		}
		if got, ok := s.Current().Get(n.ID); !ok || got.Anchor != model.AnchorAttached || got.Sentence != "000#s4" {
			t.Errorf("subscriber %s: note %d is %+v", name, n.ID, got)
		}
	}
	waitChange(t, c, "the other store's subscriber to see the note")
	if _, ok := two.Current().Get(n.ID); !ok {
		t.Errorf("the other store's notes: %+v", two.Current().All())
	}

	// Anchored once: loading again asks for no article already read.
	before := asked.Load()
	if _, err := one.Edit(ctx, n.ID, model.NoteEdit{Verdict: model.VerdictMisleading, Text: "edited", Analyst: "nour"}); err != nil {
		t.Fatal(err)
	}
	if asked.Load() != before {
		t.Errorf("an edit anchored again: %d articles asked", asked.Load()-before)
	}
	if got, _ := one.Current().Get(n.ID); got.Verdict != model.VerdictMisleading || got.Sentence != "000#s4" {
		t.Errorf("after the edit: %+v", got)
	}
	if _, err := one.Add(ctx, model.NoteDraft{Target: "000#s1", Verdict: "nonsense", Analyst: "sam"}); err == nil {
		t.Error("a verdict that is none of the team's was stored")
	}
	waitChange(t, c, "the edit")
	if err := one.Remove(ctx, n.ID, "nour"); err != nil {
		t.Fatal(err)
	}
	if one.Current().Len() != 1 {
		t.Errorf("after removal: %d notes", one.Current().Len())
	}
	if h, err := two.History(ctx, n.ID); err != nil || len(h) != 3 || !h[2].Deleted {
		t.Errorf("history: %v %+v", err, h)
	}

	// A subscriber that leaves has its channel closed; so have the rest
	// when the store closes, and a late subscriber gets a closed one.
	a.Close()
	a.Close()
	if !closes(a.Changes()) {
		t.Error("a closed subscription's channel is open")
	}
	if err := one.Close(); err != nil {
		t.Error(err)
	}
	if !closes(b.Changes()) {
		t.Error("Close left a subscriber's channel open")
	}
	if !closes(one.Subscribe().Changes()) {
		t.Error("a subscription after Close is open")
	}
	if one.Close() != nil {
		t.Error("a second Close failed")
	}

	// The database going away is reported, not fatal, and wakes the
	// subscribers (a signal of an earlier change may come first).
	two.store.db.Close()
	for two.Err() == nil {
		waitChange(t, c, "the failing poll")
	}
}

func waitChange(t *testing.T, s *Subscription, what string) {
	t.Helper()
	select {
	case <-s.Changes():
	case <-time.After(30 * time.Second):
		t.Fatalf("waiting for %s: nothing in 30s", what)
	}
}

// closes reports whether ch is closed once what is pending is taken.
func closes(ch <-chan struct{}) bool {
	timeout := time.After(30 * time.Second)
	for {
		select {
		case _, open := <-ch:
			if !open {
				return true
			}
		case <-timeout:
			return false
		}
	}
}
