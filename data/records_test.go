package data

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync/atomic"
	"testing"
	"testing/fstest"
	"time"

	"github.com/isnad/isnad/model"
)

// Found by review of the cursors and the listing in the background.

// A collection listed over several ticks with article files after it in
// catalog order: the files join between two batches of records, so the
// collection's records are not contiguous in l.files; the pass still counts
// every one (it lost the last records, as many as files had joined).
func TestPassCountsRecordsFilesJoinedBetween(t *testing.T) {
	dir := t.TempDir()
	var js strings.Builder
	js.WriteString("[\n")
	const n = 40000
	for i := range n {
		if i > 0 {
			js.WriteString(",\n")
		}
		fmt.Fprintf(&js, `{"title": "record %d", "content": "Text of record %d. %s"}`, i, i, strings.Repeat("word ", 40))
	}
	js.WriteString("\n]\n")
	os.WriteFile(filepath.Join(dir, "a.json"), []byte(js.String()), 0o644)
	for k := range 6 {
		os.WriteFile(filepath.Join(dir, fmt.Sprintf("b%d.txt", k)), []byte(fmt.Sprintf("File %d\n\nSome text here %d.\n", k, k)), 0o644)
	}
	l, err := OpenWith(dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	l.Wait()
	// where did the files land in l.files?
	l.mu.RLock()
	var fileIdx []int
	for i, f := range l.files {
		if f.coll == nil {
			fileIdx = append(fileIdx, i)
		}
	}
	l.mu.RUnlock()
	t.Logf("files at indices %v of %d", fileIdx, len(l.files))
	done, total := l.Progress()
	unknown := 0
	var ex []string
	for _, a := range l.Articles() {
		if !a.Stats.Known {
			unknown++
			if len(ex) < 5 {
				ex = append(ex, a.ID)
			}
		}
	}
	if done != total || unknown > 0 {
		t.Errorf("pass over: done %d of %d, %d articles never counted (e.g. %v); problems: %v", done, total, unknown, ex, l.Problems())
	}
}

// readInOrder opens a collection of one file and reads its articles one
// after the other, as the search index does: each from the cursor the one
// before left. want is each article's text.
func readInOrder(t *testing.T, name, data string, want ...string) []*model.Article {
	t.Helper()
	l, err := openFS("c", "", fstest.MapFS{name: {Data: []byte(data)}}, Options{NoPass: true})
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	arts := l.Articles()
	if len(arts) != len(want) {
		t.Fatalf("%d articles listed, want %d", len(arts), len(want))
	}
	for i, a := range arts {
		got, err := l.Article(a.ID)
		if err != nil {
			t.Errorf("%s: %v", a.ID, err)
			continue
		}
		if text := got.Paragraphs[len(got.Paragraphs)-1].Text; text != want[i] {
			t.Errorf("%s: %q, want %q", a.ID, text, want[i])
		}
	}
	return arts
}

// A minified JSON array with a non-object element (null) between records:
// the listing skips it; a record read after the previous one, from the
// cursor that one left (started mid-array), is found all the same.
func TestCursorAfterABareValueInAMinifiedArray(t *testing.T) {
	js := `[{"title":"first","content":"The first text."},null,{"title":"second","content":"The second text."},{"title":"third","content":"The third text."}]`
	arts := readInOrder(t, "news.json", js, "The first text.", "The second text.", "The third text.")
	// The second alone, from a fresh stream:
	l, _ := openFS("c", "", fstest.MapFS{"news.json": {Data: []byte(js)}}, Options{NoPass: true})
	defer l.Close()
	if _, err := l.Article(arts[1].ID); err != nil {
		t.Errorf("fresh: %s: %v", arts[1].ID, err)
	}
}

// A CSV collection with one malformed row between two good ones: the
// listing reports it and goes on; the record after it is read from the
// cursor the one before left, over the malformed row.
func TestCursorOverAMalformedCSVRow(t *testing.T) {
	readInOrder(t, "rows.csv", "title,content\nfirst,\"The first text.\"\nbad,a bare \" quote\nthird,\"The third text.\"\n",
		"The first text.", "The third text.")
}

// A CSV record of tens of MB read once: no cursor is kept holding the
// csv.Reader's buffers for it.
func TestCursorNotKeptAfterAHugeCSVRecord(t *testing.T) {
	big := strings.Repeat("word ", 6<<20) // 30 MB
	csvText := "title,content\nbig,\"" + big + "\"\nsmall,\"Small text.\"\n"
	l, err := openFS("c", "", fstest.MapFS{"rows.csv": {Data: []byte(csvText)}}, Options{NoPass: true})
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	csvText, big = "", ""
	arts := l.Articles()
	i, _ := l.lookup(arts[0].ID)
	if _, prob := l.body(i); prob != nil {
		t.Fatal(prob)
	}
	heap := func() uint64 {
		runtime.GC()
		runtime.GC()
		var m runtime.MemStats
		runtime.ReadMemStats(&m)
		return m.HeapAlloc
	}
	with := heap()
	l.cursors.mu.Lock()
	kept := len(l.cursors.open)
	l.cursors.mu.Unlock()
	l.cursors.closeAll()
	without := heap()
	t.Logf("cursors kept %d; heap with them %d MB, after closing them %d MB", kept, with>>20, without>>20)
	if with > without+16<<20 {
		t.Errorf("a kept CSV cursor holds %d MB after one huge record", (with-without)>>20)
	}
}

// stallCloseFS: once stall is set, closing a file blocks (a FUSE flush or
// an NFSv4 CLOSE on a mount whose server went away).
type stallCloseFS struct {
	fstest.MapFS
	stall *atomic.Bool
	never chan struct{}
}

func (s stallCloseFS) Open(name string) (fs.File, error) {
	f, err := s.MapFS.Open(name)
	if err != nil {
		return nil, err
	}
	return stallCloseFile{f, s}, nil
}

type stallCloseFile struct {
	fs.File
	s stallCloseFS
}

func (f stallCloseFile) Close() error {
	if f.s.stall.Load() {
		<-f.s.never
	}
	return f.File.Close()
}

func TestCloseDoesNotWaitForAStalledFile(t *testing.T) {
	js := `[{"title":"first","content":"The first text."},{"title":"second","content":"The second text."}]`
	fsys := stallCloseFS{fstest.MapFS{"news.json": {Data: []byte(js)}}, &atomic.Bool{}, make(chan struct{})}
	l, err := openFS("c", "", fsys, Options{NoPass: true, ReadTimeout: 500 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	arts := l.Articles()
	if _, err := l.Article(arts[0].ID); err != nil { // leaves a cursor open
		t.Fatal(err)
	}
	fsys.stall.Store(true)
	t.Cleanup(func() { close(fsys.never) }) // the closes left blocked end
	done := make(chan struct{})
	go func() { l.Close(); close(done) }()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		t.Errorf("Library.Close still blocked after 5 s (closing a kept cursor's file)")
	}
}

// TestTextBytesOfAGzippedArticle: the text's bytes (which the memory limit
// follows) count what a .gz article inflates to, not its compressed size.
func TestTextBytesOfAGzippedArticle(t *testing.T) {
	dir := t.TempDir()
	text := "Title\n\n" + strings.Repeat("Some words of an article, said the minister. ", 20000)
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write([]byte(text))
	zw.Close()
	os.WriteFile(filepath.Join(dir, "a.txt.gz"), gz.Bytes(), 0o644)
	l, err := OpenWith(dir, Options{NoPass: true})
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	t.Logf("text %d bytes, gz %d bytes, TextBytes %d", len(text), gz.Len(), l.TextBytes())
	if l.TextBytes() < int64(len(text))/2 {
		t.Errorf("TextBytes %d for a text of %d bytes", l.TextBytes(), len(text))
	}
}
