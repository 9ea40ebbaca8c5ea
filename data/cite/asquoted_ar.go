// A name in marks after a verb of saying: where it may end.

package cite

// nameInMarksGoesOn reports whether a name in quotation marks closing at
// toks[q], right after the verb at toks[i], is followed as a speaker is:
// by a word (its title), a comma or a colon ("ذكر “باتريك رايدر” المتحدث
// …", "وتابع "الكبيسي":"), not a sentence in marks ("وأضاف "التحقيق جار"
// مشيراً"). Or the sentence ends with it after "كما" or "حسبما": "…،
// حسبما نقلت «الوكالة»." (invented) — as the outlet reported, what was
// said is the clause before, and a sentence quoted there would not be
// introduced by "as".
func (f *finder) nameInMarksGoesOn(toks []token, i, q int) bool {
	if q+1 < len(toks) && (!toks[q+1].punct || isComma(toks[q+1]) || toks[q+1].raw == ":") {
		return true
	}
	return i > 0 && f.lex.asWords.has(toks[i-1].norm) && (q+1 == len(toks) || q+2 == len(toks) && isTerminal(toks[q+1]))
}
