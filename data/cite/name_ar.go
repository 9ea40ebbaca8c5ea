// Arabic names inside a speaker phrase, the kind of source a phrase names,
// and the word tests they rest on.

package cite

import (
	"strings"

	"github.com/isnad/isnad/model"
)

// arNameSpan finds a person's name inside a speaker phrase: from its first
// given name, or after the last title or honorific, to the end of the run
// of name words, a family name with the article closing it. It returns
// [-1,-1] when the phrase names no person.
func (f *finder) arNameSpan(ts []token) (int, int) {
	for c := len(ts) - 1; c > 0; c-- {
		if isComma(ts[c]) {
			// "title، name": the name after the title's comma
			if s, e := f.arNameSpan(ts[c+1:]); s >= 0 && f.hasTitle(ts[:c]) {
				return c + 1 + s, c + 1 + e
			}
			break
		}
	}
	start, inst := -1, -1
	for k := range ts {
		if isGivenName(f.lex, &ts[k]) && !f.lex.titles.hasBare(&ts[k]) && !f.nisbaAfterVague(ts, k) {
			if f.namesPlace(ts, k) {
				inst = k // "مركز الملك سلمان للإغاثة": the centre's name, not the speaker's
				continue
			}
			start = k
			break
		}
	}
	if start < 0 && inst >= 0 {
		// the speaker's own name after the institution's: "المتحدث باسم
		// مركز الملك سلمان للإغاثة رأفت الصباغ"
		e, s := len(ts), len(ts)
		for s > inst+1 && !joinedPrep(&ts[s-1]) && (f.nameLike(ts, s-1) || s == e && hasAl(&ts[s-1]) && !f.isAdjective(&ts[s-1])) {
			s--
		}
		if e-s >= 2 && !hasAl(&ts[s]) {
			return s, e
		}
		return -1, -1
	}
	if start < 0 {
		// After the last title or honorific, or at the start of a phrase
		// that begins with a name ("سامي الخطيب رئيس …").
		last := -1
		for k := range ts {
			if (f.lex.titles.hasBare(&ts[k]) || f.lex.honorifics.hasBare(&ts[k])) && !(k > 0 && (familyWord(&ts[k-1]) || f.lex.compoundHeads.has(ts[k-1].norm))) {
				last = k // (not a family's name, "آل الشيخ", nor a given name's, "عبد الملك")
			}
		}
		counterpart := last < 0 && len(ts) > 2 && f.lex.counterparts.has(ts[0].norm)
		if counterpart {
			last = 0 // "نظيره الألماني فلان": the counterpart stands as a title
		}
		for k := range last {
			// an honorific with two words of a name after it, and a title
			// after them: "الدكتور مزار باهبري مدير الجمعية" — the name is
			// after the honorific, not after the last title
			if f.lex.honorifics.hasBare(&ts[k]) && k+2 < last && f.nameLike(ts, k+1) && f.familyAfterGiven(ts, k+2) &&
				!strings.HasPrefix(ts[k+1].norm, "و") && f.lex.titles.hasBare(&ts[k+3]) {
				last = k
				break
			}
		}
		switch {
		case len(ts) > 0 && f.nameLike(ts, 0) && !strings.HasPrefix(ts[0].norm, "و") && !counterpart:
			start = 0
		case last >= 0:
			// past the title's body and adjectives: "رئيس الوزراء دميتري …"
			k := last + 1
			for k < len(ts) && (ts[k].punct && (isQuote(ts[k]) || ts[k].raw == ".") || hasAl(&ts[k]) || joinedPrep(&ts[k]) ||
				f.lex.affiliations.has(ts[k].norm)) {
				k++
			}
			if c := f.postPlaceEnd(ts, k); c > k {
				// where the post is held, then the name: "مبعوث الأمم المتحدة
				// إلى سورية ستيفان دي ميستورا", "سفيرة الولايات المتحدة لدى
				// الأمم المتحدة سامنتا …"
				k = c
			}
			// A word with و after the title coordinates ("الرئيس الأمريكي
			// ونظراؤه"): no name starts with the conjunction; nor does the
			// noun right after a bare title, its genitive ("مدير فرع
			// الجمعية").
			construct := k == last+1 && !hasAl(&ts[last]) && !f.lex.honorifics.hasBare(&ts[last]) &&
				!strings.HasSuffix(ts[last].norm, "ها") && !strings.HasSuffix(ts[last].norm, "ه") ||
				k > last+1 && k < len(ts) && joinedPrep(&ts[k-1]) && !hasAl(&ts[k-1]) &&
					(hasAl(&ts[min(k+1, len(ts)-1)]) || f.bodysNameAt(ts, k)) // "لأمانة منطقة الباحة", "لشركة مدار نجران": the body's genitive
			compound := k+1 < len(ts) && f.lex.nameJoins.has(ts[k].norm) && hasAl(&ts[k+1]) // "عبد الله القناص"
			if k < len(ts) && !construct && (f.nameLike(ts, k) && !strings.HasPrefix(ts[k].norm, "و") || k > 0 && isQuote(ts[k-1]) || compound) {
				start = k
			}
		}
	}
	if start < 0 {
		// a title and its body's genitive, then the name at the end: "المتحدث
		// باسم مدينة الملاهي ياكوب فال"
		e, s := len(ts), len(ts)
		for s > 0 && f.nameLike(ts, s-1) && !joinedPrep(&ts[s-1]) && !strings.HasPrefix(ts[s-1].norm, "و") {
			s--
		}
		if e-s >= 2 && s > 0 && f.hasTitle(ts[:s]) && hasAl(&ts[s-1]) {
			return s, e
		}
		return -1, -1
	}
	for start >= 2 && f.lex.nameJoins.has(ts[start-1].norm) && f.nameLike(ts, start-2) {
		start -= 2 // "مضاوي بنت محمد": the given name before بن or بنت
	}
	if start >= 2 && ts[start-2].norm == "عبد" && hasAl(&ts[start-1]) {
		start -= 2 // "عبد الكريم صالح": the found given name is the father's
	}
	if start >= 1 && f.kunyaWord(&ts[start-1]) {
		start-- // "أبو فهد", "أم خالد": a by-name, not a man called فهد
	}
	end := start
	for end < len(ts) {
		t := &ts[end]
		compound := end >= 2 && ts[end-2].norm == "عبد" && hasAl(&ts[end-1]) // "عبد الله الشنير"
		switch {
		case f.lex.nameJoins.has(t.norm), f.nameLike(ts, end):
			end++
			continue
		case end > start && f.initialDot(ts, end) && end+1 < len(ts) && f.nameLike(ts, end+1):
			end++ // "جاكوب جيه. ليو": a middle initial, the name goes on
			continue
		case end > start && gluedHyphen(ts, end):
			end += 2 // "ماري-كلير": one given name
			continue
		case end > start && f.lex.nameJoins.has(ts[end-1].norm) && !t.punct && (!hasAl(t) || familyWord(&ts[end-1])):
			end++ // after آل or أبو, a verb's form too: "صالح آل طالب"; "آل الشيخ"
			continue
		case compound && hasAl(t):
			end++
			continue
		case end > start && f.lex.compoundHeads.has(ts[end-1].norm) && hasAl(t):
			end++ // "عبد الملك", "عبد الأمير": a title after عبد is the given name's
			continue
		case hasAl(t) && end > start && !((end-start >= 2 || f.surnameMet(ts[start:end])) && f.titleAfterName(t)) && !f.objectAfterFamily(ts, start, end) && !(alMasdar(t) && f.lineage(ts[start:end])) && (f.nameLike(ts, end-1) || f.lex.nameJoins.has(ts[end-1].norm) ||
			end >= 2 && f.lex.nameJoins.has(ts[end-2].norm)):
			end++ // the family name: الجهني
			if end < len(ts) && f.lex.nameJoins.has(ts[end].norm) || ts[end-2].norm == "عبد" {
				continue // "صالح آل طالب"; الله of "عبد الله" is no family name
			}
			if end < len(ts) && hasAl(&ts[end]) && f.isAdjective(&ts[end]) && !f.isAdjective(&ts[end-1]) {
				end++ // after a compound given name: "عز الدين الأصبحي"
			}
		case end == start && hasAl(t):
			end++ // a family name alone, set off by a title: "العقيد "القرشي""
		}
		break
	}
	if end == start {
		return -1, -1
	}
	return start, end
}

