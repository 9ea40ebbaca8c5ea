package common

import "github.com/isnad/isnad/model"

// This file holds what the explorer reaches beyond the Library: the
// corpus-wide search index, and the way findings leave the explorer (a
// claim copied with what backs it, a report written to a file). Both are
// interfaces the explorer defines; cmd/isnad wires data/search and
// data/export behind them, and a session without them (nil) says so.

// Searcher is the corpus-wide search index (data/search.Index). Searches
// may run while it builds (their results say Partial).
type Searcher interface {
	model.Searcher
	// Updates receives (coalesced) when the build moved on and is closed
	// when the index is up to date. Sessions of a server share one index
	// and one channel: a value may wake another session, so wait with a
	// timeout too.
	Updates() <-chan struct{}
	// Err is what stopped the build, if it stopped short.
	Err() error
}

// OpenSearch opens the corpus's search index, or returns the one open. It
// may block (another process holding the index, the first build's
// opening), so screens call it off the event loop.
type OpenSearch func() (Searcher, error)

// Exporter takes findings out of the explorer (data/export).
type Exporter interface {
	// Cite is a claim (a sentence id) with what backs it and the notes of
	// notes that sit on it, as plain text for the clipboard.
	Cite(claim string, notes []model.Note) (string, error)
	// Report writes the report r asks for to a new file and returns where;
	// it never overwrites a file.
	Report(r model.ReportRequest) (string, error)
}

// ClaimHolder is a screen with a claim under its cursor (claims, panels,
// search, notes): y copies it.
type ClaimHolder interface {
	CurrentClaim() (string, bool)
}

// Reporter is a screen that knows what the report of its view covers
// (library, claims, search, notes): e writes it. The App adds the
// session's notes to a request that has none.
type Reporter interface {
	Report() (model.ReportRequest, bool)
}
