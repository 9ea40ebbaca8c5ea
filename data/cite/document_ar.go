package cite

import (
	"strings"

	"github.com/isnad/isnad/model"
)

// resolvedWritten gives a the source ent its written description points
// back to, and notes when that description is a body's document.
func (f *finder) resolvedWritten(a *model.Attribution, ent *entity, e event, sp []token) bool {
	f.resolved(a, ent)
	a.Carried = false
	f.docVoice = nil
	if len(sp) == 1 && strings.HasPrefix(sp[0].raw, "ال") && isBody(ent.kind) && f.kindOf(sp) == model.SourceDocument &&
		(e.agr == masculine || e.agr == feminine) {
		f.docVoice, f.docAgr = ent, e.agr
	}
	return true
}

// documentGoesOn is, for a dropped subject that agrees with the document
// that spoke last, the body it is the document of: "قالت وزارة الداخلية
// في بيان إن …" then "وأضاف البيان أن …" and "وتابع: «…»" (invented) —
// the masculine verb goes on with the statement, which speaks for the
// ministry, though the ministry is a she. Only while no one else has
// spoken since.
func (f *finder) documentGoesOn(agr agreement, latin bool) *entity {
	d := f.docVoice
	if latin || d == nil || agr != f.docAgr || len(f.out) == 0 || f.out[len(f.out)-1].Source != d.id {
		return nil
	}
	return d
}
