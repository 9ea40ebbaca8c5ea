package cite

import (
	"strings"

	"github.com/isnad/isnad/model"
)

// The names of Arabic bodies that join two fields with و: "الهيئة العامة
// للسياحة والتراث الوطني", "هيئة النقل وتنظيم الموانئ".

// bodyDomainAt reports whether toks[j], a noun joined by و with no article
// after a body's definite word, opens the second field of the body's name,
// a construct with the article after it: "الهيئة العامة للأرصاد وحماية
// البيئة", "هيئة النقل وتنظيم الموانئ". Not an object the verb takes
// ("أعلنت الهيئة العامة للرياضة وصول البعثة": a verbal noun of the
// lexicon's object heads), a name, a title, nor another source.
func (f *finder) bodyDomainAt(toks []token, k, j, stop int) bool {
	t := &toks[j]
	if j <= k+1 || j+1 >= stop || t.nb < 2 || !strings.HasPrefix(t.norm, "و") || strings.HasPrefix(t.norm, "وال") ||
		!hasAl(&toks[j-1]) || f.isAdjective(&toks[j-1]) || !hasAl(&toks[j+1]) || toks[j+1].punct || f.lex.titles.hasBare(&toks[j+1]) {
		return false // (after an adjective the name is closed: "منظمة الصحة العالمية وبيوت الخبرة" are two)
	}
	// a body's name has a singular head; bodies in the plural ("مؤسسات
	// السياحة ووكالات الأسفار") are sources of their kind, each apart
	if kind, n, _ := f.lex.kinds.match(toks, k); n == 0 || kind != model.SourceGovernment && kind != model.SourceOrg ||
		strings.HasSuffix(toks[k].norm, "ات") {
		return false
	}
	// A noun whose own first letter is و ("وصول", "وقف", "وفاة") leaves
	// three letters or fewer once و is taken off; a field's noun more
	// ("حماية", "تنمية", "تخطيط"), and not in the plural of bodies
	// ("وشبكات الإغاثة": another source).
	bare := t.form(1)
	if bare != t.norm[len("و"):] || len([]rune(bare)) < 4 || strings.HasSuffix(bare, "ات") || f.lex.objectHeads.has(t.norm) || f.lex.objectHeads.has(bare) ||
		f.lex.titles.has(bare) || isGivenName(f.lex, t) || f.lex.anonymous.byFirst[bare] != nil || f.lex.anonymous.byFirst[t.norm] != nil ||
		f.lex.kinds.byFirst[bare] != nil || f.lex.kinds.byFirst[t.norm] != nil || f.lex.adverbs.has(bare) {
		return false // (nor an adverb: "أدانت الأمانة العامة للمجلس وبشدة الهجوم")
	}
	_, verb := f.lex.verbAt(t)
	return !verb
}
