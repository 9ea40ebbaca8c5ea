package cite

import (
	"strings"

	"github.com/isnad/isnad/model"
)

// The attribution finder reads an article sentence after sentence, in
// reading order, and keeps what it has met: the speakers named so far (for
// "he said", "وأضاف أن", "the company said") and a quotation left open. In
// each sentence it looks for cues — a reporting verb in any of its forms, a
// circumstantial participle (مضيفاً، saying), a verbal noun with a pronoun
// (قوله), a nominal phrase (بحسب، according to), or a quotation with no cue
// continuing a speaker — and reads the speaker of each:
//
//   - Arabic puts the verb first (قال الوزير …): the speaker runs from the
//     verb to what was said (أن، إن، a colon, a quotation, the verb's own
//     particle such as إلى in أشار إلى), or, for verbs with a direct object
//     (نفى، انتقد), to the end of the noun phrase. It may also come first:
//     "أما الوزير فأوضح", "المسؤول الذي قال", a known name before the verb.
//   - English puts it first ("Mr Smith said", "Velora's chief executive Dan
//     Whitlock said") or after the verb once a quotation is closed ('"…," said
//     Mr Smith'). An apposition set off by commas is left out.
//
// A speaker not written (a dropped subject, a pronoun, a participle, a
// quotation with no cue) or written as a description ("the company", "الشركة")
// is resolved against the speakers met before, across paragraphs; see
// entity.go. A cue inside a quotation belongs to the quoted speaker, and a
// reporting verb inside what an earlier cue of the same sentence reports is
// nested speech: neither is an attribution of the article.

// event is an attribution being read, in token positions of its sentence.
type event struct {
	cue     [2]int
	lead    int // words of the cue phrase before cue[0], the verb: "بحسب ما" of "بحسب ما ذكر"
	form    model.AttributionForm
	fam     *family // nil for nominal cues and quotations
	vf      verbForm
	sp      [2]int // the speaker as written; empty when none is
	role    [2]int // an apposition, kept for the reader
	ch      [2]int // the channel, when written
	also    [2]int // a second unnamed source joined by و right after sp ("مراقبون وتربويون")
	content int    // where what was said starts; len(toks) when unknown
	agr     agreement
	main    int     // participles: index of the event they hang on, or -1
	subject bool    // the speaker is the subject of a verb that reports nothing
	shared  bool    // a verb sharing the subject of the sentence's cue before it ("…, but added")
	ante    [2]int  // a pronoun speaker's antecedent in the same sentence ("رغم أن أردوغان …، إلا أنه قال")
	passive bool    // a passive withholds the speaker: "قيل إن"
	medium  string  // the medium noun the speaker used ("في بيان": بيان), bare
	fwd     []token // a quotation's speaker, named at the start of the next paragraph
	cited   bool    // the Prophet cited by his blessing, inside another's words: "قال صلى الله عليه وسلم"
}

func (e *event) hasSpeaker() bool { return e.sp[1] > e.sp[0] }

// finder is the state of one article's pass.
type finder struct {
	z   *Analyzer
	lex *Lexicon
	reg registry
	// article is the article's id, for attribution ids; out its
	// attributions so far.
	article string
	out     []model.Attribution
	// qOpen is set when a quotation is open at the end of the last
	// sentence, qStraight when it opened with a straight mark, and qOwner
	// is the index in out of the attribution it belongs to (-1: unknown).
	qOpen, qStraight bool
	qOwner           int
	// colonOwner is the index in out of the attribution whose sentence
	// ended with a colon, what was said to follow ("وقال الوزير:" closing
	// its paragraph), for the next sentence only (-1: none).
	colonOwner int
	// since counts sentences since the last attribution, so that a
	// quotation far from any speaker is not given to the last one.
	since int
	// mentioned is the subject of the last sentence with no attribution,
	// when it names someone.
	mentioned *entity
	// docVoice is the body whose document spoke last as a description
	// ("وأضاف البيان"), docAgr the agreement of its verb (document_ar.go).
	docVoice *entity
	docAgr   agreement
	// metNames are the English names of two words or more met in a
	// sentence with no attribution but not as its subject ("… beat Tomas
	// Ruiz"), by their last word: "Ruiz" opening a sentence later is a name.
	metNames map[string][]token
	// owner is the first body the last English sentence named as an
	// owner ("Pellino's"), for a "the company" in the next (bodyNamedBefore).
	owner []token
	// group are the attributions of the last cue shared by speakers named
	// together ("وقال فلان وفلان وفلان"), for the plural verbs after it
	// ("وأضافوا"): one attribution each.
	group []int
	// pending are the last sentences with no attribution, their subjects
	// not yet read (flushMentions).
	pending  [][]token
	flushing bool
	// free are token slices no sentence holds any more, for the next
	// sentences' tokens (see tokens).
	free [][]token
	// next is the text of the paragraph after the current one, where a
	// quotation standing alone may find its speaker (forwardQuote).
	next string
}

