package data

import (
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// TestShare: callers asking for the same work while it runs wait for it
// and get its result; it runs once. Other keys run on their own, and a
// later call runs the work again.
func TestShare(t *testing.T) {
	var f flights
	var runs atomic.Int32
	started, release := make(chan struct{}), make(chan struct{})
	work := func() int {
		if runs.Add(1) == 1 {
			close(started)
			<-release
		}
		return 42
	}
	k := flightKey{i: 3}
	results := make(chan int, 4)
	go func() { results <- share(&f, k, work) }()
	<-started
	var wg sync.WaitGroup
	for range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results <- share(&f, k, work)
		}()
	}
	// Wait until the three are waiting for the first run.
	for deadline := time.Now().Add(20 * time.Second); ; time.Sleep(time.Millisecond) {
		f.mu.Lock()
		n := f.m[k].waiters
		f.mu.Unlock()
		if n == 3 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("%d callers waiting", n)
		}
	}
	if got := share(&f, flightKey{i: 3, analysis: true}, func() int { return 7 }); got != 7 {
		t.Errorf("another key: %d", got)
	}
	close(release)
	wg.Wait()
	for range 4 {
		if v := <-results; v != 42 {
			t.Errorf("a caller got %d", v)
		}
	}
	if n := runs.Load(); n != 1 {
		t.Errorf("the work ran %d times for callers at the same time", n)
	}
	share(&f, k, work)
	if n := runs.Load(); n != 2 {
		t.Errorf("a later call did not run the work again (%d runs)", n)
	}
	if len(f.m) != 0 {
		t.Errorf("%d flights left", len(f.m))
	}
}
