package notes

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/isnad/isnad/model"
)

// The same suite runs against SQLite and PostgreSQL.

// TestMain doubles as the writer process of the concurrency tests: with
// ISNAD_NOTES_WRITER set, it adds notes to the store named and exits.
func TestMain(m *testing.M) {
	if target := os.Getenv("ISNAD_NOTES_WRITER"); target != "" {
		os.Exit(writer(target, os.Getenv("ISNAD_NOTES_WHO"), os.Getenv("ISNAD_NOTES_N")))
	}
	os.Exit(m.Run())
}

// writer adds n notes (forever when n is "forever"), each in its own
// transaction, as a separate process would.
func writer(target, who, n string) int {
	ctx := context.Background()
	s, err := Open(ctx, target, Options{})
	if err != nil {
		fmt.Fprintln(os.Stderr, "writer:", err)
		return 1
	}
	defer s.Close()
	count, _ := strconv.Atoi(n)
	for i := 0; n == "forever" || i < count; i++ {
		if _, err := s.Add(ctx, model.NoteDraft{Target: fmt.Sprintf("%s#s%d", who, i+1), Quote: "quote",
			Verdict: model.VerdictDisputed, Text: fmt.Sprintf("%s %d", who, i), Analyst: who}); err != nil {
			fmt.Fprintln(os.Stderr, "writer:", err)
			return 1
		}
	}
	return 0
}

type backend struct {
	name string
	new  func(t *testing.T) string // a fresh, empty store
}

// backends are SQLite, and PostgreSQL in a cluster of this test's own;
// the PostgreSQL tests skip, saying why, when it is not installed.
func backends(t *testing.T) []backend {
	sqlite := backend{"sqlite", func(t *testing.T) string { return filepath.Join(t.TempDir(), "notes.db") }}
	c, why := startCluster(t)
	if c == nil {
		return []backend{sqlite, {"postgres", func(t *testing.T) string { t.Skip(why); return "" }}}
	}
	return []backend{sqlite, {"postgres", c.newDB}}
}

var t0 = time.Date(2026, 11, 3, 9, 0, 0, 0, time.UTC)

// clock is a fake time that moves a second per call.
func clock() func() time.Time {
	var mu sync.Mutex
	now := t0
	return func() time.Time {
		mu.Lock()
		defer mu.Unlock()
		now = now.Add(time.Second)
		return now
	}
}

