package cite

import (
	"strings"

	"github.com/isnad/isnad/model"
)

// identify turns a speaker phrase into an attribution's source. strict is
// set for cues that attribute weakly (a verb without reported content, a
// subject found before the verb): then only a known name, a vague noun or a
// title-led phrase counts, never an arbitrary noun phrase.
func (z *Analyzer) identify(sp speaker, st *attrState, strict bool) model.Attribution {
	a := model.Attribution{Speaker: joinRaw(sp.name), Role: joinRaw(sp.role)}
	name := sp.name
	head := z.headIndex(name)
	if head >= len(name) {
		return model.Attribution{}
	}
	titled := z.lex.titles.hasBare(&name[head])

	// A title whose name follows as an appositive: "سفيرة الولايات المتحدة
	// لدى الأمم المتحدة، ليندا توماس جرينفيلد".
	if titled && !z.hasPerson(name) && z.looksLikeName(sp.role) {
		b := z.identify(speaker{name: sp.role, end: sp.end}, st, false)
		b.Role = joinRaw(sp.name)
		if b.SourceKind == model.SourceOrg {
			b.SourceKind = model.SourcePerson
		}
		return b
	}
	// A known name counts where the speaker starts ("روسيا", "كل من روسيا"),
	// or anywhere after a title when it is a person ("الرئيس الأوكراني
	// فولوديمير زيلينسكي"); deeper in the phrase it is an object or an
	// affiliation ("مدى إعادة صياغة روسيا", "سفيرة الولايات المتحدة").
	if e, at, n := z.aliases.findIn(name, head, len(name)); at == head || at > head && titled && e.Kind == model.SourcePerson {
		a.Source, a.Kind, a.SourceKind = e.ID, model.Named, e.Kind
		a.Speaker = joinRaw(name[:at+n])
		if e.Kind == model.SourceAnonymous {
			a.Kind = model.Anonymous
		}
		return a
	}
	anonAt := head
	if hasLatin(name[head].raw) { // English puts adjectives first: "Western officials"
		for anonAt < len(name) {
			if _, n, _ := z.lex.anonymous.match(name, anonAt); n > 0 {
				break
			}
			anonAt++
		}
	}
	if g, n, _ := z.lex.anonymous.match(name, anonAt); n > 0 {
		head = anonAt
		grp := z.lex.anonGroups[g]
		a.Source, a.Kind, a.SourceKind = grp.id, model.Anonymous, model.SourceAnonymous
		end := head + n
		for end < len(name) && isAdjective(name[end].norm) {
			end++
		}
		a.Speaker = joinRaw(name[:end])
		return a
	}
	kind := z.guessKind(name)
	if strict && !titled && kind == model.SourcePerson {
		return model.Attribution{}
	}
	a.Kind, a.SourceKind = model.Named, kind
	return z.named(a, name, st, kind)
}

// named gives an unknown named speaker its id: the name without titles and
// the adjectives that follow them, merged with an earlier person of the
// article whose name ends the same way ("لوكين" after "أرتيوم لوكين").
func (z *Analyzer) named(a model.Attribution, name []token, st *attrState, kind model.SourceKind) model.Attribution {
	core := name[z.headIndex(name):]
	if kind == model.SourcePerson {
		// "الرئيس الأوكراني فولوديمير زيلينسكي" → the name after the title
		// and its adjectives; "الرئيس الأمريكي ونظرائه" → the office itself.
		t := 0
		for t < len(core) && z.lex.titles.hasBare(&core[t]) {
			t++
			for t < len(core) && strings.HasPrefix(core[t].norm, "ال") {
				t++
			}
		}
		switch {
		case t == 0:
		case t < len(core) && !strings.HasPrefix(core[t].norm, "و"):
			core = core[t:]
		default:
			core = core[:t]
		}
	}
	words := make([]string, len(core))
	for i, t := range core {
		words[i] = t.norm
	}
	if kind == model.SourcePerson {
		for _, p := range st.persons {
			if endsWith(p.words, words) {
				a.Source = p.id
				return a
			}
		}
	}
	display := joinRaw(core)
	a.Source = Slug(display)
	if a.Source == "" {
		return model.Attribution{}
	}
	if kind == model.SourcePerson {
		st.persons = append(st.persons, person{words: words, id: a.Source, name: display})
	}
	return a
}

// endsWith reports whether the name full ends with the words of short.
func endsWith(full, short []string) bool {
	if len(short) == 0 || len(short) > len(full) {
		return false
	}
	off := len(full) - len(short)
	for i, w := range short {
		if full[off+i] != w {
			return false
		}
	}
	return true
}

// hasPerson reports whether the phrase contains a known person.
func (z *Analyzer) hasPerson(name []token) bool {
	for i := range name {
		if e, n := z.aliases.find(name, i); n > 0 && e.Kind == model.SourcePerson {
			return true
		}
	}
	return false
}

// looksLikeName reports whether an appositive is a bare name: two to four
// words, none with the article, no title or organisation word.
func (z *Analyzer) looksLikeName(ts []token) bool {
	if len(ts) < 2 || len(ts) > 4 {
		return false
	}
	for _, t := range ts {
		if t.punct || strings.HasPrefix(t.norm, "ال") || z.lex.titles.hasBare(&t) || z.lex.orgWords.hasBare(&t) {
			return false
		}
	}
	return true
}

// guessKind says whether an unknown speaker is a person, an organisation or
// an outlet, from its head words.
func (z *Analyzer) guessKind(name []token) model.SourceKind {
	for _, t := range name {
		switch {
		case z.lex.outletWords.hasBare(&t):
			return model.SourceOutlet
		case z.lex.orgWords.hasBare(&t):
			return model.SourceOrg
		}
	}
	return model.SourcePerson
}

