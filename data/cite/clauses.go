package cite

import (
	"strings"

	"github.com/isnad/isnad/model"
)

// Which clause a cue stands in: inside what another cue reports, after a
// clause opener, or a nominal cue that is only a channel; and the pauses,
// particles and coordinations that set clauses apart.

// nested reports whether a verb cue stands inside what an earlier cue of
// the sentence reports, and so is the reported speaker's, not the
// article's: "قال إن الوزير أكد أن …", "he said the firm, which analysts
// said …". A participle hangs on the main verb and is kept; so is a verb
// starting a new clause ("، وأضاف أن", "and added").
func (f *finder) nested(toks []token, evs []event, e event, qs quoteInfo) bool {
	relative := e.form == model.FormNominal && e.cue[0] > 0 && toks[e.cue[0]-1].norm == "ما" && // "يسري عليه ما ورد في لائحة النادي"
		!(e.cue[0] > 1 && (f.lex.asWords.has(toks[e.cue[0]-2].norm) || f.lex.phrases.endsBefore(toks, e.cue[0]-1))) // (not "حسب ما جاء في بيان الوزارة")
	if len(evs) > 0 && f.ownWordsAgain(e) {
		return true
	}
	if e.form == model.FormParticiple || e.form == model.FormQuote || e.form == model.FormNominal && !relative && !f.opensReport(toks, evs, e) || len(evs) == 0 {
		return false // a nominal cue qualifies the whole statement: "…، طبقاً لصحيفة مكة"
	}
	if f.sourceAfterComma(toks, e) {
		return false // "…، بحسب ما ذكرت الوكالة", "…، حسبما أفاد مسؤول": so does a source cited after it
	}
	prev := evs[len(evs)-1]
	if prev.content >= len(toks) || e.cue[0] < prev.content {
		return false
	}
	// What was said in a quotation ends with it: "وقال: «…»، ردا على ما قالت
	// القناة" is the writer's again after the closing mark.
	c := prev.content
	if c < len(toks) && toks[c].raw == ":" {
		c++
	}
	for _, sp := range qs.spans {
		if sp[0] == c && sp[1] < e.cue[0] {
			return false
		}
	}
	// Where the cue's clause starts: before its subject when that comes
	// first ("…, the company said"), else at the cue.
	i := e.cue[0]
	if e.hasSpeaker() && e.sp[0] < i {
		i = e.sp[0]
	}
	if i == 0 {
		return false
	}
	if e.form == model.FormVerb && !hasLatin(toks[e.cue[0]].raw) && ((!e.hasSpeaker() || e.sp[0] == e.cue[1]) && f.lex.conjoined(&toks[e.cue[0]]) ||
		f.lex.clauseOpeners.endsBefore(toks, e.cue[0])) &&
		!f.opensContent(toks, prev.content) && !isQuote(toks[prev.content]) {
		// "أشاد الوزير بالفريق وأكد أن", "أكد البنك أمس توقعاته وقال إن",
		// "أظهرت البيانات زيادة … في حين توقع محللون": praise or an object
		// is no clause a verb could stand in
		return false
	}
	if !e.hasSpeaker() && e.form == model.FormVerb && !hasLatin(toks[e.cue[0]].raw) && f.lex.conjoined(&toks[e.cue[0]]) &&
		e.cue[0] > c+12 && e.cue[1] < len(toks) && (f.opensContent(toks, e.cue[1]) || f.sayingParticiple(&toks[e.cue[1]]) || f.mannerNoun(&toks[e.cue[1]])) {
		return false // "… 277 مليون ريال وذكر أن", "… وأشار بقوله": a sentence whose full stop is missing
	}
	if f.resumesSpeaker(toks, prev, e, c) {
		return false // "قال الوزير إنه يريد توضيح الموقف وأضاف أن": his next statement
	}
	if e.hasSpeaker() && e.sp[0] == e.cue[1] && e.form == model.FormVerb && e.vf.kind == formPast && e.fam != nil && e.fam.speech && !hasLatin(toks[e.cue[0]].raw) &&
		f.lex.conjoined(&toks[e.cue[0]]) && e.cue[0] > c+12 && e.content < len(toks) && f.speakerLike(toks, e.sp) &&
		(toks[e.content].raw == ":" || f.opensContent(toks, e.content) || e.content > 0 && toks[e.content-1].raw == ":") {
		return false // "… طال كل المرافق وقال مسؤول حكومي: إن …": the same, with a new speaker named
	}
	if f.afterClauseOpener(toks, i) || f.afterTopicPhrase(toks, e.cue[0]) {
		return false // "…، في الوقت الذي ذكرت فيه تقارير أن", "…، وفيما يخص فلان أشار": the writer's again
	}
	if f.mainAfterFronted(toks, prev, e) {
		return false // "وفيما تطالب البلدية بتعويض لم تحدده تقول الدعوى إن": the main clause
	}
	before := toks[i-1]
	switch before.norm {
	case "كان", "وكان", "كانت", "وكانت", "اما", "واما", "لكن", "ولكن":
		if i < 2 {
			return false
		}
		before = toks[i-2] // "،وكان المحللون قد توقعوا"
	}
	switch {
	case before.raw == ":" && prev.content == i-1 && !hasLatin(toks[e.cue[0]].raw):
		return true // "وقال: أظهر التقرير …": what he said, after his colon
	case before.punct && !isQuote(before):
		return false // "، قال الرئيس", "…; the firm said"
	case i == e.cue[0] && f.relativeMa(toks, i, e.vf):
		return false // "…، وهو ما اعترف به المدرب": the writer's again
	case !e.hasSpeaker() && !hasLatin(toks[i].raw) && f.lex.conjoined(&toks[i]) && e.form == model.FormVerb &&
		i+1 < len(toks) && toks[i+1].raw == ":":
		return false // "أشاد فلان بالفريق وشكرهم وأكد: …": his next act
	case (before.norm == "حيث" || before.norm == "وحيث" || before.norm == "اذ" && i >= 2 && toks[i-2].punct) &&
		(before.norm != "اذ" && i >= 2 && isComma(toks[i-2]) || e.hasSpeaker() && f.looksLikeSpeaker(toks[e.sp[0]:e.sp[1]]) ||
			!e.hasSpeaker() && f.opensContent(toks, e.cue[1])):
		// "…، حيث قالت إنه", "… حيث يشير المرصد إلى", "وحذرت الدراسة من …
		// حيث أوضحت أن", "…؛ إذ أكد المعلم أن": the writer goes on with a
		// report
		return false
	case before.norm == "and" || before.norm == "but" || f.lex.asWords.has(before.norm),
		strings.HasPrefix(before.norm, "لكن") || strings.HasPrefix(before.norm, "ولكن"):
		return false // "and added that", "كما أكد", "لكنهم قالوا"
	case before.norm == "ان" && i >= 2 && f.lex.contrastParticles.has(toks[i-2].norm) && prev.form == model.FormVerb &&
		!f.lex.stops.hasBare(&toks[i]):
		// "قال المدرب إن … إلا أن الفحوصات أكدت", "غير أن الوزارة نفت":
		// but, as لكن — the writer's again after a verb's report (a
		// participle's chain runs on with the speaker's words: "…، لافتاً
		// إلى أن …، بيد أن التقارير تؤكد")
		return false
	}
	return true
}

