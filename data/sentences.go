package data

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxProtected is how far (bytes) a quotation or a parenthesis may run and
// still be kept inside one sentence: enough for a quoted statement of three
// sentences or a citation group, short enough that an unbalanced quote mark
// cannot swallow the rest of a paragraph.
const maxProtected = 800

// maxBracketDepth bounds the bracket stack: "((((…" must not grow memory.
const maxBracketDepth = 32

// splitSentences returns the byte spans [start, end) of the sentences of a
// paragraph, without surrounding spaces. A sentence ends at . ! ? ؟ … "..." or
// ۔ followed by a space (or the end), after any closing quotes and brackets —
// but not after an abbreviation ("د.", "U.S.", "e.g.", "p."), a single
// letter, a list number at the start of the paragraph ("1. "), inside a
// number or an address ("3.5", "1.000", "reuters.com"), before a lower-case
// Latin word, nor inside a parenthesis or a quotation that closes within
// maxProtected bytes. whole returns the text as one span (reference entries).
// The scan is linear in the length of s.
func splitSentences(s string, whole bool) [][2]int {
	lo, hi := trimSpan(s, 0, len(s))
	if lo >= hi {
		return nil
	}
	if whole {
		return [][2]int{{lo, hi}}
	}
	prot := protectedSpans(s)
	var out [][2]int
	start := lo
	pi := 0
	for i := lo; i < hi; {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !isTerminator(r) {
			i += n
			continue
		}
		// The run of terminators ("?!", "...") and the closers after it.
		j := i
		dots, other := 0, 0
		for j < hi {
			r2, n2 := utf8.DecodeRuneInString(s[j:])
			if !isTerminator(r2) {
				break
			}
			if r2 == '.' {
				dots++
			} else {
				other++
			}
			j += n2
		}
		k := j
		for k < hi && strings.IndexByte(`"')]`, s[k]) >= 0 || k < hi && hasCloserAt(s, k) {
			_, n2 := utf8.DecodeRuneInString(s[k:])
			k += n2
		}
		for pi < len(prot) && prot[pi][1] <= i {
			pi++
		}
		// Inside a quotation or parenthesis, unless this ends it: “… .”
		if pi < len(prot) && prot[pi][0] < i && k < prot[pi][1] {
			i = j
			continue
		}
		if endsHere(s, start, i, j, k, hi, dots, other) {
			out = appendSentence(out, s, start, k)
			start = k
			for start < hi && s[start] == ' ' {
				start++
			}
		}
		i = j
	}
	if start < hi {
		out = appendSentence(out, s, start, hi)
	}
	return out
}

// arabicRun counts the Arabic letters at the end of s (back) or at its
// start.
func arabicRun(s string, back bool) int {
	n := 0
	for len(s) > 0 {
		var r rune
		var size int
		if back {
			r, size = utf8.DecodeLastRuneInString(s)
		} else {
			r, size = utf8.DecodeRuneInString(s)
		}
		if !isArabicLetter(r) {
			break
		}
		n++
		if back {
			s = s[:len(s)-size]
		} else {
			s = s[size:]
		}
	}
	return n
}

