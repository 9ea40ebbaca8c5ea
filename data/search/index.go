// Package search is isnad's corpus-wide search: every article indexed with
// bleve (github.com/blevesearch/bleve/v2) as one document whose sentences
// are arrays, Arabic and English each with its own analyser (analysis.go),
// queried with a small language of words, phrases and field filters
// (query.go), hits returned per sentence with the words to highlight
// (search.go).
//
// Why articles and not sentences as documents: measured on 10,000
// generated articles (560,000 sentences), a sentence per document made a
// 287 MB index in 112 s of CPU, and a word found in a third of the
// sentences took 60 ms to rank — half the time grep takes to read the
// whole corpus. With articles as documents bleve ranks at most one
// document per article; the sentences come from the match locations
// (their array position is the sentence), read for the articles of one
// page only.
//
// The index lives on disk, one per corpus (DefaultDir: the XDG cache dir),
// next to a manifest that records, per article, the stamp of its file
// (path, size, modification time; a content hash for the embedded corpus)
// and of its metadata. Open reuses the index and brings it up to date in the
// background: articles whose stamp changed are indexed again, removed ones
// deleted, the rest untouched. Batches go through bleve's normal, durable
// path (never unsafe_batch); the manifest is written after each batch, and
// an article indexed but not yet in the manifest is simply indexed again.
//
// Concurrency: one Index is safe for concurrent use; searches run while the
// background update goes on (and say Partial). Two processes cannot open one
// index at once: the second waits up to openTimeout for the first to close
// it, then fails with ErrBusy.
package search

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/mapping"
	bolterrors "go.etcd.io/bbolt/errors"

	"github.com/isnad/isnad/model"
)

// Corpus is what the index reads; *data.Library is one.
type Corpus interface {
	// Articles lists the articles with their metadata.
	Articles() []*model.Article
	// Article parses one article.
	Article(id string) (*model.Article, error)
	// Sourcing is an article's claims, for the status and source fields.
	Sourcing(id string) (*model.Sourcing, error)
	// ArticleStamp changes when the article's file changes.
	ArticleStamp(id string) (string, error)
	// DataStamp changes when a data file every article's analysis depends
	// on changes.
	DataStamp() string
}

// schemaVersion names the layout of documents and analysers: an index of
// another version is rebuilt from scratch.
const schemaVersion = 3

// openTimeout bounds the wait for another process holding the index.
var openTimeout = 30 * time.Second

// batchArticles is how many articles go into one bleve batch.
const batchArticles = 256

// ErrBusy is returned when another process holds the index.
var ErrBusy = errors.New("the search index is in use by another isnad process")

// Index is an open search index over one corpus.
type Index struct {
	dir    string
	corpus Corpus
	idx    bleve.Index

	mu       sync.RWMutex
	done     int
	total    int
	err      error // of the background update, if it failed
	updates  chan struct{}
	stop     chan struct{}
	stopOnce sync.Once
	finished chan struct{}
	closed   bool
}

// DefaultDir is where the index of a corpus lives: under the user's cache
// dir ($XDG_CACHE_HOME/isnad/search), one folder per corpus key (the
// corpus folder's absolute path, or "embedded").
func DefaultDir(key string) (string, error) {
	base, err := os.UserCacheDir()
	if err != nil {
		return "", err
	}
	sum := sha256.Sum256([]byte(key))
	name := filepath.Base(key)
	if name == "" || name == "/" || name == "." {
		name = "corpus"
	}
	return filepath.Join(base, "isnad", "search", safeName(name)+"-"+hex.EncodeToString(sum[:6])), nil
}

// safeName keeps a file name to letters, digits, '-', '_' and '.'.
func safeName(s string) string {
	b := []byte(s)
	for i, c := range b {
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_' || c == '.') {
			b[i] = '_'
		}
	}
	if len(b) > 40 {
		b = b[:40]
	}
	return string(b)
}

// Open opens (or creates) the index in dir and starts bringing it up to
// date with the corpus in the background; see Progress, Updates and Wait.
func Open(c Corpus, dir string) (*Index, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, err
	}
	x := &Index{dir: dir, corpus: c, updates: make(chan struct{}, 1), stop: make(chan struct{}), finished: make(chan struct{})}
	man, err := x.open()
	if err != nil {
		return nil, err
	}
	go x.update(man)
	return x, nil
}

func (x *Index) indexPath() string    { return filepath.Join(x.dir, "index") }
func (x *Index) manifestPath() string { return filepath.Join(x.dir, "manifest.tsv") }

