// English noun phrases around a reporting verb: the subject before it, the
// speaker after it, and the word tests they rest on.

package cite

import (
	"strings"

	"unicode"
	"unicode/utf8"

	"github.com/isnad/isnad/model"
)

// enNPBefore is the noun phrase ending at toks[end-1]: back to the start of
// its clause, without a leading time expression.
func (f *finder) enNPBefore(toks []token, end int) [2]int {
	s := end
	for s > 0 && end-s < enMaxNP {
		t := toks[s-1]
		if t.raw == ")" && s == end && s >= 4 && toks[s-3].raw == "(" && isCapitalised(toks[s-2]) && isCapitalised(toks[s-4]) {
			// "The Institute for Housing Research (IHR) said": the name's initials
			s -= 3
			continue
		}
		if t.punct {
			if isComma(t) && s < end && s >= 2 && isCapitalised(toks[s]) && isCapitalised(toks[s-2]) && s+2 < end &&
				toks[s+1].norm == "and" && capitalList(toks, s-2) {
				s-- // "Culture, Media and Sport"
				continue
			}
			if isShare(toks, s-1) && (s == end || toks[s].norm == "of") {
				if n, ok := shareStart(toks, s-1); ok {
					s = n // "only 31% said", "65% of those polled said": the share
				}
				break
			}
			if t.raw == "'" || t.raw == "’" || t.raw == "-" || t.raw == "&" || t.raw == "!" && s < end ||
				t.raw == "." && s >= 2 && (isAbbrevLatin(toks[s-2]) || s < end && toks[s-2].end == t.start && t.end == toks[s].start) {
				// "U.S.", "Computerandvideogames.com
				s--
				continue
			}
			break
		}
		if t.norm == "and" && s < end && s >= 2 && isCapitalised(toks[s]) && isCapitalised(toks[s-2]) && capitalList(toks, s-2) {
			s-- // "the Department for Energy, Water and Transport": one name
			continue
		}
		if t.norm == "and" && s+1 < end && s >= 2 && f.isDemonym(toks[s]) && f.isDemonym(toks[s-2]) && f.pluralBody(toks[end-1]) {
			s-- // "the German and Danish governments": one speaker
			continue
		}
		if f.lex.clauseStarts.has(t.norm) || f.lex.auxiliaries.has(t.norm) && !isCapitalised(t) {
			break
		}
		if v, ok := f.lex.verbAt(&t); ok && !isCapitalised(t) && !(s > 1 && f.lex.determiners.has(toks[s-2].norm)) &&
			!(v.kind == formPresent && v.agr == plural) && !(s < len(toks) && toks[s].raw == "-") &&
			!(s == end && v.kind == formPresent && strings.HasSuffix(t.norm, "s")) { // "Earlier reports suggested": a noun before the verb
			break // a verb, unless a noun: "The report said", "state-owned"
		}
		s--
	}
	for s < end-1 && (f.lex.timeWords.has(toks[s].norm) || isNumber(toks[s].norm) && s+1 < end && f.lex.timeWords.has(toks[s+1].norm)) {
		s++
	}
	// "a charge the company denies": a second noun phrase starts at its
	// determiner when no preposition binds it to the first.
	for k := end - 1; k > s; k-- {
		if (toks[k].norm == "the" || toks[k].norm == "a" || toks[k].norm == "an") && !isPrepositionEn(toks[k-1].norm) &&
			!toks[k-1].punct && f.lex.quantifiers.byFirst[toks[k-1].norm] == nil {
			s = k
			break
		}
	}
	for s < end && toks[s].punct {
		s++
	}
	if s < end-1 && hasLatin(toks[end-1].raw) {
		if _, ok := f.lex.pronouns[toks[end-1].norm]; ok {
			return [2]int{end - 1, end} // "whether he would stand again he replied": the pronoun is the subject
		}
	}
	if s+1 < end && isIndefinitePronoun(toks[s].norm) {
		s++ // "something Mr Sullivan denies": the object of a relative clause
	} else if s+2 < end && f.lex.determiners.has(toks[s].norm) && !isCapitalised(toks[s]) {
		// "a charge Mr Sullivan denies": a common noun no speaker is named
		// by, then a name — the name is the subject.
		m := s + 1
		for m < end && !toks[m].punct && !isCapitalised(toks[m]) && !f.enHeadWord(toks[m]) {
			m++
		}
		if m > s+1 && m < end && isCapitalised(toks[m]) && (f.enNameOnly(toks[m:end]) ||
			f.lex.titles.has(toks[m].norm) && m+1 < end && f.enNameOnly(toks[m+1:end])) {
			s = m
		}
	}
	// "During his speech Mr Allard … said": a phrase of time or place
	// before the name is no part of it.
	s = enTrimLead(toks, s, end)
	// "The BBC's Tom Ferris in Lagos says": a place after a name is no
	// part of the speaker.
	for k := s + 1; k+1 < end; k++ {
		if (toks[k].norm == "in" || toks[k].norm == "at") && isCapitalised(toks[k-1]) && isCapitalised(toks[k+1]) {
			end = k
			break
		}
	}
	if s >= end {
		return [2]int{}
	}
	return [2]int{s, end}
}

