package cite

import (
	"strings"
	"unicode/utf8"

	"github.com/isnad/isnad/model"
)

// indefiniteWithAdjective reports whether the definite word at toks[j]
// follows, right after it, an indefinite noun that is no name and its
// indefinite adjective ("فئة ثالثة", "جهة أخرى"): no adjective of theirs
// has the article, nor is it their construct, so it starts the object —
// bar an adjective's own complement ("مسؤول رفيع المستوى").
func (f *finder) indefiniteWithAdjective(toks []token, a, j int) bool {
	if j != a+2 || hasAl(&toks[a]) || hasAl(&toks[a+1]) || joinedPrep(&toks[j]) || f.lex.adjectiveComplements.hasBare(&toks[j]) {
		return false
	}
	if isGivenName(f.lex, &toks[a]) || f.lex.titles.hasBare(&toks[a]) || f.lex.honorifics.hasBare(&toks[a]) || f.kindOf(toks[a+1:a+2]) != "" {
		return false // "رئيس نادي الوحدة": a title and its body, not an adjective
	}
	// only an adjective the lexicon lists, or an ordinal: a word in ي may
	// be a noun of the chain ("رابطة دوري المحترفين")
	return (f.lex.adjectives.hasBare(&toks[a+1]) || f.lex.ordinals.has(toks[a+1].norm)) && !f.isAdjective(&toks[j])
}

// possessedObject reports whether toks[j], after a body or a title read
// from toks[k], is a noun with a feminine or plural possessive pronoun
// ("قرارها", "موقفهم"), or a masculine one on a noun the lexicon's object
// heads hold ("قلقه"): the verb's object, the pronoun pointing back to the
// speaker. A title with its pronoun ("رئيسها") and names are not. After
// it comes what was said or the verb's own particle, which the object
// cannot take as a subject would: "ونصحت شركة «سحاب» عملاءها بتحديث
// البرنامج" (نصح … ب), "ودعت الرابطة أعضاءها إلى الحضور".
func (f *finder) possessedObject(fam *family, toks []token, k, j int) bool {
	t := &toks[j]
	if t.punct || hasAl(t) || strings.HasPrefix(t.norm, "و") || f.lex.titles.hasBare(t) || f.ownTitle(t) || f.prepWithPronoun(t) || f.lex.resumptives.has(t.norm) || f.emphatic(t) {
		return false
	}
	if !f.looksLikeSpeaker(toks[k:j]) && f.kindOf(toks[k:j]) == "" && !f.nameOnlyBefore(toks, k, j) {
		return false
	}
	if j > k && f.lex.titles.hasBare(&toks[j-1]) && !hasAl(&toks[j-1]) {
		return false // "وزير خارجيتها": a title and what it heads
	}
	if stem, ok := strings.CutSuffix(t.norm, "ه"); ok && strings.HasSuffix(t.raw, "ه") && (f.lex.objectHeads.has(stem) || f.lex.objectHeads.has(taMarbuta(stem)) ||
		len([]rune(stem)) >= 3 && !isGivenName(f.lex, t) && (isBody(f.kindOf(toks[k:j])) || f.hisAfterDefinite(toks, k, j) || f.hisAfterBareName(toks, k, j))) {
		return true // "أبدى فلان قلقه الشديد", "أعلن الفريق صعوده": his or its (ه as written, not ة), the object
	}
	if j+1 < len(toks) && isQuote(toks[j+1]) {
		if c := quotedRun(toks, j+1); c > j+1 && f.quotedNameLike(toks, j+1, c) {
			return false // "معلومات استقتها «الشرق الأوسط»": its subject, a name in marks
		}
	}
	if j+1 < len(toks) && !toks[j+1].punct && !f.opensContent(toks, j+1) && !strings.HasPrefix(toks[j+1].norm, "بال") && !f.opensPrep(fam, toks, j+1) {
		return false // "دراسة أجرتها الجامعة", "نفذها باحثون": a verb and its subject, not an object and what was said ("قرارها بالقول")
	}
	for _, suffix := range []string{"ها", "هم", "هما", "هن"} {
		if stem, ok := strings.CutSuffix(t.norm, suffix); ok && len([]rune(stem)) >= 3 && !f.lex.affiliations.has(stem) { // not "المتحدث باسمها"
			return true
		}
	}
	return false
}

