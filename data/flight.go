package data

import (
	"sync"

	"github.com/isnad/isnad/model"
)

// flights share the work on one article between callers that ask for it
// at the same time: when the background pass reaches the article the
// reader is opening, it is parsed and analysed once, not twice — twice
// the memory for a 10 MB article, and both slower on a busy machine.
type flights struct {
	mu sync.Mutex
	m  map[flightKey]*flight
}

type flightKey struct {
	i        int  // the article's index
	analysis bool // its analysis, else its parse
}

type flight struct {
	done    chan struct{}
	v       any
	waiters int // callers waiting for it (for tests)
}

// share runs work for key k, or waits for the run under way and returns
// its result.
func share[T any](f *flights, k flightKey, work func() T) T {
	f.mu.Lock()
	if c, ok := f.m[k]; ok {
		c.waiters++
		f.mu.Unlock()
		<-c.done
		v, _ := c.v.(T)
		return v
	}
	if f.m == nil {
		f.m = map[flightKey]*flight{}
	}
	c := &flight{done: make(chan struct{})}
	f.m[k] = c
	f.mu.Unlock()
	defer func() {
		f.mu.Lock()
		delete(f.m, k)
		f.mu.Unlock()
		close(c.done)
	}()
	v := work()
	c.v = v
	return v
}

// parsed is a parse of an article and the size of its text, or why it
// could not be read.
type parsed struct {
	a    *model.Article
	size int
	prob *model.Problem
}

// parseShared reads and parses article i, sharing the work with a caller
// doing the same.
func (l *Library) parseShared(i int) parsed {
	return share(&l.flights, flightKey{i: i}, func() parsed {
		a, size, prob := l.parse(i)
		return parsed{a: a, size: size, prob: prob}
	})
}

// analyseShared analyses article i (a), sharing the work likewise.
func (l *Library) analyseShared(i int, a *model.Article) *model.Sourcing {
	return share(&l.flights, flightKey{i: i, analysis: true}, func() *model.Sourcing {
		return l.layers.cite.Analyze(a)
	})
}
