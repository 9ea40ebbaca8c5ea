package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

type jsonNote struct {
	ID       int64  `json:"id"`
	Target   string `json:"target"`
	Verdict  string `json:"verdict"`
	Text     string `json:"text"`
	Analyst  string `json:"analyst"`
	Anchor   string `json:"anchor"`
	Sentence string `json:"sentence"`
}

func listNotes(t *testing.T, args ...string) []jsonNote {
	t.Helper()
	code, out, errOut := cli(append([]string{"notes", "list", "--json"}, args...)...)
	if code != 0 {
		t.Fatalf("notes list: exit %d: %s", code, errOut)
	}
	var ns []jsonNote
	if err := json.Unmarshal([]byte(out), &ns); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	return ns
}

func TestNotesCommand(t *testing.T) {
	data := t.TempDir()
	t.Setenv("XDG_DATA_HOME", data)
	t.Setenv("XDG_CONFIG_HOME", t.TempDir())
	must := func(args ...string) string {
		t.Helper()
		code, out, errOut := cli(args...)
		if code != 0 {
			t.Fatalf("%v: exit %d: %s", args, code, errOut)
		}
		return out
	}
	must("notes", "add", "--claim", "000#s18", "--verdict", "needs source", "--text", "من هم؟", "--analyst", "amal")
	must("notes", "add", "--claim", "001#s2", "--verdict", "verified", "--analyst", "omar")
	st, err := os.Stat(filepath.Join(data, "isnad", "notes.db"))
	if err != nil || st.Mode().Perm() != 0o600 {
		t.Fatalf("default store: %v %v", st, err)
	}
	ns := listNotes(t)
	if len(ns) != 2 || ns[0].Target != "000#s18" || ns[0].Verdict != "needs source" || ns[0].Analyst != "amal" ||
		ns[0].Anchor != "attached" || ns[0].Sentence != "000#s18" {
		t.Fatalf("listed %+v", ns)
	}
	if got := listNotes(t, "--by", "omar"); len(got) != 1 || got[0].Target != "001#s2" {
		t.Errorf("--by omar: %+v", got)
	}
	if got := listNotes(t, "000"); len(got) != 1 {
		t.Errorf("article 000: %+v", got)
	}
	must("notes", "edit", fmt.Sprint(ns[0].ID), "--verdict", "disputed", "--analyst", "omar")
	if out := must("notes", "history", fmt.Sprint(ns[0].ID)); !strings.Contains(out, "needs source") || !strings.Contains(out, "disputed") {
		t.Errorf("history:\n%s", out)
	}
	must("notes", "rm", fmt.Sprint(ns[1].ID), "--analyst", "amal")
	if got := listNotes(t); len(got) != 1 || got[0].Verdict != "disputed" || got[0].Text != "من هم؟" {
		t.Errorf("after edit and rm: %+v", got)
	}
	// A team's verdict.
	if err := os.MkdirAll(filepath.Join(os.Getenv("XDG_CONFIG_HOME"), "isnad"), 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(os.Getenv("XDG_CONFIG_HOME"), "isnad", "verdicts.yaml"), []byte("verdicts: [satire]\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	must("notes", "add", "--claim", "002#s1", "--verdict", "satire")

	for _, c := range []struct {
		args []string
		want int
	}{
		{[]string{"notes", "add", "--claim", "000#s18", "--verdict", "maybe"}, exitUsage},
		{[]string{"notes", "add", "--claim", "000#s99999", "--verdict", "verified"}, exitUsage},
		{[]string{"notes", "add", "--claim", "000", "--verdict", "verified"}, exitUsage},
		{[]string{"notes", "add", "--verdict", "verified"}, exitUsage},
		{[]string{"notes", "rm", "12345"}, exitUsage},
		{[]string{"notes", "rm", "x"}, exitUsage},
		{[]string{"notes", "list", "--store-mode", "public"}, exitUsage},
		{[]string{"notes", "list", "--store", "/proc/nowhere/notes.db"}, exitInput},
	} {
		if code, _, errOut := cli(c.args...); code != c.want {
			t.Errorf("%v: exit %d, want %d (%s)", c.args, code, c.want, errOut)
		}
	}

	// A file that is not a store: refused, untouched.
	foreign := filepath.Join(t.TempDir(), "thesis.md")
	if err := os.WriteFile(foreign, []byte("# my thesis\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, errOut := cli("notes", "list", "--store", foreign)
	if raw, _ := os.ReadFile(foreign); code != exitInput || !strings.Contains(errOut, "not an isnad note store") || string(raw) != "# my thesis\n" {
		t.Errorf("foreign store: exit %d, %q, file %q", code, errOut, raw)
	}
	group := filepath.Join(t.TempDir(), "team.db")
	must("notes", "list", "--store", group, "--store-mode", "group")
	if st, err := os.Stat(group); err != nil || st.Mode().Perm() != 0o660 {
		t.Errorf("group store: %v %v", st, err)
	}
}

func TestNotesFollowTheSentence(t *testing.T) {
	dir := t.TempDir()
	store := filepath.Join(t.TempDir(), "notes.db")
	file := filepath.Join(dir, "001_a.txt")
	write := func(body string) {
		if err := os.WriteFile(file, []byte("---\ntitle: t\nlang: ar\n---\n"+body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("وصل الوفد إلى موسكو أمس.\n\nقال دبلوماسي إن المحادثات مستمرة.\n")
	if code, _, errOut := cli("notes", "add", "--corpus", dir, "--store", store, "--claim", "001#s2", "--verdict", "disputed"); code != 0 {
		t.Fatalf("add: %s", errOut)
	}
	write("مقدمة جديدة.\n\nوصل الوفد إلى موسكو أمس.\n\nقال دبلوماسي إن المحادثات مستمرة.\n")
	if ns := listNotes(t, "--corpus", dir, "--store", store); len(ns) != 1 || ns[0].Anchor != "moved" || ns[0].Sentence != "001#s3" {
		t.Errorf("after a paragraph above: %+v", ns)
	}
	write("مقدمة جديدة.\n\nقال دبلوماسي إن المحادثات توقفت.\n")
	if ns := listNotes(t, "--corpus", dir, "--store", store); len(ns) != 1 || ns[0].Anchor != "orphaned" {
		t.Errorf("after the sentence changed: %+v", ns)
	}
	if code, out, _ := cli("notes", "list", "--corpus", dir, "--store", store); code != 0 || !strings.Contains(out, "orphaned") {
		t.Errorf("plain list:\n%s", out)
	}
}

// Two shells each adding 100 notes to one store at once: all 200 are there.
func TestNotesConcurrentLoops(t *testing.T) {
	bin := builtIsnad(t)
	store := filepath.Join(t.TempDir(), "notes.db")
	var wg sync.WaitGroup
	errs := make(chan error, 2)
	for _, who := range []string{"a", "b"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 100 {
				var stderr bytes.Buffer
				cmd := exec.Command(bin, "notes", "add", "--store", store, "--claim", fmt.Sprintf("00%d#s%d", i%5, 1+i%3),
					"--verdict", "verified", "--analyst", who, "--text", fmt.Sprint(i))
				cmd.Stderr = &stderr
				if err := cmd.Run(); err != nil {
					errs <- fmt.Errorf("%s %d: %v: %s", who, i, err, stderr.String())
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	if ns := listNotes(t, "--store", store); len(ns) != 200 {
		t.Errorf("%d notes listed, want 200", len(ns))
	}
}
