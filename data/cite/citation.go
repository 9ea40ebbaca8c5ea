package cite

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/isnad/isnad/model"
)

// maxGroup is the longest parenthesis read as a citation group, in bytes; a
// longer one is an aside, and the cap keeps scanning linear on huge lines.
const maxGroup = 600

// ParseCitations finds the in-text citations of s with the default lexicon.
func ParseCitations(s string) []model.Citation { return DefaultLexicon().Citations(s) }

// Citations finds the in-text citations of s: parenthetical author–year
// groups "(Reuters, 2024d؛ Al Jazeera, 2024)", numeric brackets "[2, 3]",
// and footnote markers "[^4]" or "⁴". Start and End are byte offsets of each
// citation's Raw in s; Group numbers the groups of s from 0. Ids, sentences
// and resolutions are left for Analyze.
func (l *Lexicon) Citations(s string) []model.Citation {
	var out []model.Citation
	group := 0
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == '(':
			end := closing(s, i, '(', ')')
			if end < 0 {
				i++
				continue
			}
			cs := l.authorYearGroup(s, i+1, end)
			if len(cs) == 0 {
				i++ // a parenthesis of ordinary text may still hold a citation: "(… (Smith, 2020))"
				continue
			}
			for k := range cs {
				cs[k].Group, cs[k].GroupRaw = group, s[i:end+1]
			}
			out = append(out, cs...)
			group++
			i = end + 1
		case c == '[':
			end := closing(s, i, '[', ']')
			if end < 0 || end+1 < len(s) && s[end+1] == '(' { // a markdown link, not a citation
				i++
				continue
			}
			cs := numericGroup(s, i+1, end)
			if len(cs) == 0 {
				i++
				continue
			}
			for k := range cs {
				cs[k].Group, cs[k].GroupRaw = group, s[i:end+1]
			}
			out = append(out, cs...)
			group++
			i = end + 1
		case c >= 0xC3 && c < 0xE0 && i+1 < len(s) && s[i+1]&0xC0 == 0x80:
			i += 2 // a letter of two bytes (Arabic, Latin with accents): no superscript digit is one
		case c >= 0x80:
			r, n := utf8.DecodeRuneInString(s[i:])
			if _, ok := superscript(r); ok && i > 0 {
				j, num := i, 0
				for j < len(s) {
					r2, n2 := utf8.DecodeRuneInString(s[j:])
					d, ok := superscript(r2)
					if !ok || num > 9999 {
						break
					}
					num = num*10 + d
					j += n2
				}
				prev, _ := utf8.DecodeLastRuneInString(s[:i])
				if num > 0 && !unicode.IsSpace(prev) {
					out = append(out, model.Citation{Raw: s[i:j], Style: model.StyleFootnote, Number: num,
						Start: i, End: j, Group: group, GroupRaw: s[i:j]})
					group++
				}
				i = j
				continue
			}
			i += n
		default:
			i++
		}
	}
	return out
}

// closing finds the bracket closing the one at s[open], allowing nesting,
// within maxGroup bytes and on one line; -1 when there is none.
func closing(s string, open int, o, c byte) int {
	depth := 0
	for j := open; j < len(s) && j-open <= maxGroup; j++ {
		switch s[j] {
		case o:
			depth++
		case c:
			depth--
			if depth == 0 {
				return j
			}
		case '\n':
			return -1
		}
	}
	return -1
}

// authorYearGroup reads s[from:to] (a parenthesis' inside) as citations
// separated by ";" or "؛". Parts that are no citation are skipped, but a
// group needs at least one that is.
func (l *Lexicon) authorYearGroup(s string, from, to int) []model.Citation {
	inner := s[from:to]
	if strings.Contains(inner, "://") || strings.Contains(inner, "www.") {
		return nil
	}
	var out []model.Citation
	for start := from; start <= to; {
		end := to
		if k := indexAny(s[start:to], ";", "؛"); k >= 0 {
			end = start + k
		}
		out = append(out, l.authorYear(s, start, end)...)
		if end == to {
			break
		}
		_, n := utf8.DecodeRuneInString(s[end:])
		start = end + n
	}
	return out
}