// endsHere decides whether the terminator run s[i:j] (closers to k) ends the
// sentence that began at start.
func endsHere(s string, start, i, j, k, hi, dots, other int) bool {
	next, _ := utf8.DecodeRuneInString(s[k:])
	atEnd := k >= hi
	if !atEnd && next != ' ' {
		// No space after: an address, a decimal, "N.K." — unless an Arabic
		// sentence was glued to the next one ("الدولية.وقال", "الآن؟وقال",
		// a closing quote before or after the mark: "العربية”.ووعدت").
		before := strings.TrimRight(s[:i], "\"')]”’»›")
		prev, _ := utf8.DecodeLastRuneInString(before)
		if other == 0 && arabicRun(before, true) <= 2 && arabicRun(s[k:], false) <= 3 {
			return false // letters spelt with dots: "إل.جي", "بي.إم.آي"
		}
		if other == 0 && arabicRun(before, true) <= 3 && dottedNext(s[k:]) {
			return false // "جيه.إل.إل": a name of letters, each with its dot
		}
		if other == 0 && arabicRun(before, true) == 1 {
			return false // "د.عبدالرحمن", "م.القحطاني": a title of one letter, its name glued on
		}
		return isArabicLetter(next) && (other > 0 || isArabicLetter(prev))
	}
	following := ""
	if !atEnd {
		following = strings.TrimLeft(s[k:], " ")
	}
	nextWord, _ := utf8.DecodeRuneInString(following)
	ellipsis := dots >= 2 || strings.HasPrefix(s[i:j], "…")
	if ellipsis {
		// " ... " alone marks words left out of a quotation.
		if i > 0 && s[i-1] == ' ' && !atEnd {
			return false
		}
		return atEnd || !unicode.IsLower(nextWord)
	}
	if other > 0 {
		return true
	}
	// A single period.
	if !atEnd && unicode.IsLower(nextWord) {
		return false
	}
	w := wordBefore(s, i)
	if w == "" {
		return true
	}
	if isAbbreviation(w) || !atEnd && middleInitial(s, i, w) {
		return false
	}
	// "1. " opening a paragraph is a list number, not a sentence.
	if isNumber(w) && utf8.RuneCountInString(w) <= 3 && strings.TrimLeft(s[start:i], " ") == w && start == firstNonSpace(s) {
		return false
	}
	return true
}

// middleInitial reports whether w, the word before the period at s[i], is
// a Latin letter spelt out in Arabic standing as a middle initial: after a
// word that is not itself such a letter ("جاكوب جيه. ليو", not the end of
// "جي إل إل.").
func middleInitial(s string, i int, w string) bool {
	if !rules().initials[fold(w)] {
		return false
	}
	rest := strings.TrimRight(s[:i-len(w)], " ")
	prev := wordBefore(rest, len(rest))
	return prev != "" && rest != "" && rest[len(rest)-1] != '"' && !rules().initials[fold(prev)] && !isAbbreviation(prev) &&
		isArabicLetter(lastRune(prev))
}

// dottedNext reports whether s opens with a letter's name of at most three
// Arabic letters followed by another dot: the middle of "جيه.إل.إل".
func dottedNext(s string) bool {
	n := arabicRun(s, false)
	if n == 0 || n > 3 {
		return false
	}
	for range n {
		_, size := utf8.DecodeRuneInString(s)
		s = s[size:]
	}
	return strings.HasPrefix(s, ".")
}

func firstNonSpace(s string) int {
	return len(s) - len(strings.TrimLeft(s, " "))
}

// wordBefore is the token that ends at s[i] (the period), without opening
// quotes or brackets.
func wordBefore(s string, i int) string {
	j := strings.LastIndexByte(s[:i], ' ') + 1
	return strings.TrimLeft(s[j:i], "\"'([“«‘")
}

// isAbbreviation: a listed abbreviation, a single letter ("د", "S"), or
// dotted initials ("U.S", "e.g", "n.d", "أ.د").
func isAbbreviation(w string) bool {
	if utf8.RuneCountInString(w) == 1 {
		r, _ := utf8.DecodeRuneInString(w)
		return unicode.IsLetter(r)
	}
	if len(w) <= 12 && (rules().abbreviations[strings.ToLower(w)] || !isASCII(w) && rules().abbreviations[fold(w)]) {
		return true
	}
	if !strings.Contains(w, ".") {
		return false
	}
	for _, seg := range strings.Split(w, ".") {
		n := utf8.RuneCountInString(seg)
		if n == 0 || n > 2 {
			return false
		}
		for _, r := range seg {
			if !unicode.IsLetter(r) {
				return false
			}
		}
	}
	return true
}

func isTerminator(r rune) bool {
	switch r {
	case '.', '!', '?', '؟', '…', '۔':
		return true
	}
	return false
}

