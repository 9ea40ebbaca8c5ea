package cite

import "strings"

// Named people coordinated on one verb, each a speaker of its own: "وأكد
// وزير الخارجية الفرنسي فلان ووزير الخارجية الألماني فلان أن", "وأكد
// الوزير فلان، ونظيره الألماني فلان، أن" (GUIDELINES, adjudicated case 10).

// personConjunct reports whether toks[k], written with و, opens a second
// named person after a first one in toks[first[0]:first[1]]: the first
// ends with its person's name (so that no title is cut from its name: "رئيس
// مجلس الوزراء ووزير الداخلية فلان" is one man, "فلان مدير الإدارة ورئيس
// اللجنة" too), the word after و is a title, an honorific or a counterpart
// ("ونظيره"), and a name follows it before end.
func (f *finder) personConjunct(toks []token, first [2]int, k, end int) bool {
	if k <= first[0] || k+1 >= end || end > len(toks) || hasLatin(toks[k].raw) {
		return false
	}
	t := &toks[k]
	if !strings.HasPrefix(t.raw, "و") || len(t.raw) <= len("و")+4 || t.punct {
		return false
	}
	bare := word(t.raw[len("و"):], 0, len(t.raw)-len("و"))
	if !f.lex.titles.hasBare(&bare) && !f.lex.honorifics.hasBare(&bare) && !f.lex.counterparts.has(bare.norm) {
		return false
	}
	first = withoutCommas(toks, first)
	one := toks[first[0]:first[1]]
	if s, e := f.arNameSpan(one); s < 0 || e != len(one) || !f.hasTitle(one) && !f.hasGivenName(one) {
		return false
	}
	second := append([]token{bare}, toks[k+1:end]...) // (a counterpart stands as a title: "نظيره الألماني فلان")
	s, e := f.arNameSpan(second)
	return s >= 0 && e == len(second)
}

// commaConjunct returns where a second named person ends when one opens
// at toks[k], right after the comma that ends the first in sp ("فلان،
// ونظيره الألماني فلان، أن"), or 0.
func (f *finder) commaConjunct(toks []token, sp [2]int, k int, fam *family) int {
	if k >= len(toks) || !strings.HasPrefix(toks[k].raw, "و") {
		return 0
	}
	sub := f.arSpeaker(toks, k, fam)
	sub = withoutCommas(toks, sub)
	if sub[0] != k || !f.personConjunct(toks, sp, k, sub[1]) {
		return 0
	}
	return sub[1]
}
