package cite

import "github.com/isnad/isnad/model"

// narratorParticiple reports whether the participle of saying at toks[i],
// standing inside a quotation, is the writer's narration, not the quoted
// speaker's words: right after a comma, with what was said opening after
// it, in a quotation opened after the sentence's reporting verb. Writers
// leave a quotation open, or close it after the whole paragraph: "وقال
// المدير «المصنع يعمل بطاقته الكاملة، مؤكداً أن الإنتاج سيزيد»" — no
// speaker says "مؤكداً" of himself; it hangs on وقال like one outside.
func (f *finder) narratorParticiple(toks []token, i int, evs []event, qs quoteInfo) bool {
	if i < 2 || !isComma(toks[i-1]) || len(evs) == 0 {
		return false
	}
	vf, ok := f.lex.verbAt(&toks[i])
	if !ok || vf.kind != formParticiple {
		return false
	}
	fam := &f.lex.families[vf.fam]
	if !f.opensContent(toks, i+1) && !f.opensPrep(fam, toks, i+1) {
		return false
	}
	m := subjectMain(evs)
	if m < 0 || evs[m].form != model.FormVerb || !evs[m].hasSpeaker() {
		return false
	}
	for _, sp := range qs.spans {
		if sp[0] < i && i < sp[1] {
			return sp[0] >= evs[m].cue[1] && sp[0] <= evs[m].content+1
		}
	}
	return false
}
