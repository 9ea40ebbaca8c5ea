package cite

import (
	"fmt"
	"testing"
)

// A filter never turns away a word it was given, however many it was given
// and whatever their length; it turns away most others.
func TestFilter(t *testing.T) {
	var s seqs[int]
	var words []string
	for i := range 3000 {
		w := fmt.Sprintf("كلمه%dx", i*7919)
		if i%3 == 0 {
			w = fmt.Sprint(i)
		}
		words = append(words, w)
		s.add(w, i)
	}
	st := newSet(append(words, "", "a"))
	for _, w := range words {
		if !s.first.mayHave(w) || !st.has(w) {
			t.Fatalf("%q added but turned away", w)
		}
	}
	if !st.has("") || !st.has("a") {
		t.Fatal("short words turned away")
	}
	passed := 0
	for i := range 3000 {
		if st.f.mayHave(fmt.Sprintf("غير%d", i)) {
			passed++
		}
	}
	if passed > 600 {
		t.Errorf("%d of 3000 other words pass the filter", passed)
	}
	var empty set
	if empty.has("x") || (&filter{}).mayHave("") {
		t.Error("an empty set has a word")
	}
}
