package cite

import (
	"strings"

	"github.com/isnad/isnad/model"
)

// Arabic reporting forms other than a finite verb with its subject: participles,
// verbal nouns, passives; and what a verb's surroundings say of it (a
// negation, a relative ما, a quotation before it, where what was said starts).

// concessionSubject is the subject named after أن earlier in the sentence
// than toks[at] ("رغم أن أردوغان لم يشر"), or nothing.
func (f *finder) concessionSubject(toks []token, at int) [2]int {
	for k := at - 2; k >= 0; k-- {
		if _, n, _ := f.lex.complements.match(toks, k); n > 0 && k+n < at && !toks[k+n].punct && !hasAl(&toks[k+n]) {
			c := f.arSpeaker(toks, k+n, nil)
			for m := c[0]; m < c[1]; m++ {
				if isNegation(toks[m]) || f.lex.possibility.has(toks[m].norm) {
					c[1] = m // "أن أردوغان لم يشر": the subject before its negated verb
					break
				}
			}
			if c[1] > c[0] && c[1] <= at && (c[1]-c[0] <= 4 && f.looksLikeSpeaker(toks[c[0]:c[1]]) || c[1]-c[0] <= 2 && f.metBefore(toks[c[0]:c[1]])) {
				return c
			}
		}
	}
	return [2]int{}
}

// anPronoun is the agreement of عن with an attached pronoun ("عنه",
// "عنها", "عنهم"), or anyAgreement for any other word.
func anPronoun(t token) agreement {
	switch strings.TrimPrefix(t.norm, "و") {
	case "عنه":
		return masculine
	case "عنها":
		return feminine
	case "عنهم", "عنهما":
		return plural
	}
	return anyAgreement
}

// coordinatedVerb reports whether the verb at toks[i] is joined by و to an
// earlier verb of the sentence with no pause between: it shares that verb's
// subject.
func (f *finder) coordinatedVerb(toks []token, i int, evs []event) bool {
	if len(evs) == 0 || i == 0 || toks[i-1].punct || !f.lex.conjoined(&toks[i]) {
		return false
	}
	m := lastMain(evs)
	return m >= 0 && evs[m].cue[0] < i
}

var (
	relativeAgreement = map[string]agreement{"الذي": masculine, "التي": feminine, "الذين": plural}
	relativePronouns  = map[string]string{"الذي": "ه", "التي": "ها", "الذين": "هم"}
)

// relativeSubject reports whether the verb at toks[i] follows a relative
// pronoun it agrees with, with no resumptive after it: its subject is the
// relative's head, and the noun after it an object ("الذين طالبوا الأسد").
func (f *finder) relativeSubject(toks []token, i int, vf verbForm) bool {
	if i == 0 || !f.lex.relatives.has(toks[i-1].norm) {
		return false
	}
	if vf.object {
		// "الكلام الذي قاله": the pronoun is the relative's, the subject
		// someone else; "الغرب، الذي يعتبرهما تهديداً": the pronoun is
		// others', the relative the subject.
		pron := relativePronouns[toks[i-1].norm]
		w := toks[i].norm
		if pron == "" || strings.HasSuffix(w, pron) && !strings.HasSuffix(w, pron+"ا") && !(pron == "ه" && strings.HasSuffix(w, "اه")) {
			return false
		}
	}
	if i+1 < len(toks) && (f.lex.resumptives.has(toks[i+1].norm) || f.prepWithPronoun(&toks[i+1])) {
		return false // "الذي طالب به نشطاء"
	}
	agr := relativeAgreement[toks[i-1].norm]
	if agr == feminine && vf.kind == formPast && vf.agr == masculine && strings.HasPrefix(toks[i].norm, "ت") {
		return true // "الأزمات التي تحدث في المنطقة": تَحدُث (happen), not تحدّث (spoke)
	}
	return agr != anyAgreement && agr == vf.agr
}