// bodysNameAt reports whether the words from ts[k] are the name of the
// body whose kind word, joined to ل or ب with no article, stands before
// it ("لشركة", "بمؤسسة"): in construct, what follows that word is the
// body's name, not the person's whose title it ends ("المدير العام لشركة
// مدار نجران" names a company, no man called مدار). When a run of three
// name-like words or more ends the phrase ("لنادي روما ايتالو زانزي"),
// the person's name is in it: where the club's ends cannot be told.
func (f *finder) bodysNameAt(ts []token, k int) bool {
	if !isBody(f.kindWord(ts[k-1].norm[len("ل"):])) { // (ل and ب are both two bytes)
		return false
	}
	e := k
	for e < len(ts) && f.nameLike(ts, e) {
		e++
	}
	return e < len(ts) || e-k < 3
}

// nisbaAfterVague reports whether ts[k], a word ending as a relative
// adjective, follows an indefinite vague source and its adjectives:
// "مسؤول تركي كبير", "مسؤول أمني تركي" is a
// Turkish official, not one named تركي (a name after such a head would be
// made definite first: "المسؤول علي …").
func (f *finder) nisbaAfterVague(ts []token, k int) bool {
	if k == 0 || !strings.HasSuffix(ts[k].norm, "ي") {
		return false
	}
	j := k - 1
	for j > 0 && !hasAl(&ts[j]) && f.isAdjective(&ts[j]) {
		j-- // "مسؤول أمني تركي": past the adjectives before it
	}
	return !hasAl(&ts[j]) && f.lex.anonymousWord(ts[j].norm)
}

