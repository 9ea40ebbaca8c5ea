package arabic

import (
	"unicode"
	"unicode/utf8"

	"github.com/isnad/isnad/text/fold"
)

// Kind says what a token is.
type Kind uint8

const (
	// Word is a run of letters (Arabic, Latin, any script), possibly with
	// digits inside ("2024b", "G7").
	Word Kind = iota
	// Number is digits, with "," or "." (or the Arabic separators) between
	// digit groups: "12", "10,000", "١٢٫٥".
	Number
)

// Token is one word or number of a text.
type Token struct {
	// Start and End are byte offsets in the tokenised string; Text is
	// s[Start:End], as written.
	Start, End int
	Text       string
	Norm       string // Normalize(Text)
	Stem       string // Stem(Norm)
	// Alt is the stem of the word without a leading و or ف that Stem kept
	// because too little was left ("وفي" → "في", "وقع" → "قع"); empty when
	// Stem stripped it or there is none. A phrase may start on it: "وفي
	// المقابل" is "في المقابل" with "and".
	Alt string
	// Bare is the stem of the word without a final alef, when the word may
	// be an accusative written without its tanween mark ("تحالفا" for
	// "تحالفاً", see fold.Bare); empty otherwise. Cue matchers try it, never
	// vocabulary ("روسيا" is not "روسي").
	Bare string
	Kind Kind
}

// Tokenize splits s into words and numbers. Letters, the marks on them,
// tatweel and format characters inside a word stay in the word; everything
// else (spaces, punctuation, hyphens, slashes) separates tokens. A number
// keeps its thousands and decimal separators when a digit follows them.
// Invalid UTF-8 separates tokens too.
func Tokenize(s string) []Token {
	var tz *Tokenizer
	return tz.Tokenize(s)
}

// Tokenizer tokenises like Tokenize and remembers the normal form and stem
// of every word it has seen: a document repeats its words, so one Tokenizer
// kept for a document saves most of the work. The zero value is ready; a
// nil *Tokenizer remembers nothing. Not safe for concurrent use.
type Tokenizer struct {
	seen map[string]forms
}

type forms struct{ norm, stem, alt, bare string }

// Tokenize is the package's Tokenize with the memory of tz.
func (tz *Tokenizer) Tokenize(s string) []Token {
	toks := make([]Token, 0, len(s)/6)
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !inWord(r) || r == utf8.RuneError {
			i += n
			continue
		}
		start := i
		digitsOnly := true
		prev := r
		for i < len(s) {
			r, n = utf8.DecodeRuneInString(s[i:])
			if r == utf8.RuneError && n <= 1 {
				break
			}
			if inWord(r) {
				// "و152" is "and 152": an Arabic letter and a digit
				// never share a token.
				if i > start && arabicDigitBoundary(prev, r) {
					break
				}
				if !isDigit(r) {
					digitsOnly = false
				}
				prev = r
				i += n
				continue
			}
			if digitsOnly && isNumSep(r) && i+n < len(s) {
				if r2, _ := utf8.DecodeRuneInString(s[i+n:]); isDigit(r2) {
					i += n
					continue
				}
			}
			break
		}
		t := Token{Start: start, End: i, Text: s[start:i]}
		if digitsOnly {
			t.Kind = Number
		}
		fm, ok := tz.lookup(t.Text)
		if !ok {
			fm.norm = Normalize(t.Text)
			fm.stem = Stem(fm.norm)
			fm.alt = alt(fm.norm, fm.stem)
			if b := fold.Bare(fm.norm); b != "" {
				fm.bare = Stem(b)
			}
			tz.remember(t.Text, fm)
		}
		if fm.norm == "" { // a lone tatweel or mark
			continue
		}
		t.Norm, t.Stem, t.Alt, t.Bare = fm.norm, fm.stem, fm.alt, fm.bare
		toks = append(toks, t)
	}
	return toks
}

func (tz *Tokenizer) lookup(w string) (forms, bool) {
	if tz == nil || tz.seen == nil {
		return forms{}, false
	}
	fm, ok := tz.seen[w]
	return fm, ok
}

func (tz *Tokenizer) remember(w string, fm forms) {
	if tz == nil {
		return
	}
	if tz.seen == nil {
		tz.seen = make(map[string]forms)
	}
	tz.seen[w] = fm
}

// inWord reports whether r belongs inside a token.
func inWord(r rune) bool {
	switch {
	case r < utf8.RuneSelf:
		return ('a' <= r && r <= 'z') || ('A' <= r && r <= 'Z') || ('0' <= r && r <= '9')
	case r >= 0x0621 && r <= 0x065F, r >= 0x0660 && r <= 0x0669: // letters, harakat, digits
		return true
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) ||
		(unicode.Is(unicode.Cf, r) && r != '\uFEFF' && !isBidiControl(r))
}

func isBidiControl(r rune) bool {
	return r == '\u200E' || r == '\u200F' || r == '\u061C' || (r >= '\u202A' && r <= '\u202E') ||
		(r >= '\u2066' && r <= '\u2069')
}

func isNumSep(r rune) bool { return r == ',' || r == '.' || r == '٫' || r == '٬' }

func arabicDigitBoundary(a, b rune) bool {
	if a < utf8.RuneSelf && b < utf8.RuneSelf {
		return false
	}
	return (IsArabic(a) && isDigit(b)) || (isDigit(a) && IsArabic(b))
}

// alt is Token.Alt.
func alt(norm, stem string) string {
	r, size := utf8.DecodeRuneInString(norm)
	if (r != 'و' && r != 'ف') || utf8.RuneCountInString(norm[size:]) < 2 {
		return "" // "في", "و" are words of their own
	}
	if r2, _ := utf8.DecodeRuneInString(stem); r2 != r {
		return "" // Stem already took it off
	}
	return Stem(norm[size:])
}

func isDigit(r rune) bool {
	if r < utf8.RuneSelf {
		return '0' <= r && r <= '9'
	}
	return unicode.IsDigit(r)
}
