package compare

import (
	_ "embed"
	"fmt"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"

	"github.com/isnad/isnad/data/arabic"
)

// scopeYAML holds the rules that decide when a cue found in a sentence is
// not evidence of its frame (names, negation) and which dates name another
// document; see scope.yaml.
//
//go:embed scope.yaml
var scopeYAML []byte

type scopeFile struct {
	Names struct {
		Heads         []string `yaml:"heads"`
		Markers       []string `yaml:"markers"`
		QuoteHeads    []string `yaml:"quote_heads"`
		MaxTitleWords int      `yaml:"max_title_words"`
		Joiners       []string `yaml:"joiners"`
		Tails         []string `yaml:"tails"`
	} `yaml:"names"`
	Negation struct {
		Words        []string `yaml:"words"`
		Verbs        []string `yaml:"verbs"`
		ClauseBreaks []string `yaml:"clause_breaks"`
		Window       int      `yaml:"window"`
		Adjective    []string `yaml:"adjective_words"`
		NotNegations []string `yaml:"not_negations"`
		Breaks       []string `yaml:"breaks"`
		Determiners  []string `yaml:"determiners"`
		Prefixes     []string `yaml:"definite_prefixes"`
		Suffixes     []string `yaml:"possessive_suffixes"`
	} `yaml:"negation"`
	Facts struct {
		Documents    []string `yaml:"documents"`
		NameLinks    []string `yaml:"name_links"`
		YearLinks    []string `yaml:"year_links"`
		MaxNameWords int      `yaml:"max_name_words"`
		Before       []string `yaml:"earlier_before"`
		After        []string `yaml:"earlier_after"`
	} `yaml:"facts"`
}

// scope is scope.yaml compiled. Its matchers join the frames' group, so a
// sentence is still read in one pass.
type scope struct {
	heads, markers, quoteHeads, negation, documents, links, earlier *matcher
	joiners, determiners, tails                                     map[string]bool
	prefixes, suffixes                                              []string
	maxTitle, window, maxNameWords                                  int
}

// Labels of the negation and links matchers.
const (
	labelNegator = iota
	labelDenial
	labelBreak
	labelClauseBreak
	labelNameLink
	labelYearLink
	labelAdjective
	labelBefore
	labelAfter
)

var defaultScope = sync.OnceValues(func() (*scope, error) { return parseScope(scopeYAML) })

func parseScope(b []byte) (*scope, error) {
	var f scopeFile
	if err := yaml.Unmarshal(b, &f); err != nil {
		return nil, err
	}
	sc := &scope{
		heads: newMatcher(), markers: newMatcher(), quoteHeads: newMatcher(), negation: newMatcher(), earlier: newMatcher(),
		documents: newMatcher(), links: newMatcher(), joiners: map[string]bool{}, determiners: map[string]bool{}, tails: map[string]bool{},
		maxTitle: f.Names.MaxTitleWords, window: f.Negation.Window, maxNameWords: f.Facts.MaxNameWords,
	}
	add := func(m *matcher, ws []string, label int) {
		for _, w := range ws {
			m.add(w, label)
		}
	}
	add(sc.heads, f.Names.Heads, 0)
	add(sc.markers, f.Names.Markers, 0)
	add(sc.quoteHeads, f.Names.QuoteHeads, 0)
	add(sc.negation, f.Negation.Words, labelNegator)
	add(sc.negation, f.Negation.Verbs, labelDenial)
	add(sc.negation, f.Negation.ClauseBreaks, labelClauseBreak)
	add(sc.negation, f.Negation.NotNegations, -1)
	add(sc.negation, f.Negation.Breaks, labelBreak)
	add(sc.negation, f.Negation.Adjective, labelAdjective)
	add(sc.documents, f.Facts.Documents, 0)
	add(sc.links, f.Facts.NameLinks, labelNameLink)
	add(sc.links, f.Facts.YearLinks, labelYearLink)
	add(sc.earlier, f.Facts.Before, labelBefore)
	add(sc.earlier, f.Facts.After, labelAfter)
	for _, j := range f.Names.Joiners {
		sc.joiners[arabic.Normalize(j)] = true
	}
	for _, w := range f.Names.Tails {
		sc.tails[arabic.Normalize(w)] = true
	}
	for _, d := range f.Negation.Determiners {
		sc.determiners[arabic.Normalize(d)] = true
	}
	for _, p := range f.Negation.Prefixes {
		sc.prefixes = append(sc.prefixes, arabic.Normalize(p))
	}
	for _, p := range f.Negation.Suffixes {
		sc.suffixes = append(sc.suffixes, arabic.Normalize(p))
	}
	if len(sc.heads.cues) == 0 || len(sc.negation.cues) == 0 || sc.window <= 0 || sc.maxTitle <= 0 {
		return nil, fmt.Errorf("scope: heads, negation words, a window and max_title_words are required")
	}
	return sc, nil
}

