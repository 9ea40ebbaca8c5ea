package model

import (
	"context"
	"time"
)

// This file holds the types of notes (data/notes): an analyst's verdict on
// a claim or sentence, with free text, who wrote it and when; edits keep
// every revision. A note is anchored by the sentence's text as it read when
// the note was written, so it follows the sentence when the article's file
// changes (see AnchorState).

// Verdict is an analyst's judgement of a claim. The four below are built
// in; a team may define more in a verdicts file (data/notes.LoadVerdicts).
type Verdict string

// Built-in verdicts.
const (
	VerdictVerified    Verdict = "verified"
	VerdictDisputed    Verdict = "disputed"
	VerdictNeedsSource Verdict = "needs source"
	VerdictMisleading  Verdict = "misleading"
)

// DefaultVerdicts are the built-in verdicts, in the order screens list them.
var DefaultVerdicts = []Verdict{VerdictVerified, VerdictDisputed, VerdictNeedsSource, VerdictMisleading}

// AnchorState says whether a note still sits on the sentence it was written
// on.
type AnchorState string

// Anchor states.
const (
	// AnchorAttached: the sentence is where it was, with the same text.
	AnchorAttached AnchorState = "attached"
	// AnchorMoved: the text is found at another sentence of the article
	// (the file changed above it); Note.Sentence says where.
	AnchorMoved AnchorState = "moved"
	// AnchorOrphaned: the text is no longer in the article (or the article
	// is gone); the note is kept, with its quote.
	AnchorOrphaned AnchorState = "orphaned"
)

// Note is one note as it stands now.
type Note struct {
	ID      int64  `json:"id"`
	Target  string `json:"target"`  // the sentence id it was written on, "000#s40"
	Article string `json:"article"` // "000"
	// Quote is the sentence's text when the note was written: the anchor.
	Quote   string  `json:"quote"`
	Verdict Verdict `json:"verdict"`
	Text    string  `json:"text"`
	// Analyst wrote the note; EditedBy made the last change.
	Analyst  string    `json:"analyst"`
	EditedBy string    `json:"edited_by"`
	Created  time.Time `json:"created"`
	Updated  time.Time `json:"updated"`
	Rev      int       `json:"rev"` // 1 when never edited

	// Anchor and Sentence are not stored: they are worked out against the
	// article as it reads now (data/notes.Anchor). Sentence is where the
	// note sits now (Target unless moved; empty when orphaned).
	Anchor   AnchorState `json:"anchor,omitempty"`
	Sentence string      `json:"sentence,omitempty"`
}

// NoteDraft is a new note.
type NoteDraft struct {
	Target  string // sentence id
	Quote   string // the sentence's text now
	Verdict Verdict
	Text    string
	Analyst string
}

// NoteEdit changes a note's verdict or text; Analyst is who edits.
type NoteEdit struct {
	Verdict Verdict
	Text    string
	Analyst string
}

// NoteRevision is one state of a note in its history: the first is its
// creation, a Deleted one its removal.
type NoteRevision struct {
	Note    int64     `json:"note"`
	Rev     int       `json:"rev"`
	Verdict Verdict   `json:"verdict"`
	Text    string    `json:"text"`
	Analyst string    `json:"analyst"`
	At      time.Time `json:"at"`
	Deleted bool      `json:"deleted,omitempty"`
}

// NoteFilter selects notes; empty fields select all.
type NoteFilter struct {
	Article string
	Target  string
	Analyst string
	Verdict Verdict
}

// NoteStore is what screens need of the note store; data/notes implements
// it over SQLite and PostgreSQL. Every method is safe for concurrent use,
// and several processes may share one store.
//
// List leaves Anchor and Sentence empty unless the store knows the corpus
// (data/notes.Anchored does). A screen-facing Library (tui.Library) can
// embed NoteStore and Searcher as they are.
//
// Version is a counter that grows with every change anyone makes to the
// store: a screen polls it (it is one indexed read) and reloads its notes
// when it moved, so that a note written in one session appears in the
// others (data/notes.Watch does the polling).
type NoteStore interface {
	Add(ctx context.Context, d NoteDraft) (Note, error)
	Edit(ctx context.Context, id int64, e NoteEdit) (Note, error)
	Remove(ctx context.Context, id int64, analyst string) error
	Get(ctx context.Context, id int64) (Note, error)
	List(ctx context.Context, f NoteFilter) ([]Note, error)
	History(ctx context.Context, id int64) ([]NoteRevision, error)
	Version(ctx context.Context) (int64, error)
}

// NoteSet is every note of a store as of one version, anchored (Anchor and
// Sentence filled), with the notes each sentence carries now: what the
// notes screen lists and the reader's gutter marks. A set is never changed
// once made: a change to the store makes a new one. The nil set is empty.
type NoteSet struct {
	Version int64
	notes   []Note
	on      map[string][]int          // sentence where a note sits now → indexes in notes
	byID    map[int64]int             // note id → index
	marks   map[string]map[string]int // article → sentence → notes on it
}

// NewNoteSet indexes anchored notes, in the order given.
func NewNoteSet(version int64, notes []Note) *NoteSet {
	s := &NoteSet{Version: version, notes: notes, on: map[string][]int{}, byID: make(map[int64]int, len(notes)),
		marks: map[string]map[string]int{}}
	for i, n := range notes {
		s.byID[n.ID] = i
		if n.Sentence == "" {
			continue // orphaned: on no sentence
		}
		s.on[n.Sentence] = append(s.on[n.Sentence], i)
		m := s.marks[n.Article]
		if m == nil {
			m = map[string]int{}
			s.marks[n.Article] = m
		}
		m[n.Sentence]++
	}
	return s
}

// All is every note, oldest first. The slice is the set's: not to be
// changed.
func (s *NoteSet) All() []Note {
	if s == nil {
		return nil
	}
	return s.notes
}

// Len is the number of notes.
func (s *NoteSet) Len() int { return len(s.All()) }

// Get is the note with an id.
func (s *NoteSet) Get(id int64) (Note, bool) {
	if s == nil {
		return Note{}, false
	}
	i, ok := s.byID[id]
	if !ok {
		return Note{}, false
	}
	return s.notes[i], true
}

// On is the notes sitting on a sentence now (attached or moved there),
// oldest first.
func (s *NoteSet) On(sentence string) []Note {
	if s == nil {
		return nil
	}
	idx := s.on[sentence]
	out := make([]Note, len(idx))
	for i, j := range idx {
		out[i] = s.notes[j]
	}
	return out
}

// Latest is the note on a sentence changed last (the one that says where
// the analysts stand now), false when the sentence carries none.
func (s *NoteSet) Latest(sentence string) (Note, bool) {
	if s == nil {
		return Note{}, false
	}
	best := -1
	for _, i := range s.on[sentence] {
		if best < 0 || !s.notes[i].Updated.Before(s.notes[best].Updated) {
			best = i
		}
	}
	if best < 0 {
		return Note{}, false
	}
	return s.notes[best], true
}

// Annotated is the sentences of an article that carry notes now, with how
// many each: the reader's gutter marks. The map is the set's: not to be
// changed; nil when the article carries none.
func (s *NoteSet) Annotated(article string) map[string]int {
	if s == nil {
		return nil
	}
	return s.marks[article]
}
