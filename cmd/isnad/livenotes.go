package main

import (
	"context"

	"github.com/isnad/isnad/data"
	"github.com/isnad/isnad/data/notes"
	"github.com/isnad/isnad/model"
	"github.com/isnad/isnad/tui"
)

// The note store as the explorer and isnad serve hold it: opened once,
// its notes anchored in the corpus and kept current (notes.Live).

// openLive opens the store the flags name, with the team's verdicts.
func openLive(ctx context.Context, f *storeFlags, lib *data.Library) (*notes.Live, error) {
	vs, err := loadVerdicts(f.verdicts)
	if err != nil {
		return nil, err
	}
	s, err := f.openCtx(ctx)
	if err != nil {
		return nil, err
	}
	live, err := notes.NewLive(ctx, s, func(id string) *model.Article {
		a, err := lib.Article(id)
		if err != nil {
			return nil // gone: its notes are orphaned
		}
		return a
	}, vs, notes.DefaultPoll)
	if err != nil {
		s.Close()
		return nil, inputError(err)
	}
	return live, nil
}

// lateNotes opens the explorer's store in the background, from the start,
// so that the library shows at once even when a PostgreSQL server is slow
// to answer; the explorer waits for it off its UI goroutine (Open).
type lateNotes struct {
	ready  chan struct{}
	live   *notes.Live
	err    error
	cancel context.CancelFunc
}

func openLiveLater(f *storeFlags, lib *data.Library) *lateNotes {
	ctx, cancel := context.WithCancel(context.Background())
	l := &lateNotes{ready: make(chan struct{}), cancel: cancel}
	go func() {
		defer close(l.ready)
		l.live, l.err = openLive(ctx, f, lib)
	}()
	return l
}

// Open waits for the store: tui.Options.Notes.
func (l *lateNotes) Open() (tui.Notes, error) {
	<-l.ready
	if l.err != nil {
		return nil, l.err
	}
	return l.live.Subscribe(), nil
}

// Close gives up opening, or closes the store.
func (l *lateNotes) Close() error {
	l.cancel()
	<-l.ready
	if l.live == nil {
		return nil
	}
	return l.live.Close()
}
