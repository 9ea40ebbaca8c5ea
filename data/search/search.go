package search

import (
	"context"
	"math"
	"sort"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/isnad/isnad/model"
)

// A search runs in two steps. Bleve ranks the articles that match (TF-IDF
// over the article, no locations: cheap even for a word in every article).
// Then, for one batch of the best articles at a time, the same query
// restricted to them is run again with match locations; a location's array
// position is its sentence, so each clause of the query is checked per
// sentence, and the sentences that satisfy all of them are the hits, with
// their words to highlight. Batches are read until the page is full.

// Options shape one search (the type is model's, so that screens can
// name it without importing this package).
type Options = model.SearchOptions

// DefaultLimit is the number of hits of a search that names none.
const DefaultLimit = 20

// Articles located per step: firstBatch, then twice as many each time up
// to maxBatch.
const (
	firstBatch = 8
	maxBatch   = 128
)

// Search runs a query (see query.go for its language) and returns the
// sentences that match, best first, each with the words to highlight.
func (x *Index) Search(ctx context.Context, q string, o Options) (*model.SearchResult, error) {
	var ids sourceIDs
	if r, ok := x.corpus.(interface{ SourceID(string) (string, bool) }); ok {
		ids = r.SourceID
	}
	p, err := parseQuery(q, ids)
	if err != nil {
		return nil, err
	}
	find, locate := p.q, p.locate
	if o.Article != "" {
		art := query.NewTermQuery(o.Article)
		art.SetField("article")
		find = query.NewConjunctionQuery([]query.Query{find, art})
		locate = query.NewConjunctionQuery([]query.Query{locate, art})
	}
	limit := o.Limit
	if limit <= 0 {
		limit = DefaultLimit
	}
	want := o.Offset + limit
	if o.ByPosition {
		want = math.MaxInt
	}
	out := &model.SearchResult{Query: q, Hits: []model.Hit{}, Partial: !x.Ready()}
	var hits []model.Hit
	// A few articles first (a page of hits is often in them), then more.
	batch := firstBatch
	for from := 0; ; from, batch = from+batch, min(2*batch, maxBatch) {
		req := bleve.NewSearchRequestOptions(find, batch, from, false)
		res, err := x.idx.SearchInContext(ctx, req)
		if err != nil {
			return nil, err
		}
		out.Articles = int(res.Total)
		if len(res.Hits) == 0 {
			break
		}
		found, err := x.locate(ctx, p, locate, res.Hits)
		if err != nil {
			return nil, err
		}
		hits = append(hits, found...)
		if from+len(res.Hits) >= int(res.Total) {
			break
		}
		if len(hits) >= want {
			out.More = true
			break
		}
	}
	out.Total = len(hits)
	if o.ByPosition {
		sort.SliceStable(hits, func(i, j int) bool { return positionLess(hits[i].Sentence, hits[j].Sentence) })
	} else {
		sort.SliceStable(hits, func(i, j int) bool { return hits[i].Score > hits[j].Score })
	}
	out.Hits = append(out.Hits, page(hits, o.Offset, limit)...)
	return out, nil
}

// locate reads the match locations of a batch of articles and turns them
// into sentence hits.
func (x *Index) locate(ctx context.Context, p *parsed, q query.Query, arts search.DocumentMatchCollection) ([]model.Hit, error) {
	ids := make([]string, len(arts))
	score := make(map[string]float64, len(arts))
	for i, h := range arts {
		ids[i] = h.ID
		score[h.ID] = h.Score
	}
	req := bleve.NewSearchRequestOptions(query.NewConjunctionQuery([]query.Query{query.NewDocIDQuery(ids), q}), len(ids), 0, false)
	req.IncludeLocations = true
	req.Fields = []string{"text", "claim"}
	res, err := x.idx.SearchInContext(ctx, req)
	if err != nil {
		return nil, err
	}
	var out []model.Hit
	for _, h := range res.Hits {
		texts, status := storedStrings(h.Fields["text"]), storedStrings(h.Fields["claim"])
		for _, m := range p.sentences(h.Locations, len(texts)) {
			hit := model.Hit{
				Article:  h.ID,
				Sentence: model.ElemID(h.ID, 's', m.n),
				Text:     texts[m.n],
				Matches:  m.spans,
				// The article's rank first; within it, sentences that
				// hold more of the query's words first.
				Score: score[h.ID] * (1 + math.Log1p(float64(m.words))/4),
			}
			if m.n < len(status) && status[m.n] != noClaim {
				hit.Status = model.ClaimStatus(status[m.n])
			}
			out = append(out, hit)
		}
	}
	return out, nil
}