// nameOnlyBefore reports whether toks[k:j], one or two words, is a name
// the lexicon does not know, read so by the object head after it with the
// verb's pronoun: "وأعلن لافروف دعمه للقرار" (not the adverbs "شخصيا",
// "هاتفيا").
func (f *finder) nameOnlyBefore(toks []token, k, j int) bool {
	return j-k <= 2 && f.ownedObject(&toks[j]) && !strings.HasSuffix(toks[j-1].norm, "يا") && f.allNameLike(toks, k, j)
}

// constructAfterAdjective reports whether the word at toks[j], with no
// article, heads a construct ("تجاوز الرئيس", "حكومة البلاد") after an
// indefinite noun and its adjective from toks[a] ("قوى سياسية", "جماعة
// حقوقية"): an adjective closes an indefinite phrase, whose noun can no
// longer take a genitive, so the construct after it is the verb's object —
// "انتقدت هيئة رقابية أداء الوزارة". Not a name's parts ("سالم"), a title,
// a word of the adjective's own construct ("رفيع المستوى") or a family
// name in ي after it ("مطلق الشمري").
func (f *finder) constructAfterAdjective(toks []token, a, j, stop int) bool {
	if j < a+2 || j > a+3 || j+1 >= stop || !hasAl(&toks[j+1]) || hasAl(&toks[a]) || hasAl(&toks[a+1]) || !f.isAdjective(&toks[a+1]) {
		return false // (the cheap tests first: this runs on every word of a subject)
	}
	for i, t := range toks[a : j+1] {
		if t.punct || i > 0 && strings.HasPrefix(t.norm, "و") || hasAl(&t) || isGivenName(f.lex, &t) || f.lex.titles.hasBare(&t) || f.lex.honorifics.hasBare(&t) ||
			f.lex.prepositions.has(t.norm) || joinedPrep(&t) || f.lex.nameJoins.has(t.norm) {
			return false
		}
	}
	if f.kindOf(toks[a+1:a+2]) != "" || f.isAdjective(&toks[j]) || f.hasVerb(toks[j:j+1]) || isQuote(toks[j+1]) {
		return false
	}
	g := &toks[j+1]
	return hasAl(g) && !g.punct && !joinedPrep(g) && !f.isAdjective(g) && !f.lex.adjectiveComplements.hasBare(g)
}

// derivedMasdar reports whether a word has the shape of the verbal noun
// of a derived verb, a shape names seldom take: افتعال (انتهاء، اعتماد),
// انفعال (انسحاب), استفعال (استخدام), إفعال (إعلان), تفعيل (توحيد),
// تفاعل (تبادل), تفعّل (تعدد) and مفاعلة (مشاركة).
func derivedMasdar(t *token) bool {
	r := []rune(t.norm)
	switch n := len(r); {
	case n == 7 && string(r[:3]) == "است" && r[5] == 'ا':
		return true
	case n == 6 && r[0] == 'ا' && r[4] == 'ا' && (r[1] == 'ن' || r[2] == 'ت' || r[2] == 'ط' || r[2] == 'د'):
		return true
	case n == 5 && r[0] == 'ا' && r[3] == 'ا':
		return true
	case n == 5 && r[0] == 'ت' && (r[3] == 'ي' || r[2] == 'ا'):
		return true
	case n == 4 && r[0] == 'ت' && r[3] != 'ي':
		return true
	case n == 6 && r[0] == 'م' && r[2] == 'ا' && r[5] == 'ه':
		return true
	}
	return false
}

