package main

import (
	"errors"
	"flag"
	"fmt"
	goio "io"
	"os"
	"runtime"

	"github.com/charmbracelet/x/term"

	"github.com/isnad/isnad/data"
	"github.com/isnad/isnad/model"
	"github.com/isnad/isnad/text"
)

// Helpers the subcommands share: opening the corpus, walking its articles
// through the claims layer, parsing flags among arguments.

// openCorpus opens the embedded corpus (dir empty) or a folder. On failure it
// reports to stderr and returns the exit status: 2 when there is nothing to
// open, 1 otherwise.
func openCorpus(cmd, dir string, o data.Options, io stdio) (*data.Library, int) {
	for _, f := range []string{o.SourcesFile, o.FramesFile} {
		if f == "" {
			continue
		}
		if _, err := os.Stat(f); err != nil {
			fmt.Fprintf(io.err, "%s: %v\n", cmd, err)
			return nil, 1
		}
	}
	var lib *data.Library
	var err error
	if dir == "" {
		lib, err = data.OpenEmbeddedWith(o)
	} else {
		lib, err = data.OpenWith(dir, o)
	}
	if err == nil {
		return lib, 0
	}
	var none *data.NoArticlesError
	if errors.As(err, &none) {
		printProblems(io, none.Problems)
	}
	if errors.Is(err, data.ErrNoArticles) {
		fmt.Fprintf(io.err, "%s: %s holds no article that could be opened (isnad reads .txt and .md files)\n", cmd, dir)
		return nil, 2
	}
	fmt.Fprintf(io.err, "%s: %v\n", cmd, err)
	return nil, 1
}

// eachSourcing runs the claims layer over the articles, on all cores, and
// hands the results to fn in the order of ids. Only a few parsed articles
// are alive at a time, so a corpus of any size fits in memory.
func eachSourcing(lib *data.Library, ids []string, fn func(*model.Sourcing) error) error {
	type result struct {
		s   *model.Sourcing
		err error
	}
	workers := runtime.GOMAXPROCS(0)
	// One channel per article, handed out in order: the consumer waits on
	// them in order while up to 2×workers are being analysed.
	pending := make(chan chan result, 2*workers)
	go func() {
		defer close(pending)
		sem := make(chan struct{}, workers)
		for _, id := range ids {
			ch := make(chan result, 1)
			pending <- ch
			sem <- struct{}{}
			go func(id string) {
				defer func() { <-sem }()
				s, err := lib.Sourcing(id)
				ch <- result{s, err}
			}(id)
		}
	}()
	var first error
	for ch := range pending {
		r := <-ch
		if first != nil {
			continue // drain, so no goroutine is left blocked
		}
		if r.err != nil {
			first = r.err
			continue
		}
		first = fn(r.s)
	}
	return first
}

// articleIDs lists the ids of the library's articles, or checks the one
// asked for.
func articleIDs(lib *data.Library, only string) ([]string, error) {
	var ids []string
	for _, a := range lib.Articles() {
		if only == "" || a.ID == only {
			ids = append(ids, a.ID)
		}
	}
	if only != "" && len(ids) == 0 {
		return nil, fmt.Errorf("no article %q", only)
	}
	return ids, nil
}

// parseInterleaved parses flags that may come anywhere among the other
// arguments (`isnad cat FILE --width 60`), which it returns in order. A "--"
// ends the flags.
func parseInterleaved(fs *flag.FlagSet, args []string) ([]string, bool) {
	files, err := parseFlags(fs, args)
	return files, err == nil
}

// parseFlags is parseInterleaved returning the error (flag.ErrHelp for -h).
func parseFlags(fs *flag.FlagSet, args []string) ([]string, error) {
	var files []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		rest := fs.Args()
		if n := len(args) - len(rest); n > 0 && args[n-1] == "--" {
			return append(files, rest...), nil
		}
		if len(rest) == 0 {
			return files, nil
		}
		files, args = append(files, rest[0]), rest[1:]
	}
}

// display returns how a command prints content in its plain (non-JSON)
// output. To a terminal, through the text engine: visual order, letters
// joined, nothing that could drive the terminal. To a pipe or a file, as
// is: logical order is what other programs expect.
func display(out goio.Writer) func(string) string {
	f, ok := out.(*os.File)
	if !ok || !term.IsTerminal(f.Fd()) {
		return func(s string) string { return s }
	}
	eng := text.NewEngine(text.Options{NoPad: true})
	return func(s string) string {
		v, _ := eng.Fit(s, 1<<12, text.Auto).Content()
		return v
	}
}
