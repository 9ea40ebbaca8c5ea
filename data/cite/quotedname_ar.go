package cite

import (
	"strings"
	"unicode"
)

// A name in marks inside an Arabic speaker phrase, and whose name it is.

// quotedNameOfPhrase reports whether the words in marks at sp[k+1:c] can
// name the speaker the phrase describes: they hold a letter (a unit's
// number is no name: "قائد اللواء «33»") and no person's name comes
// before them ("العميد فلان قائد اللواء «الصاعقة»", "فلان رئيس تحرير
// صحيفة «الفجر»": the brigade or the paper is his, he is the speaker, and
// "وأضاف" after him is his, not the paper's).
func (f *finder) quotedNameOfPhrase(sp []token, k, c int) bool {
	if strings.IndexFunc(joinRaw(sp[k+1:c]), unicode.IsLetter) < 0 {
		return false
	}
	s, e := f.arNameSpan(sp[:k])
	return s < 0 || !f.hasGivenName(sp[s:e])
}