// nunatedPlural reports whether toks[j], a definite word, follows an
// indefinite sound masculine plural that keeps its ن ("معارضون",
// "محللون"): a plural in construct drops it ("محللو السوق"), so the
// definite noun is not its genitive but the verb's object — "وانتقد
// محللون الحكومة". Not an adjective of the word (the lexicon's), a name
// (a stem of three letters: "خلدون", "زيدون"), nor an outlet or body
// ("تلفزيون الدولة"), a time adverb, a title after a foreign surname
// ("هودجسون المدير الفني"), or a present verb ("محامون يمثّلون الزوجة").
func (f *finder) nunatedPlural(toks []token, k, j int) bool {
	if j <= k || !hasAl(&toks[j]) || joinedPrep(&toks[j]) || f.isAdjective(&toks[j]) || f.lex.adjectiveComplements.hasBare(&toks[j]) {
		return false
	}
	if f.lex.timeAdverbs.has(toks[j].norm) || j-1 > k && (f.lex.titles.hasBare(&toks[j]) || f.lex.honorifics.hasBare(&toks[j])) {
		return false // "محللون كثيرون الآن"; "روي هودجسون المدير الفني": a surname's title
	}
	p := &toks[j-1]
	stem, ok := strings.CutSuffix(p.norm, "ون")
	if !ok || p.punct || hasAl(p) || strings.HasPrefix(p.norm, "و") && j-1 > k || len([]rune(stem)) < 4 || isGivenName(f.lex, p) ||
		f.lex.titles.hasBare(p) || f.lex.honorifics.hasBare(p) || strings.HasPrefix(stem, "ي") && !strings.HasSuffix(stem, "ي") {
		return false // (nor a verb of the present: "محامون يمثّلون الزوجة"; "يمنيون" is a noun)
	}
	kind := f.kindOf(toks[j-1 : j])
	return kind == "" || kind == model.SourceAnonymous
}

// hisAfterDefinite reports whether the word at toks[j], a noun with the
// pronoun ه, follows a word with the article that closes a person's name:
// a family name after a given name ("سالم الحربي", "آل الحربي"), or a
// surname met before standing alone ("الحربي"). A noun with its pronoun is definite, so it is no
// genitive of the word before (a construct's head takes no article) and
// no adjective: it is the verb's object, the pronoun the speaker's —
// "وأبدى المدرب ماهر العلوي سعادته بالفوز", "وأكد الرئيس التنفيذي نادر
// الفاضل قدرته على السداد". Not what was said ("بأنه"), a verb
// ("يعتبره"), a particle's pronoun, God's epithet ("سبحانه"), or a word
// with a joined particle ("بقوله", "لقناته").
func (f *finder) hisAfterDefinite(toks []token, k, j int) bool {
	if j <= k || !hasAl(&toks[j-1]) || toks[j-1].punct || joinedPrep(&toks[j-1]) || f.lex.titles.hasBare(&toks[j-1]) || f.lex.honorifics.hasBare(&toks[j-1]) {
		return false
	}
	if !(j-1 == k && f.surnameMet(toks[k:j]) || j-2 >= k && (isGivenName(f.lex, &toks[j-2]) || f.lex.familyJoins.has(toks[j-2].norm))) {
		return false // after a title's adjective a name may end in ه: "المتحدث العسكري أندريه"
	}
	t := &toks[j]
	if f.opensContent(toks, j) || f.honorificPronoun(t) || f.lex.prepositions.has(t.norm) {
		return false
	}
	if _, n, _ := f.lex.godEpithets.match(toks, j); n > 0 {
		return false
	}
	if _, isVerb := f.lex.verbAt(t); isVerb {
		return false
	}
	switch []rune(t.norm)[0] {
	case 'ب', 'ل', 'ك', 'ف':
		return false
	}
	return true
}

// feminineObjectAfterName reports whether toks[j], a word without the
// article ending in ة or in the plural ات right after a person's name of
// two words or more, opens the verb's object rather than going on with
// the name: a noun with
// its own adjective in ة or a particle joined to the next word ("وأطلق
// الرئيس فلان موروا مبادرة واسعة", "ابتكر الباحث فلان علان طريقة
// لتحديد …", "وقدم الوزير فلان علان تطمينات للمزارعين"). A name's word
// in ة takes no such adjective; one in ات (قطيشات، بركات) may stand
// second, so a plural is read only third, before a joined ل.
func (f *finder) feminineObjectAfterName(toks []token, k, j, stop int) bool {
	t := &toks[j]
	if j < k+2 || j+1 >= stop || hasAl(t) || !feminineEnding(t) ||
		isGivenName(f.lex, t) || !f.nameLike(toks, j-1) || !f.nameLike(toks, j-2) && !isGivenName(f.lex, &toks[j-2]) && !f.lex.titles.hasBare(&toks[j-2]) {
		return false
	}
	if !f.hasGivenName(toks[k:j]) && !f.hasTitle(toks[k:j]) {
		return false // a person's name, titled or with a given name: not "وفق أساليب حديثة"
	}
	n := &toks[j+1]
	if n.punct || isGivenName(f.lex, n) {
		return false
	}
	if !endsInTa(t) && !f.nameLike(toks, j-2) {
		return false // "المهندس سامر قطيشات طريقة": a plural in ات only after two name words
	}
	adj := !hasAl(n) && endsInTa(n) && !f.kunyaWord(n) &&
		endsInTa(t)
	// (ل only: "طريقة لتحديد" is for a purpose, "فلان عطية بعلاج" may
	// be a family name and the particle of the verb)
	return adj || joinedPrep(n) && strings.HasPrefix(n.norm, "ل") && !hasAl(n) && !f.lex.affiliations.has(n.norm)
}