// maxPending is how many sentences with no attribution before a cue are
// read for the people they name: as far back as resolution looks
// (recentLimit), so that the result is that of reading every sentence,
// and an article of a million sentences with no cue keeps no more of
// their tokens than that.
const maxPending = recentLimit

// flushMentions reads the subjects of the pending sentences, oldest
// first, before anything looks an entity up. Only the sentence right
// before the current one keeps its subject as mentioned.
func (f *finder) flushMentions() {
	if f.flushing {
		return
	}
	f.flushing = true
	defer func() { f.flushing = false }()
	for k, toks := range f.pending {
		last := k == len(f.pending)-1
		if !last && !f.namesSomeone(toks) {
			continue // an older sentence only registers people it names
		}
		f.mention(toks, last)
		if !last || opensQuoteEn(toks) {
			f.mentioned = nil
		}
	}
	for _, toks := range f.pending {
		f.release(toks)
	}
	f.pending = f.pending[:0]
}

// namesSomeone reports whether a sentence holds a word a person is named
// with: a title or honorific, a given name, or a capitalised word.
func (f *finder) namesSomeone(toks []token) bool {
	for k := range toks {
		t := &toks[k]
		if !t.punct && (f.lex.titles.hasBare(t) || isGivenName(f.lex, t) || k > 0 && isCapitalised(*t)) {
			return true
		}
	}
	return false
}

func newFinder(z *Analyzer, article string) *finder {
	return &finder{z: z, lex: z.lex, article: article, qOwner: -1, colonOwner: -1, since: 1 << 20, reg: newRegistry()}
}