// kindOf says what kind of source a phrase names from its head words: a
// title makes a person; else the first kind word.
func (f *finder) kindOf(ts []token) model.SourceKind {
	if len(ts) > 0 && hasLatin(ts[0].raw) {
		// English puts its head last: "the magazine test" is a document.
		for k := len(ts) - 1; k >= 0; k-- {
			if ts[k].punct {
				continue
			}
			if f.lex.titles.has(ts[k].norm) || ts[k].norm == "old" && k >= 2 && ts[k-2].norm == "year" { // "the 22-year-old"
				return model.SourcePerson
			}
			if k == len(ts)-1 && f.lex.anonymousWord(ts[k].norm) {
				return model.SourceAnonymous // "some Leeds fans"
			}
			if kind, n, _ := f.lex.kinds.match(ts, k); n > 0 && k+n == len(ts) {
				return kind
			}
		}
		for k := range ts {
			if kind, n, _ := f.lex.kinds.match(ts, k); n > 0 {
				return kind
			}
		}
		return ""
	}
	if len(ts) == 1 && f.lex.agencyNisbas.hasBare(&ts[0]) {
		return model.SourceOutlet // "وفقاً للألمانية": the German agency
	}
	for k := range ts {
		if ts[k].punct {
			continue
		}
		if f.lex.titles.hasBare(&ts[k]) || f.lex.honorifics.hasBare(&ts[k]) || k == 0 && f.lex.counterparts.has(ts[k].norm) {
			return model.SourcePerson // (a counterpart is one: "نظيره الألماني")
		}
		if kind, n, _ := f.lex.kinds.match(ts, k); n > 0 {
			return kind
		}
	}
	return ""
}

// arMainSubject finds the subject of a sentence's first verb when that verb
// reports nothing, for a participle that hangs on it: "وبارك عضو الشرف
// فلان، …، قائلاً". A fronted circumstance ("وفي السياق ذاته،") is skipped.
func (f *finder) arMainSubject(toks []token, upto int) [2]int {
	return f.mainSubject(toks, upto, true)
}

