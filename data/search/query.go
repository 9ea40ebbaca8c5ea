package search

import (
	"errors"
	"fmt"
	"strings"
	"sync"
	"unicode"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/isnad/isnad/model"
)

// The query language, deliberately small:
//
//	كوريا                      a word: Arabic or English, folded and stemmed
//	"كوريا الشمالية"           a phrase («…» and “…” quote too)
//	-روسيا                     a word (or phrase, or filter) the sentence must not have
//	outlet:حمورابي             the article's outlet (words, or a "phrase")
//	date:2024-06  date:>2024-06  date:>=2024-06-15  date:<2025
//	status:anonymous           the claim's status (cited, attributed, anonymous, unsourced)
//	source:reuters             a source of the claim: its id or a name as written
//	article:000  lang:en
//
// Every part must match; hits are ranked by bleve's score (TF-IDF), so rarer
// words and phrases weigh more. A word that is only a stop word is dropped.

// ErrEmpty is returned for a query with nothing to search for.
var ErrEmpty = errors.New("empty query: give words, a \"phrase\" or a filter such as status:anonymous")

// parsed is a query ready to run: the bleve query that finds the
// articles, and the clauses that pick their sentences.
type parsed struct {
	q query.Query
	// locate is q with the sentence-level negations added as optional
	// parts, so that their match locations are reported too.
	locate query.Query
	// must are the sentence-level clauses a hit sentence satisfies, not
	// those it must not.
	must, not []*clause
}

// clause is one sentence-level part of a query: it matches a sentence
// when one of its alternatives does (a word in the Arabic or the English
// field; a source's name or its id).
type clause struct {
	alts []alt
	// highlight: the words it matches are marked (text, not filters).
	highlight bool
}

// alt is a run of positions in one field, each with the terms that may
// stand there (a word and its bare form share one); an empty position is
// a stop word the phrase skips.
type alt struct {
	field string
	pos   [][]string
}

var (
	mappingOnce sync.Once
	sharedMap   *mapping.IndexMappingImpl
	mappingErr  error
)

// analyzer returns one of the index's analysers.
func analyzer(name string) analysis.Analyzer {
	mappingOnce.Do(func() { sharedMap, mappingErr = newMapping() })
	if mappingErr != nil {
		panic(mappingErr) // the mapping is static: it cannot fail but by a bug
	}
	return sharedMap.AnalyzerNamed(name)
}

// part is one piece of a query as written.
type part struct {
	field  string // "" for text
	value  string
	phrase bool // quoted
	not    bool
}

// sourceIDs resolves a source's name to its id with the corpus's alias
// table ("رويترز" → "reuters"); nil when there is none.
type sourceIDs func(name string) (string, bool)

// parseQuery turns a query string into a bleve query and the clauses
// that select sentences.
func parseQuery(s string, ids sourceIDs) (*parsed, error) {
	parts, err := split(s)
	if err != nil {
		return nil, err
	}
	p := &parsed{}
	var must, mustNot, should []query.Query
	for _, pt := range parts {
		q, c, err := build(pt, ids)
		if err != nil {
			return nil, err
		}
		if q == nil {
			continue // stop words only
		}
		switch {
		case !pt.not:
			must = append(must, q)
			if c != nil {
				p.must = append(p.must, c)
			}
		case c != nil:
			// "Not in the sentence": the article may well have it
			// elsewhere, so it only drops sentences, after the search.
			should = append(should, q)
			p.not = append(p.not, c)
		default:
			mustNot = append(mustNot, q)
		}
	}
	if len(must) == 0 && len(mustNot) == 0 && len(should) == 0 {
		return nil, ErrEmpty
	}
	if len(must) == 0 {
		must = append(must, query.NewMatchAllQuery())
	}
	p.q = must[0]
	if len(must) > 1 || len(mustNot) > 0 {
		p.q = query.NewBooleanQuery(must, nil, mustNot)
	}
	p.locate = p.q
	if len(should) > 0 {
		p.locate = query.NewBooleanQuery([]query.Query{p.q}, should, nil)
	}
	return p, nil
}

// build is the bleve query of one part, and its clause when it selects
// sentences (text, status, source) rather than articles.
func build(pt part, ids sourceIDs) (query.Query, *clause, error) {
	if pt.field == "" {
		q, c := text(pt.value)
		return q, c, nil
	}
	return filter(pt, ids)
}

