package cite

import (
	"strings"
	"unicode/utf8"

	"github.com/isnad/isnad/model"
)

// Arabic sources described, not named: where one belongs ("مسؤول في
// أجهزة الإغاثة"), two joined by و ("مصادر طبية وسكان"), a name withheld
// ("طالباً عدم ذكر اسمه").

// placesSource reports whether toks[j] is a preposition that places an
// unnamed source ("في", "من", "لدى") before the body or place it belongs
// to, not before a medium ("في بيان"), a time ("في يونيو", "في وقت
// سابق"), a figure or an adverbial phrase ("في المقابل").
func (f *finder) placesSource(toks []token, j, stop int) bool {
	if !f.lex.descriptionPreps.has(toks[j].norm) || j+1 >= stop || f.adverbialAt(toks, j) > 0 {
		return false
	}
	n := &toks[j+1]
	if isQuote(*n) {
		c := quotedRun(toks, j+1)
		return c > j+1 && c < stop && f.quotedNameLike(toks, j+1, c)
	}
	if n.punct || f.mediumWord(n) != "" || f.lex.demonstratives.has(n.norm) || f.lex.stops.has(n.norm) {
		return false
	}
	for w := j + 1; w < min(j+4, len(toks)); w++ { // (past stop: "في نتائج | تلك الدراسة")
		// a time, not a place: "في يونيو", "في بداية شهر أبريل", "في العام
		// 2014"; a circumstance pointing back, not a body: "في نتائج تلك
		// الدراسة", "في مجمل أبحاثهم"
		if isNumber(toks[w].norm) || f.lex.timeWords.has(toks[w].norm) || f.lex.timeAdverbs.has(toks[w].norm) || f.lex.yearWords.has(toks[w].norm) ||
			f.isMonth(toks, w) || f.timePhraseAt(toks, w) > 0 || f.lex.demonstratives.has(toks[w].norm) || pronounSuffixed(&toks[w]) {
			return false
		}
	}
	_, isVerb := f.lex.verbAt(n)
	return !isVerb
}

// pronounSuffixed reports whether an Arabic word without the article ends
// with a possessive pronoun other than a bare masculine ه, which folds
// with ة: a plural, dual or feminine one ("أبحاثهم", "نتائجها"), ته
// ("زوجته") or the first person (ائي). It points back to someone.
func pronounSuffixed(t *token) bool {
	if hasAl(t) {
		return false
	}
	for _, suf := range []string{"هم", "هما", "ها", "هن"} {
		if strings.HasSuffix(t.norm, suf) && len([]rune(t.norm)) > len([]rune(suf))+2 {
			return true
		}
	}
	return possessed(t)
}

// anonymityAt is the length of a formula by which a source withholds its
// name at toks[k], or 0: a verb of refusing and a verbal noun of telling
// ("رفض الكشف عن هويته"), or a verb of asking, "عدم" and one ("طلب عدم ذكر
// اسمه", "طالباً عدم كشف هويته"); "عن" after some; then the name or
// identity with the source's pronoun.
func (f *finder) anonymityAt(toks []token, k int) int {
	ask := f.lex.ask.hasBare(&toks[k])
	if !ask && !f.lex.refuse.hasBare(&toks[k]) {
		return 0
	}
	j := k + 1
	if ask {
		if j >= len(toks) || toks[j].norm != "عدم" {
			return 0 // "طالباً الكشف عن هويته": asking that it be told
		}
		j++
	}
	if j >= len(toks) || !f.lex.disclose.has(toks[j].norm) {
		return 0
	}
	if j++; j < len(toks) && toks[j].norm == "عن" {
		j++
	}
	if j >= len(toks) || !f.lex.identity.has(toks[j].norm) {
		return 0
	}
	return j + 1 - k
}

// secondSource reports whether toks[j], joined by و to the speaker read
// from toks[k], starts another source: an unnamed one without the article
// ("ناشطون وسكان", "مصدر طبي وشهود"). With the article the word may be a
// body's ("مكتب الصحة والسكان"), and a title after و may be the same
// person's second ("فلان الحكم السابق والخبير الحالي").
func (f *finder) secondSource(toks []token, k, j int) bool {
	t := &toks[j]
	if j <= k || !strings.HasPrefix(t.norm, "و") || t.nb < 2 || strings.HasPrefix(t.norm, "وال") {
		return false
	}
	if _, whole := f.lex.anonymous.byFirst[t.norm]; whole {
		return false // "وسائل الإعلام": the word's own و
	}
	if f.lex.wrappers.has(toks[j-1].norm) && f.lex.wrappers.has(t.form(1)) {
		return false // "إحصاءات وتقديرات الهيئة": one source's figures
	}
	_, n, _ := f.lex.anonymous.match(toks, j)
	return n > 0 && t.form(1) == t.norm[len("و"):]
}