// The scope's matchers in the frames' group, in this order after the
// official names (see Frames.scopeSlot).
const (
	slotHeads = iota
	slotMarkers
	slotNegation
	slotDocuments
	slotLinks
	slotQuoteHeads
	slotEarlier
)

func (sc *scope) matchers() []*matcher {
	return []*matcher{sc.heads, sc.markers, sc.negation, sc.documents, sc.links, sc.quoteHeads, sc.earlier}
}

// sentenceScope is what scope.yaml says about one sentence: which tokens
// are inside a name, how many negations each is in the scope of, and which
// are definite.
type sentenceScope struct {
	name     []bool
	negs     []uint8
	definite []bool
}

// Uses of a frame cue in a sentence.
const (
	useEvidence = iota
	useName
	useNegated
)

// use classifies one match of a frame cue.
func (ss *sentenceScope) use(x match) int {
	if ss == nil {
		return useEvidence
	}
	named := true
	for k := x.From; k < x.To; k++ {
		if !ss.name[k] {
			named = false
			break
		}
	}
	switch {
	case named:
		return useName
	case ss.negs[x.From]%2 == 1 && !ss.definite[x.From]:
		return useNegated
	}
	return useEvidence
}

// readScope works out the names and the negation scopes of a sentence.
// found holds the group's matches (the frames file's official names among
// them); clause numbers each token's clause.
func (f *Frames) readScope(text string, toks []arabic.Token, found [][]match, clause []int) *sentenceScope {
	sc := f.scope
	ss := &sentenceScope{name: make([]bool, len(toks)), negs: make([]uint8, len(toks)), definite: make([]bool, len(toks))}
	mark := func(from, to int) {
		for k := max(from, 0); k < to && k < len(toks); k++ {
			ss.name[k] = true
		}
	}
	for _, x := range found[f.officialSlot()] {
		mark(x.From, x.To)
	}
	heads := found[f.scopeSlot(slotHeads)]
	markers := found[f.scopeSlot(slotMarkers)]
	// A head or a marker followed by definite Arabic words, in its clause.
	for _, list := range [][]match{heads, markers} {
		for _, x := range list {
			end := definiteRun(toks, x.To, clause, f.scope.maxTitle)
			if end > x.To {
				mark(x.From, end)
			}
		}
	}
	// Quoted titles: after a head or a marker, starting with a head or
	// followed by one ("a 'strategic partnership' treaty"), or definite
	// after their first word.
	for _, q := range quoteSpans(text) {
		from, to := tokenRange(toks, q[0], q[1])
		if to <= from || to-from > sc.maxTitle {
			continue
		}
		if startsAt(heads, from) || endsNear(heads, from) || endsNear(markers, from) || startsAt(heads, to) ||
			endsNear(found[f.scopeSlot(slotQuoteHeads)], from) || to-from >= 2 && definiteRun(toks, from+1, clause, sc.maxTitle) == to {
			mark(from, to)
		}
	}
	// Capitalised English names: two capitalised words at least, maybe
	// with small words between ("Treaty on Comprehensive Strategic
	// Partnership", "Alliance & Leicester"), in one clause.
	for i := 0; i < len(toks); {
		if !capitalised(toks[i].Text) {
			i++
			continue
		}
		j, caps := i+1, 1
		for j < len(toks) && clause[j] == clause[i] && joinedByName(text, toks[j-1], toks[j]) {
			if capitalised(toks[j].Text) {
				caps++
				j++
				continue
			}
			if sc.joiners[toks[j].Norm] && j+1 < len(toks) && capitalised(toks[j+1].Text) && joinedByName(text, toks[j], toks[j+1]) {
				j++
				continue
			}
			break
		}
		if caps >= 2 {
			mark(i, j)
		}
		if i > 0 && j < len(toks) && clause[j] == clause[i] && sc.tails[toks[j].Norm] && !capitalised(toks[j].Text) &&
			joinedByName(text, toks[j-1], toks[j]) {
			mark(i, j+1) // "the Multi-band OFDM alliance", "the Nato alliance": a name with a common head
		}
		i = j
	}
	// Negation: from each negator, window words forward in its clause,
	// up to a break.
	neg := found[f.scopeSlot(slotNegation)]
	breakAt := make([]int, len(toks)) // the label of a break starting there, or -1
	for k := range breakAt {
		breakAt[k] = -1
	}
	for _, x := range neg {
		if l := sc.negation.label[x.Cue]; l == labelBreak || l == labelClauseBreak {
			breakAt[x.From] = l
		}
	}
	for _, x := range neg {
		verb := false
		switch sc.negation.label[x.Cue] {
		case labelNegator:
		case labelDenial:
			verb = true
		case labelAdjective:
			if x.To >= len(toks) || !sc.hasArticle(toks[x.To].Norm) {
				continue
			}
		default:
			continue
		}
		for k := x.To; k < len(toks) && k < x.To+sc.window && clause[k] == clause[x.From]; k++ {
			if b := breakAt[k]; b == labelBreak || b == labelClauseBreak && !verb {
				break
			}
			ss.negs[k]++
		}
	}
	for k := range toks {
		ss.definite[k] = sc.isDefinite(toks, clause, k)
	}
	return ss
}

