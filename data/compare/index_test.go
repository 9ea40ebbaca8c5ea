package compare

import (
	"reflect"
	"testing"
	"testing/fstest"

	"github.com/isnad/isnad/model"
)

func TestIndexSelection(t *testing.T) {
	f := mustFrames(t, testFrames)
	x := NewIndex(f)
	a := mkArticle("A", "", body("هذا التحالف زواج مصلحة.", "تحالف تحالف روسيا روسيا."))
	b := mkArticle("B", "", body("الصين حذرة من التحالف.", "بكين بكين حذرة."))
	c := mkArticle("C", "", body("لا شيء عن الموضوع.", "موضوع موضوع آخر."))
	for _, art := range []*model.Article{a, b, c} {
		x.Add(art)
	}
	if x.Add(a) != x.Analysis("A") {
		t.Error("Add of a known article should return its analysis, not redo it")
	}
	full := x.Compare([]string{"C", "A", "B", "nope"})
	if !reflect.DeepEqual(full.Sources, []string{"C", "A", "B"}) {
		t.Errorf("sources = %v, want the known ids in the order given", full.Sources)
	}
	for fi, r := range full.Frames {
		if got := x.FrameRow(fi, full.Sources); !reflect.DeepEqual(got, r) {
			t.Errorf("FrameRow(%d) = %+v, want the row of Compare %+v", fi, got, r)
		}
		for _, id := range full.Sources {
			if got, want := x.Cell(fi, id), r.Cell(id); !reflect.DeepEqual(got, want) {
				t.Errorf("Cell(%d, %s) = %+v, want %+v", fi, id, got, want)
			}
		}
	}
	if x.Cell(99, "A").Score != 0 || x.Cell(0, "nope").Evidence != nil || len(x.FrameRow(-1, nil).Scores) != 0 {
		t.Error("out-of-range frame or unknown article should give zero values")
	}
	// Vocabulary is relative to the selection: A against B alone differs
	// from A against B and C.
	pair := x.Compare([]string{"A", "B"})
	if reflect.DeepEqual(pair.Vocabulary["A"], full.Vocabulary["A"]) {
		t.Error("A's vocabulary should change with the selection it is compared against")
	}
	if _, ok := pair.Vocabulary["C"]; ok {
		t.Error("C is not selected and should have no vocabulary")
	}
}

func TestLoadFrames(t *testing.T) {
	fsys := fstest.MapFS{
		"frames.yaml": {Data: []byte(testFrames)},
		"bad.yaml":    {Data: []byte("frames: [{id: x}]")},
	}
	f, err := LoadFrames(fsys, FramesFile)
	if err != nil || len(f.Frames) != 3 || len(f.Naming) != 3 || len(f.Events) != 3 {
		t.Fatalf("LoadFrames = %v, %v", f, err)
	}
	if f.Events[0].Name != "signed" {
		t.Errorf("an event without a name is named by its id, got %q", f.Events[0].Name)
	}
	if _, err := LoadFrames(fsys, "bad.yaml"); err == nil {
		t.Error("a frame without cues should be an error")
	}
	if _, err := LoadFrames(fsys, "missing.yaml"); err == nil {
		t.Error("a missing file should be an error (the caller decides to fall back to Empty)")
	}
}