// subjectThenSaid reports whether, after a verb of saying in a relative
// clause, a source and then أن or إن follow: "قطاع النقل الذي يقول مركز
// البحوث إنه يستهلك …" — the pronoun is the relative's head; the source is
// the verb's own subject. With a bare أن the source must be one by its head
// and the verb one that takes no person told before what was said: "اللاعب
// الذي أكد المدرب أن إصابته بسيطة" (not "الرجل الذي أبلغ الشرطة أن", he told
// the police); with any أن, a verb that needs what was said (not "المحطة
// التي اتهمت الحكومة بأنها منحازة", the government accused).
func (f *finder) subjectThenSaid(toks []token, i int, fam *family) bool {
	sp := f.arSpeaker(toks, i+1, nil)
	if sp[1] <= sp[0] || sp[1] >= len(toks) || !f.looksLikeSpeaker(toks[sp[0]:sp[1]]) || !f.opensContent(toks, sp[1]) {
		return false
	}
	w := strings.TrimPrefix(toks[sp[1]].norm, "ب")
	if w == "ان" {
		return fam != nil && !fam.toldObject && !fam.objectPrep && f.sourceHead(toks[sp[0]:sp[1]])
	}
	return strings.HasPrefix(w, "ان") && len(w) > len("ان") && (fam == nil || fam.content && !fam.toldObject && !fam.objectPrep)
}

// isNegation reports whether t negates the verb after it, or the verbal
// noun after عدم ("طالباً عدم ذكر اسمه").
func isNegation(t token) bool {
	switch t.norm {
	case "لم", "لن", "لا", "ما", "ولم", "ولن", "ولا", "فلم", "فلن", "فلا", "عدم", "وعدم", "ليس", "ليست", "not", "never", "didn", "no":
		return true
	}
	return false
}

// nounNegation reports whether t is عدم, which negates a verbal noun.
func nounNegation(t token) bool { return t.norm == "عدم" || t.norm == "وعدم" }

// relativeMa reports whether the ما before the verb at toks[i] is the
// relative "what", not the negation: after a pronoun or a demonstrative
// ("وهو ما اعترف به المدرب", "وهذا ما أكده"), or with the verb's object
// pronoun or a resumptive after it ("ما أكد عليه").
func (f *finder) relativeMa(toks []token, i int, vf verbForm) bool {
	if toks[i-1].norm != "ما" {
		return false
	}
	if vf.object || i+1 < len(toks) && f.lex.resumptives.has(toks[i+1].norm) {
		return true
	}
	if i < 2 {
		return false
	}
	p := &toks[i-2]
	for k := range int(p.nb) {
		if isPronoun(f.lex, p.form(k)) || f.lex.demonstratives.has(p.form(k)) {
			return true
		}
	}
	return false
}

// adverbialMa reports whether the ما before the verb at toks[i] follows an
// adverb that takes it ("وسرعان ما أعلن", "غالباً ما يؤكد"): no negation.
func (f *finder) adverbialMa(toks []token, i int) bool {
	return i >= 2 && toks[i-1].norm == "ما" && f.lex.maAdverbs.has(toks[i-2].norm)
}

// quoteBefore reports whether a quotation closes right before toks[i]:
// "«…» قال الوزير".
func quoteBefore(toks []token, i int) bool {
	k := i - 1
	for k >= 0 && toks[k].punct && !isQuote(toks[k]) {
		k--
	}
	return k >= 0 && isQuote(toks[k]) && k < i
}

// longContentAt is where what was said starts after a speaker and a
// circumstance of some length, a comma then أن: "وصرح الوزير في الطائرة
// عائداً من رحلة نقلته إلى ماليزيا، أن …"; len(toks) when no verb of saying
// or quotation stands on the way and none opens.
func (f *finder) longContentAt(toks []token, from int) int {
	for k := from; k+1 < len(toks) && k < from+14 && !isTerminal(toks[k]) && !isQuote(toks[k]); k++ {
		if v, verb := f.lex.verbAt(&toks[k]); verb && !v.object {
			break // (not "رحلة نقلته إلى ماليزيا": a verb with its object, carrying)
		}
		if isComma(toks[k]) && f.opensContent(toks, k+1) && !isQuote(toks[k+1]) && toks[k+1].raw != ":" {
			return k + 1
		}
	}
	return len(toks)
}

