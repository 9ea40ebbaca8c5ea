package text

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// corpusLines returns the non-empty lines of each article of the test corpus.
func corpusLines(t testing.TB) map[string][]string {
	t.Helper()
	files, err := filepath.Glob("../data/corpus/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no corpus in ../data/corpus: %v", err)
	}
	out := map[string][]string{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		name := strings.TrimSuffix(filepath.Base(f), ".txt")
		for _, line := range strings.Split(string(b), "\n") {
			if line != "" {
				out[name] = append(out[name], line)
			}
		}
	}
	return out
}

// TestFribidiParity checks every non-empty line of the articles against
// `fribidi --nobreak --nopad` (scripts/gen-fribidi-golden.sh), U+FEFF
// placeholders removed.
func TestFribidiParity(t *testing.T) {
	e := NewEngine(Options{NoBreak: true, NoPad: true})
	same, total := 0, 0
	for name, lines := range corpusLines(t) {
		b, err := os.ReadFile(filepath.Join("testdata/fribidi", name+".golden"))
		if err != nil {
			t.Fatal(err)
		}
		want := strings.Split(strings.TrimSuffix(strings.ReplaceAll(string(b), "\uFEFF", ""), "\n"), "\n")
		if len(want) != len(lines) {
			t.Fatalf("%s: %d lines, %d in the golden file", name, len(lines), len(want))
		}
		for i, line := range lines {
			total++
			got := e.Layout(line, 80, Auto)
			if len(got) != 1 {
				t.Fatalf("%s line %d: %d display lines with NoBreak", name, i+1, len(got))
			}
			if got[0].Text == want[i] {
				same++
				continue
			}
			t.Errorf("%s line %d differs from fribidi:\n got %q\nwant %q", name, i+1, got[0].Text, want[i])
		}
	}
	t.Logf("parity with fribidi: %d/%d lines", same, total)
}
