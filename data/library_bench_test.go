package data_test

import (
	"os"
	"path/filepath"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/isnad/isnad/data"
	"github.com/isnad/isnad/data/internal/gen"
)

// The large-corpus benchmarks read the folder named by ISNAD_BENCH_CORPUS
// (scripts/bench-open.sh makes one with data/gencorpus), else generate
// 10,000 articles once into a temporary folder.
var (
	benchOnce sync.Once
	benchDir  string
	benchErr  error
)

func benchCorpus(b *testing.B) string {
	b.Helper()
	if d := os.Getenv("ISNAD_BENCH_CORPUS"); d != "" {
		return d
	}
	benchOnce.Do(func() {
		benchDir, benchErr = os.MkdirTemp("", "isnad-bench-")
		if benchErr == nil {
			_, benchErr = gen.Write(benchDir, gen.Options{N: 10000, Meta: gen.Mixed, Seed: 1})
		}
	})
	if benchErr != nil {
		b.Fatal(benchErr)
	}
	return benchDir
}

// BenchmarkOpen10k is the time until Open returns with every title listable.
func BenchmarkOpen10k(b *testing.B) {
	dir := benchCorpus(b)
	b.ReportAllocs()
	for b.Loop() {
		l, err := data.Open(dir)
		if err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		if n := len(l.Articles()); n == 0 || l.Articles()[n-1].Meta.Title == "" {
			b.Fatal("titles missing")
		}
		l.Close()
		b.StartTimer()
	}
}

// BenchmarkPass10k is Open plus the whole background pass.
func BenchmarkPass10k(b *testing.B) {
	dir := benchCorpus(b)
	b.ReportAllocs()
	for b.Loop() {
		l, err := data.Open(dir)
		if err != nil {
			b.Fatal(err)
		}
		l.Wait()
		if done, total := l.Progress(); done != total {
			b.Fatalf("%d/%d", done, total)
		}
	}
}

// BenchmarkOpenSaudiNewsNet opens the 25,020 articles of SaudiNewsNet
// (../shared/datasets; skipped without it) until every title is listable:
// the library on screen. Beside the wall time it reports the CPU time the
// process spent (cpu-ms/op), which a busy machine does not inflate.
func BenchmarkOpenSaudiNewsNet(b *testing.B) {
	dir := filepath.Join("..", "..", "shared", "datasets", "saudinewsnet")
	if d := os.Getenv("ISNAD_DATASETS"); d != "" {
		dir = filepath.Join(d, "saudinewsnet")
	}
	if _, err := os.Stat(dir); err != nil {
		b.Skipf("SaudiNewsNet is not on this machine: %v", err)
	}
	cpu := func() time.Duration {
		var ru syscall.Rusage
		syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
		return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
	}
	start := cpu()
	for b.Loop() {
		l, err := data.OpenWith(dir, data.Options{NoPass: true})
		if err != nil || len(l.Articles()) != 25020 {
			b.Fatalf("%v", err)
		}
	}
	b.ReportMetric(float64((cpu()-start).Milliseconds())/float64(b.N), "cpu-ms/op")
}