// text is the query of a word or phrase: in the Arabic field analysed the
// Arabic way, or in the English field the English way.
func text(s string) (query.Query, *clause) {
	var alts []query.Query
	c := &clause{highlight: true}
	for _, f := range []struct{ field, analyzer string }{{"ar", arabicAnalyzer}, {"en", englishAnalyzer}} {
		toks := analyzer(f.analyzer).Analyze([]byte(s))
		if len(toks) == 0 {
			continue
		}
		c.alts = append(c.alts, alt{field: f.field, pos: positions(toks)})
		alts = append(alts, allWords(f.field, toks))
	}
	switch len(alts) {
	case 0:
		return nil, nil
	case 1:
		return alts[0], c
	}
	return query.NewDisjunctionQuery(alts), c
}

// positions groups tokens by position, relative to the first.
func positions(toks analysis.TokenStream) [][]string {
	first, last := toks[0].Position, toks[0].Position
	for _, t := range toks {
		first, last = min(first, t.Position), max(last, t.Position)
	}
	out := make([][]string, last-first+1)
	for _, t := range toks {
		i := t.Position - first
		if !slicesContains(out[i], string(t.Term)) {
			out[i] = append(out[i], string(t.Term))
		}
	}
	return out
}

func slicesContains(xs []string, x string) bool {
	for _, y := range xs {
		if x == y {
			return true
		}
	}
	return false
}

// fieldQuery matches analysed tokens in one field: any of the terms when
// they share one position (a word and its bare form), else the phrase.
func fieldQuery(field, analyzerName, s string, toks analysis.TokenStream) query.Query {
	one := true
	for _, t := range toks {
		one = one && t.Position == toks[0].Position
	}
	if !one {
		q := query.NewMatchPhraseQuery(s)
		q.SetField(field)
		q.Analyzer = analyzerName
		return q
	}
	return anyTerm(field, toks)
}

// allWords finds the articles that hold every word of a phrase, each in
// any of its forms, wherever they stand: much cheaper for bleve than the
// phrase, whose order the sentence check (clause.match) then verifies from
// the match locations of the articles read.
func allWords(field string, toks analysis.TokenStream) query.Query {
	byPos := map[int]analysis.TokenStream{}
	var order []int
	for _, t := range toks {
		if _, ok := byPos[t.Position]; !ok {
			order = append(order, t.Position)
		}
		byPos[t.Position] = append(byPos[t.Position], t)
	}
	if len(order) == 1 {
		return anyTerm(field, toks)
	}
	parts := make([]query.Query, len(order))
	for i, p := range order {
		parts[i] = anyTerm(field, byPos[p])
	}
	return query.NewConjunctionQuery(parts)
}

// anyTerm matches any of the tokens' terms.
func anyTerm(field string, toks analysis.TokenStream) query.Query {
	var terms []query.Query
	seen := map[string]bool{}
	for _, t := range toks {
		if seen[string(t.Term)] {
			continue
		}
		seen[string(t.Term)] = true
		q := query.NewTermQuery(string(t.Term))
		q.SetField(field)
		terms = append(terms, q)
	}
	if len(terms) == 1 {
		return terms[0]
	}
	return query.NewDisjunctionQuery(terms)
}

// filter is the query of a field:value part, and its clause when it
// selects sentences.
func filter(pt part, ids sourceIDs) (query.Query, *clause, error) {
	v := strings.TrimSpace(pt.value)
	if v == "" {
		return nil, nil, fmt.Errorf("%s: needs a value", pt.field)
	}
	switch pt.field {
	case "status":
		for _, st := range model.ClaimStatuses {
			if string(st) == strings.ToLower(v) {
				q := query.NewTermQuery(string(st))
				q.SetField("status")
				return q, &clause{alts: []alt{{field: "status", pos: [][]string{{string(st)}}}}}, nil
			}
		}
		return nil, nil, fmt.Errorf("status:%s: want cited, attributed, anonymous or unsourced", v)
	case "article", "lang":
		q := query.NewTermQuery(v)
		q.SetField(pt.field)
		return q, nil, nil
	case "date":
		q, err := dateQuery(v)
		return q, nil, err
	case "outlet":
		toks := analyzer(arabicAnalyzer).Analyze([]byte(v))
		if len(toks) == 0 {
			return nil, nil, fmt.Errorf("outlet:%s: nothing to search for", v)
		}
		return fieldQuery("outlet", arabicAnalyzer, v, toks), nil, nil
	case "source":
		names := []string{v}
		if ids != nil {
			if id, ok := ids(v); ok && id != v {
				names = append(names, id)
			}
		}
		var qs []query.Query
		c := &clause{}
		for _, name := range names {
			toks := analyzer(foldAnalyzer).Analyze([]byte(name))
			if len(toks) == 0 {
				continue
			}
			qs = append(qs, allWords("source", toks))
			c.alts = append(c.alts, alt{field: "source", pos: positions(toks)})
		}
		switch len(qs) {
		case 0:
			return nil, nil, fmt.Errorf("source:%s: nothing to search for", v)
		case 1:
			return qs[0], c, nil
		}
		return query.NewDisjunctionQuery(qs), c, nil
	}
	return nil, nil, fmt.Errorf("unknown field %q", pt.field)
}

