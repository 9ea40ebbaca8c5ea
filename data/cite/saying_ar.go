package cite

import (
	"strings"

	"github.com/isnad/isnad/model"
)

// arSaying reads "by saying" standing after a verb that reports nothing of
// itself: "ومضت المصادر بالقول إن …", "واختتم الوزير كلمته بالقول: …",
// "واكتفى بالقول إن …". The speaker is the subject of the sentence's first
// verb, or, when that verb has none written and opens the sentence, the
// speaker before (resolved like "وأضاف"). After a reporting verb ("وشدد
// بالقول") the words are that verb's manner and no event of their own.
func (f *finder) arSaying(toks []token, i int, evs []event) (event, int, bool) {
	rest, _ := strings.CutPrefix(toks[i].norm, "بال")
	k := -1
	for n := range f.lex.families {
		if f.lex.families[n].noun == rest {
			k = n
			break
		}
	}
	if k < 0 {
		return event{}, 0, false
	}
	for _, e := range evs {
		if max(e.cue[1], e.sp[1], e.ch[1]) >= i-1 {
			return event{}, 0, false // "وشدد الوزير بالقول": the verb's manner
		}
	}
	fam := &f.lex.families[k]
	if (!fam.content || fam.nounContent && !f.opensPrep(fam, toks, i+1)) && !f.opensContent(toks, i+1) {
		// "المقرونة بالإشادة والإعجاب": praise, with nothing said after it;
		// "قامت الوزارة بالإعلان الرسمي عن": what was said must follow
		return event{}, 0, false
	}
	e := event{cue: [2]int{i, i + 1}, form: model.FormVerbalNoun, fam: fam, main: -1, agr: anyAgreement,
		vf: verbForm{fam: k, kind: formNoun, agr: anyAgreement}}
	e.content = f.contentAt(toks, i+1, fam)
	if e.content >= len(toks) {
		return event{}, 0, false
	}
	switch sp := f.arMainSubject(toks, i); {
	case sp[1] > sp[0]:
		e.sp, e.subject = sp, true
	case i <= 2 && (strings.HasPrefix(toks[0].norm, "و") || strings.HasPrefix(toks[0].norm, "ف")):
		// "واكتفى بالقول": the subject dropped, the speaker before.
	default:
		return event{}, 0, false
	}
	return e, i + 1, true
}

// bySayingSubject is the speaker of "by his saying" (بقوله، بقولها،
// بقولهم) after a verb that reports nothing, with no event before it in
// the sentence: the subject of the sentence's first verb, when it agrees
// with the pronoun — "وفسّر الشيخ فلان الآية بقوله: …", "وعاهد الوزير
// الأهالي بقوله: …" (invented). Otherwise nothing: the pronoun points back.
func (f *finder) bySayingSubject(toks []token, i int, vf verbForm, evs []event) [2]int {
	if !strings.HasPrefix(toks[i].norm, "ب") || lastMain(evs) >= 0 {
		return [2]int{}
	}
	sp := f.arMainSubject(toks, i)
	if sp[1] <= sp[0] || !f.agreesWith(toks[sp[0]:sp[1]], vf.agr) {
		return [2]int{}
	}
	return sp
}

