package cite

import (
	"strings"
	"unicode/utf8"
)

// Subjects read away from the verb they belong to: a participle's or a
// joined verb's speaker is the subject of an earlier verb of the
// sentence, written where that verb put it.

// participleSubject is the speaker of a circumstantial participle at
// toks[i] with no cue before it in its sentence: the subject of the
// sentence's first verb, else of the nearest clause a clause word or a
// verb of saying opens, else a subject met before in the article; agr is
// the participle's agreement.
func (f *finder) participleSubject(toks []token, i int, agr agreement) [2]int {
	if sp := f.arMainSubject(toks, i); sp[1] > sp[0] {
		if g := f.groupSpan(toks, sp); agr == plural && g[1] > g[0] {
			return g // "ورحب الوزراء بالقرار، مؤكدين": the group, without the verb's complement
		}
		return sp
	}
	if sp := f.clauseSubject(toks, i); sp[1] > sp[0] {
		return sp
	}
	if sp := f.reportingClauseSubject(toks, i); sp[1] > sp[0] {
		return sp
	}
	if sp := f.metSubject(toks, i); sp[1] > sp[0] && f.agreesWith(toks[sp[0]:sp[1]], agr) {
		return sp
	}
	if sp := f.markedSubject(toks, i, agr); sp[1] > sp[0] {
		return sp
	}
	if agr == plural {
		return f.groupSubject(toks, i)
	}
	return [2]int{}
}

// subjectBeforeParticiple is the subject of the sentence's first verb
// when a participle of saying follows it right after, with no pause and
// what was said after the participle: "واتفقت معها والدتها قائلةً: …",
// "تعالت بعض الأصوات مطالبةً الحكومة بـ …". A circumstantial participle
// standing against the subject describes it (the subject is its owner),
// though the subject is no title, name or body a source is known by. It
// agrees with the participle.
func (f *finder) subjectBeforeParticiple(toks []token, i int, e event) [2]int {
	if i < 2 || toks[i-1].punct || e.content >= len(toks) || e.vf.agr == plural {
		return [2]int{}
	}
	sp := f.mainSubject(toks, i, false)
	if sp[1] != i || sp[1] <= sp[0] || sp[0] < 1 || sp[1]-sp[0] > 4 || !f.agreesWith(toks[sp[0]:sp[1]], e.vf.agr) || f.ownedObject(&toks[sp[0]]) {
		return [2]int{}
	}
	// The word before the subject is its verb (or the pronoun with a
	// preposition between them, "معها"): no adverb opens the clause
	// ("وأخيراً نطق فلان": the subject after نطق, not after the adverb).
	if v := &toks[sp[0]-1]; v.punct || tanweenAlef(v) || f.lex.adverbs.has(v.norm) || hasAl(v) ||
		strings.HasSuffix(v.norm, "ا") && !f.prepWithPronoun(v) && !isVerbToken(f.lex, v) {
		return [2]int{}
	}
	for k := sp[0]; k < sp[1]; k++ {
		if t := &toks[k]; f.lex.prepositions.hasBare(t) || joinedPrep(t) || f.prepWithPronoun(t) || k > sp[0] && f.lex.conjoined(t) {
			return [2]int{} // "تمتمت بغيظ وأخذت …": a circumstance and a second verb, no subject
		}
	}
	// A noun with a possessive pronoun after a verb may be its object
	// ("وشرحت فكرتها قائلة"); only a kinship noun is someone who speaks
	// ("واتفقت معها والدتها قائلةً").
	if h := &toks[sp[0]]; !hasAl(h) && !f.kinWithPronoun(h) {
		for _, suf := range possessives {
			if strings.HasSuffix(h.norm, suf) && len(h.norm) > len(suf)+4 {
				return [2]int{}
			}
		}
	}
	return sp
}

// isVerbToken reports whether the lexicon reads t as a verb form.
func isVerbToken(l *Lexicon, t *token) bool {
	_, ok := l.verbAt(t)
	return ok
}

