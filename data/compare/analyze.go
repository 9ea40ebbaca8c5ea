package compare

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/isnad/isnad/data/arabic"
	"github.com/isnad/isnad/model"
)

// Analysis is what one article brings to any comparison, computed once by
// Analyze; a comparison of a selection only reads it.
type Analysis struct {
	Article *model.Article
	// Countable is the number of sentences frames are scored over: all
	// sentences except those of boilerplate and of reference lists.
	Countable int

	// Words is the number of words of the countable sentences, what naming
	// counts are given per 1,000 of.
	Words int

	frames  [][]int             // per frame: countable sentence indexes that carry it
	negated [][]int             // per frame: sentences whose only cues are denied
	terms   [][]model.TermCount // per frame: cues that fired, file order
	naming  []nameStat          // per naming row
	vocab   map[string]*termStat
	tokens  int // tokens counted for vocabulary
	facts   []fact
}

type nameStat struct {
	count int
	sents []int
}

type termStat struct {
	count int
	// forms are the written forms and their counts: a short list (a stem
	// has few), which costs far less than a map per stem.
	forms []formCount
	sents []int  // first few sentence indexes
	alt   string // Token.Alt of its words: the stem without a kept و/ف
}

type formCount struct {
	form string
	n    int
}

func (ts *termStat) addForm(f string, n int) {
	for i := range ts.forms {
		if ts.forms[i].form == f {
			ts.forms[i].n += n
			return
		}
	}
	ts.forms = append(ts.forms, formCount{f, n})
}

func (ts *termStat) hasForm(f string) bool {
	for _, fc := range ts.forms {
		if fc.form == f {
			return true
		}
	}
	return false
}

// maxTermSentences bounds the sentence ids kept per vocabulary term.
const maxTermSentences = 3

// Analyze reads one article: tokens of every countable sentence, the
// frames and names they carry, vocabulary counts and facts.
func Analyze(a *model.Article, f *Frames) *Analysis {
	if f == nil {
		f = Empty()
	}
	an := &Analysis{
		Article: a,
		frames:  make([][]int, len(f.frames)),
		negated: make([][]int, len(f.frames)),
		terms:   make([][]model.TermCount, len(f.frames)),
		naming:  make([]nameStat, len(f.Naming)),
		vocab:   make(map[string]*termStat),
	}
	ref, _ := arabic.ParseISODate(a.Meta.Date)
	termCount := make([]map[int]int, len(f.frames))
	var found [][]match
	var tz arabic.Tokenizer
	for si := range a.Sentences {
		s := &a.Sentences[si]
		if !countable(a, s, f) {
			continue
		}
		an.Countable++
		toks := dropCitations(s.Text, tz.Tokenize(s.Text))
		found = f.all.find(toks, found)
		an.Words += countWords(toks)
		var ss *sentenceScope
		var clause []int
		for fi, m := range f.frames {
			ms := found[f.frameSlot(fi)]
			if !anyLabelled(m, ms) || (len(f.with[fi].cues) > 0 && len(found[f.withSlot(fi)]) == 0) {
				continue
			}
			if ss == nil {
				clause = clauses(s.Text, toks)
				ss = f.readScope(s.Text, toks, found, clause)
			}
			// A cue inside a name is naming; a denied one is no evidence.
			evidence, negated := false, false
			for _, x := range ms {
				if m.label[x.Cue] < 0 {
					continue
				}
				switch ss.use(x) {
				case useEvidence:
					evidence = true
				case useNegated:
					negated = true
				}
			}
			if !evidence {
				if negated {
					an.negated[fi] = append(an.negated[fi], si)
				}
				continue
			}
			an.frames[fi] = append(an.frames[fi], si)
			if termCount[fi] == nil {
				termCount[fi] = map[int]int{}
			}
			for _, x := range ms {
				if m.label[x.Cue] >= 0 && ss.use(x) == useEvidence {
					termCount[fi][x.Cue]++
				}
			}
		}
		for _, x := range found[f.namingSlot()] {
			if l := f.naming.label[x.Cue]; l >= 0 {
				ns := &an.naming[l]
				ns.count++
				if len(ns.sents) == 0 || ns.sents[len(ns.sents)-1] != si {
					ns.sents = append(ns.sents, si)
				}
			}
		}
		an.countVocab(toks, si, f.stop)
		an.facts = appendFacts(an.facts, f, s.Text, toks, si, ref, found)
	}
	an.mergeConjunctions()
	for fi, tc := range termCount {
		an.terms[fi] = []model.TermCount{} // never null in JSON
		for ci, c := range f.frames[fi].cues {
			if n := tc[ci]; n > 0 {
				an.terms[fi] = append(an.terms[fi], model.TermCount{Term: c.text, Count: n})
			}
		}
	}
	return an
}

// countWords counts the word tokens (not numbers) of a sentence.
func countWords(toks []arabic.Token) int {
	n := 0
	for i := range toks {
		if toks[i].Kind == arabic.Word {
			n++
		}
	}
	return n
}