// sentence finds the attributions of one sentence and appends them to
// f.out; rest is the text of its paragraph after it. It returns the index in f.out of the attribution that governs the
// sentence when it has none of its own (a quotation running on), or -1.
func (f *finder) sentence(text string, toks []token, para, offset int, senID, rest string) int {
	qs := f.quotations(toks, rest)
	var evs []event
	for i := 0; i < len(toks); i++ {
		t := &toks[i]
		if t.punct || qs.inside(i) && !f.narratorParticiple(toks, i, evs, qs) {
			continue
		}
		var (
			e    event
			next int
			ok   bool
		)
		if _, n, _ := f.lex.noReport.match(toks, i); n > 0 {
			i += n - 1 // "الجدير ذكره": the writer's formula, no one reports
			continue
		}
		if pe, isPassive := f.passiveAt(toks, i); isPassive {
			e, next, ok = pe, i+1, true
		} else if _, n, _ := f.lex.phrases.match(toks, i); n > 0 {
			e, next, ok = f.nominal(toks, i, qs)
		} else if _, n, _ := f.lex.documentCues.match(toks, i); n > 0 {
			e, next, ok = f.documentCue(toks, i, n)
		} else if !hasLatin(t.raw) && f.mannerNoun(t) {
			e, next, ok = f.arSaying(toks, i, evs)
		} else if le, lnext, lok := f.emphaticLam(toks, i, evs); lok {
			evs = append(evs, le) // the main verb, never inside the clause of إذ
			i = lnext - 1
			continue
		} else if vf, isVerb := f.lex.verbAt(t); isVerb && !f.lex.passiveSpelling(t, vf) {
			if hasLatin(t.raw) {
				e, next, ok = f.enVerb(toks, i, vf, evs, qs)
			} else {
				e, next, ok = f.arVerb(toks, i, vf, evs, qs)
				if dv, deemed := f.deemedBare(toks, i); !ok && deemed {
					e, next, ok = f.arVerb(toks, i, dv, evs, qs) // "وعد ذلك دليلاً": deemed
				}
			}
		}
		if !ok {
			continue
		}
		if f.nested(toks, evs, e, qs) {
			continue
		}
		evs = append(evs, e)
		if next > i+1 {
			i = next - 1
		}
	}
	evs = f.yieldToSaying(toks, evs)
	evs = f.channelsFromNominals(toks, evs)
	governed := -1
	if len(evs) > 0 || len(qs.spans) > 0 || qs.startsOpen {
		f.flushMentions() // before the registry is read for a speaker
	}
	colonOwner := f.colonOwner
	f.colonOwner = -1
	if len(evs) == 0 && colonOwner >= 0 {
		governed = colonOwner // "وقال الوزير:", then «…»: what he said, no new event
	} else if e, ok := f.quoteEvent(toks, qs, evs, rest); ok {
		evs = append(evs, e)
	} else if len(evs) == 0 && qs.startsOpen && f.qOwner >= 0 {
		governed = f.qOwner
	}
	first := len(f.out)
	idx := make([]int, len(evs)) // event → index in f.out, -1 when dropped
	for k := range evs {
		main := -1
		if m := evs[k].main; m >= 0 && m < k {
			main = idx[m]
		}
		idx[k] = -1
		if f.emit(text, toks, evs[k], main, para, offset, senID) {
			idx[k] = len(f.out) - 1
			f.mentioned = nil // the sentence before counts for its first speaker only
		}
	}
	f.keepFirstSpeaker(toks, evs, idx)
	f.subjectBeforePassing(toks, evs)
	f.closeQuotes(qs, evs, idx)
	if governed >= 0 && governed == colonOwner && qs.endsOpen {
		f.qOwner = colonOwner // the quotation it opens runs on
	}
	if len(f.out) > first && endsWithColon(toks) {
		f.colonOwner = len(f.out) - 1
	}
	f.mentioned = nil
	f.noteOwner(toks)
	if len(f.out) == first || f.allUnfound(first) {
		// Read when a cue needs the registry: most sentences with no
		// attribution are never read for their subject. A sentence whose
		// cues all came to nothing counts as one with none, and so does
		// one whose cues found no speaker ("قلّل العميد فلان من …، مشيراً"
		// with no speaker to give the participle): its subject may be the
		// next one's.
		if len(f.pending) == maxPending {
			f.release(f.pending[0])
			copy(f.pending, f.pending[1:])
			f.pending = f.pending[:maxPending-1]
		}
		f.pending = append(f.pending, toks)
	} else {
		if len(toks) > 1 && (hasLatin(toks[0].raw) || hasLatin(toks[1].raw)) {
			f.noteObjects(toks, 0) // "said Ana Ruiz, who beat Lena Falk": Falk is a name met
		}
		f.release(toks)
	}
	if len(f.out) > first {
		f.since = 0
	} else {
		f.since++
	}
	return governed
}

// allUnfound reports whether the attributions from f.out[first] on are
// all participles whose speaker was not found.
func (f *finder) allUnfound(first int) bool {
	for _, a := range f.out[first:] {
		if a.Source != unfoundID || a.Form != model.FormParticiple {
			return false
		}
	}
	return true
}

// endsWithColon reports whether a sentence's last mark is a colon.
func endsWithColon(toks []token) bool {
	return len(toks) > 0 && toks[len(toks)-1].raw == ":"
}

