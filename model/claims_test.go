package model

import (
	"fmt"
	"testing"
)

// Claim and Reference find every entry by id, and nothing for ids that are
// not there: sentences that are no claim, other articles, other kinds.
func TestSourcingLookups(t *testing.T) {
	s := &Sourcing{Article: "a"}
	for n := 0; n < 50; n++ {
		if n%3 != 1 { // sentences 2, 5, 8… are not claims
			s.Claims = append(s.Claims, Claim{ID: ElemID("a", 's', n)})
		}
		s.References = append(s.References, Reference{ID: ElemID("a", 'r', n)})
	}
	for n := 0; n < 52; n++ {
		id := ElemID("a", 's', n)
		c := s.Claim(id)
		want := n < 50 && n%3 != 1
		if (c != nil) != want || c != nil && c.ID != id {
			t.Errorf("Claim(%s) = %v, want found=%v", id, c, want)
		}
		rid := ElemID("a", 'r', n)
		r := s.Reference(rid)
		if (r != nil) != (n < 50) || r != nil && r.ID != rid {
			t.Errorf("Reference(%s) = %v", rid, r)
		}
	}
	for _, id := range []string{"b#s1", "a#r1x", "a", "a#p1", "", fmt.Sprint("a#s", 1<<40)} {
		if s.Claim(id) != nil {
			t.Errorf("Claim(%q) found something", id)
		}
	}
	if s.Reference("b#r1") != nil {
		t.Error(`Reference("b#r1") found something`)
	}
}