// opensReport reports whether a nominal cue opens what an earlier cue of
// the sentence reports, right after its complement or colon: in "وأوضح
// المدير أنه وفقاً لنشرة المصنع ارتفع الإنتاج" the bulletin is cited by the
// director, inside his words, and is no attribution of the article.
func (f *finder) opensReport(toks []token, evs []event, e event) bool {
	if len(evs) == 0 || e.form != model.FormNominal || hasLatin(toks[e.cue[0]].raw) {
		return false // (Arabic only; English is left as it was)
	}
	k := evs[len(evs)-1].content
	if k < len(toks) && toks[k].raw == ":" {
		return e.cue[0] == k+1 // "قوله: حسب بيانات المصنع …"
	}
	if k+1 < len(toks) && f.lex.prepositions.has(toks[k].norm) && !f.opensContent(toks, k) {
		k++ // "أشار إلى أنه"
	}
	if k >= len(toks) || !f.opensContent(toks, k) {
		return false
	}
	_, n, _ := f.lex.complements.match(toks, k)
	return e.cue[0] == k+n
}

// afterClauseOpener reports whether the clause of a cue at toks[i] opens,
// after a comma, with one of the lexicon's clause openers ("، فيما", "، في
// الوقت الذي"), a resumptive or two between them ("فيه").
func (f *finder) afterClauseOpener(toks []token, i int) bool {
	for c := i - 1; c >= 0 && c >= i-6; c-- {
		if !isComma(toks[c]) {
			continue
		}
		_, n, _ := f.lex.clauseOpeners.match(toks, c+1)
		if n == 0 {
			return false
		}
		for k := c + 1 + n; k < i; k++ {
			if !f.lex.relatives.has(toks[k].norm) && !f.lex.resumptives.has(toks[k].norm) {
				return false
			}
		}
		return true
	}
	return false
}