// contentAt is where what was said starts after the speaker: within a few
// tokens, past a comma, or len(toks).
func (f *finder) contentAt(toks []token, from int, fam *family) int {
	for k := from; k < len(toks) && k < from+6; k++ {
		if f.opensContent(toks, k) || f.opensPrep(fam, toks, k) {
			return k
		}
		if !toks[k].punct && !f.lex.adverbs.has(toks[k].norm) && !f.lex.timeAdjs.has(toks[k].norm) {
			break
		}
	}
	// The verb's own particle may come after its object: "دعت روسيا
	// والصين إلى", "حث الطرفين على".
	if fam != nil && len(fam.preps.m) > 0 {
		for k := from; k < len(toks) && k < from+6 && !toks[k].punct; k++ {
			if f.opensPrep(fam, toks, k) && !hasLatin(toks[k].raw) {
				return k
			}
		}
	}
	return len(toks)
}

// arParticiple reads a circumstantial participle: "مضيفاً أن", "مشيرة إلى".
// It hangs on the main verb of its sentence, which gives its speaker.
func (f *finder) arParticiple(toks []token, i int, e event, evs []event) (event, int, bool) {
	e.form = model.FormParticiple
	if i+1 < len(toks) && e.fam.notSpeakers.has(toks[i+1].norm) {
		return event{}, 0, false // "داعياً الله أن": a prayer
	}
	if f.predicateParticiple(toks, i) {
		return event{}, 0, false // "فهي مطالبة بإقرار أنظمة": is required to, no one speaks
	}
	e.content = f.contentAt(toks, i+1, e.fam)
	if f.ritualAt(e.fam, toks, min(e.content, i+1)) {
		return event{}, 0, false // "معربةً عن شكرها …", "متمنياً للجرحى الشفاء": thanks or wishes, as with its verb
	}
	if e.fam.predicate && i+2 < len(toks) && strings.HasPrefix(toks[i+1].norm, "ايا") && !toks[i+2].punct {
		e.content = i + 2 // "معتبرة إياها اعتداءً": the object, then what it was called
	}
	// With nothing said after it, only the accusative alef (مضيفاً — never
	// an adjective) after a pause, or a participle taking an object
	// ("مثمناً مواقفه"), is circumstantial: "معلقاً على" is "hanging on".
	acc := e.vf.agr == masculine && (i > 0 && toks[i-1].punct || !e.fam.content)
	// so is the plural in ين after a pause when a group of people is the
	// subject: "…، مناشدين الجهات التدخل" — not of a verb whose object is
	// said only by a document ("…، مثبتين حضورهم": establishing it).
	peopleObject := e.fam.objectContent && len(e.fam.subjects) == 0
	group := !acc && e.content >= len(toks) && e.vf.agr == plural && i > 0 && isComma(toks[i-1]) && (!e.fam.content || peopleObject)
	acc = acc || group
	if e.content >= len(toks) && !acc && e.vf.agr == feminine && peopleObject && i > 0 && isComma(toks[i-1]) &&
		i+1 < len(toks) && !toks[i+1].punct && !hasAl(&toks[i+1]) && !f.lex.prepositions.has(toks[i+1].norm) {
		acc, e.content = true, i+1 // "…، معلنةً فشل المفاوضات": after a pause, with its object
	}
	if e.content >= len(toks) && !acc {
		return event{}, 0, false
	}
	e.main = subjectMain(evs)
	if k := e.main; k > 0 {
		// a participle hangs on the sentence's main verb, not on one of a
		// clause "حيث أظهرت الإحصائيات أن …"
		if c := evs[k].cue[0]; c > 0 && evs[k].form != model.FormParticiple &&
			(toks[c-1].norm == "حيث" || toks[c-1].norm == "فيما" || toks[c-1].norm == "بينما") {
			if m := lastMain(evs[:k]); m >= 0 {
				e.main = m
			}
		}
	}
	if group && e.main >= 0 && !f.pluralEvent(toks, evs[e.main]) {
		return event{}, 0, false // "وتابع فلان أنه …، متهمين بـ": not his plural
	}
	if e.main < 0 {
		sp := f.participleSubject(toks, i, e.vf.agr)
		if group && sp[1] > sp[0] {
			sp = f.groupSpan(toks, sp)
		}
		if sp[1] > sp[0] {
			e.sp, e.subject = sp, true
		} else if group {
			return event{}, 0, false // "وأفرجت الشرطة عن …، متهمين بـ": the plural not the subject's
		} else if len(evs) > 0 {
			// "منوهاً بما …، مشيراً إلى أن": a chain of participles opening
			// the sentence, each with the speaker of the first
			e.main = len(evs) - 1
		} else if i > 1 && !(isComma(toks[i-1]) && e.content < len(toks) && (f.opensContent(toks, e.content) || e.content == i+1 && f.opensPrep(e.fam, toks, e.content))) &&
			!(e.fam.speech && e.content == i+1 && i+1 < len(toks) && (toks[i+1].raw == ":" || isQuote(toks[i+1])) && strings.HasPrefix(toks[0].norm, "و") && f.pointsBack(toks, i)) {
			// Inside a sentence whose subject could not be read, the
			// participle's speaker is unknown: no guess. After a comma
			// and with what was said right after it ("…، مشيراً إلى أن",
			// "…، مشيداً بالتعاون", not "مشيراً بيده إلى المبنى") it
			// reports like "وأضاف أن": the last speaker who agrees. So does
			// "قائلاً:" with what was said right after it, opening a sentence
			// whose subject is dropped ("واختتم حديثه قائلاً: …", "وخرج له
			// قائلاً: …").
			if sp := f.subjectBeforeParticiple(toks, i, e); sp[1] > sp[0] {
				e.sp, e.subject = sp, true // "واتفقت معها والدتها قائلةً: …"
				return e, i + 1, true
			}
			if sp := f.relativeParticipleSubject(toks, i, e.vf.agr); sp[1] > sp[0] && e.content < len(toks) {
				e.sp, e.subject = sp, true // "رونالدو، الذي كان يوجه حديثه للمدرب قائلاً: …"
				return e, i + 1, true
			}
			return event{}, 0, false
		}
	}
	return e, i + 1, true
}