// verbalNounAfterB reports whether t, a word with ب joined, is a verbal
// noun that the verb governs ("بإغلاق", "بالاعتداء", "بعدم") rather than
// an affiliation ("بمنطقة", "بالاتحاد") or a title's qualifier
// ("بالتكليف"): after the subject it opens what the subject did or said —
// "ورد مزارعون غاضبون بإغلاق الطريق", "واتهمت الجمعية المقاول بالتقصير".
func (f *finder) verbalNounAfterB(toks []token, j int) bool {
	t := &toks[j]
	rest, ok := strings.CutPrefix(t.norm, "ب")
	if !ok || t.punct || j > 0 && participleBefore(&toks[j-1]) {
		return false // "وسائل الإعلام المعنية بالاقتصاد": the participle's own complement
	}
	if hasAl(t) {
		rest = strings.TrimPrefix(rest, "ال")
	}
	if rest == "عدم" {
		return true
	}
	return (tenthOrEighthMasdar(rest) || f.lex.objectHeads.has(rest)) && !f.lex.titleQualifiers.has(rest)
}

// participleBefore reports whether t looks like a participle that governs
// ب itself: a definite word in الم ("المعنية", "المشاركين") or an
// indefinite one in م ending in ة or ين ("مختصة", "مهتمين").
func participleBefore(t *token) bool {
	w := strings.TrimPrefix(t.norm, "و")
	if strings.HasPrefix(w, "الم") {
		return true
	}
	return strings.HasPrefix(w, "م") && (strings.HasSuffix(w, "ه") || strings.HasSuffix(w, "ين"))
}

// tenthOrEighthMasdar reports whether a bare word has the shape of the
// verbal noun of a verb of the tenth form (استخدام) or of the eighth or
// seventh with ت or ن after the alef (اعتداء، انسحاب): shapes that names
// of places and bodies after ب seldom take ("بمحافظة", "بتعليم", "بالأحساء"
// have the others).
func tenthOrEighthMasdar(w string) bool {
	r := []rune(w)
	switch n := len(r); {
	case n == 7 && string(r[:3]) == "است" && r[5] == 'ا':
		return true
	case n == 6 && r[0] == 'ا' && r[4] == 'ا' && (r[1] == 'ن' || r[2] == 'ت'):
		return true
	}
	return false
}

// accusativeMasdar reports whether t is a derived verb's noun in the
// indefinite accusative, its tanwin written as ا ("ارتفاعا", "تراجعا"):
// no source's word, the verb's object — "وتوقع محللون ارتفاعا في الأسعار".
func accusativeMasdar(t *token) bool {
	stem, ok := strings.CutSuffix(t.norm, "ا")
	if !ok || !strings.HasSuffix(t.raw, "ا") {
		return false
	}
	s := token{raw: stem, norm: stem}
	return derivedMasdar(&s)
}

// feminineEnding reports whether a word ends, diacritics aside, in ة or in
// the feminine plural ات after three letters or more ("مبادرة",
// "تطمينات"; not "ذات").
func feminineEnding(t *token) bool {
	w := strings.TrimRight(t.raw, "ًٌٍَُِّْ")
	return strings.HasSuffix(w, "ة") || strings.HasSuffix(w, "ات") && utf8.RuneCountInString(w) >= 5
}
