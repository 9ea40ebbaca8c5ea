package cite

import (
	"strings"

	"github.com/isnad/isnad/model"
)

// What describes an Arabic speaker after its noun phrase without being
// part of it: a clause with its own verb after an indefinite source.

// clauseOnDocument reports whether toks[j] opens a clause describing the
// indefinite document or source read from toks[k] ("وأظهر تحقيق أجرته
// لجنة الرقابة أن", "وأوضحت دراسة حديثة اطلعت «الصحيفة» عليها أن"). An
// indefinite noun takes no relative pronoun: its describing clause starts
// with the verb, which points back to the noun with a pronoun, joined to
// it ("أجرته", "أعدتها") or on a preposition after its subject ("اطلعت …
// عليها"). The speaker is the noun phrase before the verb, as it is the
// head before "الذي" (the clause's subject may be the one who spoke, but
// the report is the source named); the lexicon's issuing verbs ("أصدرته",
// "أعدتها") stay, the issuer being whose document it is. A noun with a possessive before an
// adjective or what was said ("بيان مكتبه الإعلامي أن") is the phrase's.
func (f *finder) clauseOnDocument(toks []token, k, j int) bool {
	if j <= k || j+1 >= len(toks) || hasAl(&toks[k]) || !f.documentWord(toks, k) {
		return false
	}
	if _, n, _ := f.lex.issuedBy.match(toks, j); n > 0 {
		return false // "بيان أصدرته الوزارة": the issuer's, whom the entity names
	}
	t := &toks[j]
	if t.punct || hasAl(t) || joinedPrep(t) || f.lex.titles.hasBare(t) || f.ownTitle(t) || isGivenName(f.lex, t) ||
		f.prepWithPronoun(t) || f.lex.resumptives.has(t.norm) || f.mediumWord(t) != "" || f.lex.wrappers.hasBare(t) {
		return false
	}
	if f.documentClauseVerb(toks, k, j) {
		return true
	}
	for c := k + 1; c < j; c++ {
		if hasAl(&toks[c]) || pastFeminine(&toks[c]) {
			return false // "مسح نشرت نتائجه": the clause began before
		}
	}
	next := &toks[j+1]
	if objectPronounVerb(t) {
		// the clause's subject follows: a name, a body, a word in marks
		// (not "معلومات استخدامه وموقعه", "شهادة ميلاده التي", nouns of his)
		return !f.opensContent(toks, j+1) && (isQuote(*next) || !next.punct && !f.isAdjective(next) && !objectPronounVerb(next) &&
			!f.lex.relatives.has(next.norm))
	}
	return pastFeminine(t) && f.resumptiveAhead(toks, j+1)
}

// documentClauseVerb reports whether toks[j] is a verb of the lexicon's
// document_clauses opening the clause that describes the indefinite
// document from toks[k], its adjectives or a joined affiliation between
// ("كشف تقرير اقتصادي صدر أمس أن", "وأظهر استطلاع للرأي نشر اليوم أن",
// "مسح لقطاع النسيج نشرت نتائجه"):
// an indefinite noun's clause starts with its verb. Not before عن or من
// (within two words), which name who issued it ("بيان صدر أمس عن الوزارة").
func (f *finder) documentClauseVerb(toks []token, k, j int) bool {
	if !f.lex.documentClauses.has(toks[j].norm) {
		return false
	}
	for c := j + 1; c < len(toks) && c <= j+2; c++ {
		if toks[c].norm == "عن" || toks[c].norm == "من" {
			return false // "صدر حديثا عن الشركة": the issuer
		}
	}
	for c := k + 1; c < j; c++ {
		if t := &toks[c]; t.punct || !f.isAdjective(t) && !joinedPrep(t) && !(hasAl(t) && joinedPrep(&toks[c-1])) {
			return false
		}
	}
	return true
}