// predicateParticiple reports whether the participle at toks[i] is the
// predicate of a pronoun or of كان and its sisters right before it, past
// an aside between dashes: "فهي – أي الهيئة – مطالبة بوضع لائحة" (is
// required to), "وأصبحت مطالبة بخفض التكاليف" — a state, where a
// circumstantial participle follows a clause ("…، مطالبةً بوضع لائحة").
func (f *finder) predicateParticiple(toks []token, i int) bool {
	j := i - 1
	if j > 0 && isDash(toks[j]) {
		for j--; j > 0 && j > i-8 && !isDash(toks[j]); j-- {
		}
		j-- // the word before the aside
	}
	if j < 0 || toks[j].punct {
		return false
	}
	// the head as written, or with و or ف: not "بهم", "لهم" (with them)
	w := toks[j].norm
	return f.lex.predicateHeads.has(w) || f.lex.predicateHeads.has(strings.TrimPrefix(strings.TrimPrefix(w, "و"), "ف"))
}

// pointsBack reports whether the words between a sentence's first verb and
// a participle at toks[i] are the speech the dropped subject gave, its
// pronoun pointing back, and maybe the medium it spoke to: "واختتم حديثه
// قائلاً", "واختتم حديثه لـ«سبق» قائلاً" (not "وودعه صديقه قائلاً": a
// person, another speaker).
func (f *finder) pointsBack(toks []token, i int) bool {
	if i < 2 {
		return false
	}
	stem := pronounStem(&toks[1])
	if _, n, _ := f.lex.channelNouns.match([]token{word(stem, 0, len(stem))}, 0); stem == "" || n == 0 && !f.lex.ownWords.has(stem) {
		return false
	}
	if i == 2 {
		return true
	}
	end, _, ok := f.arChannelAt(toks, 2)
	return ok && end == i
}

