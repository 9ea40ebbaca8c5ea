package cite

import (
	"strings"
	"unicode/utf8"

	"github.com/isnad/isnad/model"
)

// Where an Arabic verb stands and how it is written: the start of a clause,
// after an adverbial, a passive marked by its damma, the sentence's main verb.

// clauseStart reports whether toks[i] starts a clause: the sentence's
// start, after a pause, or after كما، حيث، إذ.
func clauseStart(toks []token, i int) bool {
	if i == 0 || toks[i-1].punct && !isQuote(toks[i-1]) {
		return true
	}
	switch toks[i-1].norm {
	case "كما", "وكما", "حيث", "اذ", "بينما":
		return true
	case "قد", "وقد", "لقد", "فقد":
		return true // "وقد عبر"، "فقد بين": the particle before a perfect, a verb
	case "فيما", "وفيما":
		return toks[i].norm != "بين" // "فيما دانت"; "فيما بين" is "between"
	}
	return false
}

// afterAdverbial reports whether toks[i] follows an adverbial phrase that
// starts a clause: "من جانبه بين فلان أن".
func (f *finder) afterAdverbial(toks []token, i int) bool {
	for k := max(0, i-4); k < i; k++ {
		if !clauseStart(toks, k) {
			continue
		}
		if n := f.adverbialAt(toks, k); n > 0 && k+n == i {
			return true
		}
		if _, n, _ := f.lex.itemOpeners.match(toks, k); n > 0 && k+n == i {
			return true // "إلى ذلك يرى مراقبون أن"
		}
	}
	return false
}

// dammaFirst reports whether a verb's first letter, after و or ف, carries
// a damma: in the perfect, the writer marked a passive ("وُصِفت").
func dammaFirst(raw string) bool {
	rs := []rune(raw)
	k := 0
	if len(rs) > 2 && (rs[0] == 'و' || rs[0] == 'ف') && rs[1] != 'ُ' {
		k = 1
	}
	return k+1 < len(rs) && rs[k+1] == 'ُ'
}

// lastMain is the index of the last event that is no participle, or -1.
func lastMain(evs []event) int {
	for k := len(evs) - 1; k >= 0; k-- {
		if evs[k].form != model.FormParticiple && !evs[k].cited { // (a hadith cited is set in the clause, no main verb of it)
			return k
		}
	}
	return -1
}

// subjectMain is lastMain for a verb or participle with no subject of its
// own that takes the subject of the sentence's verb: an agentless passive
// names no one, so the verb before it is that verb when there is one. In
// "ونفى الطبيب ما يقال عن إغلاق العيادة، وقال إن …" the doctor said it,
// not whoever "يقال" withholds.
func subjectMain(evs []event) int {
	m := lastMain(evs)
	for k := m; k >= 0; k-- {
		if evs[k].form != model.FormParticiple && !evs[k].passive {
			return k
		}
	}
	return m
}

// subjectBetweenCommas finds, among the insertions between commas that
// stand between a verb (from) and what was said (to), the one that is its
// subject: "وقال لـ«اليمامة»، أمس، مصدر في إدارة النادي، إن" — the
// channel and the day are skipped, the source is the speaker.
func (f *finder) subjectBetweenCommas(toks []token, from, to int) [2]int {
	start := -1
	for k := from; k < to; k++ {
		if !isComma(toks[k]) {
			continue
		}
		if start >= 0 && k > start {
			seg := toks[start:k]
			if _, _, ok := f.arChannelAt(toks, start); !ok && !f.lex.adverbs.has(seg[0].norm) &&
				(f.sourceHead(seg) || len(seg) <= 5 && f.allNameLike(toks, start, k)) { // "وقالت، دونا لين نيلسون، …"
				return [2]int{start, k}
			}
		}
		start = k + 1
	}
	return [2]int{}
}

// openerBefore reports whether one of the lexicon's clause openers ends
// right before toks[i]: "في حين بين فلان أن", "بينما أكد".
func (f *finder) openerBefore(toks []token, i int) bool {
	if toks[i].norm == "بين" && i > 0 && (toks[i-1].norm == "فيما" || toks[i-1].norm == "وفيما") {
		return false // "فيما بين": between
	}
	return f.lex.clauseOpeners.endsBefore(toks, i)
}

