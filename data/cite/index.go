package cite

import (
	"sort"
	"strings"
	"sync"

	"github.com/isnad/isnad/model"
)

// Index gathers sources across a corpus, one article's Sourcing at a time,
// so a background pass over a large corpus can feed it and drop each parsed
// article. It keeps only the mentions (ids, names, claim ids), not texts.
// It is safe for concurrent use: one goroutine may Add while another reads.
type Index struct {
	mu       sync.RWMutex
	order    []string                         // articles in the order first added
	pos      map[string]int                   // article → index in order
	byArt    map[string][]model.SourceMention // article → its mentions
	bySource map[string]map[string]int        // source → article → index in byArt[article]
	ids      map[string]string                // one copy of each source id
}

// NewIndex makes an empty Index.
func NewIndex() *Index {
	return &Index{pos: map[string]int{}, byArt: map[string][]model.SourceMention{}, bySource: map[string]map[string]int{}, ids: map[string]string{}}
}

// Order fixes the order of articles in every list the index gives
// (per-article counts, aliases, backlinks) before they are added: a parallel
// pass adds them in whatever order they finish, and the lists must not
// depend on that. Articles not named come after, in the order added.
func (x *Index) Order(ids []string) {
	x.mu.Lock()
	defer x.mu.Unlock()
	for _, id := range ids {
		if _, ok := x.pos[id]; !ok {
			x.pos[id] = len(x.order)
			x.order = append(x.order, id)
		}
	}
}

// Add records one article's sources, replacing what an earlier Add of the
// same article recorded.
func (x *Index) Add(s *model.Sourcing) {
	if s == nil {
		return
	}
	x.mu.Lock()
	defer x.mu.Unlock()
	x.remove(s.Article)
	if _, ok := x.pos[s.Article]; !ok {
		x.pos[s.Article] = len(x.order)
		x.order = append(x.order, s.Article)
	}
	// Copies of what may be pieces of the article's text (names and
	// spellings): the index outlives the article, whose text they would
	// keep in memory. Claim and reference ids are small strings of their
	// own, kept as they are; a source id already known is shared.
	ms := make([]model.SourceMention, len(s.Mentions))
	for i, m := range s.Mentions {
		src, ok := x.ids[m.Source]
		if !ok {
			src = strings.Clone(m.Source)
			x.ids[src] = src
		}
		ms[i] = model.SourceMention{
			Source:    src,
			Name:      strings.Clone(m.Name),
			Kind:      m.Kind,
			Spellings: cloneAll(m.Spellings),
			Claims:    m.Claims,
			Refs:      m.Refs,
		}
	}
	x.byArt[s.Article] = ms
	for i, m := range ms {
		arts := x.bySource[m.Source]
		if arts == nil {
			arts = map[string]int{}
			x.bySource[m.Source] = arts
		}
		arts[s.Article] = i
	}
}

// Remove forgets an article.
func (x *Index) Remove(article string) {
	x.mu.Lock()
	defer x.mu.Unlock()
	x.remove(article)
}

func (x *Index) remove(article string) {
	for _, m := range x.byArt[article] {
		if arts := x.bySource[m.Source]; arts != nil {
			delete(arts, article)
			if len(arts) == 0 {
				delete(x.bySource, m.Source)
			}
		}
	}
	delete(x.byArt, article)
}

// Articles is the number of articles added.
func (x *Index) Articles() int {
	x.mu.RLock()
	defer x.mu.RUnlock()
	return len(x.byArt)
}

// articlesOf lists the articles mentioning a source, in the index's order.
func (x *Index) articlesOf(id string) []string {
	arts := make([]string, 0, len(x.bySource[id]))
	for a := range x.bySource[id] {
		arts = append(arts, a)
	}
	sort.Slice(arts, func(i, j int) bool { return x.pos[arts[i]] < x.pos[arts[j]] })
	return arts
}

// Source returns one source with its counts per article.
func (x *Index) Source(id string) (model.Source, bool) {
	x.mu.RLock()
	defer x.mu.RUnlock()
	return x.source(id)
}

func (x *Index) source(id string) (model.Source, bool) {
	arts := x.articlesOf(id)
	if len(arts) == 0 {
		return model.Source{}, false
	}
	src := model.Source{ID: id, Aliases: []string{}}
	seen := map[string]bool{}
	for _, a := range arts {
		m := x.byArt[a][x.bySource[id][a]]
		if src.Name == "" {
			src.Name, src.Kind = m.Name, m.Kind
		}
		for _, sp := range m.Spellings {
			if !seen[sp] {
				seen[sp] = true
				src.Aliases = append(src.Aliases, sp)
			}
		}
		src.Articles = append(src.Articles, model.SourceCount{Article: a, Claims: len(m.Claims), References: len(m.Refs)})
		src.Claims += len(m.Claims)
	}
	return src, true
}

// Sources lists every source, most relied on first (claims, then
// references, then name).
func (x *Index) Sources() []model.Source {
	x.mu.RLock()
	defer x.mu.RUnlock()
	out := make([]model.Source, 0, len(x.bySource))
	for id := range x.bySource {
		if s, ok := x.source(id); ok {
			out = append(out, s)
		}
	}
	refs := func(s model.Source) int {
		n := 0
		for _, c := range s.Articles {
			n += c.References
		}
		return n
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.Claims != b.Claims {
			return a.Claims > b.Claims
		}
		if ra, rb := refs(a), refs(b); ra != rb {
			return ra > rb
		}
		return a.ID < b.ID
	})
	return out
}

// Backlinks lists the claims, across the corpus, that cite a source, quote
// it or name it as their channel: article order, then reading order.
func (x *Index) Backlinks(id string) []string {
	x.mu.RLock()
	defer x.mu.RUnlock()
	var out []string
	for _, a := range x.articlesOf(id) {
		out = append(out, x.byArt[a][x.bySource[id][a]].Claims...)
	}
	return out
}

// References lists a source's reference entries across the corpus.
func (x *Index) References(id string) []string {
	x.mu.RLock()
	defer x.mu.RUnlock()
	var out []string
	for _, a := range x.articlesOf(id) {
		out = append(out, x.byArt[a][x.bySource[id][a]].Refs...)
	}
	return out
}

func cloneAll(ss []string) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = strings.Clone(s)
	}
	return out
}
