// Package model holds isnad's domain types: a corpus of articles, their
// paragraphs and sentences, and what the analysis finds in them.
//
// "Model" here is the domain model, not a Bubble Tea model: nothing in this
// package knows about terminals, styles or key presses, and it imports neither
// bubbletea nor lipgloss. The data package builds these values; the tui and
// the command-line subcommands only read them.
//
// Every addressable thing has a stable id usable on the command line:
//
//	000          article (its file-name prefix, or a slug of the file name)
//	000#p12      paragraph 12 of article 000 (1-based)
//	000#s40      sentence 40 (1-based, counted over the whole article)
//	000#h3       section 3 (the third heading)
//
// A claim is a sentence, so a claim's id is its sentence's id.
package model

import (
	"fmt"
	"strconv"
	"strings"
)

// Dir is a paragraph or article direction.
type Dir uint8

const (
	// DirAuto lets the bidi algorithm pick the direction (rules P2/P3).
	DirAuto Dir = iota
	// DirLTR is left to right.
	DirLTR
	// DirRTL is right to left.
	DirRTL
)

func (d Dir) String() string {
	switch d {
	case DirLTR:
		return "ltr"
	case DirRTL:
		return "rtl"
	}
	return "auto"
}

// ParseDir reads "ltr", "rtl" or "auto" (or empty, meaning auto).
func ParseDir(s string) (Dir, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "", "auto":
		return DirAuto, nil
	case "ltr":
		return DirLTR, nil
	case "rtl":
		return DirRTL, nil
	}
	return DirAuto, fmt.Errorf("direction %q: want ltr, rtl or auto", s)
}

// MarshalText makes Dir print as its name in JSON and YAML.
func (d Dir) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// UnmarshalText reads a Dir from its name.
func (d *Dir) UnmarshalText(b []byte) error {
	v, err := ParseDir(string(b))
	*d = v
	return err
}

// Genre is the kind of writing an article is.
type Genre string

// The genres of the embedded corpus. A user's catalog may use others.
const (
	GenreNews     Genre = "news"
	GenreAnalysis Genre = "analysis"
	GenreColumn   Genre = "opinion column"
	GenreBrief    Genre = "research brief"
	GenreSummary  Genre = "press summary"
)

// Meta is what is known about an article besides its text.
type Meta struct {
	Title  string `json:"title"`
	Author string `json:"author"`
	Outlet string `json:"outlet"`
	// Date is YYYY-MM-DD, or empty when unknown.
	Date  string `json:"date"`
	Lang  string `json:"lang"` // BCP 47, e.g. "ar", "en"
	Dir   Dir    `json:"dir"`
	Genre Genre  `json:"genre"`
	URL   string `json:"url,omitempty"`
	// Inferred names the fields guessed from the text rather than read from a
	// catalog or front matter, so the UI can say so.
	Inferred []string `json:"inferred,omitempty"`
}

// BlockKind says what a paragraph is.
type BlockKind uint8

const (
	// Body is running text.
	Body BlockKind = iota
	// Heading starts a section.
	Heading
	// ListItem is one item of a bulleted or numbered list (reference lists
	// are lists too).
	ListItem
	// Boilerplate is web chrome or publisher furniture: breadcrumbs, "back to
	// top", follow-us prompts, contact footers. Hidden by default.
	Boilerplate
)

func (k BlockKind) String() string {
	switch k {
	case Heading:
		return "heading"
	case ListItem:
		return "item"
	case Boilerplate:
		return "boilerplate"
	}
	return "body"
}

