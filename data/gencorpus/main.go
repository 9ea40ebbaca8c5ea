// Command gencorpus writes a synthetic corpus for benchmarks: the five
// embedded articles copied N times, each copy with its own title, author,
// outlet, date and genre.
//
//	go run ./data/gencorpus -n 10000 DIR
//	go run ./data/gencorpus -n 10000 -meta catalog -subdirs 100 DIR
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/isnad/isnad/data/internal/gen"
)

func main() {
	n := flag.Int("n", 10000, "number of articles")
	meta := flag.String("meta", string(gen.Mixed), "where metadata lives: frontmatter, catalog, mixed or none")
	subdirs := flag.Int("subdirs", 0, "spread the files over this many subfolders")
	seed := flag.Int64("seed", 1, "seed of the varied metadata")
	flag.Usage = func() {
		fmt.Fprintln(flag.CommandLine.Output(), "usage: gencorpus [flags] DIR")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() != 1 {
		flag.Usage()
		os.Exit(2)
	}
	switch m := gen.Meta(*meta); m {
	case gen.FrontMatter, gen.Catalog, gen.Mixed, gen.None:
	default:
		fmt.Fprintf(os.Stderr, "gencorpus: -meta %q: want frontmatter, catalog, mixed or none\n", *meta)
		os.Exit(2)
	}
	dir := flag.Arg(0)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		fmt.Fprintln(os.Stderr, "gencorpus:", err)
		os.Exit(1)
	}
	size, err := gen.Write(dir, gen.Options{N: *n, Meta: gen.Meta(*meta), Subdirs: *subdirs, Seed: *seed})
	if err != nil {
		fmt.Fprintln(os.Stderr, "gencorpus:", err)
		os.Exit(1)
	}
	fmt.Printf("%d articles, %.1f MB in %s\n", *n, float64(size)/(1<<20), dir)
}
