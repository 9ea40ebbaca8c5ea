package cite_test

import (
	"fmt"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/isnad/isnad/data"
	"github.com/isnad/isnad/data/cite"
	"github.com/isnad/isnad/model"
)

// denseArticle is one paragraph of about size bytes in which every sentence
// is a claim on the same source — cited, quoted and carrying a number — then
// the reference list the citations resolve to. Indexes that search a list
// per claim make its analysis quadratic in the paragraph's length.
func denseArticle(size int) []byte {
	var b strings.Builder
	for i := 0; b.Len() < size; i++ {
		fmt.Fprintf(&b, "وقال المتحدث باسم وزارة الدفاع إن %d جنديا قتلوا في الهجوم (رويترز، 2024). ", i)
	}
	b.WriteString("\n\nالمراجع\n\nرويترز. (2024). تقرير عن الهجوم. https://example.org/a\n")
	return []byte(b.String())
}

// BenchmarkDenseParagraph analyses a 1 MB and a 4 MB claim-dense paragraph:
// linear indexes make the second take about four times the first
// (scripts/bench-load.sh prints both side by side).
func BenchmarkDenseParagraph(b *testing.B) {
	for _, mb := range []int{1, 4} {
		raw := denseArticle(mb << 20)
		a := data.ParseArticle("dense", "dense.txt", raw, model.Meta{})
		z := cite.New(nil, nil)
		b.Run(fmt.Sprintf("%dMB", mb), func(b *testing.B) {
			b.SetBytes(int64(len(raw)))
			start := cpuTime()
			for b.Loop() {
				if s := z.Analyze(a); len(s.Claims) < len(a.Sentences)/2 {
					b.Fatalf("%d claims of %d sentences", len(s.Claims), len(a.Sentences))
				}
			}
			// CPU time as well as wall time: a busy machine inflates the
			// second, not the first.
			b.ReportMetric(float64((cpuTime()-start).Milliseconds())/float64(b.N), "cpu-ms/op")
		})
	}
}

// cpuTime is the CPU time this process has used.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchmarkInchSigns analyses one sentence of 20,000 and one of 80,000
// inch signs glued to digits inside a quotation closed at its end: each
// sign asks where the next curly mark is, and asking it afresh for every
// sign made such a sentence quadratic (4.6 s for 40,000 signs, now 51 ms).
// Linear, the second takes about four times the first.
func BenchmarkInchSigns(b *testing.B) {
	for _, n := range []int{20000, 80000} {
		raw := []byte("# t\n\nوقال أحمد “" + strings.Repeat("1″ ", n) + "”.\n")
		a := data.ParseArticle("inch", "inch.txt", raw, model.Meta{})
		z := cite.New(nil, nil)
		b.Run(fmt.Sprintf("%d", n), func(b *testing.B) {
			b.SetBytes(int64(len(raw)))
			for b.Loop() {
				if s := z.Analyze(a); len(s.Attributions) != 1 {
					b.Fatalf("%d attributions, want وقال alone", len(s.Attributions))
				}
			}
		})
	}
}
