package model

import "sort"

// This file holds the types of the sourcing layer: which sentences are claims,
// what cites or attributes them, the reference list they point to, and the
// sources behind all of it. The JSON tags are the ones `isnad claims`, `isnad
// refs` and `isnad sources` print.
//
// Ids of this layer extend the scheme of corpus.go:
//
//	000#s40   a claim (a claim is a sentence)
//	000#c7    the 7th citation of article 000 (1-based, in reading order)
//	000#r5    the 5th entry of its reference list
//	000#a3    the 3rd attribution
//
// Sources have corpus-wide ids without an article part: "reuters",
// "anon-diplomats", or a slug of the name as written.

// ClaimStatus says how a claim is sourced, strongest first.
type ClaimStatus string

// Claim statuses.
const (
	StatusCited      ClaimStatus = "cited"      // carries a citation
	StatusAttributed ClaimStatus = "attributed" // a named speaker, no citation
	StatusAnonymous  ClaimStatus = "anonymous"  // only unnamed or vague speakers
	StatusUnsourced  ClaimStatus = "unsourced"  // nothing
)

// ClaimStatuses lists the statuses in the order the UI shows them.
var ClaimStatuses = []ClaimStatus{StatusCited, StatusAttributed, StatusAnonymous, StatusUnsourced}

// Reason is why a sentence counts as a claim.
type Reason string

// Reasons.
const (
	ReasonCitation    Reason = "citation"
	ReasonAttribution Reason = "attribution"
	ReasonNumber      Reason = "number"
	ReasonQuantity    Reason = "quantity" // written out: "thousands", "مليون"
	ReasonDate        Reason = "date"
	ReasonEvent       Reason = "event" // a named event: a summit, a treaty, a war
)

// Claim is a sentence that asserts something checkable.
type Claim struct {
	ID      string      `json:"id"`      // the sentence id, "000#s40"
	Article string      `json:"article"` //
	Para    int         `json:"para"`    // paragraph index (0-based)
	Text    string      `json:"text"`    //
	Status  ClaimStatus `json:"status"`  //
	Reasons []Reason    `json:"reasons"` //
	// Citations and Attributions are copies of the article's entries that
	// fall in this sentence, so a claim prints on its own.
	Citations    []Citation    `json:"citations"`
	Attributions []Attribution `json:"attributions"`
}

// CitationStyle is how a citation is written.
type CitationStyle string

// Citation styles.
const (
	StyleAuthorYear CitationStyle = "author-year" // (Reuters, 2024b)
	StyleNumeric    CitationStyle = "numeric"     // [2, 3]
	StyleFootnote   CitationStyle = "footnote"    // [^4], ⁴
)

// Resolution says whether a citation leads to exactly one reference entry.
type Resolution string

// Resolutions.
const (
	Resolved   Resolution = "resolved"   // exactly one entry fits
	Ambiguous  Resolution = "ambiguous"  // several fit; see Readings
	Unresolved Resolution = "unresolved" // none fits
)

// Citation is one in-text citation. A parenthesis holding several (joined by
// ";" or "؛") is a group; each member is its own Citation sharing Group.
type Citation struct {
	ID       string        `json:"id"`       // "000#c7"
	Sentence string        `json:"sentence"` // the claim it belongs to
	Raw      string        `json:"raw"`      // "Reuters, 2024b"
	Style    CitationStyle `json:"style"`    //
	Author   string        `json:"author,omitempty"`
	Year     string        `json:"year,omitempty"`   // "2024", or "n.d."
	Suffix   string        `json:"suffix,omitempty"` // "b" of 2024b
	Locator  string        `json:"locator,omitempty"`
	Number   int           `json:"number,omitempty"` // numeric and footnote styles
	// Group is the 0-based index of the parenthesis or bracket in the
	// article; GroupRaw is its whole text, parentheses included.
	Group    int    `json:"group"`
	GroupRaw string `json:"group_raw"`
	// Para, Start and End place Raw in its paragraph's Text (bytes).
	Para       int        `json:"para"`
	Start      int        `json:"start"`
	End        int        `json:"end"`
	Resolution Resolution `json:"resolution"`
	// Candidates are the reference ids that fit: one when resolved, several
	// when ambiguous, none when unresolved.
	Candidates []string `json:"candidates"`
	// Readings say, for an ambiguous citation, which entry each way of reading
	// the list would pick.
	Readings []Reading `json:"readings,omitempty"`
	Note     string    `json:"note,omitempty"`
	Source   string    `json:"source,omitempty"` // source id of the author
}

