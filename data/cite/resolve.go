package cite

import (
	"fmt"
	"sort"
	"strings"

	"github.com/isnad/isnad/model"
)

// authorKeys are the folded forms an author is matched by: the whole name
// without a leading "The", and for lists of people the APA short form
// ("smith & jones", "smith et al") built from surnames. Matching is exact on
// one of them: "Reuters" never matches "Reuters Graphics".
func authorKeys(a string) []string {
	whole := nameKey(a)
	keys := []string{whole}
	if s := surnames(a); len(s) > 0 {
		var k string
		switch len(s) {
		case 1:
			k = s[0]
		case 2:
			k = s[0] + " & " + s[1]
		default:
			k = s[0] + " et al"
		}
		if k != whole {
			keys = append(keys, k)
		}
	}
	return keys
}

// etAl are the ways of writing "and others" after a first author.
var etAl = []string{" et al.", " et al", " وآخرون", " و آخرون", " وآخرين", " وزملاؤه"}

// surnames reads a list of people: "Smith, J. A., & Jones, K." (a reference
// entry) or "Smith & Jones", "Smith et al." (a citation). It returns nil for
// a group author such as "Wilson Center".
func surnames(a string) []string {
	a = strings.TrimSpace(a)
	for _, e := range etAl {
		if rest, ok := strings.CutSuffix(a, e); ok {
			first := surnames(rest)
			if len(first) == 0 {
				first = []string{nameKey(rest)}
			}
			return []string{first[0], "", ""} // three or more: only the first counts
		}
	}
	parts := splitPeople(a)
	if len(parts) > 1 {
		var out []string
		for _, p := range parts {
			if s := surnameOf(p); s != "" {
				out = append(out, s)
			}
		}
		return out
	}
	if s := surnameOf(a); s != "" && strings.Contains(a, ",") {
		return []string{s}
	}
	return nil
}

// peopleJoins turns the ways names are joined into "&"; built once, as a
// Replacer is costly to build and splitPeople runs for every citation.
var peopleJoins = strings.NewReplacer(", &", "&", " & ", "&", " and ", "&", " و ", "&", "، و", "&")

// splitPeople splits on "&", " and ", " و " and, in an APA entry, on the
// commas between "Surname, I." pairs.
func splitPeople(a string) []string {
	a = peopleJoins.Replace(a)
	var out []string
	for _, chunk := range strings.Split(a, "&") {
		segs := strings.Split(chunk, ",")
		// "Smith, J. A., Jones, K." → Smith | J. A. | Jones | K.
		for i := 0; i < len(segs); i++ {
			s := strings.TrimSpace(segs[i])
			if s == "" {
				continue
			}
			if i+1 < len(segs) && isInitials(segs[i+1]) {
				out = append(out, s+", "+strings.TrimSpace(segs[i+1]))
				i++
				continue
			}
			out = append(out, s)
		}
	}
	return out
}

// isInitials reports whether s is "J." or "J. A." or "J.-P.".
func isInitials(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" {
		return false
	}
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '.' || r == '-' }) {
		if len([]rune(w)) > 2 {
			return false
		}
	}
	return strings.Contains(s, ".")
}

// surnameOf is the folded surname of "Smith, J." or of "Smith".
func surnameOf(p string) string {
	s, _, _ := strings.Cut(p, ",")
	return nameKey(s)
}

func keysMatch(a, b []string) bool {
	for _, x := range a {
		for _, y := range b {
			if x == y && x != "" {
				return true
			}
		}
	}
	return false
}

// refList is an article's reference list prepared for resolution.
type refList struct {
	refs []model.Reference
	keys [][]string
	// apaOrder is true when the list is sorted the APA way (author, year,
	// title), so list position tells year suffixes apart.
	apaOrder bool
	suffixed bool // some entry carries its own year suffix
	numbered bool // some entry carries a number
}

func newRefList(refs []model.Reference) *refList {
	rl := &refList{refs: refs, apaOrder: len(refs) > 1}
	for i, r := range refs {
		rl.keys = append(rl.keys, authorKeys(r.Author))
		rl.suffixed = rl.suffixed || r.Suffix != ""
		rl.numbered = rl.numbered || r.Number > 0
		if i > 0 && apaLess(refs[i], refs[i-1]) {
			rl.apaOrder = false
		}
	}
	return rl
}

// apaLess orders entries as an APA list does: author, year, then title.
func apaLess(a, b model.Reference) bool {
	if ka, kb := nameKey(a.Author), nameKey(b.Author); ka != kb {
		return ka < kb
	}
	if a.Year != b.Year {
		return a.Year < b.Year
	}
	return titleKey(a.Title) < titleKey(b.Title)
}

// titleKey is a title as APA alphabetises it: folded, without a leading
// article.
func titleKey(t string) string {
	f := Fold(t)
	for _, a := range []string{"the ", "a ", "an "} {
		f = strings.TrimPrefix(f, a)
	}
	return f
}

