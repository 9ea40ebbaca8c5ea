package data

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"io/fs"
	"strings"
	"sync/atomic"
	"testing"
	"testing/fstest"

	"github.com/isnad/isnad/model"
)

// countingFS counts the bytes read from its files.
type countingFS struct {
	fstest.MapFS
	read *atomic.Int64
}

func (c countingFS) Open(name string) (fs.File, error) {
	f, err := c.MapFS.Open(name)
	if err != nil {
		return nil, err
	}
	return countingFile{f, c.read}, nil
}

type countingFile struct {
	fs.File
	read *atomic.Int64
}

func (f countingFile) Read(p []byte) (int, error) {
	n, err := f.File.Read(p)
	f.read.Add(int64(n))
	return n, err
}

// TestRecordsReadInOrderOnce: reading every record of a compressed
// collection one by one, in order (as the search index and the commands over
// a corpus do), reads the file about once, not once per record; a record
// asked for out of order is still right.
func TestRecordsReadInOrderOnce(t *testing.T) {
	var js strings.Builder
	js.WriteString("[\n")
	const n = 300
	for i := range n {
		if i > 0 {
			js.WriteString(",\n")
		}
		fmt.Fprintf(&js, `{"title": "خبر رقم %d", "content": "%s نص الخبر %d."}`, i, strings.Repeat("كلمة عربية ", 40+i%7), i)
	}
	js.WriteString("\n]\n")
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	io.WriteString(zw, js.String())
	zw.Close()
	var csvText strings.Builder
	csvText.WriteString("title,content\n")
	for i := range n {
		fmt.Fprintf(&csvText, "\"سطر %d\",\"%s نص %d.\"\n", i, strings.Repeat("كلمة ", 30), i)
	}
	var gzCSV bytes.Buffer
	zw = gzip.NewWriter(&gzCSV)
	io.WriteString(zw, csvText.String())
	zw.Close()

	read := &atomic.Int64{}
	fsys := countingFS{fstest.MapFS{"day.json.gz": {Data: gz.Bytes()}, "rows.csv.gz": {Data: gzCSV.Bytes()}}, read}
	l, err := openFS("c", "", fsys, Options{NoPass: true})
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	arts := l.Articles()
	if len(arts) != 2*n {
		t.Fatalf("%d articles, want %d", len(arts), 2*n)
	}
	read.Store(0)
	for i, a := range arts {
		got, err := l.Article(a.ID)
		if err != nil {
			t.Fatalf("%s: %v", a.ID, err)
		}
		want := fmt.Sprintf(" %d.", i%n)
		if body := got.Paragraphs[len(got.Paragraphs)-1].Text; !strings.HasSuffix(body, want) {
			t.Fatalf("%s: ends %q, want …%q", a.ID, body[max(0, len(body)-20):], want)
		}
	}
	total := int64(gz.Len() + gzCSV.Len())
	if r := read.Load(); r > 3*total {
		t.Errorf("reading %d records in order read %d bytes of %d: the files again for each record", 2*n, r, total)
	}
	// Out of order, and again: each is still the right one.
	for _, i := range []int{n - 1, 0, n / 2, n/2 - 1, 2*n - 1, n} {
		got, err := l.Article(arts[i].ID)
		if err != nil {
			t.Fatal(err)
		}
		if want := fmt.Sprintf(" %d.", i%n); !strings.HasSuffix(got.Paragraphs[len(got.Paragraphs)-1].Text, want) {
			t.Errorf("%s out of order: not record %d", arts[i].ID, i%n)
		}
	}
}

// TestRecordProblemNamesItsArticle: a problem with a record that is listed
// as an article names the article (its id finds it in the library); one
// with a record that is no article names none.
func TestRecordProblemNamesItsArticle(t *testing.T) {
	recs := `[{"title": "good", "content": "نص."},` +
		`{"title": "evil \u202e title", "content": "نص آخر.", "source": "paper", "date_extracted": "2015-07-23 10:00:00"},` +
		`"not an object",` +
		`{"title": "fine", "content": "نص ثالث."}]`
	l, err := openFS("c", "", fstest.MapFS{"day.json": {Data: []byte(recs)}}, Options{NoPass: true})
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	var bidi, bad *model.Problem
	for _, p := range l.Problems() {
		switch {
		case p.Kind == model.ProblemBidi:
			bidi = &p
		case strings.Contains(p.Detail, "record 3"):
			bad = &p
		}
	}
	if bidi == nil || bad == nil {
		t.Fatalf("problems: %+v", l.Problems())
	}
	found := false
	for _, a := range l.Articles() {
		found = found || (a.ID == bidi.Article && strings.Contains(a.Meta.Title, "evil"))
	}
	if bidi.Article == "" || !found {
		t.Errorf("the bidi problem names article %q, not the record's", bidi.Article)
	}
	if bad.Article != "" {
		t.Errorf("a record that is no article names one: %q", bad.Article)
	}
}
