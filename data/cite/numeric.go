package cite

import (
	"strings"
	"unicode/utf8"

	"github.com/isnad/isnad/model"
)

// Numeric citations and footnote markers: "[2, 3]", "[4–6]", "[^7]", "⁴".

// maxRange caps "[4–600]" so a typo cannot make thousands of citations.
const maxRange = 50

// superscript is the value of a superscript digit.
func superscript(r rune) (int, bool) {
	switch r {
	case '¹':
		return 1, true
	case '²':
		return 2, true
	case '³':
		return 3, true
	case '⁰':
		return 0, true
	}
	if r >= '⁴' && r <= '⁹' {
		return int(r-'⁴') + 4, true
	}
	return 0, false
}

// numericGroup reads "[1]", "[2, 3]", "[4–6]" or "[^7]" (s[from:to] is the
// inside). Anything but numbers, commas, semicolons and dashes makes it no
// citation.
func numericGroup(s string, from, to int) []model.Citation {
	inner := s[from:to]
	style := model.StyleNumeric
	if strings.HasPrefix(inner, "^") {
		style = model.StyleFootnote
		from++
		inner = inner[1:]
	}
	if strings.TrimSpace(inner) == "" {
		return nil
	}
	for _, r := range inner {
		if digitValue(r) < 0 && !strings.ContainsRune(" ,،;؛-–—", r) {
			return nil
		}
	}
	var out []model.Citation
	for start := from; start < to; {
		end := to
		if k := strings.IndexAny(s[start:to], ",;،؛"); k >= 0 {
			end = start + k
		}
		a, b := trimSpan(s, start, end)
		if a < b {
			item := s[a:b]
			lo, hi, ok := numRange(item)
			if !ok || style == model.StyleFootnote && lo != hi {
				return nil
			}
			for n := lo; n <= hi && n-lo < maxRange; n++ {
				out = append(out, model.Citation{Raw: item, Style: style, Number: n, Start: a, End: b})
			}
		}
		if end == to {
			break
		}
		_, n := utf8.DecodeRuneInString(s[end:])
		start = end + n
	}
	return out
}

// numRange reads "4" or "4–6".
func numRange(item string) (lo, hi int, ok bool) {
	a, b, isRange := item, "", false
	for _, d := range []string{"-", "–", "—"} {
		if x, y, found := strings.Cut(item, d); found {
			a, b, isRange = x, y, true
			break
		}
	}
	lo, ok = atoi(strings.TrimSpace(a))
	if !ok {
		return 0, 0, false
	}
	if !isRange {
		return lo, lo, true
	}
	hi, ok = atoi(strings.TrimSpace(b))
	if !ok || hi < lo {
		return 0, 0, false
	}
	return lo, hi, true
}

// atoi reads ASCII or Arabic-Indic digits; at most four.
func atoi(s string) (int, bool) {
	n, count := 0, 0
	for _, r := range s {
		d := digitValue(r)
		if d < 0 || count == 4 {
			return 0, false
		}
		n, count = n*10+d, count+1
	}
	return n, count > 0 && n > 0
}
