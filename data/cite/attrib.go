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
//   - English puts it first ("Mr Smith said", "AMR's chief executive Gerard
//     Arpey said") or after the verb once a quotation is closed ('"…," said
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
	form    model.AttributionForm
	fam     *family // nil for nominal cues and quotations
	vf      verbForm
	sp      [2]int // the speaker as written; empty when none is
	role    [2]int // an apposition, kept for the reader
	ch      [2]int // the channel, when written
	content int    // where what was said starts; len(toks) when unknown
	agr     agreement
	main    int    // participles: index of the event they hang on, or -1
	subject bool   // the speaker is the subject of a verb that reports nothing
	shared  bool   // a verb sharing the subject of the sentence's cue before it ("…, but added")
	ante    [2]int // a pronoun speaker's antecedent in the same sentence ("رغم أن أردوغان …، إلا أنه قال")
	passive bool   // a passive withholds the speaker: "قيل إن"
	medium  string // the medium noun the speaker used ("في بيان": بيان), bare
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
	// since counts sentences since the last attribution, so that a
	// quotation far from any speaker is not given to the last one.
	since int
	// mentioned is the subject of the last sentence with no attribution,
	// when it names someone.
	mentioned *entity
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
		if !last {
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
	return &finder{z: z, lex: z.lex, article: article, qOwner: -1, since: 1 << 20, reg: newRegistry()}
}