// enNPAfter is the noun phrase starting at toks[j] ('said Mr Smith',
// 'according to analysts'): determiners, names, titles and the nouns
// before them, up to a boundary; a comma joins a title to the name after
// it ("the committee chairman, MP Alan Brierley").
func (f *finder) enNPAfter(toks []token, j int) [2]int {
	k := j
	lastHead := -1
	for k < len(toks) && k-j < enMaxNP {
		t := toks[k]
		if t.punct {
			if (t.raw == "'" || t.raw == "’" || t.raw == "-" || t.raw == "&") && k > j {
				k++
				continue
			}
			if t.raw == "." && k > j && isAbbrevLatin(toks[k-1]) {
				k++
				continue
			}
			if isComma(t) && lastHead >= 0 && !f.enHasName(toks[j:lastHead+1]) && k+1 < len(toks) &&
				!strings.HasSuffix(toks[k+1].norm, "ing") && // not "the 27-year-old, referring to … Rovers"
				(isCapitalised(toks[k+1]) || f.lex.determiners.has(toks[k+1].norm) || f.lex.titles.has(toks[k+1].norm)) { // nor "the report, are Greece"
				right := f.enNPAfter(toks, k+1)
				if right[1] > right[0] && f.enHasName(toks[right[0]:right[1]]) {
					return [2]int{j, right[1]}
				}
			}
			break
		}
		n := t.norm
		if k > j && !isCapitalised(t) && f.lex.pronouns[n] != anyAgreement {
			break // "told the BBC she had": what was said starts
		}
		if n == "and" && k > j && k+2 < len(toks) && isCapitalised(toks[k-1]) && isCapitalised(toks[k+1]) && f.titleAhead(toks, k+1) {
			k++ // "said Trade and Industry Minister Carl Berg": one title
			continue
		}
		if n == "and" && k > j && k+1 < len(toks) && f.lex.titles.has(toks[k-1].norm) && f.titleRunAhead(toks, k+1) {
			k++ // "said founder and chief executive officer Ann Dorsey": one person's titles
			continue
		}
		if n == "year" && k > j && toks[k-1].raw == "-" && k+2 < len(toks) && toks[k+1].raw == "-" && toks[k+2].norm == "old" {
			lastHead, k = k+2, k+3 // "the 22-year-old": a person by age
			continue
		}
		if k > j && (f.lex.clauseStarts.has(n) || f.lex.stops.has(n) && !isCapitalised(t) || f.lex.timeWords.has(n) && !isCapitalised(t)) {
			break
		}
		if n == "of" && k > j+1 && k+4 < len(toks) && (toks[k+2].raw == "'" || toks[k+2].raw == "’") && toks[k+3].norm == "s" &&
			isCapitalised(toks[k-1]) && isCapitalised(toks[k-2]) && !isCapitalised(toks[k+4]) && !f.lex.titles.has(toks[k+4].norm) {
			break // "said manager Alex Kerr of Novo's ban": a name, then what he spoke of (not "the Bank of Mexico's figures")
		}
		if _, ok := f.lex.verbAt(&t); ok && !isCapitalised(t) && k > j && !f.lex.determiners.has(toks[k-1].norm) {
			if strings.HasSuffix(n, "s") && (k+1 == len(toks) || toks[k+1].punct) {
				lastHead = k // "according to news agency reports, …": the plural noun ends the phrase
			}
			break // (after a determiner the verb's form is a noun: "says the report")
		}
		if f.enHeadWord(t) {
			lastHead = k
		}
		k++
	}
	if lastHead < j {
		return [2]int{}
	}
	return [2]int{j, lastHead + 1}
}

