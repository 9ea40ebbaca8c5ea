package data

import (
	"bytes"
	"fmt"
	"io/fs"
	"os"
	"runtime"
	"sync"

	"github.com/isnad/isnad/data/cite"
	"github.com/isnad/isnad/data/compare"
	"github.com/isnad/isnad/model"
)

// Library is an open corpus as the explorer and the CLI read it. Open returns
// as soon as every article's metadata is known; a background pass then parses
// each article once to count it (Stats) and find its problems, without
// keeping the parse: Article parses again on demand, keeping a few parsed
// articles in a small cache. All methods are safe for concurrent use.
type Library struct {
	name string
	fsys fs.FS
	opts Options

	mu       sync.RWMutex
	files    []file
	arts     []*model.Article // snapshots: replaced when stats arrive, never changed
	index    map[string]int
	problems []model.Problem
	done     int
	over     bool

	cache    *articleCache
	layers   layers
	sources  *cite.Index          // sources across the corpus, fed by the pass
	claims   [][]model.ClaimRef   // per article, once the pass has read it
	diags    []*model.Diagnostics // per article, likewise
	cmpMu    sync.Mutex           // guards cmp
	cmp      *compare.Index       // analyses of the articles last compared
	updates  chan struct{}
	stop     chan struct{}
	stopOnce sync.Once
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
		return fmt.Sprintf("%s: %v: %d file(s) could not be opened", e.Name, ErrNoArticles, len(e.Problems))
	}
	return fmt.Sprintf("%s: %v (no .txt or .md file)", e.Name, ErrNoArticles)
}

// Is makes errors.Is(err, ErrNoArticles) true.
func (e *NoArticlesError) Is(target error) bool { return target == ErrNoArticles }

// Options change how a library opens. The zero value is what the explorer
// uses.
type Options struct {
	// NoPass skips the background pass: stats stay unknown and the source
	// index empty, and nothing is parsed until asked for. For commands that
	// walk the articles themselves.
	NoPass bool
	// SourcesFile and FramesFile, when set, are read (from disk) instead of
	// the corpus's own sources.yaml and frames.yaml.
	SourcesFile, FramesFile string
}

// OpenEmbedded opens the corpus embedded in the binary.
func OpenEmbedded() (*Library, error) { return OpenEmbeddedWith(Options{}) }

// OpenEmbeddedWith opens the embedded corpus with options.
func OpenEmbeddedWith(o Options) (*Library, error) { return openFS(embeddedName, embeddedFS(), o) }

// Open opens a folder of articles (.txt and .md files, subfolders included,
// hidden ones skipped). Metadata comes from a catalog.yaml at the folder's
// root, else from each file's front matter, else from its text.
func Open(dir string) (*Library, error) { return OpenWith(dir, Options{}) }

// OpenWith opens a folder of articles with options.
func OpenWith(dir string, o Options) (*Library, error) {
	st, err := os.Stat(dir)
	if err != nil {
		return nil, fmt.Errorf("open %s: %s", dir, errText(err))
	}
	if !st.IsDir() {
		return nil, fmt.Errorf("open %s: not a folder", dir)
	}
	return openFS(folderName(dir), os.DirFS(dir), o)
}

func openFS(name string, fsys fs.FS, o Options) (*Library, error) {
	files, probs, err := scan(fsys)
	if err != nil {
		return nil, fmt.Errorf("open %s: %s", name, errText(err))
	}
	heads := readHeads(fsys, files)
	lay, layProbs := loadLayers(fsys, o)
	l := &Library{name: name, fsys: fsys, opts: o, index: make(map[string]int, len(files)), cache: newArticleCache(),
		layers: lay, sources: cite.NewIndex(), cmp: compare.NewIndex(lay.frames),
		updates: make(chan struct{}, 1), stop: make(chan struct{}), finished: make(chan struct{})}
	l.problems = append(probs, layProbs...)
	for i, f := range files {
		h := heads[i]
		l.problems = append(l.problems, h.probs...)
		if h.skip {
			continue
		}
		l.index[f.id] = len(l.arts)
		l.files = append(l.files, f)
		l.arts = append(l.arts, &model.Article{ID: f.id, Path: f.path, Meta: h.meta})
	}
	if len(l.arts) == 0 {
		return nil, &NoArticlesError{Name: name, Problems: l.problems}
	}
	l.claims = make([][]model.ClaimRef, len(l.arts))
	l.diags = make([]*model.Diagnostics, len(l.arts))
	ids := make([]string, len(l.arts))
	for i, a := range l.arts {
		ids[i] = a.ID
	}
	l.sources.Order(ids)
	if o.NoPass {
		l.over = true
		close(l.updates)
		close(l.finished)
	} else {
		go l.pass()
	}
	return l, nil
}

