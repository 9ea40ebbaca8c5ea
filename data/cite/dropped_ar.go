package cite

import "github.com/isnad/isnad/model"

// Arabic descriptions and dropped subjects pointing back: which of the
// speakers met before they are, refining the last one met (identify,
// entity.go).

// demonstrativeRef is the speaker a demonstrative description points back
// to ("وأوضح هذا المسؤول", "وأكدت هذه المصادر"): the last speaker its noun
// describes — the official who spoke, not the police a "بحسب" put back in
// front — else nil, and the last one met is taken.
func (f *finder) demonstrativeRef(noun []token) *entity {
	words := f.bareWords(noun, false)
	if ent := f.reg.each(func(x *entity) bool {
		return x.last != "" && x.id != unfoundID && containsAll(x.desc, words)
	}); ent != nil {
		return ent
	}
	if g, n, _ := f.lex.anonymous.match(noun, 0); n > 0 {
		if ent := f.reg.byID[f.lex.anonGroups[g].id]; ent != nil && ent.last != "" {
			return ent // "هذا المصدر" after "قال مصدر"
		}
	}
	return nil
}

// membersOf is, for a plural verb with a dropped subject that no plural
// speaker before agrees with, the organisation that spoke in this sentence
// or the one before: its members speak ("نددت الجالية البحرينية … كما دعوا
// إلى", "اتصالات من حراس أمن المستشفى، يشكون فيها"). Nil when the last
// speaker is a person, a government or an outlet, or spoke further back.
func (f *finder) membersOf() *entity {
	if f.since > 1 {
		return nil
	}
	last := f.reg.each(func(x *entity) bool { return x.last != "" && x.id != unfoundID })
	if last == nil || last.kind != model.SourceOrg {
		return nil
	}
	return last
}

// objectThenSource is where the subject starts when the verb's object
// stands right after it, before an unnamed or titled source: an object
// pointing back ("وأكد صحتها مصدر في الجيش", objectBeforeSource) or, for a
// verb of telling someone, the outlet told, quoted ("أبلغ «الصحيفة» مسؤول
// في الهيئة أن", "وأبلغت «الصحيفة» مصادر"), kept as the channel. Not
// after another verb: "قال «فلان» المتحدث باسم …" is a name in quotes. It
// returns k when neither stands there.
func (f *finder) objectThenSource(toks []token, k int, e *event) int {
	if f.objectBeforeSource(toks, k) {
		return k + 1
	}
	if k != e.cue[1] || e.fam == nil || !e.fam.toldObject || !isQuote(toks[k]) {
		return k
	}
	c := quotedRun(toks, k)
	if c < 0 || c+1 >= len(toks) || !f.sourceOpens(&toks[c+1], toks, c+1) {
		return k
	}
	e.ch = [2]int{k, c + 1}
	return c + 1
}

// sourceOpens reports whether toks[n] opens a source as a verb's subject
// does after its object: an indefinite vague source ("مسؤول", "مصادر"), a
// title or honorific, or a given name.
func (f *finder) sourceOpens(t *token, toks []token, n int) bool {
	if t.punct {
		return false
	}
	if _, vague, _ := f.lex.anonymous.match(toks, n); vague > 0 && !hasAl(t) {
		return true
	}
	return f.lex.titles.hasBare(t) || f.lex.honorifics.hasBare(t) || isGivenName(f.lex, t)
}
