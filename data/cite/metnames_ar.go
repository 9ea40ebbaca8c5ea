// Persons an Arabic article names in full anywhere, speaking or not, so
// that a later family name alone finds them.

package cite

import (
	"strings"

	"github.com/isnad/isnad/model"
)

// maxMetPeople bounds the full names kept per article.
const maxMetPeople = 128

// metWindow is how many words from a title or a given name a full name
// is read in ("مدير عام الهيئة الوطنية للمياه المهندس سالم بن حمد النخلي").
const metWindow = 9

// noteArNames registers the persons an Arabic sentence writes in full —
// a title or honorific then a name of two words or more, or a given name
// then name words — as entities of the article that have not spoken: "
// استقبل وزير الخارجية نادر الصقلي نظيره" makes نادر الصقلي known, so that
// "وقال الصقلي" later is he. None of them becomes a source or an
// antecedent until it speaks (they are not among the recent speakers).
func (f *finder) noteArNames(toks []token) {
	if len(toks) == 0 || hasLatin(toks[0].raw) {
		return
	}
	for k := 0; k < len(toks) && len(f.metPeople) < maxMetPeople; k++ {
		t := &toks[k]
		if t.punct {
			continue
		}
		given := isGivenName(f.lex, t) && !f.lex.titles.hasBare(t) && !f.insideName(toks, k)
		if !given && !f.lex.titles.hasBare(t) && !f.lex.honorifics.hasBare(t) {
			continue
		}
		sp := f.arSpeaker(toks, k, nil) // the noun phrase, where a subject would end
		if sp[0] != k {
			continue
		}
		if nx := f.arSpeaker(toks, sp[1], nil); !given && nx[0] == sp[1] && nx[1] > nx[0] {
			sp[1] = nx[1] // "وزير الزراعة" then its name, a phrase of its own
		}
		if sp[1] <= k+1 {
			continue
		}
		win := toks[k:min(sp[1], k+metWindow)]
		s, e := f.arNameSpan(win)
		if s < 0 || e-s < 2 || given && s != 0 || f.namesPlace(toks, k+s) || !f.nameWords(win[s:e]) || given && !f.givenThenName(win[:e]) {
			continue
		}
		if kind := f.kindOf(win[s:e]); kind != "" && kind != model.SourcePerson {
			continue
		}
		f.meetPerson(win[s:e], win[:s])
		k += e - 1 // (a name rejected is read again from its own given name)
	}
}

// meetPerson keeps the person a full name names, with the titles written
// before it as its description.
func (f *finder) meetPerson(name, title []token) {
	words := foldWords(name)
	for _, m := range f.metPeople {
		if equalWords(m.words, words) {
			m.desc = appendNew(m.desc, f.bareWords(title, false)...)
			return
		}
	}
	id := Slug(joinRaw(name))
	if id == "" {
		return
	}
	ent := f.reg.get(id, joinRaw(name), model.SourcePerson, true)
	if ent.kind != model.SourcePerson || len(ent.words) > 0 && !equalWords(ent.words, words) {
		return // a body or a speaker of that spelling already
	}
	ent.words = words
	ent.desc = appendNew(ent.desc, f.bareWords(title, false)...)
	ent.desc = appendNew(ent.desc, f.bareWords(name, false)...)
	if ent.agr == anyAgreement {
		ent.agr = f.metGender(title, name)
	}
	f.metPeople = append(f.metPeople, ent)
}

// metPerson is the one person met in full whose name a shorter name
// repeats: all of it, its end (the family name: "الصقلي" of "نادر
// الصقلي"), or its given and family names with the lineage left out. Nil
// when none does, or when two people do ("الأمير فيصل الراشد" and "الأمير
// ماجد الراشد": "الراشد" alone is either brother). A name that ends a
// full name after بن is the father's ("سعود" of "فهد بن سعود"), not his.
func (f *finder) metPerson(words []string) *entity {
	var found *entity
	for _, m := range f.metPeople {
		if !f.repeatsName(m.words, words) {
			continue
		}
		if found != nil && found != m {
			return nil
		}
		found = m
	}
	return found
}

