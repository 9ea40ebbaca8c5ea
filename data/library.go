package data

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/isnad/isnad/data/cite"
	"github.com/isnad/isnad/data/compare"
	"github.com/isnad/isnad/model"
	"github.com/isnad/isnad/text"
)

// Library is an open corpus as the explorer and the CLI read it. Open returns
// as soon as every article's metadata is known (with Options.Progressive, as
// soon as one is: the others join while it is in use); a background pass
// then parses each article once to count it (Stats) and find its problems,
// without keeping the parse: Article parses again on demand, keeping a few
// parsed articles in a small cache. All methods are safe for concurrent use.
type Library struct {
	name string
	fsys fs.FS
	o    Options
	arch *archives

	mu        sync.RWMutex
	files     []*file          // in the order they were listed (listing.go)
	arts      []*model.Article // snapshots: replaced when stats arrive, never changed
	keys      []listKey        // where each article goes in catalog order
	order     []int            // indices of files and arts, in catalog order
	index     map[string]int
	problems  []model.Problem
	listProbs [][]model.Problem // the listing's problems so far, per entry
	listing   bool
	textBytes int64
	done      int
	over      bool

	cache    *articleCache
	cursors  cursors           // collections' streams left open between reads
	interned map[string]string // source ids, shared by every claim row that names them
	flights  flights           // parses and analyses under way
	layers   layers
	sources  *cite.Index          // sources across the corpus, fed by the pass
	claims   [][]model.ClaimRef   // per article, once the pass has read it
	diags    []*model.Diagnostics // per article, likewise
	cmpMu    sync.Mutex           // guards cmp
	cmp      *compare.Index       // analyses of the articles last compared
	updates  chan struct{}
	stop     chan struct{}
	stopOnce sync.Once
	listed   chan struct{} // closed when every article is listed
	finished chan struct{}
}

// NoArticlesError is returned when a folder holds no article that could be
// opened; errors.Is(err, ErrNoArticles) holds. Problems says what was wrong
// with the files that were there.
type NoArticlesError struct {
	Name     string
	Problems []model.Problem
}

func (e *NoArticlesError) Error() string {
	if len(e.Problems) > 0 {
		return fmt.Sprintf("%s: %v: %d file(s) could not be opened", text.Quote(e.Name), ErrNoArticles, len(e.Problems))
	}
	return fmt.Sprintf("%s: %v (no article or collection of articles)", text.Quote(e.Name), ErrNoArticles)
}

// Is makes errors.Is(err, ErrNoArticles) true.
func (e *NoArticlesError) Is(target error) bool { return target == ErrNoArticles }

// Options change how a library opens. The zero value is what the explorer
// uses.
type Options struct {
	// Progressive returns from Open as soon as the library holds an
	// article: the others join it while it is in use (Listing, Updates).
	// Otherwise Open returns once every article is listed.
	Progressive bool
	// NoPass skips the background pass: stats stay unknown and the source
	// index empty, and nothing is parsed until asked for. For commands that
	// walk the articles themselves.
	NoPass bool
	// SourcesFile and FramesFile, when set, are read (from disk) instead of
	// the corpus's own sources.yaml and frames.yaml.
	SourcesFile, FramesFile string
	// Fields maps metadata fields to the names a corpus's collections give
	// them ("title" → "headline"; see ParseFields), over catalog.yaml's
	// fields and the common names of fields.yaml.
	Fields map[string]string
	// FollowSymlinks reads symbolic links that lead out of the corpus
	// folder; without it each is a problem and is not read.
	FollowSymlinks bool
	// MaxArticleBytes refuses larger articles with a problem; 0 means
	// DefaultMaxArticleBytes.
	MaxArticleBytes int64
	// ReadTimeout abandons a read of a corpus file that blocks for longer,
	// with a problem; 0 means DefaultReadTimeout.
	ReadTimeout time.Duration
}

func (o Options) withDefaults() Options {
	if o.MaxArticleBytes <= 0 {
		o.MaxArticleBytes = DefaultMaxArticleBytes
	}
	if o.ReadTimeout <= 0 {
		o.ReadTimeout = DefaultReadTimeout
	}
	return o
}

// OpenEmbedded opens the corpus embedded in the binary.
func OpenEmbedded() (*Library, error) { return OpenEmbeddedWith(Options{}) }

