package cite

import (
	"strings"

	"github.com/isnad/isnad/model"
)

// A person described by a title or a kinship in construct ("محامي الرجل",
// "والدة الطفل", "وزير الخارجية", "رئيس الاتحاد الآسيوي") is not what the
// title is in construct with: a later "وقال الرجل", "وأضاف الطفل",
// "وأكدت الخارجية" is that man, that child, that ministry — someone else,
// not the lawyer, the mother or the minister.

// writtenEntity is entityOf for a speaker written with its verb; for an
// Arabic person it also notes the words of the construct after the title
// that described them, which a later description may not point back to.
func (f *finder) writtenEntity(sp []token, latin bool) (*entity, bool) {
	ent, back := f.entityOf(sp, latin)
	if ent != nil && !latin && !back && ent.kind == model.SourcePerson {
		ent.owned = appendNew(ent.owned, f.constructTail(sp)...)
	}
	return ent, back
}

// constructTail is the bare words of the noun a person's title or kinship
// heading the phrase is in construct with, up to the first word with the
// article, two words at most before it: "محامي الرجل" gives الرجل, "مدير
// إدارة المرور" إدارة and المرور, "المتحدث باسم الشرطة" الشرطة. Nothing
// when the phrase opens with a name or an honorific of address ("معالي
// الوزير", "سمو الأمير": the person), or past a name ("أمين منطقة عسير
// صالح القاضي": القاضي is his name) or a title opening it ("رئيس بلدية
// غزة المهندس فلان" gives بلدية and غزة, not المهندس).
func (f *finder) constructTail(sp []token) []string {
	if len(sp) < 2 || f.lex.addressTitles.hasBare(&sp[0]) {
		return nil
	}
	if strings.HasPrefix(sp[0].norm, "ال") && sp[1].norm != "باسم" {
		return nil // "الرئيس الأمريكي": a title and its adjective
	}
	if _, kin := f.lex.kinHeads[sp[0].norm]; !kin && !f.lex.titles.hasBare(&sp[0]) {
		return nil
	}
	k := 1
	if sp[k].norm == "باسم" {
		k++ // "المتحدث باسم الشرطة": who he speaks for
	}
	for j := k; j < len(sp) && j < k+3 && !sp[j].punct; j++ {
		if j > k && (f.lex.titles.hasBare(&sp[j]) || f.lex.honorifics.hasBare(&sp[j])) {
			return f.bareWords(sp[k:j], false) // "رئيس بلدية غزة المهندس نزار": the title opens his name
		}
		if hasAl(&sp[j]) {
			// (not a word the phrase gives the person again: "نائب
			// الرئيس ورئيس الوزراء" is a رئيس too)
			rest := f.bareWords(append(append([]token{}, sp[:k]...), sp[j+1:]...), false)
			var out []string
			for _, w := range f.bareWords(sp[k:j+1], false) {
				if !contains(rest, w) {
					out = append(out, w)
				}
			}
			return out
		}
	}
	return nil
}
