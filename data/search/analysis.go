package search

import (
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/custom"
	"github.com/blevesearch/bleve/v2/analysis/lang/ar"
	"github.com/blevesearch/bleve/v2/analysis/lang/en"
	"github.com/blevesearch/bleve/v2/analysis/token/lowercase"
	"github.com/blevesearch/bleve/v2/analysis/token/unicodenorm"
	"github.com/blevesearch/bleve/v2/analysis/tokenizer/unicode"
	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/registry"

	"github.com/isnad/isnad/text/fold"
)

// The analysers. Arabic is bleve's own chain (lower case, NFKC, stop words,
// normalisation of hamza forms, ة/ه, ى/ي, tatweel and harakat, the light
// stemmer that takes ال/وال/بال/كال/فال/لل/و and the usual suffixes) with two
// filters of ours around it:
//
//   - foldName, after bleve's normaliser, applies the project's one fold
//     (text/fold.Word) for what it leaves: ؤ and ئ (so "مسؤول" meets
//     "مسئول"), alef wasla, the superscript alef and Quranic marks, Persian
//     yeh and keheh, Arabic-Indic digits, the alef of a marked tanween;
//   - prefixName, after the stemmer, for the prepositions and conjunctions it
//     leaves (ل، ب، ك، ف، optionally after و or ف, and لل before ال-less
//     words): "لأوكرانيا" is indexed as itself and, at the same position, as
//     "اوكرانيا". Both forms are kept because a bare letter cannot be told
//     from a root letter ("كوريا", "بعيد"): a search for either spelling finds
//     the word, and the form typed scores higher.
//
// English is bleve's "en": possessives, lower case, stop words, Porter.
const (
	arabicAnalyzer  = "isnad_ar"
	englishAnalyzer = en.AnalyzerName
	foldAnalyzer    = "isnad_fold" // source ids and names: folded, unstemmed
	foldName        = "isnad_fold_ar"
	prefixName      = "isnad_prefix_ar"
)

func init() {
	// Registered once for the process; bleve's registry is global.
	if err := registry.RegisterTokenFilter(foldName, func(map[string]any, *registry.Cache) (analysis.TokenFilter, error) {
		return foldFilter{}, nil
	}); err != nil {
		panic(err)
	}
	if err := registry.RegisterTokenFilter(prefixName, func(map[string]any, *registry.Cache) (analysis.TokenFilter, error) {
		return prefixFilter{}, nil
	}); err != nil {
		panic(err)
	}
}

// addAnalyzers declares the custom analysers in an index mapping.
func addAnalyzers(m *mapping.IndexMappingImpl) error {
	if err := m.AddCustomAnalyzer(arabicAnalyzer, map[string]any{
		"type":      custom.Name,
		"tokenizer": unicode.Name,
		"token_filters": []any{
			lowercase.Name, "nfkc", ar.StopName, ar.NormalizeName, foldName, ar.StemmerName, prefixName,
		},
	}); err != nil {
		return err
	}
	return m.AddCustomAnalyzer(foldAnalyzer, map[string]any{
		"type":          custom.Name,
		"tokenizer":     unicode.Name,
		"token_filters": []any{lowercase.Name, "nfkc", ar.NormalizeName, foldName},
	})
}

// nfkc is registered under a name of ours so that the mapping can list it.
func init() {
	if err := registry.RegisterTokenFilter("nfkc", func(map[string]any, *registry.Cache) (analysis.TokenFilter, error) {
		return unicodenorm.NewUnicodeNormalizeFilter(unicodenorm.NFKC)
	}); err != nil {
		panic(err)
	}
}

// foldFilter folds what bleve's Arabic normaliser leaves.
type foldFilter struct{}

func (foldFilter) Filter(in analysis.TokenStream) analysis.TokenStream {
	for _, t := range in {
		t.Term = foldTerm(t.Term)
	}
	return in
}

// foldTerm folds one term with the project's one fold (text/fold.Word):
// what bleve's normaliser leaves — ؤ and ئ, alef wasla, the superscript
// alef, Quranic marks, Persian letters, Arabic-Indic digits, the alef of a
// marked tanween — so the index meets every other matcher of isnad.
func foldTerm(term []byte) []byte {
	for _, c := range term {
		if c >= utf8.RuneSelf || c >= 'A' && c <= 'Z' {
			return []byte(fold.Word(string(term)))
		}
	}
	return term
}

// prefixFilter adds, after a word that still starts with a preposition or
// conjunction, the word without it, at the same position.
type prefixFilter struct{}

// prefixes the stemmer leaves, longest first. A prefix is taken only when
// at least minStem letters remain.
var prefixes = [][]rune{
	[]rune("ولل"), []rune("فلل"),
	[]rune("وب"), []rune("ول"), []rune("وك"), []rune("فب"), []rune("فل"), []rune("فك"),
	[]rune("لل"), []rune("ب"), []rune("ل"), []rune("ك"), []rune("ف"),
}

const minStem = 3

func (prefixFilter) Filter(in analysis.TokenStream) analysis.TokenStream {
	var out analysis.TokenStream
	for i, t := range in {
		bare := stripPrefix(t.Term)
		if bare == nil {
			if out != nil {
				out = append(out, t)
			}
			continue
		}
		if out == nil {
			out = append(make(analysis.TokenStream, 0, len(in)+4), in[:i]...)
		}
		out = append(out, t, &analysis.Token{Start: t.Start, End: t.End, Term: bare,
			Position: t.Position, Type: t.Type})
	}
	if out == nil {
		return in
	}
	return out
}

// stripPrefix returns term without its leading preposition or conjunction,
// or nil when it has none (or too little would remain).
func stripPrefix(term []byte) []byte {
	if len(term) < 2*minStem || term[0] < 0xD8 || term[0] > 0xD9 {
		return nil // too short for prefix and stem, or not Arabic
	}
	rs := []rune(string(term))
	for _, p := range prefixes {
		if len(rs)-len(p) < minStem || !hasPrefix(rs, p) {
			continue
		}
		return []byte(string(rs[len(p):]))
	}
	return nil
}

func hasPrefix(rs, p []rune) bool {
	if len(rs) < len(p) {
		return false
	}
	for i := range p {
		if rs[i] != p[i] {
			return false
		}
	}
	return true
}

// isEnglish: "en", "en-GB", "EN". Everything else is read with the Arabic
// chain, which also lower-cases Latin words.
func isEnglish(lang string) bool {
	return len(lang) >= 2 && (lang[0]|0x20) == 'e' && (lang[1]|0x20) == 'n' && (len(lang) == 2 || lang[2] == '-' || lang[2] == '_')
}
