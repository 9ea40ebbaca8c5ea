package cite

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/isnad/isnad/model"
)

// The attribution finder reads a sentence as a sequence of tokens and looks
// for cues: a reporting verb (قال، أكد، said), a phrase (بحسب، وفقاً لـ,
// according to) or a passive (قيل). Around a cue it reads the speaker — after
// the verb in Arabic's usual verb–subject order, before it when a known name
// or a vague noun stands right there ("المحللين يقولون") — an appositive role
// after a comma, and a channel ("تحدثوا إلى رويترز", "في “الغارديان”"). A cue
// without a speaker ("وقال:", "لكنهم قالوا إن") continues the previous
// speaker of the paragraph, and so does a quotation running on from an
// earlier sentence.

// attrState is what one article's finder remembers between sentences.
type attrState struct {
	last    *model.Attribution  // previous attribution of the paragraph
	quote   *model.Attribution  // speaker of a quotation still open
	persons []person            // named people met so far, for "لوكين" = "أرتيوم لوكين"
	also    []model.Attribution // speakers coordinated with the one just found
}

// coordinated finds known names joined to a known speaker by و: "كل من
// روسيا وكوريا الشمالية" speak both.
func (z *Analyzer) coordinated(name []token, first model.Attribution) []model.Attribution {
	if first.Kind != model.Named || first.Source == "" {
		return nil
	}
	var out []model.Attribution
	for k := 1; k < len(name); k++ {
		if !strings.HasPrefix(name[k].norm, "و") {
			continue
		}
		e, n := z.aliases.find(name, k)
		if n == 0 || e.ID == first.Source {
			continue
		}
		b := first
		b.Source, b.SourceKind, b.Speaker, b.Role = e.ID, e.Kind, strings.TrimPrefix(joinRaw(name[k:k+n]), "و"), ""
		out = append(out, b)
		k += n - 1
	}
	return out
}

type person struct {
	words []string // folded name words
	id    string
	name  string
}

// newParagraph forgets the speakers of the previous paragraph.
func (st *attrState) newParagraph() { st.last, st.quote = nil, nil }

// speaker is a parsed speaker phrase.
type speaker struct {
	name []token // the name, titles included
	role []token // an appositive after a comma, or what follows a quoted name
	end  int     // token index after the speaker and its role
}

// attributions finds the attributions of one sentence. Offsets are relative
// to text.
func (z *Analyzer) attributions(text string, toks []token, st *attrState) []model.Attribution {
	var out []model.Attribution
	for i := 0; i < len(toks); i++ {
		if toks[i].punct {
			continue
		}
		a, next, ok := z.phraseCue(toks, i, st)
		if !ok {
			a, next, ok = z.passiveCue(toks, i)
		}
		if !ok {
			a, next, ok = z.verbCue(toks, i, st)
		}
		if !ok {
			continue
		}
		a.Start = toks[i].start
		if next > i && next <= len(toks) {
			a.End = toks[next-1].end
		} else {
			a.End = toks[i].end
		}
		out = append(out, a)
		for _, b := range st.also {
			b.Cue, b.Start, b.End = a.Cue, a.Start, a.End
			out = append(out, b)
		}
		st.also = nil
		st.last = &out[len(out)-1]
		if next > i {
			i = next - 1
		}
	}
	opens, closes := quoteBalance(toks)
	switch {
	case len(out) > 0:
		st.quote = nil
		if opens > closes {
			st.quote = st.last
		}
	case st.quote != nil || st.last != nil && startsWithQuote(toks):
		from := st.quote
		if from == nil {
			from = st.last
		}
		a := *from
		a.Cue, a.Carried, a.Start, a.End = "", true, 0, len(text)
		out = append(out, a)
		if closes > opens || st.quote == nil && opens > closes {
			st.quote = nil
			if opens > closes {
				st.quote = from
			}
		} else if closes > 0 {
			st.quote = nil
		}
	}
	return out
}

// quoteBalance counts opening and closing quotation marks; straight quotes
// alternate.
func quoteBalance(toks []token) (opens, closes int) {
	straight := 0
	for _, t := range toks {
		switch t.raw {
		case "“", "«", "„":
			opens++
		case "”", "»":
			closes++
		case "\"":
			if straight%2 == 0 {
				opens++
			} else {
				closes++
			}
			straight++
		}
	}
	return opens, closes
}

