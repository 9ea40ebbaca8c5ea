package cite

// indefiniteWithAdjective reports whether the definite word at toks[j]
// follows, right after it, an indefinite noun that is no name and its
// indefinite adjective ("فئة ثالثة", "جهة أخرى"): no adjective of theirs
// has the article, nor is it their construct, so it starts the object —
// bar an adjective's own complement ("مسؤول رفيع المستوى").
func (f *finder) indefiniteWithAdjective(toks []token, a, j int) bool {
	if j != a+2 || hasAl(&toks[a]) || hasAl(&toks[a+1]) || joinedPrep(&toks[j]) || f.lex.adjectiveComplements.hasBare(&toks[j]) {
		return false
	}
	if isGivenName(f.lex, &toks[a]) || f.lex.titles.hasBare(&toks[a]) || f.lex.honorifics.hasBare(&toks[a]) || f.kindOf(toks[a+1:a+2]) != "" {
		return false // "رئيس نادي الوحدة": a title and its body, not an adjective
	}
	// only an adjective the lexicon lists, or an ordinal: a word in ي may
	// be a noun of the chain ("رابطة دوري المحترفين")
	return (f.lex.adjectives.hasBare(&toks[a+1]) || f.lex.ordinals.has(toks[a+1].norm)) && !f.isAdjective(&toks[j])
}