// kinWithPronoun reports whether t is a kinship noun with a possessive
// pronoun: "والدتها", "ابنه".
func (f *finder) kinWithPronoun(t *token) bool {
	for _, suf := range possessives {
		stem, ok := strings.CutSuffix(t.norm, suf)
		if !ok {
			continue
		}
		if _, kin := f.lex.kinHeads[stem]; kin {
			return true
		}
		if s, ok := strings.CutSuffix(stem, "ت"); ok {
			if _, kin := f.lex.kinHeads[s+"ه"]; kin {
				return true
			}
		}
	}
	return false
}

// clauseSubject reads, when the sentence's own subject can't be, the
// subject of the clause nearest before a participle at toks[i] that a
// clause word opens: "ثم انتقل الجميع إلى القاعة، حيث شكر الوزير فلان
// رئيس البلدية …، مثنياً على جهوده" — the participle is the minister's.
func (f *finder) clauseSubject(toks []token, i int) [2]int {
	for j := i - 1; j > 0; j-- {
		if !f.lex.participleClauses.hasBare(&toks[j]) {
			continue
		}
		sp := f.mainSubject(toks[j:], i-j, true)
		if sp[1] <= sp[0] {
			return [2]int{}
		}
		return [2]int{sp[0] + j, sp[1] + j}
	}
	return [2]int{}
}

// reportingClauseSubject is, for a participle whose sentence opens with no
// subject to read, the source written after the nearest verb of saying
// before it that opens a clause, though that verb reported nothing itself:
// "…، تحدث وكيل الوزارة المهندس فلان عن التصور …، مؤكداً ضرورة".
func (f *finder) reportingClauseSubject(toks []token, i int) [2]int {
	for j := i - 1; j >= 0; j-- {
		if toks[j].punct && isTerminal(toks[j]) {
			break
		}
		v, ok := f.lex.verbAt(&toks[j])
		if !ok || v.kind != formPast && v.kind != formPresent || !clauseStart(toks, j) && !f.lex.conjoined(&toks[j]) {
			continue
		}
		sp := f.arSpeaker(toks, j+1, nil)
		if sp[1] <= sp[0] || sp[1] > i || !(f.looksLikeSpeaker(toks[sp[0]:sp[1]]) || f.metBefore(toks[sp[0]:sp[1]])) {
			return [2]int{}
		}
		for k := sp[0]; k < sp[1]; k++ {
			if t := &toks[k]; f.lex.prepositions.hasBare(t) || f.prepWithPronoun(t) || k > sp[0] && joinedPrep(t) && !f.lex.affiliations.has(t.norm) {
				return [2]int{} // "أعرب والد الشهيد عن شكره": the verb's own words run on
			}
		}
		return sp
	}
	return [2]int{}
}

// metSubject reads the subject after the sentence's first verb and keeps
// its longest beginning that names someone met before in the article:
// "وقدم الحقيل الشكر لمنسوبي الأمانة، متمنياً" — a verb that reports
// nothing, whose object can't be told from its subject, but whose subject
// is known.
func (f *finder) metSubject(toks []token, i int) [2]int {
	sp := f.mainSubject(toks, i, false)
	for end := min(sp[1], sp[0]+4); end > sp[0]; end-- {
		if f.metBefore(toks[sp[0]:end]) {
			return [2]int{sp[0], end}
		}
	}
	return [2]int{}
}

// sentenceSubject is the subject of the sentence's first verb for a verb
// joined to it after a comma with none of its own: "وتعاطى فلان مع …،
// ويقول إن" — he goes on speaking. With no comma, when that first verb is
// an imperfect too, the verb is joined by و and no pause stands between
// the subject and it: "ويرفض المزارعون الخطة ويؤكدون أنها تضر" — one
// clause, one subject, the story told in the present (not "فتجد أنه",
// "so you find that").
func (f *finder) sentenceSubject(toks []token, i int, vf verbForm) [2]int {
	if i <= 2 || !f.lex.conjoined(&toks[i]) {
		return [2]int{}
	}
	sp := f.arMainSubject(toks, i)
	if sp[1] <= sp[0] || !f.agreesWith(toks[sp[0]:sp[1]], vf.agr) {
		return [2]int{}
	}
	if isComma(toks[i-1]) || strings.HasPrefix(toks[i].norm, "و") && sp[0] > 0 && imperfectLike(&toks[sp[0]-1]) && !hasPunct(toks[sp[1]:i]) {
		return sp
	}
	return [2]int{}
}