// indexAny is the first index in s of any of the seps, or -1.
func indexAny(s string, seps ...string) int {
	best := -1
	for _, sep := range seps {
		if k := strings.Index(s, sep); k >= 0 && (best < 0 || k < best) {
			best = k
		}
	}
	return best
}

// authorYear reads one part "Author, 2024b, p. 12". Several years after one
// author ("Smith, 2019, 2020") give one citation each.
func (l *Lexicon) authorYear(s string, from, to int) []model.Citation {
	from, to = trimSpan(s, from, to)
	if from >= to {
		return nil
	}
	part := s[from:to]
	part = stripLead(part, &from)
	locator := ""
	if k := locatorAt(part); k >= 0 {
		locator = strings.TrimSpace(part[k:])
		locator = strings.TrimLeft(locator, ",،")
		locator = strings.TrimSpace(locator)
		part = part[:k]
	}
	type yr struct {
		year, suffix string
		start, end   int
	}
	var years []yr
	rest := part
	for {
		rest = strings.TrimRight(rest, " \t")
		y, suf, k := trailingYear(rest)
		if k < 0 {
			break
		}
		years = append(years, yr{y, suf, from + k, from + len(rest)})
		rest = strings.TrimRight(rest[:k], " \t")
		if !strings.HasSuffix(rest, ",") && !strings.HasSuffix(rest, "،") {
			break
		}
		rest = strings.TrimSuffix(strings.TrimSuffix(rest, ","), "،")
		if _, _, k2 := trailingYear(strings.TrimRight(rest, " \t")); k2 < 0 {
			rest += "," // the comma belongs between author and year
			break
		}
	}
	if len(years) == 0 {
		return nil
	}
	author, comma := strings.CutSuffix(strings.TrimSpace(rest), ",")
	if !comma {
		author, comma = strings.CutSuffix(author, "،")
	}
	author = strings.TrimSpace(author)
	if !l.plausibleAuthor(author, comma) {
		return nil
	}
	out := make([]model.Citation, 0, len(years))
	for k := len(years) - 1; k >= 0; k-- {
		y := years[k]
		c := model.Citation{Style: model.StyleAuthorYear, Author: author, Year: y.year, Suffix: y.suffix, Start: y.start, End: y.end}
		if k == len(years)-1 {
			c.Start = from
		}
		if k == 0 {
			c.Locator = locator
			c.End = from + len(part)
			if locator != "" {
				c.End = to
			}
		}
		c.Raw = s[c.Start:c.End]
		out = append(out, c)
	}
	return out
}

// trimSpan narrows s[from:to] past spaces.
func trimSpan(s string, from, to int) (int, int) {
	for from < to {
		r, n := utf8.DecodeRuneInString(s[from:to])
		if !unicode.IsSpace(r) {
			break
		}
		from += n
	}
	for to > from {
		r, n := utf8.DecodeLastRuneInString(s[from:to])
		if !unicode.IsSpace(r) {
			break
		}
		to -= n
	}
	return from, to
}

// leads are words before the author that are not part of it.
var leads = []string{"see also ", "see ", "e.g., ", "e.g. ", "cf. ", "انظر أيضاً:", "انظر أيضا:", "انظر:", "انظر ", "راجع:", "راجع "}

// stripLead drops a "see", "e.g." or "انظر" before the author, moving from.
func stripLead(part string, from *int) string {
	for _, p := range leads {
		if len(part) > len(p) && strings.EqualFold(part[:len(p)], p) {
			t := strings.TrimLeft(part[len(p):], " ")
			*from += len(part) - len(t)
			return t
		}
	}
	return part
}

// locatorPrefixes start a page locator after the year.
var locatorPrefixes = []string{"pp.", "pp", "p.", "p", "ص.", "صص", "ص", "para.", "ch.", "الصفحة", "صفحة", "page", "pages"}