func startsWithQuote(toks []token) bool {
	return len(toks) > 0 && (toks[0].raw == "“" || toks[0].raw == "«" || toks[0].raw == "\"")
}

// phraseCue reads "بحسب X", "وفقاً لـ X", "according to X".
func (z *Analyzer) phraseCue(toks []token, i int, st *attrState) (model.Attribution, int, bool) {
	_, n, joined := z.lex.phrases.match(toks, i)
	if n == 0 {
		return model.Attribution{}, 0, false
	}
	j := i + n
	if j >= len(toks) || toks[j].punct && !isQuote(toks[j]) {
		return model.Attribution{}, 0, false
	}
	if joined { // "للنظرية": the ل belongs to the phrase
		toks = append([]token(nil), toks...)
		toks[j] = stripJoined(toks[j])
	}
	sp, ok := z.speakerAfter(toks, j)
	if !ok {
		return model.Attribution{}, 0, false
	}
	head := z.headIndex(sp.name)
	if head < len(sp.name) && z.lex.wrappers.hasBare(&sp.name[head]) && head+1 < len(sp.name) {
		sp.name = sp.name[head+1:]
		head = z.headIndex(sp.name)
	}
	if head < len(sp.name) && z.lex.notSources.hasBare(&sp.name[head]) {
		return model.Attribution{}, 0, false
	}
	a := z.identify(sp, st, true)
	if a.Source == "" {
		return model.Attribution{}, 0, false
	}
	a.Cue = joinRaw(toks[i:j])
	return a, sp.end, true
}

// stripJoined removes a joined ل from "للنظرية" or "لرويترز".
func stripJoined(t token) token {
	raw := strings.TrimPrefix(t.raw, "ل")
	if strings.HasPrefix(raw, "ل") && !strings.HasPrefix(raw, "لل") {
		raw = "ا" + raw // لل + noun is ل + ال with its alef dropped
	}
	t.start += len(t.raw) - len(raw)
	if t.start > t.end {
		t.start = t.end
	}
	t.raw, t.norm = raw, Fold(raw)
	return t
}

// passiveCue reads "قيل إن", "تُتهم روسيا": a withheld speaker.
func (z *Analyzer) passiveCue(toks []token, i int) (model.Attribution, int, bool) {
	t := toks[i]
	_, always := verbForm(z.lex.passiveAlways, t.norm)
	_, damma := verbForm(z.lex.passiveDamma, t.norm)
	if !always && !(damma && dammaOnFirst(t.raw)) {
		return model.Attribution{}, 0, false
	}
	g := z.lex.unnamed()
	return model.Attribution{Source: g.id, Speaker: "", Kind: model.Anonymous, SourceKind: model.SourceAnonymous, Cue: t.raw}, i + 1, true
}

// dammaOnFirst reports whether the word's first letter (after a و or ف
// conjunction) carries a damma, the mark of Arabic's passive.
func dammaOnFirst(raw string) bool {
	runes := []rune(raw)
	for k := 0; k+1 < len(runes); k++ {
		if runes[k+1] == 'ُ' {
			return k <= 1
		}
	}
	return false
}

// verbForm looks a folded word up in m, also without a و or ف conjunction.
func verbForm[V any](m map[string]V, w string) (V, bool) {
	if v, ok := m[w]; ok {
		return v, true
	}
	for _, p := range []string{"و", "ف"} {
		if rest, ok := strings.CutPrefix(w, p); ok && len(rest) >= 4 {
			if v, ok := m[rest]; ok {
				return v, true
			}
		}
	}
	var zero V
	return zero, false
}

// isVerb says whether the token is a reporting verb, and whether that verb
// needs a reported content after its speaker.
func (z *Analyzer) isVerb(t token) (needsComplement, ok bool) {
	if t.punct {
		return false, false
	}
	return verbForm(z.lex.verbs, t.norm)
}

