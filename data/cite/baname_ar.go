package cite

import "strings"

// baFamilyName reports whether toks[j], right after a given name, is a
// family name of the kind that starts with با ("سالم باوزير", "خالد
// باعشن", "بدر بافقيه") and ends the name before a mark, a particle or
// what was said: not the particle ب before a verbal noun, whose forms
// with ا start انـ، استـ or have ت as their fourth letter ("بانخفاض",
// "باستخدام", "بارتفاع", "باعتبار"), nor a word of the lexicon ("باسم").
func (f *finder) baFamilyName(toks []token, j int) bool {
	if j == 0 || j+1 >= len(toks) || !isGivenName(f.lex, &toks[j-1]) {
		return false
	}
	t := &toks[j]
	r := []rune(t.norm)
	if len(r) < 5 || r[0] != 'ب' || r[1] != 'ا' || r[2] == 'ل' || r[2] == 'ن' || r[3] == 'ت' || string(r[2:4]) == "ست" ||
		f.lex.affiliations.has(t.norm) || f.lex.prepositions.has(t.norm) || f.lex.stops.has(t.norm) || isGivenName(f.lex, t) {
		return false
	}
	if _, verb := f.lex.verbAt(t); verb {
		return false
	}
	next := &toks[j+1]
	return next.punct || f.lex.prepositions.has(next.norm) || f.opensContent(toks, j+1) ||
		strings.HasPrefix(next.norm, "ل") && f.addresseeEnd(toks, j+1, true) > j+1
}