// notAtClause reports whether a verb that reports only where a clause
// starts stands elsewhere: "بين البلدين" is "between", but not "بين إن
// هناك", "كلمة بين فيها أن", nor "وبيَّن", whose shadda writes the verb
// (not "الحلال بَيِّن", clear, nor "إبّان", during).
func (f *finder) notAtClause(toks []token, i int) bool {
	return !clauseStart(toks, i) && !f.afterAdverbial(toks, i) && !f.openerBefore(toks, i) && !f.afterTopic(toks, i) &&
		!(f.lex.conjoined(&toks[i]) && strings.ContainsRune(toks[i].raw, 'ّ')) &&
		!(i+1 < len(toks) && (saidParticle(toks[i+1]) || strings.HasPrefix(toks[i+1].norm, "في") && f.lex.resumptives.has(toks[i+1].norm)))
}

// ritualAt reports whether what follows a verb's particle at toks[k] is a
// ritual its family names ("عن أصدق التهاني", "عن شكره"): within three
// words from where what was said starts, the ritual noun, with or without
// a pronoun.
func (f *finder) ritualAt(fam *family, toks []token, k int) bool {
	if len(fam.bareRituals.m) > 0 && f.bareRitualAt(fam, toks, k) {
		return true
	}
	if len(fam.rituals.m) == 0 {
		return false
	}
	for j := k; j < len(toks) && j <= k+3 && !toks[j].punct; j++ {
		w := &toks[j]
		if w.norm == "ان" || w.norm == "بان" {
			return false // "تمنى أن تولي وزارة الصحة …": a wish with what it says
		}
		if fam.rituals.hasBare(w) {
			return true
		}
		for _, suf := range []string{"ه", "ها", "هم"} {
			if stem, ok := strings.CutSuffix(w.norm, suf); ok && fam.rituals.has(strings.TrimPrefix(strings.TrimPrefix(stem, "و"), "ال")) {
				return true // "عن شكره", "أبدى شكره", "عن تقديره وشكره"
			}
		}
	}
	return false
}

// bareRitualAt reports whether the clause from toks[k] to its end holds
// only a courtesy wished and to whom: "متمنياً لهم التوفيق والسداد." —
// not "متمنياً له التوفيق والاستمرارية في عمله الجديد", which says what
// for.
func (f *finder) bareRitualAt(fam *family, toks []token, k int) bool {
	seen := false
	for j := k; j < len(toks) && !toks[j].punct; j++ {
		switch t := &toks[j]; {
		case j > k+4:
			return false
		case fam.bareRituals.hasBare(t):
			seen = true
		case !f.prepWithPronoun(t) && !toPronoun(t):
			return false // "لهم", "له", "معه": to whom
		}
	}
	return seen
}

// toPronoun reports whether t is the preposition ل with a pronoun of the
// third person: "له", "لها", "لهم", "لهما".
func toPronoun(t *token) bool {
	for _, suf := range possessives {
		if t.norm == "ل"+suf {
			return true
		}
	}
	return false
}

// possessed reports whether an Arabic word ends with a possessive pronoun
// ("زوجته", "أصدقائي"): a noun, never a foreign name.
func possessed(t *token) bool {
	for _, suf := range []string{"ته", "تها", "تهم", "ائي", "اءي"} {
		if strings.HasSuffix(t.norm, suf) && len(t.norm) > len(suf)+2 {
			return true
		}
	}
	return false
}

// accusative reports whether an Arabic word is an indefinite noun or
// adjective in the accusative: written with its tanween ("مسؤولاً"), or
// a title, a vague source or an adjective with the alef of it ("مسؤولا").
func (f *finder) accusative(t *token) bool {
	if hasAl(t) || hasLatin(t.raw) {
		return false
	}
	if tanweenAlef(t) || strings.HasSuffix(t.raw, "ةً") {
		return true
	}
	w, ok := strings.CutSuffix(t.norm, "ا")
	return ok && (f.lex.titles.has(w) || f.lex.anonymousWord(w) || f.lex.adjectives.has(w))
}

