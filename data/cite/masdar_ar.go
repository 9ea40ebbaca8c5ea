package cite

import (
	"strings"
	"unicode/utf8"

	"github.com/isnad/isnad/model"
)

// Arabic verbal nouns with their subject in construct: "تأكيد الوزير أن",
// "إشادة المحافظ بالمبادرة", "تصريحات رئيس النادي".

// arMasdar reads a verbal noun with its subject after it: "تأكيد كيم جونغ
// أون التزامه", "من وصف بعض المراقبين التقارب بأنه …". The subject must be
// one a speaker can be: "نفي الاتهامات" (the denial of the accusations) is
// none; with ل it is a purpose ("لتأكيد جاهزيتها"), nothing said.
func (f *finder) arMasdar(toks []token, i int, e event) (event, int, bool) {
	e.form = model.FormVerbalNoun
	sp := f.masdarAgent(toks, i, e.fam)
	if sp[1] <= sp[0] {
		return event{}, 0, false
	}
	if w := toks[i].norm; strings.HasPrefix(w, "ل") && e.fam != nil && !strings.HasPrefix(e.fam.noun, "ل") &&
		!f.sourceHead(toks[sp[0]:sp[1]]) {
		// "لتأكيد جاهزيتها": in order to, nothing said (but "رفض طهران
		// لتأكيد الوزير الألماني أن …": the minister's affirmation)
		return event{}, 0, false
	}
	if f.kindOf(toks[sp[0]:sp[1]]) == model.SourceDocument && !f.opensContent(toks, sp[1]) {
		return event{}, 0, false // "إعلان النتائج", "نفي الخبر": what is announced or denied
	}
	if e.fam != nil && e.fam.nounContent && !f.opensContent(toks, sp[1]) && !f.opensPrep(e.fam, toks, sp[1]) {
		return event{}, 0, false // "ويأتي إعلان الوزارة بعد …": the act named, nothing said
	}
	e.sp = sp
	e.content = f.contentAt(toks, sp[1], e.fam)
	return e, sp[1], true
}

// withoutWord reports whether t is دون or بدون, which say the verbal noun
// after them did not happen: "انتهى الاجتماع دون إعلان المدرب".
func withoutWord(t *token) bool {
	switch t.norm {
	case "دون", "بدون", "ودون", "وبدون":
		return true
	}
	return false
}

// reportObject reports whether the verbal noun at toks[i] names the act of
// a speaker who has a reporting verb of his own right after, in a relative
// clause: "نقلت الصحيفة تصريحات الطبيب، الذي أكد أن …" is one event, the
// relative's verb's, whose speaker is the head.
func (f *finder) reportObject(toks []token, i int, fam *family) bool {
	sp := f.arSpeaker(toks, i+1, fam)
	if sp[1] <= sp[0] {
		return false
	}
	for k := sp[1]; k+1 < len(toks) && k <= sp[1]+4; k++ {
		if toks[k].punct && !isComma(toks[k]) {
			return false
		}
		if rel := strings.TrimPrefix(toks[k].norm, "و"); f.lex.relatives.has(rel) {
			v, ok := f.lex.verbAt(&toks[k+1])
			return ok && (v.kind == formPast || v.kind == formPresent)
		}
	}
	return false
}

// toldOrOwner reports whether toks[k] is a title, body or outlet joined to
// ل: to whom something was said ("تصريحات لصحيفة الحياة") or whose it is
// ("تصريحات لوزير الدفاع"), never the construct's own noun; a name in ل
// is one ("تصريحات لافروف").
func (f *finder) toldOrOwner(toks []token, k int) bool {
	t := &toks[k]
	if !strings.HasPrefix(t.norm, "ل") || !joinedPrep(t) {
		return false
	}
	bare := stripJoined(*t)
	return hasAl(t) || f.lex.titles.hasBare(&bare) || f.sourceWordAt([]token{bare}, 0)
}

