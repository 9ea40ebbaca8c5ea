package cite

import (
	"strings"
	"unicode/utf8"

	"github.com/isnad/isnad/model"
)

// What a phrase must hold to be a source: a title, a name, a body, a vague
// source; and the adjectives that may follow its head.

// looksLikeSpeaker reports whether a noun phrase can be a speaker: it has a
// title, a kind word, a vague noun, a known name or a given name.
func (f *finder) looksLikeSpeaker(ts []token) bool {
	for k := range ts {
		t := &ts[k]
		if f.lex.titles.hasBare(t) || f.lex.givenNames.has(t.norm) || isGivenName(f.lex, t) ||
			len(ts) == 1 && f.honorificPronoun(t) || f.lex.titles.has(strings.TrimSuffix(t.norm, "ا")) { // "متحدثاً" after لكن
			return true
		}
		if f.sourceWordAt(ts, k) {
			return true
		}
	}
	return false
}

// sourceHead reports whether a speaker's head word makes it a source: a
// title or honorific, a given name, a body, outlet or document, a vague
// source, a known name or a quoted name. "أكدت الوزيرة أهمية الشراكة" says
// something; "أكد تقارب البلدين مقولة" (an abstract noun) does not.
func (f *finder) sourceHead(ts []token) bool {
	if len(ts) == 0 {
		return false
	}
	h := f.headIndex(ts)
	t := &ts[h]
	if isQuote(*t) || f.lex.titles.hasBare(t) || f.lex.honorifics.hasBare(t) || isGivenName(f.lex, t) {
		return true
	}
	for _, suffix := range []string{"ه", "ها", "هم"} {
		// an honorific with its pronoun: "معاليه", "سموه"
		if stem, ok := strings.CutSuffix(t.norm, suffix); ok && (f.lex.honorifics.has(stem) || f.lex.titles.has(stem)) {
			return true
		}
	}
	return f.sourceWordAt(ts, h)
}

// stateName reports whether a phrase is a state's name, its government
// speaking: "أعلنت الجزائر تنفيذ القرار".
func (f *finder) stateName(ts []token) bool {
	return f.lex.states.has(strings.Join(foldWords(ts), " "))
}

// adjectivesOnly reports whether the words after a vague noun qualify it
// ("تقارير استخباراتية غربية") rather than start something else.
func (f *finder) adjectivesOnly(ts []token) bool {
	for k := range ts {
		if ts[k].punct || !f.isAdjective(&ts[k]) {
			return false
		}
	}
	return true
}

// allAl reports whether every word of ts has the article.
func allAl(ts []token) bool {
	for k := range ts {
		if !hasAl(&ts[k]) {
			return false
		}
	}
	return true
}

// isAdjective guesses an Arabic adjective: a relative adjective by its
// ending (غربي، استخباراتية، أوكرانيون) or one of the lexicon's.
func (f *finder) isAdjective(t *token) bool {
	if f.lex.adjectives.hasBare(t) || hasAl(t) && f.lex.ordinals.hasBare(t) {
		// (an ordinal with the article follows its noun as its adjective:
		// "الهيئة الثالثة", "خطة التنمية التاسعة"; only the masculine الثاني
		// ends as a relative adjective does)
		return true
	}
	w := t.norm
	if len([]rune(w)) <= 3 || f.lex.relatives.has(w) {
		return false // "الذي" ends as a relative adjective does
	}
	for _, end := range []string{"ي", "يه", "يون", "يين", "يات"} {
		if strings.HasSuffix(w, end) {
			return true
		}
	}
	return false
}

// maqsuraNoun reports whether t, with the article, is a noun of place or
// a passive participle of a verb whose last letter is weak, written with
// alef maqsura ("المستشفى", "الملتقى", "المستوى"): folding writes its ى as
// the ي a relative adjective ends in, but it is no adjective, unless listed
// as one ("المتوفى", "المفدى").
func (f *finder) maqsuraNoun(t *token) bool {
	return strings.HasPrefix(t.norm, "الم") && strings.HasSuffix(t.raw, "ى") && len([]rune(t.norm)) > 4 &&
		!f.lex.adjectives.hasBare(t)
}

// honorificPronoun reports whether t is an honorific with its pronoun
// ("سموه", "معاليه"): a person named before, standing as a subject.
func (f *finder) honorificPronoun(t *token) bool {
	return f.lex.pronouns[t.norm] != anyAgreement && utf8.RuneCountInString(t.norm) > 3
}

// sourceWordAt reports whether a body's kind word, a vague source or a
// known name starts at ts[k].
func (f *finder) sourceWordAt(ts []token, k int) bool {
	if _, n, _ := f.lex.kinds.match(ts, k); n > 0 {
		return true
	}
	if _, n, _ := f.lex.anonymous.match(ts, k); n > 0 {
		return true
	}
	_, n := f.z.aliases.find(ts, k)
	return n > 0
}

// negatedAdjective reports whether toks[j] is غير negating the adjective
// or participle after it, as definite as the noun before it: "جهاز الكسب
// غير المشروع", "مصادر غير رسمية" (not "غير الوزارة": other than).
func (f *finder) negatedAdjective(toks []token, j int) bool {
	if toks[j].norm != "غير" || j == 0 || j+1 >= len(toks) || toks[j-1].punct || hasAl(&toks[j+1]) != hasAl(&toks[j-1]) {
		return false
	}
	next := &toks[j+1]
	// a participle has م and four letters at least ("مسؤولة", "معروف"); not
	// "غير مرة" (more than once)
	bare := strings.TrimPrefix(next.norm, "ال")
	return f.isAdjective(next) || strings.HasPrefix(bare, "م") && utf8.RuneCountInString(bare) >= 5
}

