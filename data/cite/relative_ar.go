// Relative clauses around a verb of saying: "الباحث فلان الذي قال",
// "البحوث التي نشرتها الجامعة … بيّنت".

package cite

import "strings"

// relativeHeadSubject reads the speaker of a verb right after a relative
// pronoun: the head noun before the pronoun when the verb agrees with it
// ("الدول التي قال إنها" is no subject). It reports whether the relative
// decided the subject. A pronoun joined by و ("العقيد فلان والذي أوضح
// أن") decides only when it finds a head; otherwise the verb is read as
// before, the و being also a conjunction of clauses ("والذي قال … لم يقرأ").
func (f *finder) relativeHeadSubject(toks []token, i int, vf verbForm, evs []event) ([2]int, bool) {
	rel := i - 1
	if rel > 1 && f.adverbialAt(toks, rel) == 1 && f.lex.relatives.has(toks[rel-1].norm) {
		rel-- // "الميمان الذي بدوره ثمّن": the adverbial between pronoun and verb
	}
	if rel > 1 && f.lex.pastAux.has(toks[rel].norm) && f.lex.relatives.has(toks[rel-1].norm) {
		rel-- // "فلان الذي كان يؤكد أن": the past of the imperfect, he used to say it
	}
	r := toks[rel].norm
	joined := f.joinedRelative(&toks[rel])
	if joined {
		r = strings.TrimPrefix(r, "و")
	}
	none := [2]int{}
	if !f.lex.relatives.has(r) {
		return none, false
	}
	agr := relativeAgreement[r]
	if agr != anyAgreement && agr != vf.agr || i+1 < len(toks) && f.lex.resumptives.has(toks[i+1].norm) {
		return none, !joined // "الدول التي قال إنها", "المقترح الذي طالب به نشطاء"
	}
	end := rel
	if end > 0 && isComma(toks[end-1]) {
		end-- // "… جوزيه مورينيو، الذي قال"
		for k := len(evs) - 1; k >= 0; k-- {
			if evs[k].sp[1] == end && evs[k].hasSpeaker() {
				return evs[k].sp, true // the speaker just named
			}
		}
	}
	start := f.relativeHead(toks, end)
	if start < end && (f.looksLikeSpeaker(toks[start:end]) || end-start >= 2 && f.allNameLike(toks, start, end)) {
		if !f.sourceHead(toks[start:end]) && f.subjectThenSaid(toks, i, &f.lex.families[vf.fam]) {
			return none, true // "عينات 300 لاعب التي قالت الإذاعة إنها": a head no source, the verb's subject after it
		}
		return [2]int{start, end}, true
	}
	return none, !joined
}

// joinedRelative reports whether t is a relative pronoun joined by و
// ("والذي", "والتي"), which after a name opens a clause describing it.
func (f *finder) joinedRelative(t *token) bool {
	return strings.HasPrefix(t.norm, "و") && f.lex.relatives.has(strings.TrimPrefix(t.norm, "و"))
}

// relativeHead is where the head of a relative clause whose pronoun is at
// toks[end] starts: adjectives back to a definite noun, then the construct
// nouns before it that are titles or bodies ("رئيس الوفد الذي قال"), a
// name and its title ("المدرب ماركو روسي الذي قال").
func (f *finder) relativeHead(toks []token, end int) int {
	start := end
	for start > 0 && hasAl(&toks[start-1]) && f.isAdjective(&toks[start-1]) {
		start--
	}
	if start > 0 && hasAl(&toks[start-1]) {
		start--
	}
	for start > 0 && !toks[start-1].punct && !hasAl(&toks[start-1]) && !f.lex.pastAux.hasBare(&toks[start-1]) &&
		!(start < end && isGivenName(f.lex, &toks[start]) && f.notOfName(toks, start-1)) &&
		(f.lex.titles.hasBare(&toks[start-1]) || f.kindOf(toks[start-1:start]) != "" || f.lex.anonymous.byFirst[toks[start-1].norm] != nil ||
			isGivenName(f.lex, &toks[start-1]) || f.lex.nameJoins.has(toks[start-1].norm) ||
			(start == end || !hasAl(&toks[start])) && f.nameLike(toks, start-1) && !f.lex.notBPrep.has(toks[start-1].norm)) {
		start-- // and the name: "الباحث عبدالله العلي الذي قال", "دييجو مارادونا الذي قال" (not "بسبب", "بعد": "بسبب إدارة النادي التي نفت")
	}
	if start > 0 && start < end && !hasAl(&toks[start]) && hasAl(&toks[start-1]) && f.lex.titles.hasBare(&toks[start-1]) {
		start-- // and its title: "المدرب ماركو روسي الذي قال"
	}
	start = f.titleBeforeName(toks, start, end)
	return start
}