func hasCloserAt(s string, k int) bool {
	r, _ := utf8.DecodeRuneInString(s[k:])
	return r == '”' || r == '’' || r == '»' || r == '›'
}

func isArabicLetter(r rune) bool {
	return unicode.Is(unicode.Arabic, r) && unicode.IsLetter(r)
}

// appendSentence adds s[a:b] trimmed; a piece without any letter or digit
// (a lone quote mark, "...") is glued to the sentence before it instead.
func appendSentence(out [][2]int, s string, a, b int) [][2]int {
	a, b = trimSpan(s, a, b)
	if a >= b {
		return out
	}
	if n := len(out); n > 0 && !hasWordChar(s[a:b]) {
		out[n-1][1] = b
		return out
	}
	return append(out, [2]int{a, b})
}

func hasWordChar(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

func trimSpan(s string, a, b int) (int, int) {
	for a < b && s[a] == ' ' {
		a++
	}
	for b > a && s[b-1] == ' ' {
		b--
	}
	return a, b
}

// closingMark reports whether the straight quotation mark at s[i] can only
// close: written right after a word or a stop (not after a colon, which
// opens: "وزاد:" لقد"), with a space, a stop or the end after it.
func closingMark(s string, i int) bool {
	if i == 0 {
		return false
	}
	before, _ := utf8.DecodeLastRuneInString(s[:i])
	if unicode.IsSpace(before) || before == ':' {
		return false
	}
	if i+1 == len(s) {
		return true
	}
	after, _ := utf8.DecodeRuneInString(s[i+1:])
	return !unicode.IsLetter(after) && !unicode.IsDigit(after)
}

// protectedSpans finds the parentheses and quotations that close within
// maxProtected bytes; no sentence ends inside them. A quotation mark that
// opens while another is still open means the first was never closed (as
// happens in scraped news), so the first is dropped rather than allowed to
// pair with a far-away closing mark.
func protectedSpans(s string) [][2]int {
	var out [][2]int
	type open struct {
		at    int
		close byte
	}
	var stack []open
	quote, quoteClose := -1, rune(0)
	ascii := -1
	for i, r := range s {
		switch r {
		case '(', '[', '{':
			if len(stack) < maxBracketDepth {
				stack = append(stack, open{i, closingOf(r)})
			}
		case ')', ']', '}':
			for n := len(stack) - 1; n >= 0; n-- {
				if stack[n].close == byte(r) {
					if i-stack[n].at <= maxProtected {
						out = append(out, [2]int{stack[n].at, i + 1})
					}
					stack = stack[:n]
					break
				}
			}
		case '“', '«':
			quote, quoteClose = i, '”'
			if r == '«' {
				quoteClose = '»'
			}
		case '”', '»':
			if quote >= 0 && r == quoteClose {
				if i-quote <= maxProtected {
					out = append(out, [2]int{quote, i + len(string(r))})
				}
				quote = -1
			}
		case '"':
			if ascii < 0 && closingMark(s, i) {
				break // closes a quotation the writer never opened ("هنا". وقال): it opens none
			}
			if ascii >= 0 {
				if i-ascii <= maxProtected {
					out = append(out, [2]int{ascii, i + 1})
				}
				ascii = -1
			} else {
				ascii = i
			}
		}
		if quote >= 0 && i-quote > maxProtected {
			quote = -1
		}
		if ascii >= 0 && i-ascii > maxProtected {
			ascii = -1
		}
	}
	if len(out) < 2 {
		return out
	}
	sort.Slice(out, func(a, b int) bool { return out[a][0] < out[b][0] })
	merged := out[:1]
	for _, sp := range out[1:] {
		last := &merged[len(merged)-1]
		if sp[0] < last[1] {
			last[1] = max(last[1], sp[1])
			continue
		}
		merged = append(merged, sp)
	}
	return merged
}

// closingOf is the closing mark of an opening bracket or guillemet.
func closingOf(r rune) byte {
	switch r {
	case '(':
		return ')'
	case '[':
		return ']'
	case '{':
		return '}'
	}
	return 0
}
