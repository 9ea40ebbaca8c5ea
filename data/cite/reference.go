package cite

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/isnad/isnad/model"
)

var (
	mdLink  = regexp.MustCompile(`\[([^\[\]]*)\]\(([^()\s]*)\)`)
	bareURL = regexp.MustCompile(`(?:https?://|www\.)[^\s<>"“”\]\[]+`)
	// numbered entries: "[12] ", "12. ", "12) ", "[^12]: "
	entryNumber = regexp.MustCompile(`^(?:\[\^?(\d{1,4})\]:?|(\d{1,4})[.)])\s+`)
	// a year in running text
	anyYear = regexp.MustCompile(`(?:^|[^\d])((?:1[5-9]|20)\d\d)([a-z]?)(?:[^\d]|$)`)
)

// ParseReference splits one entry of a reference list with the default lexicon.
func ParseReference(s string) model.Reference { return DefaultLexicon().Reference(s) }

// Reference splits one entry of a reference list into author, date, title,
// outlet and URL. It reads APA ("Author. (2024, December 5). Title. Site.
// URL"), author–date ("Author. 2024. Title."), and numbered styles ("[3]
// A. Smith, “Title,” Journal, 2020."). Markdown links are reduced to their
// text, repeated link texts kept once, and the first link target is the URL.
// Fields it cannot find stay empty; Raw always holds the entry as given.
func (l *Lexicon) Reference(s string) model.Reference {
	ref := model.Reference{Raw: s}
	t := strings.TrimSpace(s)
	t = strings.TrimLeft(t, "-*•–—·▪ ")
	if m := entryNumber.FindStringSubmatch(t); m != nil {
		ref.Number, _ = strconv.Atoi(m[1] + m[2])
		t = t[len(m[0]):]
	}
	var sites []string
	t = mdLink.ReplaceAllStringFunc(t, func(m string) string {
		sub := mdLink.FindStringSubmatch(m)
		if ref.URL == "" {
			ref.URL = sub[2]
		}
		if text := strings.TrimSpace(sub[1]); text != "" && !contains(sites, text) {
			sites = append(sites, text)
		}
		return " "
	})
	t = bareURL.ReplaceAllStringFunc(t, func(m string) string {
		m = strings.TrimRight(m, ".,;)")
		if ref.URL == "" {
			ref.URL = m
		}
		return " "
	})
	t = strings.Join(strings.Fields(t), " ")
	t = strings.TrimSuffix(strings.TrimSpace(strings.TrimSuffix(t, "Retrieved from")), ".")
	t = strings.ReplaceAll(strings.ReplaceAll(t, "*", ""), "_", " ")

	if !l.apaDate(&ref, t) && !l.authorDate(&ref, t) {
		l.numberedStyle(&ref, t)
	}
	if ref.Outlet == "" && len(sites) > 0 {
		ref.Outlet = sites[0]
	}
	if ref.URL != "" && !strings.Contains(ref.URL, "://") && strings.HasPrefix(ref.URL, "www.") {
		ref.URL = "https://" + ref.URL
	}
	return ref
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// apaDate reads "Author. (DATE). Title. Outlet".
func (l *Lexicon) apaDate(ref *model.Reference, t string) bool {
	for i := 0; i < len(t); i++ {
		if t[i] != '(' {
			continue
		}
		end := closing(t, i, '(', ')')
		if end < 0 {
			return false
		}
		if !l.parseDate(ref, t[i+1:end]) {
			i = end
			continue
		}
		ref.Author = cleanAuthor(t[:i])
		rest := strings.TrimLeft(t[end+1:], ". ،,")
		ref.Title, ref.Outlet = splitTitle(rest)
		return true
	}
	return false
}

// authorDate reads "Author. 2024. Title. Outlet" (Chicago author–date).
func (l *Lexicon) authorDate(ref *model.Reference, t string) bool {
	for _, sep := range []string{". ", "، ", ", "} {
		k := strings.Index(t, sep)
		if k <= 0 {
			continue
		}
		rest := t[k+len(sep):]
		j := strings.Index(rest, ". ")
		if j < 0 {
			j = len(rest)
		}
		if !l.parseDate(ref, rest[:j]) {
			continue
		}
		ref.Author = cleanAuthor(t[:k])
		if j < len(rest) {
			ref.Title, ref.Outlet = splitTitle(rest[j+2:])
		}
		return true
	}
	return false
}

// numberedStyle reads "A. Smith, “Title,” Journal, 2020": the title is the
// quotation, the author what precedes it, the date the last year.
func (l *Lexicon) numberedStyle(ref *model.Reference, t string) {
	if o := strings.IndexAny(t, "“\"«"); o >= 0 {
		_, n := utf8.DecodeRuneInString(t[o:])
		if c := strings.IndexAny(t[o+n:], "”\"»"); c >= 0 {
			ref.Author = cleanAuthor(strings.TrimRight(t[:o], ", "))
			ref.Title = strings.TrimRight(t[o+n:o+n+c], ",. ")
			_, m := utf8.DecodeRuneInString(t[o+n+c:])
			ref.Outlet = strings.Trim(t[o+n+c+m:], ",. ")
		}
	} else {
		ref.Title = t
	}
	if ms := anyYear.FindAllStringSubmatch(t, -1); len(ms) > 0 {
		last := ms[len(ms)-1]
		ref.Year, ref.Suffix, ref.Date = last[1], last[2], last[1]
		if ref.Outlet != "" {
			ref.Outlet = strings.TrimRight(strings.TrimSuffix(ref.Outlet, last[1]), " ,،")
		}
	}
}

// cleanAuthor trims an author part: "Reuters." → "Reuters".
func cleanAuthor(a string) string {
	a = strings.TrimSpace(a)
	a = strings.TrimRight(a, ",، ")
	if strings.HasSuffix(a, ".") && !endsWithInitial(a) {
		a = strings.TrimSuffix(a, ".")
	}
	return strings.TrimSpace(a)
}

// endsWithInitial reports whether s ends with an initial such as "J." so the
// dot belongs to the name.
func endsWithInitial(s string) bool {
	s = strings.TrimSuffix(s, ".")
	k := strings.LastIndexAny(s, " .,")
	w := s[k+1:]
	return utf8.RuneCountInString(w) == 1
}

// splitTitle cuts "Title. Outlet" at the last full stop that ends a
// sentence (not an initial like "N." or "N.K.") when what follows is short.
func splitTitle(rest string) (title, outlet string) {
	rest = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(rest), "."))
	for k := strings.LastIndex(rest, ". "); k > 0; k = strings.LastIndex(rest[:k], ". ") {
		if isAbbrev(rest[:k]) {
			continue
		}
		after := strings.TrimSpace(rest[k+2:])
		if n := len(strings.Fields(after)); n == 0 || n > 8 {
			break
		}
		return strings.TrimSpace(rest[:k]), after
	}
	return rest, ""
}

