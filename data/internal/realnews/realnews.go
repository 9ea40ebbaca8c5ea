// Package realnews reads the real news collections kept beside the project
// (../shared/datasets: SaudiNewsNet in Arabic, BBC News in English) and the
// gold annotations written by reading them. No article text is ever stored
// in the repository: gold files hold a document reference and character
// offsets, and the text is read from the datasets when a test runs. Tests
// that need the datasets call Dir and skip when it reports them absent.
//
// A document reference is one of
//
//	saudinewsnet/2015-07-21.zip#17   the 18th object of the zip's JSON array
//	bbc-news/business/foo.txt        one BBC article
//
// and offsets count Unicode code points (runes) from the start of the text:
// SaudiNewsNet's "content" field, or the whole BBC file.
package realnews

import (
	"archive/zip"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
)

// Doc is one article of a collection.
type Doc struct {
	Ref    string // "saudinewsnet/2015-07-21.zip#17"
	Lang   string // "ar" or "en"
	Source string // newspaper id ("alriyadh") or "bbc"
	Title  string
	Date   string // as the collection gives it, may be empty
	URL    string
	Text   string // the text offsets count in
}

// ErrNoDatasets is returned by Dir when the datasets folder is absent.
var ErrNoDatasets = errors.New("the real news datasets (../shared/datasets) are not on this machine")

// Dir finds the datasets folder: $ISNAD_DATASETS, else shared/datasets next
// to the module's parent folder.
func Dir() (string, error) {
	if d := os.Getenv("ISNAD_DATASETS"); d != "" {
		if st, err := os.Stat(d); err == nil && st.IsDir() {
			return d, nil
		}
		return "", fmt.Errorf("%w: ISNAD_DATASETS=%s", ErrNoDatasets, d)
	}
	_, file, _, ok := runtime.Caller(0)
	if ok {
		// file is …/<module>/data/internal/realnews/realnews.go
		root := filepath.Join(filepath.Dir(file), "..", "..", "..")
		d := filepath.Join(root, "..", "shared", "datasets")
		if st, err := os.Stat(d); err == nil && st.IsDir() {
			return d, nil
		}
	}
	return "", ErrNoDatasets
}

// saudiRecord is one object of a SaudiNewsNet JSON array.
type saudiRecord struct {
	Source        string `json:"source"`
	URL           string `json:"url"`
	DateExtracted string `json:"date_extracted"`
	Title         string `json:"title"`
	Author        string `json:"author"`
	Content       string `json:"content"`
}

var (
	zipMu    sync.Mutex
	zipCache = map[string][]saudiRecord{}
)

// saudiDay reads (once) the JSON array of one SaudiNewsNet zip.
func saudiDay(dir, name string) ([]saudiRecord, error) {
	zipMu.Lock()
	defer zipMu.Unlock()
	path := filepath.Join(dir, "saudinewsnet", name)
	if recs, ok := zipCache[path]; ok {
		return recs, nil
	}
	zr, err := zip.OpenReader(path)
	if err != nil {
		return nil, err
	}
	defer zr.Close()
	var recs []saudiRecord
	for _, f := range zr.File {
		if !strings.HasSuffix(f.Name, ".json") {
			continue
		}
		rc, err := f.Open()
		if err != nil {
			return nil, err
		}
		b, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			return nil, err
		}
		var part []saudiRecord
		if err := json.Unmarshal(b, &part); err != nil {
			return nil, fmt.Errorf("%s: %v", f.Name, err)
		}
		recs = append(recs, part...)
	}
	zipCache[path] = recs
	return recs, nil
}

// SaudiDay lists every article of one SaudiNewsNet zip ("2015-07-21.zip").
func SaudiDay(dir, name string) ([]Doc, error) {
	recs, err := saudiDay(dir, name)
	if err != nil {
		return nil, err
	}
	docs := make([]Doc, len(recs))
	for i, r := range recs {
		docs[i] = saudiDoc(name, i, r)
	}
	return docs, nil
}

func saudiDoc(zipName string, i int, r saudiRecord) Doc {
	return Doc{
		Ref:    "saudinewsnet/" + zipName + "#" + strconv.Itoa(i),
		Lang:   "ar",
		Source: r.Source,
		Title:  r.Title,
		Date:   r.DateExtracted,
		URL:    r.URL,
		Text:   r.Content,
	}
}

// Load reads the document a reference names.
func Load(dir, ref string) (Doc, error) {
	switch {
	case strings.HasPrefix(ref, "saudinewsnet/"):
		name, idx, ok := strings.Cut(strings.TrimPrefix(ref, "saudinewsnet/"), "#")
		if !ok {
			return Doc{}, fmt.Errorf("%s: want saudinewsnet/DAY.zip#N", ref)
		}
		i, err := strconv.Atoi(idx)
		if err != nil {
			return Doc{}, fmt.Errorf("%s: %v", ref, err)
		}
		recs, err := saudiDay(dir, name)
		if err != nil {
			return Doc{}, err
		}
		if i < 0 || i >= len(recs) {
			return Doc{}, fmt.Errorf("%s: no article %d (the day has %d)", ref, i, len(recs))
		}
		return saudiDoc(name, i, recs[i]), nil
	case strings.HasPrefix(ref, "bbc-news/"):
		b, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(ref)))
		if err != nil {
			return Doc{}, err
		}
		text := string(b)
		title, _, _ := strings.Cut(text, "\n")
		return Doc{Ref: ref, Lang: "en", Source: "bbc", Title: strings.TrimSpace(title), Text: text}, nil
	}
	return Doc{}, fmt.Errorf("%s: unknown collection (want saudinewsnet/… or bbc-news/…)", ref)
}

// Para is one paragraph of a document: a non-blank line.
type Para struct {
	N          int    // 0-based among the non-blank lines
	Start, End int    // rune offsets in Doc.Text
	Text       string // the line, surrounding spaces included
}

// Paras splits a document's text into paragraphs: every line that is not
// blank. Offsets are runes.
func Paras(text string) []Para {
	var out []Para
	off := 0
	for _, line := range strings.SplitAfter(text, "\n") {
		n := len([]rune(line))
		body := strings.TrimRight(line, "\r\n")
		if strings.TrimSpace(body) != "" {
			out = append(out, Para{N: len(out), Start: off, End: off + len([]rune(body)), Text: body})
		}
		off += n
	}
	return out
}

// Slice returns the runes [start, end) of s.
func Slice(s string, start, end int) string {
	r := []rune(s)
	if start < 0 || end > len(r) || start > end {
		return ""
	}
	return string(r[start:end])
}
