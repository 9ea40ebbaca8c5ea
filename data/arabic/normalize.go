// Package arabic is isnad's Arabic-aware text analysis: normalisation for
// matching, tokenising, light stemming, stop words, and reading dates and
// quantities out of running text. Everything here is a pure function of its
// input; the comparison layer (data/compare) builds on it.
//
// Why not bleve's analyzer (github.com/blevesearch/bleve/v2/analysis/lang/ar)?
// It was evaluated: its normaliser and Larkey-style light stemmer are sound,
// but importing the package pulls twelve modules into go.mod (bbolt, roaring
// bitmaps, the s2 geometry library, json-iterator, …) because it registers
// itself in bleve's global registry, and it does not do what the comparison
// needs: no alef wasla (ٱ), no digit folding, only و stripped as a bare proclitic (so "بتحالف" and
// "لروسيا" keep theirs), no هم/هما/هن suffixes, and suffixes stripped
// repeatedly with a two-letter floor ("كانت" style over-stemming). The rules
// below are light10's, adjusted where the corpus showed it mattered; each
// adjustment is explained where it is made.
package arabic

import (
	"unicode"

	"github.com/isnad/isnad/text/fold"
)

// Letters the stemmer names.
const (
	alef = 'ا'
	heh  = 'ه'
	yeh  = 'ي'
)

// Normalize folds s for matching with the project's one fold
// (text/fold.Word): harakat, Quranic marks, tatweel and invisible format
// characters removed; أ إ آ ٱ → ا, ؤ ئ → ء, ى → ي, ة → ه; the Persian forms of
// yeh and kaf as the Arabic ones; digits and the Arabic separators as ASCII;
// Latin lower case. The alef carrying a marked accusative tanween at the end
// of a word ("تحالفاً", "دعمًا") is dropped with its mark, so the word meets
// its bare form; an unmarked final alef is kept (see Token.Bare).
//
// Normalize works on any text, not just one word, and never fails: invalid
// UTF-8 comes out as U+FFFD.
func Normalize(s string) string { return fold.Word(s) }

// IsArabic reports whether r is a letter of the Arabic script.
func IsArabic(r rune) bool {
	switch {
	case r < 0x0600:
		return false
	case r >= 0x0621 && r <= 0x064A: // the base alphabet, the common case
		return true
	}
	return unicode.Is(unicode.Arabic, r) && unicode.IsLetter(r)
}
