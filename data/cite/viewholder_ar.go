package cite

import "strings"

// Views held with an object pronoun. A verb of viewing with its object
// pronoun, a subject and a predicate reports a view when its subject can
// hold one: "مشروع تراه القاهرة فرصة كبيرة" is Egypt's, "رسوم يراها
// المستثمرون مرتفعة" the investors'. With any other subject, or none, it
// is seeing or judging with no one's view reported: "بالطريقة التي تراها
// مناسبة" (as she sees fit), "تراه يمشي على الشاطئ" (you see him walk),
// "يراها الناس" (anyone sees it).

// objectView decides whether a form with an object pronoun of a family
// whose objects need a source (objects_need_source) reports, and ends its
// written subject before the predicate when a bare name opens it ("يراه
// كارتفيلد إنجازاً": كارتفيلد). With no subject written it reports only as
// the verb before it does, its speaker shared ("…، ويراها ضرورية").
func (f *finder) objectView(toks []token, i int, e *event) bool {
	if !e.hasSpeaker() || e.subject {
		return e.main >= 0 // (not the subject of a verb that reports nothing: "توزع الجمعية … بالطريقة التي تراها مناسبةً")
	}
	for end := e.sp[0] + 1; end < e.sp[1]; end++ {
		prefix := toks[e.sp[0]:end]
		if f.predicateMark(&toks[end]) && (f.viewHolder(prefix) || f.bareHolder(prefix)) ||
			f.indefinitePredicate(&toks[end]) && f.bareHolder(prefix) {
			e.sp[1] = end // "يراها سامر هي أن", "تراه عمّان فرصة"
			return true
		}
	}
	if f.viewHolder(toks[e.sp[0]:e.sp[1]]) {
		return true
	}
	if !f.bareHolder(toks[e.sp[0]:e.sp[1]]) {
		return false
	}
	// a name no list knows, with the predicate right after it ("يراهما
	// فيلدمان قد أخطآ"), or closing a clause of كما ("كما يراه فيلدمان،")
	after := e.sp[1]
	return after < len(toks) && (f.predicateMark(&toks[after]) || f.indefinitePredicate(&toks[after])) ||
		i > 0 && f.lex.asWords.has(toks[i-1].norm) && (after >= len(toks) || toks[after].punct)
}

// viewHolder reports whether a phrase can hold a view: a person (a title,
// a given or known name), a body, a vague source, a state or its capital,
// or a group of people by its plural ("المستثمرون", "بعض النقاد"); not
// الناس, anyone.
func (f *finder) viewHolder(ts []token) bool {
	return f.looksLikeSpeaker(ts) || f.metBefore(ts) || f.stateOrCapital(ts) || f.peopleGroup(ts) ||
		len(ts) == 2 && ts[0].norm == "عبد" && givenNameWord(f.lex, "عبد"+ts[1].norm) // "عبد الله" written apart
}

// stateOrCapital reports whether a phrase is a state's name or its
// capital's, its government holding the view: "روسيا", "القاهرة".
func (f *finder) stateOrCapital(ts []token) bool {
	return f.stateName(ts) || f.lex.capitals.has(strings.Join(foldWords(ts), " "))
}

// peopleGroup reports whether a phrase is a group of people by its
// definite plural, an adjective or two after it: "المستثمرون", "النقاد
// الرياضيون" (the masculine sound plural in ون names people).
func (f *finder) peopleGroup(ts []token) bool {
	if _, n, _ := f.lex.quantifiers.match(ts, 0); n > 0 && n < len(ts) {
		ts = ts[n:] // "بعض الشباب"
	}
	h := &ts[0]
	if !hasAl(h) || len(ts) > 3 {
		return false
	}
	group := f.lex.peoplePlurals.hasBare(h) || soundPlural(h) && strings.HasSuffix(h.norm, "ون")
	return group && f.adjectivesOnly(ts[1:])
}

// bareHolder reports whether a phrase is a state or capital, or one word
// that can be a name no list knows: a word names are made of, no
// adjective, accusative, noun with its pronoun or feminine noun in ة
// ("هيدغر"; not "متفردة", "حقيقة", "مثله").
func (f *finder) bareHolder(ts []token) bool {
	if len(ts) == 0 {
		return false
	}
	if f.stateOrCapital(ts) {
		return true
	}
	t := &ts[0]
	return len(ts) == 1 && f.nameLike(ts, 0) && !f.isAdjective(t) && !f.accusative(t) && !pronounSuffixed(t) &&
		!endsInTa(t)
}

// predicateMark reports whether t surely ends the subject of a verb of
// viewing: a quotation or an accusative with its mark opening the
// predicate ("«ارتفاعاً»", "ضرورياً"), قد before a verb, or a pronoun
// opening the next clause ("كما يراها سامر هي أن").
func (f *finder) predicateMark(t *token) bool {
	if isQuote(*t) || f.accusative(t) {
		return true
	}
	switch t.norm {
	case "قد", "هو", "هي", "هم":
		return true
	}
	return false
}

// indefinitePredicate reports whether t may be an indefinite predicate
// written with no mark, in ا or ة ("إنجازا", "فرصة"): after a lone name
// only, since it is as often the name's second word.
func (f *finder) indefinitePredicate(t *token) bool {
	w := t.norm
	return !t.punct && !hasAl(t) && !f.lex.prepositions.has(w) && len([]rune(w)) >= 4 &&
		(strings.HasSuffix(w, "ا") || strings.HasSuffix(t.raw, "ة"))
}

// seesFit reports whether a form with an object pronoun at toks[i] says
// "as X sees fit", a discretion with no view reported (unless فإن states
// the view right after it): after one of its
// family's words ("حسبما يراه المدرب") or a nominal cue and ما ("بحسب ما
// تراه الجهات المعنية", "وفقاً لما يراه الطبيب").
func (f *finder) seesFit(toks []token, i int, vf verbForm, fam *family) bool {
	if !vf.object || i == 0 || len(fam.seesFit.m) == 0 || viewThenClause(toks, i) {
		return false
	}
	w := strings.TrimPrefix(toks[i-1].norm, "و")
	if fam.seesFit.has(w) {
		return true
	}
	if w != "ما" && w != "لما" {
		return false
	}
	for k := max(0, i-3); k < i-1; k++ {
		if _, n, _ := f.lex.phrases.match(toks, k); n > 0 && k+n == i-1 {
			return true
		}
	}
	return false
}

// viewThenClause reports whether فإن opens a clause a few words after the
// verb at toks[i]: "وبحسب ما يراه خبراء اقتصاديون، فإن الأسعار سترتفع" is
// the experts' view stated, no discretion.
func viewThenClause(toks []token, i int) bool {
	for k := i + 1; k < len(toks) && k <= i+6; k++ {
		if toks[k].norm == "فان" {
			return true
		}
	}
	return false
}

// endsInTa reports whether a word as written ends in ة, its short vowels
// and tanween aside ("فرصةً", "وصفة"): a feminine noun, no pronoun on it.
func endsInTa(t *token) bool {
	return strings.HasSuffix(strings.TrimRight(t.raw, "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652"), "ة")
}