// negatedCloses reports whether an indefinite phrase negated by غير may end
// before toks[j]: at a mark, a particle, what was said, another adjective,
// a definite noun or a demonstrative (the object); not before a clause
// describing it ("تقرير غير حكومي جرى الكشف عنه": it stops at غير).
func (f *finder) negatedCloses(toks []token, j int) bool {
	return j >= len(toks) || toks[j].punct || hasAl(&toks[j]) || f.isAdjective(&toks[j]) ||
		f.lex.prepositions.has(toks[j].norm) || f.lex.demonstratives.has(toks[j].norm) || f.opensContent(toks, j)
}

// objectNotSubject reports whether the noun phrase right after a verb
// whose object may be what was said is that object, not its subject: it
// opens with one of the verbal nouns news reports stand on ("وأكد دعم
// مجلس الشورى …", "وأكدت سقوط قتلى", "وأكد أهمية التعاون"), which no one
// who speaks is called; with the article, only when definite says so: after
// a perfect with nothing said following the phrase ("ويشير التصميم إلى
// أن": the design, a source; "ويتوقع الوصول إلى": it is expected).
func (f *finder) objectNotSubject(toks []token, sp [2]int, definite bool) bool {
	t := &toks[sp[0]]
	if t.punct || f.metBefore(toks[sp[0]:sp[0]+1]) {
		return false
	}
	if !hasAl(t) {
		return f.lex.objectHeads.has(t.norm)
	}
	return definite && f.definiteObject(toks, sp)
}

// definiteObject reports whether a definite noun phrase after such a verb
// is its object: the definite form of one of those verbal nouns, and no
// source by any other word ("وثمّن الجهود التي بذلتها اللجنة": he valued
// the efforts; "وأكد الدعم الكامل للقرار").
func (f *finder) definiteObject(toks []token, sp [2]int) bool {
	ts := toks[sp[0]:sp[1]]
	return f.lex.objectHeads.hasBare(&toks[sp[0]]) && !f.sourceHead(ts) && !f.looksLikeSpeaker(ts) && !f.stateName(ts)
}

// feminineObject reports whether the definite noun right after a
// masculine perfect verb is its object: a body whose name ends in ة
// ("الحكومة", "الوزارة", "الهيئة") or a woman's title ("الفنانة") would
// take the verb in the feminine as its subject ("وطالبت الحكومة"), so
// "وطالب الحكومة بالتدخل", "ودعا الوزارة إلى", "ووصف الفنانة سلمى بأنها"
// name whom the dropped subject addressed or described. Only with
// nothing said right after the noun.
func (f *finder) feminineObject(toks []token, sp [2]int, vf verbForm) bool {
	t := &toks[sp[0]]
	if vf.kind != formPast || vf.agr != masculine || vf.object || !hasAl(t) || !endsInTa(t) || f.metBefore(toks[sp[0]:sp[0]+1]) ||
		f.opensContent(toks, sp[1]) && !strings.HasPrefix(toks[sp[1]].norm, "ب") { // "وأشترط الكلية أن": its subject after all; "بأنها" describes the object
		return false
	}
	if kind, n, _ := f.lex.kinds.match(toks, sp[0]); n > 0 && kind != model.SourcePerson {
		return true
	}
	bare := f.lex.titles.bareOf(t)
	return bare != "" && f.lex.titles.has(strings.TrimSuffix(bare, "ه")) // the feminine of a title: المدربة of المدرب
}

// conjoinedVerb reports whether the verb at toks[i] goes on from a
// sentence before, joined by و or ف or after كما, and is no preposition
// written alike ("وبين", between).
func (f *finder) conjoinedVerb(toks []token, i int) bool {
	return (f.lex.conjoined(&toks[i]) || i > 0 && toks[i-1].norm == "كما") && !f.lex.prepositions.hasBare(&toks[i])
}

// nisbaOfSource reports whether toks[k], a relative adjective that starts
// with the letter ب ("بحريني", "بريطانية", "باكستانيون"), describes the
// indefinite source before it ("مسؤول بحريني", "شركة برازيلية", "مسؤول
// أمني بريطاني"): an indefinite noun's adjective is indefinite, and
// governs no genitive, so no definite word follows it ("وأشاد مسؤول بدوري
// المحترفين" praises a league).
func (f *finder) nisbaOfSource(toks []token, k int) bool {
	if k == 0 || k >= len(toks) || hasAl(&toks[k]) || !f.isAdjective(&toks[k]) ||
		k+1 < len(toks) && hasAl(&toks[k+1]) && !joinedPrep(&toks[k+1]) {
		return false
	}
	prev := &toks[k-1]
	if prev.punct || hasAl(prev) || joinedPrep(prev) {
		return false
	}
	if f.sourceWord(toks, k-1) {
		return true
	}
	return f.isAdjective(prev) && k >= 2 && !toks[k-2].punct && !hasAl(&toks[k-2]) && f.sourceWord(toks, k-2)
}

// sourceWord reports whether toks[j] alone is a kind of source or an
// unnamed one: "شركة", "مسؤول", "مصادر", "دبلوماسي".
func (f *finder) sourceWord(toks []token, j int) bool {
	if f.kindOf(toks[j:j+1]) != "" {
		return true
	}
	_, n, _ := f.lex.anonymous.match(toks, j)
	return n == 1
}