// storedStrings reads a stored field: one value comes back as a string,
// several as a slice.
func storedStrings(v any) []string {
	switch v := v.(type) {
	case string:
		return []string{v}
	case []any:
		out := make([]string, len(v))
		for i, e := range v {
			out[i], _ = e.(string)
		}
		return out
	}
	return nil
}

// sentenceMatch is one sentence of an article that satisfies the query.
type sentenceMatch struct {
	n     int // 0-based sentence index
	words int // query words matched in it
	spans []model.Span
}

// sentences checks the clauses sentence by sentence against the locations
// of one article's matches.
func (p *parsed) sentences(locs search.FieldTermLocationMap, n int) []sentenceMatch {
	// Without a sentence-level clause (only article filters), every
	// sentence of the article matches.
	var cand map[int]*sentenceMatch
	if len(p.must) == 0 {
		cand = make(map[int]*sentenceMatch, n)
		for i := range n {
			cand[i] = &sentenceMatch{n: i, spans: []model.Span{}}
		}
	}
	for _, c := range p.must {
		got := c.match(locs)
		if cand == nil {
			cand = make(map[int]*sentenceMatch, len(got))
			for i, sp := range got {
				cand[i] = &sentenceMatch{n: i, spans: []model.Span{}}
				if c.highlight {
					cand[i].spans, cand[i].words = sp, len(sp)
				}
			}
			continue
		}
		for i, m := range cand {
			sp, ok := got[i]
			if !ok {
				delete(cand, i)
				continue
			}
			if c.highlight {
				m.spans = append(m.spans, sp...)
				m.words += len(sp)
			}
		}
	}
	for _, c := range p.not {
		for i := range c.match(locs) {
			delete(cand, i)
		}
	}
	out := make([]sentenceMatch, 0, len(cand))
	for _, m := range cand {
		if m.n >= n {
			continue // a location past the stored text: never expected
		}
		m.spans = mergeSpans(m.spans)
		out = append(out, *m)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].n < out[j].n })
	return out
}

// match finds the sentences where the clause holds, with the spans of the
// words it matched there.
func (c *clause) match(locs search.FieldTermLocationMap) map[int][]model.Span {
	out := map[int][]model.Span{}
	for _, a := range c.alts {
		terms := locs[a.field]
		if len(terms) == 0 {
			continue
		}
		// Where each term stands: sentence and position.
		type at struct {
			sent int
			pos  uint64
		}
		has := map[string]map[at]*search.Location{}
		for _, t := range uniqueTerms(a.pos) {
			for _, l := range terms[t] {
				if len(l.ArrayPositions) == 0 {
					continue
				}
				if has[t] == nil {
					has[t] = map[at]*search.Location{}
				}
				has[t][at{int(l.ArrayPositions[0]), l.Pos}] = l
			}
		}
		for _, first := range a.pos[0] {
			for start, l := range has[first] {
				spans := []model.Span{{Start: int(l.Start), End: int(l.End)}}
				ok := true
				for k := 1; k < len(a.pos) && ok; k++ {
					if len(a.pos[k]) == 0 {
						continue // a stop word
					}
					ok = false
					for _, t := range a.pos[k] {
						if m, found := has[t][at{start.sent, start.pos + uint64(k)}]; found {
							spans = append(spans, model.Span{Start: int(m.Start), End: int(m.End)})
							ok = true
							break
						}
					}
				}
				if ok {
					out[start.sent] = append(out[start.sent], spans...)
				}
			}
		}
	}
	return out
}

func uniqueTerms(pos [][]string) []string {
	var out []string
	for _, ts := range pos {
		for _, t := range ts {
			if !slicesContains(out, t) {
				out = append(out, t)
			}
		}
	}
	return out
}

// mergeSpans sorts spans and joins those that overlap (a word and its
// bare form share one).
func mergeSpans(sp []model.Span) []model.Span {
	if len(sp) == 0 {
		return []model.Span{}
	}
	sort.Slice(sp, func(i, j int) bool { return sp[i].Start < sp[j].Start })
	out := sp[:1]
	for _, s := range sp[1:] {
		last := &out[len(out)-1]
		if s.Start < last.End {
			last.End = max(last.End, s.End)
			continue
		}
		out = append(out, s)
	}
	return out
}

func page(h []model.Hit, offset, limit int) []model.Hit {
	if offset >= len(h) {
		return nil
	}
	h = h[offset:]
	if len(h) > limit {
		h = h[:limit]
	}
	return h
}

// positionLess orders sentence ids by article, then number.
func positionLess(a, b string) bool {
	ra, ea := model.ParseRef(a)
	rb, eb := model.ParseRef(b)
	if ea != nil || eb != nil || ra.Article != rb.Article {
		return a < b
	}
	return ra.N < rb.N
}