// Reading is one rule that could tie an ambiguous citation to an entry.
type Reading struct {
	Rule string `json:"rule"` // "list order", "APA title order", "date order"
	Pick string `json:"pick"` // a reference id, or "" when the rule picks none
}

// Reference is one entry of an article's reference list.
type Reference struct {
	ID     string `json:"id"` // "000#r5"
	Para   int    `json:"para"`
	Raw    string `json:"raw"`
	Number int    `json:"number,omitempty"` // "[3]" or "3." entries, and footnotes
	Author string `json:"author"`
	Year   string `json:"year"`
	Suffix string `json:"suffix,omitempty"`
	// Date is as precise as the entry: "2024-12-05", "2024-12" or "2024".
	Date    string   `json:"date"`
	Title   string   `json:"title"`
	Outlet  string   `json:"outlet,omitempty"` // publication or site
	URL     string   `json:"url,omitempty"`
	CitedBy []string `json:"cited_by"` // claim ids whose citations resolve here or list it as a candidate
	Source  string   `json:"source,omitempty"`
}

// AttributionKind says whether a speaker is named.
type AttributionKind string

// Attribution kinds.
const (
	Named     AttributionKind = "named"
	Anonymous AttributionKind = "anonymous"
)

// SourceKind is what a source is.
type SourceKind string

// Source kinds.
const (
	SourcePerson     SourceKind = "person"
	SourceOrg        SourceKind = "org"        // a company, party, club, university, NGO
	SourceGovernment SourceKind = "government" // a ministry, government, army, court, parliament
	SourceOutlet     SourceKind = "outlet"     // a newspaper, agency, channel, website
	SourceDocument   SourceKind = "document"   // a report, statement, study, decree as the source
	SourceAnonymous  SourceKind = "anonymous"
)

// AttributionForm is the grammatical shape of an attribution's cue.
type AttributionForm string

// Attribution forms.
const (
	FormVerb       AttributionForm = "verb"        // قال، أكد، said, told
	FormParticiple AttributionForm = "participle"  // مضيفاً، مشيراً، saying
	FormVerbalNoun AttributionForm = "verbal-noun" // قوله، تأكيده
	FormNominal    AttributionForm = "nominal"     // بحسب، وفقاً لـ، according to
	FormQuote      AttributionForm = "quote"       // a quotation with no cue word of its own
)

// Attribution is a statement put in someone's mouth in running text: "قال
// الرئيس الأوكراني فولوديمير زيلينسكي …", "according to Western reports".
type Attribution struct {
	ID       string `json:"id"`       // "000#a3"
	Sentence string `json:"sentence"` //
	Source   string `json:"source"`   // source id
	// Speaker is who speaks, as the article writes them, titles included:
	// the words of this sentence, or for a resolved attribution those its
	// antecedent named the speaker with (the words written here — "he",
	// "الشركة", none — stay at SpeakerStart:SpeakerEnd).
	Speaker string          `json:"speaker"`
	Role    string          `json:"role,omitempty"`
	Kind    AttributionKind `json:"kind"`
	// SourceKind is person, org, government, outlet, document or anonymous.
	SourceKind SourceKind      `json:"source_kind"`
	Form       AttributionForm `json:"form"`
	// Channel is the source id of the medium the speaker used ("reuters" in
	// "تحدثوا إلى رويترز"), or a slug when it is no source (journalists).
	Channel     string `json:"channel,omitempty"`
	ChannelText string `json:"channel_text,omitempty"`
	Cue         string `json:"cue"` // the reporting verb or phrase as written
	// Carried is set when the speaker is not written in the sentence: a bare
	// "وقال:", a participle ("مضيفاً") or a quotation with no cue.
	Carried bool `json:"carried,omitempty"`
	// Resolved is set when the source was found from a pronoun ("he said"),
	// a dropped subject ("وأضاف أن"), a description pointing back ("the
	// company said" after "Unilever said") or a quotation continuing a
	// speaker; Antecedent is then the id of the attribution that names it.
	Resolved   bool   `json:"resolved,omitempty"`
	Antecedent string `json:"antecedent,omitempty"`
	// Para, Start and End place the cue and speaker in the paragraph
	// (bytes of Paragraph.Text). CueStart and CueEnd are the cue alone;
	// SpeakerStart and SpeakerEnd the speaker as written, equal when the
	// sentence writes none.
	Para         int `json:"para"`
	Start        int `json:"start"`
	End          int `json:"end"`
	CueStart     int `json:"cue_start"`
	CueEnd       int `json:"cue_end"`
	SpeakerStart int `json:"speaker_start"`
	SpeakerEnd   int `json:"speaker_end"`
}

