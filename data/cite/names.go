package cite

import (
	"strings"
	"unicode/utf8"

	"github.com/isnad/isnad/model"
)

// The names inside speaker phrases: a person's name without its titles, a
// body's name without its kind word, the words a description is matched
// on, and a person's gender where the phrase shows it.

// core is the name in a speaker phrase — a person's name without titles
// ("سعد بن ناصر الجهني", "Dan Whitlock"), a body's name without its kind
// word or quotation marks ("سبوتنيك", "WMC Resources") — and the kind of
// source it is. It is empty for a description with no name ("the company",
// "المتحدث الأمني بوزارة الداخلية").
func (f *finder) core(sp []token, latin bool) ([]token, model.SourceKind) {
	kind := f.kindOf(sp)
	if latin {
		return f.enCore(sp, kind)
	}
	// A quoted name right after the kind word or title: "وكالة «سبوتنيك»",
	// "العقيد "القرشي"".
	for k := range sp {
		if isQuote(sp[k]) {
			if k > 0 && !f.lex.titles.hasBare(&sp[k-1]) && !f.lex.honorifics.hasBare(&sp[k-1]) &&
				f.kindOf(sp[k-1:k]) == "" && !f.isAdjective(&sp[k-1]) {
				break
			}
			if c := quotedRun(sp, k); c > k+1 && f.quotedNameOfPhrase(sp, k, c) {
				if rest := sp[c+1:]; f.hasTitle(sp[:k]) {
					// "رئيس المؤسسة العامة للنقل «نقل» فهد الرميح": the
					// body's name in marks, then the person's
					if s, e := f.arNameSpan(rest); s >= 0 && (f.hasGivenName(rest[s:e]) || e-s >= 2) {
						return rest[s:e], model.SourcePerson
					}
				}
				if kind == "" && k > 0 {
					kind = model.SourceOrg // "وكالة «…»"
				}
				return sp[k+1 : c], kind // kind unknown for a name quoted alone: "“الجهني”"
			}
			break
		}
	}
	if s, e := f.arNameSpan(sp); s >= 0 && (kind == model.SourcePerson || kind == "") {
		return sp[s:e], model.SourcePerson
	}
	if name := f.nameAfterNationality(sp); len(name) > 0 && (kind == model.SourcePerson || kind == "") {
		return name, model.SourcePerson // "البرتغالي جوزيه مورينيو مدرب تشيلسي"
	}
	if h := f.headIndex(sp); f.lex.wrappers.hasBare(&sp[h]) && h+1 < len(sp) {
		a := h + 1
		for a < len(sp)-1 && !hasAl(&sp[a]) && !strings.HasPrefix(sp[a].norm, "ل") && f.isAdjective(&sp[a]) {
			a++
		}
		if a > h+1 && strings.HasPrefix(sp[a].norm, "ل") && !hasAl(&sp[a]) {
			// "تقرير رسمي لمستشفى اسبيتار": past the report's adjectives,
			// the body whose report it is
			owner := append([]token{stripJoined(sp[a])}, sp[a+1:]...)
			if k := f.kindOf(owner); k != "" && k != model.SourcePerson && k != model.SourceAnonymous {
				return owner, k
			}
		}
		owner := sp[h+1:]
		if s := stripJoined(owner[0]); strings.HasPrefix(owner[0].norm, "ل") && f.kindOf([]token{s}) != "" {
			owner = append([]token{s}, owner[1:]...) // "بيان لوزارة الخارجية": the ministry, without its ل
		}
		if k := f.kindOf(owner); k != "" && k != model.SourcePerson && k != model.SourceAnonymous {
			return owner, k // "تقييم الاستخبارات الأوكرانية": the intelligence service
		}
	}
	if kind == "" || kind == model.SourceAnonymous {
		return nil, kind
	}
	if end := len(sp) - 1; kind != model.SourcePerson && len(sp) >= 3 && !f.lex.nameWrappers.hasBare(&sp[0]) {
		// "هيئة تنظيم الاتصالات البريطانية (اوفكوم)": a body described, then
		// its short name, by which it is written again ("وأضافت اوفكوم");
		// the closing mark may have been left off the speaker. ("شركة الخليج
		// (جو)" is named after its kind word, below.)
		if sp[end].raw == ")" {
			end--
		}
		for o := end; o > 0 && o >= end-3; o-- {
			if sp[o].raw == "(" {
				if inner := sp[o+1 : end+1]; len(inner) > 0 && !hasPunct(inner) {
					return inner, kind
				}
				break
			}
		}
	}
	if hasAl(&sp[f.headIndex(sp)]) {
		return nil, kind // "الشركة", "الاتحاد الدولي": a description
	}
	if kind != model.SourcePerson && f.lex.nameWrappers.hasBare(&sp[0]) && len(sp) > 1 {
		return sp[1:], kind // "موقع البوابة العربية": the outlet's name
	}
	if kind == model.SourcePerson {
		return nil, kind
	}
	return sp, kind
}