// bareAnonymous reports whether ts is an unnamed source's head noun with
// at most three adjectives and nothing else: "مسؤول", "مصدر أمني رفيع".
func (f *finder) bareAnonymous(ts []token) bool {
	k := 0
	if _, n, _ := f.lex.quantifiers.match(ts, 0); n > 0 {
		k = n
	}
	_, n, _ := f.lex.anonymous.match(ts, k)
	if n == 0 || len(ts)-k-n > 3 {
		return false
	}
	for _, t := range ts[k+n:] {
		if !f.isAdjective(&t) {
			return false
		}
	}
	return true
}

// unnamedAt reports whether the phrase sp is headed by an unnamed source's
// noun ("مصادر سياسية في تل أبيب", "أحد المسؤولين").
func (f *finder) unnamedAt(toks []token, sp [2]int) bool {
	_, n, _ := f.lex.anonymous.match(toks, sp[0]+f.headIndex(toks[sp[0]:sp[1]]))
	return n > 0
}

// branchPlace reports whether في at toks[j] opens the place of an office
// named from toks[a], whose head is one of the lexicon's branch heads
// ("بعثة الاتحاد الأوروبي في كينيا", "سفارة المملكة في البرتغال"): the place
// is part of the office's name, not where it spoke. Not before a medium, a
// time or an occasion ("مكتب الرئاسة في بيان", "في حفل").
func (f *finder) branchPlace(toks []token, a, j, stop int) bool {
	return j > a && f.lex.branchHeads.hasBare(&toks[a]) && f.placesSource(toks, j, stop) && !f.lex.occasions.hasBare(&toks[j+1])
}

// bracketedBodyName is, when "(" at toks[j] opens the short name or
// acronym of the body the phrase from toks[k] describes, the index of its
// ")"; else j. "وبحسب مركز الدراسات المستقل (فالدا)", "ممثل البرنامج
// الوطني للصناعات (صانع)": the body's name. Not after a person's own name
// with no title since ("سامي العلي (عضو المجلس)", an apposition), nor an
// age or a title in brackets ("(46 عاما)", "(رئيس اللجنة)").
func (f *finder) bracketedBodyName(toks []token, k, j int) int {
	if toks[j].raw != "(" || j == k || j+1 >= len(toks) || isNumber(toks[j+1].norm) || toks[j+1].punct {
		return j
	}
	c := j + 1
	for c < len(toks) && c < j+6 && !toks[c].punct {
		c++
	}
	if c >= len(toks) || toks[c].raw != ")" || !f.quotedNameLike(toks, j, c) {
		return j
	}
	first := &toks[j+1]
	if _, kin := f.lex.kinHeads[first.norm]; kin || f.lex.titles.hasBare(first) || f.lex.honorifics.hasBare(first) {
		return j
	}
	if !f.bodyBeforeBracket(toks, k, j) {
		return j
	}
	return c
}

// bodyBeforeBracket reports whether the words from toks[k] up to toks[j]
// end in a body's phrase, not a person's name: reading back, a title comes
// before any given name ("مدير مكتب", "فلان ممثل البرنامج الوطني"), or no
// name at all.
func (f *finder) bodyBeforeBracket(toks []token, k, j int) bool {
	for b := j - 1; b >= k; b-- {
		t := &toks[b]
		if f.lex.titles.hasBare(t) {
			return true
		}
		if isGivenName(f.lex, t) || f.lex.honorifics.hasBare(t) || !hasAl(t) && f.nameLike(toks, b) && b == j-1 {
			return false
		}
	}
	return true
}