// imperfectLike reports whether an Arabic word is spelt as a verb in the
// imperfect of the third person, with its و or ف: ي or ت, then at least
// three letters ("ويرفض", "تشير").
func imperfectLike(t *token) bool {
	w, _ := strings.CutPrefix(t.norm, "و")
	if w == t.norm {
		w, _ = strings.CutPrefix(t.norm, "ف")
	}
	return (strings.HasPrefix(w, "ي") || strings.HasPrefix(w, "ت")) && utf8.RuneCountInString(w) >= 4
}

// agreesWith reports whether a subject may take a form of agreement agr:
// its title's or its head's gender does not contradict it.
func (f *finder) agreesWith(sp []token, agr agreement) bool {
	g := f.genderOf(sp)
	if g == anyAgreement {
		g = f.bodyGender(sp)
	}
	return g == anyAgreement || agr == anyAgreement || g == agr || agr == plural
}

// presentSpeaks reports whether a present-tense verb at toks[i] whose
// subject is not written, what was said starting at toks[k], speaks for
// someone before it: "…، وتقول:" after a verb of the same subject (she);
// "ويضيف أن" right after a sentence that named its speaker, the story
// going on in the present (never "ويذكر أن", "it is worth noting"); "ويقول
// في حديث نقلته مجلة «…»: «…»", an occasion of speaking; "يضيف: فتحت
// زجاج السيارة", a verb of nothing but saying, then a colon, or "يرد:
// «…»", any reporting verb opening its sentence (not "…؛ يتساءل:" after
// its subject), then a colon or a quotation (not "وتابعت
// الصحيفة تقول:", the manner of the verb before, nor "نبذة عن المركز
// تقول:", a clause describing a noun).
func (f *finder) presentSpeaks(toks []token, i, k int, e event, evs []event) bool {
	she := (e.vf.agr == feminine || e.vf.agr == plural) && f.lex.conjoined(&toks[i]) && lastMain(evs) >= 0
	goesOn := (f.lex.conjoined(&toks[i]) && i <= 1 || f.afterTopic(toks, i)) && f.since == 0
	opens := i == 0 || toks[i-1].punct || f.lex.conjoined(&toks[i]) || f.lex.goOnVerbs.has(toks[i-1].norm) // "ومضى يقول:"
	spoke := (e.medium != "" || (e.fam.speech || e.fam.content && (i == 0 || f.lex.conjoined(&toks[i]))) && k == i+1 && len(evs) == 0 && opens) &&
		k < len(toks) && (toks[k].raw == ":" || isQuote(toks[k]))
	but := i > 0 && (e.vf.agr == masculine || e.vf.agr == feminine) && contrastPronoun(toks, i-1) == e.vf.agr
	return she || goesOn || spoke || but
}

// contrastPronoun is the agreement of the pronoun a particle of contrast
// carries at toks[k] — لكن with one ("لكنه", "ولكنها"), or أن with one
// after إلا or غير ("إلا أنهم") — or anyAgreement for any other word. The
// pronoun is the subject of the imperfect after it: "لكنه يضيف: «…»" is
// he who goes on, as "لكنه أضاف" is. presentSpeaks takes it in the
// singular only: "لكنهم يرون أن" is mostly people at large.
func contrastPronoun(toks []token, k int) agreement {
	stem, ok := "", false
	for _, p := range []string{"ولكن", "لكن", "فلكن"} {
		if stem, ok = strings.CutPrefix(toks[k].norm, p); ok {
			break
		}
	}
	if !ok && k > 0 && (toks[k-1].norm == "الا" || toks[k-1].norm == "غير") {
		stem, ok = strings.CutPrefix(toks[k].norm, "ان")
	}
	switch {
	case !ok:
		return anyAgreement
	case stem == "ه":
		return masculine
	case stem == "ها":
		return feminine
	case stem == "هم":
		return plural
	}
	return anyAgreement
}

