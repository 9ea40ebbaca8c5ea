package notes

import (
	"context"
	"sync"
	"sync/atomic"
	"time"

	"github.com/isnad/isnad/model"
)

// DefaultPoll is how often a Live store asks the database whether someone
// else changed it: one indexed read of the version counter.
const DefaultPoll = time.Second

// Live keeps a store's notes for the sessions that show them while they
// change. It holds one list of every note, anchored in the corpus, loaded
// again once per change and shared by every subscriber (a server's
// sessions), so that no session queries the store to draw a screen.
//
// A change is seen two ways. A write made through Live reloads the list at
// once and wakes every subscriber of this process: in-process fan-out, so
// a note added in one SSH session shows in the others straight away. A
// write made elsewhere — another isnad or `isnad notes add` on the same
// SQLite file, another `isnad serve` on the same PostgreSQL database — is
// seen within a poll of the store's version (every DefaultPoll), which
// works alike on both back ends and needs no listener connection.
//
// Anchoring (where each note sits in the corpus now) is worked out once per
// note: a note's sentence and quote never change, nor does the corpus while
// the process runs.
type Live struct {
	store    *Store
	article  func(id string) *model.Article
	verdicts Verdicts

	cur atomic.Pointer[model.NoteSet]

	loadMu  sync.Mutex                 // one load at a time
	anchors map[int64]model.Note       // anchored notes by id; guarded by loadMu
	failed  atomic.Pointer[errorValue] // the last poll's failure, nil once one works

	mu     sync.Mutex
	subs   map[*Subscription]struct{}
	closed bool

	stop context.CancelFunc
	done chan struct{}
}

type errorValue struct{ err error }

// NewLive loads the notes of s, anchored with article (nil for an article
// that is gone), and polls s for changes every poll (DefaultPoll when 0)
// until Close. verdicts are the ones the team may choose from.
func NewLive(ctx context.Context, s *Store, article func(id string) *model.Article, verdicts Verdicts, poll time.Duration) (*Live, error) {
	if poll <= 0 {
		poll = DefaultPoll
	}
	l := &Live{store: s, article: article, verdicts: verdicts, anchors: map[int64]model.Note{},
		subs: map[*Subscription]struct{}{}, done: make(chan struct{})}
	if err := l.load(ctx); err != nil {
		return nil, err
	}
	wctx, stop := context.WithCancel(context.Background())
	l.stop = stop
	go l.watch(wctx, poll)
	return l, nil
}

// watch loads the notes again whenever the store's version moves.
func (l *Live) watch(ctx context.Context, poll time.Duration) {
	defer close(l.done)
	t := time.NewTicker(poll)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		if err := l.load(ctx); err != nil && ctx.Err() == nil {
			l.fail(err)
		} else {
			l.fail(nil)
		}
	}
}

// fail records why the store cannot be read (nil: it can again); the
// subscribers are woken when that changes, so that a session says the
// store is gone, and that it is back, without waiting for a note.
func (l *Live) fail(err error) {
	var now *errorValue
	if err != nil {
		now = &errorValue{err}
	}
	if was := l.failed.Swap(now); (was == nil) != (now == nil) {
		l.wake()
	}
}

// load reads the notes again if the store's version moved since the last
// load, and wakes the subscribers.
func (l *Live) load(ctx context.Context) error {
	l.loadMu.Lock()
	defer l.loadMu.Unlock()
	v, err := l.store.Version(ctx)
	if err != nil {
		return err
	}
	if cur := l.cur.Load(); cur != nil && cur.Version == v {
		return nil
	}
	// The version is read first: a write landing between the two reads is
	// in the list already and makes the next poll load once more.
	ns, err := l.store.List(ctx, model.NoteFilter{})
	if err != nil {
		return err
	}
	var fresh []model.Note
	for _, n := range ns {
		if _, ok := l.anchors[n.ID]; !ok {
			fresh = append(fresh, n)
		}
	}
	AnchorAll(fresh, l.article)
	kept := make(map[int64]model.Note, len(ns))
	for _, n := range fresh {
		kept[n.ID] = n
	}
	for i := range ns {
		a, ok := kept[ns[i].ID]
		if !ok {
			a = l.anchors[ns[i].ID]
			kept[ns[i].ID] = a
		}
		ns[i].Anchor, ns[i].Sentence = a.Anchor, a.Sentence
	}
	l.anchors = kept
	l.cur.Store(model.NewNoteSet(v, ns))
	l.wake()
	return nil
}