// afterTopic reports whether the verb at toks[i] follows a topic fronted
// at the sentence's start, with no pause: "وحول فكرة اللوحة يقول إنه …",
// "وعن الحجز أكد": the words before the verb are no subject.
func (f *finder) afterTopic(toks []token, i int) bool {
	if i < 2 || i > 10 || !f.lex.topicOpeners.hasBare(&toks[0]) {
		return false
	}
	for k := 1; k < i; k++ {
		if toks[k].punct && !isQuote(toks[k]) {
			return false
		}
		if _, verb := f.lex.verbAt(&toks[k]); verb {
			return false
		}
	}
	return true
}

// afterTopicPhrase reports whether the cue at toks[i] follows, after a
// comma and within eight words with no verb of saying, a phrase that opens
// a topic ("…، وفيما يخص اللاعب فلان أشار إلى أنه"): its clause is the
// writer's again.
func (f *finder) afterTopicPhrase(toks []token, i int) bool {
	for c := i - 1; c >= 0 && c >= i-10; c-- {
		if toks[c].punct {
			if !isComma(toks[c]) {
				return false
			}
			_, n, _ := f.lex.topicPhrases.match(toks, c+1)
			return n > 0 && c+1+n < i
		}
		if _, verb := f.lex.verbAt(&toks[c]); verb {
			return false
		}
	}
	return false
}

// documentHead reports whether a speaker opens with a document, figures or
// a survey ("بيانات معهد البترول", "الإحصائيات", "دراسة", "استطلاع"): the
// only subjects with which a verb such as أظهر reports its object.
func (f *finder) documentHead(ts []token) bool {
	if f.lex.wrappers.hasBare(&ts[0]) {
		return true
	}
	k := f.kindOf(ts[:1])
	return k == model.SourceDocument || k == model.SourceAnonymous
}

// quantifierAt reports whether a quantifier opens a phrase at toks[k]: "عدد
// من الساسة", "بعض المراقبين".
func (f *finder) quantifierAt(toks []token, k int) bool {
	_, n, _ := f.lex.quantifiers.match(toks, k)
	return n > 0
}

// whatCalled reads a verb after the relative ما ("وهو ما اعترف به المدرب"):
// its subject must be written and be a source — "ما تراه هيمنة غربية",
// "وهو ما نقل عن …" are likely no one's — unless the verb describes a thing
// with its object pronoun ("إثر ما وصفتها بحملة مغرضة"، "ما اعتبره
// تدخلاً"): what the sentence's subject called it (describes). Not "ما
// اعتبره الحكم سوء سلوك", a subject after it unread. A family that
// reports only so ("ما سمّاه") is nothing without ما. ok is false when the
// verb reports nothing.
func (f *finder) whatCalled(toks []token, i int, vf verbForm, fam *family, e event) (describes, ok bool) {
	if i == 0 || !f.relativeMa(toks, i, vf) {
		return false, !fam.relativeOnly // "سمّى ابنه": named a child
	}
	describes = vf.object && (fam.predicate || fam.objectPrep || fam.relativeOnly) &&
		i+1 < len(toks) && !hasAl(&toks[i+1]) && !f.looksLikeSpeaker(toks[i+1:i+2]) && !f.quantifierAt(toks, i+1)
	ts := toks[e.sp[0]:e.sp[1]]
	if !e.hasSpeaker() && !describes || e.hasSpeaker() && !f.sourceHead(ts) && !f.metBefore(ts) && !f.namedFirst(ts) {
		return false, false
	}
	return describes, true
}

// whatAfter reports whether ما right after a source, at toks[end], opens
// the object of a verb whose object may be what was said: "وأكد العكيك ما
// تتمتع به بلادنا", "ورفض يونكر ما تردد".
func (f *finder) whatAfter(toks []token, end int, fam *family, e event) bool {
	if !e.hasSpeaker() || end+1 >= len(toks) || toks[end].norm != "ما" || toks[end+1].punct || !fam.objectContent && len(fam.declines.m) == 0 {
		return false
	}
	ts := toks[e.sp[0]:e.sp[1]]
	return f.sourceHead(ts) || f.metBefore(ts)
}

