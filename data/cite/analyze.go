package cite

import (
	"sort"
	"strings"

	"github.com/isnad/isnad/model"
	"github.com/isnad/isnad/text/fold"
)

// Analyzer finds the claims, citations, reference entries and attributions
// of articles. It holds only read-only tables, so one Analyzer may serve
// several goroutines.
type Analyzer struct {
	aliases *Aliases
	lex     *Lexicon
}

// New makes an Analyzer. A nil table is empty; a nil lexicon is the default.
func New(aliases *Aliases, lex *Lexicon) *Analyzer {
	if lex == nil {
		lex = DefaultLexicon()
	}
	return &Analyzer{aliases: aliases, lex: lex}
}

// Analyze runs a one-off Analyzer with the default lexicon.
func Analyze(a *model.Article, aliases *Aliases) *model.Sourcing {
	return New(aliases, nil).Analyze(a)
}

// Analyze reads one parsed article. It does not modify the article and
// keeps no reference to it: the result holds copies of the sentence texts it
// needs, so a caller may drop the parsed article afterwards.
func (z *Analyzer) Analyze(a *model.Article) *model.Sourcing {
	s := &model.Sourcing{Article: a.ID}
	inRefs := z.referenceParagraphs(a)
	s.References = z.references(a, inRefs)
	rl := newRefList(s.References)

	for i := range a.Paragraphs {
		p := &a.Paragraphs[i]
		if inRefs[i] || p.Kind == model.Boilerplate || p.Kind == model.Heading {
			continue
		}
		cs := z.lex.Citations(p.Text)
		last := -1
		for _, c := range cs {
			if c.Group != last {
				last = c.Group
				s.Groups++
			}
			c.Group = s.Groups - 1
			c.Para = p.N
			c.Sentence = sentenceAt(a, p, c.Start)
			c.ID = model.ElemID(a.ID, 'c', len(s.Citations))
			rl.resolve(&c)
			c.Source = z.nameSource(c.Author).id
			s.Citations = append(s.Citations, c)
		}
	}

	f := newFinder(z, a.ID)
	f.takeSpareTokens()
	// governs maps a sentence inside a quotation that runs on from an
	// earlier one to the attribution of its speaker.
	governs := map[string]int{}
	// The claims need what each sentence's tokens say of facts, not the
	// tokens: that is found here and the tokens dropped sentence by
	// sentence (a 10 MB article has 1.6 million of them, 130 MB at once).
	facts := make([][]model.Reason, len(a.Sentences))
	cites := citationsBySentence(s)
	headline := headlineKey(a.Meta.Title)
	titleVerbs, titleWords := 0, map[string]bool{}
	if headline != "" {
		tt := f.tokens(a.Meta.Title)
		titleVerbs = f.reportingVerbs(tt)
		for _, t := range tt {
			if !t.punct {
				titleWords[t.norm] = true
			}
		}
		f.release(tt)
	}
	for i := range a.Paragraphs {
		p := &a.Paragraphs[i]
		if inRefs[i] || (p.Kind != model.Body && p.Kind != model.ListItem) {
			continue
		}
		f.next = ""
		for j := i + 1; j < len(a.Paragraphs); j++ {
			if q := &a.Paragraphs[j]; !inRefs[j] && (q.Kind == model.Body || q.Kind == model.ListItem) {
				f.next = q.Text
				break
			}
		}
		for si := p.SentFrom; si < p.SentTo && si < len(a.Sentences); si++ {
			sen := &a.Sentences[si]
			toks := f.tokens(sen.Text)
			var skip [][2]int // citations are no facts
			for _, c := range cites[sen.ID] {
				skip = append(skip, [2]int{c.Start - sen.Start, c.End - sen.Start})
			}
			facts[si] = z.factReasons(toks, skip)
			if si == p.SentFrom {
				f.newParagraph()
			}
			if hasAllWords(toks, titleWords) && repeatsHeadline(sen.Text, a.Meta.Title, headline) && f.reportingVerbs(toks) <= titleVerbs {
				// The headline again ("رابط الخبر: …" under the story): a
				// headline puts nothing in anyone's mouth.
				f.release(toks)
				continue
			}
			if g := f.sentence(sen.Text, toks, p.N, sen.Start, sen.ID, p.Text[min(sen.End, len(p.Text)):]); g >= 0 {
				governs[sen.ID] = g
			}
		}
	}
	s.Attributions = f.out
	f.leaveSpareTokens()

	z.claims(a, s, inRefs, cites, facts, governs)
	finish(s)
	s.Mentions = z.mentions(s, f)
	return s
}

