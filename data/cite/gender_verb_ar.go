package cite

import "github.com/isnad/isnad/model"

// womanByVerb reports whether a person whose masculine office made her a he
// is a woman by the feminine verb written next to her: "أكدت فلانة
// الرئيس التنفيذي للمؤسسة أن …" (invented). Arabic news gives women the
// masculine form of an office written after their name (الرئيس التنفيذي،
// المدير العام، عضو), but the verb agrees with the person: without this a
// later "مضيفة" or "وأضافت" found no one who agrees. Only her name first,
// then the office: a feminine verb before "الممثل فلان" or "المدرب" is
// more likely another's, he its object ("ووصفت الممثل فلان بأنه"), or no
// feminine at all ("واخبرت المدرب": I told; "تذكر فلان": he recalled).
// Only the speaker next to the verb (or to its channel), which the verb
// agrees with: not the second of two coordinated speakers ("قالت الوزيرة
// فلانة والوزير فلان"); never the other way round ("الداعية" is a man's
// title that ends as a feminine).
func (f *finder) womanByVerb(e event, sp []token, ent *entity, latin bool) bool {
	if latin || e.form != model.FormVerb || e.agr != feminine || ent.kind != model.SourcePerson || ent.agr != masculine || len(sp) < 3 {
		return false
	}
	if !(e.sp[0] == e.cue[1] || e.sp[1] == e.cue[0] || e.ch[1] > e.ch[0] && e.ch[0] == e.cue[1] && e.sp[0] == e.ch[1]) {
		return false
	}
	s := 0
	for s < len(sp) && sp[s].punct {
		s++ // «"الخبير المالية"»: the quotation mark is no name
	}
	if s >= len(sp) || f.lex.titles.hasBare(&sp[s]) || f.lex.honorifics.hasBare(&sp[s]) {
		return false
	}
	for k := s + 1; k < len(sp); k++ {
		if f.lex.titles.hasBare(&sp[k]) {
			return true
		}
	}
	return false
}