// documentWord reports whether toks[k] is a noun of a document or a
// report that may wrap its source ("دراسة", "تحقيق", "جدول").
func (f *finder) documentWord(toks []token, k int) bool {
	kind, n, _ := f.lex.kinds.match(toks, k)
	return f.lex.wrappers.hasBare(&toks[k]) || n == 1 && kind == model.SourceDocument
}

// objectPronounVerb reports whether a word ends as a perfect with an object
// pronoun does ("أجرته", "تلقاه", "أعدتها", "نشرها"): a stem of three
// letters or more, then ه or ها as written (not ة).
func objectPronounVerb(t *token) bool {
	for _, suffix := range []string{"ها", "ه"} {
		if stem, ok := strings.CutSuffix(t.raw, suffix); ok && len([]rune(stem)) >= 3 {
			return true
		}
	}
	return false
}

// pastFeminine reports whether a word ends as a feminine perfect does
// ("اطلعت", "حصلت"): ت as written, not a plural's ات.
func pastFeminine(t *token) bool {
	return strings.HasSuffix(t.raw, "ت") && !strings.HasSuffix(t.raw, "ات") && len([]rune(t.raw)) >= 4
}

// resumptiveAhead reports whether a preposition with a pronoun stands within
// four words from toks[k], before any pause or what was said: the pronoun
// of a describing clause ("اطلعت «الصحيفة» عليها", "تلقت الصحيفة نسخة
// منه").
func (f *finder) resumptiveAhead(toks []token, k int) bool {
	for c, words := k, 0; c < len(toks) && words < 4; c++ {
		if isQuote(toks[c]) {
			continue
		}
		words++
		if toks[c].punct || f.opensContent(toks, c) {
			return false
		}
		if c > k && (f.lex.resumptives.has(toks[c].norm) || f.prepWithPronoun(&toks[c])) {
			return true
		}
	}
	return false
}

// toldBeforeSaying reports whether the noun joined to "لل" at toks[j],
// after a person's phrase read from toks[k], is the one spoken to: a colon
// or how it was said follows it and its adjectives ("وقال المدرب سامي
// الحربي للاعبين: «…»", "تحدث المدرب سامي للاعبين قائلاً"). A body's name
// may go on with "لل" to its colon ("وقال مركز الملك فهد للبحوث:"), so
// the phrase must not open with a body's kind.
func (f *finder) toldBeforeSaying(toks []token, k, j int) bool {
	if !strings.HasPrefix(toks[j].norm, "لل") {
		return false
	}
	if _, n, _ := f.lex.kinds.match(toks, k); n > 0 {
		return false
	}
	end := f.addresseeEnd(toks, j, true)
	return end > j && end < len(toks) && (toks[end].raw == ":" || f.sayingParticiple(&toks[end]))
}

// circumstanceAfterMarks reports whether في at toks[j] opens a place or an
// occasion after a body's name closed by its marks or brackets, read from
// toks[k] with no title: "وقال معهد «الرواد» في مسقط إن", "وقالت «نور
// كابيتال» في مذكرة إن". Not where a title's name is still to come ("رئيس
// بعثة منظمة «…» في اليمن حسن …"), nor after a title, whose post may go
// on ("مدير عام قنوات «…» في الشرق الأوسط").
func (f *finder) circumstanceAfterMarks(toks []token, k, j int) bool {
	if j-k < 2 || toks[j].norm != "في" || j+1 >= len(toks) || toks[j+1].punct || f.lex.branchHeads.hasBare(&toks[k]) {
		return false // (an office's country is its own: "مكتب «يونيسف» في اليمن")
	}
	if c := toks[j-1]; !isQuote(c) && c.raw != ")" || f.hasTitle(toks[k:j]) {
		return false
	}
	for c := j + 1; c < len(toks) && c < j+10 && !toks[c].punct && !f.opensContent(toks, c); c++ {
		if f.strongName(toks, c) {
			return false
		}
	}
	return true
}