// repeatsHeadline reports whether a sentence is the article's headline
// again, headline being its folded key (headlineKey): the headline opens
// the sentence or follows a colon or a dash ("رابط الخبر بصحيفة المدينة:
// …", "المصدر - …"), in a sentence not much longer than it. A sentence
// that leads up to the headline's words is the story itself: "أعلن
// الوزير أن <the headline's words>" reports.
func repeatsHeadline(sentence, title, headline string) bool {
	if headline == "" || len(sentence) >= 4*len(title) {
		return false
	}
	k := fold.Key(sentence)
	if !strings.Contains(k, headline) {
		return false // most sentences: one fold
	}
	if strings.HasPrefix(k, headline) {
		return true
	}
	rest := sentence
	for range 4 { // a link line has one mark or two; the headline may hold one
		i := strings.IndexAny(rest, ":|-–—")
		if i < 0 {
			return false
		}
		rest = rest[i+1:]
		if strings.Contains(fold.Key(rest), headline) {
			return true
		}
	}
	return false
}

// hasAllWords reports whether toks hold every word of words (folded as
// tokens are): a sentence without one of the title's words is no repeat
// of it, which spares most sentences folding them whole.
func hasAllWords(toks []token, words map[string]bool) bool {
	if len(words) == 0 {
		return false
	}
	seen := 0
	for k := range toks {
		if words[toks[k].norm] {
			seen++
		}
	}
	return seen >= len(words)
}

// reportingVerbs counts the words of toks that are reporting verbs: a
// sentence holding the headline and a verb more than the headline has
// reports it ("وقال الوزير في مؤتمر صحفي: «<headline>»", "الرياض -
// <headline>، وقال الوزير إن …"), whatever marks stand before it.
func (f *finder) reportingVerbs(toks []token) int {
	n := 0
	for k := range toks {
		if _, ok := f.lex.verbAt(&toks[k]); ok && !toks[k].punct {
			n++
		}
	}
	return n
}

// headlineKey is the folded title, when it is long enough (four words) to
// be recognised where it is repeated; else "".
func headlineKey(title string) string {
	k := fold.Key(title)
	if strings.Count(k, " ") < 3 {
		return ""
	}
	return k
}

// sentenceAt is the id of the sentence of p holding byte off, or of the last
// sentence starting before it (a citation after the full stop). A binary
// search: a paragraph may hold many thousands of sentences and citations.
func sentenceAt(a *model.Article, p *model.Paragraph, off int) string {
	from, to := p.SentFrom, min(p.SentTo, len(a.Sentences))
	if from >= to {
		return ""
	}
	// The first sentence starting after off; the one before it holds off or
	// is the last to start before it.
	k := from + sort.Search(to-from, func(i int) bool { return a.Sentences[from+i].Start > off })
	if k == from {
		return a.Sentences[from].ID
	}
	return a.Sentences[k-1].ID
}

// referenceParagraphs marks the reference sections: from a paragraph whose
// whole text is a reference heading (المراجع:, References, …) to the next
// heading; and footnote definitions "[^3]: …" wherever they are.
func (z *Analyzer) referenceParagraphs(a *model.Article) []bool {
	in := make([]bool, len(a.Paragraphs))
	open := false
	for i := range a.Paragraphs {
		p := &a.Paragraphs[i]
		switch {
		case z.isReferenceHeading(p.Text):
			open = true
		case p.Kind == model.Heading:
			open = false
		}
		in[i] = open || strings.HasPrefix(p.Text, "[^") && strings.Contains(p.Text, "]:")
	}
	return in
}

