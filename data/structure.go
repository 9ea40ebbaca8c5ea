package data

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/isnad/isnad/model"
)

// structure decides what each paragraph is, looking at its neighbours after
// classify looked at each alone. The passes, in order:
//
//  1. page breaks: a body paragraph that stops mid-sentence, a blank line,
//     and the sentence going on — joined again;
//  2. the head (everything before the first body paragraph): bylines, a
//     masthead, duplicated titles and dates are furniture, the first heading
//     left is the title;
//  3. the tail: a byline as last paragraph is furniture, short lines after
//     the last body paragraph are text unless they sit between two pieces of
//     chrome (no paragraph is dropped for being last);
//  4. a heading with nothing under it (another heading of the same level
//     follows) is a tag line, not a heading;
//  5. a last section about the publisher ("مركز …", "About us") that ends in
//     a contact footer is furniture as a whole.
func structure(ps []para) []para {
	for i := range ps {
		classify(&ps[i])
	}
	ps = joinPageBreaks(ps)
	headZone(ps)
	tailZone(ps)
	emptySections(ps)
	footer(ps)
	return ps
}

func isPlainHeading(p *para) bool { return p.kind == model.Heading && p.rule == "short-line" }
func isLexHeading(p *para) bool {
	return p.kind == model.Heading && (p.rule == "section" || p.rule == "division" || p.rule == "ordinal")
}

func bp(p *para, rule string) { p.kind, p.level, p.rule = model.Boilerplate, 0, rule }

// joinPageBreaks merges a body paragraph that ends mid-sentence (on a letter
// or a comma) with the body paragraph after the blank line that follows it.
// A chain of such breaks is joined in one go, so a text of many pieces does
// not cost quadratic copying.
func joinPageBreaks(ps []para) []para {
	out := ps[:0]
	var parts []string
	flush := func() {
		if len(parts) > 1 {
			out[len(out)-1].text = strings.Join(parts, " ")
		}
		parts = parts[:0]
	}
	size := 0 // length of the joined text so far
	for _, p := range ps {
		if n := len(out); n > 0 && p.blank && p.kind == model.Body && out[n-1].kind == model.Body &&
			cutMidSentence(parts[len(parts)-1], p.text) {
			prev := &out[n-1]
			off := size + 1
			for _, l := range p.links {
				prev.links = append(prev.links, model.Link{Start: l.Start + off, End: l.End + off, URL: l.URL})
			}
			parts = append(parts, p.text)
			size += 1 + len(p.text)
			prev.words += p.words
			prev.rule = "page-break"
			continue
		}
		flush()
		out = append(out, p)
		parts = append(parts, p.text)
		size = len(p.text)
	}
	flush()
	return out
}

// cutMidSentence: prev stops on a letter or a comma (not on a number, a
// bracket or a quote, which end paragraphs often enough), and next does not
// start as a new sentence would in a script with capitals.
func cutMidSentence(prev, next string) bool {
	last, _ := utf8.DecodeLastRuneInString(prev)
	if !unicode.IsLetter(last) && !strings.ContainsRune(",،", last) {
		return false
	}
	first, _ := utf8.DecodeRuneInString(next)
	return !unicode.IsUpper(first)
}

// headZone handles the paragraphs before the first body paragraph or list item.
func headZone(ps []para) {
	end := len(ps)
	for i := range ps {
		p := &ps[i]
		if p.kind == model.Body && isByline(p) {
			bp(p, "byline") // "By Jane Doe, Reuters." ends with a period
		}
		if p.kind == model.Body || p.kind == model.ListItem {
			end = i
			break
		}
	}
	hasBody := end < len(ps)
	isHead := func(p *para) bool { return p.kind == model.Heading && !isLexHeading(p) }
	// Bylines and datelines first, so that none becomes the title.
	for i := 0; i < end; i++ {
		if isPlainHeading(&ps[i]) && isByline(&ps[i]) {
			bp(&ps[i], "byline")
		}
	}
	// The same title twice (a plain line and a Markdown heading): keep the
	// marked-up one, else the first.
	folded := make([]string, end)
	lastWith := make(map[string]int)
	for i := 0; i < end; i++ {
		if isHead(&ps[i]) {
			folded[i] = fold(ps[i].text)
			lastWith[folded[i]] = i
		}
	}
	for i := 0; i < end; i++ {
		if !isHead(&ps[i]) {
			continue
		}
		if j := lastWith[folded[i]]; j > i && isHead(&ps[j]) {
			if ps[j].md > 0 && ps[i].md == 0 {
				bp(&ps[i], "duplicate")
			} else {
				bp(&ps[j], "duplicate")
			}
		}
	}
	// A short organisation name followed by another heading is a masthead.
	headAfter := false
	for i := end - 1; i >= 0; i-- {
		if !isHead(&ps[i]) {
			continue
		}
		if headAfter && ps[i].words <= mastheadMaxWords && startsWithOrganisation(folded[i]) {
			bp(&ps[i], "masthead")
			continue
		}
		headAfter = true
	}
	title := -1
	for i := 0; i < end; i++ {
		p := &ps[i]
		switch {
		case !isHead(p):
		case title < 0:
			title = i
			p.level, p.rule = levelTitle, "title"
		case p.md > 0:
			p.level = max(p.level, levelSection)
		case hasBody:
			bp(p, "furniture") // author, affiliation, publisher lines under the title
		default:
			p.kind, p.level, p.rule = model.Body, 0, "body"
		}
	}
}