// longKanaSubject reads the subject of a pluperfect too long for the
// window before the verb at toks[kEnd]: كان, then a title with a name and no
// verb or particle among them, as with قد before the verb ("وكان رئيس مجلس
// المدينة في المحافظة سالم الكندي أعلن مقتل …"). A relative clause after
// the name is left out ("… سالم الكندي الذي يتحدر من الجنوب، أبلغ").
func (f *finder) longKanaSubject(toks []token, kEnd, window int) [2]int {
	for k := kEnd - window; k >= 0 && k > kEnd-maxSpeaker; k-- {
		if !f.lex.pastAux.hasBare(&toks[k]) {
			if toks[k].punct {
				return [2]int{}
			}
			continue
		}
		end := k + 1
		for end < kEnd && !f.lex.relatives.has(toks[end].norm) &&
			!(f.lex.prepositions.has(toks[end].norm) && f.hasGivenName(toks[k+1:end])) { // "… الجبير في زيارة إلى لندن أكد فيها"
			end++
		}
		ts := toks[k+1 : end]
		if len(ts) == 0 || joinedPrep(&ts[0]) && !f.lex.titles.has(ts[0].norm) {
			return [2]int{} // "وكان للملك فلان تصريح": a preposition, no subject
		}
		if (f.lex.titles.hasBare(&ts[0]) || f.lex.honorifics.hasBare(&ts[0])) && f.hasGivenName(ts) &&
			!f.hasVerb(toks[k+1:kEnd]) && !f.hasStop(ts) {
			return [2]int{k + 1, end}
		}
		return [2]int{}
	}
	return [2]int{}
}

// hasStop reports whether ts holds a function word no speaker is made of
// ("قد", "حين").
func (f *finder) hasStop(ts []token) bool {
	for k := range ts {
		if f.lex.stops.hasBare(&ts[k]) || f.lex.possibility.has(ts[k].norm) {
			return true
		}
	}
	return false
}

// groupSubject is, for a participle in the masculine plural at toks[i], the
// subject of the sentence's first verb when its form says it is a group of
// people, though it names no source: "واعتصم المعلمون أمام المبنى،
// مطالبين بـ", "غضب عدد من الهواة الغاضبين معترضين على". Only people take
// that participle, so the group is who spoke.
func (f *finder) groupSubject(toks []token, i int) [2]int {
	sp := f.mainSubject(toks, i, false)
	if sp[1] <= sp[0] {
		return [2]int{}
	}
	if k := sp[1]; k < i && soundPlural(&toks[k]) && hasAl(&toks[k]) == hasAl(&toks[k-1]) && (k+1 == i || isComma(toks[k+1])) {
		sp[1]++ // "الشباب المتدينون": the adjective, right before the participle, is the group's
	}
	return f.groupSpan(toks, sp)
}

// pluralEvent reports whether an event's speaker is many: its verb in the
// plural ("وأكدوا"), or its speaker a group of people (manyPeople).
func (f *finder) pluralEvent(toks []token, e event) bool {
	return e.vf.agr == plural || e.sp[1] > e.sp[0] && e.sp[1] <= len(toks) && f.manyPeople(toks[e.sp[0]:e.sp[1]])
}

// groupSpan is sp when it names a group of people (manyPeople), ended
// before a definite noun with ب or ل joined after its head, which is the
// complement of a verb the lexicon does not know: "ورحب الأعضاء بالقرار،
// مؤكدين" — the group is "الأعضاء" (but "مدير الفرع بالمدينة والفريق":
// one title's place). Empty when it names no group.
func (f *finder) groupSpan(toks []token, sp [2]int) [2]int {
	if !f.manyPeople(toks[sp[0]:sp[1]]) {
		return [2]int{}
	}
	h := sp[0] + f.headIndex(toks[sp[0]:sp[1]])
	one := f.lex.titles.hasBare(&toks[h]) && !f.lex.peoplePlurals.hasBare(&toks[h]) && !soundPlural(&toks[h])
	for k := h + 1; k < sp[1] && !one; k++ {
		if w := toks[k].norm; strings.HasPrefix(w, "بال") || strings.HasPrefix(w, "لل") {
			sp[1] = k
			break
		}
	}
	return sp
}