// isReferenceHeading reports whether a paragraph is a reference-list title.
func (z *Analyzer) isReferenceHeading(text string) bool {
	if len(text) > 80 {
		return false
	}
	t := strings.Trim(text, " #*:：.-_")
	return t != "" && z.lex.refHeadings.has(Fold(t))
}

// references parses the entries of the reference sections. The parser has
// already turned Markdown links into their text (Paragraph.Links keeps the
// targets); they are put back so the entry parser sees the URL.
func (z *Analyzer) references(a *model.Article, in []bool) []model.Reference {
	var out []model.Reference
	for i := range a.Paragraphs {
		p := &a.Paragraphs[i]
		if !in[i] || z.isReferenceHeading(p.Text) || p.Kind == model.Heading || !hasLetter(p.Text) {
			continue
		}
		r := z.lex.Reference(withLinks(p))
		r.Raw = p.Text
		r.Para = p.N
		r.ID = model.ElemID(a.ID, 'r', len(out))
		r.Source = z.nameSource(r.Author).id
		r.CitedBy = []string{}
		out = append(out, r)
	}
	return out
}

// withLinks writes a paragraph's links back as Markdown.
func withLinks(p *model.Paragraph) string {
	if len(p.Links) == 0 {
		return p.Text
	}
	var b strings.Builder
	last := 0
	for _, l := range p.Links {
		if l.Start < last || l.End > len(p.Text) || l.Start > l.End {
			continue
		}
		b.WriteString(p.Text[last:l.Start])
		b.WriteString("[" + p.Text[l.Start:l.End] + "](" + l.URL + ")")
		last = l.End
	}
	b.WriteString(p.Text[last:])
	return b.String()
}

func hasLetter(s string) bool {
	for _, r := range s {
		if r > 0x40 && (r < 0x80 && (r|0x20) >= 'a' && (r|0x20) <= 'z' || r >= 0x80) {
			return true
		}
	}
	return false
}

// finish fills the cross references: cited_by, and the per-article lists.
func finish(s *model.Sourcing) {
	s.Unresolved, s.Ambiguous, s.Unused = []string{}, []string{}, []string{}
	byID := map[string]*model.Reference{}
	for i := range s.References {
		byID[s.References[i].ID] = &s.References[i]
	}
	// A set beside the lists: an entry cited by thousands of sentences must
	// not be scanned once per citation.
	type pair struct{ ref, sentence string }
	cited := map[pair]bool{}
	for _, c := range s.Citations {
		switch c.Resolution {
		case model.Unresolved:
			s.Unresolved = append(s.Unresolved, c.ID)
		case model.Ambiguous:
			s.Ambiguous = append(s.Ambiguous, c.ID)
		}
		for _, id := range c.Candidates {
			if r := byID[id]; r != nil && c.Sentence != "" && !cited[pair{id, c.Sentence}] {
				cited[pair{id, c.Sentence}] = true
				r.CitedBy = append(r.CitedBy, c.Sentence)
			}
		}
	}
	for _, r := range s.References {
		if len(r.CitedBy) == 0 {
			s.Unused = append(s.Unused, r.ID)
		}
	}
}

// Aliases is the alias table the analyzer resolves names with.
func (a *Analyzer) Aliases() *Aliases { return a.aliases }

// anyAl reports whether a word of the phrase has the article.
func anyAl(sp []token) bool {
	for k := range sp {
		if hasAl(&sp[k]) {
			return true
		}
	}
	return false
}

// isPronoun reports whether w is one of the lexicon's pronouns.
func isPronoun(l *Lexicon, w string) bool { _, ok := l.pronouns[w]; return ok }
