package notes

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/isnad/isnad/model"
)

func TestFileModes(t *testing.T) {
	old := syscall.Umask(0o022)
	defer syscall.Umask(old)
	ctx := context.Background()
	for _, c := range []struct {
		mode Mode
		want os.FileMode
	}{{Private, 0o600}, {Group, 0o660}} {
		path := filepath.Join(t.TempDir(), "sub", "notes.db")
		s, err := Open(ctx, path, Options{Mode: c.mode})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := s.Add(ctx, model.NoteDraft{Target: "000#s1", Verdict: "verified", Analyst: "a"}); err != nil {
			t.Fatal(err)
		}
		for _, f := range []string{path, path + "-wal", path + "-shm"} {
			st, err := os.Stat(f)
			if err != nil {
				t.Fatal(err)
			}
			if st.Mode().Perm() != c.want {
				t.Errorf("%s: mode %v, want %v", filepath.Base(f), st.Mode().Perm(), c.want)
			}
		}
		s.Close()
	}
}

// refused checks that opening path fails with want and leaves the file and
// its folder as they were.
func refused(t *testing.T, path string, want error) {
	t.Helper()
	before, _ := os.ReadFile(path)
	entries, _ := os.ReadDir(filepath.Dir(path))
	_, err := Open(context.Background(), path, Options{})
	if !errors.Is(err, want) {
		t.Errorf("%s: %v, want %v", filepath.Base(path), err, want)
	}
	if err != nil && !strings.Contains(err.Error(), filepath.Base(path)) {
		t.Errorf("the message does not name the file: %v", err)
	}
	after, _ := os.ReadFile(path)
	if !bytes.Equal(before, after) {
		t.Errorf("%s was changed", filepath.Base(path))
	}
	if got, _ := os.ReadDir(filepath.Dir(path)); len(got) != len(entries) {
		t.Errorf("files were added next to %s: %v", filepath.Base(path), got)
	}
}