func open(t *testing.T, target string) *Store {
	t.Helper()
	s, err := Open(context.Background(), target, Options{now: clock()})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func TestStore(t *testing.T) {
	for _, b := range backends(t) {
		t.Run(b.name, func(t *testing.T) {
			t.Run("notes and history", func(t *testing.T) { testNotes(t, b.new(t)) })
			t.Run("migration", func(t *testing.T) { testMigration(t, b.new(t)) })
			t.Run("two processes", func(t *testing.T) { testTwoProcesses(t, b.new(t)) })
			t.Run("killed writer", func(t *testing.T) { testKilled(t, b.new(t)) })
			t.Run("watch", func(t *testing.T) { testWatch(t, b.new(t)) })
			t.Run("live", func(t *testing.T) { testLive(t, b.new(t)) })
		})
	}
}

func testNotes(t *testing.T, target string) {
	ctx := context.Background()
	s := open(t, target)
	v0, err := s.Version(ctx)
	if err != nil {
		t.Fatal(err)
	}
	a, err := s.Add(ctx, model.NoteDraft{Target: "000#s40", Quote: "قال دبلوماسي", Verdict: model.VerdictNeedsSource, Text: "من هو؟", Analyst: "amal"})
	if err != nil {
		t.Fatal(err)
	}
	if a.ID == 0 || a.Article != "000" || a.Rev != 1 || a.Analyst != "amal" || a.EditedBy != "amal" || a.Quote != "قال دبلوماسي" ||
		!a.Created.Equal(t0.Add(time.Second)) || !a.Updated.Equal(a.Created) {
		t.Errorf("added %+v", a)
	}
	b, err := s.Add(ctx, model.NoteDraft{Target: "001#s2", Verdict: model.VerdictVerified, Analyst: "omar"})
	if err != nil {
		t.Fatal(err)
	}
	e, err := s.Edit(ctx, a.ID, model.NoteEdit{Verdict: model.VerdictDisputed, Text: "مصدر مجهول", Analyst: "omar"})
	if err != nil {
		t.Fatal(err)
	}
	if e.Rev != 2 || e.Verdict != model.VerdictDisputed || e.Text != "مصدر مجهول" || e.Analyst != "amal" || e.EditedBy != "omar" || !e.Updated.After(e.Created) {
		t.Errorf("edited %+v", e)
	}
	for f, want := range map[model.NoteFilter]int{
		{}:                                  2,
		{Article: "000"}:                    1,
		{Analyst: "omar"}:                   1,
		{Verdict: model.VerdictDisputed}:    1,
		{Verdict: model.VerdictNeedsSource}: 0,
		{Target: "001#s2"}:                  1,
	} {
		if got, err := s.List(ctx, f); err != nil || len(got) != want {
			t.Errorf("List(%+v): %d notes (%v), want %d", f, len(got), err, want)
		}
	}
	if err := s.Remove(ctx, b.ID, "amal"); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Get(ctx, b.ID); !errors.Is(err, ErrNotFound) {
		t.Errorf("removed note: %v", err)
	}
	if err := s.Remove(ctx, b.ID, "amal"); !errors.Is(err, ErrNotFound) {
		t.Errorf("removed twice: %v", err)
	}
	if _, err := s.Edit(ctx, 9999, model.NoteEdit{Verdict: "x", Analyst: "a"}); !errors.Is(err, ErrNotFound) {
		t.Errorf("edit of no note: %v", err)
	}
	h, err := s.History(ctx, a.ID)
	if err != nil || len(h) != 2 || h[0].Verdict != model.VerdictNeedsSource || h[0].Analyst != "amal" ||
		h[1].Verdict != model.VerdictDisputed || h[1].Analyst != "omar" || !h[1].At.After(h[0].At) {
		t.Errorf("history %+v (%v)", h, err)
	}
	h, err = s.History(ctx, b.ID)
	if err != nil || len(h) != 2 || !h[1].Deleted || h[1].Analyst != "amal" {
		t.Errorf("history of the removed note %+v (%v)", h, err)
	}
	anchored := Anchored{Store: s, Article: func(id string) *model.Article {
		if id != "000" {
			return nil
		}
		a := &model.Article{ID: "000"}
		for i := range 40 {
			a.Sentences = append(a.Sentences, model.Sentence{ID: model.ElemID("000", 's', i), Text: "x"})
		}
		a.Sentences[39].Text = "قال دبلوماسي"
		return a
	}}
	if got, err := anchored.List(ctx, model.NoteFilter{}); err != nil || len(got) != 1 || got[0].Anchor != model.AnchorAttached || got[0].Sentence != "000#s40" {
		t.Errorf("anchored list: %+v (%v)", got, err)
	}
	if v, _ := s.Version(ctx); v != v0+4 {
		t.Errorf("version %d after 4 changes from %d", v, v0)
	}
	for _, bad := range []model.NoteDraft{{Verdict: "x", Analyst: "a"}, {Target: "000#s1", Analyst: "a"}, {Target: "000#s1", Verdict: "x"}} {
		if _, err := s.Add(ctx, bad); err == nil {
			t.Errorf("added %+v", bad)
		}
	}
}

func testMigration(t *testing.T, target string) {
	ctx := context.Background()
	old, err := openAt(ctx, target, Options{}, 1)
	if err != nil {
		t.Fatal(err)
	}
	for i, target := range []string{"000#s3", "002#s10", "bare"} {
		if _, err := old.db.ExecContext(ctx, old.d.rebind(`INSERT INTO isnad_notes (target, verdict, body, analyst, created) VALUES (?, ?, ?, ?, ?)`),
			target, "verified", "v1 note", "amal", t0.Add(time.Duration(i)*time.Hour).UnixNano()); err != nil {
			t.Fatal(err)
		}
	}
	old.Close()
	s := open(t, target)
	if v, err := s.SchemaVersion(ctx); err != nil || v != len(migrations) {
		t.Fatalf("schema %d (%v), want %d", v, err, len(migrations))
	}
	ns, err := s.List(ctx, model.NoteFilter{})
	if err != nil || len(ns) != 3 {
		t.Fatalf("%d notes after migration (%v)", len(ns), err)
	}
	for i, want := range []string{"000", "002", "bare"} {
		n := ns[i]
		if n.Article != want || n.Rev != 1 || n.EditedBy != "amal" || !n.Updated.Equal(n.Created) || n.Text != "v1 note" {
			t.Errorf("migrated %+v", n)
		}
		if h, err := s.History(ctx, n.ID); err != nil || len(h) != 1 || !h[0].At.Equal(n.Created) {
			t.Errorf("history of migrated note %d: %+v %v", n.ID, h, err)
		}
	}
	if _, err := s.Edit(ctx, ns[0].ID, model.NoteEdit{Verdict: model.VerdictDisputed, Analyst: "omar"}); err != nil {
		t.Fatal(err)
	}
	// A store from the future is refused.
	if _, err := s.db.ExecContext(ctx, s.d.rebind(`UPDATE isnad_meta SET value = ? WHERE key = ?`), "99", "schema"); err != nil {
		t.Fatal(err)
	}
	if _, err := Open(ctx, target, Options{}); !errors.Is(err, ErrNewer) {
		t.Errorf("schema 99: %v", err)
	}
}

// spawn starts this test binary as a writer process.
func spawn(t *testing.T, target, who, n string) *exec.Cmd {
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), "ISNAD_NOTES_WRITER="+target, "ISNAD_NOTES_WHO="+who, "ISNAD_NOTES_N="+n)
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	return cmd
}

