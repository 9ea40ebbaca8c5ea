// Arabic subjects opening their sentence before the verb: a definite
// title or body ("التقرير السابق ذكر"), a body in construct ("وزارة
// الصحة أعلنت"), an unnamed "some who" ("وهناك من يرى"), an indefinite
// vague source ("خبراء التسويق قالوا").

package cite

import (
	"strings"

	"github.com/isnad/isnad/model"
)

// openingSubject reads a sentence that opens with its subject, a definite
// title, body or vague source with what qualifies it, before its verb:
// "التقرير السابق ذكر", "الناقد الأدبي فلان، رئيس تحرير المجلة، يرى" (the
// apposition between commas left out).
func (f *finder) openingSubject(ts []token) [2]int {
	end := len(ts)
	if end > 16 || end == 0 {
		return [2]int{}
	}
	titled := false // the apposition is a title: "دانيال إيك، رئيسها التنفيذي، يقول"
	if isComma(ts[end-1]) {
		end--
		for c := end - 1; c > 0; c-- {
			if isComma(ts[c]) {
				end = c
				if a := &ts[c+1]; f.lex.titles.hasBare(a) || f.lex.titles.has(strings.TrimPrefix(a.norm, "و")) {
					titled = true
				} else if f.ownTitle(a) {
					titled = true // "رئيسها", "مديره"
				}
				break
			}
		}
	}
	for r := 1; r < end; r++ {
		if f.lex.relatives.has(ts[r].norm) {
			end = r // "المسؤول البلدي الذي تحفظ على اسمه قال"
			break
		}
	}
	if end == 0 || end > 8 && !f.longTitledName(ts[:end]) {
		return [2]int{}
	}
	switch {
	case titled && end <= 4:
	case end <= 2 && f.metBefore(ts[:end]): // "الأحمد، دعا": someone named before, the topic
	case !hasAl(&ts[0]) && !f.lex.titles.hasBare(&ts[0]) && !f.bodyInConstruct(ts[:end]):
		return [2]int{} // (a title in construct is one: "وزير الداخلية فلان قال")
	case !f.lex.titles.hasBare(&ts[0]) && f.kindOf(ts[:1]) == "" && f.lex.anonymous.byFirst[ts[0].norm] == nil:
		return [2]int{}
	}
	for k := 0; k < end; k++ {
		if _, verb := f.lex.verbAt(&ts[k]); ts[k].punct || verb || f.lex.stops.has(ts[k].norm) ||
			f.lex.prepositions.has(ts[k].norm) || isNegation(ts[k]) {
			return [2]int{} // a clause before the verb, not its subject ("العلي" is a name)
		}
	}
	return [2]int{0, end}
}

// someWho reports whether an imperfect at toks[i] follows an unnamed
// "some who" ("وهناك من يرى أن", "ومنهم من يقول"): there من is the pronoun
// "who", no preposition, and the phrase the verb's subject.
func (f *finder) someWho(toks []token, i int) bool {
	for back := 2; back <= 3 && i-back >= 0; back++ {
		if _, n, _ := f.lex.anonymous.match(toks, i-back); n == back {
			return true
		}
	}
	return false
}

// bodyNotSubject reports whether an opening body in construct is only the
// sentence's topic, its verb having a subject of its own after it: the
// verb points back to it ("بيان الوزارة قال فيه المتحدث", "مجلس الأمن قال
// عنه الأمين العام") or a title follows ("وزارة الصحة أعلن وزيرها"), or
// the verb does not agree with it.
func (f *finder) bodyNotSubject(toks []token, sp [2]int, i int, vf verbForm) bool {
	ts := toks[sp[0]:sp[1]]
	if hasAl(&ts[0]) || f.lex.titles.hasBare(&ts[0]) || !f.bodyInConstruct(ts) {
		return false // not read as a body in construct
	}
	if i+1 < len(toks) && (f.lex.resumptives.has(toks[i+1].norm) || f.ownTitle(&toks[i+1]) || f.lex.titles.hasBare(&toks[i+1])) {
		return true
	}
	return !f.agreesWith(ts, vf.agr)
}

// bodyInConstruct reports whether a phrase opens with a body, an outlet or
// a document in construct with what it belongs to: "وزارة الصحة",
// "صحيفة الرياض", "تقرير اللجنة".
func (f *finder) bodyInConstruct(ts []token) bool {
	if len(ts) < 2 || !hasAl(&ts[1]) || strings.HasPrefix(ts[0].norm, "ف") && f.lex.kinds.byFirst[ts[0].norm] == nil {
		// (not "فمجموعات الأصدقاء كشفت": the writer's argument going on)
		return false
	}
	switch f.kindOf(ts[:1]) {
	case model.SourceGovernment, model.SourceOrg, model.SourceOutlet, model.SourceDocument:
		return true
	}
	return false
}