// mainSubject is arMainSubject; with strict false, the subject need not
// look like a source ("واستدعت البحرين سفيرها … ما وصفتها": a country).
func (f *finder) mainSubject(toks []token, upto int, strict bool) [2]int {
	start := 0
	for start < len(toks) && (toks[start].norm == "كما" || toks[start].norm == "ثم" || toks[start].norm == "قد" ||
		toks[start].norm == "وقد" || toks[start].norm == "لقد" || toks[start].norm == "حيث" || toks[start].norm == "وكذلك" ||
		f.thenWord(toks[start])) {
		start++ // "كما تطرق الوزير …", "بعدها استعرض الوزير …", "وكذلك قدم المدرب اعتذاراً"
	}
	if n := f.adverbialAt(toks, start); n > 0 {
		start += n // "من جانبه بارك فلان …"
		if start < len(toks) && isComma(toks[start]) {
			start++
		}
	}
	for c := start + 1; c < len(toks) && c < start+7; c++ {
		if isComma(toks[c]) {
			if f.lex.prepositions.hasBare(&toks[start]) || strings.HasPrefix(toks[start].norm, "وفي") || strings.HasPrefix(toks[start].norm, "ومن") ||
				strings.HasPrefix(toks[start].norm, "وعن") {
				start = c + 1
			}
			break
		}
	}
	if start < upto && start < len(toks) && hasAl(&toks[start]) && f.lex.titles.hasBare(&toks[start]) {
		return f.frontedSubject(toks, start, upto)
	}
	if start < upto && start < len(toks) && isGivenName(f.lex, &toks[start]) {
		if sp := f.frontedSubject(toks, start, upto); sp[1] > sp[0] && sp[1] < upto && isComma(toks[sp[1]]) {
			return sp // "فلان الفلاني، رئيس …، قال": the name, set off by its comma, opens the sentence
		}
	}
	if start >= upto || start >= len(toks) || toks[start].punct || hasAl(&toks[start]) ||
		f.lex.stops.hasBare(&toks[start]) && !hamzaFinal(&toks[start]) || f.lex.prepositions.hasBare(&toks[start]) {
		return [2]int{}
	}
	if v, ok := f.lex.verbAt(&toks[start]); ok && v.kind == formParticiple {
		return [2]int{} // "مبيناً أن الفريق …، وقال:": a participle opens it, its words hold no subject of the sentence
	}
	verb := 1 // the words of the first verb
	if _, n, _ := f.lex.noReport.match(toks, start); n > 0 {
		verb = n // "الجدير بالذكر أن …": the writer's formula
	}
	if _, n, _ := f.lex.complements.match(toks, start+verb); n > 0 {
		// "يذكر أن مدير الجامعة افتتح اللقاء …، مؤكداً": a verb with no
		// subject, then a clause; its subject stands before its own verb
		if sp := f.arSpeaker(toks, start+verb+n, nil); sp[1] > sp[0] && sp[1] <= upto && f.looksLikeSpeaker(toks[sp[0]:sp[1]]) {
			return sp
		}
		return [2]int{}
	}
	subj := start + 1
	if subj < upto && f.prepWithPronoun(&toks[subj]) {
		subj++ // "واتفق معه المدرب فلان، قائلاً": the one agreed with stands before the subject
	}
	if strict && !f.maySource(toks[subj:min(subj+9, len(toks))]) {
		return [2]int{} // no title, name or body where the subject would be
	}
	var fam *family // "ورحب الوزراء بالبدء في …": the verb's own particle ends its subject
	if v, ok := f.lex.verbAt(&toks[start]); ok {
		fam = &f.lex.families[v.fam]
	}
	sp := f.arSpeaker(toks, subj, fam)
	if sp[1] <= sp[0] || sp[1] > upto {
		return [2]int{}
	}
	if v, ok := f.lex.verbAt(&toks[start]); ok && sp[1]-sp[0] > 1 && f.lex.families[v.fam].declines.hasBare(&toks[sp[1]-1]) {
		sp[1]-- // "ورفضت أبل التعليق، قائلة": the object is no part of the subject
	}
	sp[1] = f.objectAfterSubject(toks, sp)
	if f.ownedObject(&toks[sp[0]]) {
		return [2]int{} // "كما قدم شكره لمحافظ القطيف": his thanks, the object
	}
	ts := toks[sp[0]:sp[1]]
	if strict && !f.looksLikeSpeaker(ts) && !f.metBefore(ts) && !f.describedAsSomeone(toks, sp[1]) {
		return [2]int{} // a source, or someone met before: "وقدم القناص شكره …، متمنياً"
	}
	return sp
}

