package main

import (
	"errors"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/isnad/isnad/data"
	"github.com/isnad/isnad/data/search"
	"github.com/isnad/isnad/model"
	"github.com/isnad/isnad/tui"
)

// TestLazyIndex: sessions asking at once get one index, opened once; a
// failed opening is tried again; after Close nothing opens.
func TestLazyIndex(t *testing.T) {
	lib, err := data.OpenEmbeddedWith(data.Options{NoPass: true})
	if err != nil {
		t.Fatal(err)
	}
	defer lib.Close()
	dir := t.TempDir()
	var opened atomic.Int32
	fail := errors.New("busy")
	l := &lazyIndex{open: func() (*search.Index, error) {
		if opened.Add(1) == 1 {
			return nil, fail
		}
		return search.Open(lib, dir)
	}}
	if _, err := l.Open(); !errors.Is(err, fail) {
		t.Fatalf("first opening: %v", err)
	}
	var wg sync.WaitGroup
	got := make([]tui.Searcher, 8)
	for i := range got {
		wg.Add(1)
		go func() {
			defer wg.Done()
			x, err := l.Open()
			if err != nil {
				t.Error(err)
			}
			got[i] = x
		}()
	}
	wg.Wait()
	for _, x := range got[1:] {
		if x != got[0] || x == nil {
			t.Fatal("sessions got different indexes")
		}
	}
	if n := opened.Load(); n != 2 {
		t.Errorf("opened %d times, want 2 (a failure, then one for all)", n)
	}
	l.Close()
	if _, err := l.Open(); !errors.Is(err, errClosed) {
		t.Errorf("after Close: %v", err)
	}
	// The index was closed: another opener gets it.
	x, err := search.Open(lib, dir)
	if err != nil {
		t.Fatalf("the index is still held: %v", err)
	}
	x.Close()

	// An opening that ends after Close closes what it opened.
	release := make(chan struct{})
	late := &lazyIndex{open: func() (*search.Index, error) {
		<-release
		return search.Open(lib, dir)
	}}
	res := make(chan error)
	go func() {
		_, err := late.Open()
		res <- err
	}()
	late.Close()
	close(release)
	if err := <-res; !errors.Is(err, errClosed) {
		t.Errorf("opened after Close: %v", err)
	}
	if x, err := search.Open(lib, dir); err != nil {
		t.Errorf("the late index was not closed: %v", err)
	} else {
		x.Close()
	}
	(&lazyIndex{}).Close() // never opened
}

func TestFindingsFlags(t *testing.T) {
	dir := t.TempDir()
	for _, c := range []struct {
		f    findingsFlags
		want string
	}{
		{findingsFlags{reportFormat: "md"}, ""},
		{findingsFlags{reportFormat: "csv", reportDir: dir}, ""},
		{findingsFlags{reportFormat: "pdf"}, "--report-format"},
		{findingsFlags{reportFormat: "md", reportDir: filepath.Join(dir, "missing")}, "not a folder"},
	} {
		err := c.f.check()
		if (err == nil) != (c.want == "") || err != nil && !strings.Contains(err.Error(), c.want) {
			t.Errorf("%+v: %v, want %q", c.f, err, c.want)
		}
	}
	lib, err := data.OpenEmbeddedWith(data.Options{NoPass: true})
	if err != nil {
		t.Fatal(err)
	}
	defer lib.Close()
	f := findingsFlags{reportFormat: "md", index: t.TempDir()}
	var opts tui.Options
	idx := f.wire(&opts, lib, "", false)
	defer idx.Close()
	if _, err := opts.Export.Report(model.ReportRequest{Articles: []string{"000"}}); !errors.Is(err, errNoReports) {
		t.Errorf("a server without --report-dir wrote a report: %v", err)
	}
	if s, err := opts.Export.Cite("000#s5", nil); err != nil || !strings.Contains(s, "000#s5") {
		t.Errorf("cite: %q, %v", s, err)
	}
	if x, err := opts.Search(); err != nil || x == nil {
		t.Errorf("search: %v", err)
	}
}