// open opens the bleve index when its manifest is of this version, else
// creates it afresh; it returns the manifest of what the index holds.
func (x *Index) open() (*manifest, error) {
	man := readManifest(x.manifestPath())
	cfg := map[string]any{"bolt_timeout": openTimeout.String()}
	if man != nil && man.Version == schemaVersion {
		idx, err := bleve.OpenUsing(x.indexPath(), cfg)
		if err == nil {
			x.idx = idx
			return man, nil
		}
		if errors.Is(err, bolterrors.ErrTimeout) {
			return nil, ErrBusy
		}
		// Unreadable: built again below.
	}
	if err := os.RemoveAll(x.indexPath()); err != nil {
		return nil, err
	}
	_ = os.Remove(x.manifestPath())
	_ = os.Remove(filepath.Join(x.dir, "manifest.json")) // of schema 1
	m, err := newMapping()
	if err != nil {
		return nil, err
	}
	idx, err := bleve.NewUsing(x.indexPath(), m, bleve.Config.DefaultIndexType, bleve.Config.DefaultKVStore, cfg)
	if errors.Is(err, bolterrors.ErrTimeout) {
		return nil, ErrBusy
	}
	if err != nil {
		return nil, err
	}
	x.idx = idx
	return &manifest{Version: schemaVersion, Entries: map[string]manifestE{}}, nil
}

// newMapping describes an article's document: its sentences indexed under
// "ar" or "en" by language and stored under "text", with each sentence's
// claim status and sources, as arrays in sentence order; the article's id,
// outlet, date and language.
func newMapping() (*mapping.IndexMappingImpl, error) {
	m := bleve.NewIndexMapping()
	if err := addAnalyzers(m); err != nil {
		return nil, err
	}
	text := func(analyzer string, vectors bool) *mapping.FieldMapping {
		f := bleve.NewTextFieldMapping()
		f.Analyzer = analyzer
		f.Store = false
		f.IncludeTermVectors = vectors // phrases need positions
		f.IncludeInAll = false
		f.DocValues = false
		return f
	}
	kw := func(store bool) *mapping.FieldMapping {
		f := bleve.NewKeywordFieldMapping()
		f.Store = store
		f.IncludeInAll = false
		f.DocValues = false
		return f
	}
	stored := bleve.NewTextFieldMapping()
	stored.Index = false
	stored.Store = true
	stored.IncludeInAll = false
	stored.DocValues = false

	doc := bleve.NewDocumentStaticMapping()
	doc.AddFieldMappingsAt("ar", text(arabicAnalyzer, true))
	doc.AddFieldMappingsAt("en", text(englishAnalyzer, true))
	doc.AddFieldMappingsAt("text", stored)
	doc.AddFieldMappingsAt("claim", stored)
	doc.AddFieldMappingsAt("article", kw(true))
	status := kw(true)
	status.IncludeTermVectors = true // which sentence of the article matched
	doc.AddFieldMappingsAt("status", status)
	doc.AddFieldMappingsAt("date", kw(false))
	doc.AddFieldMappingsAt("lang", kw(false))
	doc.AddFieldMappingsAt("outlet", text(arabicAnalyzer, true))
	doc.AddFieldMappingsAt("source", text(foldAnalyzer, true))
	m.DefaultMapping = doc
	m.DefaultAnalyzer = arabicAnalyzer
	m.IndexDynamic = false
	m.StoreDynamic = false
	m.DocValuesDynamic = false
	return m, nil
}

// Progress says how many of the articles to (re)index are done.
func (x *Index) Progress() (done, total int) {
	x.mu.RLock()
	defer x.mu.RUnlock()
	return x.done, x.total
}

// IndexProgress is Progress, under the name model.Searcher gives it.
func (x *Index) IndexProgress() (done, total int) { return x.Progress() }

var _ model.Searcher = (*Index)(nil)

// Updates receives a value (coalesced) when progress changed, and is closed
// when the index is up to date (or the update failed: see Err).
func (x *Index) Updates() <-chan struct{} { return x.updates }

// Wait blocks until the background update is over and returns its error.
func (x *Index) Wait() error {
	<-x.finished
	return x.Err()
}

// Ready says whether the background update is over.
func (x *Index) Ready() bool {
	select {
	case <-x.finished:
		return true
	default:
		return false
	}
}

// Err is the error the background update stopped on, if any.
func (x *Index) Err() error {
	x.mu.RLock()
	defer x.mu.RUnlock()
	return x.err
}

// Close stops the background update (what was committed stays: the next
// Open goes on from there) and closes the index.
func (x *Index) Close() error {
	x.stopOnce.Do(func() { close(x.stop) })
	<-x.finished
	x.mu.Lock()
	defer x.mu.Unlock()
	if x.closed {
		return nil
	}
	x.closed = true
	return x.idx.Close()
}

// DocCount is the number of articles indexed.
func (x *Index) DocCount() (uint64, error) { return x.idx.DocCount() }

// Dir is the folder the index lives in.
func (x *Index) Dir() string { return x.dir }

func (x *Index) notify() {
	select {
	case x.updates <- struct{}{}:
	default:
	}
}
