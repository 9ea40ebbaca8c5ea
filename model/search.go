package model

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
	Total int    `json:"total"` // hits in all, beyond the page
	Hits  []Hit  `json:"hits"`
	// Partial is set while the index is still being built: later searches
	// may find more.
	Partial bool `json:"partial,omitempty"`
}