// manyPeople reports whether a phrase may be the subject of a participle
// in the masculine plural: a plural of people by its form or the
// lexicon's, a vague group in the plural, or two joined by و ("الوزير
// والوفد المرافق له"); not one person nor a body ("الشرطة", "الشاعر").
func (f *finder) manyPeople(ts []token) bool {
	if f.peoplePlural(ts) {
		return true
	}
	h := f.headIndex(ts)
	if f.lex.peoplePlurals.hasBare(&ts[h]) {
		return true
	}
	if _, n, _ := f.lex.anonymous.match(ts, h); n > 0 && f.groupAgreement(ts, h) == plural {
		return true
	}
	for k := 1; k < len(ts); k++ {
		if strings.HasPrefix(ts[k].norm, "وال") && len(ts[k].norm) >= 8 && !ts[k-1].punct {
			return true
		}
	}
	return false
}

// peoplePlural reports whether a phrase's head, or the adjective right
// after it, is a sound masculine plural ("المعلمون", "عدد من الشباب
// المتدينين"), which only people take.
func (f *finder) peoplePlural(ts []token) bool {
	h := f.headIndex(ts)
	for k := h; k < len(ts) && k <= h+1; k++ {
		if soundPlural(&ts[k]) {
			return true
		}
	}
	return false
}

// soundPlural reports whether t is written as a sound masculine plural,
// in ون or ين after a stem of three letters or more: "المعلمون",
// "مواطنين" (not "عيون", "بين").
func soundPlural(t *token) bool {
	if t.punct {
		return false
	}
	w := strings.TrimPrefix(t.norm, "ال")
	for _, end := range []string{"ون", "ين"} {
		if stem, ok := strings.CutSuffix(w, end); ok && utf8.RuneCountInString(stem) >= 3 {
			return true
		}
	}
	return false
}

// objectAfterSubject is where a subject read after its verb ends when an
// indefinite object in the accusative follows its definite last word: a
// noun with its tanween written, or a noun and its adjective both ending
// in alef ("وكذلك قدم الفنان اعتذاراً", "قدم الفنان اعتذارا جميلا"): no
// name or title goes on that way after "الفنان".
func (f *finder) objectAfterSubject(toks []token, sp [2]int) int {
	for k := sp[0] + 1; k < sp[1]; k++ {
		if !hasAl(&toks[k-1]) {
			continue
		}
		if t := &toks[k]; !hasAl(t) && (tanweenAlef(t) || k+1 < sp[1] && f.unmarkedManner(t, false) && f.unmarkedManner(&toks[k+1], false)) {
			return k
		}
	}
	return sp[1]
}

// hamzaFinal reports whether an Arabic word is written ending in a hamza on
// its alef: a verb such as "وهنأ" (and congratulated), which spelling
// without the hamza makes the stop "وهنا" (and here); no stop ends so.
func hamzaFinal(t *token) bool { return strings.HasSuffix(t.raw, "أ") }

// markedSubject is a name in quotation marks standing right after the
// sentence's first verb, as papers mark a surname ("ورحب «الجاسر» بالوفد،
// مشيداً": al-Jasser welcomed them), for a participle in the singular
// whose gender the verb's agrees with ("وكانت «الصحيفة» قد نشرت …،
// مطالباً": the paper is not who asks). One to three words, none a
// preposition or stop, no indefinite source after it ("أبلغ «الوادي» مصدر
// مطلع": the paper told).
func (f *finder) markedSubject(toks []token, i int, agr agreement) [2]int {
	if agr != masculine && agr != feminine {
		return [2]int{}
	}
	sp := f.mainSubject(toks, i, false)
	k := sp[0]
	if sp[1] <= k || k < 1 || !isQuote(toks[k]) || f.toldInMarks(toks, k) {
		return [2]int{}
	}
	q := quotedRun(toks, k)
	if q < 0 || q-k > 4 || q >= i || pastFeminine(&toks[k-1]) != (agr == feminine) {
		return [2]int{}
	}
	for j := k + 1; j < q; j++ {
		if t := &toks[j]; t.punct || f.lex.prepositions.hasBare(t) || joinedPrep(t) || f.lex.stops.hasBare(t) {
			return [2]int{}
		}
	}
	return [2]int{k, q + 1}
}
