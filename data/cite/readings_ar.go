package cite

import (
	"strings"
	"unicode/utf8"
)

// Readings that choose between two senses of a word or a phrase: an
// estimate's amount, a noun counted or paired, a verb of saying with a
// speaker of its own, a participle of manner, a given name written as one
// word, the word before a name.

// amountAfter reports whether an amount with ب follows the noun phrase at
// toks[k] within a few words, before any pause: "الخسائر بنحو مليون",
// "عدد المنشآت بـ(2464)", "النسبة بـ20 في المئة".
func (f *finder) amountAfter(toks []token, k int) bool {
	if k >= len(toks) || toks[k].punct || f.lex.prepositions.has(toks[k].norm) || strings.HasPrefix(toks[k].norm, "ب") ||
		strings.HasPrefix(toks[k].norm, "ل") && joinedPrep(&toks[k]) {
		return false // the object first, never a particle ("قدّر للمتبرعين تبرعاتهم": thanked them)
	}
	for j := k + 1; j < len(toks) && j <= k+6; j++ {
		t := &toks[j]
		if t.punct && t.raw != "(" || f.lex.relatives.has(t.norm) {
			return false // (not "جهود المتطوعين الذين تبرعوا بآلاف": another clause's amount)
		}
		rest, ok := strings.CutPrefix(t.norm, "ب")
		if !ok {
			continue
		}
		if rest == "" || rest == "ـ" {
			return j+1 < len(toks) && (isNumber(toks[j+1].norm) || toks[j+1].raw == "(" && j+2 < len(toks) && isNumber(toks[j+2].norm))
		}
		return isNumber(rest) || f.lex.quantities.has(rest) || f.lex.approximations.has(rest)
	}
	return false
}

// speechSubjectAfter reports whether a verb of nothing but saying, joined
// to a verb before it, has a speaker of its own right after it and then,
// past any time, place or channel, what was said: "… وقال مسؤول حكومي: إن
// …", "… وقال مسؤول حكومي في تصريح خاص: …" (قال takes no object, so the
// noun is no object of a subject shared with the verb before).
func (f *finder) speechSubjectAfter(toks []token, i int, fam *family) bool {
	if !fam.speech || i+1 >= len(toks) || toks[i+1].punct || toks[i+1].norm == "لمن" || definitePP(&toks[i+1]) || f.prepWithPronoun(&toks[i+1]) {
		return false // "وقال لمن يعرفه: …": the one told
	}
	sp := f.arSpeaker(toks, i+1, fam)
	if sp[0] != i+1 || sp[1] <= sp[0] || sp[1] >= len(toks) || !f.looksLikeSpeaker(toks[sp[0]:sp[1]]) {
		return false
	}
	var scratch event
	k := f.arAdjuncts(toks, sp[1], &scratch)
	return k < len(toks) && (toks[k].raw == ":" || isQuote(toks[k]) || f.opensContent(toks, k))
}

// sourceSubjectAfter reports whether a verb joined to a verb before it has
// a source of its own right after it — a body, a title, a name by its
// head — and then what was said, its object included: "اعترفت البلدية
// بتأخر المشاريع وتوقعت وزارة الإسكان انتهاء الأزمة" (the ministry
// expects). Only for a verb whose object is what was said, never a person:
// not one that addresses someone (حثّ، دعا، أبلغ), holds someone to blame
// (حمّل) or takes a predicate ("واعتبر الحكومة مسؤولة"), and not with its
// own object pronoun.
func (f *finder) sourceSubjectAfter(toks []token, i int, vf verbForm, fam *family) bool {
	if !fam.content || fam.objectPrep || fam.toldObject || fam.addressed || fam.predicate || vf.object ||
		i+1 >= len(toks) || toks[i+1].punct || definitePP(&toks[i+1]) || f.prepWithPronoun(&toks[i+1]) {
		return false
	}
	sp := f.arSpeaker(toks, i+1, fam)
	if sp[0] != i+1 || sp[1] <= sp[0] || sp[1] >= len(toks) || !f.sourceHead(toks[sp[0]:sp[1]]) || !f.looksLikeSpeaker(toks[sp[0]:sp[1]]) {
		return false
	}
	var scratch event
	k := f.arAdjuncts(toks, sp[1], &scratch)
	if k >= len(toks) {
		return false
	}
	return toks[k].raw == ":" || isQuote(toks[k]) || f.opensContent(toks, k) || f.opensPrep(fam, toks, k) ||
		fam.objectContent && !toks[k].punct && !f.lex.stops.has(toks[k].norm)
}

