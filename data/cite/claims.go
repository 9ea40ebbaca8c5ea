package cite

import (
	"strings"

	"github.com/isnad/isnad/model"
)

// claims picks the sentences that assert something checkable: any sentence
// with a citation or an attribution, and sentences with numbers, written-out
// quantities or dates. Headings, boilerplate, reference entries and questions
// without a source are not claims. A sentence inside a quotation that runs
// on from an earlier sentence (governs) is its speaker's: it carries that
// attribution.
func (z *Analyzer) claims(a *model.Article, s *model.Sourcing, inRefs []bool, cites map[string][]model.Citation, facts [][]model.Reason, governs map[string]int) {
	attrs := map[string][]model.Attribution{}
	for _, at := range s.Attributions {
		attrs[at.Sentence] = append(attrs[at.Sentence], at)
	}
	for i := range a.Paragraphs {
		p := &a.Paragraphs[i]
		if inRefs[i] || (p.Kind != model.Body && p.Kind != model.ListItem) {
			continue
		}
		for si := p.SentFrom; si < p.SentTo && si < len(a.Sentences); si++ {
			sen := &a.Sentences[si]
			cl := model.Claim{ID: sen.ID, Article: a.ID, Para: p.N, Text: sen.Text,
				Citations: cites[sen.ID], Attributions: attrs[sen.ID]}
			if g, ok := governs[sen.ID]; ok && len(cl.Attributions) == 0 && g < len(s.Attributions) {
				cl.Attributions = []model.Attribution{s.Attributions[g]}
			}
			if len(cl.Citations) > 0 {
				cl.Reasons = append(cl.Reasons, model.ReasonCitation)
			}
			if len(cl.Attributions) > 0 {
				cl.Reasons = append(cl.Reasons, model.ReasonAttribution)
			}
			sourced := len(cl.Reasons) > 0
			if !sourced && isQuestion(sen.Text) {
				continue
			}
			cl.Reasons = append(cl.Reasons, facts[si]...)
			if len(cl.Reasons) == 0 {
				continue
			}
			cl.Status = status(cl)
			if cl.Citations == nil {
				cl.Citations = []model.Citation{}
			}
			if cl.Attributions == nil {
				cl.Attributions = []model.Attribution{}
			}
			s.Claims = append(s.Claims, cl)
		}
	}
}

// citationsBySentence groups the citations by the claim they belong to.
func citationsBySentence(s *model.Sourcing) map[string][]model.Citation {
	cites := map[string][]model.Citation{}
	for _, c := range s.Citations {
		cites[c.Sentence] = append(cites[c.Sentence], c)
	}
	return cites
}

// status is the strongest sourcing a claim has.
func status(cl model.Claim) model.ClaimStatus {
	if len(cl.Citations) > 0 {
		return model.StatusCited
	}
	st := model.StatusUnsourced
	for _, a := range cl.Attributions {
		if a.Kind == model.Named {
			return model.StatusAttributed
		}
		st = model.StatusAnonymous
	}
	return st
}

// isQuestion reports whether a sentence ends with a question mark.
func isQuestion(s string) bool {
	s = strings.TrimRight(s, " ”\"»)")
	return strings.HasSuffix(s, "؟") || strings.HasSuffix(s, "?")
}

// factReasons finds numbers, dates and quantities in a sentence, outside the
// spans in skip (its citations, whose years are no claim).
func (z *Analyzer) factReasons(toks []token, skip [][2]int) []model.Reason {
	var number, date, quantity bool
outer:
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		for _, sp := range skip {
			if t.start >= sp[0] && t.start < sp[1] {
				continue outer
			}
		}
		if t.punct || i == 0 && len(toks) > 1 && (toks[1].raw == "." || toks[1].raw == ")") {
			continue // and the "2." numbering a list item
		}
		if _, n, _ := z.lex.months.match(toks, i); n > 0 && (hasDigitNear(toks, i, n) || n > 1) {
			date = true
			i += n - 1
			continue
		}
		switch digits := countDigits(t.norm); {
		case digits == 4 && isYear(t.norm):
			date = true
		case digits > 0:
			number = true
		case z.lex.quantities.hasBare(&t):
			quantity = true
		}
	}
	var out []model.Reason
	if number {
		out = append(out, model.ReasonNumber)
	}
	if quantity {
		out = append(out, model.ReasonQuantity)
	}
	if date {
		out = append(out, model.ReasonDate)
	}
	return out
}

// hasDigitNear reports whether a number stands next to a month name, so
// "مارس" (March) counts as a date only in "مارس 2024" or "5 مارس".
func hasDigitNear(toks []token, i, n int) bool {
	if i > 0 && countDigits(toks[i-1].norm) > 0 {
		return true
	}
	if i+n < len(toks) && countDigits(toks[i+n].norm) > 0 {
		return true
	}
	if i > 0 && (toks[i-1].norm == "في" || toks[i-1].norm == "منذ") {
		return true // "في مارس الماضي"
	}
	return false
}

func countDigits(w string) int {
	n := 0
	for i := range len(w) { // no byte of a longer rune is an ASCII digit
		if w[i] >= '0' && w[i] <= '9' {
			n++
		}
	}
	return n
}

// isYear reports whether a folded token is a year between 1800 and 2100.
func isYear(w string) bool {
	d := strings.TrimLeft(w, "وفبل")
	if len(d) != 4 {
		return false
	}
	return d >= "1800" && d <= "2100"
}