// masdarAgent reads the subject of the verbal noun at toks[i], the noun
// in construct right after it: "إعلان الوزارة عن", "تصريحات رئيس النادي".
// A verbal noun with the article takes no such noun ("بالإشادة الشيخ …" is
// no construct); a word with ل is whom it was said to ("تصريحات لصحيفة");
// for some families the head must be a source (noun_agent_head: "إعلان
// وفاة القائد" announces a death).
func (f *finder) masdarAgent(toks []token, i int, fam *family) [2]int {
	if hasAl(&toks[i]) || i+1 >= len(toks) || f.toldOrOwner(toks, i+1) {
		return [2]int{}
	}
	sp := f.arSpeaker(toks, i+1, fam)
	if sp[1] <= sp[0] || sp[0] != i+1 || !f.looksLikeSpeaker(toks[sp[0]:sp[1]]) {
		return [2]int{}
	}
	if fam != nil && fam.nounAgentHead && !f.sourceHead(toks[sp[0]:sp[1]]) {
		return [2]int{} // "إعلان وفاة القائد": what was announced
	}
	return sp
}

// agentThenObjectL reads the subject of the verbal noun at toks[i] when it
// stands in construct and the object follows it after ل, as a verbal noun
// takes its object once its subject is written: "اتهام النقابة للمدير
// بالإهمال", "اتهام الفتاة لوالدها" — the one in construct accuses, the
// one after ل is accused. Without the ل phrase the noun in construct is
// as often the one accused ("اتهام المدير بالإهمال"): nothing is read.
func (f *finder) agentThenObjectL(toks []token, i int, fam *family) [2]int {
	if hasAl(&toks[i]) || i+2 >= len(toks) || f.toldOrOwner(toks, i+1) {
		return [2]int{}
	}
	k := i + 2
	for ; k < len(toks) && k < i+8 && !lObject(&toks[k]); k++ {
		if toks[k].punct {
			return [2]int{}
		}
	}
	if k >= len(toks) || k == i+8 || !f.chargeAfter(toks, k+1, fam) {
		return [2]int{}
	}
	if k == i+2 && hasAl(&toks[i+1]) {
		return [2]int{i + 1, k} // "اتهام الفتاة لوالدها"
	}
	sp := f.arSpeaker(toks, i+1, fam)
	if sp[0] != i+1 || sp[1] < k || !f.looksLikeSpeaker(toks[i+1:k]) {
		return [2]int{}
	}
	return [2]int{i + 1, k}
}

// chargeAfter reports whether what the verbal noun charges follows the ل
// phrase ending before toks[from+3]: ب with a noun ("بالإهمال", "بأن") or
// the family's own preposition. Without it the ل phrase is more often the
// title's ("المبعوث الخاص للشرق الأوسط -فلان- من أن").
func (f *finder) chargeAfter(toks []token, from int, fam *family) bool {
	for k := from; k < len(toks) && k < from+4 && !toks[k].punct; k++ {
		if strings.HasPrefix(toks[k].norm, "ب") && joinedPrep(&toks[k]) || toks[k].norm == "بان" || f.opensPrep(fam, toks, k) {
			return true
		}
	}
	return false
}

// lObject reports whether t is ل with a definite noun or a person's
// pronoun, alone or on a noun: "للوزير", "لها", "لوالدها".
func lObject(t *token) bool {
	w, ok := strings.CutPrefix(t.norm, "ل")
	if !ok {
		return false
	}
	if strings.HasPrefix(w, "ل") && len(w) > len("لاا") {
		return true // ل + ال with its alef dropped
	}
	for _, p := range []string{"ه", "ها", "هم", "هما", "هن"} {
		if w == p || strings.HasSuffix(w, p) && utf8.RuneCountInString(w) >= 4 {
			return true
		}
	}
	return false
}

// ownReport reports whether the verbal noun after a light verb's subject
// carries the pronoun that agrees with that verb, so that the report is
// the subject's own, whatever noun the subject is: "وواصلت الطالبة
// اتهامها" (she, her accusation), "وجدد الأهالي مطالبتهم" (they, their
// demand). A feminine verb (past in ت, present in ت) takes ها; a
// masculine one ه or هم.
func ownReport(verb, noun *token) bool {
	v := strings.TrimPrefix(verb.norm, "و")
	fem := strings.HasSuffix(v, "ت") || strings.HasPrefix(v, "ت")
	if hasAl(noun) || utf8.RuneCountInString(noun.norm) < 5 {
		return false
	}
	if fem {
		return strings.HasSuffix(noun.raw, "ها")
	}
	return strings.HasSuffix(noun.raw, "هم") || strings.HasSuffix(noun.raw, "ه") && !strings.HasSuffix(noun.raw, "اه")
}

