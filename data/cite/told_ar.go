package cite

import "strings"

// toldPronounAt reports whether toks[k], one of the addressee pronouns
// (لي، لنا، لهم …) right after a verb of saying, is whom the words were
// told rather than the start of the speaker. Only لي is ever a name (Lee:
// "وصرح لي ولوسكي"); it is the one told when no name follows, when content
// opens, or when what follows cannot be Lee's name: a circumstantial
// clause ("فقال لي وهو يبتسم:"), a manner phrase ("قال لي بنبرة حزينة"),
// or an Arabic given name, the subject ("وقال لي سامر إن"). Also "لي
// مبتسماً" (an accusative) and "لي صديقته" (a possessed noun).
func (f *finder) toldPronounAt(toks []token, k int) bool {
	t := &toks[k]
	if !f.lex.addressees.has(t.norm) {
		return false
	}
	if t.norm != "لي" || k+1 >= len(toks) || !f.nameLike(toks, k+1) || f.opensContent(toks, k+1) {
		return true
	}
	next := &toks[k+1]
	return strings.HasSuffix(next.norm, "ا") || possessed(next) || f.lex.appositionPronouns.has(next.norm) ||
		givenNameWord(f.lex, next.norm) || f.mannerPhrase(toks, k+1)
}

// mannerPhrase reports whether toks[k] is a noun of manner joined to ب,
// how something was said: "بسخرية", "بنبرة", "بهدوء" (manner_nouns), with
// the speaker's pronoun ("بصوتها الهادئ"), or after كل ("بكل ثقة").
func (f *finder) mannerPhrase(toks []token, k int) bool {
	rest, ok := strings.CutPrefix(toks[k].norm, "ب")
	if !ok || toks[k].punct {
		return false
	}
	if rest == "كل" {
		return k+1 < len(toks) && f.lex.mannerNouns.has(toks[k+1].norm)
	}
	return f.lex.mannerNouns.has(rest) || ownedStem(rest, f.lex.mannerNouns.has) != ""
}

// toldCircumstance reads a circumstance where the speaker would stand:
// a manner phrase ("فقال بسخرية:", "وأضافت بنبرة حادة: …"), or right
// after a verb of saying or whom the words were told, a clause of how the
// speaker was ("ثم أضاف وهو يغادر:", "قال لي وهو يبتسم:"). The subject is the one who went on, not the phrase; it
// returns where what was said opens within a few words, or 0.
func (f *finder) toldCircumstance(toks []token, k int, e *event) int {
	if k == 0 || k >= len(toks) {
		return 0
	}
	if f.mannerPhrase(toks, k) {
		return f.afterManner(toks, k, e)
	}
	prev := toks[k-1].norm
	told := f.lex.addressees.has(prev) || f.lex.resumptives.has(prev) && strings.HasPrefix(prev, "ل")
	if !f.lex.appositionPronouns.has(toks[k].norm) || !told && (e.cue[1] != k || e.fam == nil || !e.fam.speech) {
		return 0
	}
	return f.reachOpener(toks, k, e, 14)
}

// afterManner reads past a manner phrase at toks[k] to what was said, or
// to the subject when one stands between, with a title or a given name
// ("وقال بحزن والد الضحية إن": the father spoke).
func (f *finder) afterManner(toks []token, k int, e *event) int {
	c := f.reachOpener(toks, k, e, 10)
	for j := k + 1; j < c; j++ {
		if f.lex.titles.hasBare(&toks[j]) || givenNameWord(f.lex, toks[j].norm) {
			return k + 1
		}
	}
	return c
}
