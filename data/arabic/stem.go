package arabic

import "strings"

// Stem strips the clitics and light suffixes of a normalised word (see
// Normalize) so that "والتحالف", "بالتحالف", "تحالفات" and "تحالفها" all meet
// at "تحالف". It is a light stemmer in the family of Larkey's light10: no
// roots, no patterns, only affixes peeled off the ends, each only while enough
// of the word is left that the remainder is still a plausible stem.
//
// Prefixes, at most one group:
//   - an article with what may ride on it: وبال فبال وكال فكال ولل فلل وال فال
//     بال كال لل ال, longest first, when at least three letters remain;
//   - otherwise a conjunction و or ف, then a preposition ب or ل, each only
//     when at least four letters remain. light10 strips و already at three;
//     four keeps "وقع", "وقعت" and "وزير" whole, which matter more here than
//     "وقال" meeting "قال". A bare ك is never stripped: in this domain it
//     begins كوريا, كيم, كييف and كان far more often than it means "like".
//
// Suffixes, each only when at least three letters remain:
//   - one pronoun: هما هم هن ها; after it a construct-state ت (the ة of
//     "شراكتهما") goes too;
//   - then one ending: ات ان ون ين يه ه ي (يه and ه are ية and ة folded);
//   - then, after a plural or nisba ending, the nisba ي ("الكوريين" →
//     "كور", like "الكورية" and "الكوري").
//
// Latin words lose a plural -s (not -ss, -us, -is) and a possessive 's, so
// English cue terms work too. Numbers and words of three letters or fewer
// come back unchanged: "ال", "كان", "في" never vanish; so do words of four
// that start with an article too short to strip ("الله", "الذي").
func Stem(norm string) string {
	if norm == "" {
		return norm
	}
	if !hasArabic(norm) {
		return stemLatin(norm)
	}
	r := []rune(norm)
	// An article too short to strip ("الله", "الذي", "الان") means the
	// word is a fixed form: its end is no suffix either.
	if len(r) <= 3 || (len(r) <= 4 && r[0] == alef && r[1] == 'ل') {
		return norm
	}
	r = stripPrefixes(r)
	r = stripSuffixes(r)
	return string(r)
}

var articles = [][]rune{
	[]rune("وبال"), []rune("فبال"), []rune("وكال"), []rune("فكال"), []rune("ولل"), []rune("فلل"),
	[]rune("وال"), []rune("فال"), []rune("بال"), []rune("كال"), []rune("لل"), []rune("ال"),
}

func stripPrefixes(r []rune) []rune {
	for _, p := range articles {
		if len(r)-len(p) >= 3 && hasPrefix(r, p) {
			return r[len(p):]
		}
	}
	if (r[0] == 'و' || r[0] == 'ف') && len(r)-1 >= 4 {
		r = r[1:]
	}
	if (r[0] == 'ب' || r[0] == 'ل') && len(r)-1 >= 4 {
		r = r[1:]
	}
	return r
}

var (
	pronouns = [][]rune{[]rune("هما"), []rune("هم"), []rune("هن"), []rune("ها")}
	endings  = [][]rune{[]rune("ات"), []rune("ان"), []rune("ون"), []rune("ين"), []rune("يه"), []rune("ه"), []rune("ي")}
)

func stripSuffixes(r []rune) []rune {
	for _, p := range pronouns {
		if len(r)-len(p) >= 3 && hasSuffix(r, p) {
			r = r[:len(r)-len(p)]
			if r[len(r)-1] == 'ت' && r[len(r)-2] != alef && len(r)-1 >= 3 {
				r = r[:len(r)-1]
			}
			break
		}
	}
	for _, e := range endings {
		if len(r)-len(e) >= 3 && hasSuffix(r, e) {
			r = r[:len(r)-len(e)]
			if len(e) == 2 && e[1] != heh && len(r)-1 >= 3 && r[len(r)-1] == yeh {
				r = r[:len(r)-1]
			}
			break
		}
	}
	return r
}

func hasPrefix(r, p []rune) bool {
	if len(r) < len(p) {
		return false
	}
	for i := range p {
		if r[i] != p[i] {
			return false
		}
	}
	return true
}

func hasSuffix(r, s []rune) bool {
	if len(r) < len(s) {
		return false
	}
	off := len(r) - len(s)
	for i := range s {
		if r[off+i] != s[i] {
			return false
		}
	}
	return true
}

func hasArabic(s string) bool {
	for _, r := range s {
		if IsArabic(r) {
			return true
		}
	}
	return false
}

func stemLatin(w string) string {
	w = strings.TrimSuffix(w, "'s")
	switch {
	case len(w) > 4 && strings.HasSuffix(w, "ies"):
		return w[:len(w)-3] + "y"
	case len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") &&
		!strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is"):
		return w[:len(w)-1]
	}
	return w
}