// dateQuery reads date:2024-06, date:>2024-06, date:>=…, date:<…, date:<=….
// A date may be a year, a month or a day; "after a month" means after its
// last day.
func dateQuery(v string) (query.Query, error) {
	op := ""
	for _, o := range []string{">=", "<=", ">", "<", "="} {
		if strings.HasPrefix(v, o) {
			op, v = o, strings.TrimSpace(v[len(o):])
			break
		}
	}
	if !validDate(v) {
		return nil, fmt.Errorf("date:%s: want YYYY, YYYY-MM or YYYY-MM-DD, after >, >=, < or <= if need be", v)
	}
	yes, no := true, false
	// "~" sorts after every digit and "-": v+"~" is past every date that
	// starts with v.
	var q *query.TermRangeQuery
	switch op {
	case "", "=":
		p := query.NewPrefixQuery(v)
		p.SetField("date")
		return p, nil
	case ">":
		q = query.NewTermRangeInclusiveQuery(v+"~", "", &no, nil)
	case ">=":
		q = query.NewTermRangeInclusiveQuery(v, "", &yes, nil)
	case "<":
		q = query.NewTermRangeInclusiveQuery("", v, nil, &no)
	case "<=":
		q = query.NewTermRangeInclusiveQuery("", v+"~", nil, &yes)
	}
	q.SetField("date")
	return q, nil
}

func validDate(v string) bool {
	if len(v) != 4 && len(v) != 7 && len(v) != 10 {
		return false
	}
	for i, c := range v {
		if i == 4 || i == 7 {
			if c != '-' {
				return false
			}
		} else if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// fields a part may name.
var fields = map[string]bool{"outlet": true, "date": true, "status": true, "source": true, "article": true, "lang": true}

// split cuts a query into parts: words, quoted phrases, field:value, each
// maybe after a "-".
func split(s string) ([]part, error) {
	var out []part
	rs := []rune(s)
	i := 0
	for i < len(rs) {
		if unicode.IsSpace(rs[i]) {
			i++
			continue
		}
		var pt part
		if rs[i] == '-' && i+1 < len(rs) && !unicode.IsSpace(rs[i+1]) {
			pt.not = true
			i++
		}
		// A field name: letters up to a colon.
		j := i
		for j < len(rs) && rs[j] >= 'a' && rs[j] <= 'z' {
			j++
		}
		if j < len(rs) && rs[j] == ':' && fields[string(rs[i:j])] {
			pt.field = string(rs[i:j])
			i = j + 1
		}
		if i < len(rs) && closeQuote(rs[i]) != 0 {
			end := closeQuote(rs[i])
			k := i + 1
			for k < len(rs) && rs[k] != end {
				k++
			}
			if k == len(rs) {
				return nil, fmt.Errorf("unclosed quote in %q", s)
			}
			pt.value, pt.phrase = string(rs[i+1:k]), true
			i = k + 1
		} else {
			k := i
			for k < len(rs) && !unicode.IsSpace(rs[k]) {
				k++
			}
			pt.value = string(rs[i:k])
			i = k
		}
		if pt.field == "" && strings.TrimSpace(pt.value) == "" {
			continue
		}
		out = append(out, pt)
	}
	return out, nil
}

// closeQuote is the quote that ends one opened by r, or 0.
func closeQuote(r rune) rune {
	switch r {
	case '"':
		return '"'
	case '«':
		return '»'
	case '“':
		return '”'
	}
	return 0
}