// subjectBeforeRelative reads the subject of a verb of saying at toks[i]
// written before it with a relative clause describing it: "البحوث التي
// نشرتها الجامعة هذا الربيع بيّنت أن", "المدن التي غابت عن القمة ترى
// أن". The verb agrees with the relative pronoun, and the head opens its
// clause: the sentence's start, a mark, a particle that takes a noun
// ("لكن الاستبيان الذي وزعته النقابة قال") or كان; never a preposition
// ("وعن فيلمه الذي يصوره في تونس أجاب" is a topic). The speaker is the
// head, a source by its words or a name. No comma before the verb: "فلان،
// الطبيب الذي عالجه سنوات، قال" is read with its apposition elsewhere.
// Nothing is said inside the clause (no verb of saying, no أن), else the
// verb may be its ("المدن التي قال الوزير إنها ترى").
func (f *finder) subjectBeforeRelative(toks []token, i int, vf verbForm) [2]int {
	none := [2]int{}
	if vf.object || f.lex.conjoined(&toks[i]) || vf.kind != formPast && vf.kind != formPresent {
		return none
	}
	end := i
	if toks[i-1].punct {
		return none // "فلان، الطبيب الذي عالجه سنوات، قال", "…، تقول هذه المذكرة"
	}
	for end > 0 && f.lex.possibility.has(toks[end-1].norm) {
		end-- // "وكان كارتر الذي بلغ التسعين قد قال"
	}
	for r := end - 2; r >= 1 && r >= end-14; r-- {
		t := &toks[r]
		if t.punct {
			return none
		}
		if !f.lex.relatives.has(t.norm) {
			continue
		}
		if agr := relativeAgreement[t.norm]; agr == anyAgreement || agr != vf.agr || f.saysInside(toks, r+1, end) {
			return none
		}
		start := f.relativeHead(toks, r)
		if start < r && f.opensClause(toks, start) && !f.isParticle(toks, start) && (f.looksLikeSpeaker(toks[start:r]) || !hasAl(&toks[start]) && f.allNameLike(toks, start, r)) {
			return [2]int{start, r}
		}
		return none
	}
	return none
}

// saysInside reports whether toks[from:to] hold a verb of saying or a
// word that opens what was said (أن، إن).
func (f *finder) saysInside(toks []token, from, to int) bool {
	for m := from; m < to; m++ {
		if _, ok := f.lex.verbAt(&toks[m]); ok {
			return true
		}
		if _, n, _ := f.lex.complements.match(toks, m); n > 0 {
			return true
		}
	}
	return false
}

// opensClause reports whether a noun phrase at toks[start] opens its
// clause: the sentence's start, after a mark, after a particle that takes
// a noun ("لكن", "أن", "فإن") or after كان ("وكان كارتر الذي … قد قال").
func (f *finder) opensClause(toks []token, start int) bool {
	return start == 0 || toks[start-1].punct || f.lex.subjectParticles.has(toks[start-1].norm) ||
		f.lex.pastAux.hasBare(&toks[start-1])
}

// relativeParticipleSubject is, for a participle at toks[i] whose sentence
// subject can't be read, the head of the relative clause it closes: "…
// رونالدو، الذي كان لا يزال يوجه حديثه للمدرب قائلاً: «…»" — the relative
// pronoun is the subject of its clause, so the manner of its verb is the
// head's. The pronoun agrees with the participle, no mark stands between
// them, and the clause's verb has the pronoun for its subject: كان and its
// sisters, or a verb with no object pronoun pointing back to the head
// ("التي زارها الوزير قائلاً" is the minister's). The head is a source by
// its words, a name, or someone met before.
func (f *finder) relativeParticipleSubject(toks []token, i int, agr agreement) [2]int {
	for r := i - 1; r > 0 && r >= i-16; r-- {
		t := &toks[r]
		if t.punct {
			return [2]int{}
		}
		if !f.lex.relatives.has(t.norm) {
			if _, n, _ := f.lex.complements.match(toks, r); n > 0 && !f.lex.pastAux.has(t.norm) { // (كان is no ك with أن)
				return [2]int{} // "الذي أكد أن المدرب … قائلاً": another clause's
			}
			continue
		}
		if relativeAgreement[t.norm] != agr || agr == anyAgreement || r+1 >= i {
			return [2]int{}
		}
		v := &toks[r+1]
		if !f.lex.pastAux.hasBare(v) {
			if pron := relativePronouns[t.norm]; pron == "" || strings.HasSuffix(v.norm, pron) || f.lex.resumptives.has(toks[r+2].norm) {
				return [2]int{}
			}
		}
		end := r
		if isComma(toks[end-1]) {
			end--
		}
		start := f.relativeHead(toks, end)
		start = f.fromGivenName(toks, start, end) // "خرج فهد الذي": the verb no part of the name
		if start < end && (f.looksLikeSpeaker(toks[start:end]) || end-start >= 2 && f.allNameLike(toks, start, end) || f.metBefore(toks[start:end])) {
			return [2]int{start, end}
		}
		return [2]int{}
	}
	return [2]int{}
}

// fromGivenName moves the start of a head toks[start:end] to its first
// given name when only bare words stand before it, no title, honorific,
// definite word or part of a name: a name opens with its given name, so
// those words are the sentence's own ("وبعد دقائق خرج فهد الذي …").
func (f *finder) fromGivenName(toks []token, start, end int) int {
	for k := start; k < end; k++ {
		h := &toks[k]
		if isGivenName(f.lex, h) {
			return k
		}
		if h.punct || hasAl(h) || f.lex.titles.hasBare(h) || f.lex.honorifics.hasBare(h) || f.lex.nameJoins.has(h.norm) {
			return start
		}
	}
	return start
}
