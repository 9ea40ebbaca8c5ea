package main

import (
	"encoding/json"
	"fmt"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/isnad/isnad/model"
)

// TestNotesInTmux drives the built binary in a real terminal: a note added
// from the claims screen shows on the notes screen, with its analyst; a
// note another process adds to the same store shows without a restart;
// both are in the store for the command line.
func TestNotesInTmux(t *testing.T) {
	if testing.Short() {
		t.Skip("real-terminal test")
	}
	bin := isnadBinary(t)
	store := filepath.Join(t.TempDir(), "notes.db")
	tm := newTmux(t, 100, 30, false, fmt.Sprintf("%s --store %s --analyst tester; echo EXIT:$?; sleep 60", bin, store))
	tm.waitFor("the library", 10*time.Second, screenHas("isnad · embedded"))

	tm.keys("C")
	tm.waitFor("the claims", 10*time.Second, screenHas("claims: 72 of 72"))
	tm.keys("j", "a")
	tm.waitFor("the note form", 10*time.Second, screenHas("new note on 000#s5 · by tester"))
	tm.keys("Down")
	tm.waitFor("the verdict picked", 10*time.Second, screenHas("[disputed]"))
	tm.keys("-l", "checked by hand: the q and j typed")
	tm.waitFor("the text typed", 10*time.Second, screenHas("checked by hand: the q and j typed▏"))
	tm.keys("Enter")
	tm.waitFor("the note saved", 10*time.Second, screenHas("note 1 on 000#s5 saved"))

	tm.keys("A")
	scr := tm.waitFor("the notes screen", 10*time.Second, screenHas("notes: 1 of 1"))
	row := ""
	for _, r := range scr {
		if strings.Contains(r, "#1 ") {
			row = r
		}
	}
	for _, want := range []string{"disputed", "000#s5", "tester"} {
		if !strings.Contains(row, want) {
			t.Errorf("the note's row %q lacks %q", row, want)
		}
	}

	// Another process writes to the store: the screen shows it by itself.
	if out, err := exec.Command(bin, "notes", "add", "--store", store, "--analyst", "sam", "--claim", "001#s2",
		"--verdict", "verified", "--text", "from another process").CombinedOutput(); err != nil {
		t.Fatalf("isnad notes add: %v\n%s", err, out)
	}
	tm.waitFor("the other process's note", 20*time.Second, screenHas("from another process"))
	tm.waitFor("two notes listed", 5*time.Second, screenHas("notes: 2 of 2"))

	// Esc and q go back to the claims, to the library, and quit.
	tm.keys("q")
	tm.waitFor("the claims again", 10*time.Second, screenHas("claims: 72 of 72"))
	tm.keys("q")
	tm.waitFor("the library again", 10*time.Second, screenHas("isnad · embedded"))
	tm.keys("q")
	tm.waitFor("isnad to exit 0", 10*time.Second, screenHas("EXIT:0"))

	out, err := exec.Command(bin, "notes", "list", "--json", "--store", store).Output()
	if err != nil {
		t.Fatalf("isnad notes list: %v", err)
	}
	var ns []model.Note
	if err := json.Unmarshal(out, &ns); err != nil || len(ns) != 2 {
		t.Fatalf("notes list: %v, %s", err, out)
	}
	if n := ns[0]; n.Target != "000#s5" || n.Analyst != "tester" || n.Verdict != model.VerdictDisputed ||
		n.Text != "checked by hand: the q and j typed" || n.Anchor != model.AnchorAttached {
		t.Errorf("stored: %+v", n)
	}
}
