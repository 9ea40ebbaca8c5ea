package cite

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/isnad/isnad/text/fold"
	"golang.org/x/text/unicode/norm"
)

// Fold reduces a string to the form names are compared in: the project's
// one fold (text/fold.Key), with runs of space and punctuation as one space.
// Two spellings an analyst reads as the same name fold to the same string.
func Fold(s string) string { return fold.Key(compatForms(s)) }

// compatForms writes Arabic presentation forms (U+FB50–U+FDFF,
// U+FE70–U+FEFF: "ﻣﺼﺎﺩﺭ", pasted from old PDFs and web pages) as the letters
// they draw, so a word spelt with them is the same word.
func compatForms(s string) string {
	if strings.IndexByte(s, 0xEF) < 0 {
		return s // every such form is written with a leading byte EF
	}
	for _, r := range s {
		if r >= 0xFB50 && r <= 0xFDFF || r >= 0xFE70 && r <= 0xFEFF {
			return norm.NFKC.String(s)
		}
	}
	return s
}

// token is one word or one punctuation mark of a sentence.
type token struct {
	start, end int    // byte offsets in the tokenised string
	raw        string // as written
	norm       string // Fold(raw) for words; the mark itself for punctuation
	punct      bool
	// bare holds norm and its forms without proclitics (see fillBare),
	// computed once per token since every lookup needs them.
	// Every bare form is a suffix of norm, so only its offset is kept.
	nb   uint8
	bare [maxBare]uint16
	// verbAt's answer, asked of every word several times: the lexicon
	// that gave it (nil until asked), the family, form and agreement, and
	// whether the word is a verb form (vset: 1 no, 2 yes, +4 with an
	// object pronoun).
	vlex  *Lexicon
	vfam  int32
	vkind formKind
	vagr  agreement
	vset  uint8
}

// form is the token's k-th bare form (0 is norm itself), k < nb.
func (t *token) form(k int) string { return t.norm[t.bare[k]:] }

// word makes a word token.
func word(s string, i, j int) token {
	return wordFolded(s, i, j, Fold(s[i:j]))
}

// wordFolded makes a word token whose Fold is already known.
func wordFolded(s string, i, j int, norm string) token {
	t := token{start: i, end: j, raw: s[i:j], norm: norm}
	if len(t.norm) > 0xFFFF {
		t.nb = 1
		return t
	}
	var a [maxBare]string
	n := fillBare(&a, t.norm)
	for k := range n {
		t.bare[k] = uint16(len(t.norm) - len(a[k]))
	}
	t.nb = uint8(n)
	return t
}

// isWordRune reports whether r belongs inside a word. Dots and hyphens are
// punctuation, so "N.Korean" is three tokens; that costs nothing for the
// cues and names looked for here.
func isWordRune(r rune) bool {
	switch {
	case r < 0x80:
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9'
	case r >= 0x0621 && r <= 0x065F: // Arabic letters and harakat
		return true
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) ||
		r == 0x0640 || unicode.Is(unicode.Cf, r) && !isBidiControl(r)
}

// isBidiControl reports whether r only steers the direction of text: the
// marks (LRM, RLM, ALM), embeddings, overrides and isolates. They belong to
// no word ("\u202bوأوضح" is وأوضح) and separate like spaces.
func isBidiControl(r rune) bool {
	return r == 0x200E || r == 0x200F || r == 0x061C || r >= 0x202A && r <= 0x202E || r >= 0x2066 && r <= 0x2069
}

// foldSimple is Fold of a word all of whose runes fold.Alone folds: ASCII
// and runes of the Arabic block, one or two bytes each, so the word is
// folded byte by byte into a buffer on the stack when it is short.
func foldSimple(w string) string {
	var buf [64]byte
	b := buf[:0]
	for i := 0; i < len(w); {
		c := w[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b = append(b, c)
			i++
			continue
		}
		if c&0xE0 != 0xC0 || i+1 >= len(w) {
			return Fold(w) // no rune fold.Alone takes
		}
		r := rune(c&0x1F)<<6 | rune(w[i+1]&0x3F)
		i += 2
		if f, keep, _ := fold.Alone(r); keep {
			b = utf8.AppendRune(b, f)
		}
	}
	return string(b)
}

