package tui

import (
	"testing"

	"github.com/isnad/isnad/tui/common"
)

func TestJumpList(t *testing.T) {
	loc := func(a string, p int) common.Location { return common.Location{Article: a, Para: p} }
	var j jumpList
	if _, ok := j.back(loc("A", 0)); ok {
		t.Fatal("empty list went back")
	}
	// A → B → C by jumps.
	j.push(loc("A", 1))
	j.push(loc("B", 2))
	at := loc("C", 3)

	got, ok := j.back(at)
	if !ok || got != loc("B", 2) {
		t.Fatalf("back from C = %v %v, want B", got, ok)
	}
	got, ok = j.back(got)
	if !ok || got != loc("A", 1) {
		t.Fatalf("second back = %v %v, want A", got, ok)
	}
	if _, ok := j.back(got); ok {
		t.Fatal("went back past the oldest jump")
	}
	got, ok = j.forward(loc("A", 1))
	if !ok || got != loc("B", 2) {
		t.Fatalf("forward = %v %v, want B", got, ok)
	}
	got, ok = j.forward(got)
	if !ok || got != loc("C", 3) {
		t.Fatalf("forward to head = %v %v, want C", got, ok)
	}
	if _, ok := j.forward(got); ok {
		t.Fatal("went forward past the newest place")
	}

	// A new jump from the middle drops what was ahead, like a browser.
	j.back(loc("C", 3)) // at B
	j.push(loc("B", 9)) // jump from B to D
	got, _ = j.back(loc("D", 4))
	if got != loc("B", 9) {
		t.Fatalf("back after branching = %v, want B#9", got)
	}
	if _, ok := j.forward(got); !ok {
		t.Fatal("forward to D lost")
	}
	if g, ok := j.forward(loc("D", 4)); ok {
		t.Fatalf("C survived the branch: %v", g)
	}
}

func TestJumpListBounded(t *testing.T) {
	var j jumpList
	for i := 0; i < 3*maxJumps; i++ {
		j.push(common.Location{Article: "A", Para: i})
	}
	if len(j.entries) != maxJumps {
		t.Fatalf("kept %d entries, want %d", len(j.entries), maxJumps)
	}
	got, _ := j.back(common.Location{})
	if got.Para != 3*maxJumps-1 {
		t.Fatalf("newest entry = %d", got.Para)
	}
}