// countedNoun reports whether the word at toks[i] is a noun, however it
// reads as a verb: a participle or a noun the lexicon lists as spelt like
// a verb (noun_homographs: طالب), counted after a number that is no year
// ("100 طالب", "431 متهماً"; not "في الجولة 20 أكد", "عام 2015 طالب"), or
// paired with its feminine ("طالب وطالبة", "معلمين ومعلمات").
func (f *finder) countedNoun(toks []token, i int, vf verbForm) bool {
	if i > 0 && isNumber(toks[i-1].norm) && !strings.HasPrefix(toks[i].norm, "و") &&
		(vf.kind == formParticiple || f.lex.nounHomographs.has(toks[i].norm)) {
		year := i > 1 && (f.lex.yearWords.hasBare(&toks[i-2]) || toks[i-2].norm == "في" || toks[i-2].norm == "منذ")
		if !year {
			return true
		}
	}
	if i+1 < len(toks) {
		w, next := toks[i].norm, toks[i+1].norm
		return next == "و"+w+"ه" || next == "و"+w+"ات" || strings.HasSuffix(w, "ين") && next == "و"+strings.TrimSuffix(w, "ين")+"ات"
	}
	return false
}

// halParticiple reports whether t reads as a participle in the accusative
// with no article, a circumstance ("مخاطباً", "مبتسما"): م, a consonant,
// three to five more letters with no long vowel but the alef of مُفاعِل,
// then the alef of the accusative. No name ("ماريا", "مدونا", "مرسيليا";
// "ملالا" has the shape of "مرارا" and is read as it).
func halParticiple(t *token) bool {
	w, ok := strings.CutSuffix(t.norm, "ا")
	if !ok || !strings.HasPrefix(w, "م") {
		return false
	}
	r := []rune(w)
	if len(r) < 4 || len(r) > 6 {
		return false
	}
	switch r[1] {
	case 'ا', 'و', 'ي', 'ء':
		return false
	}
	for k, c := range r {
		switch {
		case c == 'و' || c == 'ي' || c == 'ى':
			return false // a long vowel: a name ("مدونا", "مرسيليا")
		case c == 'ا' && k != 2:
			return false // (the alef of مُفاعِل or a verbal noun only: "مخاطبا", "مرارا")
		}
	}
	return true
}

// notOfName reports whether toks[k], right before a given name that
// starts a name, is no part of it: a word with و, a preposition with a
// pronoun or a demonstrative ("وحضر سالم العتيبي الذي قال", "ومنهم حسن
// الصباح الذي قال"). Another word may be a given name missing from the
// lexicon ("الكاتب زكي عبدالهادي", "جمعة محمد السالم"), and stays.
func (f *finder) notOfName(toks []token, k int) bool {
	t := &toks[k]
	if isGivenName(f.lex, t) || f.lex.nameJoins.has(t.norm) || f.lex.titles.hasBare(t) {
		return false
	}
	return strings.HasPrefix(t.norm, "و") && len(t.norm) > 3 || f.prepWithPronoun(t) || f.lex.demonstratives.has(t.norm)
}

// dinName reports whether the folded word w is a given name of الدين
// written as one word ("عزالدين"), not a noun with it ("الوالدين", "بالدين").
func dinName(w string) bool {
	p, ok := strings.CutSuffix(w, "الدين")
	if !ok || strings.HasSuffix(p, "و") {
		return false
	}
	if n := utf8.RuneCountInString(p); n < 2 || n > 4 {
		return false
	}
	for _, proclitic := range []string{"ال", "لل", "بال", "وال", "فال", "كال"} {
		if strings.HasPrefix(p, proclitic) {
			return false
		}
	}
	return true
}

// prayedTo reports whether toks[j], after a speaker, is the one a family's
// verb addresses in prayer (not_speakers: "ودعا الإمام المولى أن"), not the
// end of a name: الله after a word without the article or a mark is a
// name's (عبد الله، حزب الله، حسن نصر الله).
func (f *finder) prayedTo(fam *family, toks []token, j int) bool {
	if fam == nil || !fam.notSpeakers.hasBare(&toks[j]) {
		return false
	}
	return toks[j].norm != "الله" || j == 0 || hasAl(&toks[j-1]) || toks[j-1].punct
}