// topicBeforeIdh is the topic that opens a sentence before "إذ" and the
// verb right after it: "وأمانة المنطقة، إذ تعلن هذه النتائج لتؤكد …" — the
// ministry, as it announces, stresses. Empty unless the whole opening is
// a source, a noun phrase with no verb: in "وانتقد الرئيس الحكومة
// السابقة، إذ قال إن …" the opening is a clause whose subject says it.
func (f *finder) topicBeforeIdh(toks []token, i int) [2]int {
	if i < 2 || toks[i-1].norm != "اذ" {
		return [2]int{}
	}
	end := i - 1
	if isComma(toks[end-1]) {
		end--
	}
	if end == 0 || end > 6 || i+1 >= len(toks) {
		return [2]int{}
	}
	if n := &toks[i+1]; !f.lex.prepositions.hasBare(n) && !joinedPrep(n) && !f.opensContent(toks, i+1) {
		return [2]int{} // "…، إذ كشفت الشؤون الصحية عن": its subject after it
	}
	for k := range end {
		if toks[k].punct && !isQuote(toks[k]) {
			return [2]int{}
		}
		if _, verb := f.lex.verbAt(&toks[k]); verb {
			return [2]int{}
		}
	}
	if !f.looksLikeSpeaker(toks[:end]) {
		return [2]int{}
	}
	return [2]int{0, end}
}

// conjNoun reports whether t is و joined to a noun that opens a speaker:
// "ووزارة", "والوزير" (not "وزير", "وليد", "والي", "والدة", "وكالات").
func (f *finder) conjNoun(t *token) bool {
	rest, ok := strings.CutPrefix(t.norm, "و")
	if !ok {
		return false
	}
	if strings.HasPrefix(rest, "و") {
		return utf8.RuneCountInString(rest) >= 4 // "ووزارة", "ووليد" (not "وكالات")
	}
	if !strings.HasPrefix(rest, "ال") || utf8.RuneCountInString(rest) < 5 {
		return false // "والدة", "والده": a mother, a father
	}
	// "والوزير", "والمسؤولين" (not "والدته", "والتر"): a word that opens a source
	r := tokenize(strings.TrimPrefix(t.raw, "و"))
	if len(r) != 1 {
		return false
	}
	_, n, _ := f.lex.anonymous.match(r, 0)
	return n > 0 || f.lex.titles.has(r[0].norm) || f.kindOf(r) != ""
}

// commaClosesAt is the comma that closes, within five words and with no
// verb, a phrase opening at toks[k] ("، خلال اللقاء،"); 0 when none does.
func (f *finder) commaClosesAt(toks []token, k int) int {
	for c := k + 1; c < len(toks) && c <= k+5; c++ {
		if isComma(toks[c]) {
			return c
		}
		if _, verb := f.lex.verbAt(&toks[c]); verb || toks[c].punct {
			return 0
		}
	}
	return 0
}

// nameInClause reports whether the words from toks[k] to the next mark
// hold an honorific or a given name: "، رئيس هيئة كبار العلماء … الشيخ
// عبدالعزيز آل الشيخ،" names the speaker, it does not only describe him.
func (f *finder) nameInClause(toks []token, k int) bool {
	for ; k < len(toks) && !toks[k].punct; k++ {
		if f.lex.honorifics.hasBare(&toks[k]) || isGivenName(f.lex, &toks[k]) && !f.lex.titles.hasBare(&toks[k]) {
			return true
		}
	}
	return false
}

// objectOnlySaid reports whether one of the lexicon's object heads, or a
// noun whose pronoun agrees with the verb, follows the speaker right away
// ("أوضح دوبفنر أهمية الحجم", "أعلن بشيكتاش التركي تعاقده"): what was said, even
// after a name the lexicon does not know — not after a noun that is no one
// ("وأكد صعوبة …", "كشف تسريبها …": a feminine ending or a pronoun).
func (f *finder) objectOnlySaid(toks []token, e event) bool {
	if !e.hasSpeaker() || e.sp[1] >= len(toks) || !f.lex.objectHeads.hasBare(&toks[e.sp[1]]) && !f.ownedByVerbsSubject(&toks[e.sp[1]], e.agr) {
		return false
	}
	first, last := &toks[e.sp[0]], toks[e.sp[1]-1].raw
	if e.sp[1]-e.sp[0] == 1 && strings.HasSuffix(last, "ة") || f.lex.objectHeads.hasBare(first) || f.ownedObject(first) ||
		f.quantifierAt(toks, e.sp[0]) || !hasAl(first) && (strings.HasSuffix(first.raw, "ه") || strings.HasSuffix(first.raw, "ها")) {
		return false // "أكدت استمرار دعمها", "تؤكد تمسكها بـ": what was said, the subject dropped
	}
	return hasAl(&toks[e.sp[1]-1]) || !strings.HasSuffix(last, "ه") && !strings.HasSuffix(last, "ها") && !strings.HasSuffix(last, "هم")
}

