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
	dir, golds, paths := committedGold(t)
	dev := map[string]int{}
	outlets := map[string]bool{}
	for _, p := range paths {
		g := golds[p]
		d, err := Load(dir, g.Doc)
		if err != nil {
			t.Errorf("%s: %v", p, err)
			continue
		}
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
	}
	if dev["ar"] < 40 || len(outlets) < 8 || dev["en"] < 25 {
		t.Errorf("development set: %d Arabic articles from %d newspapers, %d English; want 40 from 8, and 25", dev["ar"], len(outlets), dev["en"])
	}
	t.Logf("%d gold files: dev %d Arabic (%d newspapers), %d English", len(paths), dev["ar"], len(outlets), dev["en"])
}

// committedGold is the datasets' folder and the committed gold files; the
// test is skipped when the datasets are absent.
func committedGold(t *testing.T) (dir string, golds map[string]Gold, paths []string) {
	t.Helper()
	dir, err := Dir()
	if errors.Is(err, ErrNoDatasets) {
		t.Skip("skipping: ", err)
	}
	golds, paths, err = ReadGold("../../testdata/realgold")
	if err != nil {
		t.Fatal(err)
	}
	return dir, golds, paths
}
