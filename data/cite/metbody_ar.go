package cite

import "github.com/isnad/isnad/model"

// metBodyEarlier is, in Arabic, the body a definite generic head word
// points back to when no source of its kind has spoken: the last body met
// as the subject of a sentence that reported nothing, written with that
// very kind word heading the phrase that named it ("صرفت جمعية «البر»
// مليون ريال …", a person speaks, then "وتدعو الجمعية"). Whoever spoke in
// between (a site passing the news on, a person) is of another kind, so
// "الجمعية" can only be the association met — not "طائرة تابعة لشركة …",
// which a plane heads. Nil in English, or when none was met.
func (f *finder) metBodyEarlier(head string, kind model.SourceKind, latin bool) *entity {
	if latin || !f.lex.genericHeads.has(head) {
		return nil
	}
	return f.reg.each(func(x *entity) bool {
		return x.last == "" && x.kind == kind && x.named && len(x.words) > 0 &&
			len(x.desc) > 0 && x.desc[0] == head && !contains(x.words, head)
	})
}

// subjectBeforePassing registers, in Arabic, the subject of a sentence
// whose only cues pass its news on ("أزاحت شركة نوران الستار عن جهازها،
// بحسب موقع متخصص"): the sentence reports nothing its subject said, yet
// names it, as a sentence with no cue would, when it is a body (a later
// "الشركة"). Only the words before the first cue are read for it (never
// the source that passes the news on); it is met after that source spoke,
// and is no antecedent of the next dropped subject.
func (f *finder) subjectBeforePassing(toks []token, evs []event) {
	if len(evs) == 0 || len(toks) < 2 || hasLatin(toks[0].raw) || hasLatin(toks[1].raw) {
		return
	}
	first := len(toks)
	for _, e := range evs {
		c := e.cue[0] - e.lead
		if !f.passesOn(toks, e) || c == 0 {
			return
		}
		first = min(first, c)
	}
	sp := f.arMainSubject(toks, first)
	if sp[1] <= sp[0] || sp[1] > first {
		return
	}
	ts := toks[sp[0]:sp[1]]
	_, kind := f.core(ts, false)
	if !isBody(kind) {
		return // (a person so met, "أصيب متظاهران معارضان للرئيس …", may be no one named)
	}
	f.mention(toks[:first], false)
	f.mentioned = nil
}
