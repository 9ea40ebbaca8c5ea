package cite

import (
	"strings"
	"unicode/utf8"
)

// Where an Arabic name inside a speaker phrase goes on or ends: a family
// name with the article, the verb's object, or a title after the name.

// familyAfterGiven reports whether ts[k], right after a word of a name,
// goes on with that name: another word of a name ("مزار باهبري"), or a
// family name with the article that is no title ("غنيم الزهراني" in
// "المهندس غنيم الزهراني المتحدث الرسمي"). A given name the lexicon lacks
// is still found between the honorific and the title after it.
func (f *finder) familyAfterGiven(ts []token, k int) bool {
	if f.nameLike(ts, k) {
		return true
	}
	t := &ts[k]
	if !hasAl(t) || t.punct || hasLatin(t.raw) || f.titleAfterName(t) || f.lex.anonymousWord(t.norm) {
		return false
	}
	_, n, _ := f.lex.kinds.match(ts, k)
	return n == 0 // "المهندس غنيم الشركة": no body is a family name
}

// objectAfterFamily reports whether ts[end], a word with the article, is
// rather the verb's object than a second family name: after a given name
// and a family name of the نسبة form ("أحمد عسيري"), a word that is no
// such family name itself ("الأنباء") ends the name: "نفى العميد أحمد
// عسيري الأنباء".
func (f *finder) objectAfterFamily(ts []token, start, end int) bool {
	return end-start >= 2 && strings.HasSuffix(ts[end-1].norm, "ي") && !hasAl(&ts[end-1]) && !isGivenName(f.lex, &ts[end-1]) &&
		!f.lex.titles.hasBare(&ts[end-1]) && !f.lex.nameJoins.has(ts[end-2].norm) &&
		!strings.HasSuffix(ts[end].norm, "ي") && !strings.HasSuffix(ts[end].norm, "يه")
}

// alMasdar reports whether t is a verbal noun of a derived verb with the
// article in the shapes افتعال، انفعال، استفعال، إفعال ("الاجتماع",
// "الاستقبال", "الإعلان"): after a lineage, the object of the verb ("ترأس
// فلان بن فلان الاجتماع الثالث"), never a family name, which those
// shapes are not.
func alMasdar(t *token) bool {
	rest, ok := strings.CutPrefix(t.norm, "ال")
	if !ok || !strings.HasPrefix(rest, "ا") || utf8.RuneCountInString(rest) < 5 {
		return false
	}
	return derivedMasdar(&token{raw: rest, norm: rest})
}

// lineage reports whether a name run holds بن or بنت (lineage_joins) between two of its
// words ("فهد بن عبدالعزيز بن معمر"): a person's name for certain, which
// a verbal noun after it can only follow as the verb's object.
func (f *finder) lineage(ts []token) bool {
	for k := 1; k+1 < len(ts); k++ {
		if f.lex.lineageJoins.has(ts[k].norm) {
			return true
		}
	}
	return false
}

// titleAfterName reports whether t, after a given name and a family name,
// is a title that begins an apposition ("ستيف وارن المتحدث باسم …", "تيم
// كوك الرئيس التنفيذي") rather than another family name. After one word
// alone it may be either ("زوج المعلمة", "سماحة المفتي"), and is kept.
func (f *finder) titleAfterName(t *token) bool {
	return f.lex.titles.hasBare(t) || f.lex.honorifics.hasBare(t)
}

// accusativeCircumstance reports whether the word at toks[k] carries the
// accusative tanween and governs a particle or what was said ("رداً على",
// "تعليقاً على"): a circumstance or purpose, never a genitive or an
// adjective, so a name run before it is complete ("وقال المتحدث باسم
// الهيئة جوزيف كرامر رداً على سؤال: …": the name is the speaker's). Not
// a second object with its adjective ("يعتبر الفيلسوف الطفل كائناً
// اجتماعياً": the child is the first object).
func (f *finder) accusativeCircumstance(toks []token, k int) bool {
	if !strings.ContainsRune(toks[k].raw, 'ً') || k+1 >= len(toks) {
		return false
	}
	n := &toks[k+1]
	return f.lex.prepositions.has(n.norm) || joinedPrep(n) && !hasAl(n) || f.opensContent(toks, k+1)
}

// placeInRun reports whether a state or a capital stands among the words
// toks[j:k]: a place, not a person's name ("ووصل المعلم مسقط قادماً من
// طهران": مسقط is where he arrived).
func (f *finder) placeInRun(toks []token, j, k int) bool {
	for c := j; c < k; c++ {
		if f.lex.states.hasBare(&toks[c]) || f.lex.capitals.hasBare(&toks[c]) {
			return true
		}
	}
	return false
}

