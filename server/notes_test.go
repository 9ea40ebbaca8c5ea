package server

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/isnad/isnad/data/notes"
	"github.com/isnad/isnad/model"
	"github.com/isnad/isnad/tui"
)

// withNotes gives the server one note store on SQLite, shared by its
// sessions as isnad serve does, and lets nour in besides alice.
func withNotes(t *testing.T, nour *testKey) (func(*Config), *notes.Live) {
	t.Helper()
	s, err := notes.Open(context.Background(), filepath.Join(t.TempDir(), "notes.db"), notes.Options{})
	if err != nil {
		t.Fatal(err)
	}
	lib, err := sharedLib()
	if err != nil {
		t.Fatal(err)
	}
	live, err := notes.NewLive(context.Background(), s, func(id string) *model.Article {
		a, err := lib.Article(id)
		if err != nil {
			return nil
		}
		return a
	}, notes.Verdicts(model.DefaultVerdicts), time.Hour) // sessions see each other's notes without a poll
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { live.Close() })
	return func(c *Config) {
		c.Notes = func() (tui.Notes, func()) {
			sub := live.Subscribe()
			return sub, sub.Close
		}
		*nour = newTestKey(t, filepath.Dir(c.AuthorizedKeys), "nour", "nour@desk")
		f, err := os.OpenFile(c.AuthorizedKeys, os.O_APPEND|os.O_WRONLY, 0)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		if _, err := f.WriteString(`name="Nour Jamil" ` + nour.line + "\n"); err != nil {
			t.Fatal(err)
		}
	}, live
}

// TestOpenSSHNoteSeenInOtherSession: two analysts, each in their own ssh
// session; a note alice adds from the claims list shows on nour's notes
// screen, open already, without a key pressed, carrying alice's name; and
// nour's edit is nour's.
func TestOpenSSHNoteSeenInOtherSession(t *testing.T) {
	needOpenSSH(t)
	var nour testKey
	cfg, live := withNotes(t, &nour)
	ts := startServer(t, cfg)
	a := newPane(t, 100, 30, sshCommand(ts.sshArgs(t, ts.alice)))
	b := newPane(t, 100, 30, sshCommand(ts.sshArgs(t, nour)))
	a.waitFor("alice's library", 20*time.Second, libraryAt(100, 30))
	b.waitFor("nour's library", 20*time.Second, libraryAt(100, 30))

	b.keys("A")
	b.waitFor("nour's notes screen, empty", 10*time.Second, has("notes: 0 of 0"))

	a.keys("C")
	a.waitFor("alice's claims", 10*time.Second, has("claims: 72 of 72"))
	a.keys("j", "a")
	a.waitFor("alice's note form", 10*time.Second, has("new note on 000#s5 · by alice@laptop"))
	a.keys("Down")
	a.keys("-l", "seen from alice's session")
	a.waitFor("alice's text", 10*time.Second, has("seen from alice's session▏"))
	a.keys("Enter")
	a.waitFor("alice's note saved", 10*time.Second, has("note 1 on 000#s5 saved"))

	scr := b.waitFor("alice's note on nour's screen", 10*time.Second, has("seen from alice's session"))
	if s := strings.Join(scr, "\n"); !strings.Contains(s, "notes: 1 of 1") || !strings.Contains(s, "alice@laptop") ||
		!strings.Contains(s, "disputed") {
		t.Errorf("nour's screen:\n%s", s)
	}

	// nour edits it: the revision is nour's, and alice sees it.
	b.keys("E")
	b.waitFor("nour's edit form", 10*time.Second, has("by Nour Jamil"))
	b.keys("Up")
	b.keys("Enter")
	b.waitFor("nour's edit saved", 10*time.Second, has("saved, revision 2"))
	a.keys("A")
	a.waitFor("nour's edit on alice's screen", 10*time.Second, has("alice@laptop, edited by Nour Jamil"))

	n, ok := live.Current().Get(1)
	if !ok || n.Analyst != "alice@laptop" || n.EditedBy != "Nour Jamil" || n.Verdict != model.VerdictVerified {
		t.Errorf("stored: %+v", n)
	}
	a.keys("q", "q", "q")
	b.keys("q", "q")
	a.waitFor("alice's ssh to exit 0", 10*time.Second, has("EXIT:0"))
	b.waitFor("nour's ssh to exit 0", 10*time.Second, has("EXIT:0"))
}
