package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestProblemOpensArticleInTmux: a folder with a binary file and a JSON
// collection whose second record hides escape sequences in its text. On
// the problems screen Enter on the binary file says it names no article;
// Enter on the record's problem reads the record, cleaned, in the reader;
// ctrl-o comes back to the problems. Nothing from the record drives the
// terminal.
func TestProblemOpensArticleInTmux(t *testing.T) {
	if testing.Short() {
		t.Skip("real-terminal test")
	}
	dir := t.TempDir()
	for name, body := range map[string]string{
		"binary.txt": "\x7fELF\x02\x01\x01\x00\x00\x00\x00\x01\x02",
		"day.json": `[{"title": "first record", "content": "The first record's text."},` +
			`{"title": "bell record", "content": "The bell record's text \u001b]0;pwned\u0007 with \u001b[2J escapes.", ` +
			`"source": "paper", "date_extracted": "2015-07-23 10:00:00"}]`,
	} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	tm := newTmux(t, 120, 30, true, isnadBinary(t)+" "+dir+"; echo EXIT:$?; sleep 60")
	const deadline = 10 * time.Second // scaled: generous on a busy machine
	tm.waitFor("the problem count", deadline, screenHas("problems (!)"))
	tm.keys("!")
	scr := tm.waitFor("the problems screen", deadline, func(s []string) bool {
		return strings.HasPrefix(s[0], "problems (2)") && strings.Contains(strings.Join(s, "\n"), "day.json#2")
	})
	// The list is by file: the binary file first, under the cursor.
	if !strings.Contains(scr[1], "binary") {
		t.Fatalf("the first problem is not the binary file:\n%s", strings.Join(scr, "\n"))
	}
	tm.keys("Enter")
	tm.waitFor("why the binary file opens nothing", deadline, func(s []string) bool {
		return strings.HasPrefix(s[0], "problems (") && strings.Contains(s[len(s)-1], "this problem names no article")
	})
	tm.keys("G", "Enter")
	scr = tm.waitFor("the record in the reader", deadline, screenHas("The bell record's text"))
	if joined := strings.Join(scr, "\n"); !strings.Contains(joined, "bell record") || strings.HasPrefix(scr[0], "problems (") {
		t.Errorf("enter on the record's problem:\n%s", joined)
	}
	tm.keys("C-o")
	tm.waitFor("the problems again", deadline, func(s []string) bool { return strings.HasPrefix(s[0], "problems (2)") })
	tm.keys("q", "q")
	tm.waitFor("the exit", deadline, screenHas("EXIT:0"))
	raw := tm.rawOutput()
	for _, bad := range [][]byte{[]byte("\x1b]0;pwned"), []byte("pwned\x07")} {
		if bytes.Contains(raw, bad) {
			t.Errorf("the record's escape sequence %q reached the terminal", bad)
		}
	}
	if tm.format("window_name") == "pwned" || strings.Contains(tm.format("pane_title"), "pwned") {
		t.Error("a record set the terminal title")
	}
}
