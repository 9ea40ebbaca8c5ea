package data

import (
	"slices"

	"github.com/isnad/isnad/data/compare"
	"github.com/isnad/isnad/model"
)

// This file is the library's face for the analysis layers: the claims of an
// article and the sources across the corpus (data/cite), and the comparison
// of a selection of articles (data/compare).

// Sourcing returns the claims, citations, reference list and attributions
// of an article. The result is shared and must not be modified. An article
// the background pass has not reached yet gets its stats now.
func (l *Library) Sourcing(id string) (*model.Sourcing, error) {
	a, err := l.Article(id)
	if err != nil {
		return nil, err
	}
	if s := l.cache.sourcing(id); s != nil {
		return s, nil
	}
	l.mu.RLock()
	i := l.index[id]
	known := l.arts[i].Stats.Known
	l.mu.RUnlock()
	s := l.analyseShared(i, a)
	l.cache.setSourcing(id, s)
	if !known {
		l.mu.Lock()
		l.publish(i, a, s)
		l.notify()
		l.mu.Unlock()
	}
	return s, nil
}

// Sources lists the sources of every article read so far, most relied on
// first.
func (l *Library) Sources() []model.Source { return l.sources.Sources() }

// Source returns one source with its counts per article.
func (l *Library) Source(id string) (model.Source, bool) { return l.sources.Source(id) }

// Backlinks lists the claims, across the corpus, that cite a source, quote
// it or name it as their channel.
func (l *Library) Backlinks(id string) []string { return l.sources.Backlinks(id) }

// Claims lists the claims of every article read so far, in corpus order.
func (l *Library) Claims() []model.ClaimRef {
	l.mu.RLock()
	defer l.mu.RUnlock()
	var out []model.ClaimRef
	for _, i := range l.order {
		out = append(out, l.claims[i]...)
	}
	return out
}

// Diagnostics lists, per article read so far, its unresolved and ambiguous
// citations and its unused reference entries.
func (l *Library) Diagnostics() []model.Diagnostics {
	l.mu.RLock()
	defer l.mu.RUnlock()
	var out []model.Diagnostics
	for _, i := range l.order {
		if d := l.diags[i]; d != nil {
			out = append(out, *d)
		}
	}
	return out
}

// Compare compares a selection of articles: frames, naming, distinctive
// vocabulary and facts. Only the selection's analyses are kept, so a large
// corpus is compared a few sources at a time.
func (l *Library) Compare(ids []string) (*model.Comparison, error) {
	arts := make([]*model.Article, 0, len(ids))
	for _, id := range ids {
		a, err := l.Article(id)
		if err != nil {
			return nil, err
		}
		arts = append(arts, a)
	}
	l.cmpMu.Lock()
	defer l.cmpMu.Unlock()
	l.forgetExcept(ids)
	for _, a := range arts {
		l.cmp.Add(a)
	}
	return l.cmp.Compare(ids), nil
}

// forgetExcept drops the analyses of articles outside the selection.
// l.cmpMu must be held.
func (l *Library) forgetExcept(ids []string) {
	for _, a := range l.Articles() {
		if !slices.Contains(ids, a.ID) && l.cmp.Analysis(a.ID) != nil {
			l.cmp.Forget(a.ID)
		}
	}
}

// Frames are the frames the comparison scores with (empty when the corpus
// has no frames file).
func (l *Library) Frames() *compare.Frames { return l.layers.frames }

// SourceID finds the source a name stands for in the alias table
// ("رويترز" → "reuters").
func (l *Library) SourceID(name string) (string, bool) {
	id, _, _, ok := l.layers.cite.Aliases().Lookup(name)
	return id, ok
}