// speakerAfter reads the speaker starting at toks[j]: a quoted name, or the
// words up to a stop (content, time, a channel, punctuation), then a role
// after a comma.
func (z *Analyzer) speakerAfter(toks []token, j int) (speaker, bool) {
	var sp speaker
	k := j
	if k < len(toks) && isQuote(toks[k]) {
		c := k + 1
		for c < len(toks) && c <= k+6 && !isQuote(toks[c]) {
			c++
		}
		if c >= len(toks) || c > k+6 || c == k+1 || z.opensContent(toks, k+1) {
			return sp, false
		}
		sp.name = toks[k+1 : c]
		k = c + 1
		r := k
		for r < len(toks) && r-k < 8 && !z.stopAt(toks, r, false) {
			r++
		}
		sp.role, k = toks[k:r], r
	} else {
		for k < len(toks) && k-j < 9 && !z.stopAt(toks, k, k == j) {
			k++
		}
		// A title's affiliation may run past a stop word up to the comma
		// that brings the name: "سفيرة الولايات المتحدة لدى الأمم المتحدة، ليندا …".
		if k < len(toks) && !toks[k].punct && k > j && z.lex.titles.hasBare(&toks[j]) && z.lex.stops.has(toks[k].norm) {
			r := k
			for r < len(toks) && r-j < 14 && !toks[r].punct && !z.opensContent(toks, r) {
				r++
			}
			if r < len(toks) && isComma(toks[r]) {
				k = r
			}
		}
		sp.name = toks[j:k]
	}
	if len(sp.name) == 0 {
		return sp, false
	}
	if k < len(toks) && isComma(toks[k]) && len(sp.role) == 0 {
		r := k + 1
		for r < len(toks) && r-k < 13 && !isComma(toks[r]) && !z.stopAt(toks, r, false) {
			r++
		}
		if r < len(toks) && r > k+1 && (isComma(toks[r]) || z.opensContent(toks, r)) {
			sp.role = toks[k+1 : r]
			k = r
			if isComma(toks[k]) {
				k++
			}
		}
	}
	sp.end = k
	return sp, true
}

// stopAt reports whether toks[k] ends a speaker.
func (z *Analyzer) stopAt(toks []token, k int, first bool) bool {
	t := toks[k]
	if t.punct {
		return true
	}
	if z.opensContent(toks, k) || z.lex.stops.has(t.norm) {
		return true
	}
	if hasLatin(t.raw) && !first {
		if _, n, _ := z.lex.anonymous.match(toks, k); n > 0 {
			return false // "Western reports": a noun here, not the verb
		}
	}
	if _, v := z.isVerb(t); v || z.lex.spokeTo.has(t.norm) {
		return true
	}
	if !first && z.lex.anaphora.has(t.norm) {
		return true
	}
	if _, n, _ := z.lex.audiences.match(toks, k); n > 0 {
		return true
	}
	if t.norm == "في" || t.norm == "الي" || t.norm == "in" || t.norm == "to" {
		if k+1 < len(toks) && (isQuote(toks[k+1]) || z.lex.channelNouns.hasBare(&toks[k+1])) {
			return true
		}
		if e, n := z.aliases.find(toks, k+1); n > 0 && e.Kind == model.SourceOutlet {
			return true
		}
	}
	if !first {
		if e, n := z.aliases.find(toks, k); n > 0 && e.Kind == model.SourceOutlet && strings.HasPrefix(t.norm, "ل") {
			return true // "لرويترز"
		}
	}
	if hasLatin(t.raw) && !first && !isCapitalised(t) {
		switch t.norm {
		case "of", "the", "al", "de", "von", "van", "bin":
			return false
		}
		return true
	}
	return false
}

// channel finds the medium in toks[from:to]: an outlet ("إلى رويترز",
// "في “الغارديان”"), an audience ("للصحفيين"), or a medium noun ("في مقال
// نشرته …"). It returns the channel id ("" when the medium is no source)
// and the words as written.
func (z *Analyzer) channel(toks []token, from, to int) (id, text string) {
	if to > len(toks) {
		to = len(toks)
	}
	for k := from; k < to; k++ {
		if g, n, _ := z.lex.audiences.match(toks, k); n > 0 {
			return z.lex.audienceList[g].id, joinRaw(toks[k : k+n])
		}
		if e, n := z.aliases.find(toks, k); n > 0 && e.Kind == model.SourceOutlet {
			return e.ID, joinRaw(toks[k : k+n])
		}
	}
	for k := from; k < to; k++ {
		if z.lex.channelNouns.hasBare(&toks[k]) && k > from && (toks[k-1].norm == "في" || toks[k-1].norm == "in") {
			end := k + 1
			for end < to && end-k < 8 && !toks[end].punct && !z.lex.stops.has(toks[end].norm) {
				end++
			}
			return "", joinRaw(toks[k:end])
		}
	}
	return "", ""
}

// joinRaw is the tokens' text as written, single-spaced.
func joinRaw(ts []token) string {
	var b strings.Builder
	for i, t := range ts {
		if i > 0 && !(t.punct && !isQuote(t)) {
			b.WriteByte(' ')
		}
		b.WriteString(t.raw)
	}
	return b.String()
}

// headIndex skips quantifiers and numbers: "أربعة دبلوماسيين" → 1.
func (z *Analyzer) headIndex(name []token) int {
	h := 0
	for h < len(name) {
		if _, n, _ := z.lex.quantifiers.match(name, h); n > 0 {
			h += n
			continue
		}
		if z.lex.quantities.has(name[h].norm) || isNumber(name[h].norm) {
			h++
			continue
		}
		break
	}
	return h
}

func isNumber(w string) bool {
	for _, r := range w {
		if r < '0' || r > '9' {
			return false
		}
	}
	return w != ""
}
