package cite

import (
	"strings"

	"github.com/isnad/isnad/model"
)

// English resolution beyond the last speaker that agrees: whom a "he" or
// "she" points to when the nearest candidate is doubtful.

// personBeyondCited is, for an English "he" or "she" whose nearest
// candidate is a name of unknown kind only ever cited after "according
// to" ("According to PC Market, a print costs £2 … he said"), the person
// of that gender who spoke before it, if any: a name cited so may be a
// magazine or a firm, the speaker before is surely a person.
func (f *finder) personBeyondCited(e *entity, agr agreement, latin bool) *entity {
	if !latin || agr != masculine && agr != feminine || !e.cited || e.kind != "" || e.agr != anyAgreement {
		return nil
	}
	return f.reg.each(func(x *entity) bool {
		return x != e && x.last != "" && (x.kind == model.SourcePerson || x.kind == "") && x.agr == agr
	})
}

// enOwnSubject is, for an English pronoun no speaker before agrees
// with, the subject that opens its own sentence when it names someone
// met or surely a name: "Corvex shares fell after it warned that …",
// "Mr Lund is suing the studio after he said he was hurt". Nil when the
// subject is a pronoun, no name, or does not agree.
func (f *finder) enOwnSubject(toks []token, before int, agr agreement) *entity {
	from := f.timeOpener(toks)
	for from < before && (toks[from].punct || f.lex.clauseStarts.has(toks[from].norm)) {
		from++
	}
	np := f.enNPAfter(toks, from)
	if np[1] <= np[0] || np[1] > before || !f.enHeadOK(toks, np) {
		return nil
	}
	np[1] = f.enSubjectEnd(toks, np)
	ts := toks[np[0]:np[1]]
	if isPronoun(f.lex, ts[0].norm) || !f.enHasName(ts) {
		return nil
	}
	w := ts[len(ts)-1].norm
	if !f.enNamed(toks, np) && f.reg.each(func(x *entity) bool { return contains(x.words, w) }) == nil {
		return nil // "Shares in Corvex": a capital for the sentence's start
	}
	if _, kind := f.core(ts, true); kind == model.SourceAnonymous {
		return nil
	}
	if ent, _ := f.entityOf(ts, true); ent != nil && ent.compatible(agr, true) &&
		(agr != masculine && agr != feminine || ent.kind == model.SourcePerson || ent.agr == agr) {
		// (a he or she is a person, or one whose name says the gender: not
		// "Kestrel Tools fired the engineer after he said")
		return ent
	}
	return nil
}

// personEpithet is, for a definite English description whose head says
// what someone is rather than an office another may hold ("the lock",
// "the distressed actress", "the world champion"), the person named
// last: met as the subject of a sentence since anyone spoke ("Tomas Brelin
// thinks the derby will be tight. … said the lock") or the one who spoke
// just before. Nil when the head is no epithet (not "the referee", "the
// judge"), when the name met last is no person's ("Dunmore beat Carlow.
// The striker said" names no one), or its gender clashes.
func (f *finder) personEpithet(sp []token, head string) *entity {
	if !f.lex.epithets.has(head) || hasPrepositionEn(sp) || len(sp) > 5 {
		return nil
	}
	return f.personNamedLast(sp)
}

// personNamedLast is the person an English description of someone the
// story is about points back to: the name met last, as the subject of a
// sentence since anyone spoke or as the one who spoke at most two
// sentences back. Nil when that name is no person's or its gender clashes
// with the description's.
func (f *finder) personNamedLast(sp []token) *entity {
	last := f.reg.each(func(x *entity) bool { return len(x.words) > 0 })
	if last == nil || !(last.kind == model.SourcePerson || last.kind == "" && (len(last.words) >= 2 || last.last != "")) {
		return nil
	}
	if last.last != "" && f.since > 2 {
		return nil // a speaker long before, then sentences that named no one
	}
	if g := f.genderOf(sp); g != anyAgreement && last.agr != anyAgreement && last.agr != g {
		return nil
	}
	return last
}