// Sourcing is what the sourcing layer finds in one article.
type Sourcing struct {
	Article string `json:"article"`
	// Groups counts the parentheses and brackets that hold citations.
	Groups       int           `json:"groups"`
	Claims       []Claim       `json:"claims"` // in reading order
	Citations    []Citation    `json:"citations"`
	References   []Reference   `json:"references"`
	Attributions []Attribution `json:"attributions"`
	// Unresolved and Ambiguous are citation ids; Unused are reference ids
	// that no citation resolves to and that no ambiguous citation lists.
	Unresolved []string `json:"unresolved"`
	Ambiguous  []string `json:"ambiguous"`
	Unused     []string `json:"unused"`
	// Mentions are the sources this article cites or names, for the
	// corpus-wide index.
	Mentions []SourceMention `json:"mentions"`
}

// Claim returns the claim with the given id, or nil. Claims are in reading
// order, so their sentence numbers grow: a binary search, not a scan, since
// a view may ask once per claim of an article with thousands.
func (s *Sourcing) Claim(id string) *Claim {
	r, err := ParseRef(id)
	if err != nil || r.Kind != 's' {
		return nil
	}
	i := sort.Search(len(s.Claims), func(i int) bool {
		c, err := ParseRef(s.Claims[i].ID)
		return err != nil || c.N >= r.N
	})
	if i < len(s.Claims) && s.Claims[i].ID == id {
		return &s.Claims[i]
	}
	return nil
}

// Reference returns the reference entry with the given id, or nil. Entry
// "000#r5" is the fifth of the list, so it is looked up there first.
func (s *Sourcing) Reference(id string) *Reference {
	if r, err := ParseRef(id); err == nil && r.Kind == 'r' && r.N <= len(s.References) && s.References[r.N-1].ID == id {
		return &s.References[r.N-1]
	}
	for i := range s.References {
		if s.References[i].ID == id {
			return &s.References[i]
		}
	}
	return nil
}

// SourceMention is one source as one article uses it.
type SourceMention struct {
	Source    string     `json:"source"`
	Name      string     `json:"name"`
	Kind      SourceKind `json:"kind"`
	Spellings []string   `json:"spellings"`  // as written in this article
	Claims    []string   `json:"claims"`     // claim ids citing, quoting or naming it as channel
	Refs      []string   `json:"references"` // its reference entries
}

// Source is one source across the corpus.
type Source struct {
	ID       string        `json:"id"`
	Name     string        `json:"name"`
	Kind     SourceKind    `json:"kind"`
	Aliases  []string      `json:"aliases"`  // spellings seen
	Articles []SourceCount `json:"articles"` // in the order the articles were added
	Claims   int           `json:"claims"`   // over the corpus
}

// SourceCount is how much one article relies on a source.
type SourceCount struct {
	Article    string `json:"article"`
	Claims     int    `json:"claims"`
	References int    `json:"references"`
}

// ClaimRef is a claim as corpus-wide lists show it. A library keeps one for
// every claim of every article it has read, without keeping the articles.
type ClaimRef struct {
	ID      string      `json:"id"`
	Article string      `json:"article"`
	Status  ClaimStatus `json:"status"`
	// Text is the start of the sentence (at most PreviewBytes, cut between
	// characters) — enough for a list row.
	Text string `json:"text"`
	// Sources are the ids of the sources the claim cites, quotes or names.
	Sources []string `json:"sources,omitempty"`
}

// PreviewBytes bounds ClaimRef.Text.
const PreviewBytes = 240

// Diagnostics are the citation problems of one article, for the sources
// screen: citations that lead nowhere or to several entries, and entries
// nothing cites.
type Diagnostics struct {
	Article    string      `json:"article"`
	Groups     int         `json:"groups"`
	Citations  int         `json:"citations"`
	References int         `json:"references"`
	Unresolved []Citation  `json:"unresolved"`
	Ambiguous  []Citation  `json:"ambiguous"`
	Unused     []Reference `json:"unused"`
}