// channelsFromNominals turns a nominal cue placed before a verb cue of the
// same sentence into that verb's channel: "وحسب موقع X، قال Y" is Y speaking
// through X. After the verb, it stays its own attribution.
func (f *finder) channelsFromNominals(toks []token, evs []event) []event {
	nominal := false
	for k := range evs {
		nominal = nominal || evs[k].form == model.FormNominal
	}
	if !nominal {
		return evs
	}
	out := evs[:0:0]
	for k, e := range evs {
		if e.form == model.FormNominal && k+1 < len(evs) && evs[k+1].form == model.FormVerb &&
			evs[k+1].hasSpeaker() && evs[k+1].ch[1] == evs[k+1].ch[0] && e.hasSpeaker() &&
			f.onlyPauses(toks, e.sp[1], evs[k+1].cue[0]) && !f.unnamedAt(toks, e.sp) {
			// (unnamed sources carry no one's words: "وحسب مصادر في
			// المدينة، تتابع …" is theirs)
			evs[k+1].ch = e.sp
			continue
		}
		if n := len(out) - 1; e.form == model.FormNominal && n >= 0 && out[n].form == model.FormVerb && out[n].hasSpeaker() &&
			out[n].ch[1] == out[n].ch[0] && e.hasSpeaker() && out[n].sp[1] <= e.cue[0] && f.onlyPauses(toks, out[n].sp[1], e.cue[0]) &&
			hasLatin(toks[e.cue[0]].raw) {
			out[n].ch = e.sp // "said one grain dealer quoted by the Kyodo news agency": the agency carried it
			continue
		}
		if m := f.creditedEvent(toks, out, e); m >= 0 && f.channelID(toks[e.sp[0]:e.sp[1]]) != "" {
			out[m].ch = e.sp // "قالت الوزارة إن …، حسب «رويترز»": the agency carried it
			if !out[m].hasSpeaker() || !f.unnamedAt(toks, out[m].sp) {
				continue
			} // (unnamed sources leave the outlet answerable for their words: it stays a source too)
		}
		out = append(out, e)
	}
	for k := range out {
		if out[k].main >= 0 { // indices moved
			out[k].main = -1
			out[k].main = subjectMain(out[:k])
			if m := out[k].main; m > 0 && out[k].form == model.FormParticiple && out[m].form == model.FormNominal {
				// "وأكد، بحسب وكالة «إيرنا»، أن …، محذراً": the verb's
				// speaker warns; the agency only carried the words
				for j := m - 1; j >= 0; j-- {
					if out[j].form == model.FormVerb {
						if !(out[k].agr == feminine && out[j].agr == masculine) {
							out[k].main = j // (not "وفقاً للوثيقة … يبلغ …، مطالبةً": the document's)
						}
						break
					}
				}
			}
			f.participleOverNominal(toks, out, k)
		}
	}
	return out
}

// participleOverNominal gives a participle hanging on a nominal cue the
// subject of its sentence's first verb when that verb reports nothing and
// stands before the nominal: "ونشرت صحيفة «المساء» صوراً للكوكب، نقلاً عن
// وكالة الفضاء، مشيرةً إلى أن" — the paper points out; the agency only
// gave it the pictures. A nominal opening the sentence ("وبحسب الوزارة،
// فإن …، مشيرةً") keeps it.
func (f *finder) participleOverNominal(toks []token, out []event, k int) {
	m := out[k].main
	if m < 0 || out[k].form != model.FormParticiple || out[m].form != model.FormNominal || out[k].hasSpeaker() {
		return
	}
	for j := 0; j < m; j++ {
		if out[j].form != model.FormNominal {
			return // another cue before it: the rules above chose
		}
	}
	at := out[m].cue[0] - out[m].lead
	if at <= 1 {
		return
	}
	sp := f.arMainSubject(toks, at)
	if sp[1] <= sp[0] || !f.agreesWith(toks[sp[0]:sp[1]], out[k].agr) {
		return
	}
	if sp[0]+1 < sp[1] && isQuote(toks[sp[0]+1]) && f.kindOf(toks[sp[0]:sp[0]+1]) == model.SourceOutlet {
		sp[1] = min(sp[1], f.outletRun(toks, sp[0])) // "صحيفة «المساء» البريطانية", not the object after it
	}
	out[k].sp, out[k].subject, out[k].main = sp, true, -1
}