// describedAsSomeone reports whether what follows a name at toks[k] says
// who the person is: "شارك بيرنز، وهو أستاذ في علم البحار، في …".
func (f *finder) describedAsSomeone(toks []token, k int) bool {
	return k+2 < len(toks) && isComma(toks[k]) && f.lex.appositionPronouns.has(toks[k+1].norm) &&
		(f.lex.titles.hasBare(&toks[k+2]) || f.ownTitle(&toks[k+2]))
}

// arLastSubject finds, when the sentence's first verb has no subject a
// speaker can be, the last titled name standing right after a word of a
// later clause ("…، وقد حرص المدرب المختص … قادري، على …"): the person the
// next dropped subject most likely is.
func (f *finder) arLastSubject(toks []token) [2]int {
	for k := len(toks) - 2; k > 0; k-- {
		t, prev := &toks[k], &toks[k-1]
		if !hasAl(t) || !f.lex.titles.hasBare(t) || prev.punct || hasAl(prev) || f.lex.prepositions.hasBare(prev) ||
			joinedPrep(prev) || f.lex.titles.hasBare(prev) || f.lex.nameJoins.has(prev.norm) {
			continue
		}
		sp := f.arSpeaker(toks, k, nil)
		if sp[1] > sp[0] && f.looksLikeSpeaker(toks[sp[0]:sp[1]]) {
			return sp
		}
	}
	return [2]int{}
}

// familyWord reports whether t is آل, which names a family by the word
// after it, a title's word too: "آل الشيخ".
// kunyaWord reports whether t opens a by-name (kunya) with the given name
// after it: "أبو خالد" is Khalid's father, "أم سلمى" Salma's mother.
func (f *finder) kunyaWord(t *token) bool { return f.lex.kunyaJoins.has(t.norm) }

func familyWord(t *token) bool { return t.raw == "آل" || t.raw == "وآل" }

// stripJoined removes a joined ل from "للنظرية" or "لرويترز".
func stripJoined(t token) token {
	raw := strings.TrimPrefix(t.raw, "ل")
	raw = strings.TrimPrefix(raw, "ـ")
	t.start += len(t.raw) - len(raw) // the span starts after the ل as written
	if strings.HasPrefix(raw, "ل") && !strings.HasPrefix(raw, "لل") {
		raw = "ا" + raw // لل + noun is ل + ال with its alef dropped
	}
	if t.start > t.end {
		t.start = t.end
	}
	t.raw = raw
	nt := word(raw, 0, len(raw))
	nt.start, nt.end = t.start, t.end
	return nt
}

// hasAl reports whether an Arabic word carries the article (with or
// without a conjunction or preposition before it).
func hasAl(t *token) bool {
	w := t.norm
	for _, p := range []string{"ال", "وال", "فال", "بال", "لل", "كال", "وبال", "ولل"} {
		if strings.HasPrefix(w, p) && len(w) > len(p)+2 {
			// The article is never written with a hamza or a madda on its
			// alef: "ألكسندر", "إلياس", "آلان" are names, not "al-".
			raw := t.raw[len(p)-len("ال"):]
			return !strings.HasPrefix(raw, "أل") && !strings.HasPrefix(raw, "إل") && !strings.HasPrefix(raw, "آل")
		}
	}
	return false
}

