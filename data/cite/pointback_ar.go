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