// namesState reports whether an entity is a state, by the lexicon's
// names of states: "New Zealand", "Spain".
func (f *finder) namesState(x *entity) bool {
	return len(x.words) > 0 && f.lex.states.has(strings.Join(x.words, " ")) || f.lex.states.has(Fold(x.name))
}

// nationalityClash reports whether a description of x holds an adjective
// of nationality other than the demonym's.
func (f *finder) nationalityClash(x *entity, demonym string) bool {
	for _, w := range x.desc {
		if f.isNationality(w) && !f.sameNationality([]string{w}, demonym) {
			return true
		}
	}
	return false
}

// isNationality reports whether a folded word is an adjective or a noun
// of nationality, not a country's name: a listed demonym or one of its
// words that is no state ("dutch", "spanish"), or a word ending as one
// does whose start is a state's ("german" of "germany", "russian").
func (f *finder) isNationality(w string) bool {
	if f.lex.states.has(w) {
		return false
	}
	if _, ok := f.lex.demonyms[w]; ok {
		return true
	}
	for _, words := range f.lex.demonyms {
		if contains(words, w) {
			return true
		}
	}
	if !strings.HasSuffix(w, "an") && !strings.HasSuffix(w, "ese") && !strings.HasSuffix(w, "ish") {
		return false
	}
	for st := range f.lex.states.m {
		if !strings.Contains(st, " ") && len(st) > 3 && f.sameNationality([]string{st}, w) {
			return true
		}
	}
	return false
}

// rankedBody is, for an English description ranking a body among its kind
// after a place's possessive ("Norland's biggest coal miner", "Europe's
// largest drugmaker"), the body named last: met as a subject since anyone
// spoke, or the speaker of at most two sentences back ("Ardell Mining
// has said … Norland's biggest coal miner put the loss down to floods").
// Nil for any other phrase, or when the name met last is a person's.
func (f *finder) rankedBody(sp []token) *entity {
	if !f.ranked(sp) {
		return nil
	}
	last := f.reg.each(func(x *entity) bool { return len(x.words) > 0 })
	if last == nil || last.kind == model.SourcePerson || last.kind == model.SourceAnonymous || last.last != "" && f.since > 2 {
		return nil
	}
	for _, t := range sp {
		if t.raw == "'" || t.raw == "’" {
			break
		}
		if contains(last.words, Fold(t.raw)) {
			return nil // "Carrow's biggest shareholder" is no part of Carrow: another party
		}
	}
	return last
}

// ranked reports whether an English phrase is "[the] <place>'s <ranking>
// <noun …>" with one body at its head: no name after the possessive, no
// preposition, no plural head ("the world's richest countries" are many).
func (f *finder) ranked(sp []token) bool {
	k := 0
	if sp[0].norm == "the" {
		k++
	}
	for k+1 < len(sp) && !(sp[k].raw == "'" || sp[k].raw == "’") {
		if !isCapitalised(sp[k]) && sp[k].norm != "world" {
			return false
		}
		k++
	}
	if k == 0 || k+3 >= len(sp) || sp[k+1].norm != "s" || !f.lex.rankings.has(sp[k+2].norm) || len(sp)-k > 7 {
		return false
	}
	for _, t := range sp[k+3:] {
		if t.punct && t.raw != "-" || isCapitalised(t) || isPrepositionEn(t.norm) { // ("second-biggest")
			return false
		}
	}
	return !strings.HasSuffix(sp[len(sp)-1].norm, "s")
}

// personFollows reports whether what follows a capitalised word at k says
// it names a person: a relative "who" set off by a comma ("Varga, who lost
// the final, …"), a personal reflexive ("Tarn himself looked calm") or an
// age set off by commas ("Varga, 24, was disappointed").
func personFollows(toks []token, k int) bool {
	if k < len(toks) && (toks[k].norm == "himself" || toks[k].norm == "herself") {
		return true
	}
	if k+2 < len(toks) && isComma(toks[k]) && isNumber(toks[k+1].norm) && isComma(toks[k+2]) {
		return true
	}
	return k+1 < len(toks) && isComma(toks[k]) && toks[k+1].norm == "who"
}