// wake tells every subscriber the notes changed; a subscriber that has
// not yet taken the last signal gets no second one.
func (l *Live) wake() {
	l.mu.Lock()
	defer l.mu.Unlock()
	for s := range l.subs {
		select {
		case s.ch <- struct{}{}:
		default:
		}
	}
}

// Current is every note as of the last change seen. It does not touch the
// store.
func (l *Live) Current() *model.NoteSet { return l.cur.Load() }

// Err is why the last poll of the store failed (the database went away),
// nil when it worked. Subscribers are woken when it starts or stops
// failing.
func (l *Live) Err() error {
	if e := l.failed.Load(); e != nil {
		return e.err
	}
	return nil
}

// Verdicts are the verdicts a note may carry.
func (l *Live) Verdicts() []model.Verdict { return l.verdicts }

// Name is the store's file, or its database URL without the password.
func (l *Live) Name() string { return l.store.Name() }

// Add stores a note, checking its verdict, and shows it to every
// subscriber.
func (l *Live) Add(ctx context.Context, d model.NoteDraft) (model.Note, error) {
	if err := l.verdicts.Check(d.Verdict); err != nil {
		return model.Note{}, err
	}
	n, err := l.store.Add(ctx, d)
	if err == nil {
		l.changed(ctx)
	}
	return n, err
}

// Edit changes a note's verdict and text and shows it to every subscriber.
func (l *Live) Edit(ctx context.Context, id int64, e model.NoteEdit) (model.Note, error) {
	if err := l.verdicts.Check(e.Verdict); err != nil {
		return model.Note{}, err
	}
	n, err := l.store.Edit(ctx, id, e)
	if err == nil {
		l.changed(ctx)
	}
	return n, err
}

// Remove removes a note (its history keeps it) and tells every subscriber.
func (l *Live) Remove(ctx context.Context, id int64, analyst string) error {
	err := l.store.Remove(ctx, id, analyst)
	if err == nil {
		l.changed(ctx)
	}
	return err
}

// History is every revision of a note.
func (l *Live) History(ctx context.Context, id int64) ([]model.NoteRevision, error) {
	return l.store.History(ctx, id)
}

// changed loads the notes after a write of ours; should that fail, the
// next poll tries again.
func (l *Live) changed(ctx context.Context) {
	if err := l.load(context.WithoutCancel(ctx)); err != nil {
		l.fail(err)
	}
}

// Subscribe is a subscriber's view: the notes, and a signal when they
// change. Close it when done with it. After Live's Close it gets a closed
// channel.
func (l *Live) Subscribe() *Subscription {
	s := &Subscription{Live: l, ch: make(chan struct{}, 1)}
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.closed {
		close(s.ch)
		s.gone = true
		return s
	}
	l.subs[s] = struct{}{}
	return s
}

// Close stops watching the store, closes every subscriber's channel and
// closes the store.
func (l *Live) Close() error {
	l.mu.Lock()
	if l.closed {
		l.mu.Unlock()
		return nil
	}
	l.closed = true
	for s := range l.subs {
		s.gone = true
		close(s.ch)
	}
	clear(l.subs)
	l.mu.Unlock()
	l.stop()
	<-l.done
	l.loadMu.Lock() // a write's load finishes first
	defer l.loadMu.Unlock()
	return l.store.Close()
}

// Subscription is one subscriber of a Live store: a session.
type Subscription struct {
	*Live
	ch   chan struct{}
	gone bool // ch closed; guarded by Live.mu
}

// Changes receives when the notes changed (Current is the new set); it is
// closed by Close.
func (s *Subscription) Changes() <-chan struct{} { return s.ch }

// Close ends the subscription: Changes is closed.
func (s *Subscription) Close() {
	l := s.Live
	l.mu.Lock()
	defer l.mu.Unlock()
	if !s.gone {
		s.gone = true
		delete(l.subs, s)
		close(s.ch)
	}
}
