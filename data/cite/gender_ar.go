package cite

import "strings"

// arGenderOf reads an Arabic person's gender from a phrase's words. A
// kinship noun heading it decides ("ابن المواطنة" is he, "زوجة الوزير"
// she: the title in construct is another person's); else the first title
// does ("الدكتورة" she, "المتحدث" he); else it is unknown. A kinship noun
// with "his" ("ابنه", which folds as "ابنة" does) is left to the title.
func (f *finder) arGenderOf(sp []token) agreement {
	if len(sp) > 1 && !strings.HasSuffix(sp[0].raw, "ه") {
		if agr, ok := f.lex.kinHeads[sp[0].norm]; ok {
			return agr
		}
	}
	for k := range sp {
		if !hasLatin(sp[k].raw) && f.lex.titles.hasBare(&sp[k]) && !f.lex.addressTitles.hasBare(&sp[k]) {
			if strings.HasSuffix(sp[k].norm, "ه") {
				return feminine // الدكتورة، المتحدثة
			}
			return masculine
		}
	}
	return anyAgreement
}

// kinApposition reports whether toks[j], inside a noun phrase, is a
// kinship noun in construct with the person it relates to, which stands
// in apposition to the head and belongs to the phrase: "الطالبة ابنة
// المعلمة", "المواطن شقيق الضحية" (as "ابن" and "بنت" do as name joins).
// Not "ابنه" (his son), whose ه folds as ة does, nor a kinship noun with
// nothing in construct after it.
func (f *finder) kinApposition(toks []token, j, stop int) bool {
	t := &toks[j]
	if _, ok := f.lex.kinHeads[t.norm]; !ok || hasAl(t) || strings.HasSuffix(t.raw, "ه") || j+1 >= stop {
		return false
	}
	next := &toks[j+1]
	return !next.punct && (hasAl(next) || f.nameLike(toks, j+1))
}