// resolve classes one citation and fills Candidates, Readings and Note.
func (rl *refList) resolve(c *model.Citation) {
	c.Candidates, c.Readings, c.Note = []string{}, nil, ""
	if c.Style != model.StyleAuthorYear {
		rl.resolveNumber(c)
		return
	}
	ck := authorKeys(c.Author)
	var same []int // same author and year, in list order
	var years []string
	for i, r := range rl.refs {
		if !keysMatch(ck, rl.keys[i]) {
			continue
		}
		if r.Year == c.Year {
			same = append(same, i)
		} else if !contains(years, r.Year) {
			years = append(years, r.Year)
		}
	}
	switch {
	case len(same) == 0:
		c.Resolution = model.Unresolved
		if len(years) > 0 {
			c.Note = fmt.Sprintf("the list has %s only for %s", c.Author, strings.Join(years, ", "))
		} else {
			c.Note = fmt.Sprintf("no entry by %s", c.Author)
		}
	case rl.suffixed && c.Suffix != "":
		for _, i := range same {
			if rl.refs[i].Suffix == c.Suffix {
				c.Candidates = append(c.Candidates, rl.refs[i].ID)
			}
		}
		rl.class(c)
		if len(c.Candidates) == 0 {
			c.Note = fmt.Sprintf("no entry %s %s%s in the list", c.Author, c.Year, c.Suffix)
		}
	case len(same) == 1:
		c.Candidates = []string{rl.refs[same[0]].ID}
		c.Resolution = model.Resolved
		if c.Suffix != "" && c.Suffix != "a" && c.Suffix != "ا" && c.Suffix != "أ" {
			c.Note = fmt.Sprintf("suffix %s but the list has one %s %s entry: another seems missing", c.Suffix, c.Author, c.Year)
		}
	case c.Suffix == "":
		rl.setAll(c, same)
		c.Resolution = model.Ambiguous
		c.Note = fmt.Sprintf("%d entries by %s in %s and no suffix to tell them apart", len(same), c.Author, c.Year)
	case rl.apaOrder:
		if k := suffixIndex(c.Suffix); k < len(same) {
			c.Candidates = []string{rl.refs[same[k]].ID}
			c.Resolution = model.Resolved
			c.Note = "the list is in APA order, so the suffix is the list position"
			return
		}
		c.Resolution = model.Unresolved
		c.Note = fmt.Sprintf("suffix %s but only %d %s %s entries", c.Suffix, len(same), c.Author, c.Year)
	default:
		rl.setAll(c, same)
		c.Resolution = model.Ambiguous
		c.Readings = rl.readings(c.Suffix, same)
		parts := make([]string, len(c.Readings))
		for i, r := range c.Readings {
			pick := r.Pick
			if pick == "" {
				pick = "none"
			}
			parts[i] = r.Rule + " → " + pick
		}
		c.Note = "the list carries no suffixes and is not in APA order; " + strings.Join(parts, "; ")
	}
}

// class sets the resolution from the number of candidates found.
func (rl *refList) class(c *model.Citation) {
	switch len(c.Candidates) {
	case 0:
		c.Resolution = model.Unresolved
	case 1:
		c.Resolution = model.Resolved
	default:
		c.Resolution = model.Ambiguous
	}
}

func (rl *refList) setAll(c *model.Citation, idx []int) {
	for _, i := range idx {
		c.Candidates = append(c.Candidates, rl.refs[i].ID)
	}
}

// suffixIndex is 0 for a, 1 for b…, and the same for the Arabic أ ب ج د.
func suffixIndex(s string) int {
	if len(s) == 1 && s[0] >= 'a' && s[0] <= 'z' {
		return int(s[0] - 'a')
	}
	for i, r := range []string{"ا", "ب", "ج", "د", "ه", "و"} {
		if s == r || s == "أ" && i == 0 {
			return i
		}
	}
	return 99
}

// readings says which entry each ordering of the same-author same-year
// entries would give the suffix: the order of the list, APA's order by
// title, and the order of publication dates (a tie picks none).
func (rl *refList) readings(suffix string, same []int) []model.Reading {
	k := suffixIndex(suffix)
	pick := func(order []int, tie func(i int) bool) string {
		if k >= len(order) || tie != nil && tie(k) {
			return ""
		}
		return rl.refs[order[k]].ID
	}
	byTitle := append([]int(nil), same...)
	sort.SliceStable(byTitle, func(a, b int) bool {
		return titleKey(rl.refs[byTitle[a]].Title) < titleKey(rl.refs[byTitle[b]].Title)
	})
	byDate := append([]int(nil), same...)
	sort.SliceStable(byDate, func(a, b int) bool { return rl.refs[byDate[a]].Date < rl.refs[byDate[b]].Date })
	dateTie := func(i int) bool {
		d := rl.refs[byDate[i]].Date
		return len(d) < 10 || i > 0 && rl.refs[byDate[i-1]].Date == d || i+1 < len(byDate) && rl.refs[byDate[i+1]].Date == d
	}
	return []model.Reading{
		{Rule: "list order", Pick: pick(same, nil)},
		{Rule: "APA title order", Pick: pick(byTitle, nil)},
		{Rule: "date order", Pick: pick(byDate, dateTie)},
	}
}

// resolveNumber ties "[3]" or a footnote to the entry numbered 3, or to the
// third entry when no entry is numbered.
func (rl *refList) resolveNumber(c *model.Citation) {
	if rl.numbered {
		for _, r := range rl.refs {
			if r.Number == c.Number {
				c.Candidates = append(c.Candidates, r.ID)
			}
		}
	} else if c.Number >= 1 && c.Number <= len(rl.refs) {
		c.Candidates = []string{rl.refs[c.Number-1].ID}
		c.Note = "the list is not numbered: taken as list position"
	}
	rl.class(c)
	if c.Resolution == model.Unresolved {
		c.Note = fmt.Sprintf("no entry numbered %d", c.Number)
	}
}
