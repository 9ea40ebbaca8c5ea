package cite

import "strings"

// The medium a speaker used, and what describes it: "في بيان لها", "في
// تقرير محدث حول …، إن", "لقناة (ايه.تي.في) التركية".

// mediumTail skips what describes a medium when what was said follows it
// within a clause: "ذكر المرصد في تقرير محدث حول حصيلة القتلى، إن …". It
// returns j itself otherwise.
func (f *finder) mediumTail(toks []token, j int) int {
	if j >= len(toks) || toks[j].punct || f.opensContent(toks, j) {
		return j
	}
	for c := j + 1; c < len(toks) && c < j+14; c++ {
		t := &toks[c]
		if isComma(*t) || isQuote(*t) {
			if c+1 < len(toks) && f.opensContent(toks, c+1) {
				return c + 1 // "في بيان صدر اليوم ” إنه"
			}
			if isQuote(*t) && f.opensContent(toks, c) {
				return c // "في مقابلة بثت مساء “لا نملك …”"
			}
			continue
		}
		if t.raw == ":" {
			return c // "في بيان حصلت «لوموند» عليه أمس: «…»"
		}
		if t.punct {
			break
		}
		if c <= j+4 && f.opensContent(toks, c) && !f.lex.stops.has(toks[c-1].norm) && !f.lex.prepositions.has(toks[c-1].norm) {
			return c // "في بيان صدر اليوم إنه"
		}
		if _, ok := f.lex.verbAt(t); ok {
			break // another verb's clause
		}
	}
	return j
}

// noteMedium records in e the medium noun of "في بيان" or "في تقريرها" at
// toks[k] (its bare form, بيان or تقرير): a later "البيان" or "التقرير" is
// the speaker's own ("وأوضحت الجالية في بيان لها …" then "وتابع البيان").
func (f *finder) noteMedium(toks []token, k int, e *event) {
	if e == nil || k+1 >= len(toks) || e.medium != "" {
		return
	}
	if t := toks[k].norm; t != "في" && t != "وفي" && t != "عبر" {
		return
	}
	e.medium = f.mediumWord(&toks[k+1])
}

// mediumWord is the bare medium noun a word is, with or without a
// possessive pronoun or the article ("تقريرها", "البيان" → تقرير, بيان),
// or "".
func (f *finder) mediumWord(t *token) string {
	w := strings.TrimPrefix(t.norm, "ال")
	if _, ok := f.lex.channelNouns.byFirst[w]; ok {
		return w
	}
	if stem, ok := strings.CutSuffix(w, "ا"); ok && len(stem) >= 6 {
		if _, ok := f.lex.channelNouns.byFirst[stem]; ok {
			return stem // "اتصالاً", "بياناً": the accusative
		}
	}
	return f.mediumOwned(t.norm)
}

// channelNounAt is the length of a medium noun at toks[k] ("تصريح صحفي",
// "بيان"), also with a possessive pronoun ("في تعليقه", "في كلمتها"); 0
// when there is none.
func (f *finder) channelNounAt(toks []token, k int) int {
	if _, n, _ := f.lex.channelNouns.match(toks, k); n > 0 {
		return n
	}
	if f.mediumOwned(toks[k].norm) != "" {
		return 1
	}
	return 0
}

// mediumOwned is the one-word medium noun w is with a possessive pronoun
// ("تغريداته" → تغريدات, "كلمتها" → كلمه), or "".
func (f *finder) mediumOwned(w string) string {
	return ownedStem(w, func(c string) bool {
		for _, q := range f.lex.channelNouns.byFirst[c] {
			if len(q.words) == 1 {
				return true
			}
		}
		return false
	})
}