// creditedEvent is the index in evs of the attribution an outlet named by a
// nominal cue at the very end of the sentence carried, or -1: "قال المدير
// إن المصنع توقف، بحسب وكالة الريف." is the director speaking through the
// agency, one event. The last cue before it that is no participle takes
// it, when it has no channel yet; a report, a study or a person at the end
// stays an attribution of its own, and so does an outlet that carried what
// unnamed sources said ("قالت مصادر …، حسب صحيفة الوادي").
func (f *finder) creditedEvent(toks []token, evs []event, e event) int {
	if e.form != model.FormNominal || hasLatin(toks[e.cue[0]].raw) || !e.hasSpeaker() || e.sp[0] < e.cue[1] || !f.onlyPauses(toks, e.sp[1], len(toks)) || !f.outletName(toks, e.sp) {
		return -1
	}
	for m := len(evs) - 1; m >= 0; m-- {
		p := evs[m]
		if p.form == model.FormParticiple {
			continue
		}
		if p.form == model.FormQuote || p.passive || p.ch[1] > p.ch[0] || p.cue[0] >= e.cue[0] ||
			p.form == model.FormVerb && (p.content >= e.cue[0] || !f.opensContent(toks, p.content)) {
			return -1 // (a verb whose words are not reported with إن/أن, a colon or a quotation may be an act: "رد بفتح النار")
		}
		return m
	}
	return -1
}

// outletName reports whether a phrase names an outlet: a news agency by
// its one word ("«رويترز»", "الفرنسية") or a phrase that opens with an
// outlet's kind ("وكالة الصحافة الفرنسية", "صحيفة الوادي"; not "تعداد
// لوكالة الريف", a count the agency made, a document of its own).
func (f *finder) outletName(toks []token, sp [2]int) bool {
	for sp[1]-sp[0] > 2 && isQuote(toks[sp[0]]) && isQuote(toks[sp[1]-1]) {
		sp = [2]int{sp[0] + 1, sp[1] - 1}
	}
	if sp[1]-sp[0] == 1 && f.lex.agencyNisbas.hasBare(&toks[sp[0]]) {
		return true
	}
	kind, _, _ := f.lex.kinds.match(toks, sp[0])
	return kind == model.SourceOutlet
}

// onlyPauses reports whether toks[from:to] holds nothing but punctuation
// and adverbs: "وحسب موقع X، قال Y", not "بحسب X في وقت أعلن Y", where the
// verb opens a clause of its own.
func (f *finder) onlyPauses(toks []token, from, to int) bool {
	for k := from; k < to; k++ {
		if !toks[k].punct && !f.lex.adverbs.has(toks[k].norm) {
			return false
		}
	}
	return true
}

// coordination finds where a second speaker joined by و starts inside an
// Arabic speaker phrase ("القناة والصحيفة"): a definite word with و whose
// head is a kind of source or a title, after a phrase that is one. It
// returns 0 when there is none.
func (f *finder) coordination(toks []token, sp [2]int) int {
	if hasLatin(toks[sp[0]].raw) {
		return 0
	}
	listed := false // after "كل من" the names are two at least
	for n := 1; n <= 2 && sp[0]-n >= 0; n++ {
		if _, m, _ := f.lex.listOpeners.match(toks, sp[0]-n); m == n {
			listed = true
		}
	}
	for k := sp[0] + 1; k < sp[1]; k++ {
		t := &toks[k]
		if listed && strings.HasPrefix(t.raw, "و") && len(t.norm) > 4 && !toks[k-1].punct {
			return k // "كل من الصحيفة وقناة …"
		}
		if strings.HasPrefix(t.norm, "و") && !toks[k-1].punct {
			// "كل من روسيا وكوريا الشمالية": two known names
			if e, n := f.z.aliases.find(toks, k); n > 0 && e.ID != "" {
				if _, at, m := f.z.aliases.findIn(toks, sp[0], k); m > 0 && at+m == k {
					return k
				}
			}
		}
		if strings.HasPrefix(t.raw, "و") && (!toks[k-1].punct || isComma(toks[k-1])) && k+1 < sp[1] && !f.lex.titles.hasBare(t) {
			// "وقال سعيد الحربي وجمال عسيري": people named in full, each
			// after a given name of its own.
			bare := word(t.raw[len("و"):], 0, len(t.raw)-len("و"))
			if isGivenName(f.lex, &bare) && f.hasGivenName(toks[sp[0]:k]) && (f.nameLike(toks, k+1) || hasAl(&toks[k+1])) {
				return k
			}
		}
		if (!toks[k-1].punct || isComma(toks[k-1])) && f.personConjunct(toks, [2]int{sp[0], k}, k, sp[1]) {
			return k // "وزير الخارجية الفرنسي فلان ووزير الخارجية الألماني فلان"
		}
		if !strings.HasPrefix(t.norm, "وال") || len(t.norm) < 8 {
			continue
		}
		bare := word(t.raw[len("و"):], 0, len(t.raw)-len("و"))
		second := f.lex.titles.hasBare(&bare) || f.kindOf([]token{bare}) != ""
		first := toks[sp[0]:k]
		if second && f.kindOf(first) != "" &&
			!(f.kindOf(first) == model.SourcePerson && f.namesPerson(first) != f.namesPerson(toks[k:sp[1]])) {
			// (not one person's two titles, the name before or after them:
			// "عضو مجلس الإدارة والرئيس التنفيذي فلان", "فلان مدير
			// العلاقات العامة والمتحدث الرسمي للأمانة")
			return k
		}
	}
	return 0
}

