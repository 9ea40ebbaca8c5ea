package cite

import "strings"

// English clauses after a verb of saying: whether what was said follows,
// its "that" dropped, and what stands around the speaker.

// onlyPunctAfter reports whether nothing but punctuation follows toks[k:].
func onlyPunctAfter(toks []token, k int) bool {
	for ; k < len(toks); k++ {
		if !toks[k].punct {
			return false
		}
	}
	return true
}

// listenerTail is where a report closing its sentence ends when its verb
// speaks to someone (toks[i], "told"): past a listener with no article
// ("…, a witness has told jurors.") and the time ("…, a neighbour told
// the court on Tuesday."). Other verbs end at end.
func (f *finder) listenerTail(toks []token, i, end int) int {
	if !f.lex.spokeTo.has(toks[i].norm) {
		return end
	}
	k := end
	if k < len(toks) && !toks[k].punct && !isCapitalised(toks[k]) && strings.HasSuffix(toks[k].norm, "s") &&
		!f.lex.timeWords.has(toks[k].norm) && !f.lex.determiners.has(toks[k].norm) {
		k++ // a bare plural: "jurors", "reporters"
	}
	for k < len(toks) && !toks[k].punct && (f.lex.timeWords.has(toks[k].norm) || isNumber(toks[k].norm)) {
		k++
	}
	return k
}

// enClauseFollows reports whether a clause with its own finite verb starts
// at toks[j] — what was said, with its "that" dropped ("claims the US Open
// champion tested positive"), as against an object ("claimed the title").
func (f *finder) enClauseFollows(toks []token, j int) bool {
	prep := false
	for k := j + 1; k < len(toks) && k < j+12; k++ {
		t := toks[k]
		switch t.norm {
		case "who", "which", "that", "after", "before", "when", "because", "if", "while", "since", "until", "as":
			return false // "tells the story of a man who …", "a drop … after it was hit": an object
		}
		if t.punct {
			return false
		}
		if isPrepositionEn(t.norm) && k > j+1 {
			prep = true // "the number of hard drives … could grow": a clause only if a modal follows
			continue
		}
		if prep && !f.lex.auxiliaries.has(t.norm) {
			continue
		}
		switch t.norm {
		case "is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "can", "may",
			"might", "should", "must", "did", "does", "do":
			return true
		}
		if !isCapitalised(t) && len(t.norm) > 4 && strings.HasSuffix(t.norm, "ed") && !f.lex.determiners.has(toks[k-1].norm) {
			return true
		}
	}
	return false
}

// enReportedClause reports whether what was said starts at toks[j] with
// its "that" dropped: a clause with its own finite verb, or one opened by
// a subject pronoun ("claims he spent thousands", "says they knew"),
// which no object of the verb can be.
func (f *finder) enReportedClause(toks []token, j int) bool {
	if f.enClauseFollows(toks, j) {
		return true
	}
	if j+1 >= len(toks) || toks[j+1].punct {
		return false
	}
	agr, ok := f.lex.pronouns[toks[j].norm]
	if ok && agr != anyAgreement && hasLatin(toks[j].raw) && f.lex.irregularPasts.has(toks[j+1].norm) {
		return true // "claimed it sought help": a pronoun and its past, a clause
	}
	return ok && agr != neuter && agr != anyAgreement && hasLatin(toks[j].raw)
}

// capitalSoon reports whether a name comes within the first words at k:
// "said asbestosis sufferer Bernie Banton".
func capitalSoon(toks []token, k int) bool {
	for j := k; j < len(toks) && j < k+4; j++ {
		if toks[j].punct {
			return false
		}
		if isCapitalised(toks[j]) {
			return true
		}
	}
	return false
}

// pastVerbAt reports whether a past verb in -ed stands at toks[k], alone
// or after an adverb ("closed the book", "initially defended him"): the
// verb of a subject read with its object as one phrase.
func (f *finder) pastVerbAt(toks []token, k int) bool {
	ed := func(t token) bool { return !isCapitalised(t) && len(t.norm) > 4 && strings.HasSuffix(t.norm, "ed") }
	if ed(toks[k]) {
		return true
	}
	return (isAdverbLy(toks[k]) || f.lex.auxiliaries.has(toks[k].norm)) && k+1 < len(toks) && ed(toks[k+1])
}
