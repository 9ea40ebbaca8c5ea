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

// antecedentAt is who a dropped subject resolves to, as antecedent has it —
// no one for a plural verb right after الذين ("التقينا عدداً من العمال
// والذين أكدوا أن"): the relative is its subject, and it speaks for the
// group the clause describes, not for another group met before. (A
// singular verb after الذي or التي is left alone: there the head is often
// the speaker just named, "المتحدث خالد العلي والذي أكد".)
func (f *finder) antecedentAt(toks []token, e event, latin bool) *entity {
	if f.cueAfterRelative(toks, e) {
		return nil
	}
	return f.antecedent(e.agr, latin)
}

// cueAfterRelative reports whether an Arabic plural verb with no object
// pronoun follows الذين, with or without its و ("والذين أكدوا").
func (f *finder) cueAfterRelative(toks []token, e event) bool {
	c := e.cue[0]
	if c == 0 || hasLatin(toks[c].raw) || e.vf.object || e.vf.agr != plural {
		return false
	}
	return relativeAgreement[f.lex.relatives.bareOf(&toks[c-1])] == plural
}