// sureMasdar reports whether t, a bare indefinite word, has the shape of
// the verbal noun of a derived verb that is hardly anything else in news
// text — narrower than derivedMasdar (npobject_ar.go), which also takes
// shapes names share, since here nothing but the shape tells the object: افتعال ("ارتفاع", "اكتمال"), انفعال ("انتقال", "انخفاض") and
// استفعال ("استمرار", "استئناف"), with or without a possessive pronoun
// ("استعدادها"). As the object right after a reporting verb or its speaker
// it is what was announced or affirmed: "وأعلن اكتمال الاستعدادات", "وتوقع
// الخبير استقرار الأسعار". A long vowel in a root letter's place is a
// foreign name ("إيتمار", "أنطوان"), not such a noun; so are given names
// (ابتسام، انتصار), titles, states, the heads of bodies and documents
// (استفتاء) and occasions (اجتماع). Not تفعيل nor تفاعل: "تسجيل
// فيديو", "تقرير" and many foreign names ("ترامب") have their shapes.
func (f *finder) sureMasdar(t *token) bool {
	if t.punct || t.nb > 1 || hasAl(t) || isGivenName(f.lex, t) || f.lex.titles.hasBare(t) || f.sourceHead([]token{*t}) || f.stateName([]token{*t}) ||
		f.lex.occasions.hasBare(t) { // "وأكد اجتماع وزراء الداخلية على": the meeting's word
		return false
	}
	w := []rune(t.norm)
	for _, suf := range []string{"ها", "هم", "ه"} {
		if s, ok := strings.CutSuffix(t.norm, suf); ok && utf8.RuneCountInString(s) >= 6 {
			w = []rune(s)
			break
		}
	}
	vowel := func(r rune) bool { return r == 'ا' || r == 'و' || r == 'ي' }
	switch n := len(w); {
	case n == 6 && w[0] == 'ا' && w[4] == 'ا' && (w[2] == 'ت' || w[1] == 'ن') && !vowel(w[1]) && !vowel(w[3]):
		return true // افتعال، انفعال
	case n == 7 && string(w[:3]) == "است" && w[5] == 'ا' && !vowel(w[3]) && !vowel(w[4]):
		return true // استفعال
	}
	return false
}

// masdarObject reports whether the phrase right after a past reporting verb
// whose object may be what was said opens with a derived verbal noun
// (sureMasdar): that noun is the verb's object, the subject dropped — "وأعلن اكتمال الاستعدادات", "وتوقع استمرار الصراع".
// Not with an imperfect ("ويعلن استقلاله" of a song, a voice) nor a verb
// taking a predicate ("وأعتبر استجلاب العواطف صفة", a writer's "I").
func (f *finder) masdarObject(toks []token, e event, vf verbForm) bool {
	return e.fam.objectContent && !e.fam.predicate && vf.kind == formPast &&
		f.sureMasdar(&toks[e.sp[0]]) && !f.metBefore(toks[e.sp[0]:e.sp[0]+1])
}

// lightVerbDropped reports whether the verbal noun at toks[i] stands right
// after a light verb joined by و or ف that has no subject written, and
// carries the pronoun that agrees with that verb (ownReport): "وكرر
// مطالبته للبلدية بأن تفتح الحدائق", "وجددت تأكيدها على" — the one who
// spoke before renews his own report, as after "وأضاف أن". The noun must
// carry its pronoun: "وجدد تأكيد الموقف" names no one.
func (f *finder) lightVerbDropped(toks []token, i int) bool {
	if i < 1 || toks[i].punct {
		return false
	}
	v := &toks[i-1]
	rest, ok := strings.CutPrefix(v.norm, "و")
	if !ok {
		rest, ok = strings.CutPrefix(v.norm, "ف")
	}
	return ok && f.lex.lightVerbs.has(rest) && ownReport(v, &toks[i])
}
