package cite

// English names the mention step meets outside a sentence's subject.

// maxMetNames bounds the names kept per article.
const maxMetNames = 256

// knownName reports whether a folded word is the last word of a name
// met before: an entity's, or one met outside a subject ("Agassi was
// beaten by Jurgen Melzer. Melzer has …").
func (f *finder) knownName(w string) bool {
	return f.metNames[w] != nil || f.reg.each(func(x *entity) bool { return contains(x.words, w) }) != nil
}

// metFullName is, for a lone English name no entity holds, the full name
// it was met with outside a subject ("Melzer" after "… lost to Jurgen
// Melzer"): one person however written. Else the name itself.
func (f *finder) metFullName(sp []token) []token {
	full := f.metNames[sp[0].norm]
	if full == nil || f.reg.each(func(x *entity) bool { return contains(x.words, sp[0].norm) }) != nil {
		return sp
	}
	return full
}

// noteObjects keeps the names of two capitalised words or more that a
// sentence holds after its subject, from its word from on, by their last
// word ("Ana Ruiz beat the fourth seed Lena Falk": Falk). Not a name after
// "the" ("the Australian Open", "the Premier League"), nor one met.
func (f *finder) noteObjects(toks []token, from int) {
	for k := max(from, 1); k < len(toks); k++ {
		if !isCapitalised(toks[k]) || isCapitalised(toks[k-1]) || toks[k-1].norm == "the" || f.lex.determiners.has(toks[k].norm) ||
			f.lex.clauseStarts.has(toks[k].norm) { // ("And Gazprom" opening a quotation)
			continue
		}
		e := k
		for e < len(toks) && isCapitalised(toks[e]) {
			e++
		}
		if e-k < 2 || len(f.metNames) >= maxMetNames {
			continue
		}
		w := toks[e-1].norm
		if _, ok := f.metNames[w]; ok {
			continue
		}
		if f.metNames == nil {
			f.metNames = map[string][]token{}
		}
		f.metNames[w] = append([]token(nil), toks[k:e]...)
	}
}

// firstNameEnd is where the first name of an English phrase ends: the
// end of its first run of two capitalised words or more. "Home favourite
// Lars Berg came through a battle with Argentine Tomas Ruiz", read as one
// phrase, is Lars Berg's subject alone (not the man he beat).
func firstNameEnd(toks []token, np [2]int) int {
	for k := np[0]; k+1 < np[1]; k++ {
		if isCapitalised(toks[k]) && isCapitalised(toks[k+1]) {
			for k < np[1] && isCapitalised(toks[k]) {
				k++
			}
			return k
		}
	}
	return np[1]
}

// epithetAfterModifier reports whether an English phrase ends in a
// lower-case epithet after a capitalised word that only qualifies it:
// "The Oscar winner", "the former Norland international", "the England
// skipper" describe a person and name none.
func (f *finder) epithetAfterModifier(sp []token) bool {
	n := len(sp)
	return n >= 2 && !isCapitalised(sp[n-1]) && f.lex.epithets.has(sp[n-1].norm) && isCapitalised(sp[n-2]) || n >= 3 &&
		!isCapitalised(sp[n-1]) && f.lex.epithets.has(sp[n-1].norm) && !isCapitalised(sp[n-2]) && isCapitalised(sp[n-3]) &&
		f.lex.determiners.has(sp[0].norm)
}

// nationalityBeforeHead reports whether the capitalised run of a body's
// phrase is a single nationality or state qualifying a generic head after
// it: "The Swedish firm", "the US company" are the firm named before, not
// one called Swedish or US.
func (f *finder) nationalityBeforeHead(sp []token, run [2]int) bool {
	if run[1]-run[0] != 1 || run[1] != len(sp)-1 || !f.lex.genericHeads.has(sp[len(sp)-1].norm) {
		return false
	}
	return f.isDemonym(sp[run[0]]) || f.lex.states.has(sp[run[0]].norm)
}
