package compare_test

import (
	"testing"

	"github.com/isnad/isnad/data/compare"
	"github.com/isnad/isnad/model"
)

func textBytes(arts []*model.Article) int64 {
	var n int64
	for _, a := range arts {
		for _, s := range a.Sentences {
			n += int64(len(s.Text))
		}
	}
	return n
}

// BenchmarkBuild is `isnad compare` on the five articles: analysis of each
// article and the comparison of all five.
func BenchmarkBuild(b *testing.B) {
	c, f := embedded(b)
	b.SetBytes(textBytes(c.Articles))
	b.ReportAllocs()
	for b.Loop() {
		compare.Build(c.Articles, f)
	}
}

// BenchmarkAnalyze is the once-per-article cost (what a large corpus pays
// per article, in the background).
func BenchmarkAnalyze(b *testing.B) {
	c, f := embedded(b)
	b.SetBytes(textBytes(c.Articles))
	b.ReportAllocs()
	for b.Loop() {
		for _, a := range c.Articles {
			compare.Analyze(a, f)
		}
	}
}

// selections are the source sets the switch benchmarks cycle through.
var selections = [][]string{
	{"000", "001", "002", "003", "004"},
	{"000", "002"},
	{"001", "003", "004"},
	{"004", "000", "002", "001"},
}

// BenchmarkSwitchFrame is what the compare screen recomputes when the user
// moves to another frame or changes the sources: one frame's cells.
func BenchmarkSwitchFrame(b *testing.B) {
	c, f := embedded(b)
	x := compare.NewIndex(f)
	for _, a := range c.Articles {
		x.Add(a)
	}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		x.FrameRow(i%len(f.Frames), selections[i%len(selections)])
		i++
	}
}

// BenchmarkSwitchSelection is a whole comparison of a new selection from
// analyses already made: frames, naming, vocabulary (recomputed against
// the new selection) and facts.
func BenchmarkSwitchSelection(b *testing.B) {
	c, f := embedded(b)
	x := compare.NewIndex(f)
	for _, a := range c.Articles {
		x.Add(a)
	}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		x.Compare(selections[i%len(selections)])
		i++
	}
}