// tokenize splits s into words and punctuation marks; spaces separate and
// vanish. Invalid UTF-8 bytes become one-byte punctuation tokens.
func tokenize(s string) []token { return appendTokens(make([]token, 0, len(s)/5), s) }

// tokens tokenizes a sentence of the article into a slice that an earlier
// sentence no longer needs, when there is one: most sentences' tokens are
// dropped as soon as they are read, and allocating them anew for each was
// most of the garbage of an article.
func (f *finder) tokens(s string) []token {
	if n := len(f.free); n > 0 {
		toks := f.free[n-1]
		f.free = f.free[:n-1]
		return appendTokens(toks, s)
	}
	return tokenize(s)
}

// spareTokens keeps the token slices of articles read before (a *[][]token
// each), so that an article's first sentences need not allocate theirs.
var spareTokens sync.Pool

// takeSpareTokens starts the finder's free slices with those an earlier
// article left.
func (f *finder) takeSpareTokens() {
	if p, ok := spareTokens.Get().(*[][]token); ok {
		f.free = *p
	}
}

// leaveSpareTokens gives back every token slice of the finder, which reads
// no sentence any more.
func (f *finder) leaveSpareTokens() {
	for _, toks := range f.pending {
		f.release(toks)
	}
	f.pending = nil
	free := f.free
	f.free = nil
	for _, toks := range free {
		clear(toks[:cap(toks)]) // their strings would hold the article's text
	}
	spareTokens.Put(&free)
}

// maxReused bounds the tokens of a slice kept for reuse, so that one
// very long sentence is not held for the rest of its article.
const maxReused = 1 << 12

// release gives back the tokens of a sentence nothing holds any more.
func (f *finder) release(toks []token) {
	if cap(toks) <= maxReused {
		f.free = append(f.free, toks[:0])
	}
}

// decodeRune is utf8.DecodeRuneInString(s[i:]) with the runes of one and
// two bytes (Latin, Arabic) decoded inline.
func decodeRune(s string, i int) (rune, int) {
	c := s[i]
	if c < utf8.RuneSelf {
		return rune(c), 1
	}
	if c >= 0xC2 && c <= 0xDF && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
		return rune(c&0x1F)<<6 | rune(s[i+1]&0x3F), 2
	}
	return utf8.DecodeRuneInString(s[i:])
}

// appendTokens appends the tokens of s to toks.
func appendTokens(toks []token, s string) []token {
	for i := 0; i < len(s); {
		r, n := decodeRune(s, i)
		switch {
		case unicode.IsSpace(r) || isBidiControl(r):
			i += n
		case isWordRune(r) && urlAt(s, i) > i:
			j := urlAt(s, i) // "www.sfda.gov.sa": one word, its dots no sentence's end
			toks = append(toks, word(s, i, j))
			i = j
		case isWordRune(r):
			j := i + n
			plain := fold.IsPlain(r)
			_, _, simple := fold.Alone(r)
			for j < len(s) {
				r2, n2 := decodeRune(s, j)
				if !isWordRune(r2) {
					break
				}
				if plain = plain && fold.IsPlain(r2); !plain && simple {
					_, _, simple = fold.Alone(r2)
				}
				j += n2
			}
			switch {
			case onlyTatweel(s[i:j]): // "ــ" standing alone is a dash: "وقال فلان ــ بحسب بيان ــ إن"
				toks = append(toks, token{start: i, end: j, raw: s[i:j], norm: s[i:j], punct: true})
			case plain: // Fold leaves a word of plain letters as it is
				toks = append(toks, wordFolded(s, i, j, s[i:j]))
			case simple:
				toks = append(toks, wordFolded(s, i, j, foldSimple(s[i:j])))
			default:
				toks = append(toks, word(s, i, j))
			}
			i = j
		default:
			toks = append(toks, token{start: i, end: i + n, raw: s[i : i+n], norm: s[i : i+n], punct: true})
			i += n
		}
	}
	return toks
}

// isQuote reports whether a punctuation token opens or closes a quotation.
func isQuote(t token) bool {
	if !t.punct {
		return false
	}
	switch t.raw {
	case "\"", "“", "”", "«", "»", "„", "‘", "’", "'", "{", "}", "″":
		return true
	}
	return false
}