// locatorAt finds ", p. 12" (or "، ص 12") after the year; it returns the
// index of the comma, or -1.
func locatorAt(part string) int {
	for k := len(part) - 1; k >= 0; k-- {
		if part[k] != ',' && !strings.HasPrefix(part[k:], "،") {
			continue
		}
		after := part[k+1:]
		if part[k] != ',' {
			after = part[k+len("،"):]
		}
		after = strings.TrimLeft(after, " ")
		for _, p := range locatorPrefixes {
			if rest, ok := strings.CutPrefix(after, p); ok {
				rest = strings.TrimLeft(rest, " ")
				if r, _ := utf8.DecodeRuneInString(rest); digitValue(r) >= 0 {
					return k
				}
			}
		}
	}
	return -1
}

// noDate are the ways of writing "no date"; Year stores them as "n.d.".
var noDate = []string{"n.d.", "n.d", "nd", "د.ت.", "د.ت", "د. ت.", "د. ت", "بدون تاريخ", "دون تاريخ"}

// trailingYear reads a year at the end of s: "2024", "2024b", "٢٠٢٤أ", "n.d."
// or "د.ت". It returns the year (ASCII digits), the suffix, and the byte
// index where it starts, or -1.
func trailingYear(s string) (year, suffix string, at int) {
	for _, nd := range noDate {
		if len(s) >= len(nd) && strings.EqualFold(s[len(s)-len(nd):], nd) {
			k := len(s) - len(nd)
			if k == 0 || s[k-1] == ' ' || s[k-1] == ',' || strings.HasSuffix(s[:k], "،") {
				return "n.d.", "", k
			}
		}
	}
	end := len(s)
	r, n := utf8.DecodeLastRuneInString(s)
	if isSuffixLetter(r) {
		suffix = string(r)
		end -= n
	}
	var digits [4]byte
	k := end
	for d := 3; d >= 0; d-- {
		r, n := utf8.DecodeLastRuneInString(s[:k])
		v := digitValue(r)
		if v < 0 {
			return "", "", -1
		}
		digits[d] = byte('0' + v)
		k -= n
	}
	if k > 0 {
		prev, _ := utf8.DecodeLastRuneInString(s[:k])
		if digitValue(prev) >= 0 || unicode.IsLetter(prev) || prev == '-' || prev == '–' || prev == '/' || prev == '.' {
			return "", "", -1
		}
	}
	y, _ := strconv.Atoi(string(digits[:]))
	if y < 1500 || y > 2100 {
		return "", "", -1
	}
	return string(digits[:]), suffix, k
}

// isSuffixLetter reports whether r can follow a year to tell apart works of
// one author and year: a–z, or the first letters of the Arabic abjad order.
func isSuffixLetter(r rune) bool {
	return r >= 'a' && r <= 'z' || strings.ContainsRune("أابجده", r)
}

// digitValue is the value of an ASCII, Arabic-Indic or Persian digit, or -1.
func digitValue(r rune) int {
	switch {
	case r >= '0' && r <= '9':
		return int(r - '0')
	case r >= '٠' && r <= '٩':
		return int(r - '٠')
	case r >= '۰' && r <= '۹':
		return int(r - '۰')
	}
	return -1
}

// plausibleAuthor rejects what comes before a year in ordinary parentheses:
// "(منذ عام 2022)", "(1950-1953)", a whole clause. Without a comma before the
// year only a capitalised Latin name passes ("Smith 2020").
func (l *Lexicon) plausibleAuthor(a string, comma bool) bool {
	if a == "" || len(a) > 160 || strings.ContainsAny(a, "()[]:\"“”") {
		return false
	}
	words := strings.Fields(Fold(a))
	if len(words) == 0 || len(words) > 10 {
		return false
	}
	first, _ := utf8.DecodeRuneInString(a)
	if digitValue(first) >= 0 {
		return false
	}
	if l.notAuthors.has(words[len(words)-1]) || l.notAuthors.has(words[0]) && len(words) > 1 && !unicode.IsUpper(first) {
		return false
	}
	if !comma && !unicode.IsUpper(first) {
		return false
	}
	letters := 0
	for _, r := range a {
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 2
}
