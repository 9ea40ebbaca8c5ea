package cite_test

import (
	"testing"

	"github.com/isnad/isnad/data/cite"
)

// BenchmarkAnalyze runs the sourcing layer over the five embedded articles
// (parsed once, outside the timer); bytes are the articles' paragraph text,
// so MB/s extrapolates to a larger corpus.
func BenchmarkAnalyze(b *testing.B) {
	as := articles(b)
	z := cite.New(aliases(b), nil)
	size := 0
	for _, a := range as {
		for _, p := range a.Paragraphs {
			size += len(p.Text)
		}
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		x := cite.NewIndex()
		for _, a := range as {
			x.Add(z.Analyze(a))
		}
	}
}
