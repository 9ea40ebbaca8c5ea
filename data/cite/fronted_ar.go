package cite

import "strings"

// frontedSubject is the subject written before its verb when a sentence
// opens with a title and a person's given name: "الروائي خالد المطيري سخر
// من القرار، وعلق عليه بالقول", "الوزيرة سارة المطيري زارت جدة." then
// "وقالت إن …" (invented). Arabic news fronts the subject as often as it
// follows the verb; that person is the one the next dropped subject is.
// A sentence may open with the name itself when a comma sets it off
// ("فلان الفلاني، رئيس المؤسسة، قال": mainSubject); with no comma the
// name may be a nominal sentence's topic ("فلان اسم ارتبط …"), or a byline
// ("فلان- سبق- الرياض:"). Only with a given name in the phrase and the
// phrase ending on a name ("السيد فلان", a surname the lexicon can't know,
// may be cut after the honorific: no guess), and a verb (or the comma
// before it) right after:
// not a description alone ("الوزير في زيارة": nothing says who), not a
// circumstantial participle ("الأمير فلان مقلداً العقيد فلان رتبته", a
// caption: the sentence's subject is elsewhere).
func (f *finder) frontedSubject(toks []token, start, upto int) [2]int {
	sp := f.arSpeaker(toks, start, nil)
	if sp[0] != start || sp[1] <= sp[0] || sp[1] >= upto || sp[1] >= len(toks) {
		return [2]int{}
	}
	last := &toks[sp[1]-1]
	if f.lex.titles.hasBare(last) || f.lex.honorifics.hasBare(last) {
		return [2]int{}
	}
	named := false
	for k := sp[0]; k < sp[1] && !named; k++ {
		named = isGivenName(f.lex, &toks[k])
	}
	next := &toks[sp[1]]
	if isComma(*next) && sp[1]+1 < upto {
		next = &toks[sp[1]+1]
	}
	if !named || next.punct || hasAl(next) || f.lex.prepositions.hasBare(next) || joinedPrep(next) || f.lex.stops.hasBare(next) ||
		strings.HasPrefix(next.norm, "م") && strings.HasSuffix(next.norm, "ا") {
		return [2]int{}
	}
	return sp
}