// hasVerb reports whether a verb of saying stands among ts.
func (f *finder) hasVerb(ts []token) bool {
	for k := range ts {
		if _, ok := f.lex.verbAt(&ts[k]); ok {
			return true
		}
	}
	return false
}

// bodyMetBefore reports whether ts names a body that spoke or was met
// before ("العفو الدولية" after "منظمة العفو الدولية").
func (f *finder) bodyMetBefore(ts []token) bool {
	f.flushMentions()
	ent := f.matchName(foldWords(ts), model.SourceOrg, false)
	return ent != nil && ent.kind != model.SourcePerson && ent.kind != model.SourceAnonymous
}

// lightVerbSubject is, for a verbal noun at toks[i] right after a light
// verb's subject ("وجدد المرصد السوري، مطالبته"، "كرر أردوغان تأكيد"،
// "وسارعت روسيا إلى نفي"), that subject: the speaker of the report the
// noun names. Empty when no light verb stands before it.
func (f *finder) lightVerbSubject(toks []token, i int) [2]int {
	k := i - 1
	if k > 0 && (toks[k].norm == "الي" || toks[k].norm == "الى") {
		k-- // "سارعت روسيا إلى نفي"
	}
	if k > 0 && isComma(toks[k]) {
		k--
	}
	for j := k - 1; j >= 0 && j >= k-10; j-- {
		if toks[j].punct {
			return [2]int{}
		}
		w := toks[j].norm
		if rest, ok := strings.CutPrefix(w, "و"); ok && f.lex.lightVerbs.has(rest) || f.lex.lightVerbs.has(w) {
			sp := f.arSpeaker(toks, j+1, nil)
			if sp[1] != k+1 || !f.looksLikeSpeaker(toks[sp[0]:sp[1]]) && !f.metBefore(toks[sp[0]:sp[1]]) && !f.allNameLike(toks, sp[0], sp[1]) &&
				!(hasAl(&toks[sp[0]]) && ownReport(&toks[j], &toks[i])) {
				return [2]int{}
			}
			return sp
		}
	}
	return [2]int{}
}

// lightVerbNoun reads a verbal noun after a light verb's subject as its
// report (done, with ok); a noun the family reads only so is otherwise
// nothing (done, not ok: "وتحذير المواطنين" is warning them).
func (f *finder) lightVerbNoun(toks []token, i int, e event, afterPrep bool) (event, int, bool, bool) {
	fam := e.fam
	if e.vf.kind != formMasdar && e.vf.kind != formNoun && !(afterPrep && fam.noun != "" && toks[i].norm == fam.noun) {
		return event{}, 0, false, false
	}
	if fam.nounContent && !f.opensContent(toks, i+1) && !f.opensPrep(fam, toks, i+1) {
		return event{}, 0, false, false // "قامت الوزارة بالإعلان الرسمي عن": what was said must follow the noun
	}
	if sp := f.lightVerbSubject(toks, i); sp[1] > sp[0] {
		e.form, e.sp, e.content = model.FormVerbalNoun, sp, i+1
		return e, i + 1, true, true
	}
	if f.lightVerbDropped(toks, i) {
		e.form, e.content = model.FormVerbalNoun, i+1
		return e, i + 1, true, true // "وكرر مطالبته للبلدية بأن": his own, the subject dropped
	}
	if sp := f.agentThenObjectL(toks, i, fam); fam.nounLightOnly && sp[1] > sp[0] {
		e.form, e.sp, e.content = model.FormVerbalNoun, sp, f.contentAt(toks, sp[1]+1, fam)
		return e, sp[1], true, true // "اتهام المحكمة للوزير بـ…"
	}
	return event{}, 0, false, fam.nounLightOnly
}

// nameLikePP is, right after a verb of saying, a word spelt like ب or ل
// with a definite noun that stands alone before a colon: a name ("وقال
// بالمر: إنه"), not a phrase ("بالحرف الواحد:"). Empty otherwise.
func (f *finder) nameLikePP(toks []token, k int) [2]int {
	if k+1 < len(toks) && definitePP(&toks[k]) && toks[k+1].raw == ":" {
		return [2]int{k, k + 1}
	}
	return [2]int{}
}
