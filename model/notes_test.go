package model

import "testing"

func TestNoteSet(t *testing.T) {
	var empty *NoteSet
	if empty.Len() != 0 || empty.On("000#s1") != nil || empty.Annotated("000") != nil {
		t.Error("the nil set is not empty")
	}
	if _, ok := empty.Get(1); ok {
		t.Error("the nil set has note 1")
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
