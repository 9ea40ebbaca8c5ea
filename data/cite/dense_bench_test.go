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