// titleRunAhead reports whether lower-case titles from toks[k] lead to a
// capitalised name: "chief executive officer Ann Dorsey".
func (f *finder) titleRunAhead(toks []token, k int) bool {
	for c := k; c < len(toks) && c < k+7; c++ {
		switch {
		case isCapitalised(toks[c]):
			return c > k
		case !f.lex.titles.has(toks[c].norm) && !f.enHeadWord(toks[c]) && toks[c].norm != "and":
			return false
		}
	}
	return false
}

// enHeadWord reports whether t can end a speaker's noun phrase: a name, a
// pronoun, or a noun the lexicon knows (a title, a kind, a vague source).
func (f *finder) enHeadWord(t token) bool {
	if t.raw == "%" {
		return true // "only 31% said": a share of those polled (isShare)
	}
	if t.punct || f.lex.determiners.has(t.norm) {
		return false // "The move came …": a capital is no name on "The"
	}
	if isCapitalised(t) || f.lex.pronouns[t.norm] != anyAgreement || t.norm == "i" || t.norm == "we" || t.norm == "you" {
		return true
	}
	if f.lex.titles.has(t.norm) || f.lex.anonymousWord(t.norm) || f.lex.epithets.has(t.norm) {
		return true // and what the person is: '"…," said the two-time champion'
	}
	for _, plural := range []string{"s", "es"} {
		if one, ok := strings.CutSuffix(t.norm, plural); ok && len(one) > 3 && (f.lex.titles.has(one) || f.lex.anonymousWord(one) ||
			f.lex.epithets.has(one)) {
			return true // "Government lawyers", "union officers", "Rover bosses"
		}
	}
	if _, n, _ := f.lex.kinds.match([]token{t}, 0); n > 0 {
		return true
	}
	return false
}

// enHeadOK reports whether the phrase has a head a speaker can have: its
// last word, or a word followed by a preposition ("the minister at the
// centre of the row", "organisations in India").
func (f *finder) enHeadOK(toks []token, np [2]int) bool {
	if l := np[1] - 1; l-3 >= np[0] && toks[l].raw == ")" && toks[l-2].raw == "(" {
		np[1] = l - 2 // "The Institute for Housing Research (IHR)": the head before the initials
	}
	if f.enHeadWord(toks[np[1]-1]) || f.pluralBody(toks[np[1]-1]) {
		return true
	}
	// "the adverts", "Mr Ebber's lawyers", "the 20-year-old": a noun phrase
	// opened by a determiner or an owner ends with its head.
	if last := toks[np[1]-1]; !last.punct && !isAdverbLy(last) && !f.lex.auxiliaries.has(last.norm) && !isNumber(last.norm) &&
		!f.lex.stops.has(last.norm) && (f.lex.determiners.has(toks[np[0]].norm) || hasPossessive(toks[np[0]:np[1]])) {
		if _, ok := f.lex.verbAt(&last); !ok {
			return true
		}
	}
	for k := np[0]; k+1 < np[1]; k++ {
		if f.enHeadWord(toks[k]) && isPrepositionEn(toks[k+1].norm) {
			return true
		}
		if f.enHeadWord(toks[k]) && k+2 < np[1] && f.lex.postmodifiers.has(toks[k+1].norm) && isPrepositionEn(toks[k+2].norm) {
			return true // "Sources familiar with the deal"
		}
	}
	return false
}

// pluralBody reports whether t is the plural of a kind of body, the head
// of a speaker: "…, unions said", "Aid groups say", "watchdogs have said".
func (f *finder) pluralBody(t token) bool {
	one, ok := strings.CutSuffix(t.norm, "s")
	return ok && len(one) > 3 && !t.punct && f.lex.kinds.hasWord(one)
}