// mediumOfHis reports whether toks[k] is a medium noun with a possessive
// pronoun ("كلمته", "حديثها", "تغريداته"), or any noun with a feminine or
// plural one after a verb whose object is what was said ("استياءها",
// "دعمهم"): the speaker's own words or feelings,
// the verb's object, never part of the speaker's name.
func (f *finder) mediumOfHis(toks []token, k int, fam *family) bool {
	if k == 0 || f.lex.titles.hasBare(&toks[k]) || f.lex.honorifics.hasBare(&toks[k]) {
		return false // "رئيسها التنفيذي"
	}
	if f.lex.titles.hasBare(&toks[k-1]) && !hasAl(&toks[k-1]) {
		return false // "رئيس تحريرها": a title with no article heads the word after it
	}
	raw := toks[k].raw
	if f.prepWithPronoun(&toks[k]) || strings.HasPrefix(toks[k].raw, "و") || f.emphatic(&toks[k]) {
		return false // "عليها": a particle; "مسؤولون وحلفاؤهم": a conjunct; "المصادر ذاتها": the same
	}
	for b := k - 1; b >= 0 && b >= k-2; b-- {
		if f.lex.wrappers.hasBare(&toks[b]) && !hasAl(&toks[b]) {
			return false // "دراسة علمية أجرتها الجامعة": the clause describing the study
		}
	}
	for _, suffix := range []string{"ها", "هم", "هما"} {
		// only where the verb's object may be what was said ("أبدت الوزارة
		// استياءها"); elsewhere it may be a verb of a clause ("دراسة
		// أجرتها الجمعية")
		afterPrep := f.lex.prepositions.has(toks[k-1].norm) // "في عنوانها الرئيسي"
		if (fam != nil && fam.objectContent || afterPrep) && strings.HasSuffix(raw, suffix) && len([]rune(raw)) > len([]rune(suffix))+2 &&
			!hasAl(&toks[k]) {
			stem := strings.TrimSuffix(toks[k].norm, suffix)
			if f.lex.titles.has(stem) || f.lex.titles.has(strings.TrimSuffix(stem, "ت")+"ه") {
				return false // "متحدثها الرسمي": its spokesman, a title
			}
			return true
		}
	}
	if _, n, _ := f.lex.channelNouns.match(toks, k); n > 0 {
		return false
	}
	return f.channelNounAt(toks, k) == 1
}

// sayingParticiple reports whether t is "saying" (قائلاً، قائلة، قائلين)
// right after a reporting verb or its speaker: the verb's manner, what was
// said follows it ("وأردف قائلاً: …"). The participle is read again as an
// event of its own, hanging on the verb.
func (f *finder) sayingParticiple(t *token) bool {
	v, ok := f.lex.verbAt(t)
	if ok && v.kind == formParticiple {
		// "قائلاً", and any reporting participle right after its verb or
		// speaker: "واستطرد فلان موضحاً أن"
		return f.lex.families[v.fam].noun == "قول" || f.lex.families[v.fam].content
	}

	// "وأضافت بقولها إن", "وأكد الوزير بقوله": by saying, the verbal noun
	// with ب and a pronoun
	rest, ok := strings.CutPrefix(t.norm, "ب")
	if !ok {
		return false
	}
	for _, suffix := range possessives {
		if stem, ok := strings.CutSuffix(rest, suffix); ok {
			return stem == "قول"
		}
	}
	return false
}

// senderBefore finds, for a verb at toks[i] that points back to a medium
// ("أعرب فيه", "أكد خلاله"), the one the medium came from: "تلقى الأمير
// اتصالاً هاتفياً من وزير الداخلية، أعرب فيه عن تعازيه" — the minister
// spoke, not the prince who received the call.
func (f *finder) senderBefore(toks []token, i int) [2]int {
	if i+1 >= len(toks) {
		return [2]int{}
	}
	if !f.lex.mediumPointers.has(toks[i+1].norm) {
		return [2]int{}
	}
	for k := i - 1; k > 0 && k > i-16; k-- {
		if toks[k].norm != "من" {
			continue
		}
		medium := false
		for m := max(0, k-3); m < k; m++ {
			medium = medium || f.channelNounAt(toks, m) > 0 || f.mediumWord(&toks[m]) != ""
		}
		if !medium {
			continue
		}
		if sp := f.arSpeaker(toks, k+1, nil); sp[1] > sp[0] && sp[1] <= i {
			return sp
		}
	}
	return [2]int{}
}

// emphatic reports whether t is an emphatic with its pronoun ("ذاتها",
// "نفسه"): the noun before it again, no object.
func (f *finder) emphatic(t *token) bool {
	for _, suffix := range possessives {
		if stem, ok := strings.CutSuffix(t.norm, suffix); ok && f.lex.emphatics.has(stem) {
			return true
		}
	}
	return false
}

// sayingImperfect reports whether t is an imperfect of saying that agrees
// with the verb of e and stands for its participle: "وتابعت الصحيفة تقول
// إن", "ومضى يقول:". A verb with an object pronoun ("وتوجهه تقول") is
// no such verb.
func (f *finder) sayingImperfect(t *token, e *event) bool {
	v, ok := f.lex.verbAt(t)
	return ok && v.kind == formPresent && !f.lex.conjoined(t) && f.lex.families[v.fam].noun == "قول" &&
		e.form == model.FormVerb && !e.vf.object && v.agr == e.vf.agr
}

