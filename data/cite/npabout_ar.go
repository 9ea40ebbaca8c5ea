package cite

import "strings"

// Where an Arabic speaker's phrase ends before what the verb is about, or
// before the verb's object, though a particle or a noun could go on with it.

// sitsFor reports whether a phrase holds the title of one who sits for a
// constituency or a party ("النائب", "عضو المجلس"), which عن may follow.
func (f *finder) sitsFor(ts []token) bool {
	for k := range ts {
		if f.lex.representatives.hasBare(&ts[k]) {
			return true
		}
	}
	return false
}

// taMarbuta turns a stem that lost its ة to a pronoun back into the noun
// as the lexicon holds it: "ثقته" → "ثقت" → "ثقه" (ة folds to ه).
func taMarbuta(stem string) string {
	if s, ok := strings.CutSuffix(stem, "ت"); ok && s != "" {
		return s + "ه"
	}
	return stem
}

// hisAfterBareName reports whether toks[j], a feminine noun with the
// speaker's pronoun as written ("سعادته", "زيارتها": ة turns to ت before
// it, so no name spelt with ه for ة looks so), follows a name with no
// article that a given name or a title opens: "وأبدى اللاعب فهد سالم
// سعادته بالفوز", "وأكد المدرب مجرشي ثقته في الفريق". What was said right
// after it makes it the name's last word instead ("الكابتن حسن شحاته إن").
// After a name "سعادته" is the object too, not the honorific ("his
// Excellency") that a subject would be.
func (f *finder) hisAfterBareName(toks []token, k, j int) bool {
	if j-2 < k || j+1 < len(toks) && f.opensContent(toks, j+1) {
		return false
	}
	p, q, t := &toks[j-2], &toks[j-1], &toks[j]
	if hasAl(q) || q.punct || !f.nameLike(toks, j-1) || f.lex.titles.hasBare(q) || f.lex.honorifics.hasBare(q) {
		return false
	}
	if !isGivenName(f.lex, p) && !(hasAl(p) && (f.lex.titles.hasBare(p) || f.lex.honorifics.hasBare(p))) {
		return false
	}
	raw := strings.TrimRight(t.raw, "ًٌٍَُِّْ")
	if !strings.HasSuffix(raw, "ته") && !strings.HasSuffix(raw, "تها") && !strings.HasSuffix(raw, "تهم") || len([]rune(raw)) < 5 {
		return false
	}
	if _, isVerb := f.lex.verbAt(t); isVerb || isGivenName(f.lex, t) || f.lex.prepositions.has(t.norm) {
		return false
	}
	_, n, _ := f.lex.godEpithets.match(toks, j)
	return n == 0
}

// constructAfterFamilyName reports whether toks[j] heads a construct, a
// noun with no article before one with it, right after a name that a
// given name and a family name with the article close: "وأكد الوزير سالم
// الحذيفي سيطرة الأجهزة الأمنية على المدينة" — the object, though the
// verb's particle (على) comes later and would let the speaker run up to
// it. A title, a body, a name's part or a particle there goes on with the
// speaker ("فهد الحربي رئيس النادي", "سعد الحربي بن فهد").
func (f *finder) constructAfterFamilyName(toks []token, k, j int) bool {
	if j-2 < k || j+1 >= len(toks) {
		return false
	}
	p, t, n := &toks[j-1], &toks[j], &toks[j+1]
	if !hasAl(p) || p.punct || p.norm == "الله" || joinedPrep(p) || f.lex.titles.hasBare(p) || f.lex.honorifics.hasBare(p) || f.isAdjective(p) && !isGivenName(f.lex, &toks[j-2]) {
		return false
	}
	if !isGivenName(f.lex, &toks[j-2]) && !f.lex.nameJoins.has(toks[j-2].norm) {
		return false
	}
	if hasAl(t) || strings.HasPrefix(t.norm, "و") || isNumber(t.norm) || !f.plainNoun(t) || f.lex.nameJoins.has(t.norm) || joinedPrep(t) ||
		f.isAdjective(t) || strings.ContainsRune(t.raw, 'ً') {
		return false
	}
	return derivedMasdar(t) && hasAl(n) && !n.punct && !joinedPrep(n) && !f.lex.titles.hasBare(n)
}

// plainNoun reports whether t may be a common noun: no particle, verb,
// title, honorific, name or body's kind.
func (f *finder) plainNoun(t *token) bool {
	if t.punct || f.lex.prepositions.has(t.norm) || f.lex.stops.hasBare(t) || isGivenName(f.lex, t) || f.lex.titles.hasBare(t) ||
		f.lex.honorifics.hasBare(t) {
		return false
	}
	if _, verb := f.lex.verbAt(t); verb {
		return false
	}
	_, n, _ := f.lex.kinds.match([]token{*t}, 0)
	return n == 0
}

// aboutAfterTitledName reports whether عن at toks[j] is "about" after a
// name and the title that follows it: "وقال سالم الحربي سفير المملكة لدى
// الدولة اليابانية عن السياحة إنها تنمو" (circumstanceAfterName reads it right
// after a name). The title's body must close with an adjective ("لدى
// المملكة العربية السعودية", "لأمانة العاصمة المقدسة"): a noun may take
// عن itself ("محامي الدفاع عن الضحايا", "المسؤولة عن العلاقات"). Not for
// one who sits for a seat (sitsFor).
func (f *finder) aboutAfterTitledName(toks []token, k, j int) bool {
	if toks[j].norm != "عن" || j-1 <= k || j+1 >= len(toks) || toks[j+1].punct {
		return false
	}
	p := &toks[j-1]
	if p.punct || f.lex.titles.hasBare(p) || f.lex.honorifics.hasBare(p) || f.lex.affiliations.has(p.norm) || !f.hasGivenName(toks[k:j]) {
		return false
	}
	return f.isAdjective(p) && !f.sitsFor(toks[k:j]) && f.hasTitle(toks[k:j])
}
