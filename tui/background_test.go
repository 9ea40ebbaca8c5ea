package tui

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/exp/teatest/v2"

	tea "charm.land/bubbletea/v2"

	"github.com/isnad/isnad/data"
	"github.com/isnad/isnad/model"
	"github.com/isnad/isnad/tui/library"
)

// heldLib holds back Article — the rest of a long article, after its
// start — until the test ends.
type heldLib struct {
	Library
	release chan struct{}
	once    sync.Once
	asked   chan struct{}
}

func (l *heldLib) Article(id string) (*model.Article, error) {
	l.once.Do(func() { close(l.asked) })
	<-l.release
	return l.Library.Article(id)
}

// TestQuitWhileArticleLoads: the start of a long article is on screen and
// its rest is still being read; q goes back to the library and q again
// quits, without waiting for it.
func TestQuitWhileArticleLoads(t *testing.T) {
	src, err := os.ReadFile("../data/corpus/000_d495414d1009f6e2.txt")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "big.txt"), bytes.Repeat(append(src, "\n\n"...), 10), 0o644); err != nil {
		t.Fatal(err)
	}
	lib, err := data.OpenWith(dir, data.Options{NoPass: true})
	if err != nil {
		t.Fatal(err)
	}
	held := &heldLib{Library: lib, release: make(chan struct{}), asked: make(chan struct{})}
	t.Cleanup(func() { close(held.release) })
	app, err := NewApp(held, DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	tm := teatest.NewTestModel(t, app, teatest.WithInitialTermSize(100, 30),
		teatest.WithProgramOptions(tea.WithColorProfile(colorprofile.Ascii)))
	wait := func(what string) {
		t.Helper()
		teatest.WaitFor(t, tm.Output(), func(b []byte) bool { return bytes.Contains(b, []byte(what)) },
			teatest.WithDuration(20*time.Second), teatest.WithCheckInterval(10*time.Millisecond))
	}
	wait("enter open")
	tm.Send(press("enter"))
	wait("reading the article")
	select {
	case <-held.asked:
	case <-time.After(20 * time.Second):
		t.Fatal("the rest of the article was never asked for")
	}
	tm.Send(press("q"))
	wait("enter open")
	tm.Send(press("q"))
	final := tm.FinalModel(t, teatest.WithFinalTimeout(20*time.Second)).(*App)
	if id := final.Top().ID(); id != library.ID {
		t.Errorf("q q while the article loads ended on %s", id)
	}
	if strings.Contains(final.ctx.Note, "cannot") {
		t.Errorf("note %q", final.ctx.Note)
	}
}
