package realnews

import (
	"errors"
	"testing"
)

// TestGoldFiles: every committed gold file reads back against its article
// (spans inside the text, cue and speaker texts where given), and the
// development set is as large as promised: 40 Arabic articles from 8
// newspapers or more, 25 English.
func TestGoldFiles(t *testing.T) {
	dev := map[string]int{}
	outlets := map[string]bool{}
	files := eachGoldDoc(t, func(p string, g Gold, d Doc) {
		for _, e := range g.Check(d) {
			t.Errorf("%s: %v", p, e)
		}
		switch g.Split {
		case "dev":
			dev[g.Lang]++
			if g.Lang == "ar" {
				outlets[d.Source] = true
			}
		case "heldout":
		default:
			t.Errorf("%s: split %q, want dev or heldout", p, g.Split)
		}
	})
	if dev["ar"] < 40 || len(outlets) < 8 || dev["en"] < 25 {
		t.Errorf("development set: %d Arabic articles from %d newspapers, %d English; want 40 from 8, and 25", dev["ar"], len(outlets), dev["en"])
	}
	t.Logf("%d gold files: dev %d Arabic (%d newspapers), %d English", files, dev["ar"], len(outlets), dev["en"])
}

// eachGoldDoc calls fn with every committed gold file and its article,
// reporting the articles that do not load; it gives the number of files.
// The test is skipped when the datasets are absent.
func eachGoldDoc(t *testing.T, fn func(path string, g Gold, d Doc)) int {
	t.Helper()
	dir, err := Dir()
	if errors.Is(err, ErrNoDatasets) {
		t.Skip("skipping: ", err)
	}
	golds, paths, err := ReadGold("../../testdata/realgold")
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range paths {
		d, err := Load(dir, golds[p].Doc)
		if err != nil {
			t.Errorf("%s: %v", p, err)
			continue
		}
		fn(p, golds[p], d)
	}
	return len(paths)
}
