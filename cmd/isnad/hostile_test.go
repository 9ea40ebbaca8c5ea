package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// hostileFolder holds what a source that attacks its reader would send:
// escape sequences in a file name, in catalog values, in front matter and
// in the fields of a collection; a Trojan Source title; a link to a file
// out of the folder.
func hostileFolder(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	outside := filepath.Join(t.TempDir(), "shadow")
	files := map[string]string{
		"catalog.yaml": "articles:\n  - file: a.txt\n    title: \"osc \\e]0;pwned\\a csi \\e[2J c1 \\u009b31m dcs \\ePtmux;\\e\\e[8l\\e\\\\ end\"\n" +
			"    author: \"rlo \\u202Egnp.exe\"\n    genre: \"\\e]52;c;cGF5bG9hZA==\\a\"\n",
		"a.txt":                   "نص المقال فيه جملة كاملة. قال المتحدث إن 5 أشخاص أصيبوا.\n",
		"evil\x1b]0;x\x07name.md": "---\ntitle: \"\x1b[31mred\x1b[0m\"\n---\n\nText \x1b]8;;http://e\x1b\\link\x1b]8;;\x1b\\ here.\n",
		"feed.jsonl": `{"title": "del \u007f c1 \u0085 \u009d0;t\u009c", "content": "text \u001b[2J here", "source": "\u001b]0;x\u0007"}` + "\n" +
			"not json \x1b[2J\n",
	}
	for name, content := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(outside, []byte("root:secret\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(outside, filepath.Join(dir, "shadow.txt")); err != nil {
		t.Fatal(err)
	}
	return dir
}

// checkNoControls fails on any byte of a terminal command in output: C0
// but LF and TAB, DEL, C1 (raw or in UTF-8), bidi overrides.
func checkNoControls(t *testing.T, what, s string) {
	t.Helper()
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 && c != '\n' && c != '\t' || c == 0x7F || c >= 0x80 && c < 0xA0 && !utf8.RuneStart(c) && i > 0 && s[i-1] == 0xC2 {
			t.Errorf("%s: control byte %#x at %d: %q", what, c, i, s[max(0, i-20):min(len(s), i+20)])
			return
		}
	}
	if strings.ContainsRune(s, 0x202E) || !utf8.ValidString(s) {
		t.Errorf("%s: bidi override or invalid UTF-8: %q", what, s)
	}
}

func TestNoEscapeOnAnyChannel(t *testing.T) {
	dir := hostileFolder(t)
	for _, args := range [][]string{
		{"list", dir}, {"list", "--json", dir}, {"claims", "--corpus", dir}, {"claims", "--json", "--corpus", dir},
		{"sources", "--corpus", dir}, {"sources", "--json", "--corpus", dir}, {"refs", "--corpus", dir},
		{"compare", "--corpus", dir}, {"compare", "--json", "--corpus", dir},
	} {
		code, out, errOut := listRun(args...)
		if code != 0 {
			t.Errorf("%v: exit %d: %s", args, code, errOut)
		}
		checkNoControls(t, strings.Join(args[:len(args)-1], " ")+" stdout", out)
		checkNoControls(t, strings.Join(args[:len(args)-1], " ")+" stderr", errOut)
	}
	code, out, errOut := listRun("list", "--json", dir)
	var rows []struct{ ID, Title, Author, Genre string }
	if err := json.Unmarshal([]byte(out), &rows); err != nil || code != 0 {
		t.Fatal(err, code)
	}
	for _, r := range rows {
		if r.ID == "a" && (!strings.Contains(r.Title, "\x1b]0;pwned\x07") || r.Author != "rlo ⇇gnp.exe") {
			t.Errorf("JSON keeps values exactly (escaped), overrides as marks: %+v", r)
		}
		if r.ID == "shadow" {
			t.Error("a link out of the folder was read")
		}
	}
	for _, want := range []string{`"shadow.txt": symlink:`, "--follow-symlinks", `"evil\x1b]0;x\aname.md"`, "bidi-control", `"feed.jsonl":2: bad-record: record 2`} {
		if !strings.Contains(errOut, strings.ReplaceAll(want, "\x1b", `\x1b`)) {
			t.Errorf("stderr lacks %q:\n%s", want, errOut)
		}
	}
	_, out, _ = listRun("list", "--follow-symlinks", dir)
	if !strings.Contains(out, "shadow") {
		t.Errorf("--follow-symlinks: %s", out)
	}
}

func TestFieldsFlag(t *testing.T) {
	dir := t.TempDir()
	rec := `{"hed": "Mapped", "txt": "The minister said 5 people were hurt. It went on.", "paper": "Daily", "when": "2024-01-02"}` + "\n"
	if err := os.WriteFile(filepath.Join(dir, "n.jsonl"), []byte(rec), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := listRun("list", "--json", "--fields", "title=hed,content=txt,source=paper,date=when", dir)
	var rows []struct{ ID, Title, Outlet, Date string }
	if err := json.Unmarshal([]byte(out), &rows); err != nil || code != 0 || len(rows) != 1 {
		t.Fatalf("exit %d %v: %s %s", code, err, out, errOut)
	}
	if r := rows[0]; r.ID != "daily/2024-01-02/1" || r.Title != "Mapped" || r.Outlet != "Daily" {
		t.Errorf("%+v", r)
	}
	if code, _, errOut := listRun("list", "--fields", "nonsense=x", dir); code != 2 || !strings.Contains(errOut, "unknown field") {
		t.Errorf("bad --fields: exit %d %s", code, errOut)
	}
	// Without the mapping the records have no text: listed with a word.
	if code, _, errOut := listRun("list", dir); code != 2 && !strings.Contains(errOut, "content=NAME") {
		t.Errorf("unmapped: exit %d %s", code, errOut)
	}
}