// enCore is the name in an English speaker phrase: a person's name after
// the last title or lower-case word ("Velora's chief executive Dan Whitlock"),
// a body's capitalised name with its joining words ("The Forum for the
// Future research" → Forum for the Future). A place after the head noun is
// no name of the speaker's ("the biggest ferry operators in Norway").
func (f *finder) enCore(sp []token, kind model.SourceKind) ([]token, model.SourceKind) {
	for c := len(sp) - 2; c > 0; c-- {
		if isComma(sp[c]) {
			// "The author of the report, Lena Holt": the name after the
			// title's comma.
			if f.enNameOnly(sp[c+1:]) && !f.enHasName(sp[:c]) {
				if kind == "" || kind == model.SourceAnonymous {
					kind = model.SourcePerson
				}
				return sp[c+1:], kind
			}
			break
		}
	}
	for k := 1; k+1 < len(sp); k++ {
		if isPrepositionEn(sp[k].norm) && !isCapitalised(sp[k-1]) && !sp[k-1].punct {
			sp = sp[:k] // "organisations in India"
			break
		}
		if (sp[k].norm == "of" || sp[k].norm == "from" || sp[k].norm == "at") && k >= 2 &&
			isCapitalised(sp[k-1]) && isCapitalised(sp[k-2]) && !f.lex.determiners.has(sp[k-2].norm) &&
			f.kindOf(sp[:k]) == "" {
			sp = sp[:k] // "Tom Reyes of the Global Trade Research Unit"
			kind = model.SourcePerson
			break
		}
	}
	for k := 0; k+2 < len(sp); k++ {
		if (sp[k].raw == "'" || sp[k].raw == "’") && sp[k+1].norm == "s" && !f.enHasName(sp[k+2:]) {
			return nil, kind // "Mr Yushchenko's administration": his body, not him
		}
	}
	if kind == "" && f.epithetAfterModifier(sp) {
		kind = model.SourcePerson // "The Oscar winner": no name, a person described
	}
	if kind != model.SourcePerson && !(kind == "" && f.hasHonorific(sp)) && kind != model.SourceAnonymous {
		// A body: its longest capitalised run, joining words inside it.
		best := [2]int{}
		for k := 0; k < len(sp); {
			if !isCapitalised(sp[k]) || f.lex.determiners.has(sp[k].norm) || f.lex.titles.has(sp[k].norm) {
				k++
				continue
			}
			if _, n, _ := f.lex.quantifiers.match(sp, k); n > 0 {
				k += n // "Two of the biggest ferry operators"
				continue
			}
			j := k + 1
			for j < len(sp) {
				if isCapitalised(sp[j]) {
					j++
					continue
				}
				// joining words and marks inside a name: "Forum for the
				// Future", "D'Souza", "Henin-Hardenne"
				n := j
				for n < len(sp) && (f.lex.nameJoins.has(sp[n].norm) || sp[n].norm == "the" ||
					sp[n].raw == "'" || sp[n].raw == "’" || sp[n].raw == "-") {
					n++
				}
				if n == j || n >= len(sp) || !isCapitalised(sp[n]) {
					break
				}
				j = n
			}
			best = [2]int{k, j} // the last run: "Swiss food group Alpina"
			k = j
		}
		if best[1] > best[0] && !f.nationalityBeforeHead(sp, best) {
			return sp[best[0]:best[1]], kind
		}
		return nil, kind
	}
	last := -1
	for k := range sp {
		t := sp[k]
		surname := k == len(sp)-1 && k > 0 && isCapitalised(t) && isCapitalised(sp[k-1]) && !f.lex.titles.has(sp[k-1].norm) &&
			!f.lex.determiners.has(sp[k-1].norm) // "Mervyn King", not "The Judge"
		if !t.punct && !isCapitalised(t) && !f.lex.nameJoins.has(t.norm) && t.norm != "s" ||
			f.lex.titles.has(t.norm) && !surname || f.lex.determiners.has(t.norm) {
			last = k
		}
		if t.raw == "'" && k+1 < len(sp) && sp[k+1].norm == "s" && k+2 < len(sp) {
			last = k + 1 // "AMR's chief executive …": the owner is no part of the name
		}
		if isComma(t) {
			last = k // "the club chairman, Peter Black"
		}
	}
	name := sp[last+1:]
	for len(name) > 0 && (name[0].punct || f.lex.nameJoins.has(name[0].norm)) {
		name = name[1:]
	}
	for k := range name {
		if n := name[k].norm; n == "of" || n == "and" || n == "&" {
			name = name[:k] // "Paul Marin of Hart and Webb"
			break
		}
	}
	if len(name) == 0 || kind == model.SourceAnonymous {
		return nil, kind
	}
	return name, model.SourcePerson
}