// ownedStem is the noun of w with a possessive pronoun that has accepts,
// its ة written ت before the pronoun ("كلمتها" → كلمه), or "".
func ownedStem(w string, has func(string) bool) string {
	for _, suffix := range possessives {
		stem, ok := strings.CutSuffix(w, suffix)
		if !ok || len(stem) < 4 {
			continue
		}
		base := strings.TrimSuffix(stem, "ت")
		for _, c := range []string{stem, base, base + "ه"} {
			if has(c) {
				return c
			}
		}
	}
	return ""
}

// possessives are the pronouns joined to a noun, longest first (folded).
var possessives = []string{"هما", "هم", "ها", "ه"}

// innerDot reports whether the full stop at toks[j] is inside a word, with
// no space on either side: "ايه.تي.في", "م.س.".
func innerDot(toks []token, j int) bool {
	return toks[j].raw == "." && j > 0 && j+1 < len(toks) && toks[j-1].end == toks[j].start && toks[j].end == toks[j+1].start
}

// gluedHyphen reports whether toks[j] is a hyphen written between two
// words with no space ("ماري-كلير", "جونز-هيل", "التركية-السورية"): one
// compound name or adjective, not a dash setting off an aside.
func gluedHyphen(toks []token, j int) bool {
	return toks[j].raw == "-" && j > 0 && j+1 < len(toks) && !toks[j-1].punct && !toks[j+1].punct &&
		toks[j-1].end == toks[j].start && toks[j].end == toks[j+1].start
}

// isDash reports whether t is a hyphen or a dash standing alone, or the
// tatweel set as one ("ــ").
func isDash(t token) bool {
	return t.raw == "-" || t.raw == "–" || t.raw == "—" || t.punct && onlyTatweel(t.raw)
}

// mediumAgent finds, for a verb at toks[i] that points back to a medium
// ("أكد فيها", "قال فيه"), who gave it when the medium's own verb names
// them after it: "في كلمة ألقاها مرشد الثورة علي خامنئي أكد فيها …". The
// empty span when there is no such medium.
func (f *finder) mediumAgent(toks []token, i int) [2]int {
	if i+1 >= len(toks) || !f.lex.mediumPointers.has(toks[i+1].norm) {
		return [2]int{}
	}
	for m := i - 1; m >= 0 && m >= i-16; m-- {
		if toks[m].punct && !isComma(toks[m]) {
			break
		}
		if f.channelNounAt(toks, m) == 0 && f.mediumWord(&toks[m]) == "" {
			continue
		}
		if f.mediumVerb(toks, m+1) {
			if sp := f.arSpeaker(toks, m+2, nil); sp[1] > sp[0] && sp[1] <= i && f.looksLikeSpeaker(toks[sp[0]:sp[1]]) {
				return sp
			}
			break
		}
		// "وأصدرت الوزارة بياناً أكدت فيه": the subject of the verb that
		// issued the medium, the sentence's first
		if m+1 == i {
			if sp := f.arMainSubject(toks, m+1); sp[1] > sp[0] {
				sp[1] = min(sp[1], m)
				if sp[1] > sp[0] && f.looksLikeSpeaker(toks[sp[0]:sp[1]]) {
					return sp
				}
			}
		}
		break
	}
	return [2]int{}
}

