package screentest

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sync"
	"time"

	"github.com/isnad/isnad/model"
)

// Notes is a note store in memory for the screens' tests (common.Notes):
// each change made a minute after the last, from 2026-11-03 09:00 local
// time (so that screens read the same whatever the time zone), and
// signalled on Changes as the real store does. A note sits on its target
// unless seeded with an anchor of its own.
type Notes struct {
	mu      sync.Mutex
	notes   []model.Note
	revs    map[int64][]model.NoteRevision
	version int64
	clock   time.Time
	set     *model.NoteSet
	ch      chan struct{}
	// Fail, when set, makes every write and History fail with it.
	Fail error
	// VerdictList are the verdicts offered (default: the built-in ones).
	VerdictList []model.Verdict
	down        error // what Err says (SetDown)
}

// SetDown makes the store unreachable (err) or reachable again (nil), and
// signals the change.
func (s *Notes) SetDown(err error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.down = err
	select {
	case s.ch <- struct{}{}:
	default:
	}
}

// Err is what SetDown said.
func (s *Notes) Err() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.down
}

// NewNotes returns an empty store.
func NewNotes() *Notes {
	n := &Notes{revs: map[int64][]model.NoteRevision{}, ch: make(chan struct{}, 1),
		clock: time.Date(2026, 11, 3, 9, 0, 0, 0, time.Local)}
	n.set = model.NewNoteSet(0, nil)
	return n
}

// Seed adds notes as given (ids, times and anchors left empty are filled
// in).
func (s *Notes) Seed(notes ...model.Note) *Notes {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, n := range notes {
		if n.ID == 0 {
			n.ID = int64(len(s.notes) + 1)
		}
		if n.Article == "" {
			n.Article, _, _ = cut(n.Target)
		}
		if n.Created.IsZero() {
			n.Created = s.tick()
			n.Updated = n.Created
		}
		if n.Rev == 0 {
			n.Rev = 1
		}
		if n.EditedBy == "" {
			n.EditedBy = n.Analyst
		}
		if n.Anchor == "" {
			n.Anchor, n.Sentence = model.AnchorAttached, n.Target
		}
		s.notes = append(s.notes, n)
		s.revs[n.ID] = append(s.revs[n.ID], model.NoteRevision{Note: n.ID, Rev: 1, Verdict: n.Verdict,
			Text: n.Text, Analyst: n.Analyst, At: n.Created})
	}
	s.changed()
	return s
}

func cut(target string) (string, string, bool) {
	for i := range target {
		if target[i] == '#' {
			return target[:i], target[i+1:], true
		}
	}
	return target, "", false
}

func (s *Notes) tick() time.Time {
	s.clock = s.clock.Add(time.Minute)
	return s.clock
}

// changed makes a new set and signals it; s.mu is held.
func (s *Notes) changed() {
	s.version++
	s.set = model.NewNoteSet(s.version, slices.Clone(s.notes))
	select {
	case s.ch <- struct{}{}:
	default:
	}
}

// Current is every note.
func (s *Notes) Current() *model.NoteSet {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.set
}

// Changes receives after every change.
func (s *Notes) Changes() <-chan struct{} { return s.ch }

// Verdicts are VerdictList, else the built-in ones.
func (s *Notes) Verdicts() []model.Verdict {
	if s.VerdictList != nil {
		return s.VerdictList
	}
	return model.DefaultVerdicts
}

// Add stores a note.
func (s *Notes) Add(_ context.Context, d model.NoteDraft) (model.Note, error) {
	if s.Fail != nil {
		return model.Note{}, s.Fail
	}
	if d.Analyst == "" || d.Verdict == "" || d.Target == "" {
		return model.Note{}, errors.New("a note needs an analyst, a verdict and a sentence")
	}
	s.Seed(model.Note{Target: d.Target, Quote: d.Quote, Verdict: d.Verdict, Text: d.Text, Analyst: d.Analyst})
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.notes[len(s.notes)-1], nil
}

// Edit makes a new revision.
func (s *Notes) Edit(_ context.Context, id int64, e model.NoteEdit) (model.Note, error) {
	if s.Fail != nil {
		return model.Note{}, s.Fail
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	i := s.find(id)
	if i < 0 {
		return model.Note{}, fmt.Errorf("note %d: no such note", id)
	}
	n := &s.notes[i]
	n.Verdict, n.Text, n.EditedBy, n.Updated = e.Verdict, e.Text, e.Analyst, s.tick()
	n.Rev++
	s.revs[id] = append(s.revs[id], model.NoteRevision{Note: id, Rev: n.Rev, Verdict: n.Verdict, Text: n.Text,
		Analyst: e.Analyst, At: n.Updated})
	s.changed()
	return *n, nil
}

// Remove takes a note off the list; its history keeps it.
func (s *Notes) Remove(_ context.Context, id int64, analyst string) error {
	if s.Fail != nil {
		return s.Fail
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	i := s.find(id)
	if i < 0 {
		return fmt.Errorf("note %d: no such note", id)
	}
	n := s.notes[i]
	s.revs[id] = append(s.revs[id], model.NoteRevision{Note: id, Rev: n.Rev + 1, Verdict: n.Verdict, Text: n.Text,
		Analyst: analyst, At: s.tick(), Deleted: true})
	s.notes = slices.Delete(s.notes, i, i+1)
	s.changed()
	return nil
}

// History is every revision of a note.
func (s *Notes) History(_ context.Context, id int64) ([]model.NoteRevision, error) {
	if s.Fail != nil {
		return nil, s.Fail
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if len(s.revs[id]) == 0 {
		return nil, fmt.Errorf("note %d: no such note", id)
	}
	return slices.Clone(s.revs[id]), nil
}

func (s *Notes) find(id int64) int {
	return slices.IndexFunc(s.notes, func(n model.Note) bool { return n.ID == id })
}
