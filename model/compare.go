package model

// This file holds the types of the comparison layer: how a selection of
// sources frames the story, names the relationship, which words set each
// apart, and where their dates and figures disagree. The JSON tags are the
// ones `isnad compare --json` prints. Every judgement carries the sentence
// ids it rests on, so the UI can open the evidence.

// Comparison is the comparison of a selection of articles ("sources").
type Comparison struct {
	// Sources are the article ids compared, in the order given.
	Sources []string `json:"sources"`
	// Frames has one row per frame of the frames file, in file order.
	Frames []FrameRow `json:"frames"`
	// Naming maps a name of the relationship to its count in each source
	// (every source present, zeros included).
	Naming map[string]map[string]int `json:"naming"`
	// NamingRows holds the same counts as ordered rows (most used first,
	// then frames-file order) with the sentences behind each count.
	NamingRows []NamingRow `json:"naming_rows"`
	// Vocabulary maps each source to its most distinctive terms against the
	// other sources, highest z first.
	Vocabulary map[string][]VocabTerm `json:"vocabulary"`
	// Facts has one row per event and kind of value (date or number).
	Facts []FactRow `json:"facts"`
}

// FrameRow is one frame across the sources.
type FrameRow struct {
	ID   string `json:"id"`
	Name string `json:"name"`
	// Scores is the share of each source's countable sentences that carry
	// the frame (0 to 1).
	Scores map[string]float64 `json:"scores"`
	// Evidence lists, for each source, the ids of the sentences that carry
	// the frame, in reading order. A non-zero score always has evidence.
	Evidence map[string][]string `json:"evidence"`
	// Terms lists, for each source, the cue terms that fired and how often.
	Terms map[string][]TermCount `json:"terms"`
	// Negated lists, for each source, the sentences where the frame's cues
	// occur only denied ("not an alliance"): counter-evidence, never counted
	// in the score.
	Negated map[string][]string `json:"negated"`
}

// Cell is one frame in one source, as the frame matrix shows it.
type Cell struct {
	Score    float64
	Evidence []string
	Terms    []TermCount
}

// Cell returns the frame's cell for an article (zero when the article is
// not among the sources).
func (r *FrameRow) Cell(article string) Cell {
	return Cell{Score: r.Scores[article], Evidence: r.Evidence[article], Terms: r.Terms[article]}
}

// TermCount is a cue or name as written in the frames file, and how many
// times it matched.
type TermCount struct {
	Term  string `json:"term"`
	Count int    `json:"count"`
}

// NamingRow is one name of the relationship across the sources.
type NamingRow struct {
	Term   string         `json:"term"`
	Counts map[string]int `json:"counts"`
	// PerThousand is each count per 1,000 words of the source's countable
	// text, so that long and short sources compare.
	PerThousand map[string]float64  `json:"per_1000_words"`
	Evidence    map[string][]string `json:"evidence"`
}

// VocabTerm is a distinctive term of one source: weighted log-odds with an
// informative Dirichlet prior (Monroe, Colaresi & Quinn 2008).
type VocabTerm struct {
	Term  string  `json:"term"`  // the commonest written form in this source
	Stem  string  `json:"stem"`  // what was counted
	Z     float64 `json:"z"`     // z-score of the log-odds difference
	Delta float64 `json:"delta"` // the log-odds difference itself
	Count int     `json:"count"` // occurrences in this source
	Rest  int     `json:"rest"`  // occurrences in the other sources
	// Sentences are up to a few sentence ids where the term occurs.
	Sentences []string `json:"sentences,omitempty"`
}

// FactKind is what a fact's value is.
type FactKind string

// Fact kinds.
const (
	FactDate   FactKind = "date"
	FactNumber FactKind = "number"
)

// FactRow is one event's values of one kind across the sources.
type FactRow struct {
	Event string   `json:"event"` // the event's id in the frames file
	Name  string   `json:"name"`  // its label
	Kind  FactKind `json:"kind"`
	// Values in source order, then reading order.
	Values []FactValue `json:"values"`
	// Conflict is set when two sources give values for the event and share
	// none, compared at the precision both give ("2024-06" agrees with
	// "2024-06-19").
	Conflict bool `json:"conflict"`
}

// FactValue is one value of a fact as one source gives it.
type FactValue struct {
	Article string `json:"article"`
	// Value is normalised: an ISO date at the precision the text gives
	// ("2024-06-19", "2024-06", "2024") or a plain number ("11000"); empty
	// when the text is relative and the article's date is unknown.
	Value    string `json:"value"`
	Text     string `json:"text"`     // as written
	Sentence string `json:"sentence"` // "004#s2"
	// Relative is set when the value was worked out against the article's
	// date ("يونيو الماضي"); Unresolved when it could not be.
	Relative   bool `json:"relative,omitempty"`
	Unresolved bool `json:"unresolved,omitempty"`
	// Conflicts is set when this value agrees with no value of some other
	// source that gives the event.
	Conflicts bool `json:"conflicts,omitempty"`
	// AgreesWith lists the other articles that give a value agreeing with
	// this one (never null in JSON).
	AgreesWith []string `json:"agrees_with"`
	// Outlier is set when no other source agrees with this value and
	// another source gives a different one: the value to check first.
	Outlier bool `json:"outlier"`
}