// proclitics are the one-letter prefixes Arabic writes joined to the next
// word: conjunctions و ف, prepositions ب ل ك, and the article ال with its
// combinations. Bare forms are tried longest prefix first.
var proclitics = []string{"وبال", "فبال", "وال", "فال", "بال", "كال", "لل", "ال", "و", "ف", "ب", "ل", "ك"}

// procliticsOf lists the proclitics by their first letter, each in the
// order of proclitics.
var procliticsOf = func() map[rune][]string {
	m := map[rune][]string{}
	for _, p := range proclitics {
		r, _ := utf8.DecodeRuneInString(p)
		m[r] = append(m[r], p)
	}
	return m
}()

// maxBare bounds the bare forms kept per word.
const maxBare = 6

// fillBare writes into a the forms of a folded word left after stripping
// each proclitic it starts with, the word itself first, and returns how
// many. Only Arabic words are stripped, and never below two letters.
func fillBare(a *[maxBare]string, w string) int {
	a[0] = w
	n := 1
	if w == "" || w[0] < 0x80 {
		return n
	}
	r, _ := utf8.DecodeRuneInString(w)
	ps := procliticsOf[r]
	if ps == nil {
		return n // no proclitic starts with another letter
	}
	// Every proclitic is written in Arabic letters of two bytes each, so a
	// form's length in letters is the word's less half the bytes cut.
	runes := utf8.RuneCountInString(w)
	for _, p := range ps {
		rest, ok := strings.CutPrefix(w, p)
		if !ok || runes-len(p)/2 < 2 {
			continue
		}
		if n < maxBare {
			a[n] = rest
			n++
		}
		if p == "و" || p == "ف" { // وبحسب, فقال: conjunction then preposition or article
			for _, q := range [...]string{"ال", "ب", "ل"} {
				if r2, ok := strings.CutPrefix(rest, q); ok && n < maxBare && runes-(len(p)+len(q))/2 >= 2 {
					a[n] = r2
					n++
				}
			}
		}
	}
	return n
}

// Slug makes a source id from a name: folded, spaces as hyphens, a leading
// English article dropped. Arabic letters stay Arabic.
func Slug(name string) string {
	f := Fold(name)
	f = strings.TrimPrefix(f, "the ")
	return strings.ReplaceAll(f, " ", "-")
}

// hasLatin reports whether s has a Latin letter, which decides word order
// for English cues.
func hasLatin(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c < 0x80:
			if 'a' <= c|0x20 && c|0x20 <= 'z' {
				return true
			}
		case c >= 0xC2 && c <= 0xC9: // U+0080–U+027F: decode and look
			if r, _ := utf8.DecodeRuneInString(s[i:]); r < 0x250 && unicode.IsLetter(r) {
				return true
			}
		}
	}
	return false
}

// onlyTatweel reports whether w is tatweels (ـ, U+0640) and nothing else,
// which Arabic papers set between spaces as a dash ("ــ", "ـ حفظه الله ـ").
func onlyTatweel(w string) bool {
	for i := 0; i < len(w); i += 2 {
		if i+1 >= len(w) || w[i] != 0xD9 || w[i+1] != 0x80 { // U+0640 in UTF-8
			return false
		}
	}
	return w != ""
}

// urlAt is the end of a web address starting at s[i] ("www.…",
// "http://…", "https://…"), before any mark closing it; i when none does.
func urlAt(s string, i int) int {
	rest := s[i:]
	if len(rest) < 8 || rest[0]|0x20 != 'w' && rest[0]|0x20 != 'h' { // most words: one byte read
		return i
	}
	if !strings.EqualFold(rest[:4], "www.") && !strings.EqualFold(rest[:7], "http://") && !strings.EqualFold(rest[:8], "https://") {
		return i
	}
	j := i
	for j < len(s) {
		r, n := utf8.DecodeRuneInString(s[j:])
		if unicode.IsSpace(r) || r > unicode.MaxASCII || r == '"' || r == '\'' || r == '<' || r == '>' {
			break
		}
		j += n
	}
	for j > i && strings.ContainsRune(".,;:!?)]}", rune(s[j-1])) {
		j-- // "… www.sfda.gov.sa." ends the sentence
	}
	return j
}