// ownedByVerbsSubject reports whether t is a noun with the possessive
// pronoun the verb's subject would take ("وأعلنت شيفرون تحملها"، "أعلن
// النادي تعاقده"): the object, its pronoun pointing back to the speaker.
func (f *finder) ownedByVerbsSubject(t *token, agr agreement) bool {
	if t.punct || hasAl(t) || f.lex.titles.hasBare(t) || f.ownTitle(t) || f.prepWithPronoun(t) || f.lex.resumptives.has(t.norm) || isGivenName(f.lex, t) {
		return false
	}
	suf := map[agreement]string{masculine: "ه", feminine: "ها", plural: "هم"}[agr]
	if suf == "" || !strings.HasSuffix(t.raw, suf) || agr == masculine && strings.HasSuffix(t.raw, "ها") {
		return false
	}
	return utf8.RuneCountInString(strings.TrimSuffix(t.raw, suf)) >= 3
}

// mediumCarrier reports whether t, right after a medium, is a verb by
// which an outlet carried it, with or without the object pronoun pointing
// back: أوردته، نشرتها، نشرت.
func (f *finder) mediumCarrier(t *token) bool {
	if t.punct {
		return false
	}
	stem := t.norm
	for _, suffix := range []string{"ها", "ه"} {
		if s, ok := strings.CutSuffix(stem, suffix); ok {
			stem = s
			break
		}
	}
	return f.lex.mediumCarriers.has(stem) || f.lex.mediumCarriers.has(strings.TrimSuffix(stem, "ت"))
}

// aliName reports whether t is the name علي, spelt with ي: never the
// preposition على, which folds alike ("وقال علي أحمد مدير الإدارة").
func aliName(t *token) bool { return t.norm == "علي" && strings.HasSuffix(t.raw, "ي") }

// namedFirst reports whether a phrase opens with a given name, or a kunya
// and one ("أم فهد", "أبو خالد"): a person, not "نجاح مهرجان الملك
// عبدالعزيز", whose given name names a festival.
func (f *finder) namedFirst(ts []token) bool {
	if len(ts) > 1 && (ts[0].norm == "ام" || ts[0].norm == "ابو") {
		ts = ts[1:]
	}
	return len(ts) > 0 && isGivenName(f.lex, &ts[0])
}

// imamNoun reports whether t is إمام (an imam), folded like أمام (in front
// of): the hamza under the alef writes the noun.
func imamNoun(t *token) bool { return t.norm == "امام" && strings.HasPrefix(t.raw, "إ") }

// percentAfter reports whether a percent sign follows the number at
// toks[k]: a share ("60% من البالغين"), no date.
func percentAfter(toks []token, k int) bool {
	return k+1 < len(toks) && (toks[k+1].raw == "%" || toks[k+1].raw == "٪")
}

// saidParticle reports whether t is إنّ or أنّ with or without a pronoun,
// spelt with or without hamza ("ان", "انه"): after a verb that is nothing
// but saying, either opens what was said.
func saidParticle(t token) bool {
	switch t.norm {
	case "ان", "انه", "انها", "انهم", "انهما", "انهن", "اننا", "انني", "اني":
		return !t.punct
	}
	return false
}

// parenQuote reports whether the parenthesis at toks[k] holds what was
// said: a clause of four words or more that ends the sentence ("وقال أحد
// المشجعين (المدرب أخطأ بلا شك …)."), not an apposition with words after
// it ("وقال فلان (خبير العطور) إن").
func (f *finder) parenQuote(toks []token, k int) bool {
	c := closingParen(toks, k, 60)
	if c == 0 || c-k-1 < 4 {
		return false
	}
	for j := c + 1; j < len(toks); j++ {
		if !toks[j].punct || isQuote(toks[j]) {
			return false
		}
	}
	return true
}

// yieldToSaying drops a verb that only says someone spoke ("تحدث"),
// with nothing of its own after it (no "عن …", no "بالقول إن"), when the
// next event of the sentence is a participle hanging on it: "تحدث المدرب
// للاعبين قائلاً: «…»". The participle reports, the dropped verb's subject
// its speaker, read from the sentence and not resolved.
func (f *finder) yieldToSaying(toks []token, evs []event) []event {
	for k := 0; k+1 < len(evs); k++ {
		e, next := &evs[k], &evs[k+1]
		spoke := e.fam != nil && e.fam.yields && e.form == model.FormVerb && e.hasSpeaker()
		ownWords := e.content < next.cue[0] && (f.opensPrep(e.fam, toks, e.content) || f.opensContent(toks, e.content)) // "تحدث عن صراع …، مضيفاً"
		hangs := next.form == model.FormParticiple && next.main == k && !next.hasSpeaker() && !next.passive
		agrees := next.agr == anyAgreement || e.agr == anyAgreement || next.agr == e.agr
		if !spoke || ownWords || !hangs || !agrees {
			continue
		}
		next.sp, next.subject, next.main, next.shared = e.sp, true, -1, false
		if next.ch[1] == next.ch[0] {
			next.ch = e.ch // "تحدث المدرب للاعبين قائلاً"
		}
		evs = append(evs[:k], evs[k+1:]...)
		for j := k; j < len(evs); j++ {
			if evs[j].main > k {
				evs[j].main-- // (one hanging on the dropped verb now hangs on the event that took its subject, at k)
			}
		}
	}
	return evs
}

