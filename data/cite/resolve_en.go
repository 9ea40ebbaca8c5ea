package cite

import "github.com/isnad/isnad/model"

// English resolution beyond the last speaker that agrees: whom a "he" or
// "she" points to when the nearest candidate is doubtful.

// personBeyondCited is, for an English "he" or "she" whose nearest
// candidate is a name of unknown kind only ever cited after "according
// to" ("According to PC Market, a print costs £2 … he said"), the person
// of that gender who spoke before it, if any: a name cited so may be a
// magazine or a firm, the speaker before is surely a person.
func (f *finder) personBeyondCited(e *entity, agr agreement, latin bool) *entity {
	if !latin || agr != masculine && agr != feminine || !e.cited || e.kind != "" || e.agr != anyAgreement {
		return nil
	}
	return f.reg.each(func(x *entity) bool {
		return x != e && x.last != "" && (x.kind == model.SourcePerson || x.kind == "") && x.agr == agr
	})
}
