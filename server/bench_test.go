package server

import (
	"strings"
	"testing"
	"time"
)

// BenchmarkSessionScroll is one session scrolling an article at 120×40
// through the whole server (SSH, program, renderer), client included; the
// client waits for each screen before the next key, so a loop is one
// scroll's round trip. Many sessions at once: scripts/bench-serve.sh.
func BenchmarkSessionScroll(b *testing.B) {
	ts := startServer(b, nil)
	c, err := ts.dial(b, ts.alice)
	if err != nil {
		b.Fatal(err)
	}
	_, out, in := ptySession(b, c, 120, 40)
	// waitFrom waits for s in the output from byte from on.
	waitFrom := func(from int, s string) {
		deadline := time.Now().Add(20 * time.Second)
		for !strings.Contains(out.String()[from:], s) {
			if time.Now().After(deadline) {
				b.Fatalf("no %q in %q", s, out.String()[from:])
			}
			time.Sleep(time.Millisecond)
		}
	}
	waitFrom(0, libraryHeader)
	from := len(out.String())
	if _, err := in.Write([]byte("\r")); err != nil {
		b.Fatal(err)
	}
	waitFrom(from, "%") // the reader's position
	bytes := 0
	i := 0
	for b.Loop() {
		key := "j"
		if i/50%2 == 1 { // 50 down, 50 up: never at an end
			key = "k"
		}
		i++
		n := len(out.String())
		if _, err := in.Write([]byte(key)); err != nil {
			b.Fatal(err)
		}
		deadline := time.Now().Add(5 * time.Second)
		for len(out.String()) == n {
			if time.Now().After(deadline) {
				b.Fatalf("no screen after scroll %d", i)
			}
			time.Sleep(100 * time.Microsecond)
		}
		bytes += len(out.String()) - n
	}
	b.ReportMetric(float64(bytes)/float64(i), "bytes/scroll")
}
