package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

type jsonHit struct {
	Article  string  `json:"article"`
	Sentence string  `json:"sentence"`
	Text     string  `json:"text"`
	Score    float64 `json:"score"`
}

func searchJSON(t *testing.T, args ...string) []jsonHit {
	t.Helper()
	code, out, errOut := cli(append([]string{"search", "--json", "--limit", "1000"}, args...)...)
	if code != 0 {
		t.Fatalf("search %v: exit %d: %s", args, code, errOut)
	}
	var hits []jsonHit
	if err := json.Unmarshal([]byte(out), &hits); err != nil {
		t.Fatalf("search %v: %v\n%s", args, err, out)
	}
	return hits
}

func TestSearchCommand(t *testing.T) {
	cache := t.TempDir()
	t.Setenv("XDG_CACHE_HOME", cache)
	hits := searchJSON(t, "كوريا")
	var arts []string
	for _, h := range hits {
		if h.Article == "" || !strings.HasPrefix(h.Sentence, h.Article+"#s") || h.Text == "" || h.Score <= 0 {
			t.Errorf("hit %+v", h)
		}
		if !slices.Contains(arts, h.Article) {
			arts = append(arts, h.Article)
		}
	}
	slices.Sort(arts)
	if !slices.Equal(arts, []string{"000", "001", "002", "003", "004"}) {
		t.Errorf("كوريا: hits in %v, want all five articles", arts)
	}
	// The index was kept in the cache folder.
	if m, _ := filepath.Glob(filepath.Join(cache, "isnad", "search", "*", "manifest.tsv")); len(m) != 1 {
		t.Errorf("index manifests in the cache: %v", m)
	}
	sameHits := func(a, b string) {
		x, y := searchJSON(t, a), searchJSON(t, b)
		var xs, ys []string
		for _, h := range x {
			xs = append(xs, h.Sentence)
		}
		for _, h := range y {
			ys = append(ys, h.Sentence)
		}
		slices.Sort(xs)
		slices.Sort(ys)
		if len(xs) == 0 || !slices.Equal(xs, ys) {
			t.Errorf("%s: %d hits, %s: %d", a, len(xs), b, len(ys))
		}
	}
	sameHits("كوريا الشمالية", "كوريا الشماليه")
	sameHits("أوكرانيا", "اوكرانيا")
	sameHits("إطار", "اطار")

	code, out, _ := cli("search", "--limit", "3", "كوريا")
	if code != 0 || strings.Count(out, "\n") != 5 || !strings.Contains(out, "of ") {
		t.Errorf("plain: exit %d\n%s", code, out)
	}
	for _, bad := range [][]string{{"search"}, {"search", "status:maybe"}, {"search", "--limit", "0", "x"}, {"search", `"open`}} {
		if code, _, _ := cli(bad...); code != exitUsage {
			t.Errorf("%v: exit %d, want %d", bad, code, exitUsage)
		}
	}
	if code, _, errOut := cli("search", "--index", "/proc/no/such", "x"); code != exitInput {
		t.Errorf("unwritable index: exit %d (%s)", code, errOut)
	}
	if _, err := os.Stat(cache); err != nil {
		t.Fatal(err)
	}
}