// opensContent reports whether toks[k] starts what was said: a complement
// (إن، أن، that), a colon or a quotation mark.
func (f *finder) opensContent(toks []token, k int) bool {
	if k >= len(toks) {
		return false
	}
	if toks[k].raw == ":" || isDoubleQuote(toks[k]) {
		return true // not an apostrophe: "shareholders' interest"
	}
	if (hasAl(&toks[k]) || strings.HasPrefix(toks[k].norm, "ال")) && f.lex.complements.byFirst[toks[k].norm] == nil {
		return false // "سامي العلي إن": a family name, not "على أن"; "آلان" is no article before أن
	}
	if f.vanInName(toks, k) {
		return false
	}
	_, n, _ := f.lex.complements.match(toks, k)
	return n > 0
}

// vanInName reports whether toks[k], written "فان", is the "van" of a
// Dutch name ("روبن فان بيرسي", "وكشف فان بيرسي بأن") rather than فإن
// spelt without its hamza ("فان نسبة البطالة …"): a name's word follows,
// then no noun with the article.
func (f *finder) vanInName(toks []token, k int) bool {
	if toks[k].raw != "فان" || k+1 >= len(toks) || hasAl(&toks[k+1]) || !f.nameLike(toks, k+1) ||
		f.lex.stops.has(toks[k+1].norm) || f.lex.demonstratives.has(toks[k+1].norm) || f.isParticle(toks, k+1) {
		return false
	}
	return k+2 >= len(toks) || !hasAl(&toks[k+2])
}

// opensPrep reports whether toks[k] is one of the family's particles that
// open what was said (إلى of أشار, عن of كشف, "for" of "called").
func (f *finder) opensPrep(fam *family, toks []token, k int) bool {
	if fam == nil || k >= len(toks) || toks[k].punct || len(fam.preps.m) == 0 {
		return false
	}
	if aliName(&toks[k]) && (k > 0 && isGivenName(f.lex, &toks[k-1]) ||
		k+1 < len(toks) && f.nameLike(toks, k+1) && !f.opensContent(toks, k+1) && !f.lex.objectHeads.has(toks[k+1].norm)) {
		return false // "محمود علي زاده", "أكد علي حسين باكير": the name علي, not على
	}
	t := &toks[k]
	if fam.preps.has(t.norm) {
		return !(k+1 < len(toks) && fam.actObjects.hasBare(&toks[k+1])) // not "توصل إلى اتفاق": an act
	}
	// A joined particle before a definite or verbal noun: "بأن", "بالدعم",
	// "بإجراء", "بتقديم"; before any noun for a verb taking its object
	// with it ("أشاد بجهود"), never before a word that starts with the
	// letter ("بعض", "بين"). "اعترف بجمهوريتي" (recognised) is no report.
	for _, p := range []string{"ب", "ل"} {
		if !fam.preps.has(p) || t.norm == "" || t.norm[0] < 0x80 || f.lex.notBPrep.has(t.norm) || isGivenName(f.lex, t) ||
			p == "ب" && f.nisbaOfSource(toks, k) { // "مسؤول بحريني": the source's adjective
			continue
		}
		if rest, ok := strings.CutPrefix(t.norm, p); ok && len(rest) > 2 && !isPossessive(rest) {
			if strings.HasPrefix(rest, "ا") || strings.HasPrefix(rest, "ت") || strings.HasPrefix(rest, "ل") || !fam.content || rest == "ما" {
				return true
			}
			// any noun, but not the construct of a body's name: "دعا
			// الوزير المواطنين لزيارة", not "المؤسسة الألمانية لعلاج"
			if fam.prepAnyNoun && !(p == "ل" && k > 0 && (f.isAdjective(&toks[k-1]) || f.kindOf(toks[k-1:k]) != "")) {
				return true
			}
		}
	}
	return false
}