// isAbbrev reports whether s ends in an abbreviation: "N", "N.K", "S", "U.S".
func isAbbrev(s string) bool {
	k := strings.LastIndex(s, " ")
	w := s[k+1:]
	for _, seg := range strings.Split(w, ".") {
		if utf8.RuneCountInString(seg) > 1 {
			return false
		}
	}
	return true
}

// parseDate reads the inside of a date: "2024, December 5", "2024b", "n.d.",
// "5 ديسمبر 2024", "December 5, 2024". It needs a year (or "no date") and
// nothing but date words; it fills Year, Suffix and Date.
func (l *Lexicon) parseDate(ref *model.Reference, s string) bool {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 60 {
		return false
	}
	if y, _, k := trailingYear(s); k == 0 && y == "n.d." {
		ref.Year, ref.Date = "n.d.", ""
		return true
	}
	toks := tokenize(s)
	year, suffix, month, day := "", "", 0, 0
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if t.punct {
			if strings.ContainsAny(t.raw, ",،/-–.") {
				continue
			}
			return false
		}
		if m, n, _ := l.months.match(toks, i); n > 0 && month == 0 {
			month = m
			i += n - 1
			continue
		}
		if v, suf, ok := yearToken(t.norm); ok && year == "" {
			year, suffix = v, suf
			continue
		}
		if d, err := strconv.Atoi(t.norm); err == nil && d >= 1 && d <= 31 && day == 0 {
			day = d
			continue
		}
		return false
	}
	if year == "" {
		return false
	}
	ref.Year, ref.Suffix, ref.Date = year, suffix, year
	if month > 0 {
		ref.Date = fmt.Sprintf("%s-%02d", year, month)
		if day > 0 {
			ref.Date += fmt.Sprintf("-%02d", day)
		}
	}
	return true
}

// yearToken reads a folded token "2024" or "2024b".
func yearToken(w string) (year, suffix string, ok bool) {
	if len(w) < 4 {
		return "", "", false
	}
	d := w[:4]
	for _, r := range d {
		if r < '0' || r > '9' {
			return "", "", false
		}
	}
	if rest := w[4:]; rest != "" {
		r, n := utf8.DecodeRuneInString(rest)
		if n != len(rest) || !isSuffixLetter(r) && !unicode.IsLower(r) {
			return "", "", false
		}
		suffix = rest
	}
	y, _ := strconv.Atoi(d)
	if y < 1500 || y > 2100 {
		return "", "", false
	}
	return d, suffix, true
}
