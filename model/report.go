package model

// This file holds the types of a cited report (data/export): each claim
// with its status, what backs it — the full reference entry behind a
// citation, or the speaker and channel of an attribution — and the notes
// analysts wrote on it. A report in JSON Lines reads back into these types.

// ReportClaim is one claim (or, with notes, a noted sentence) of a report.
type ReportClaim struct {
	Claim   string `json:"claim"` // sentence id, "000#s40"
	Article string `json:"article"`
	Title   string `json:"title"`
	Outlet  string `json:"outlet,omitempty"`
	Date    string `json:"date,omitempty"`
	URL     string `json:"url,omitempty"`
	Dir     Dir    `json:"dir"` // the article's direction, for laying the text out
	// Status is empty for a sentence that is no claim but carries notes.
	Status  ClaimStatus    `json:"status,omitempty"`
	Text    string         `json:"text"`
	Sources []ReportSource `json:"sources"`
	Notes   []Note         `json:"notes,omitempty"`
}

// ReportSource is one thing a claim rests on: a citation or an
// attribution.
type ReportSource struct {
	Kind string `json:"kind"` // "citation" or "attribution"
	// A citation: as written, whether it leads to one reference entry, and
	// the entries it leads to (one when resolved, the candidates when
	// ambiguous, none when unresolved).
	Cited      string     `json:"cited,omitempty"`
	Resolution Resolution `json:"resolution,omitempty"`
	References []string   `json:"references,omitempty"`
	URLs       []string   `json:"urls,omitempty"`
	// An attribution: who, as written, named or not, and through which
	// medium.
	Speaker  string          `json:"speaker,omitempty"`
	Role     string          `json:"role,omitempty"`
	Named    AttributionKind `json:"named,omitempty"`
	Channel  string          `json:"channel,omitempty"`
	SourceID string          `json:"source_id,omitempty"`
}

// ReportRequest is what one report covers: the explorer's report key asks
// for the view on screen (the marked articles, one article, the claims a
// list shows).
type ReportRequest struct {
	// Name is a short name for the report's file ("000",
	// "claims-anonymous"); Title heads the report.
	Name, Title string
	// Articles are the articles, in order. Claims, when set, keeps only
	// these claims (sentence ids) of them; with no Articles, the articles
	// are those of the claims, in order.
	Articles []string
	Claims   []string
	// Notes are the analysts' notes the report shows, each on the sentence
	// it sits on now (anchored: Sentence set); nil for a report without
	// notes.
	Notes []Note
	// Noted makes it the report of the notes (the notes screen's): the
	// sentences carrying one of Notes, claims or not, and at the end those
	// of Notes whose sentence is gone, as isnad export --notes writes them.
	Noted bool
}