// head is what the open-time pass learns of one file.
type head struct {
	meta  model.Meta
	probs []model.Problem
	skip  bool
}

// readHeads reads the start of every file, on all cores: enough to reject
// binary and empty files and to know the metadata.
func readHeads(fsys fs.FS, files []file) []head {
	out := make([]head, len(files))
	work := make(chan int)
	var wg sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range work {
				f := files[i]
				limit := int64(headBytes)
				if f.listed && !needsInference(f.written) {
					limit = sniffBytes
				}
				raw, complete, prob := readArticle(fsys, f.path, limit)
				if prob == nil && !complete && !f.listed && bytes.HasPrefix(raw, []byte("---")) && frontMatterBytes(raw) == nil {
					// A front matter block longer than the head: read on.
					raw, _, prob = readArticle(fsys, f.path, maxHeadBytes)
				}
				if prob != nil {
					out[i] = head{probs: []model.Problem{*prob}, skip: true}
					continue
				}
				out[i].meta, out[i].probs = metaFor(f, raw)
			}
		}()
	}
	for i := range files {
		work <- i
	}
	close(work)
	wg.Wait()
	return out
}

// sniffBytes is read of a file whose metadata the catalog gives in full,
// to tell text from binary.
const sniffBytes = 1024

// pass parses every article once, on all cores, for its stats and problems.
func (l *Library) pass() {
	defer close(l.finished)
	work := make(chan int)
	var wg sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range work {
				l.count(i)
			}
		}()
	}
feed:
	for i := range l.files {
		select {
		case work <- i:
		case <-l.stop:
			break feed
		}
	}
	close(work)
	wg.Wait()
	l.mu.Lock()
	l.over = true
	close(l.updates)
	l.mu.Unlock()
}

// count parses and analyses article i and publishes what the lists need:
// stats, problems, claim rows, citation diagnostics and its sources. The
// parse itself is dropped.
func (l *Library) count(i int) {
	f := l.files[i]
	raw, _, prob := readArticle(l.fsys, f.path, maxArticleBytes)
	var a *model.Article
	var s *model.Sourcing
	if prob == nil {
		a = ParseArticle(f.id, f.path, raw, l.snapshot(i).Meta)
		s = l.layers.cite.Analyze(a)
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	if prob != nil {
		l.problems = append(l.problems, *prob)
	} else {
		l.publish(i, a, s)
	}
	l.done++
	l.notify()
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
	l.problems = append(l.problems, a.Problems...)
	l.claims[i] = claimRefs(s)
	l.diags[i] = diagnostics(s)
	l.sources.Add(s)
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
	return append([]*model.Article(nil), l.arts...)
}

// Article returns the fully parsed article with the given id. The result is
// shared with other callers and must not be modified.
func (l *Library) Article(id string) (*model.Article, error) {
	l.mu.RLock()
	i, ok := l.index[id]
	l.mu.RUnlock()
	if !ok {
		return nil, fmt.Errorf("no article %q in %s", id, l.name)
	}
	if a := l.cache.get(id); a != nil {
		return a, nil
	}
	snap := l.snapshot(i)
	raw, _, prob := readArticle(l.fsys, snap.Path, maxArticleBytes)
	if prob != nil {
		return nil, prob
	}
	a := ParseArticle(snap.ID, snap.Path, raw, snap.Meta)
	l.cache.put(id, a, len(raw))
	l.mu.RLock()
	known := l.arts[i].Stats.Known
	l.mu.RUnlock()
	if !known {
		s := l.sourcing(a)
		l.mu.Lock()
		l.publish(i, a, s)
		l.notify()
		l.mu.Unlock()
	}
	return a, nil
}

// Problems lists every problem found so far: with the folder and its
// catalog first, then with articles as the background pass meets them.
func (l *Library) Problems() []model.Problem {
	l.mu.RLock()
	defer l.mu.RUnlock()
	return append([]model.Problem(nil), l.problems...)
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

// Close stops the background pass and waits for it to end. The library can
// still be read afterwards; articles not reached keep unknown stats.
func (l *Library) Close() {
	l.stopOnce.Do(func() { close(l.stop) })
	l.Wait()
}
