package data

import (
	"slices"
	"strings"
	"testing"

	"github.com/isnad/isnad/model"
)

// The library's background pass feeds the analysis layers: claim rows,
// diagnostics and the source index are there once it is over, and agree with
// analysing each article on demand.
func TestLibraryAnalysis(t *testing.T) {
	l, err := OpenEmbedded()
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	l.Wait()

	claims := l.Claims()
	total := 0
	for _, a := range l.Articles() {
		s, err := l.Sourcing(a.ID)
		if err != nil {
			t.Fatal(err)
		}
		total += len(s.Claims)
		if a.Stats.Claims != len(s.Claims) || a.Stats.Citations != len(s.Citations) {
			t.Errorf("%s: stats say %d claims, %d citations; analysis %d, %d",
				a.ID, a.Stats.Claims, a.Stats.Citations, len(s.Claims), len(s.Citations))
		}
	}
	if len(claims) != total || total == 0 {
		t.Fatalf("Claims() has %d rows, the articles %d claims", len(claims), total)
	}
	for _, c := range claims {
		if c.Text == "" || len(c.Text) > model.PreviewBytes+len("…") {
			t.Errorf("%s: preview %q", c.ID, c.Text)
		}
	}

	// 000's citation problems, as its reference list has them.
	var d000 *model.Diagnostics
	for _, d := range l.Diagnostics() {
		if d.Article == "000" {
			d000 = &d
		}
	}
	if d000 == nil || len(d000.Unresolved) == 0 || len(d000.Ambiguous) == 0 || len(d000.Unused) == 0 {
		t.Fatalf("000 diagnostics: %+v", d000)
	}

	// Every source's backlinks are claims the library knows.
	known := map[string]bool{}
	for _, c := range claims {
		known[c.ID] = true
	}
	srcs := l.Sources()
	if len(srcs) == 0 {
		t.Fatal("no sources")
	}
	reuters, ok := l.Source("reuters")
	if !ok || reuters.Kind != model.SourceOutlet {
		t.Errorf("reuters from the embedded alias table: %+v %v", reuters, ok)
	}
	for _, s := range srcs {
		for _, id := range l.Backlinks(s.ID) {
			if !known[id] {
				t.Errorf("source %s: backlink %s is no known claim", s.ID, id)
			}
		}
	}

	// A comparison of a selection keeps only that selection's analyses.
	c, err := l.Compare([]string{"000", "002"})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(c.Sources, []string{"000", "002"}) || len(c.Frames) < 8 {
		t.Errorf("comparison of 000, 002: sources %v, %d frames", c.Sources, len(c.Frames))
	}
	if l.cmp.Analysis("001") != nil {
		t.Error("an article outside the selection is still analysed")
	}
	if _, err := l.Compare([]string{"nope"}); err == nil || !strings.Contains(err.Error(), "nope") {
		t.Errorf("comparing an unknown article: %v", err)
	}
}
