package cite

// Arabic descriptions pointing back: which of the speakers met before they
// are, refining the last one met (identify, entity.go).

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