// keepFirstSpeaker makes the sentence's first speaker the last one met
// again when a source after it only passes the words on ("قال فلان إن …،
// حسبما ذكرت الوكالة", "…، بحسب رويترز"): "وأشار" in the next sentence is
// still his.
func (f *finder) keepFirstSpeaker(toks []token, evs []event, idx []int) {
	first, last := -1, -1
	for k := range evs {
		if idx[k] < 0 {
			continue
		}
		if first < 0 && !f.passesOn(toks, evs[k]) && evs[k].hasSpeaker() {
			first = k
		}
		last = k
	}
	if first < 0 || last <= first || !f.passesOn(toks, evs[last]) {
		return
	}
	if ent := f.reg.byID[f.out[idx[first]].Source]; ent != nil && ent.id != f.out[idx[last]].Source {
		f.reg.touch(ent)
	}
}

// passesOn reports whether a cue names a source that passes words on: a
// nominal cue ("بحسب رويترز") or a verb after "بحسب ما" or "حسبما".
func (f *finder) passesOn(toks []token, e event) bool {
	c := e.cue[0] - e.lead
	return e.form == model.FormNominal || e.lead > 0 || c > 0 && f.lex.asWords.has(toks[c-1].norm)
}

// emit identifies the speaker of e and appends the attribution; main is
// the index in f.out of the attribution a participle hangs on, or -1. It
// reports whether the attribution was kept (a dropped subject with no
// speaker met before is not).
func (f *finder) emit(text string, toks []token, e event, main, para, offset int, senID string) bool {
	a := model.Attribution{ID: model.ElemID(f.article, 'a', len(f.out)), Sentence: senID, Para: para, Form: e.form}
	a.CueStart, a.CueEnd = offset+toks[e.cue[0]-e.lead].start, offset+toks[e.cue[1]-1].end
	a.Cue = text[toks[e.cue[0]-e.lead].start:toks[e.cue[1]-1].end]
	if e.form == model.FormQuote {
		a.Cue = "" // a quotation has no cue word; CueStart places its opening mark
	}
	a.SpeakerStart, a.SpeakerEnd = a.CueEnd, a.CueEnd
	if e.hasSpeaker() {
		from := toks[e.sp[0]].start
		if f.conjNoun(&toks[e.sp[0]]) {
			from += len("و") // "وأمانة المنطقة، إذ تعلن": the conjunction is no part of the name
		}
		a.SpeakerStart, a.SpeakerEnd = offset+from, offset+toks[e.sp[1]-1].end
		a.Speaker = text[from:toks[e.sp[1]-1].end]
	}
	if e.role[1] > e.role[0] {
		a.Role = text[toks[e.role[0]].start:toks[e.role[1]-1].end]
	}
	if e.hasSpeaker() && e.form != model.FormQuote {
		// Coordinated speakers on one cue, one attribution each: "وأكدت
		// القناة الألمانية والصحيفة البريطانية أن".
		k, second := f.coordination(toks, e.sp), e
		if k > 0 {
			e.sp[1], second.sp[0] = k, k
		} else if (e.also[0] == e.sp[1] || e.also[0] == e.sp[1]+1 && isComma(toks[e.sp[1]])) && e.also[1] > e.also[0] {
			if k, second.sp = f.secondSpeaker(toks, &e); k == 0 {
				e.also = [2]int{}
				return f.emit(text, toks, e, main, para, offset, senID) // one speaker, perhaps widened
			}
		}
		e.also, second.also = [2]int{}, [2]int{}
		if k > 0 {
			// The verb agrees with the first only ("وقال الجيش والشرطة"): a
			// body after it by its own word's gender.
			second.agr = f.bodyGender(toks[k:second.sp[1]])
			e.sp = withoutCommas(toks, e.sp) // "محمد الدوسري، وسالم …": the first without the comma
			first := len(f.out)
			if !f.emit(text, toks, e, main, para, offset, senID) {
				return false
			}
			// The next speaker without its و, a word of its own; it may
			// itself be followed by others ("وعبيد الجهني وأسعد نقادي").
			toks = append([]token(nil), toks...)
			if t := toks[k]; strings.HasPrefix(t.raw, "و") {
				toks[k] = word(text, t.start+len("و"), t.end)
			}
			group := len(f.out)
			ok := f.emit(text, toks, second, main, para, offset, senID)
			if len(f.group) > 0 && f.group[0] == group {
				f.group = append([]int{first}, f.group...)
			} else {
				f.group = []int{first, group}
			}
			return ok
		}
	}
	if !e.hasSpeaker() && e.agr == plural && len(f.group) > 1 && e.form != model.FormQuote {
		// "وأضافوا" after "وقال فلان وفلان": each of them.
		group := f.group
		for _, g := range group {
			if g >= len(f.out) {
				continue
			}
			b := a
			b.ID = model.ElemID(f.article, 'a', len(f.out))
			ent := f.reg.byID[f.out[g].Source]
			if ent == nil {
				continue
			}
			b.Source, b.SourceKind, b.Kind, b.Speaker = ent.id, ent.kind, f.out[g].Kind, f.out[g].Speaker
			b.Resolved, b.Antecedent, b.Carried = e.form != model.FormParticiple, f.out[g].ID, true
			if e.ch[1] > e.ch[0] {
				b.ChannelText = text[toks[e.ch[0]].start:toks[e.ch[1]-1].end]
				b.Channel = f.channelID(toks[e.ch[0]:e.ch[1]])
			}
			b.Start, b.End = b.CueStart, b.CueEnd
			f.out = append(f.out, b)
		}
		f.group = group
		return true
	}
	if e.hasSpeaker() {
		f.group = nil // a speaker of its own: the group is behind
	}
	if e.ch[1] > e.ch[0] {
		a.ChannelText = text[toks[e.ch[0]].start:toks[e.ch[1]-1].end]
		a.Channel = f.channelID(toks[e.ch[0]:e.ch[1]])
	}
	if !f.identify(&a, toks, e, main) {
		return false
	}
	a.Start, a.End = min(a.CueStart, a.SpeakerStart), max(a.CueEnd, a.SpeakerEnd)
	if a.SpeakerEnd == a.SpeakerStart {
		a.Start, a.End = a.CueStart, a.CueEnd
	}
	f.out = append(f.out, a)
	return true
}

