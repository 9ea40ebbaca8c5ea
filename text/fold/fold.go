// Package fold is isnad's one way of making two spellings of a word meet:
// the character table every matcher of the project folds with (lexicons,
// names, cue terms, filters), and the few ways of applying it that differ
// only in what they do with spaces and punctuation.
//
// The table (Rune): Latin lower case without accents; Arabic harakat,
// Quranic marks, tatweel and invisible format characters (ZWJ, bidi marks,
// soft hyphen) removed; أ إ آ ٱ → ا, ى → ي, ة → ه; ؤ and ئ → ء, so that
// "مسؤول" meets "مسئول" and "حلفائها" keeps the stem of "حلفاء"; the Persian
// forms of yeh and kaf as the Arabic ones; Arabic-Indic and Extended
// Arabic-Indic digits as ASCII. An accusative tanween loses its mark and
// keeps its alef, so "تحالفاً" and "تحالفا" fold alike: writers drop the mark
// far more often than they drop the alef.
//
// The ways of applying it:
//
//	Word    character by character, and the alef of a marked tanween goes too
//	        ("تحالفاً" → "تحالف"): the form a stemmer wants. Spaces and
//	        punctuation are kept as they are.
//	Key     punctuation and spaces become one space, trimmed: the form names
//	        and lexicon words are compared in ("U.S." → "u s").
//	Phrase  spaces collapse to one and punctuation is trimmed at both ends
//	        only: the form whole lines are compared in ("Tags:" → "tags").
//	Finder  a query found in a text, both folded by Rune, with the matches
//	        as byte ranges of the text as written: the reader's search.
//
// Everything here is a pure function of its input and never fails: invalid
// UTF-8 comes out as U+FFFD.
package fold

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

const fathatan = '\u064B'

// Rune folds one character; keep is false for characters that vanish.
func Rune(r rune) (f rune, keep bool) {
	switch { // fast paths: ASCII and the plain Arabic letters
	case r < utf8.RuneSelf:
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		return r, true
	case r >= 'ب' && r <= 'غ' && r != 'ة', r >= 'ف' && r <= 'ي' && r != 'ى':
		return r, true
	}
	switch r {
	case 'أ', 'إ', 'آ', 'ٱ':
		return 'ا', true
	case 'ى', 'ی':
		return 'ي', true
	case 'ة':
		return 'ه', true
	case 'ؤ', 'ئ':
		return 'ء', true
	case 'ک':
		return 'ك', true
	case 'ـ':
		return 0, false
	}
	switch {
	case r >= 0x064B && r <= 0x065F, r == 0x0670, r >= 0x06D6 && r <= 0x06ED, r >= 0x0610 && r <= 0x061A:
		return 0, false // harakat, superscript alef, Quranic marks
	case r >= '٠' && r <= '٩':
		return '0' + (r - '٠'), true
	case r >= '۰' && r <= '۹':
		return '0' + (r - '۰'), true
	case r >= 0x0600 && r <= 0x06FF:
		return r, true // the rest of the Arabic block: no case, no accent
	case unicode.Is(unicode.Mn, r), unicode.Is(unicode.Cf, r):
		return 0, false
	case unicode.IsLetter(r):
		if r < 0x250 && r >= 0xC0 { // Latin-1 and Extended-A/B: accents off
			if d := norm.NFD.PropertiesString(string(r)).Decomposition(); len(d) > 0 {
				if b, _ := utf8.DecodeRune(d); b < utf8.RuneSelf {
					r = b
				}
			}
		}
		return unicode.ToLower(r), true
	}
	return r, true
}

// IsPlain reports whether Rune leaves r as it is and r is a letter or a
// digit: the common case every mode returns early on.
func IsPlain(r rune) bool {
	switch {
	case r < utf8.RuneSelf:
		return 'a' <= r && r <= 'z' || '0' <= r && r <= '9'
	case r >= 'ب' && r <= 'غ' && r != 'ة', r >= 'ف' && r <= 'ي' && r != 'ى', r == 'ا', r == 'ء':
		return true
	}
	return false
}