func (f *finder) hasHonorific(ts []token) bool {
	for k := range ts {
		if f.lex.honorifics.has(ts[k].norm) || f.lex.titles.has(ts[k].norm) {
			return true
		}
	}
	return false
}

// genderOf reads a person's gender from a phrase's words: Mrs, spokeswoman,
// a given name of the lexicon's (Kate), الدكتورة.
func (f *finder) genderOf(sp []token) agreement {
	if len(sp) > 0 && hasLatin(sp[0].raw) {
		for k := range sp {
			if agr, ok := f.lex.genderTitles[sp[k].norm]; ok {
				return agr
			}
		}
		last := len(sp) - 1
		for last > 0 && !isCapitalised(sp[last]) {
			last--
		}
		if last > 0 && isCapitalised(sp[last-1]) {
			if agr, ok := f.lex.genderNames[sp[last-1].norm]; ok {
				return agr // "Kate Winslet": the given name before the family name
			}
		}
		return anyAgreement
	}
	return f.arGenderOf(sp)
}

// isBody reports whether a source of kind k is a body: a government, an
// organisation or an outlet.
func isBody(k model.SourceKind) bool {
	return k == model.SourceGovernment || k == model.SourceOrg || k == model.SourceOutlet
}

// bodyGender is the grammatical gender of an Arabic body's name by its head
// word, which a verb after it agrees with: "الشرطة" feminine, "الجيش"
// masculine; unknown for a person ("حمزة") or in English.
func (f *finder) bodyGender(sp []token) agreement {
	if len(sp) == 0 || hasLatin(sp[0].raw) {
		return anyAgreement
	}
	if k := f.kindOf(sp); k == "" || k == model.SourcePerson || k == model.SourceAnonymous {
		return anyAgreement
	}
	h := strings.TrimPrefix(sp[f.headIndex(sp)].raw, "و")
	if strings.HasSuffix(h, "ة") {
		return feminine
	}
	return masculine
}

// headIndex skips quantifiers and numbers: "أربعة دبلوماسيين" → 1.
func (f *finder) headIndex(name []token) int {
	h := 0
	for h < len(name)-1 {
		if _, n, _ := f.lex.quantifiers.match(name, h); n > 0 {
			h += n
			continue
		}
		if f.lex.quantities.has(name[h].norm) || isNumber(name[h].norm) {
			h++
			continue
		}
		break
	}
	return min(h, len(name)-1)
}

// bareWords are the folded words of a phrase without articles, proclitics
// or punctuation, for matching descriptions.
func (f *finder) bareWords(sp []token, latin bool) []string {
	var out []string
	for k := range sp {
		t := &sp[k]
		if t.punct || latin && (f.lex.determiners.has(t.norm) || t.norm == "s") {
			continue
		}
		w := t.norm
		if !latin && t.nb > 1 {
			w = f.arBareWord(t)
		}
		if latin {
			w = strings.TrimSuffix(w, "s")
		} else {
			w = obliquePlural(w)
		}
		out = append(out, w)
	}
	return out
}

// obliquePlural is an Arabic sound masculine plural in the one case form
// descriptions are compared in: "المتضررون" (nominative) and "بعض
// المتضررين" (genitive) are one group. Words of four letters or fewer
// keep their ون ("عيون", "كون").
func obliquePlural(w string) string {
	if stem, ok := strings.CutSuffix(w, "ون"); ok && utf8.RuneCountInString(stem) >= 3 {
		return stem + "ين"
	}
	return w
}

// arBareWord is an Arabic word without its proclitics and article, as
// descriptions are compared: "والوزير" and "وزير" are both "وزير". A form
// the lexicon knows as a title or honorific is kept whole, since a leading
// و or ف may be the word's own letter ("وزير" is no و + "زير").
func (f *finder) arBareWord(t *token) string {
	for k := range int(t.nb) {
		w := t.form(k)
		if rest, ok := strings.CutPrefix(w, "ال"); ok && len(rest) > 2 {
			w = rest
		}
		if f.lex.titles.has(w) || f.lex.honorifics.has(w) {
			if same, ok := f.lex.sameTitles[w]; ok {
				return same // "ناطق" is compared as "متحدث"
			}
			return w
		}
	}
	w := t.form(int(t.nb) - 1)
	for _, p := range []string{"ال", "وال", "بال", "لل"} {
		if rest, ok := strings.CutPrefix(t.norm, p); ok && len(rest) > 2 {
			w = rest
		}
	}
	return w
}