// sentence finds the attributions of one sentence and appends them to
// f.out; rest is the text of its paragraph after it. It returns the index in f.out of the attribution that governs the
// sentence when it has none of its own (a quotation running on), or -1.
func (f *finder) sentence(text string, toks []token, para, offset int, senID, rest string) int {
	qs := f.quotations(toks, rest)
	var evs []event
	for i := 0; i < len(toks); i++ {
		t := &toks[i]
		if t.punct || qs.inside(i) {
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
		} else if !hasLatin(t.raw) && f.mannerNoun(t) {
			e, next, ok = f.arSaying(toks, i, evs)
		} else if vf, isVerb := f.lex.verbAt(t); isVerb {
			if hasLatin(t.raw) {
				e, next, ok = f.enVerb(toks, i, vf, evs, qs)
			} else {
				e, next, ok = f.arVerb(toks, i, vf, evs, qs)
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
	evs = f.channelsFromNominals(toks, evs)
	governed := -1
	if len(evs) > 0 || len(qs.spans) > 0 || qs.startsOpen {
		f.flushMentions() // before the registry is read for a speaker
	}
	if e, ok := f.quoteEvent(toks, qs, evs, rest); ok {
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
	f.closeQuotes(qs, evs, idx)
	f.mentioned = nil
	if len(evs) == 0 {
		// Read when a cue needs the registry: most sentences with no
		// attribution are never read for their subject.
		if len(f.pending) == maxPending {
			f.release(f.pending[0])
			copy(f.pending, f.pending[1:])
			f.pending = f.pending[:maxPending-1]
		}
		f.pending = append(f.pending, toks)
	} else {
		f.release(toks)
	}
	if len(f.out) > first {
		f.since = 0
	} else {
		f.since++
	}
	return governed
}

// nested reports whether a verb cue stands inside what an earlier cue of
// the sentence reports, and so is the reported speaker's, not the
// article's: "قال إن الوزير أكد أن …", "he said the firm, which analysts
// said …". A participle hangs on the main verb and is kept; so is a verb
// starting a new clause ("، وأضاف أن", "and added").
func (f *finder) nested(toks []token, evs []event, e event, qs quoteInfo) bool {
	if e.form == model.FormParticiple || e.form == model.FormQuote || e.form == model.FormNominal || len(evs) == 0 {
		return false // a nominal cue qualifies the whole statement: "…، طبقاً لصحيفة مكة"
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
	if !e.hasSpeaker() && e.form == model.FormVerb && !hasLatin(toks[e.cue[0]].raw) && f.lex.conjoined(&toks[e.cue[0]]) &&
		prev.fam != nil && f.opensPrep(prev.fam, toks, c) && !f.opensContent(toks, c) {
		return false // "أشاد الوزير بالفريق وأكد أن": praise is no clause a verb could stand in
	}
	if !e.hasSpeaker() && e.form == model.FormVerb && !hasLatin(toks[e.cue[0]].raw) && f.lex.conjoined(&toks[e.cue[0]]) &&
		e.cue[0] > c+12 && f.opensContent(toks, e.cue[1]) {
		return false // "… 277 مليون ريال وذكر أن": a sentence whose full stop is missing
	}
	if f.afterClauseOpener(toks, i) {
		return false // "…، في الوقت الذي أشارت فيه مصادر أن": the writer's again
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
	case before.punct && !isQuote(before):
		return false // "، قال الرئيس", "…; the firm said"
	case i == e.cue[0] && f.relativeMa(toks, i, e.vf):
		return false // "…، وهو ما اعترف به المدرب": the writer's again
	case !e.hasSpeaker() && !hasLatin(toks[i].raw) && f.lex.conjoined(&toks[i]) && e.form == model.FormVerb &&
		i+1 < len(toks) && toks[i+1].raw == ":":
		return false // "أشاد فلان بالفريق وشكرهم وأكد: …": his next act
	case before.norm == "and" || before.norm == "but" || before.norm == "كما" || before.norm == "وكما",
		strings.HasPrefix(before.norm, "لكن") || strings.HasPrefix(before.norm, "ولكن"):
		return false // "and added that", "كما أكد", "لكنهم قالوا"
	}
	return true
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
			f.onlyPauses(toks, e.sp[1], evs[k+1].cue[0]) {
			evs[k+1].ch = e.sp
			continue
		}
		out = append(out, e)
	}
	for k := range out {
		if out[k].main >= 0 { // indices moved
			out[k].main = -1
			for j := k - 1; j >= 0; j-- {
				if out[j].form != model.FormParticiple {
					out[k].main = j
					break
				}
			}
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
		}
	}
	return out
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

// emit identifies the speaker of e and appends the attribution; main is
// the index in f.out of the attribution a participle hangs on, or -1. It
// reports whether the attribution was kept (a dropped subject with no
// speaker met before is not).
func (f *finder) emit(text string, toks []token, e event, main, para, offset int, senID string) bool {
	a := model.Attribution{ID: model.ElemID(f.article, 'a', len(f.out)), Sentence: senID, Para: para, Form: e.form}
	a.CueStart, a.CueEnd = offset+toks[e.cue[0]].start, offset+toks[e.cue[1]-1].end
	a.Cue = text[toks[e.cue[0]].start:toks[e.cue[1]-1].end]
	if e.form == model.FormQuote {
		a.Cue = "" // a quotation has no cue word; CueStart places its opening mark
	}
	a.SpeakerStart, a.SpeakerEnd = a.CueEnd, a.CueEnd
	if e.hasSpeaker() {
		a.SpeakerStart, a.SpeakerEnd = offset+toks[e.sp[0]].start, offset+toks[e.sp[1]-1].end
		a.Speaker = text[toks[e.sp[0]].start:toks[e.sp[1]-1].end]
	}
	if e.role[1] > e.role[0] {
		a.Role = text[toks[e.role[0]].start:toks[e.role[1]-1].end]
	}
	if e.hasSpeaker() && e.form != model.FormQuote {
		// Coordinated speakers on one cue, one attribution each: "وأكدت
		// القناة الألمانية والصحيفة البريطانية أن".
		if k := f.coordination(toks, e.sp); k > 0 {
			second := e
			e.sp[1], second.sp[0] = k, k
			for e.sp[1] > e.sp[0]+1 && isComma(toks[e.sp[1]-1]) {
				e.sp[1]-- // "محمد الدوسري، وسالم …": the first without the comma
			}
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
		if !strings.HasPrefix(t.norm, "وال") || len(t.norm) < 8 {
			continue
		}
		bare := word(t.raw[len("و"):], 0, len(t.raw)-len("و"))
		second := f.lex.titles.hasBare(&bare) || f.kindOf([]token{bare}) != ""
		first := toks[sp[0]:k]
		if second && f.kindOf(first) != "" &&
			!(f.kindOf(first) == model.SourcePerson && !f.hasGivenName(first) && f.hasGivenName(toks[k:sp[1]])) {
			return k // (not one person's two titles: "عضو مجلس الإدارة والرئيس التنفيذي فلان")
		}
	}
	return 0
}

// isComma reports whether t is a Latin or an Arabic comma.
func isComma(t token) bool { return t.punct && (t.raw == "," || t.raw == "،") }

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
	_, n, _ := f.lex.complements.match(toks, k)
	return n > 0
}

// opensPrep reports whether toks[k] is one of the family's particles that
// open what was said (إلى of أشار, عن of كشف, "for" of "called").
func (f *finder) opensPrep(fam *family, toks []token, k int) bool {
	if fam == nil || k >= len(toks) || toks[k].punct || len(fam.preps.m) == 0 {
		return false
	}
	if toks[k].norm == "علي" && strings.HasSuffix(toks[k].raw, "ي") && k > 0 && isGivenName(f.lex, &toks[k-1]) {
		return false // "محمود علي زاده": the name علي after a given name, not على
	}
	t := &toks[k]
	if fam.preps.has(t.norm) {
		return true
	}
	// A joined particle before a definite or verbal noun: "بأن", "بالدعم",
	// "بإجراء", "بتقديم"; before any noun for a verb taking its object
	// with it ("أشاد بجهود"), never before a word that starts with the
	// letter ("بعض", "بين"). "اعترف بجمهوريتي" (recognised) is no report.
	for _, p := range []string{"ب", "ل"} {
		if !fam.preps.has(p) || t.norm == "" || t.norm[0] < 0x80 || f.lex.notBPrep.has(t.norm) {
			continue
		}
		if rest, ok := strings.CutPrefix(t.norm, p); ok && len(rest) > 2 &&
			(strings.HasPrefix(rest, "ا") || strings.HasPrefix(rest, "ت") || strings.HasPrefix(rest, "ل") || !fam.content ||
				fam.prepAnyNoun || rest == "ما") {
			return true
		}
	}
	return false
}

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
