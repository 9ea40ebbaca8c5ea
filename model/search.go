package model

import "context"

// This file holds the types of corpus-wide search (data/search): a hit is
// one sentence, with where the query matched inside it so that a screen can
// highlight the words.

// Span is a byte range [Start, End) of a string.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Hit is one sentence that matches a query.
type Hit struct {
	Article  string  `json:"article"`  // article id, "000"
	Sentence string  `json:"sentence"` // sentence id, "000#s40"
	Text     string  `json:"text"`     // the sentence
	Score    float64 `json:"score"`    // higher is better; only comparable within one search
	// Status is the sentence's claim status, empty when it is no claim.
	Status ClaimStatus `json:"status,omitempty"`
	// Matches are the words of Text the query matched (keyword in context),
	// in order, not overlapping.
	Matches []Span `json:"matches"`
}

// SearchResult is one page of hits.
type SearchResult struct {
	Query string `json:"query"`
	// Total counts the hits found in the articles read to fill the page;
	// when More is set, more articles match beyond them and Total is a
	// lower bound. Articles is the number of articles that may match: for
	// a phrase, those that hold all its words (whether in order is only
	// checked in the articles read).
	Total    int   `json:"total"`
	More     bool  `json:"more,omitempty"`
	Articles int   `json:"articles"`
	Hits     []Hit `json:"hits"`
	// Partial is set while the index is still being built: later searches
	// may find more.
	Partial bool `json:"partial,omitempty"`
}

// SearchOptions shape one search.
type SearchOptions struct {
	// Limit is the number of hits returned (default 20); Offset skips the
	// first ones, for paging.
	Limit, Offset int
	// Article restricts the search to one article (the reader's "/").
	Article string
	// ByPosition orders hits by article, then sentence, instead of by
	// score: the reader steps through them in reading order.
	ByPosition bool
}

// Searcher is what screens need of the search index; data/search.Index
// implements it. Search may be called while the index is still being built
// (the result says Partial); IndexProgress says how far the build is.
type Searcher interface {
	Search(ctx context.Context, query string, o SearchOptions) (*SearchResult, error)
	IndexProgress() (done, total int)
}
