package cite

import "github.com/isnad/isnad/model"

// How an Arabic clause that turns to another party ("من جانبه، قال …")
// bounds what its written speaker may refer back to.

// reviseEntity is the entity of a written speaker once what surrounds it
// is weighed: a verb that says the speaker went on takes the person who
// spoke just before (wentOn); a clause opened by a turn phrase drops a
// description that pointed back to that same speaker (newParty).
func (f *finder) reviseEntity(toks []token, e event, sp []token, ent *entity, back, latin bool) (*entity, bool) {
	if prev := f.wentOn(e, sp, ent, back, latin); prev != nil {
		return prev, true
	}
	if other := f.newParty(toks, e, sp, ent, back, latin); other != nil {
		return other, false
	}
	return ent, back
}

// newParty decides who a description is after a turn phrase. "من جانبه"
// or "من جهتها" opening the clause turns to another party: "قال وزير
// الزراعة فلان … ومن جانبه، أكد المدير أن" — المدير is not the minister who
// spoke just before, even when the minister was described as one. So a
// description that pointed back to the last speaker is made its own
// entity; one pointing back further (a party met earlier), a name, or a
// vague group stays as it was. Nil when nothing changes.
func (f *finder) newParty(toks []token, e event, sp []token, ent *entity, back, latin bool) *entity {
	if latin || !back || ent == nil || ent.kind == model.SourceAnonymous || len(f.out) == 0 || f.out[len(f.out)-1].Source != ent.id {
		return nil
	}
	if !f.afterTurn(toks, e.cue[0]-e.lead) {
		return nil
	}
	display := joinRaw(sp)
	kind := f.kindOf(sp)
	named := kind != model.SourcePerson && kind != "" || f.definite(sp, latin)
	if kind == "" {
		kind = model.SourcePerson
	}
	id := Slug(display)
	if id == ent.id {
		id += "-2" // "المدير" after another "المدير": someone else all the same
	}
	other := f.reg.get(id, display, kind, named)
	other.desc = appendNew(other.desc, f.bareWords(sp, latin)...)
	if kind == model.SourcePerson && other.agr == anyAgreement {
		other.agr = f.genderOf(sp)
	}
	return other
}

// afterTurn reports whether the verb at toks[i] follows a turn phrase
// opening its clause, a comma between or not: "ومن جهتها، أوضحت".
func (f *finder) afterTurn(toks []token, i int) bool {
	for k := max(0, i-4); k < i; k++ {
		if !clauseStart(toks, k) {
			continue
		}
		if _, n, _ := f.lex.turnOpeners.match(toks, k); n > 0 && (k+n == i || k+n+1 == i && isComma(toks[k+n])) {
			return true
		}
	}
	return false
}