// Alone reports what Rune does to r when r is a letter, a digit or a mark
// of a word written in ASCII or the Arabic block (one or two bytes) that
// Rune folds by itself, with no effect on its neighbours in any of the ways
// of applying it: a word made only of such runes folds rune by rune (a
// tokenizer can fold it in its own pass). ok is false for any other rune.
func Alone(r rune) (f rune, keep, ok bool) {
	switch {
	case r < utf8.RuneSelf:
		if !('a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9') {
			return 0, false, false
		}
	case r >= 0x0621 && r <= 0x063A, r >= 0x0640 && r <= 0x065F, r == 0x0670, r == 'ٱ', r == 'ی', r == 'ک':
	default:
		return 0, false, false
	}
	f, keep = Rune(r)
	return f, keep, true
}

func allPlain(s string) bool {
	for _, r := range s {
		if !IsPlain(r) {
			return false
		}
	}
	return true
}

// Word folds s character by character (see Rune). The alef that carries a
// marked accusative tanween at the end of a word goes with its mark
// ("تحالفاً", "دعمًا"), so the word meets its bare form; an unmarked final alef
// stays, since nothing tells it from a root letter ("دعا"); see Bare. The
// Arabic decimal and thousands separators become "." and ",".
func Word(s string) string {
	if allPlain(s) {
		return s
	}
	rs := []rune(s)
	var b strings.Builder
	b.Grow(len(s))
	for i, r := range rs {
		switch r {
		case '٫':
			b.WriteByte('.')
			continue
		case '٬':
			b.WriteByte(',')
			continue
		case 'ا':
			if tanweenAlef(rs, i) {
				continue
			}
		}
		if f, keep := Rune(r); keep {
			b.WriteRune(f)
		}
	}
	return b.String()
}

// vanishes reports whether Rune drops r.
func vanishes(r rune) bool {
	_, keep := Rune(r)
	return !keep
}

// wordEnd reports whether no letter follows position i, vanishing
// characters skipped.
func wordEnd(rs []rune, i int) bool {
	for ; i < len(rs); i++ {
		if vanishes(rs[i]) {
			continue
		}
		return !unicode.IsLetter(rs[i])
	}
	return true
}

// tanweenAlef reports whether the alef at i carries an accusative tanween
// (written before or after it) and ends its word.
func tanweenAlef(rs []rune, i int) bool {
	if i == 0 {
		return false
	}
	// ًا : the mark is written on the letter before the alef.
	if rs[i-1] == fathatan {
		return i >= 2 && unicode.IsLetter(rs[i-2]) && wordEnd(rs, i+1)
	}
	if !unicode.IsLetter(rs[i-1]) {
		return false
	}
	// اً : the mark follows the alef, maybe after other marks.
	j := i + 1
	for j < len(rs) && rs[j] != fathatan && vanishes(rs[j]) && !unicode.Is(unicode.Cf, rs[j]) {
		j++
	}
	return j < len(rs) && rs[j] == fathatan && wordEnd(rs, j+1)
}

// Bare is an Arabic word of at least four letters without its final alef,
// or "" when it has none: what a word folded by Word would be had its
// writer marked the tanween ("تحالفا" → "تحالف"). Matchers try it as a second
// form; it is not safe as the only one ("روسيا" → "روسي").
func Bare(w string) string {
	rest, ok := strings.CutSuffix(w, "ا")
	if !ok || utf8.RuneCountInString(rest) < 3 || rest == "" || rest[0] < utf8.RuneSelf {
		return ""
	}
	return rest
}

// Key folds s for comparing names and lexicon words: the table of Rune,
// with every run of spaces and punctuation made one space and none at
// either end. Two spellings an analyst reads as the same name fold to the
// same string.
func Key(s string) string {
	if allPlain(s) {
		return s // most words: no allocation
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		f, keep := Rune(r)
		if !keep {
			continue
		}
		if !IsPlain(f) && !unicode.IsLetter(f) && !unicode.IsDigit(f) {
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(f)
	}
	return b.String()
}

// Phrase folds a line for comparing it whole against a list: the table of
// Rune, runs of white space made one space, and punctuation and symbols
// trimmed at both ends (inner punctuation stays: "ص.ب").
func Phrase(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		f, keep := Rune(r)
		if !keep {
			continue
		}
		if f == ' ' || f >= '\t' && f <= '\r' || f >= utf8.RuneSelf && unicode.IsSpace(f) {
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(f)
	}
	return strings.TrimFunc(b.String(), func(r rune) bool {
		return unicode.IsPunct(r) || unicode.IsSymbol(r) || unicode.IsSpace(r)
	})
}
