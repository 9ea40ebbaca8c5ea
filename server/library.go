package server

import (
	"sync"

	"github.com/isnad/isnad/tui"
)

// sharedLibrary is the one corpus every session reads. The library is safe
// for concurrent use, except that its Updates channel has a single reader:
// a value sent on it wakes one session only. So one goroutine reads it and
// wakes every session through a channel of its own, with the same contract
// (coalesced, closed when the background pass is over).
type sharedLibrary struct {
	lib tui.Library

	mu   sync.Mutex
	subs map[chan struct{}]struct{}
	over bool // the pass is over: new sessions get a closed channel
}

func newSharedLibrary(lib tui.Library) *sharedLibrary {
	s := &sharedLibrary{lib: lib, subs: map[chan struct{}]struct{}{}}
	src := lib.Updates()
	if src == nil {
		s.over = true
		return s
	}
	go func() {
		for range src {
			s.mu.Lock()
			for ch := range s.subs {
				select {
				case ch <- struct{}{}:
				default: // one is pending already
				}
			}
			s.mu.Unlock()
		}
		s.mu.Lock()
		s.over = true
		for ch := range s.subs {
			close(ch)
			delete(s.subs, ch)
		}
		s.mu.Unlock()
	}()
	return s
}

// forSession returns the library as one session sees it, and a function to
// call when the session ends (it closes the session's channel, so that a
// command waiting on it returns).
func (s *sharedLibrary) forSession() (tui.Library, func()) {
	ch := make(chan struct{}, 1)
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.over {
		close(ch)
		return sessionLibrary{s.lib, ch}, func() {}
	}
	s.subs[ch] = struct{}{}
	return sessionLibrary{s.lib, ch}, func() {
		s.mu.Lock()
		defer s.mu.Unlock()
		if _, ok := s.subs[ch]; ok {
			delete(s.subs, ch)
			close(ch)
		}
	}
}

// sessionLibrary is the shared library with a session's own Updates.
type sessionLibrary struct {
	tui.Library
	updates chan struct{}
}

func (l sessionLibrary) Updates() <-chan struct{} { return l.updates }