// channelID is the source id of a channel, or a slug of its name.
func (f *finder) channelID(ts []token) string {
	if g, n, _ := f.lex.audiences.match(ts, 0); n > 0 {
		return f.lex.audienceList[g].id
	}
	if len(ts) > 0 && !hasLatin(ts[0].raw) && strings.HasPrefix(ts[0].norm, "ل") {
		ts = append([]token{stripJoined(ts[0])}, ts[1:]...)
	}
	if id, _, _, ok := f.z.aliases.Lookup(joinRaw(ts)); ok {
		return id
	}
	if e, _, n := f.z.aliases.findIn(ts, 0, len(ts)); n > 0 {
		return e.ID
	}
	core, _ := f.core(ts, hasLatin(ts[0].raw))
	if len(core) == 0 {
		return ""
	}
	if id, _, _, ok := f.z.aliases.Lookup(joinRaw(core)); ok {
		return id
	}
	return Slug(joinRaw(core))
}

// foldWords is the folded words of a name, أبو in any case ("أبي مالك",
// "أبا مالك") written أبو so that a later "أبو مالك" is the same man.
func foldWords(ts []token) []string {
	var out []string
	for _, t := range ts {
		switch {
		case t.punct:
		case t.norm == "ابي" || t.norm == "ابا":
			out = append(out, "ابو")
		default:
			out = append(out, t.norm)
		}
	}
	return out
}

func equalWords(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// endsWith reports whether the name full ends with the words of short.
func endsWith(full, short []string) bool {
	if len(short) == 0 || len(short) > len(full) {
		return false
	}
	off := len(full) - len(short)
	for i, w := range short {
		if full[off+i] != w {
			return false
		}
	}
	return true
}

func containsAll(have, want []string) bool {
	for _, w := range want {
		if !contains(have, w) {
			return false
		}
	}
	return true
}

func appendNew(list []string, words ...string) []string {
	for _, w := range words {
		if !contains(list, w) && len(list) < 64 {
			list = append(list, w)
		}
	}
	return list
}

// maySource reports whether an Arabic phrase holds any word a source is
// named with: a title or honorific, a given name, a kind word, a vague
// source, a known name or a word of an entity met before. It is a cheap
// test before reading a subject.
func (f *finder) maySource(ts []token) bool {
	f.flushMentions() // the registry is read below
	for k := range ts {
		t := &ts[k]
		if t.punct {
			continue
		}
		if f.lex.titles.hasBare(t) || f.lex.honorifics.hasBare(t) || isGivenName(f.lex, t) || f.honorificPronoun(t) {
			return true
		}
		for b := range int(t.nb) {
			w := t.form(b)
			if f.lex.kinds.byFirst[w] != nil || f.lex.anonymous.byFirst[w] != nil || f.z.aliases != nil && f.z.aliases.seq.byFirst[w] != nil {
				return true
			}
		}
		if len(f.reg.recent) > 0 && f.reg.each(func(x *entity) bool { return contains(x.words, t.norm) }) != nil {
			return true
		}
	}
	return false
}

// hasPunct reports whether a phrase holds a mark.
func hasPunct(ts []token) bool {
	for k := range ts {
		if ts[k].punct {
			return true
		}
	}
	return false
}

// epithetsFrom is where the epithets of God that end sp start ("تعالى",
// "سبحانه وتعالى", "عز وجل": god_epithets), or len(sp) when it ends in none.
func (f *finder) epithetsFrom(sp []token) int {
	// an epithet of one or two words starts in the last two (the common
	// case, none, is told at once)
	n := len(sp)
	if n == 0 || !f.lex.godEpithets.mayStart(&sp[n-1]) && (n < 2 || !f.lex.godEpithets.mayStart(&sp[n-2])) {
		return n
	}
	for k := 0; k < len(sp); k++ {
		j := k
		for j < len(sp) {
			_, n, _ := f.lex.godEpithets.match(sp, j)
			if n == 0 {
				break
			}
			j += n
		}
		if j == len(sp) && j > k && (k == 0 || sp[k-1].norm == "الله") {
			return k
		}
	}
	return len(sp)
}