// verbCue reads a reporting verb with its speaker.
func (z *Analyzer) verbCue(toks []token, i int, st *attrState) (model.Attribution, int, bool) {
	needs, ok := z.isVerb(toks[i])
	if !ok {
		return model.Attribution{}, 0, false
	}
	if hasLatin(toks[i].raw) {
		needs = false // English drops its "that": "Putin said the treaty …"
	}
	before := i > 0 && (isQuote(toks[i-1]) || toks[i-1].norm == "كما" || toks[i-1].norm == "as" ||
		i > 1 && isComma(toks[i-1]) && isQuote(toks[i-2]))
	var a model.Attribution
	end := i + 1
	if sp, ok := z.subjectBefore(toks, i); ok {
		a = z.identify(sp, st, false)
	} else if sp, ok := z.speakerAfter(toks, i+1); ok && !z.lex.anaphora.hasBare(&sp.name[0]) {
		a = z.identify(sp, st, !needs)
		end = sp.end
		st.also = z.coordinated(sp.name, a)
	} else if st.last != nil && (i+1 >= len(toks) || ok || z.opensContent(toks, i+1)) {
		a = *st.last
		a.Carried, a.Role = true, ""
	}
	if a.Source == "" {
		return model.Attribution{}, 0, false
	}
	if needs && !before && !z.contentFollows(toks, end) {
		return model.Attribution{}, 0, false
	}
	if ch, text := z.channel(toks, i+1, z.contentAt(toks, end)); ch != "" {
		a.Channel, a.ChannelText = ch, text
	} else if text != "" && !a.Carried {
		a.ChannelText = text
	}
	a.Cue = toks[i].raw
	return a, end, true
}

func isComma(t token) bool { return t.punct && (t.raw == "," || t.raw == "،") }

// opensContent reports whether toks[k] starts what was said: a complement
// (إن، أن), a colon or a quotation mark.
func (z *Analyzer) opensContent(toks []token, k int) bool {
	if k >= len(toks) {
		return false
	}
	if toks[k].raw == ":" || isQuote(toks[k]) {
		return true
	}
	_, n, _ := z.lex.complements.match(toks, k)
	return n > 0
}

// contentFollows reports whether what was said starts within a few tokens
// after the speaker.
func (z *Analyzer) contentFollows(toks []token, from int) bool {
	return z.contentAt(toks, from) < len(toks)
}

// contentAt is the index where what was said starts, at most 16 tokens on,
// or len(toks).
func (z *Analyzer) contentAt(toks []token, from int) int {
	for k := from; k < len(toks) && k < from+16; k++ {
		if isQuote(toks[k]) && k > 0 && (toks[k-1].norm == "في" || toks[k-1].norm == "in") {
			continue // "في “الغارديان”": a quoted title, not a quotation
		}
		if z.opensContent(toks, k) {
			return k
		}
	}
	return len(toks)
}

// subjectBefore finds a known name or a vague noun right before the verb:
// "لكن المحللين يقولون", "وسط تقارير تفيد", "الولايات المتحدة دعت",
// "officials said", "John Smith said".
func (z *Analyzer) subjectBefore(toks []token, i int) (speaker, bool) {
	for m := 1; m <= 4 && i-m >= 0; m++ {
		seg := toks[i-m : i]
		if seg[0].punct {
			break
		}
		if e, n := z.aliases.find(toks, i-m); n == m && e.ID != "" {
			return speaker{name: seg, end: i + 1}, true
		}
		if _, n, _ := z.lex.anonymous.match(toks, i-m); n > 0 && z.adjectivesOnly(seg[n:]) {
			return speaker{name: seg, end: i + 1}, true
		}
	}
	// English: a capitalised name right before the verb.
	k := i
	for k > 0 && i-k < 4 && isCapitalised(toks[k-1]) {
		k--
	}
	if k < i && hasLatin(toks[i].raw) {
		return speaker{name: toks[k:i], end: i + 1}, true
	}
	return speaker{}, false
}

// adjectivesOnly reports whether the words after a vague noun qualify it
// ("تقارير استخباراتية غربية") rather than start something else.
func (z *Analyzer) adjectivesOnly(ts []token) bool {
	for _, t := range ts {
		if t.punct || !isAdjective(t.norm) {
			return false
		}
	}
	return true
}

// isAdjective guesses an Arabic relative adjective by its ending (غربي،
// استخباراتية، أوكرانيون).
func isAdjective(w string) bool {
	for _, end := range []string{"ي", "يه", "يون", "يين", "ين"} {
		if strings.HasSuffix(w, end) && utf8.RuneCountInString(w) > 3 {
			return true
		}
	}
	return false
}

func isCapitalised(t token) bool {
	r, _ := utf8.DecodeRuneInString(t.raw)
	return !t.punct && unicode.IsUpper(r)
}