// anyLabelled reports whether a match counts (is not an exception).
func anyLabelled(m *matcher, ms []match) bool {
	for _, x := range ms {
		if m.label[x.Cue] >= 0 {
			return true
		}
	}
	return false
}

// countable reports whether a sentence speaks for its article: not
// boilerplate, not an entry of a reference list.
func countable(a *model.Article, s *model.Sentence, f *Frames) bool {
	if s.Para < 0 || s.Para >= len(a.Paragraphs) {
		return true
	}
	p := &a.Paragraphs[s.Para]
	if p.Kind == model.Boilerplate {
		return false
	}
	if p.Kind == model.ListItem && len(f.refs) > 0 {
		if sec := a.SectionOf(s.Para); sec != nil && f.refs[sectionKey(sec.Title)] {
			return false
		}
	}
	return true
}

func sectionKey(title string) string {
	return strings.TrimFunc(arabic.Normalize(title), func(r rune) bool {
		return unicode.IsSpace(r) || unicode.IsPunct(r)
	})
}

// dropCitations removes the tokens of in-text citations, "(Reuters,
// 2024b)": a parenthesis holding Latin letters and a digit. They name who
// said it, not what the author says, and their years are not facts.
func dropCitations(text string, toks []arabic.Token) []arabic.Token {
	if !strings.Contains(text, "(") {
		return toks
	}
	spans := citationSpans(text)
	if len(spans) == 0 {
		return toks
	}
	out := toks[:0]
	for _, t := range toks {
		in := false
		for _, sp := range spans {
			if t.Start >= sp[0] && t.End <= sp[1] {
				in = true
				break
			}
		}
		if !in {
			out = append(out, t)
		}
	}
	return out
}

func citationSpans(text string) [][2]int {
	var spans [][2]int
	for i := 0; i < len(text); i++ {
		if text[i] != '(' {
			continue
		}
		j := strings.IndexByte(text[i+1:], ')')
		if j < 0 {
			break
		}
		inner := text[i+1 : i+1+j]
		if hasLatin(inner) && strings.ContainsAny(inner, "0123456789") {
			spans = append(spans, [2]int{i, i + 2 + j})
		}
		i += j
	}
	return spans
}

func hasLatin(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i] | 0x20
		if c >= 'a' && c <= 'z' {
			return true
		}
	}
	return false
}

// countVocab counts the content words of a sentence by stem.
func (an *Analysis) countVocab(toks []arabic.Token, si int, stop map[string]bool) {
	for i := range toks {
		t := &toks[i]
		if t.Kind != arabic.Word || utf8.RuneCountInString(t.Norm) < 2 || !hasLetter(t.Norm) || arabic.IsStop(stop, *t) {
			continue
		}
		ts := an.vocab[t.Stem]
		if ts == nil {
			ts = &termStat{alt: t.Alt}
			an.vocab[t.Stem] = ts
		}
		ts.count++
		ts.addForm(t.Text, 1)
		if len(ts.sents) < maxTermSentences && (len(ts.sents) == 0 || ts.sents[len(ts.sents)-1] != si) {
			ts.sents = append(ts.sents, si)
		}
		an.tokens++
	}
}

// mergeConjunctions counts "وكيم" as "كيم" when the article also uses
// "كيم" alone. The stemmer keeps a و or ف before three letters (it cannot
// tell "وقع", a root, from "و" + "قع"); the article's own words can.
func (an *Analysis) mergeConjunctions() {
	for stem, ts := range an.vocab {
		if ts.alt == "" || ts.alt == stem {
			continue
		}
		to := an.vocab[ts.alt]
		if to == nil {
			continue
		}
		to.count += ts.count
		for _, fc := range ts.forms {
			to.addForm(fc.form, fc.n)
		}
		to.sents = mergeSorted(to.sents, ts.sents, maxTermSentences)
		delete(an.vocab, stem)
	}
}

// mergeSorted merges two ascending index lists without duplicates, keeping
// at most limit.
func mergeSorted(a, b []int, limit int) []int {
	out := make([]int, 0, min(len(a)+len(b), limit))
	for len(out) < limit && (len(a) > 0 || len(b) > 0) {
		var v int
		switch {
		case len(b) == 0 || (len(a) > 0 && a[0] <= b[0]):
			v, a = a[0], a[1:]
		default:
			v, b = b[0], b[1:]
		}
		if len(out) == 0 || out[len(out)-1] != v {
			out = append(out, v)
		}
	}
	return out
}

func hasLetter(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// form is the commonest written form of a stem in this article, a form
// without a leading و or ف preferred when the article has it too ("تقنية"
// over "وتقنية"); ties go to the shorter, then the smaller string, so
// output is stable.
func (ts *termStat) form() string {
	best, bn := "", -1
	for _, fc := range ts.forms {
		f, n := fc.form, fc.n
		if r, size := utf8.DecodeRuneInString(f); (r == 'و' || r == 'ف') && ts.hasForm(f[size:]) {
			continue
		}
		if n > bn || (n == bn && (len(f) < len(best) || (len(f) == len(best) && f < best))) {
			best, bn = f, n
		}
	}
	return best
}