// allNameLike reports whether toks[start:end] are all words a name can
// be made of: "دييجو مارادونا".
func (f *finder) allNameLike(toks []token, start, end int) bool {
	for k := start; k < end; k++ {
		if !f.nameLike(toks, k) {
			return false
		}
	}
	return true
}

// ownTitle reports whether t is a title with a possessive pronoun:
// "رئيسها", "مديره" (its head, his manager).
func (f *finder) ownTitle(t *token) bool {
	for _, suffix := range []string{"ها", "ه", "هم"} {
		if stem, ok := strings.CutSuffix(t.norm, suffix); ok && len(stem) > 4 && f.lex.titles.has(stem) {
			return true
		}
	}
	return false
}

// startsWithName reports whether a phrase is a person's name and titles
// only, opening with a given name, no punctuation or verb in it.
func (f *finder) startsWithName(ts []token) bool {
	if !isGivenName(f.lex, &ts[0]) {
		return false
	}
	for k := range ts {
		if ts[k].punct || f.isParticle(ts, k) && !f.lex.nameJoins.has(ts[k].norm) && !f.lex.prepositions.has(ts[k].norm) &&
			f.lex.quantifiers.byFirst[ts[k].norm] == nil {
			return false
		}
	}
	return true
}

// openingIndefinite reads a sentence that opens with an indefinite vague
// source or document and what qualifies it, before a verb that agrees with
// it: "خبراء التسويق الرياضي قالوا" (the plural), "دراسة حديثة لجامعة
// فلوريدا تشير" (the feminine). No particle, preposition, verb or pause
// stands between them.
func (f *finder) openingIndefinite(ts []token, vf verbForm) [2]int {
	if len(ts) == 0 || len(ts) > 8 || hasAl(&ts[0]) || f.lex.conjoined(&ts[0]) {
		return [2]int{}
	}
	_, n, _ := f.lex.anonymous.match(ts, 0)
	switch {
	case vf.agr == plural && n > 0:
	case vf.agr == feminine && strings.HasSuffix(ts[0].norm, "ه") && (n > 0 || f.kindOf(ts[:1]) == model.SourceDocument):
	default:
		return [2]int{}
	}
	for k := range ts {
		if _, verb := f.lex.verbAt(&ts[k]); ts[k].punct || verb || f.lex.stops.has(ts[k].norm) ||
			f.lex.prepositions.has(ts[k].norm) || isNegation(ts[k]) || k > 0 && f.lex.relatives.has(ts[k].norm) {
			return [2]int{}
		}
	}
	return [2]int{0, len(ts)}
}

// longTitledName reports whether a phrase of more than eight words opening
// a sentence is one title and the name it ends with: a title first, and
// an honorific or a given name among its last three words, right before
// the name ("المتحدث الرسمي لمديرية الدفاع المدني بالمنطقة الرائد سعد
// الحربي أكد أن"). Titles run long; a clause would hold a verb, a stop or
// a mark, which openingSubject rejects after.
func (f *finder) longTitledName(ts []token) bool {
	if len(ts) > 14 || !f.lex.titles.hasBare(&ts[0]) {
		return false
	}
	for k := len(ts) - 3; k < len(ts)-1; k++ {
		if f.strongName(ts, k) {
			return true
		}
	}
	return false
}

// nameCommaTitle is, for a sentence opening with a person's name, a comma
// and a title phrase running into the verb with no comma to close it
// ("سعد الحربي، رئيس جمعية الصيادين بجدة قال إن"), where the name ends:
// the apposition stays out of the speaker, as between two commas. The
// name is two to four words, the title one of the lexicon's or with its
// pronoun, no verb, stop or mark in what follows; 0 when there is none.
func (f *finder) nameCommaTitle(ts []token) int {
	if len(ts) > 14 {
		return 0
	}
	c := 0
	for c < len(ts) && c <= 4 && !ts[c].punct {
		c++
	}
	if c < 2 || c > 4 || c+2 >= len(ts) || !isComma(ts[c]) || !f.startsWithName(ts[:c]) {
		return 0
	}
	if a := &ts[c+1]; !f.lex.titles.hasBare(a) && !f.ownTitle(a) {
		return 0
	}
	for k := c + 1; k < len(ts); k++ {
		if ts[k].punct || f.isParticle(ts, k) && !f.lex.prepositions.has(ts[k].norm) {
			return 0
		}
	}
	return c
}
