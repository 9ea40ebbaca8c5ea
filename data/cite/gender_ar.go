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