// repeatsName reports whether the name short is the person's whose full
// name is full, as metPerson decides.
func (f *finder) repeatsName(full, short []string) bool {
	switch {
	case equalWords(full, short):
		return true
	case endsWith(full, short):
		before := full[len(full)-len(short)-1]
		return before != "بن" && before != "بنت" && before != "ابن"
	case len(short) >= 2 && len(full) > 2 && full[0] == short[0] && full[len(full)-1] == short[len(short)-1]:
		return true
	}
	return false
}

// anotherBearer reports whether a family name alone, which the speaker
// ent bears, is also borne by another person the article named in full
// ("الأمير ماجد الراشد" after "قال الأمير فيصل الراشد"): either brother,
// so not surely ent.
func (f *finder) anotherBearer(words []string, ent *entity) bool {
	if len(words) != 1 || ent == nil || ent.kind != model.SourcePerson {
		return false
	}
	for _, m := range f.metPeople {
		if m != ent && f.repeatsName(m.words, words) && !f.repeatsName(ent.words, m.words) && !f.repeatsName(m.words, ent.words) {
			return true
		}
	}
	return false
}

// nameWords reports whether every word of a name found in narrative is a
// name's word: no title or honorific ("أ" of "«أ س»"), no one-letter word,
// no sound plural, no preposition's construct, no بن ending it.
func (f *finder) nameWords(name []token) bool {
	for k := range name {
		t := &name[k]
		if t.punct || len([]rune(t.norm)) < 2 || f.lex.titles.hasBare(t) || f.lex.honorifics.hasBare(t) {
			return false
		}
		if _, n, _ := f.lex.phrases.match(name, k); n > 0 {
			return false // "براتب تشجيعي حسب المؤهل": a nominal cue, no name's word
		}
		if _, kin := f.lex.kinHeads[t.norm]; kin && !f.lex.nameJoins.has(t.norm) {
			return false // "… عم الرسول": a kinship, the name ended before it
		}
		if soundPlural(t) || k == len(name)-1 && f.lex.nameJoins.has(t.norm) {
			return false // "مسجونين"; "محمد بن" cut short
		}
		if k > 0 && (strings.HasPrefix(t.norm, "لل") || joinedPrep(t) && k+1 < len(name) && hasAl(&name[k+1])) {
			return false // "معاذ لصفوف الأهلي", "… للإبل": a preposition's phrase, no family name
		}
	}
	return true
}

// insideName reports whether the given name at toks[k] goes on a name
// begun before it: after بن, أبو, عبد or another given name ("محمد بن
// فهد", "حسن معاذ"), it is a father's or a second name, no person's start;
// after a bare noun it is that noun's genitive ("مبادئ حسن الجوار").
func (f *finder) insideName(toks []token, k int) bool {
	if k == 0 {
		return false
	}
	p := &toks[k-1]
	return !p.punct && (f.lex.nameJoins.has(p.norm) || isGivenName(f.lex, p) || p.norm == "عبد" ||
		!f.lex.titles.hasBare(p) && !f.lex.honorifics.hasBare(p) && f.nameLike(toks, k-1)) // "مبادئ حسن الجوار": a noun's genitive
}

// givenThenName reports whether a name read from a given name in
// narrative is surely a person's: it goes on with بن or a second given
// name ("خالد بن سلطان", "حسن معاذ"), or ends in a family name with the
// article that is no plural ("سامر العنيني", not "أسماء المقبولين"); a
// given name before a common noun ("فهد استقبال") is none.
func (f *finder) givenThenName(name []token) bool {
	if len(name) < 2 {
		return false
	}
	if f.lex.nameJoins.has(name[1].norm) || isGivenName(f.lex, &name[1]) {
		return !f.lex.nameJoins.has(name[len(name)-1].norm)
	}
	last := &name[len(name)-1]
	return hasAl(last) && !soundPlural(last) && !f.lex.peoplePlurals.hasBare(last) && f.kindOf(name[len(name)-1:]) == ""
}

// metGender is the gender of a person met in full by the title written
// before the name ("المتحدث باسم الوزارة" he, "الدكتورة" she), unless a
// feminine title word stands bare at the start, a place the title's
// office is in ("محافظة ينبع سامر …": محافظة is no title of his).
func (f *finder) metGender(title, name []token) agreement {
	g := f.genderOf(append(append([]token(nil), title...), name...))
	if g == feminine && len(title) > 0 && !hasAl(&title[0]) && !f.lex.honorifics.hasBare(&title[0]) {
		return anyAgreement
	}
	return g
}