// hasPossessive reports whether a phrase holds an owner's 's.
func hasPossessive(ts []token) bool {
	for k := 0; k+1 < len(ts); k++ {
		if (ts[k].raw == "'" || ts[k].raw == "’") && ts[k+1].norm == "s" {
			return true
		}
	}
	return false
}

// isPrepositionEn reports whether w starts a prepositional phrase that may
// follow a speaker's head noun.
func isPrepositionEn(w string) bool {
	switch w {
	case "of", "in", "at", "from", "for", "on", "with":
		return true
	}
	return false
}

// titleAhead reports whether a title stands among the next capitalised
// words at toks[k]: "and Fiscal Policy Minister" goes on a title.
func (f *finder) titleAhead(toks []token, k int) bool {
	for c := k; c < len(toks) && c < k+5 && isCapitalised(toks[c]); c++ {
		if f.lex.titles.has(toks[c].norm) {
			return true
		}
	}
	return false
}

// capitalList reports whether the capitalised word at toks[k] belongs to a
// name that goes on before it with "of" or "for" ("Department for Culture"),
// so that a list of capitalised words after it is part of that name, not
// speakers joined by "and".
func capitalList(toks []token, k int) bool {
	for c := k - 1; c >= 0 && c > k-6; c-- {
		if toks[c].norm == "for" || toks[c].norm == "of" {
			return c > 0 && isCapitalised(toks[c-1])
		}
		if !isCapitalised(toks[c]) && !isComma(toks[c]) {
			return false
		}
	}
	return false
}

// enTrimLead drops a phrase of time or place opening toks[s:end] before
// a name: "During his speech Mr Allard" is Mr Allard.
func enTrimLead(toks []token, s, end int) int {
	if s+2 < end && !toks[s].punct && (isPrepositionEn(toks[s].norm) || toks[s].norm == "during") {
		for m := s + 1; m < end; m++ {
			if isCapitalised(toks[m]) && !isCapitalised(toks[m-1]) {
				return m
			}
		}
	}
	return s
}

// isIndefinitePronoun reports whether w is an indefinite pronoun that can
// stand as the object of a relative clause before its subject.
func isIndefinitePronoun(w string) bool {
	switch w {
	case "something", "anything", "everything", "nothing", "whatever":
		return true
	}
	return false
}

// isDoubleQuote reports whether t is a quotation mark other than the
// apostrophe ("Catholics'" is no quotation).
func isDoubleQuote(t token) bool {
	return isQuote(t) && t.raw != "'" && t.raw != "’" && t.raw != "‘"
}

// enHasName reports whether a phrase ends with a name: a capitalised word
// that is no title ("Paul Marin", not "its Paris lawyer", whose
// capital is a modifier).
func (f *finder) enHasName(ts []token) bool {
	for k := len(ts) - 1; k >= 0; k-- {
		if ts[k].punct {
			continue
		}
		return isCapitalised(ts[k]) && !f.lex.determiners.has(ts[k].norm) && !f.lex.titles.has(ts[k].norm)
	}
	return false
}

// enNameOnly reports whether a phrase is a name alone: up to five
// capitalised words, initials and the marks inside names ("Roberto
// Lavagna", "Dolphy D'Souza", "J.K. Rowling").
func (f *finder) enNameOnly(ts []token) bool {
	words := 0
	for _, t := range ts {
		switch {
		case t.punct && (t.raw == "'" || t.raw == "’" || t.raw == "-" || t.raw == "."):
		case !t.punct && isCapitalised(t) && !f.lex.determiners.has(t.norm) && !f.lex.titles.has(t.norm):
			words++
		default:
			return false
		}
	}
	return words > 0 && words <= 5
}

// anonymousWord reports whether w is the head word of a vague source.
func (l *Lexicon) anonymousWord(w string) bool {
	for _, q := range l.anonymous.byFirst[w] {
		if len(q.words) == 1 {
			return true
		}
	}
	return false
}

// pronounAgr is the agreement of a one-word pronoun speaker, or any.
func (f *finder) pronounAgr(toks []token, sp [2]int) agreement {
	if sp[1]-sp[0] != 1 {
		return anyAgreement
	}
	n := toks[sp[0]].norm
	if agr, ok := f.lex.pronouns[n]; ok {
		return agr
	}
	// an Arabic pronoun with its conjunction: "وهي تؤكد"
	return f.lex.pronouns[strings.TrimPrefix(strings.TrimPrefix(n, "و"), "ف")]
}