// platformAt reads a social network the words were posted on, from the
// preposition at toks[k] ("على تويتر", "في حسابه على «تويتر»", "على صفحته
// الشخصية بموقع التواصل الاجتماعي "فيسبوك""): it returns where it ends and
// the network's words, the channel. The network stands within eight words,
// with nothing between but words without a verb, a pause or what was said,
// and a pause or what was said follows it; else k. على as written, never
// the name علي.
func (f *finder) platformAt(toks []token, k int) (int, [2]int) {
	if t := &toks[k]; t.norm != "علي" && t.norm != "وعلي" && t.norm != "في" && t.norm != "عبر" || aliName(t) {
		return k, [2]int{}
	}
	page := toks[k].norm != "في" // after في, only a page on the network makes it a medium
	for c := k + 1; c < len(toks) && c <= k+8; c++ {
		if isQuote(toks[c]) || toks[c].raw == "(" {
			continue // "بموقع «فيسبوك»", "على موقع التواصل الاجتماعي (فيس بوك)"
		}
		if toks[c].punct || f.opensContent(toks, c) {
			return k, [2]int{}
		}
		page = page || f.platformPage(&toks[c])
		if _, n, _ := f.lex.platforms.match(toks, c); n > 0 && page {
			ch := [2]int{c, c + n}
			if ch[1] < len(toks) && isQuote(toks[ch[1]]) && c > k+1 && isQuote(toks[c-1]) {
				ch = [2]int{c - 1, ch[1] + 1} // in its marks: «تويتر»
			}
			end := ch[1]
			if end < len(toks) && toks[end].raw == ")" && c > k+1 && toks[c-1].raw == "(" {
				end++ // in brackets, after what it is: "(فيس بوك)"
			}
			if end < len(toks) && !toks[end].punct && !f.opensContent(toks, end) && !f.timeBeforeContent(toks, end) {
				return k, [2]int{} // "في تويتر لحسابها الرسمي": the medium goes on
			}
			return end, ch
		}
		if _, verb := f.lex.verbAt(&toks[c]); verb {
			return k, [2]int{}
		}
	}
	return k, [2]int{}
}

// platformPage reports whether t is a speaker's place on a network, bare or
// with its owner's pronoun ("حسابه", "صفحتها"): platform_pages.
func (f *finder) platformPage(t *token) bool {
	return f.lex.platformPages.hasBare(t) || ownedStem(t.norm, f.lex.platformPages.has) != ""
}

// interviewer reads, after a medium and the verb of its clause with a
// pronoun pointing back ("في حوار خص به", "في مقابلة أجرتها معه"), a name
// in marks at toks[k]: the paper or channel the words were given to, never
// the speaker ("وأكد في حوار خص به «النهار» أن": the speaker is dropped).
// It records it as the channel and returns the index after it, or k.
func (f *finder) interviewer(toks []token, k int, e *event) int {
	if k == 0 || k >= len(toks) || !isQuote(toks[k]) || !f.prepWithPronoun(&toks[k-1]) && !f.lex.resumptives.has(toks[k-1].norm) {
		return k
	}
	q := quotedRun(toks, k)
	if q <= k || q+1 >= len(toks) || !f.quotedNameLike(toks, k, q) {
		return k
	}
	if e.ch[1] == e.ch[0] {
		e.ch = [2]int{k, q + 1}
	}
	return q + 1
}

// mediumVerb reports whether toks[k], right after a medium noun, is a verb
// whose object pronoun points back to it ("في كلمة ألقاها", "في بيان
// أصدره"): indefinite, no title, no name known, no reporting verb of its
// own.
func (f *finder) mediumVerb(toks []token, k int) bool {
	t := &toks[k]
	if t.punct || hasAl(t) || !f.mediumBefore(toks, k) || f.lex.titles.hasBare(t) || f.ownTitle(t) || f.mediumWord(t) != "" ||
		f.prepWithPronoun(t) || f.lex.resumptives.has(t.norm) || isGivenName(f.lex, t) {
		return false
	}
	if _, ok := f.lex.verbAt(t); ok {
		return false
	}
	for _, suffix := range []string{"ها", "ه"} {
		if stem, ok := strings.CutSuffix(t.norm, suffix); ok && len([]rune(stem)) >= 3 {
			return true
		}
	}
	return false
}

// timeBeforeContent reports whether a time phrase at toks[k] runs up to what
// was said: "على تويتر اليوم الأحد إن" — the day he posted it, no more of
// the medium's name.
func (f *finder) timeBeforeContent(toks []token, k int) bool {
	for k < len(toks) {
		n := f.timePhraseAt(toks, k)
		if n == 0 && f.lex.timeAdverbs.has(toks[k].norm) {
			n = 1
		}
		if n == 0 {
			break
		}
		k += n
	}
	return k < len(toks) && f.opensContent(toks, k)
}
