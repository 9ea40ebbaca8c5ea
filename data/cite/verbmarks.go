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

// deemedBare reads a bare form behind و or ف as the verb that needs its
// marks when the clause after it holds that verb's predicate, and the
// reading without marks ("وعد", promised) found nothing: "وعد الوزير
// المعرض دليلاً على نجاح الموسم" (deemed it a sign), "وعد الوزير البرنامج
// أحد أهم المبادرات". The predicate is a word with the accusative's
// tanween or one of the family's bare_predicates, before any أن ("وعدوا
// بأن النمو سيعوض قريباً" promised); "وعد بلفور" has none and stays a noun.
func (f *finder) deemedBare(toks []token, i int) (verbForm, bool) {
	t := &toks[i]
	if len(f.lex.markedForms) == 0 || strings.ContainsRune(t.raw, '\u0651') || strings.ContainsRune(t.raw, '\u064B') {
		return verbForm{}, false
	}
	for _, p := range []string{"و", "ف"} {
		rest, ok := strings.CutPrefix(t.norm, p)
		if !ok || !f.lex.markedForms[rest] {
			continue
		}
		v, ok := f.lex.verb(rest)
		if !ok || v.kind != formPast || v.object {
			continue
		}
		if fam := &f.lex.families[v.fam]; len(fam.marks) > 0 && f.predicateAhead(toks, i+1, fam) {
			return v, true
		}
	}
	return verbForm{}, false
}

// predicateAhead reports whether the clause from toks[from] on, within
// maxSpeaker words, before any pause and before what a verb of saying would
// report (أن، بأن), holds a predicate of the family (see deemedBare).
func (f *finder) predicateAhead(toks []token, from int, fam *family) bool {
	for k := from; k < len(toks) && k < from+maxSpeaker; k++ {
		t := &toks[k]
		if t.punct || f.opensContent(toks, k) {
			return false
		}
		if fam.barePredicates.has(t.norm) || strings.ContainsRune(t.raw, '\u064B') {
			return true
		}
	}
	return false
}