func testTwoProcesses(t *testing.T, target string) {
	open(t, target) // created before, so both writers find it
	a, b := spawn(t, target, "a", "200"), spawn(t, target, "b", "200")
	if err := a.Wait(); err != nil {
		t.Errorf("writer a: %v", err)
	}
	if err := b.Wait(); err != nil {
		t.Errorf("writer b: %v", err)
	}
	s := open(t, target)
	ns, err := s.List(context.Background(), model.NoteFilter{})
	if err != nil {
		t.Fatal(err)
	}
	per := map[string]int{}
	seen := map[string]bool{}
	for _, n := range ns {
		per[n.Analyst]++
		if seen[n.Target] {
			t.Errorf("note on %s twice", n.Target)
		}
		seen[n.Target] = true
	}
	if len(ns) != 400 || per["a"] != 200 || per["b"] != 200 {
		t.Errorf("%d notes (%v), want 400, 200 each", len(ns), per)
	}
}

func testKilled(t *testing.T, target string) {
	ctx := context.Background()
	s := open(t, target)
	w := spawn(t, target, "k", "forever")
	deadline := time.Now().Add(60 * time.Second)
	for {
		ns, err := s.List(ctx, model.NoteFilter{})
		if err == nil && len(ns) >= 50 {
			break
		}
		if time.Now().After(deadline) {
			w.Process.Kill()
			w.Wait()
			t.Fatalf("the writer wrote %d notes in 60 s (%v)", len(ns), err)
		}
		time.Sleep(5 * time.Millisecond)
	}
	if err := w.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	w.Wait()
	s.Close()
	s = open(t, target)
	ns, err := s.List(ctx, model.NoteFilter{})
	if err != nil {
		t.Fatal(err)
	}
	// Every note is whole: its text, and its one revision; the version
	// counted each of them once (the schema's creation set it to 1).
	for _, n := range ns {
		h, err := s.History(ctx, n.ID)
		if err != nil || len(h) != 1 || h[0].Text != n.Text || n.Text == "" {
			t.Errorf("note %d: %+v, history %+v (%v)", n.ID, n, h, err)
		}
	}
	if v, err := s.Version(ctx); err != nil || v != int64(len(ns))+1 {
		t.Errorf("version %d (%v) for %d notes", v, err, len(ns))
	}
	if _, err := s.Add(ctx, model.NoteDraft{Target: "000#s1", Verdict: "verified", Analyst: "after"}); err != nil {
		t.Errorf("writing after the kill: %v", err)
	}
}

func testWatch(t *testing.T, target string) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	s, other := open(t, target), open(t, target)
	ch := Watch(ctx, s, 10*time.Millisecond)
	first := <-ch
	if _, err := other.Add(ctx, model.NoteDraft{Target: "000#s1", Verdict: "verified", Analyst: "x"}); err != nil {
		t.Fatal(err)
	}
	select {
	case v := <-ch:
		if v <= first {
			t.Errorf("version %d after %d", v, first)
		}
	case <-time.After(30 * time.Second):
		t.Fatal("a change in another connection was not seen")
	}
	cancel()
	for range ch { // closed once ctx ends
	}
}