// tailZone handles the paragraphs after the last body paragraph or list item.
func tailZone(ps []para) {
	last := -1
	for i := range ps {
		if ps[i].kind == model.Body || ps[i].kind == model.ListItem {
			last = i
		}
	}
	if last < 0 {
		return
	}
	// A short closing line naming the writer ("… يكتبها رئيس التحرير: فلان").
	if p := &ps[last]; p.kind == model.Body && isByline(p) {
		bp(p, "byline")
	}
	// Short lines after it: bylines when they say so; furniture when they
	// stand in the page's chrome (chrome between them and the text, or
	// after them: a site's name above "back to top"); otherwise text, a
	// closing line ("The sequel is out now on all consoles"), a list of names.
	// No paragraph is furniture only for being last.
	chromeAround := func(i int) bool {
		for k := last + 1; k < len(ps); k++ {
			if k != i && ps[k].kind == model.Boilerplate {
				return true
			}
		}
		return false
	}
	for i := range ps {
		if p := &ps[i]; i > last && isPlainHeading(p) {
			switch {
			case isByline(p):
				bp(p, "byline")
			case chromeAround(i):
				bp(p, "furniture")
			default:
				p.kind, p.level, p.rule = model.Body, 0, "tail-line"
			}
		}
	}
	// Short lines between two pieces of chrome are chrome too.
	for i := 0; i < len(ps); {
		if !isPlainHeading(&ps[i]) {
			i++
			continue
		}
		j := i
		for j < len(ps) && isPlainHeading(&ps[j]) {
			j++
		}
		if i > 0 && ps[i-1].kind == model.Boilerplate && (j == len(ps) || ps[j].kind == model.Boilerplate) {
			for k := i; k < j; k++ {
				bp(&ps[k], "furniture")
			}
		}
		i = j
	}
}

// emptySections: a heading (other than the title or a named section) whose
// next paragraph is a heading of the same or a higher level, or nothing, has
// no section under it: a tag line or a menu item, not a heading.
func emptySections(ps []para) {
	// next[i] is the first paragraph after i that is not boilerplate; marking
	// paragraph i below changes next only for paragraphs already seen.
	next := make([]int, len(ps))
	n := -1
	for i := len(ps) - 1; i >= 0; i-- {
		next[i] = n
		if ps[i].kind != model.Boilerplate {
			n = i
		}
	}
	for i := range ps {
		p := &ps[i]
		if p.kind != model.Heading || p.rule == "title" || isLexHeading(p) {
			continue
		}
		nx := next[i]
		if nx < 0 || ps[nx].kind == model.Heading && ps[nx].level <= p.level {
			bp(p, "empty-section")
		}
	}
}

// footer: the last heading names an organisation ("مركز …") or says "About
// us", and under it come at most two paragraphs, then a contact footer.
func footer(ps []para) {
	h := -1
	for i := range ps {
		if ps[i].kind == model.Heading {
			h = i
		}
	}
	if h < 0 || isLexHeading(&ps[h]) || ps[h].rule == "title" {
		return
	}
	f := fold(ps[h].text)
	if !startsWithOrganisation(f) && !startsWithAny(f, rules().Bylines.About) {
		return
	}
	body, contact := 0, 0
	for i := h + 1; i < len(ps); i++ {
		switch {
		case ps[i].kind == model.Body:
			body++
		case ps[i].rule == "contact":
			contact++
		case ps[i].kind != model.Boilerplate:
			return
		}
	}
	if body > 2 || contact < 2 {
		return
	}
	for i := h; i < len(ps); i++ {
		if ps[i].kind != model.Boilerplate {
			bp(&ps[i], "footer")
		}
	}
}

func startsWithOrganisation(f string) bool { return startsWithAny(f, rules().Bylines.Organisations) }

func startsWithAny(f string, words []string) bool {
	for _, w := range words {
		if hasPrefixWord(f, w) {
			return true
		}
	}
	return false
}

// isByline: a short line that starts with a byline cue ("بقلم", "إعداد:",
// "By …") or contains a byline phrase ("يكتبها رئيس التحرير").
func isByline(p *para) bool {
	if p.words > bylineMaxWords {
		return false
	}
	f := fold(p.text)
	for _, c := range rules().bylineCues {
		if !hasPrefixWord(f, c.text) {
			continue
		}
		rest := strings.TrimSpace(f[len(c.text):])
		if c.colon && !strings.HasPrefix(rest, ":") {
			continue
		}
		// "By 2025, …" and "By the end of …" are not bylines.
		if r, _ := utf8.DecodeRuneInString(rest); isDigit(r) || strings.HasPrefix(rest, "the ") || strings.HasPrefix(rest, "a ") {
			continue
		}
		return true
	}
	for _, c := range rules().Bylines.Phrases {
		if containsPhrase(f, c) {
			return true
		}
	}
	return false
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