// OpenEmbeddedWith opens the embedded corpus with options.
func OpenEmbeddedWith(o Options) (*Library, error) { return openFS(embeddedName, "", embeddedFS(), o) }

// Open opens a corpus: a folder of articles (.txt and .md files) and
// collections of articles (JSON, JSON Lines, CSV), gzip-compressed or not,
// in the folder, its subfolders (hidden ones skipped) and its zip archives;
// or one such file. Metadata comes from a catalog.yaml at the folder's
// root, else from each file's front matter or each record's fields, else
// from its text.
func Open(dir string) (*Library, error) { return OpenWith(dir, Options{}) }

// OpenWith opens a corpus with options.
func OpenWith(dir string, o Options) (*Library, error) {
	st, err := os.Stat(dir)
	if err != nil {
		return nil, fmt.Errorf("open %s: %s", text.Quote(dir), errText(err))
	}
	if !st.IsDir() {
		// One file: the corpus is that file alone, in its folder.
		name := filepath.Base(dir)
		if n, _ := isCompressedName(name); !st.Mode().IsRegular() ||
			!isArticleName(n) && collectionFormat(n) == "" && !strings.EqualFold(filepath.Ext(name), ".zip") {
			return nil, fmt.Errorf("open %s: not a folder, an article or a collection of articles", text.Quote(dir))
		}
		parent := filepath.Dir(dir)
		return openFS(name, parent, oneFile{os.DirFS(parent), name}, o)
	}
	return openFS(folderName(dir), dir, os.DirFS(dir), o)
}

func openFS(name, root string, fsys fs.FS, o Options) (*Library, error) {
	o = o.withDefaults()
	l := &Library{name: name, fsys: fsys, o: o, arch: &archives{}, cache: newArticleCache(),
		sources: cite.NewIndex(),
		updates: make(chan struct{}, 1), stop: make(chan struct{}), finished: make(chan struct{})}
	sc := &scanner{fsys: fsys, root: root, o: o, arch: l.arch}
	if root != "" {
		sc.real, _ = filepath.EvalSymlinks(root)
		if sc.real == "" {
			sc.real = root
		}
	}
	entries, err := sc.scan()
	if err != nil {
		return nil, fmt.Errorf("open %s: %s", text.Quote(name), errText(err))
	}
	lay, layProbs := loadLayers(fsys, o)
	l.layers, l.cmp = lay, compare.NewIndex(lay.frames)
	l.addProblems(sc.probs...)
	l.addProblems(layProbs...)
	nameCollections(entries)
	l.index = make(map[string]int, len(entries))
	l.listing, l.listed = true, make(chan struct{})
	first := l.startListing(entries)
	if o.Progressive {
		<-first
	} else {
		<-l.listed
		l.startPass()
	}
	l.mu.RLock()
	n := len(l.arts)
	l.mu.RUnlock()
	if n == 0 {
		<-l.listed
		l.Close()
		return nil, &NoArticlesError{Name: name, Problems: l.Problems()}
	}
	return l, nil
}

// nameCollections gives each collection the name its records' ids take
// ("news/18"): its stem, unless two share one: then its whole name
// ("news-csv/18").
func nameCollections(entries []entry) {
	stems := map[string]int{}
	for i := range entries {
		if c := entries[i].coll; c != nil {
			c.stem = collectionStem(c.org)
			stems[c.stem]++
		}
	}
	for i := range entries {
		if c := entries[i].coll; c != nil && stems[c.stem] > 1 {
			c.stem = slug(c.org.String())
		}
	}
}

// addProblems records problems, their details made safe for a terminal
// (they quote file names and values). l.mu must be held once the library
// is shared.
func (l *Library) addProblems(ps ...model.Problem) {
	for _, p := range ps {
		p.Detail = text.Sanitize(p.Detail)
		l.problems = append(l.problems, p)
	}
}

// publish replaces article i's snapshot by one with a's stats and problems,
// and records its sourcing. l.mu must be held.
func (l *Library) publish(i int, a *model.Article, s *model.Sourcing) {
	old := l.arts[i]
	if old.Stats.Known {
		return
	}
	st := a.Stats
	st.Claims, st.Citations = len(s.Claims), len(s.Citations)
	l.arts[i] = &model.Article{ID: old.ID, Path: old.Path, Meta: old.Meta, Stats: st, Problems: a.Problems}
	l.addProblems(a.Problems...)
	l.claims[i] = claimRefs(s, l.intern)
	l.diags[i] = diagnostics(s)
	l.sources.Add(s)
}