// isComma reports whether t is a Latin or an Arabic comma.
func isComma(t token) bool { return t.punct && (t.raw == "," || t.raw == "،" || t.raw == "؛") }

// joinRaw is the tokens' text as written, single-spaced.
func joinRaw(ts []token) string {
	n := 0
	for _, t := range ts {
		n += len(t.raw) + 1
	}
	b := make([]byte, 0, n)
	for i, t := range ts {
		if i > 0 && !(t.punct && !isQuote(t)) {
			b = append(b, ' ')
		}
		b = append(b, t.raw...)
	}
	return string(b)
}

// secondSpeaker decides what a second source read after the speaker
// (e.also, "ويرى مراقبون وتربويون أن") is: unnamed, a speaker of its own on
// the same cue, returned with where it starts; named after a title with no
// name of its own, the same person's second description ("وأكد عضو
// الغرفة ورجل الأعمال فلان الفلاني أن"), which e.sp then takes in.
func (f *finder) secondSpeaker(toks []token, e *event) (int, [2]int) {
	if f.personConjunct(toks, e.sp, e.also[0], e.also[1]) {
		return e.also[0], e.also // "فلان، ونظيره الألماني فلان،": two people
	}
	also := toks[e.also[0]:e.also[1]]
	if !f.namesPerson(also) || hasNorm(also, "اخر", "اخري") {
		return e.also[0], e.also // (آخر says another: "رئيس البلدية ومسؤول محلي آخر هو فلان")
	}
	if first := toks[e.sp[0]:e.sp[1]]; f.hasTitle(first) && !f.namesPerson(first) {
		e.sp[1] = e.also[1]
	}
	return 0, [2]int{}
}

// hasNorm reports whether one of ts is, folded, one of words.
func hasNorm(ts []token, words ...string) bool {
	for i := range ts {
		for _, w := range words {
			if ts[i].norm == w {
				return true
			}
		}
	}
	return false
}