// isPossessive reports whether w is a pronoun suffix alone, as after a
// joined particle: "لهم", "به" point to someone, they open nothing said.
func isPossessive(w string) bool {
	switch w {
	case "ه", "ها", "هم", "هما", "هن", "كم", "نا", "ي":
		return true
	}
	return false
}

// namesPerson reports whether an Arabic phrase holds a person's name: a
// given name, or a name after a title ("الناقدة التشكيلية فوزية الصاعدي").
func (f *finder) namesPerson(ts []token) bool {
	if f.hasGivenName(ts) {
		return true
	}
	s, _ := f.arNameSpan(ts)
	return s >= 0
}

// mainAfterFronted reports whether the verb of e opens the main clause
// after a clause that a clause opener fronts at the sentence's start, in
// which the earlier cue prev stands: "وفيما تطالب البلدية بتعويضات لم
// تحددها تقول الدعوى إن الشركة مقصرة" — the lawsuit says, not inside what
// the city demands, even with no comma before تقول. The verb must come
// unjoined and outside a relative clause, with its own subject (a source
// or a definite noun) and what was said right after it ("وتقول" goes on
// with the fronted clause; "الذين يقدر عددهم بنحو" describes a noun).
func (f *finder) mainAfterFronted(toks []token, prev, e event) bool {
	if e.form != model.FormVerb || hasLatin(toks[e.cue[0]].raw) || f.lex.conjoined(&toks[e.cue[0]]) ||
		!e.hasSpeaker() || e.sp[0] != e.cue[1] || !hasAl(&toks[e.sp[0]]) && !f.speakerLike(toks, e.sp) ||
		f.lex.relatives.has(toks[e.cue[0]-1].norm) ||
		e.content >= len(toks) || !f.opensContent(toks, e.content) && toks[e.content].raw != ":" {
		return false
	}
	start := prev.cue[0]
	if prev.hasSpeaker() && prev.sp[0] < start {
		start = prev.sp[0]
	}
	for n := 1; n <= 3 && start-n >= 0; n++ {
		if _, m, _ := f.lex.clauseOpeners.match(toks, start-n); m == n {
			o := start - n
			return o == 0 || toks[o-1].punct && !isComma(toks[o-1]) && !isQuote(toks[o-1])
		}
	}
	return false
}

// ownWordsAgain reports whether e is a nominal cue with a pronoun on a noun
// of saying ("حسب قولها", "وفق تعبيره") in a sentence where another event
// has already reported: "أكدت المديرة أن الموسم ناجح، حسب قولها" restates
// the one speaker's report, no event of its own (it stands alone in "وحسب
// قوله سيطرح الجهاز بعد عام").
func (f *finder) ownWordsAgain(e event) bool {
	return e.form == model.FormNominal && !e.hasSpeaker() && e.agr != anyAgreement
}

// sourceAfterComma reports whether a verb with a lead ("بحسب ما ذكرت",
// "وفق ما قال") or after حسبما or مثلما ("حسبما أفاد") follows a comma: the
// source of the whole statement before it, as a nominal cue is ("وأعرب
// الوزير عن قلقه، وفق ما قال مسؤول حكومي"), not a verb inside what that
// statement reports.
func (f *finder) sourceAfterComma(toks []token, e event) bool {
	if e.form != model.FormVerb || hasLatin(toks[e.cue[0]].raw) {
		return false
	}
	c := e.cue[0] - e.lead
	if e.lead == 0 {
		if c == 0 || !f.lex.asWords.has(toks[c-1].norm) || strings.HasSuffix(toks[c-1].norm, "كما") {
			return false // "…، كما أكد أن": كما is "also", his next statement
		}
		c--
	}
	return c > 0 && isComma(toks[c-1])
}
