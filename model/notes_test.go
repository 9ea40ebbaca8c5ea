package model

import (
	"testing"
	"time"
)

func TestNoteSet(t *testing.T) {
	var empty *NoteSet
	if empty.Len() != 0 || empty.On("000#s1") != nil || empty.Annotated("000") != nil {
		t.Error("the nil set is not empty")
	}
	if _, ok := empty.Get(1); ok {
		t.Error("the nil set has note 1")
	}
	if _, ok := empty.Latest("000#s1"); ok {
		t.Error("the nil set has a latest note")
	}
	s := NewNoteSet(7, []Note{
		{ID: 1, Article: "000", Target: "000#s2", Sentence: "000#s2", Anchor: AnchorAttached},
		{ID: 2, Article: "000", Target: "000#s2", Sentence: "000#s5", Anchor: AnchorMoved},
		{ID: 3, Article: "000", Target: "000#s5", Sentence: "000#s5", Anchor: AnchorAttached},
		{ID: 4, Article: "001", Target: "001#s1", Anchor: AnchorOrphaned},
	})
	if s.Version != 7 || s.Len() != 4 {
		t.Errorf("version %d, %d notes", s.Version, s.Len())
	}
	if on := s.On("000#s5"); len(on) != 2 || on[0].ID != 2 || on[1].ID != 3 {
		t.Errorf("on 000#s5: %+v", on)
	}
	if on := s.On("000#s2"); len(on) != 1 || on[0].ID != 1 {
		t.Errorf("on 000#s2 (note 2 moved away): %+v", on)
	}
	m := s.Annotated("000")
	if len(m) != 2 || m["000#s2"] != 1 || m["000#s5"] != 2 {
		t.Errorf("marks of 000: %v", m)
	}
	if s.Annotated("001") != nil {
		t.Errorf("an orphaned note marks %v", s.Annotated("001"))
	}
	if n, ok := s.Get(4); !ok || n.Anchor != AnchorOrphaned {
		t.Errorf("note 4: %+v %v", n, ok)
	}
}

// TestLatest: the note changed last wins, whatever the order of the notes;
// of two changed at once, the later one in the set.
func TestLatest(t *testing.T) {
	at := func(m int) time.Time { return time.Date(2026, 1, 1, 9, m, 0, 0, time.UTC) }
	s := NewNoteSet(1, []Note{
		{ID: 1, Article: "000", Sentence: "000#s2", Verdict: VerdictVerified, Updated: at(5)},
		{ID: 2, Article: "000", Sentence: "000#s2", Verdict: VerdictDisputed, Updated: at(9)},
		{ID: 3, Article: "000", Sentence: "000#s2", Verdict: VerdictMisleading, Updated: at(7)},
		{ID: 4, Article: "000", Sentence: "000#s3", Verdict: VerdictVerified, Updated: at(1)},
		{ID: 5, Article: "000", Sentence: "000#s3", Verdict: VerdictNeedsSource, Updated: at(1)},
	})
	if n, ok := s.Latest("000#s2"); !ok || n.ID != 2 {
		t.Errorf("latest on 000#s2: %+v", n)
	}
	if n, _ := s.Latest("000#s3"); n.ID != 5 {
		t.Errorf("latest on 000#s3: %+v", n)
	}
	if _, ok := s.Latest("000#s4"); ok {
		t.Error("a sentence without notes has a latest")
	}
}