// Paragraph is one block of an article after normalisation: page breaks of the
// original joined, whitespace collapsed, NFC.
type Paragraph struct {
	ID    string    // "000#p12"
	N     int       // 0-based index in Article.Paragraphs
	Kind  BlockKind //
	Level int       // heading level, 1 (title) to 6; 0 for other kinds
	Text  string
	// Section is the index in Article.Sections of the section this paragraph
	// belongs to (a heading belongs to the section it opens), or -1 before the
	// first heading.
	Section int
	// Sentences of this paragraph are Article.Sentences[SentFrom:SentTo].
	// Boilerplate paragraphs have none, so sentence ids do not depend on
	// whether boilerplate is shown.
	SentFrom, SentTo int
	// Line is the 1-based line of the source file where the paragraph starts.
	Line int
	// Links are the Markdown links of the paragraph: Text shows only the link
	// text, and the target is kept here so no data is lost.
	Links []Link
}

// Link is a hyperlink inside a paragraph: Paragraph.Text[Start:End] is the
// text shown for it (byte offsets) and URL its target.
type Link struct {
	Start, End int
	URL        string
}

// Sentence is one sentence of a paragraph.
type Sentence struct {
	ID   string // "000#s40"
	N    int    // 0-based index in Article.Sentences
	Para int    // index in Article.Paragraphs
	// Start and End are byte offsets of the sentence in its paragraph's Text;
	// Text is Paragraph.Text[Start:End].
	Start, End int
	Text       string
}

// Section is a heading and the paragraphs up to the next heading of the same
// or a higher level.
type Section struct {
	ID    string // "000#h3"
	N     int    // 0-based index in Article.Sections
	Title string
	Level int
	// Para is the heading's paragraph index; the section runs to ParaEnd
	// (exclusive).
	Para, ParaEnd int
}

// Article is one parsed document of the corpus.
type Article struct {
	ID   string // "000"
	Path string // path inside the corpus folder, slash-separated
	Meta Meta
	// Paragraphs, Sentences and Sections are empty until the article is parsed
	// (see Parsed); a library lists articles before it parses them all.
	Paragraphs []Paragraph
	Sentences  []Sentence
	Sections   []Section
	Parsed     bool
	// Stats are filled as soon as they are known, before or without keeping
	// the parsed text (a large corpus is counted in the background).
	Stats Stats
	// Problems met while reading this article that did not stop it from
	// opening (invalid UTF-8 replaced, control characters, a huge line).
	Problems []Problem
}

// Stats are an article's counts, shown in the library and by `isnad list`.
type Stats struct {
	Known      bool `json:"-"` // false until the article has been read once
	Words      int  `json:"words"`
	Sentences  int  `json:"sentences"`
	Paragraphs int  `json:"paragraphs"`
	Claims     int  `json:"claims"`
	Citations  int  `json:"citations"`
	// Boilerplate counts the paragraphs classed as boilerplate or web
	// chrome: not in Paragraphs' count, not analysed, still shown with B.
	Boilerplate int `json:"boilerplate_paragraphs"`
}

// Problem is something wrong with the input that the user should hear about.
// A problem never stops the rest of the corpus from opening.
type Problem struct {
	Path   string      `json:"path"`              // file, relative to the corpus root
	Kind   ProblemKind `json:"kind"`              //
	Detail string      `json:"detail"`            // one sentence, for humans
	Line   int         `json:"line,omitempty"`    // 1-based, when it applies
	Fatal  bool        `json:"skipped,omitempty"` // the file could not be opened as an article
	// Article is the article the problem is about when it is one of a
	// collection's records, listed: "alriyadh/2015-07-23/918".
	Article string `json:"article,omitempty"`
	// Notice marks what is not wrong with the input but is said so that
	// nothing is set aside silently: paragraphs classed as boilerplate, a
	// language the analysis has no lexicon for.
	Notice bool `json:"notice,omitempty"`
}

// ProblemKind classifies a Problem.
type ProblemKind string