// metNameThenObject reports whether the speaker from toks[k] is one word
// that the article gave before as the family name of a person's longer
// name (surnameMet), so the noun at toks[k+1] is no part of it but the
// verb's object or a circumstance, even where what was said follows at
// once: a definite noun that is neither an adjective nor a title, or a bare
// noun no name holds ("واقترح بيرار تشكيل لجنة", "وأكد بيرار توفر السيولة"
// after "لوران بيرار"). With a verb (fam) whose object is not what was
// said, only a particle or an accusative of manner ends the name ("وقال
// بيرار لجنود الكتيبة", "يقول بيرار شارحا"): its object stands between
// the speaker and his words ("وأبلغ بيرار الأمم المتحدة أن", "ووجه بيرار
// انتقادات …") and ended there the event is lost.
func (f *finder) metNameThenObject(fam *family, toks []token, k, j int) bool {
	if j != k+1 || strings.HasPrefix(toks[k].norm, "و") || !f.nameLike(toks, k) || !f.surnameMet(toks[k:j]) {
		return false
	}
	t := &toks[j]
	if (fam == nil || !fam.objectContent) && !f.particleOrManner(toks, j) {
		return false
	}
	if f.titleAfterName(t) {
		return false // "غرانت وزير المالية": his post
	}
	if hasAl(t) {
		return !f.isAdjective(t) && !joinedPrep(t) && !strings.HasPrefix(t.norm, "وال")
	}
	return f.wholeNameBeforeNoun(toks, k, j)
}

// mannerBeforeSaid gives the number of words from toks[k] that say how the
// speaker spoke, right before a colon or what was said: an accusative with
// its tanween ("فقال لي مبتسماً:"), or, right after the written speaker
// (afterSpeaker), one with the unmarked alef, alone or joined by و to
// another ("ورد فلان موجزا ولاذعا: «…»"). Zero if none.
func (f *finder) mannerBeforeSaid(toks []token, k int, afterSpeaker bool) int {
	n := 0
	if k < len(toks) && (tanweenAlef(&toks[k]) || afterSpeaker && f.unmarkedManner(&toks[k], false)) {
		n = 1
		if afterSpeaker && k+1 < len(toks) && strings.HasPrefix(toks[k+1].norm, "و") &&
			(tanweenAlef(&toks[k+1]) || f.unmarkedManner(&toks[k+1], true)) {
			n = 2
		}
	}
	if n == 0 || k+n >= len(toks) || toks[k+n].raw != ":" && !f.opensContent(toks, k+n) {
		return 0
	}
	return n
}

// tanweenAlef reports whether t ends in the accusative alef with its tanween.
func tanweenAlef(t *token) bool {
	return strings.HasSuffix(t.raw, "اً") || strings.HasSuffix(t.raw, "ًا")
}

// unmarkedManner reports whether t, with no tanween written, may be an
// accusative of manner: a word of four letters or more ending in alef,
// with no article and no given name; a second one is joined by و.
func (f *finder) unmarkedManner(t *token, second bool) bool {
	w := t.norm
	if second {
		var ok bool
		if w, ok = strings.CutPrefix(w, "و"); !ok {
			return false
		}
	}
	return !t.punct && !hasAl(t) && !isGivenName(f.lex, t) && strings.HasSuffix(w, "ا") && len([]rune(w)) >= 4
}

// particleOrManner reports whether toks[j] opens a circumstance rather
// than an object: a preposition, alone or joined ("في", "لجنود", "بلهفة"),
// or an accusative of manner ("شارحاً", "شارحا"). من only before a place
// spoken from (spoke_from: "من مقر الرئاسة"): else after a name it says
// whom he belongs to ("فلان من مجلس أوروبا"), part of who spoke.
func (f *finder) particleOrManner(toks []token, j int) bool {
	t := &toks[j]
	if t.norm == "من" {
		return j+1 < len(toks) && f.lex.spokeFrom.hasBare(&toks[j+1])
	}
	return f.lex.prepositions.has(t.norm) || joinedPrep(t) && !hasAl(t) || tanweenAlef(t) || f.unmarkedManner(t, false)
}

// isInitial reports whether t is a one-letter abbreviation (د. م. أ.).
func isInitial(t token) bool {
	return !t.punct && len([]rune(t.raw)) == 1
}

// initialDot reports whether the full stop at toks[j] closes an initial: a
// one-letter abbreviation ("د. ب. أ"), or a Latin letter spelt out and
// followed by a space ("جيه." of "جاكوب جيه. ليو"; "إيه.إن.زد" is one
// word of letters, its dots inner ones).
func (f *finder) initialDot(toks []token, j int) bool {
	if toks[j].raw != "." || j == 0 {
		return false
	}
	return isInitial(toks[j-1]) || !toks[j-1].punct && f.lex.letterNames.has(toks[j-1].norm) && !innerDot(toks, j) && toks[j-1].end == toks[j].start
}
