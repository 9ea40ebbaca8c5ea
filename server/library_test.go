package server

import (
	"testing"
	"time"

	"github.com/isnad/isnad/tui"
)

// updatesLib is a library whose Updates the test drives.
type updatesLib struct {
	tui.Library
	ch chan struct{}
}

func (l updatesLib) Updates() <-chan struct{} { return l.ch }

// received says whether ch yields within a second, and whether it is open.
func received(ch <-chan struct{}) (got, open bool) {
	select {
	case _, open = <-ch:
		return true, open
	case <-time.After(time.Second):
		return false, true
	}
}

func TestSharedLibraryWakesEverySession(t *testing.T) {
	src := make(chan struct{}, 1)
	shared := newSharedLibrary(updatesLib{ch: src})
	a, releaseA := shared.forSession()
	b, _ := shared.forSession()
	c, releaseC := shared.forSession()
	releaseC()
	if got, open := received(c.Updates()); !got || open {
		t.Error("a released session's channel is not closed")
	}
	releaseC() // twice is harmless

	src <- struct{}{}
	for name, l := range map[string]tui.Library{"a": a, "b": b} {
		if got, open := received(l.Updates()); !got || !open {
			t.Errorf("session %s not woken (got %v, open %v)", name, got, open)
		}
	}
	// Coalesced: updates while the session does not read never block the
	// others; at the end of the pass its channel is closed.
	for range 5 {
		src <- struct{}{}
	}
	close(src)
	if got, open := received(b.Updates()); !got || !open {
		t.Error("b: the pending update is lost")
	}
	for i := 0; ; i++ {
		got, open := received(a.Updates())
		if !got || i > 5 {
			t.Fatal("a: not closed at the end of the pass")
		}
		if !open {
			break
		}
	}
	releaseA() // after the end: harmless
	late, _ := shared.forSession()
	if got, open := received(late.Updates()); !got || open {
		t.Error("a session opened after the pass does not get a closed channel")
	}
}

func TestSharedLibraryWithoutUpdates(t *testing.T) {
	shared := newSharedLibrary(updatesLib{})
	l, release := shared.forSession()
	defer release()
	if got, open := received(l.Updates()); !got || open {
		t.Error("a library without a pass: want a closed channel")
	}
}
