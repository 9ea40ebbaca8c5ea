package text

import (
	"strings"
	"testing"
)

// articleText returns the whole test corpus as one text.
func articleText(t testing.TB) string {
	t.Helper()
	var b strings.Builder
	for _, lines := range corpusLines(t) {
		for _, l := range lines {
			b.WriteString(l)
			b.WriteByte('\n')
		}
	}
	return b.String()
}

// BenchmarkStream measures isnad cat's pipeline (no break, padding to 80)
// on one core: MB/s and allocations.
func BenchmarkStream(b *testing.B) {
	paras := strings.Split(strings.TrimSuffix(articleText(b), "\n"), "\n")
	s := NewStream(Options{NoBreak: true})
	var out []byte
	n := 0
	for _, p := range paras {
		n += len(p) + 1
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		out = out[:0]
		for _, p := range paras {
			out = s.Append(out, []byte(p), 80, Auto)
		}
	}
}

// longestArticle returns the paragraphs of the longest test article.
func longestArticle(t testing.TB) []string {
	var best []string
	n := 0
	for _, paras := range corpusLines(t) {
		if m := len(strings.Join(paras, "\n")); m > n {
			best, n = paras, m
		}
	}
	return best
}

// BenchmarkScreen: one 200×60 screen of an article already laid out (the
// reader's steady state: every paragraph in the cache).
func BenchmarkScreen(b *testing.B) {
	paras := longestArticle(b)
	e := NewEngine(Options{})
	for _, p := range paras {
		e.Layout(p, 200, RTL)
	}
	// Start the screen a few paragraphs in, as when scrolled.
	first := len(paras) / 3
	b.ReportAllocs()
	rows := 0
	for b.Loop() {
		rows = 0
		for i := first; rows < 60 && i < len(paras); i++ {
			for _, ln := range e.Layout(paras[i], 200, RTL) {
				if rows++; rows == 60 {
					break
				}
				_ = ln.Text
			}
		}
	}
	if rows != 60 {
		b.Fatalf("screen of %d rows", rows)
	}
}

// BenchmarkLayout: laying out a whole article at 80 columns, uncached.
func BenchmarkLayout(b *testing.B) {
	paras := longestArticle(b)
	initPlain()
	l := &layouter{wantMap: true}
	n := 0
	for _, p := range paras {
		n += len(p)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, p := range paras {
			l.buf, l.vmap = l.buf[:0], l.vmap[:0]
			l.paragraph(p, 80, RTL, false, true)
			_ = l.result()
		}
	}
}

// BenchmarkRender: a 200-column line with two styled spans.
func BenchmarkRender(b *testing.B) {
	paras := longestArticle(b)
	e := NewEngine(Options{})
	p := paras[len(paras)/3]
	ln := e.Layout(p, 200, RTL)[0]
	bold := func(s string) string { return "\x1b[1m" + s + "\x1b[22m" }
	spans := []Span{
		{Start: ln.Start + 10, End: ln.Start + 60, Style: bold},
		{Start: ln.Start + 100, End: ln.Start + 180, Style: bold},
	}
	b.ReportAllocs()
	for b.Loop() {
		_ = ln.Render(spans)
	}
}
