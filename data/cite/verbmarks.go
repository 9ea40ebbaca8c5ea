package cite

import "strings"

// A few verbs are spelt, without their marks, as a more common word: "عدّ"
// (deemed) as "عد" (count, return) and, with و, as "وعد" (promised); its
// participle "عاداً" as "عادا" (the two returned). Such a family lists in
// the lexicon the marks a form must carry (a shadda, a tanween) to be read
// as the verb at all; the bare spelling stays the other word.

// markedIn reports whether a written form carries one of the family's
// marks, or the family needs none. Short vowels are dropped first, so
// that "عدَّ" and "عدّ" both carry "دّ".
func (f *family) markedIn(raw string) bool {
	if len(f.marks) == 0 {
		return true
	}
	bare := strings.Map(func(r rune) rune {
		if r >= '\u064E' && r <= '\u0650' || r == '\u0652' || r == '\u064C' || r == '\u064D' || r == '\u0640' {
			return -1 // fatha, damma, kasra, sukun, the other tanweens, tatweel
		}
		return r
	}, raw)
	for _, m := range f.marks {
		if strings.Contains(bare, m) {
			return true
		}
	}
	return false
}

// markedConjoined looks a form up behind the conjunction و or ف when its
// unconjoined reading is a family that needs marks and they are written:
// "وعدّت" is "and she deemed", though "وعدت" alone is "she promised".
func (l *Lexicon) markedConjoined(t *token) (verbForm, bool) {
	if len(l.markedForms) == 0 || !strings.HasPrefix(t.norm, "و") && !strings.HasPrefix(t.norm, "ف") ||
		!strings.ContainsRune(t.raw, '\u0651') && !strings.ContainsRune(t.raw, '\u064B') {
		return verbForm{}, false
	}
	for _, p := range []string{"و", "ف"} {
		rest, ok := strings.CutPrefix(t.norm, p)
		if !ok || !l.markedForms[rest] {
			continue
		}
		if v, ok := l.verb(rest); ok && len(l.families[v.fam].marks) > 0 && l.families[v.fam].markedIn(t.raw) {
			return v, true
		}
	}
	return verbForm{}, false
}