func TestForeignAndCorruptFiles(t *testing.T) {
	dir := t.TempDir()
	text := filepath.Join(dir, "notes.txt")
	if err := os.WriteFile(text, []byte("my notes, not a database\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	refused(t, text, ErrNotStore)

	// Another program's SQLite database.
	dir = t.TempDir()
	other := filepath.Join(dir, "other.db")
	db, err := sql.Open("sqlite", other)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec(`CREATE TABLE accounts (id INTEGER PRIMARY KEY, balance INTEGER); INSERT INTO accounts VALUES (1, 100)`); err != nil {
		t.Fatal(err)
	}
	db.Close()
	refused(t, other, ErrNotStore)

	// A folder.
	refused(t, t.TempDir(), ErrNotStore)

	// An isnad store damaged past its header: fails the quick check.
	dir = t.TempDir()
	path := filepath.Join(dir, "notes.db")
	s, err := Open(context.Background(), path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for i := range 300 {
		if _, err := s.Add(context.Background(), model.NoteDraft{Target: "000#s1", Verdict: "verified", Analyst: "a",
			Text: strings.Repeat("نص ", 50+i%7)}); err != nil {
			t.Fatal(err)
		}
	}
	s.Close() // checkpoints the WAL into the file and removes it
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(raw) < 8192 {
		t.Fatalf("store of %d bytes: too small to damage past page 1", len(raw))
	}
	for i := 4096; i < len(raw); i += 4096 {
		copy(raw[i:i+64], bytes.Repeat([]byte{0xAB}, 64)) // every page header after the first
	}
	if err := os.WriteFile(path, raw, 0o600); err != nil {
		t.Fatal(err)
	}
	refused(t, path, ErrCorrupt)
}

func TestEmptyFileBecomesStore(t *testing.T) {
	path := filepath.Join(t.TempDir(), "notes.db")
	if err := os.WriteFile(path, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	s, err := Open(context.Background(), path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	for _, bad := range []string{"a?b.db", "a#b.db"} {
		if _, err := Open(context.Background(), filepath.Join(t.TempDir(), bad), Options{}); err == nil {
			t.Errorf("%s: opened", bad)
		}
	}
}

func TestVerdicts(t *testing.T) {
	t.Setenv("XDG_CONFIG_HOME", t.TempDir())
	vs, err := LoadVerdicts("")
	if err != nil || len(vs) != 4 || !vs.Has(model.VerdictNeedsSource) {
		t.Fatalf("defaults %v %v", vs, err)
	}
	path := filepath.Join(t.TempDir(), "verdicts.yaml")
	if err := os.WriteFile(path, []byte("verdicts:\n  - satire\n  - out of context\n  - verified\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	vs, err = LoadVerdicts(path)
	if err != nil || len(vs) != 6 || !vs.Has("satire") || vs.Check("out of context") != nil {
		t.Errorf("team verdicts %v %v", vs, err)
	}
	if err := vs.Check("maybe"); err == nil || !strings.Contains(err.Error(), "satire") {
		t.Errorf("check: %v", err)
	}
	for _, bad := range []string{"verdicts: [\"a\\u001bb\"]\n", "verdicts: {x: 1}\n", "verdicts:\n  - \"\"\n"} {
		if err := os.WriteFile(path, []byte(bad), 0o600); err != nil {
			t.Fatal(err)
		}
		if _, err := LoadVerdicts(path); err == nil {
			t.Errorf("%q: no error", bad)
		}
	}
	if _, err := LoadVerdicts(filepath.Join(t.TempDir(), "missing.yaml")); err == nil {
		t.Error("a named file that is missing: no error")
	}
}

func TestAnchor(t *testing.T) {
	art := func(texts ...string) *model.Article {
		a := &model.Article{ID: "000"}
		for i, s := range texts {
			a.Sentences = append(a.Sentences, model.Sentence{ID: model.ElemID("000", 's', i), N: i, Text: s})
		}
		return a
	}
	note := model.Note{Target: "000#s2", Quote: "قال  دبلوماسي غربي."}
	for _, c := range []struct {
		a        *model.Article
		state    model.AnchorState
		sentence string
	}{
		{art("أولى.", "قال دبلوماسي غربي.", "ثالثة."), model.AnchorAttached, "000#s2"},
		{art("جديدة.", "أولى.", "قال دبلوماسي غربي.", "ثالثة."), model.AnchorMoved, "000#s3"},
		{art("قال دبلوماسي غربي.", "x", "y", "z", "w", "قال دبلوماسي غربي."), model.AnchorMoved, "000#s1"},
		{art("أولى.", "قال دبلوماسي شرقي."), model.AnchorOrphaned, ""},
		{nil, model.AnchorOrphaned, ""},
	} {
		n := note
		Anchor(&n, c.a)
		if n.Anchor != c.state || n.Sentence != c.sentence {
			t.Errorf("%v: %s %s, want %s %s", c.a, n.Anchor, n.Sentence, c.state, c.sentence)
		}
	}
	// AnchorAll agrees with Anchor.
	var many []model.Note
	arts := map[string]*model.Article{"000": art("جديدة.", "أولى.", "قال دبلوماسي غربي.", "ثالثة.")}
	for _, target := range []string{"000#s2", "000#s3", "000#s1", "001#s1"} {
		many = append(many, model.Note{Target: target, Article: target[:3], Quote: "قال دبلوماسي غربي."})
	}
	AnchorAll(many, func(id string) *model.Article { return arts[id] })
	for _, n := range many {
		one := n
		Anchor(&one, arts[n.Article])
		if one.Anchor != n.Anchor || one.Sentence != n.Sentence {
			t.Errorf("%s: AnchorAll %s %s, Anchor %s %s", n.Target, n.Anchor, n.Sentence, one.Anchor, one.Sentence)
		}
	}
	if many[0].Anchor != model.AnchorMoved || many[1].Anchor != model.AnchorAttached || many[3].Anchor != model.AnchorOrphaned {
		t.Errorf("AnchorAll: %+v", many)
	}

	old := model.Note{Target: "000#s2"} // no quote: written by schema 1
	Anchor(&old, art("a", "b"))
	if old.Anchor != model.AnchorAttached {
		t.Errorf("note without quote: %s", old.Anchor)
	}
}
