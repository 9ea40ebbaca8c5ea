package main

import (
	"errors"
	"os"
	"slices"
	"sync"
	"time"

	"github.com/spf13/cobra"

	"github.com/isnad/isnad/data"
	"github.com/isnad/isnad/data/export"
	"github.com/isnad/isnad/data/search"
	"github.com/isnad/isnad/model"
	"github.com/isnad/isnad/tui"
)

// The explorer's search index and exports, for isnad and isnad serve: the
// index is opened when a session first searches (not at start: a corpus
// nobody searches costs nothing, and another process may hold the index),
// once for all the sessions of a server; y and e go through data/export.

// lazyIndex opens a corpus's search index on first use and keeps it.
type lazyIndex struct {
	open    func() (*search.Index, error)
	opening sync.Mutex // one opening at a time; the others wait for it
	mu      sync.Mutex // x and closed
	x       *search.Index
	closed  bool
}

// errClosed answers a search asked for while the explorer quits.
var errClosed = errors.New("the search index is closed")

func newLazyIndex(lib *data.Library, dir, indexDir string) *lazyIndex {
	return &lazyIndex{open: func() (*search.Index, error) {
		lib.WaitListed() // the index is of every article
		return openIndex(lib, dir, indexDir)
	}}
}

// Open returns the index, opening it the first time (which may wait for
// another process holding it: the explorer calls it off its event loop).
// After a failure the next call tries again.
func (l *lazyIndex) Open() (tui.Searcher, error) {
	l.opening.Lock()
	defer l.opening.Unlock()
	l.mu.Lock()
	x, closed := l.x, l.closed
	l.mu.Unlock()
	switch {
	case closed:
		return nil, errClosed
	case x != nil:
		return x, nil
	}
	x, err := l.open()
	if err != nil {
		return nil, err
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.closed {
		x.Close()
		return nil, errClosed
	}
	l.x = x
	return x, nil
}

// Close closes the index if it was opened, waiting a moment at most for
// its background build to stop between two articles: quitting must not
// wait for a huge one, and what the build committed stays (bleve's batches
// are durable, the manifest follows them).
func (l *lazyIndex) Close() {
	l.mu.Lock()
	l.closed = true
	x := l.x
	l.mu.Unlock()
	if x == nil {
		return
	}
	done := make(chan struct{})
	go func() {
		x.Close()
		close(done)
	}()
	select {
	case <-done:
	case <-time.After(time.Second):
	}
}

// findingsFlags are the explorer's flags for search and reports.
type findingsFlags struct {
	index, reportDir, reportFormat string
}

func (f *findingsFlags) register(cmd *cobra.Command, reports string) {
	fl := cmd.Flags()
	fl.StringVar(&f.index, "index", "", "keep the search index in DIR (default: the user cache folder)")
	fl.StringVar(&f.reportDir, "report-dir", "", reports)
	fl.StringVar(&f.reportFormat, "report-format", "md", "format of the reports e writes: md, csv or jsonl")
	_ = cmd.MarkFlagDirname("index")
	_ = cmd.MarkFlagDirname("report-dir")
	_ = cmd.RegisterFlagCompletionFunc("report-format", cobra.FixedCompletions(export.Formats, cobra.ShellCompDirectiveNoFileComp))
}

// check rejects a bad format or report folder before the explorer starts.
func (f *findingsFlags) check() error {
	if !slices.Contains(export.Formats, f.reportFormat) {
		return usageErrorf("--report-format %q: want md, csv or jsonl", f.reportFormat)
	}
	if f.reportDir != "" {
		if st, err := os.Stat(f.reportDir); err != nil || !st.IsDir() {
			return usageErrorf("--report-dir %s: not a folder", quote(f.reportDir))
		}
	}
	return nil
}

// wire sets the explorer's search and export on lib; the caller closes the
// index returned.
func (f *findingsFlags) wire(opts *tui.Options, lib *data.Library, dir string, reports bool) *lazyIndex {
	idx := newLazyIndex(lib, dir, f.index)
	opts.Search = idx.Open
	r := export.Reports{Corpus: lib, Dir: f.reportDir, Format: f.reportFormat}
	if reports {
		opts.Export = r
	} else {
		opts.Export = citeOnly{r}
	}
	return idx
}

// citeOnly copies claims but writes no report: a server writes reports
// only to a folder it was given.
type citeOnly struct{ export.Reports }

// errNoReports says why a server wrote no report.
var errNoReports = errors.New("this server writes no reports (isnad serve --report-dir DIR)")

func (citeOnly) Report(model.ReportRequest) (string, error) { return "", errNoReports }
