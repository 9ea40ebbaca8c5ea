package cite

// English: when a name after "said" is no inverted speaker.

// verbAfterInverted reports whether the phrase read as an inverted
// speaker after a verb is the subject of a finite verb of its own:
// "Dr Ana Velez, a chemist who studies soils, said Terrix was …" reports
// that Terrix was, and Terrix said nothing; "Ask Jeeves has added …"
// opens with a name, no verb. After a quotation ('"…," said
// Ana Velez') the order is the writer's and is kept.
func (f *finder) verbAfterInverted(toks []token, i int, sp [2]int) bool {
	if i > 0 && isQuote(toks[i-1]) || sp[1] >= len(toks) {
		return false
	}
	switch w := toks[sp[1]].norm; w {
	case "is", "was", "were", "are", "has", "had", "have":
		return !isCapitalised(toks[sp[1]])
	default:
		return f.lex.futureAux.has(w) && !isCapitalised(toks[sp[1]])
	}
}

// subjectBeforeApposition is the subject that opens the sentence, or the
// clause after its first commas, when a comma closes it before an
// apposition or a relative clause that ends just before the verb at i:
// "And Ivo Marek, who was outplayed for two sets, said", "Although the
// figures were late, Mr Dorne, said". Empty when none ends at a comma.
func (f *finder) subjectBeforeApposition(toks []token, i int) [2]int {
	for s := 0; s < i-1; s++ {
		if s > 0 && !isComma(toks[s-1]) {
			continue
		}
		j := s
		if toks[j].norm == "and" || toks[j].norm == "but" {
			j++
		}
		if j >= i || toks[j].punct || isPrepositionEn(toks[j].norm) || f.lex.clauseStarts.has(toks[j].norm) {
			continue
		}
		np := f.enNPAfter(toks, j)
		if np[1] > np[0] && np[1] <= i-1 && isComma(toks[np[1]]) && f.enHeadOK(toks, np) {
			return np
		}
	}
	return [2]int{}
}
