package search

import (
	"context"
	"os"
	"strings"
	"testing"

	"github.com/isnad/isnad/data"
)

// benchQueries are the queries BenchmarkQuery runs, "|"-separated
// (ISNAD_BENCH_QUERIES replaces them).
const benchQueries = `كوريا|روسيا|بيونغ|لأوكرانيا|"كوريا الشمالية"|status:anonymous|كوريا status:anonymous`

// BenchmarkQuery times queries on a large corpus and its index, built
// beforehand (scripts/bench-search.sh):
//
//	ISNAD_BENCH_CORPUS=DIR ISNAD_BENCH_INDEX=DIR go test ./data/search -bench Query -run '^$'
func BenchmarkQuery(b *testing.B) {
	dir, ix := os.Getenv("ISNAD_BENCH_CORPUS"), os.Getenv("ISNAD_BENCH_INDEX")
	if dir == "" || ix == "" {
		b.Skip("set ISNAD_BENCH_CORPUS and ISNAD_BENCH_INDEX (scripts/bench-search.sh does)")
	}
	lib, err := data.OpenWith(dir, data.Options{NoPass: true})
	if err != nil {
		b.Fatal(err)
	}
	defer lib.Close()
	x, err := Open(lib, ix)
	if err != nil {
		b.Fatal(err)
	}
	defer x.Close()
	if err := x.Wait(); err != nil {
		b.Fatal(err)
	}
	queries := os.Getenv("ISNAD_BENCH_QUERIES")
	if queries == "" {
		queries = benchQueries
	}
	for _, q := range strings.Split(queries, "|") {
		b.Run(q, func(b *testing.B) {
			var total int
			for b.Loop() {
				res, err := x.Search(context.Background(), q, Options{Limit: 20})
				if err != nil {
					b.Fatal(err)
				}
				total = res.Total
			}
			b.ReportMetric(float64(total), "hits")
		})
	}
}

// BenchmarkReopen times what the index adds to reopening an unchanged
// corpus: stamping every article, reading the manifest, opening bleve's
// files and running the first query (the corpus itself is opened once,
// outside the timing).
func BenchmarkReopen(b *testing.B) {
	dir, ix := os.Getenv("ISNAD_BENCH_CORPUS"), os.Getenv("ISNAD_BENCH_INDEX")
	if dir == "" || ix == "" {
		b.Skip("set ISNAD_BENCH_CORPUS and ISNAD_BENCH_INDEX (scripts/bench-search.sh does)")
	}
	lib, err := data.OpenWith(dir, data.Options{NoPass: true})
	if err != nil {
		b.Fatal(err)
	}
	defer lib.Close()
	q := strings.Split(benchQueries, "|")[0]
	if s := os.Getenv("ISNAD_BENCH_QUERIES"); s != "" {
		q = strings.Split(s, "|")[0]
	}
	for b.Loop() {
		x, err := Open(lib, ix)
		if err != nil {
			b.Fatal(err)
		}
		if err := x.Wait(); err != nil {
			b.Fatal(err)
		}
		if _, total := x.Progress(); total != 0 {
			b.Fatalf("%d articles indexed again: the corpus changed", total)
		}
		if _, err := x.Search(context.Background(), q, Options{}); err != nil {
			b.Fatal(err)
		}
		x.Close()
	}
}

// BenchmarkBuild builds the index of ISNAD_BENCH_CORPUS from scratch.
func BenchmarkBuild(b *testing.B) {
	dir := os.Getenv("ISNAD_BENCH_CORPUS")
	if dir == "" {
		b.Skip("set ISNAD_BENCH_CORPUS")
	}
	lib, err := data.OpenWith(dir, data.Options{NoPass: true})
	if err != nil {
		b.Fatal(err)
	}
	defer lib.Close()
	for b.Loop() {
		x, err := Open(lib, b.TempDir())
		if err != nil {
			b.Fatal(err)
		}
		if err := x.Wait(); err != nil {
			b.Fatal(err)
		}
		x.Close()
	}
}