// saysAfter reports whether something said follows a speaker ending at
// toks[k], past its adjuncts. "ذلك" right after a verb and before a
// definite noun is that noun's ("قال ذلك الرجل إن …") only then: with
// nothing said after it, it is the verb's object, what was said before, and
// the speaker follows it ("أوضح ذلك المتحدث الرسمي للهيئة سامر الفلاني.").
// (هذا، هذه stay the noun's: "وتكشف هذه المصادر عن …".)
func (f *finder) saysAfter(toks []token, k int, e *event) bool {
	probe := *e
	k = f.arAdjuncts(toks, k, &probe)
	return k < len(toks) && f.opensContent(toks, k)
}

// resumesSpeaker reports whether a verb with a dropped subject, joined by
// و after what the sentence's verb before it reports and followed by what
// it says, is that speaker going on rather than a verb inside his words:
// "قال الوزير إنه يريد توضيح الموقف وأضاف أن الانسحاب خطأ", "وأعلنت
// الوزارة أنها فتحت تحقيقاً وأكدت أن …". It agrees with that verb: "قال
// إن الصحف امتدحت الفريق وقالت إنه …" stays the papers'. (A person of
// the same gender acting in the reported clause may be the one going on
// — "وقال المحقق إن المتهم اعترف بالجريمة وأقر بأنه خطط لها" is the
// suspect's — and is read as the speaker's all the same: on three days of
// news the joined verb was the speaker's in every case read, and a
// version asking for إنه/أنها lost three of them.) (A subject of
// the reported clause read as the joined verb's, "قال إن المدير وصل وأكد
// أن …", gives it a speaker of its own and is no dropped subject.)
func (f *finder) resumesSpeaker(toks []token, prev, e event, c int) bool {
	if e.hasSpeaker() || e.form != model.FormVerb || hasLatin(toks[e.cue[0]].raw) || !f.lex.conjoined(&toks[e.cue[0]]) ||
		e.agr != prev.agr || e.agr != masculine && e.agr != feminine || c >= e.cue[0] {
		return false
	}
	k := e.cue[1]
	if k+1 < len(toks) && f.lex.prepositions.has(toks[k].norm) {
		k++ // "وأشار إلى أن"
	}
	return f.opensContent(toks, k)
}

// addingAfter reports whether the clause from toks[k] runs, past commas
// only, into a participle of going on ("مضيفاً", "متابعاً") or of saying
// ("قائلاً"): adding presupposes a saying, so the verb before it said its
// object, whoever its subject — "وأكد باهير مساعد الحاكم هذه الحصيلة،
// مضيفاً أن …", "…، قائلاً: «…»". Any other mark or verb of the lexicon
// ends the clause first.
func (f *finder) addingAfter(toks []token, k int) bool {
	for j := k; j < len(toks); j++ {
		t := &toks[j]
		if t.punct {
			if !isComma(*t) {
				return false
			}
			continue
		}
		if v, ok := f.lex.verbAt(t); ok {
			fam := &f.lex.families[v.fam]
			return v.kind == formParticiple && (fam.continues || fam.noun == "قول") && j > k && isComma(toks[j-1])
		}
	}
	return false
}

// asSaid reports whether a verb of nothing but saying with its subject
// dropped ends its sentence as "as he said" after كما or حسبما: "ولم تشكل
// الحكومة بعد، كما قال." — what the clause before it says is his. Only at
// the end, where no subject can follow ("كما قال، أيضاً، فلان" names one
// after), and only verbs of saying, whose passive is spelt apart (قيل):
// "كما ذُكر" is also the writer's "as was mentioned".
func (f *finder) asSaid(toks []token, i, k int, vf verbForm, fam *family) bool {
	return fam.speech && i > 1 && f.lex.asWords.has(toks[i-1].norm) && !vf.object && vf.kind == formPast && k == len(toks)-1
}