// isAbbrevLatin reports whether t is an abbreviation written with a stop:
// one capital letter ("U.S."), or Mr, Mrs, Ms, Dr, St, Prof, Jr.
func isAbbrevLatin(t token) bool {
	if t.punct || !hasLatin(t.raw) {
		return false
	}
	switch t.norm {
	case "mr", "mrs", "ms", "dr", "st", "prof", "jr", "sr", "gen", "col", "lt", "sgt", "rev":
		return true
	}
	return utf8.RuneCountInString(t.raw) == 1
}

func isCapitalised(t token) bool {
	r, _ := utf8.DecodeRuneInString(t.raw)
	return !t.punct && unicode.IsUpper(r)
}

// pluralSubject reports whether a subject can go with a base-form verb
// ("analysts say", "they say", "science investigators claim"): its last
// word a plural or a plural pronoun, and no one-word part of a longer name
// ("New South Wales").
func (f *finder) pluralSubject(toks []token, sp [2]int) bool {
	last := toks[sp[1]-1]
	switch last.norm {
	case "they", "we", "both", "you", "i":
		return true
	}
	if f.lex.anonymousWord(last.norm) && strings.HasSuffix(last.norm, "s") {
		return true
	}
	if isCapitalised(last) && sp[1]-1 > sp[0] && isCapitalised(toks[sp[1]-2]) {
		return false
	}
	w := last.norm
	return len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") &&
		!strings.HasSuffix(w, "is")
}

// passiveBefore reports whether a form of "be" stands before the verb,
// adverbs aside: "is said", "were widely believed".
func (f *finder) passiveBefore(toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		switch toks[k].norm {
		case "is", "are", "was", "were", "be", "been", "being":
			return true
		}
		if !f.lex.auxiliaries.has(toks[k].norm) && !isAdverbLy(toks[k]) {
			return false
		}
	}
	return false
}

// isAdverbLy reports whether t is a lower-case -ly word.
func isAdverbLy(t token) bool {
	return !t.punct && !isCapitalised(t) && len(t.norm) > 4 && t.norm[len(t.norm)-2:] == "ly"
}

// isBeForm reports whether w is a form of "be".
func isBeForm(w string) bool {
	switch w {
	case "is", "was", "were", "are", "be", "been", "will", "would":
		return true
	}
	return false
}

// nameBeforeApposition reads "Greta Lund, a portfolio manager at Halvard
// Capital said", the apposition's closing comma left off: the name before
// the comma is the speaker and the description (sp) its role. Otherwise sp
// is the speaker and there is no role.
func (f *finder) nameBeforeApposition(toks []token, sp [2]int) (speaker, role [2]int) {
	if sp[0] < 2 || !isComma(toks[sp[0]-1]) || toks[sp[0]].norm != "a" && toks[sp[0]].norm != "an" {
		return sp, [2]int{}
	}
	n := sp[0] - 1
	for n > 0 && isCapitalised(toks[n-1]) {
		n--
	}
	if n < sp[0]-2 && (n == 0 || isQuote(toks[n-1]) || f.lex.clauseStarts.has(toks[n-1].norm)) && f.enHasName(toks[n:sp[0]-1]) &&
		!isPrepositionEn(toks[n].norm) && !f.lex.timeWords.has(toks[n].norm) && !f.lex.clauseStarts.has(toks[n].norm) {
		return [2]int{n, sp[0] - 1}, sp
	}
	return sp, [2]int{}
}

// kindBeforeName reports whether an English noun phrase ends in a name
// right after a lower-case word naming a body's kind: "budget airline
// Skyrove", "e-mail filtering firm Spamtrap Ltd" — a body, named.
func (f *finder) kindBeforeName(toks []token, np [2]int) bool {
	for k := np[0]; k+1 < np[1]; k++ {
		if !isCapitalised(toks[k]) && f.kindWord(toks[k].norm) == model.SourceOrg && isCapitalised(toks[k+1]) {
			return isCapitalised(toks[np[1]-1])
		}
	}
	return false
}