// isGivenName reports whether t is a common given name, or a compound of
// عبد (عبدالله، عبدالعزيز).
func isGivenName(l *Lexicon, t *token) bool {
	if t.punct {
		return false
	}
	w := t.norm
	if w == "علي" && strings.HasSuffix(t.raw, "ى") {
		return false // the preposition على, folded like the name علي
	}
	return givenNameWord(l, w)
}

// givenNameWord reports whether the folded word w is a common given name,
// a compound of عبد, or one of الدين written as one word ("عزالدين",
// "بدرالدين"; not "الوالدين", "بالدين").
func givenNameWord(l *Lexicon, w string) bool {
	return l.givenNames.has(w) || strings.HasPrefix(w, "عبد") && len(w) > len("عبد")+2 || dinName(w)
}

// nameLike reports whether an Arabic word can be part of a person's name:
// no article, no title, no kind word, no particle.
func (f *finder) nameLike(toks []token, k int) bool {
	t := &toks[k]
	if t.punct || hasAl(t) || hasLatin(t.raw) || isNumber(t.norm) {
		return false
	}
	if aliName(t) {
		return true // the name علي, never the preposition على folded alike
	}
	if f.quantifierAt(toks, k) {
		return false
	}
	if anyWord(t) {
		return false
	}
	if f.lex.titles.hasBare(t) || f.lex.stops.has(t.norm) || f.lex.prepositions.has(t.norm) || f.lex.affiliations.has(t.norm) ||
		f.lex.adverbs.has(t.norm) || f.lex.relatives.has(t.norm) || f.lex.nameJoins.has(t.norm) {
		return false
	}
	if _, n, _ := f.lex.kinds.match(toks, k); n > 0 {
		return false
	}
	if _, n, _ := f.lex.anonymous.match(toks, k); n > 0 {
		return false
	}
	if _, ok := f.lex.verbAt(t); ok {
		return false
	}
	return !halParticiple(t)
}

// anyWord reports whether t is "أي" (any, which), as written with its
// hamza: no name goes on past it ("نفى فلان أي عملية"). "إي" (the letter
// E) and "آية" fold alike and may be names' words.
func anyWord(t *token) bool {
	r := strings.TrimSuffix(t.raw, "ّ")
	return r == "أي" || r == "أية" || r == "وأي"
}

// namesPlace reports whether the given name at ts[k] names a place or an
// institution after a royal title ("مطار الملك عبدالعزيز", "جامعة الملك
// سعود", "مركز الملك سلمان"): the title is one of the lexicon's namesakes,
// and before it stands, in the construct (no article: "القوات الأمير فهد"
// is a commander), a word of its named_after list or a body's kind word.
func (f *finder) namesPlace(ts []token, k int) bool {
	if k < 2 || !f.lex.namesakes.hasBare(&ts[k-1]) || hasAl(&ts[k-2]) {
		return false
	}
	if f.lex.namedAfter.hasBare(&ts[k-2]) {
		return true
	}
	_, n, _ := f.lex.kinds.match(ts, k-2)
	return n == 1
}

// nameThenTitle reports whether a speaker is a name its title follows, the
// head a name no list holds: "لكن ريدناب المدرب السابق توقع تفوق أرسنال".
func (f *finder) nameThenTitle(toks []token, sp [2]int) bool {
	return sp[1]-sp[0] >= 2 && !hasAl(&toks[sp[0]]) && !toks[sp[0]].punct && !f.isParticle(toks, sp[0]) &&
		f.lex.titles.hasBare(&toks[sp[0]+1])
}

// ownedObject reports whether t is one of the lexicon's object heads with a
// possessive pronoun ("شكره", "جهودهم"): an object, whose pronoun is the
// subject's, never the subject.
func (f *finder) ownedObject(t *token) bool {
	for _, suf := range possessives {
		if stem, ok := strings.CutSuffix(t.norm, suf); ok && f.lex.objectHeads.has(stem) {
			return true
		}
	}
	return false
}