// intern returns the one copy of a source id the library keeps: a corpus
// has few sources and hundreds of thousands of claim rows naming them.
// l.mu must be held.
func (l *Library) intern(s string) string {
	if v, ok := l.interned[s]; ok {
		return v
	}
	if l.interned == nil {
		l.interned = map[string]string{}
	}
	v := strings.Clone(s)
	l.interned[v] = v
	return v
}

// notify tells the reader of Updates that something changed; l.mu must be
// held, so that no send races the close at the end of the pass.
func (l *Library) notify() {
	if l.over {
		return
	}
	select {
	case l.updates <- struct{}{}:
	default:
	}
}

func (l *Library) snapshot(i int) *model.Article {
	l.mu.RLock()
	defer l.mu.RUnlock()
	return l.arts[i]
}

// Name is "embedded" or the folder's name.
func (l *Library) Name() string { return l.name }

// Articles lists the articles in catalog order. Meta is always set; Stats
// are filled (Stats.Known) as the background pass reaches each article. The
// slice and the articles are snapshots that never change: call again for
// newer ones.
func (l *Library) Articles() []*model.Article {
	l.mu.RLock()
	defer l.mu.RUnlock()
	out := make([]*model.Article, len(l.order))
	for k, i := range l.order {
		out[k] = l.arts[i]
	}
	return out
}

// Article returns the fully parsed article with the given id. The result is
// shared with other callers and must not be modified. It does not wait for
// the article's analysis (Sourcing).
func (l *Library) Article(id string) (*model.Article, error) {
	i, ok := l.lookup(id)
	if !ok {
		return nil, fmt.Errorf("no article %q in %s", id, text.Quote(l.name))
	}
	if a := l.cache.get(id); a != nil {
		return a, nil
	}
	p := l.parseShared(i)
	if p.prob != nil {
		return nil, p.prob
	}
	l.cache.put(id, p.a, p.size)
	return p.a, nil
}

// Problems lists every problem found so far: with the folder and its
// catalog first, then with articles as the background pass meets them.
func (l *Library) Problems() []model.Problem {
	l.mu.RLock()
	defer l.mu.RUnlock()
	out := append([]model.Problem(nil), l.problems...)
	for _, ps := range l.listProbs {
		for _, p := range ps {
			p.Detail = text.Sanitize(p.Detail)
			out = append(out, p)
		}
	}
	return out
}

// Progress says how many articles the background pass has counted.
func (l *Library) Progress() (done, total int) {
	l.mu.RLock()
	defer l.mu.RUnlock()
	return l.done, len(l.arts)
}

// Updates receives a value (coalesced: the channel holds at most one) when
// progress or problems changed, and is closed when the background pass is
// over.
func (l *Library) Updates() <-chan struct{} { return l.updates }

// Wait blocks until the background pass is over.
func (l *Library) Wait() { <-l.finished }

// Close stops the background pass. The library can still be read
// afterwards; articles not reached keep unknown stats. It waits for the
// pass to end, but not for an article being parsed at that moment (a huge
// one takes seconds, and quitting must not): after closeGrace such a
// worker is left to finish on its own, and what it finds is dropped.
func (l *Library) Close() {
	l.stopOnce.Do(func() { close(l.stop) })
	defer l.cursors.closeAll()
	select {
	case <-l.finished:
	case <-time.After(closeGrace):
	}
}

// closeGrace is how long Close waits for the articles being parsed.
const closeGrace = 100 * time.Millisecond

// oneFile is a folder in which only one file is seen: a corpus made of one
// article or one collection.
type oneFile struct {
	fs.FS
	name string
}

func (o oneFile) Open(name string) (fs.File, error) {
	if name != "." && name != o.name {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrNotExist}
	}
	return o.FS.Open(name)
}

// ReadDir lists the one file in the folder, and nothing in it.
func (o oneFile) ReadDir(name string) ([]fs.DirEntry, error) {
	if name != "." {
		return nil, &fs.PathError{Op: "readdir", Path: name, Err: fs.ErrNotExist}
	}
	st, err := fs.Stat(o.FS, o.name)
	if err != nil {
		return nil, err
	}
	return []fs.DirEntry{fs.FileInfoToDirEntry(st)}, nil
}