// definiteRun returns the end of the run of definite Arabic words that
// starts at i ("الشراكة الاستراتيجية الشاملة", "الصداقة والتعاون"), at most
// limit words and within i's clause; i itself when there is none.
func definiteRun(toks []arabic.Token, i int, clause []int, limit int) int {
	j := i
	for j < len(toks) && j-i < limit && (j == i || clause[j] == clause[i]) {
		n := toks[j].Norm
		if strings.HasPrefix(n, "ال") || strings.HasPrefix(n, "وال") {
			j++
			continue
		}
		break
	}
	return j
}

// endsNear reports whether a match ends at i or one word before it.
func endsNear(ms []match, i int) bool {
	for _, m := range ms {
		if m.To == i || m.To == i-1 {
			return true
		}
	}
	return false
}

// tokenRange is the range of tokens inside the byte span [a, b).
func tokenRange(toks []arabic.Token, a, b int) (int, int) {
	from, to := len(toks), 0
	for k, t := range toks {
		if t.Start >= a && t.End <= b {
			from, to = min(from, k), k+1
		}
	}
	return from, to
}

// quoteSpans returns the byte spans inside quotation marks: «…», “…”, „…“,
// and pairs of straight double quotes.
func quoteSpans(text string) [][2]int {
	var out [][2]int
	open := -1
	var closer rune
	for i, r := range text {
		if open >= 0 {
			if r == closer {
				out = append(out, [2]int{open, i})
				open = -1
			}
			continue
		}
		switch r {
		case '«':
			open, closer = i+len("«"), '»'
		case '“':
			open, closer = i+len("“"), '”'
		case '„':
			open, closer = i+len("„"), '“'
		case '"':
			open, closer = i+1, '"'
		}
	}
	return out
}

// capitalised reports a Latin word that starts with a capital letter.
func capitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return r < 0x250 && unicode.IsUpper(r)
}

// joinedByName reports whether two tokens are separated only by spaces,
// "&" or a hyphen, as the words of one name are.
func joinedByName(text string, a, b arabic.Token) bool {
	if a.End > b.Start {
		return false
	}
	return strings.Trim(text[a.End:b.Start], " &-") == ""
}

// isDefinite reports whether toks[k] is taken as given: it carries the
// article or a possessive, or a determiner stands before it.
func (sc *scope) isDefinite(toks []arabic.Token, clause []int, k int) bool {
	if k > 0 && sc.determiners[toks[k-1].Norm] {
		return true
	}
	n := toks[k].Norm
	if !arabic.IsArabic(firstRune(n)) {
		return false
	}
	if sc.hasArticle(n) {
		return true
	}
	// A noun in construct with a definite one is definite: "معسكر
	// الجمهوريين", "حلفاء بريطانيا" (a name: no way to tell, so Arabic
	// words only).
	if k+1 < len(toks) && clause[k+1] == clause[k] && sc.hasArticle(toks[k+1].Norm) {
		return true
	}
	for _, p := range sc.suffixes {
		if strings.HasSuffix(n, p) && utf8.RuneCountInString(n)-utf8.RuneCountInString(p) >= 3 {
			return true
		}
	}
	return false
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// hasArticle reports whether a normalised Arabic word carries the article.
func (sc *scope) hasArticle(n string) bool {
	for _, p := range sc.prefixes {
		if strings.HasPrefix(n, p) && utf8.RuneCountInString(n)-utf8.RuneCountInString(p) >= 2 {
			return true
		}
	}
	return false
}