// Problem kinds.
const (
	ProblemUnreadable  ProblemKind = "unreadable"
	ProblemBinary      ProblemKind = "binary"
	ProblemEmpty       ProblemKind = "empty"
	ProblemInvalidUTF8 ProblemKind = "invalid-utf8"
	ProblemControl     ProblemKind = "control-characters"
	ProblemHugeLine    ProblemKind = "huge-line"
	ProblemMeta        ProblemKind = "metadata"
	ProblemTooLarge    ProblemKind = "too-large"    // refused, or a value cut, for its size
	ProblemSymlink     ProblemKind = "symlink"      // a link out of the corpus folder, not followed
	ProblemBidi        ProblemKind = "bidi-control" // a bidi override or isolate in metadata (Trojan Source)
	ProblemRecord      ProblemKind = "bad-record"   // a record of a collection that is no article
	// Notices (Problem.Notice).
	ProblemBoilerplate ProblemKind = "boilerplate"
	ProblemLanguage    ProblemKind = "language"
)

func (p Problem) Error() string {
	if p.Line > 0 {
		return fmt.Sprintf("%s:%d: %s: %s", p.Path, p.Line, p.Kind, p.Detail)
	}
	return fmt.Sprintf("%s: %s: %s", p.Path, p.Kind, p.Detail)
}

// Corpus is a set of articles opened together.
type Corpus struct {
	Name string // folder name, or "embedded"
	Root string // folder path; empty for the embedded corpus
	// Articles in catalog order (else file-name order).
	Articles []*Article
	// Problems with files that are not articles at all (binary, unreadable,
	// empty) and with the catalog. Per-article problems live on the article.
	Problems []Problem
}

// Article returns the article with the given id, or nil.
func (c *Corpus) Article(id string) *Article {
	for _, a := range c.Articles {
		if a.ID == id {
			return a
		}
	}
	return nil
}

// AllProblems lists corpus and article problems together, corpus first.
func (c *Corpus) AllProblems() []Problem {
	out := append([]Problem(nil), c.Problems...)
	for _, a := range c.Articles {
		out = append(out, a.Problems...)
	}
	return out
}

// Ref is a parsed stable id: an article and optionally one element in it.
type Ref struct {
	Article string
	Kind    byte // 0 for the article itself, else 'p', 's' or 'h' (or another letter a later layer defines)
	N       int  // 1-based number, as written
}

func (r Ref) String() string {
	if r.Kind == 0 {
		return r.Article
	}
	return r.Article + "#" + string(r.Kind) + strconv.Itoa(r.N)
}

// ParseRef reads "000", "000#p12" or "000#s40".
func ParseRef(s string) (Ref, error) {
	art, frag, found := strings.Cut(s, "#")
	if art == "" {
		return Ref{}, fmt.Errorf("id %q: no article", s)
	}
	if !found {
		return Ref{Article: art}, nil
	}
	if len(frag) < 2 || frag[0] < 'a' || frag[0] > 'z' {
		return Ref{}, fmt.Errorf("id %q: want ARTICLE#p12 or ARTICLE#s40", s)
	}
	n, err := strconv.Atoi(frag[1:])
	if err != nil || n < 1 {
		return Ref{}, fmt.Errorf("id %q: bad number %q", s, frag[1:])
	}
	return Ref{Article: art, Kind: frag[0], N: n}, nil
}

// ElemID builds "000#s40" from an article id, a kind letter and a 0-based index.
func ElemID(article string, kind byte, index int) string {
	return article + "#" + string(kind) + strconv.Itoa(index+1)
}

// Sentence returns the sentence with the given id, or nil.
func (a *Article) Sentence(id string) *Sentence {
	r, err := ParseRef(id)
	if err != nil || r.Article != a.ID || r.Kind != 's' || r.N > len(a.Sentences) {
		return nil
	}
	return &a.Sentences[r.N-1]
}

// SectionOf returns the section a paragraph is in, or nil before the first
// heading.
func (a *Article) SectionOf(para int) *Section {
	if para < 0 || para >= len(a.Paragraphs) {
		return nil
	}
	if s := a.Paragraphs[para].Section; s >= 0 && s < len(a.Sections) {
		return &a.Sections[s]
	}
	return nil
}
