package search

import (
	"context"
	"sort"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/isnad/isnad/model"
)

// Options shape one search.
type Options struct {
	// Limit is the number of hits returned (default 20); Offset skips the
	// first ones, for paging.
	Limit, Offset int
	// Article restricts the search to one article (the reader's "/").
	Article string
	// ByPosition orders hits by article, then sentence, instead of by
	// score: the reader steps through them in reading order.
	ByPosition bool
}

// DefaultLimit is the number of hits of a search that names none.
const DefaultLimit = 20

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
	bq := p.q
	if o.Article != "" {
		bq = bleve.NewConjunctionQuery(bq, bleveTerm("article", o.Article))
	}
	limit := o.Limit
	if limit <= 0 {
		limit = DefaultLimit
	}
	req := bleve.NewSearchRequestOptions(bq, limit, o.Offset, false)
	req.Fields = []string{"text", "article", "status"}
	if o.ByPosition {
		// Sentence ids sort as text ("000#s10" < "000#s9"): fetch them all
		// and order them here.
		req.Size, req.From = maxPositional, 0
	}
	res, err := x.idx.SearchInContext(ctx, req)
	if err != nil {
		return nil, err
	}
	out := &model.SearchResult{Query: q, Total: int(res.Total), Hits: []model.Hit{}, Partial: !x.Ready()}
	for _, h := range res.Hits {
		hit := model.Hit{Sentence: h.ID, Score: h.Score}
		hit.Text, _ = h.Fields["text"].(string)
		hit.Article, _ = h.Fields["article"].(string)
		if st, ok := h.Fields["status"].(string); ok {
			hit.Status = model.ClaimStatus(st)
		}
		out.Hits = append(out.Hits, hit)
	}
	if o.ByPosition {
		sort.SliceStable(out.Hits, func(i, j int) bool { return positionLess(out.Hits[i].Sentence, out.Hits[j].Sentence) })
		out.Hits = page(out.Hits, o.Offset, limit)
	}
	for i := range out.Hits {
		out.Hits[i].Matches = p.highlight(out.Hits[i].Text, x.langOf(out.Hits[i].Article))
	}
	return out, nil
}

// maxPositional bounds the hits of a search in reading order.
const maxPositional = 10000

func page(h []model.Hit, offset, limit int) []model.Hit {
	if offset >= len(h) {
		return []model.Hit{}
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

// langOf is an article's language, for choosing the analyser of its text.
func (x *Index) langOf(article string) string {
	x.langOnce.Do(func() {
		x.langs = map[string]string{}
		for _, a := range x.corpus.Articles() {
			x.langs[a.ID] = a.Meta.Lang
		}
	})
	return x.langs[article]
}

// highlight finds the words of text that the query's words or phrases
// match: text is analysed as it was indexed and every token whose term the
// query holds is marked.
func (p *parsed) highlight(text, lang string) []model.Span {
	name := analyzerFor(lang)
	set := p.terms[name]
	if len(set) == 0 {
		return []model.Span{}
	}
	spans := []model.Span{}
	for _, t := range analyzer(name).Analyze([]byte(text)) {
		if !set[string(t.Term)] {
			continue
		}
		if n := len(spans); n > 0 && spans[n-1].End >= t.Start {
			if t.End > spans[n-1].End {
				spans[n-1].End = t.End
			}
			continue
		}
		spans = append(spans, model.Span{Start: t.Start, End: t.End})
	}
	return spans
}

func bleveTerm(field, v string) *query.TermQuery {
	q := bleve.NewTermQuery(v)
	q.SetField(field)
	return q
}
