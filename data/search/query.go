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

// parsed is a query ready to run, with what highlighting needs.
type parsed struct {
	q query.Query
	// terms are the analysed words and phrases of the query, per analyser,
	// for highlighting a hit's text.
	terms map[string]map[string]bool
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

// parseQuery turns a query string into a bleve query.
func parseQuery(s string, ids sourceIDs) (*parsed, error) {
	parts, err := split(s)
	if err != nil {
		return nil, err
	}
	p := &parsed{terms: map[string]map[string]bool{}}
	var must, mustNot []query.Query
	for _, pt := range parts {
		var q query.Query
		var err error
		if pt.field == "" {
			q = p.text(pt.value, !pt.not)
		} else {
			q, err = filter(pt, ids)
		}
		if err != nil {
			return nil, err
		}
		if q == nil {
			continue // stop words only
		}
		if pt.not {
			mustNot = append(mustNot, q)
		} else {
			must = append(must, q)
		}
	}
	switch {
	case len(must) == 0 && len(mustNot) == 0:
		return nil, ErrEmpty
	case len(must) == 0:
		must = append(must, query.NewMatchAllQuery())
	}
	if len(mustNot) == 0 && len(must) == 1 {
		p.q = must[0]
	} else {
		p.q = query.NewBooleanQuery(must, nil, mustNot)
	}
	return p, nil
}

// text is the query of a word or phrase: in the Arabic field analysed the
// Arabic way, or in the English field the English way. highlight records its
// terms.
func (p *parsed) text(s string, highlight bool) query.Query {
	var alts []query.Query
	for _, f := range []struct{ field, analyzer string }{{"ar", arabicAnalyzer}, {"en", englishAnalyzer}} {
		toks := analyzer(f.analyzer).Analyze([]byte(s))
		if len(toks) == 0 {
			continue
		}
		if highlight {
			set := p.terms[f.analyzer]
			if set == nil {
				set = map[string]bool{}
				p.terms[f.analyzer] = set
			}
			for _, t := range toks {
				set[string(t.Term)] = true
			}
		}
		alts = append(alts, fieldQuery(f.field, f.analyzer, s, toks))
	}
	switch len(alts) {
	case 0:
		return nil
	case 1:
		return alts[0]
	}
	return query.NewDisjunctionQuery(alts)
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

// filter is the query of a field:value part.
func filter(pt part, ids sourceIDs) (query.Query, error) {
	v := strings.TrimSpace(pt.value)
	if v == "" {
		return nil, fmt.Errorf("%s: needs a value", pt.field)
	}
	switch pt.field {
	case "status":
		for _, st := range model.ClaimStatuses {
			if string(st) == strings.ToLower(v) {
				q := query.NewTermQuery(string(st))
				q.SetField("status")
				return q, nil
			}
		}
		return nil, fmt.Errorf("status:%s: want cited, attributed, anonymous or unsourced", v)
	case "article", "lang":
		q := query.NewTermQuery(v)
		q.SetField(pt.field)
		return q, nil
	case "date":
		return dateQuery(v)
	case "outlet":
		toks := analyzer(arabicAnalyzer).Analyze([]byte(v))
		if len(toks) == 0 {
			return nil, fmt.Errorf("outlet:%s: nothing to search for", v)
		}
		return fieldQuery("outlet", arabicAnalyzer, v, toks), nil
	case "source":
		toks := analyzer(foldAnalyzer).Analyze([]byte(v))
		if len(toks) == 0 {
			return nil, fmt.Errorf("source:%s: nothing to search for", v)
		}
		q := fieldQuery("source", foldAnalyzer, v, toks)
		if ids == nil {
			return q, nil
		}
		if id, ok := ids(v); ok && id != v {
			idToks := analyzer(foldAnalyzer).Analyze([]byte(id))
			if len(idToks) > 0 {
				return query.NewDisjunctionQuery([]query.Query{q, fieldQuery("source", foldAnalyzer, id, idToks)}), nil
			}
		}
		return q, nil
	}
	return nil, fmt.Errorf("unknown field %q", pt.field)
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
