package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func listRun(args ...string) (code int, out, errOut string) {
	var o, e bytes.Buffer
	code = run(args, stdio{in: strings.NewReader(""), out: &o, err: &e})
	return code, o.String(), e.String()
}

func TestListJSONEmbedded(t *testing.T) {
	code, out, errOut := listRun("list", "--json")
	if code != 0 || errOut != "" {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	var rows []map[string]any
	if err := json.Unmarshal([]byte(out), &rows); err != nil {
		t.Fatal(err)
	}
	if len(rows) != 5 {
		t.Fatalf("%d objects, want 5", len(rows))
	}
	want := map[string]struct{ genre, date string }{
		"000": {"analysis", ""}, "001": {"opinion column", ""}, "002": {"research brief", "2024-10-31"},
		"003": {"press summary", ""}, "004": {"news", ""},
	}
	for _, r := range rows {
		id, _ := r["id"].(string)
		for _, k := range []string{"id", "title", "author", "outlet", "date", "lang", "dir", "genre", "words", "sentences", "path", "url", "paragraphs", "inferred"} {
			if _, ok := r[k]; !ok {
				t.Errorf("%s: no %q", id, k)
			}
		}
		if r["title"] == "" || r["lang"] != "ar" || r["dir"] != "rtl" {
			t.Errorf("%s: %v", id, r)
		}
		if w, _ := r["words"].(float64); w < 300 {
			t.Errorf("%s: %v words", id, r["words"])
		}
		if s, _ := r["sentences"].(float64); s < 10 {
			t.Errorf("%s: %v sentences", id, r["sentences"])
		}
		if g := want[id]; r["genre"] != g.genre || r["date"] != g.date {
			t.Errorf("%s: genre %v date %v, want %v", id, r["genre"], r["date"], g)
		}
		// 002 ends in its publisher's footer: links, a phone, an address.
		if b, ok := r["boilerplate_paragraphs"].(float64); !ok || id == "002" && b < 10 {
			t.Errorf("%s: boilerplate_paragraphs %v", id, r["boilerplate_paragraphs"])
		}
	}
}

func TestListTable(t *testing.T) {
	code, out, _ := listRun("list")
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if code != 0 || len(lines) != 6 || !strings.HasPrefix(lines[0], "ID") || !strings.HasPrefix(lines[3], "002  2024-10-31  research brief") {
		t.Fatalf("exit %d:\n%s", code, out)
	}
}

func TestListBadFolder(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"a.txt":     "عنوان\n\nنص المقال هنا وفيه جملة كاملة. وجملة أخرى.\n",
		"b.md":      "---\ntitle: B\n---\nText of b.\n",
		"bin.txt":   "\x00\x01\x02\x03",
		"empty.txt": "",
		"bad.txt":   "نص \xff خاطئ.\n",
	}
	for name, content := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	code, out, errOut := listRun("list", "--json", dir)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var rows []map[string]any
	if err := json.Unmarshal([]byte(out), &rows); err != nil || len(rows) != 3 {
		t.Fatalf("%v: %s", err, out)
	}
	for _, w := range []string{`"bin.txt": binary`, `"empty.txt": empty`, `"bad.txt":1: invalid-utf8`, "3 problem(s)"} {
		if !strings.Contains(errOut, w) {
			t.Errorf("stderr lacks %q:\n%s", w, errOut)
		}
	}
	// --corpus is the same as the argument.
	if code2, out2, _ := listRun("list", "--json", "--corpus", dir); code2 != 0 || out2 != out {
		t.Errorf("--corpus: exit %d", code2)
	}
}

func TestListErrors(t *testing.T) {
	empty := t.TempDir()
	code, _, errOut := listRun("list", empty)
	if code != 2 || !strings.Contains(errOut, "no article") {
		t.Errorf("empty folder: exit %d, %q", code, errOut)
	}
	if code, _, _ := listRun("list", filepath.Join(empty, "missing")); code != 2 {
		t.Errorf("missing folder: exit %d", code)
	}
	if code, _, _ := listRun("list", "a", "b"); code != 2 {
		t.Errorf("two folders: exit %d", code)
	}
	if code, _, _ := listRun("list", "--nope"); code != 2 {
		t.Errorf("unknown flag: exit %d", code)
	}
}