// thenWord reports whether t, opening a sentence, is a preposition of time
// with a pronoun pointing to what came before ("بعدها", "وبعده", "قبلها"):
// no verb, and the sentence's verb follows it ("بعدها استعرض
// رئيس المعرض فلان الخطة، مشيراً").
func (f *finder) thenWord(t token) bool {
	t.norm = strings.TrimPrefix(t.norm, "و")
	return f.prepWithPronoun(&t) && f.lex.timeConjunctions.has(strings.TrimSuffix(strings.TrimSuffix(t.norm, "ها"), "ه"))
}

// toldInMarks reports whether a short name in marks at toks[k], right after
// the verb, is the one told, an unnamed source following it at once:
// "أبلغ «الوادي» مصدر مطلع أن" — a name and an indefinite source are no
// apposition ("ذكر «فلان» المتحدث باسم …" is one man), so the name is
// the paper the source spoke to.
func (f *finder) toldInMarks(toks []token, k int) bool {
	if !isQuote(toks[k]) {
		return false
	}
	q := quotedRun(toks, k)
	if q <= k+1 || q+1 >= len(toks) || !f.quotedNameLike(toks, k, q) || hasAl(&toks[q+1]) || strings.HasSuffix(toks[q+1].norm, "ين") {
		return false // (a plural in ين is no subject: "أبلغ «فلان» مسؤولين", he told them)
	}
	for c := k + 1; c < q; c++ {
		if isGivenName(f.lex, &toks[c]) || f.lex.nameJoins.has(toks[c].norm) {
			return false // "وقال «أبو فهد» مسؤول الإعلام": a person's by-name, his post after it
		}
	}
	_, n, _ := f.lex.anonymous.match(toks, q+1)
	return n > 0
}

// markTold records the name in marks at toks[k] as the event's channel,
// unless it has one, and returns the index after it.
func (f *finder) markTold(toks []token, k int, e *event) int {
	q := quotedRun(toks, k)
	if e.ch[1] == e.ch[0] {
		e.ch = [2]int{k, q + 1}
	}
	return q + 1
}

// placeOfHis reports whether "في" at toks[j], before a noun with a pronoun,
// tells where or how the speaker read from toks[k] spoke, ending the
// phrase: after a person's phrase ("وصرح مدير الفرع سالم الحربي في
// مكتبه"), or after a lone name right after its verb when what was said
// follows within a few words ("وكتب سالمون في مدونته أن", "وقال هيرمان في
// شهادته أمام المجلس إن"); there the pronoun may be the bare ه, which a
// word with the article never carries.
func (f *finder) placeOfHis(toks []token, k, j int) bool {
	if toks[j].norm != "في" || j == k || j+1 >= len(toks) {
		return false
	}
	next := &toks[j+1]
	if j > k+1 {
		return pronounSuffixed(next) && f.personLike(toks[k:j])
	}
	if !f.nameLike(toks, k) || !pronounSuffixed(next) && (hasAl(next) || !objectPronounVerb(next)) {
		return false
	}
	for c := j + 2; c < len(toks) && c <= j+6; c++ {
		if f.opensContent(toks, c) || toks[c].raw == ":" || isQuote(toks[c]) {
			return true
		}
	}
	return false
}

// spokeFromHis reports whether "في" at toks[j], after a speaker's phrase
// begun, opens the place the speaker spoke from, written with his pronoun
// (spoke_from: "في مكتبه", "في منزلها", "في مقره"): where he said it, not
// what he is, whatever the phrase before it ("وصرح فلان أحد محامي الدفاع في
// مكتبه في المدينة بأن").
func (f *finder) spokeFromHis(toks []token, k, j int) bool {
	if toks[j].norm != "في" || j == k || j+1 >= len(toks) {
		return false
	}
	n := &toks[j+1]
	return f.lex.spokeFrom.has(n.norm) && (strings.HasSuffix(n.raw, "ه") || strings.HasSuffix(n.raw, "ها"))
}