// issuedByLen is the length of the lexicon's "issued by" phrase at toks[j]
// ("الصادر عن", "الصادرة من") when the phrase from toks[a] is a document
// and the phrase names its issuer before stop, else 0: "وبحسب التقرير
// السنوي الصادر عن مؤسسة النقد فإن": the report of the agency, whose
// entity the issuer is.
func (f *finder) issuedByLen(toks []token, a, j, stop int) int {
	n := f.issuedByPhrase(toks, a, j)
	if n == 0 || !f.documentWord(toks, a) || j+n >= stop || toks[j+n].punct || f.lex.timeWords.has(toks[j+n].norm) || f.lex.yearWords.has(toks[j+n].norm) {
		return 0 // (a year, not an issuer: "بيانات صادرة عن العام الماضي")
	}
	return n
}

// employerInMarks reports whether في at toks[j] and a name in marks after
// a job title read from toks[k] give where the speaker works, not the
// medium he spoke in: "وقال فلان محلل الأسواق في «نوفا بنك» إن" (the
// title last, no name after it; the name no outlet or network known).
func (f *finder) employerInMarks(toks []token, k, j int) bool {
	if j == k || toks[j].norm != "في" || j+2 >= len(toks) || !isQuote(toks[j+1]) {
		return false
	}
	c := quotedRun(toks, j+1)
	if c < 0 || !f.quotedNameLike(toks, j+1, c) || !f.hasTitle(toks[k:j]) || !f.bodyBeforeBracket(toks, k, j) {
		return false
	}
	if e, n := f.z.aliases.find(toks, j+2); n > 0 && e.Kind == model.SourceOutlet {
		return false // "في «الغارديان»"
	}
	if _, n, _ := f.lex.platforms.match(toks, j+2); n > 0 {
		return false // "في «تويتر»"
	}
	kind := f.kindOf(toks[j+2 : c])
	return kind != model.SourceOutlet
}

// postAfterName reports whether في at toks[j] opens the body a title after
// a person's name serves in ("فهد السالم مدير إدارة الكرة في نادي النصر،
// سعادته …"): the title comes after the name, and a body's kind word
// (no outlet) follows في. A title with no name before it may be where
// one spoke ("وانتقد الوزير في البرلمان …"), so the caller asks for a name.
func (f *finder) postAfterName(toks []token, k, j, stop int) bool {
	if j+1 >= stop || !f.hasTitle(toks[k:j]) || !f.bodyBeforeBracket(toks, k, j) || f.lex.titles.hasBare(&toks[k]) || f.lex.honorifics.hasBare(&toks[k]) {
		return false
	}
	kind, n, _ := f.lex.kinds.match(toks, j+1)
	if n == 0 || kind == model.SourceOutlet || kind == model.SourceDocument {
		return false
	}
	// (a name in marks or brackets the phrase cannot read to its end would
	// leave the kind word alone: "في شركة (إل.في.إم.إتش)")
	if m := j + 1 + n; m < len(toks) && isQuote(toks[m]) {
		c := quotedRun(toks, m)
		return c > m && c < stop
	} else if m < len(toks) && toks[m].raw == "(" {
		c := f.bracketedBodyName(toks, k, m)
		return c > m && c < stop
	}
	return true
}

// clauseOnUnnamed reports whether toks[j] is a verb in the imperfect (ي
// and three letters at least) opening a clause that describes an unnamed,
// indefinite source read from toks[k]: after an indefinite noun a clause
// is its adjective, with no relative pronoun ("وقال مسؤول بالأمم المتحدة
// يتولى الإشراف على المساعدات إن", "خبراء آخرون يحللون"). The speaker is
// the noun and its description (as with "الذي"). The word before it is
// definite, an adjective or a plural in ون — none takes a genitive, so the
// word is no name in a construct ("مسؤول بمنظمة يونيسيف"); no given name,
// month or relative adjective (يمني, يونانيون). It agrees with the noun:
// ي alone after one of a group of people (the lexicon's singulars, not
// feminine), ي with ون after a plural of people; a plural of things takes
// the feminine, so no such verb follows it ("أرقام هيئة الإحصاء الأوروبية
// يوروستات": a name).
func (f *finder) clauseOnUnnamed(toks []token, k, j int) bool {
	if j <= k || j+1 >= len(toks) {
		return false
	}
	t, prev := &toks[j], &toks[j-1]
	if t.punct || !strings.HasPrefix(t.norm, "ي") || utf8.RuneCountInString(t.norm) < 4 || isGivenName(f.lex, t) || f.isMonth(toks, j) ||
		f.isAdjective(t) && !strings.HasSuffix(t.raw, "ى") {
		return false
	}
	if prev.punct || !hasAl(prev) && !f.isAdjective(prev) && !strings.HasSuffix(prev.norm, "ون") && j-1 != k {
		return false
	}
	h := k + f.headIndex(toks[k:j])
	if h >= j || hasAl(&toks[h]) {
		return false
	}
	_, n, _ := f.lex.anonymous.match(toks, h)
	if n == 0 {
		return false
	}
	// The verb agrees with the noun it describes: a plural in ون with
	// people, ي alone with a masculine one; not with a plural of things,
	// which takes the feminine ("أرقام هيئة الإحصاء الأوروبية يوروستات": a
	// name, no verb).
	head := &toks[h]
	_, one := f.lex.singulars[head.norm]
	if strings.HasSuffix(t.norm, "ون") {
		return !one && !f.lex.feminine.has(head.norm) // "خبراء آخرون يحللون"
	}
	return one && !strings.HasSuffix(head.raw, "ة") // "مسؤول بالأمم المتحدة يتولى"
}