// unmarkedAfter is where what was said starts with no particle right after
// a speaker of a verb of nothing but saying, or 0: a word of the lexicon's
// unmarked openers ("هناك", "تم"), or a long run in parentheses or braces
// ("قال الله تعالى (ومن أظلم …)"), past a blessing or "تعالى".
func (f *finder) unmarkedAfter(toks []token, k int) int {
	for k < len(toks) && isDash(toks[k]) {
		k++
	}
	if _, n, _ := f.lex.godEpithets.match(toks, k); n > 0 {
		k += n // "قال تعالى", "قال جل وعلا": God, by His epithet
	}
	if n := f.adverbialAt(toks, k); n > 0 {
		k += n // "صلى الله عليه وسلم"
	}
	if k >= len(toks) {
		return 0
	}
	if f.lex.unmarkedOpeners.has(toks[k].norm) || f.firstPersonSaid(toks, k) {
		return k // "وأضاف هناك سوء", "وتابع استطعنا …"
	}
	if r := toks[k].raw; r == "(" || r == "{" || r == "﴿" {
		n := 0
		for c := k + 1; c < len(toks) && !toks[c].punct; c++ {
			n++
		}
		if n >= 4 {
			return k
		}
	}
	return 0
}

// firstPersonSaid reports whether toks[k], right after a verb of nothing
// but saying or its speaker, is a word in the first person plural, a verb
// or a noun with "نا" after a root's consonant ("وتابع استطعنا بالتعاون
// مع الشباب …", "وقال هدفنا هو …"): what was said, begun with no mark.
// Not a given name ("رنا", "إيرينا"), a title, a name met before, nor a
// word what was said follows ("وأضافت أثينا أن"): the subject.
func (f *finder) firstPersonSaid(toks []token, k int) bool {
	t := &toks[k]
	if t.punct || hasAl(t) || len([]rune(t.norm)) < 5 || !strings.HasSuffix(t.norm, "نا") || isGivenName(f.lex, t) ||
		f.lex.titles.hasBare(t) || f.metBefore(toks[k:k+1]) {
		return false
	}
	// a long vowel before نا makes a foreign name ("إيرينا", "جيوفانا",
	// "فيينا"), not the suffix after a root's consonant ("استطعنا", "هدفنا")
	r := []rune(t.norm)
	if strings.ContainsRune("اويى", r[len(r)-3]) {
		return false
	}
	if stem := strings.TrimSuffix(t.norm, "نا"); f.lex.titles.has(stem) || k+1 < len(toks) && (isGivenName(f.lex, &toks[k+1]) ||
		f.lex.prepositions.has(toks[k+1].norm) || f.lex.titles.hasBare(&toks[k+1])) {
		return false // "وقال مراسلنا في بغداد", "وأضاف زميلنا محمد العلي", "موفدنا إلى جنيف": ours, the speaker
	}
	return k+1 < len(toks) && !toks[k+1].punct && !f.opensContent(toks, k+1)
}

// bareSaid is where what was said starts, with no particle at all, after a
// verb that has no sense but saying ("وقال الكندي الحوار مستمر …"), or
// len(toks): only after a speaker that looks like one or was met before,
// so that words of the content are never read as a speaker ("ويقول لماذا
// حدث لي"), nor a name the speaker's reading missed as what was said.
func (f *finder) bareSaid(toks []token, i, k int, sp [2]int) int {
	k = max(k, i+1)
	if k >= len(toks) || toks[k].punct || f.lex.relatives.has(toks[k].norm) {
		return len(toks) // "وقال الوزير الذي كان قد أكد …": who he is, not what he said
	}
	if ts := toks[sp[0]:sp[1]]; len(ts) == 0 || !f.looksLikeSpeaker(ts) && !f.metBefore(ts) {
		return len(toks)
	}
	return k
}