// afterObjectNoun reports whether the form with an object pronoun at
// toks[i] stands after one of its family's objects_after nouns or a
// medium's noun, within four words of the same clause ("انتقادات حادة
// وجهها له", "كلمته التي وجّهها", "في خطاب وجهه الاتحاد"): the clause
// describing what was directed. "وعلت وجهه", "تعابير وجهها" have none.
func (f *finder) afterObjectNoun(toks []token, i int, fam *family) bool {
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		t := &toks[j]
		if t.punct {
			return false
		}
		if f.channelNounAt(toks, j) > 0 || fam.objectsAfter.hasBare(t) {
			return true // (a medium with its owner too: "كلمته")
		}
	}
	return false
}

// estimate reads what a verb of estimating (content: amount) reports after
// its written speaker: its object when an amount with ب follows it, after
// a source ("وقدّرت الوزارة الخسائر بنحو مليون ريال"), not after another
// noun ("ويقدر مجموع ما تحمله بأكثر من": it is estimated, no one's
// estimate). A demonstrative after a source opens the object ("قدرت مصادر
// مطلعة هذه النسبة بـ20"); after another noun it is the noun's ("ويقدر
// أتباع هذه الطريقة بألف": they are estimated).
func (f *finder) estimate(toks []token, e *event) {
	sp := toks[e.sp[0]:e.sp[1]]
	source := f.sourceHead(sp)
	if !source && !f.metBefore(sp) {
		return
	}
	probe := *e // (what the adjuncts record is kept only for an estimate)
	if k := f.arAdjuncts(toks, e.sp[1], &probe); k < len(toks) && (!f.lex.demonstratives.has(toks[k].norm) || source) && f.amountAfter(toks, k) {
		e.ch, e.role, e.content = probe.ch, probe.role, k
	}
}

// definiteObjectAt reports whether a definite object follows the event's
// speaker, the opinion a verb with a predicate reports ("واعتبر الوزير
// القرار خطوة", "هذه التصريحات", "قرار اللجنة", "تصريحاته"): the article, a
// demonstrative, a pronoun, or a noun in construct with a definite one. A
// predicate right after the speaker ("أفضل لاعب", "مسؤولة عن") is the
// passive's.
func (f *finder) definiteObjectAt(toks []token, e event) bool {
	probe := e
	k := f.arAdjuncts(toks, e.sp[1], &probe)
	if k >= len(toks) || toks[k].punct || f.lex.prepositions.has(toks[k].norm) {
		return false
	}
	t := &toks[k]
	switch {
	case hasAl(t) && !f.isAdjective(t), f.lex.demonstratives.has(t.norm), pronounSuffixed(t):
		return true
	}
	if f.isAdjective(t) {
		return false
	}
	// a construct chain ending in a definite noun or a demonstrative: "قرار
	// اتحاد الكرة", "احتفالية هذا العام"
	for c := k + 1; c < len(toks) && c <= k+3 && !toks[c].punct && !joinedPrep(&toks[c]) && !f.lex.prepositions.has(toks[c].norm); c++ {
		if hasAl(&toks[c]) || f.lex.demonstratives.has(toks[c].norm) {
			return !f.isAdjective(&toks[c])
		}
	}
	return false
}

// considererBeforeThat reports whether the noun phrase after a verb of
// considering (one taking an object and its predicate, اعتبر) is its
// subject because أن or إن follows it: such a verb takes either an object
// and a predicate or a clause, never an object and then a clause, so in
// "واعتبر الحمداني أن الخطة متأخرة" the surname is the one who holds the
// view, not what is considered. أن must come right after it or after a
// short circumstance ("واعتبر العجمي في تصريحات له أن"): further on, the
// verb is the passive "is considered" with its predicate ("وتعتبر الطائفة
// من أكبر الأقليات في البلاد، حيث إنها …", "ويعتبر اللاعب من المواهب …
// إلا أن …") and the أن belongs to another clause.
func (f *finder) considererBeforeThat(toks []token, e event, fam *family) bool {
	if !fam.predicate {
		return false
	}
	probe := e
	k := f.arAdjuncts(toks, e.sp[1], &probe)
	if k >= len(toks) || !strings.HasPrefix(toks[k].norm, "ان") || !f.opensContent(toks, k) {
		return false
	}
	if k > 0 && (toks[k-1].norm == "الا" || toks[k-1].norm == "غير") {
		return false // "… إلا أن", "غير أن": but, another clause
	}
	words := 0
	for _, t := range toks[e.sp[1]:k] {
		if t.norm == "من" && words == 0 {
			return false // "ويعتبر الملعب من أكبر الملاعب": a predicate, the verb a passive
		}
		if !t.punct {
			words++
		}
	}
	return words <= maxConsidererAdjunct
}

// maxConsidererAdjunct is how many words of circumstance may stand between
// a verb of considering's subject and its أن ("في تصريحات له").
const maxConsidererAdjunct = 4