// postedAt reports whether the preposition at toks[j] (post_preps: لدى)
// places a titled post where it is held — a body, state or capital with
// its article or known as one ("مندوب روسيا لدى الأمم المتحدة", "السفير
// لدى اليمن", "المحلل لدى بنك الأفق") — not a time ("لدى وصوله", "لدى
// افتتاح المعرض": a pronoun, an occasion).
func (f *finder) postedAt(toks []token, j, stop int) bool {
	c := j + 1
	if c >= stop || toks[c].punct || pronounSuffixed(&toks[c]) || f.lex.occasions.hasBare(&toks[c]) {
		return false
	}
	if hasAl(&toks[c]) || f.lex.states.has(toks[c].norm) || f.lex.capitals.has(toks[c].norm) {
		return true
	}
	kind, n, _ := f.lex.kinds.match(toks, c)
	return n > 0 && (kind == model.SourceOrg || kind == model.SourceGovernment)
}

// titledTail reports whether a title stands in toks[k:j] after its last
// given name, or with none: the phrase ends on a post, which a place may
// follow ("فلان سفير المملكة لدى …"), not on a name ("فلان لدى وصوله").
func (f *finder) titledTail(toks []token, k, j int) bool {
	for c := j - 1; c >= k; c-- {
		if isGivenName(f.lex, &toks[c]) {
			return false
		}
		if f.lex.titles.hasBare(&toks[c]) {
			return true
		}
	}
	return false
}

// postPlaceEnd is where a name may start after the place a post is held
// at toks[k] (إلى or لدى, then one bare word or a run of words with the
// article): "مبعوث الأمم المتحدة إلى سورية ستيفان …", "سفيرة الولايات
// المتحدة لدى الأمم المتحدة سامنتا …"; k when no such place and name.
func (f *finder) postPlaceEnd(ts []token, k int) int {
	if k+2 >= len(ts) || ts[k].norm != "الي" && !f.lex.postPreps.has(ts[k].norm) {
		return k
	}
	c := k + 1
	if hasAl(&ts[c]) {
		for c < len(ts) && hasAl(&ts[c]) {
			c++
		}
	} else {
		c++
	}
	if c < len(ts) && !hasAl(&ts[c]) && f.nameLike(ts, c) && !f.lex.prepositions.has(ts[c].norm) {
		return c
	}
	return k
}

// personAfterB reports whether t is ب (or بال) before a title or an
// honorific: after a speaker, whom the verb takes ("ورحب الوزير بالسفير",
// "وأشاد الأمير بوزير الخارجية"), never where the speaker belongs, which
// is a body or a place ("مدير الشرطة بمحافظة جدة").
func (f *finder) personAfterB(t *token) bool {
	rest, ok := strings.CutPrefix(t.norm, "ب")
	if !ok || utf8.RuneCountInString(rest) < 3 {
		return false
	}
	rest = strings.TrimPrefix(rest, "ال")
	if strings.HasSuffix(rest, "ه") || f.kindWord(rest) != "" || f.kindWord("ال"+rest) != "" {
		return false // "بالمحافظة", "بفريق الأهلي": a place or a body spelt like a title
	}
	return f.lex.titles.has(rest) || f.lex.honorifics.has(rest) || f.lex.titles.has("ال"+rest) || f.lex.honorifics.has("ال"+rest)
}