// emphaticLam reads "وأمانة المنطقة، إذ تعلن هذه النتائج لتؤكد …": after a
// clause of إذ and a verb of saying, ل before an imperfect of saying marks
// the main verb (not a purpose), its speaker the clause's subject. The
// event hangs on the إذ clause's verb for its speaker.
func (f *finder) emphaticLam(toks []token, i int, evs []event) (event, int, bool) {
	n := len(evs) - 1
	w, ok := strings.CutPrefix(toks[i].norm, "ل")
	if !ok || n < 0 || evs[n].form != model.FormVerb || evs[n].cue[0] < 1 || i-evs[n].cue[1] > 4 {
		return event{}, 0, false
	}
	if !f.lex.lamClauses.hasBare(&toks[evs[n].cue[0]-1]) {
		return event{}, 0, false
	}
	vf, ok := f.lex.verb(w)
	if !ok || vf.kind != formPresent {
		return event{}, 0, false
	}
	fam := &f.lex.families[vf.fam]
	e := event{cue: [2]int{i, i + 1}, form: model.FormVerb, fam: fam, vf: vf, agr: vf.agr, main: n, content: f.contentAt(toks, i+1, fam)}
	if e.content >= len(toks) && fam.objectContent && i+1 < len(toks) && !toks[i+1].punct {
		e.content = i + 1 // "لتؤكد للجميع حرص الحكومة على …": what it stresses, the object
	}
	if fam.content && e.content >= len(toks) {
		return event{}, 0, false
	}
	return e, i + 1, true
}

// pronounStem is the noun a possessive pronoun is written on, as the
// lexicon lists it ("صحتها" → صحه, "حديثه" → حديث), or "" when t ends in
// no pronoun as written (the ة of "دورة" is none).
func pronounStem(t *token) string {
	for _, suf := range []string{"ها", "هم", "ه"} {
		if stem, ok := strings.CutSuffix(t.norm, suf); ok && strings.HasSuffix(t.raw, suf) && len([]rune(stem)) >= 2 {
			if base, isT := strings.CutSuffix(stem, "ت"); isT {
				stem = base + "ه" // the ة of صحة written ت before a pronoun
			}
			return stem
		}
	}
	return ""
}

// objectBeforeSource reports whether toks[k], right after a verb, is its
// object with a pronoun pointing back ("صحتها", of the lexicon's
// objects_before_source) and an unnamed source follows it: "وأكد صحتها
// مصدر في الجيش الحر" — the object first.
func (f *finder) objectBeforeSource(toks []token, k int) bool {
	t := &toks[k]
	if k+1 >= len(toks) || t.punct || hasAl(t) || hasAl(&toks[k+1]) || !f.lex.objectsBeforeSrc.has(pronounStem(t)) {
		return false
	}
	_, vague, _ := f.lex.anonymous.match(toks, k+1)
	return vague > 0
}

// objectThenSource is where the subject starts when the verb's object
// stands right after it, before an unnamed or titled source: an object
// pointing back ("وأكد صحتها مصدر في الجيش", objectBeforeSource) or, for a
// verb of telling someone, the outlet told, quoted ("أبلغ «الصحيفة» مسؤول
// في الهيئة أن", "وأبلغت «الصحيفة» مصادر"), kept as the channel. Not
// after another verb: "قال «فلان» المتحدث باسم …" is a name in quotes. It
// returns k when neither stands there.
func (f *finder) objectThenSource(toks []token, k int, e *event) int {
	if f.objectBeforeSource(toks, k) {
		return k + 1
	}
	if k != e.cue[1] || e.fam == nil || !e.fam.toldObject || !isQuote(toks[k]) {
		return k
	}
	c := quotedRun(toks, k)
	if c < 0 || c+1 >= len(toks) || !f.sourceOpens(&toks[c+1], toks, c+1) || strings.HasSuffix(toks[c+1].norm, "ين") {
		return k // (a plural in ين is no subject: "أبلغ «فلان» مسؤولين في الشرطة أن", he told them)
	}
	for j := k + 1; j < c; j++ {
		if isGivenName(f.lex, &toks[j]) || f.lex.nameJoins.has(toks[j].norm) {
			return k // a person's by-name in marks is who told: "أبلغ «أبو محمد» مسؤولاً"
		}
	}
	e.ch = [2]int{k, c + 1}
	return c + 1
}

// sourceOpens reports whether toks[n] opens a source as a verb's subject
// does after its object: an indefinite vague source ("مسؤول", "مصادر"), a
// title or honorific, or a given name.
func (f *finder) sourceOpens(t *token, toks []token, n int) bool {
	if t.punct {
		return false
	}
	if _, vague, _ := f.lex.anonymous.match(toks, n); vague > 0 && !hasAl(t) {
		return true
	}
	return f.lex.titles.hasBare(t) || f.lex.honorifics.hasBare(t) || isGivenName(f.lex, t)
}
