package main

import (
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestCatInTmux prints each article with `isnad cat --width 60` in a tmux
// window exactly 60 columns wide and checks that every line printed takes
// exactly one row: the rows tmux holds are the lines cat printed.
func TestCatInTmux(t *testing.T) {
	bin := isnadBinary(t) // skips without tmux
	files, _ := filepath.Glob("../../data/corpus/*.txt")
	if len(files) != 5 {
		t.Fatalf("want the 5 articles, found %d", len(files))
	}
	for _, f := range files {
		abs, _ := filepath.Abs(f)
		want, err := exec.Command(bin, "cat", "--width", "60", abs).Output()
		if err != nil {
			t.Fatalf("isnad cat %s: %v", f, err)
		}
		tm := newTmux(t, 60, 50, false, "'"+bin+"' cat --width 60 '"+abs+"'; echo; echo CAT-DONE; exec sleep 600")
		tm.waitFor("cat to finish", 30*time.Second, screenHas("CAT-DONE"))
		if w := tm.format("pane_width"); w != "60" {
			t.Fatalf("pane width %s, want 60", w)
		}
		got := tm.history()
		if len(got) == 0 || got[len(got)-1] != "CAT-DONE" {
			t.Fatalf("%s: no end marker in the pane: %q", filepath.Base(f), got[max(0, len(got)-3):])
		}
		got = got[:len(got)-1]
		// The article's last line has no newline: echo ends it (or adds a
		// blank row when it had one).
		wantRows := strings.Split(string(want), "\n")
		if len(got) != len(wantRows) {
			t.Errorf("%s: cat printed %d lines, tmux holds %d rows", filepath.Base(f), len(wantRows), len(got))
		}
		bad := 0
		for k := range min(len(got), len(wantRows)) {
			g, w := strings.TrimRight(got[k], " "), strings.TrimRight(wantRows[k], " ")
			if g != w && bad < 5 {
				bad++
				t.Errorf("%s row %d:\n tmux %q\n  cat %q", filepath.Base(f), k+1, g, w)
			}
		}
		t.Logf("%s: %d lines printed, %d rows in a 60-column tmux window", filepath.Base(f), len(wantRows), len(got))
	}
}
