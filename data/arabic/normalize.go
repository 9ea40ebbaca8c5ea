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
// needs: no alef wasla (ٱ), no digit folding, ى folded everywhere rather than
// at the end of a word, only و stripped as a bare proclitic (so "بتحالف" and
// "لروسيا" keep theirs), no هم/هما/هن suffixes, and suffixes stripped
// repeatedly with a two-letter floor ("كانت" style over-stemming). The rules
// below are light10's, adjusted where the corpus showed it mattered; each
// adjustment is explained where it is made.
package arabic

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Letters the normaliser and stemmer name.
const (
	alef        = 'ا'
	alefMadda   = 'آ'
	alefHamzaA  = 'أ'
	alefHamzaB  = 'إ'
	alefWasla   = 'ٱ'
	tehMarbuta  = 'ة'
	heh         = 'ه'
	alefMaksura = 'ى'
	yeh         = 'ي'
	farsiYeh    = 'ی'
	keheh       = 'ک'
	kaf         = 'ك'
	tatweel     = 'ـ'
	fathatan    = '\u064B'
)

// Normalize folds s for matching. Harakat, Quranic marks, tatweel and
// invisible format characters (ZWJ, bidi marks) are removed; أ إ آ ٱ become
// ا; ى at the end of a word becomes ي; ة becomes ه; the Persian forms of yeh
// and kaf become the Arabic ones; Arabic-Indic and Extended Arabic-Indic
// digits become ASCII, and the Arabic decimal and thousands separators become
// "." and ","; Latin letters are lower-cased. The alef carrying an accusative
// tanween at the end of a word ("تحالفاً", "دعمًا") is dropped with its mark,
// so the word meets its bare form; a bare final alef is kept, because without
// the mark it cannot be told from a root letter.
//
// Normalize works on any text, not just one word, and never fails: invalid
// UTF-8 comes out as U+FFFD.
func Normalize(s string) string {
	if isPlainLower(s) {
		return s
	}
	rs := []rune(s)
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		switch {
		case r < utf8.RuneSelf:
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
		case r >= 0x0621 && r <= 0x064A: // the base alphabet
			switch r {
			case alefMadda, alefHamzaA, alefHamzaB:
				r = alef
			case alefMaksura:
				if atWordEnd(rs, i+1) {
					r = yeh
				}
			case tehMarbuta:
				r = heh
			case tatweel:
				continue
			}
		case skippable(r):
			continue
		case r == alefWasla:
			r = alef
		case r == farsiYeh:
			r = yeh
		case r == keheh:
			r = kaf
		case r >= '٠' && r <= '٩':
			r = '0' + (r - '٠')
		case r >= '۰' && r <= '۹':
			r = '0' + (r - '۰')
		case r == '٫':
			r = '.'
		case r == '٬':
			r = ','
		default:
			r = unicode.ToLower(r)
		}
		if r == alef && tanweenAlef(rs, i) {
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// isPlainLower reports whether s is ASCII without capitals, which Normalize
// would return unchanged.
func isPlainLower(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf || ('A' <= c && c <= 'Z') {
			return false
		}
	}
	return true
}

// isMark reports harakat, shadda, sukun, superscript alef, the Quranic
// annotation signs and Latin combining accents: marks that sit on letters
// and never change the word.
func isMark(r rune) bool {
	return (r >= '\u064B' && r <= '\u065F') || r == '\u0670' ||
		(r >= '\u06D6' && r <= '\u06ED') || (r >= '\u0610' && r <= '\u061A') ||
		(r >= 0x300 && r < 0x370)
}

// skippable reports what Normalize drops: marks, tatweel and invisible
// format characters.
func skippable(r rune) bool {
	return isMark(r) || r == tatweel || (r >= 0x00AD && unicode.Is(unicode.Cf, r))
}

// atWordEnd reports whether no letter follows position i, marks and
// tatweel skipped.
func atWordEnd(rs []rune, i int) bool {
	for ; i < len(rs); i++ {
		r := rs[i]
		if skippable(r) {
			continue
		}
		return !unicode.IsLetter(r)
	}
	return true
}

// tanweenAlef reports whether the alef at i carries an accusative tanween
// (written before or after it) and ends its word.
func tanweenAlef(rs []rune, i int) bool {
	if i == 0 || !unicode.IsLetter(rs[i-1]) && rs[i-1] != fathatan {
		return false
	}
	// ًا : the mark is written on the letter before the alef.
	if rs[i-1] == fathatan && i >= 2 && unicode.IsLetter(rs[i-2]) {
		return atWordEnd(rs, i+1)
	}
	// اً : the mark follows the alef.
	j := i + 1
	for j < len(rs) && isMark(rs[j]) && rs[j] != fathatan {
		j++
	}
	if j < len(rs) && rs[j] == fathatan && i >= 1 && unicode.IsLetter(rs[i-1]) {
		return atWordEnd(rs, j+1)
	}
	return false
}

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
