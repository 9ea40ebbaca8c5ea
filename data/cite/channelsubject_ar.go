package cite

import (
	"strings"

	"github.com/isnad/isnad/model"
)

// The speaker a channel quotes: "نقلت وكالة X عن Y قوله", "أبلغ «الصحيفة» مسؤول أن".

// channelSubject reads the speaker after the channel that is a verb's
// subject, up to عن and the verbal noun: "نقلت وكالة واس عن الوزير قوله".
// It returns where the speaker's phrase ends, where what was said starts
// when a verbal noun opens it (or -1), and false when no speaker follows.
func (f *finder) channelSubject(toks []token, i, end int, fam *family, e *event) (int, int, bool) {
	said := -1
	// "نقلت وكالة واس عن الوزير قوله": the subject is the channel.
	// ("حسبما نقلت وكالة الأنباء" with no عن: the agency is the
	// source of the clause before.)
	if end >= len(toks) || !fam.fromSource(toks[end].norm) {
		// "ونقلت وكالة الأنباء الليبية التابعة للحكومة، عن النقابة": the
		// medium's description runs on to عن.
		at := end
		end = -1
		from := max(e.sp[1], i+1) // the medium may stand before its verb: "لكن صحيفة … نقلت عن"
		for c := from; c < len(toks) && c < from+8 && !isTerminal(toks[c]); c++ {
			if fam.fromSource(toks[c].norm) {
				end = c // the medium stays as its name was read
				break
			}
			if _, ok := f.lex.verbAt(&toks[c]); ok || f.opensContent(toks, c) {
				break // (nor past what was said: "أن … عبارة عن")
			}
		}
		if end < 0 {
			before := e.sp[1] <= i && at == i+1 // "وكانت «الوادي» قد نقلت أن"
			if !fam.needsChannel && !e.vf.object && e.hasSpeaker() && (at == e.sp[1] || before) && at < len(toks) && f.opensContent(toks, at) &&
				f.mediaSubject(toks[e.sp[0]:e.sp[1]], f.complementAt(toks, at)) {
				return at, -1, true // "نقلت مواقع مقربة من الحزب أن …": the medium reports, no one else named
			}
			return 0, 0, false
		}
	}
	e.ch = e.sp
	sp := f.arSpeaker(toks, end+1, fam)
	for c := sp[0] + 1; c < sp[1]; c++ {
		if v, ok := f.lex.verbAt(&toks[c]); ok && v.kind == formNoun {
			sp[1] = c // "عن الوزير قوله": the verbal noun ends the speaker
			break
		}
	}
	seat := -1 // "عن متحدث باسم الاتحاد ومقره جنيف قوله": where it sits, no part of it
	if sp[1] > sp[0] {
		// "عن مسؤول في الاتحاد الآسيوي قوله": the speaker's
		// affiliation runs to the verbal noun, over an age in brackets
		// ("عن كاهيل (29 عاما) قوله").
		for c := sp[1]; c < len(toks) && c < sp[1]+8 && (!toks[c].punct || toks[c].raw == "(" || toks[c].raw == ")") || c < len(toks) && isComma(toks[c]); c++ {
			if seat < 0 && f.lex.seats.has(toks[c].norm) {
				seat = c
			}
			if v, ok := f.lex.verbAt(&toks[c]); ok && v.kind == formNoun {
				sp = withoutCommas(toks, [2]int{sp[0], c})
				break
			}
			if _, ok := f.lex.verbAt(&toks[c]); ok {
				break
			}
		}
	}
	if sp[1] <= sp[0] {
		return 0, 0, false
	}
	noun := -1
	if a, n := f.appositionToNoun(toks, sp[1]); n > 0 {
		sp, noun = withoutCommas(toks, [2]int{sp[0], a}), n // "عن فلان، وهو باحث …، قوله"
	} else if v, ok := f.lex.verbAt(&toks[min(sp[1], len(toks)-1)]); ok && sp[1] < len(toks) && v.kind == formNoun {
		for c := sp[0] + 1; c < sp[1]; c++ {
			if f.lex.appositionPronouns.has(toks[c].norm) {
				sp, noun = withoutCommas(toks, [2]int{sp[0], c}), sp[1] // "عن فلان وهو باحث قوله"
				break
			}
		}
	}
	if a, c := f.appositionToSaid(toks, sp[1]); c > 0 && noun < 0 {
		if f.complementAt(toks, c) {
			e.sp = withoutCommas(toks, [2]int{sp[0], a}) // "عن مصدر، رفض الكشف عن اسمه، أن": what was said after the aside
			return c, -1, true
		}
		sp, noun = withoutCommas(toks, [2]int{sp[0], a}), c // "… - رفض الكشف عن اسمه - قوله"
	}
	e.sp = sp
	end = sp[1]
	if noun > 0 {
		end = noun
	}
	if seat > sp[0] && seat < sp[1] {
		e.sp = withoutCommas(toks, [2]int{sp[0], seat}) // "متحدث باسم الاتحاد، ومقره جنيف،"
	}
	// After "عن X" a word of a reporting family with a pronoun is its
	// verbal noun: "قوله", "تأكيدها", "توقّعه" (spelt as "he expected it").
	nounAfter := func(k int) bool {
		v, ok := f.lex.verbAt(&toks[k])
		return ok && (v.kind == formNoun || v.object && v.kind == formPast)
	}
	if end+1 < len(toks) && isComma(toks[end]) && nounAfter(end+1) {
		end++ // "عن مسؤول محلي، قوله"
	}
	if end < len(toks) {
		if nounAfter(end) {
			end++                            // قوله
			end = f.arAdjuncts(toks, end, e) // "قولها في بيان «إن …»"
			said = end                       // "عن مصادر دبلوماسية، تأكيدها لقاء …": what follows
		}
	}
	return end, said, true
}

// mediaSubject reports whether ts, a verb's subject, is unnamed media
// ("مواقع إلكترونية مقربة من الحزب") and nothing more, or, before أن or
// إن (complement), an outlet's name and nothing more ("ونقلت وكالة
// «سبوتنيك» أن"; not "نقل تلفزيون «…» إعلان فلان أنه", which carried the
// announcement).
func (f *finder) mediaSubject(ts []token, complement bool) bool {
	for k := range ts {
		if _, isVerb := f.lex.verbAt(&ts[k]); isVerb || strings.HasPrefix(ts[k].norm, "عن") {
			return false // "عنه القول", "إعلان السيناتور": a source or an object inside, read no further
		}
	}
	if g, n, _ := f.lex.anonymous.match(ts, 0); n > 0 {
		return f.lex.anonGroups[g].media
	}
	if complement && len(ts) >= 3 && isQuote(ts[0]) && quotedRun(ts, 0) == len(ts)-1 && f.quotedNameLike(ts, 0, len(ts)-1) {
		return true // "وكانت «الوادي» قد نقلت أن": a name in marks alone, a paper
	}
	return complement && f.kindOf(ts) == model.SourceOutlet && outletNameOnly(ts)
}

// outletNameOnly reports whether ts is short enough to be a medium's name
// alone: four words at most outside quotation marks, none after a
// closing mark ("صحيفة «الوادي»", "وكالة الأنباء السعودية").
func outletNameOnly(ts []token) bool {
	words, in, closed := 0, false, false
	for _, t := range ts {
		switch {
		case isQuote(t):
			in, closed = !in, in
		case in:
		case closed || words == 4:
			return false
		default:
			words++
		}
	}
	return true
}

// complementAt reports whether toks[k] is أن or إن opening what was said.
func (f *finder) complementAt(toks []token, k int) bool {
	_, n, _ := f.lex.complements.match(toks, k)
	return n > 0 && !isQuote(toks[k]) && toks[k].raw != ":"
}

// withoutCommas is the phrase sp without the commas that end it, one word
// at least.
func withoutCommas(toks []token, sp [2]int) [2]int {
	for sp[1] > sp[0]+1 && isComma(toks[sp[1]-1]) {
		sp[1]--
	}
	return sp
}

// appositionToNoun finds, after the speaker quoted by a channel ending at
// toks[k], a clause on who the speaker is and then the verbal noun that
// carries what was said: "نقلت الإذاعة عن سامي الكندي، وهو باحث في المركز
// عمل في الميدان سنوات، قوله …" or "… عن الكندي، الذي يزور البلاد، قوله".
// It returns where the clause starts (the speaker ends there) and where the
// verbal noun stands, or 0, 0. The clause may hold verbs of its own; it
// ends at the sentence's end, a quotation or what was said.
func (f *finder) appositionToNoun(toks []token, k int) (int, int) {
	a := k
	if a < len(toks) && isComma(toks[a]) {
		a++
	}
	if a >= len(toks) || !f.lex.appositionPronouns.has(toks[a].norm) && !f.lex.relatives.has(toks[a].norm) {
		return 0, 0
	}
	for c := a + 1; c < len(toks) && c < a+25; c++ {
		if isTerminal(toks[c]) || isQuote(toks[c]) || f.opensContent(toks, c) {
			return 0, 0
		}
		if v, ok := f.lex.verbAt(&toks[c]); ok && v.kind == formNoun && c > a+1 {
			return k, c
		}
	}
	return 0, 0
}

// appositionToSaid finds, after the speaker quoted by a channel ending at
// toks[k], an aside on who the speaker is, set off by commas or dashes or
// opened by a relative pronoun, and then أن or إن: "نقلت الوكالة عن مصدر
// أمني، رفض الكشف عن اسمه، أن …", "… عن الكندي الذي يزور البلاد حالياً، أن
// …", or its verbal noun ("… - رفض الكشف عن اسمه - قوله إن"). It returns
// where the aside starts (the speaker ends there) and where what was said
// or the verbal noun starts, or 0, 0. Within fifteen words, with no quotation,
// no end of sentence and nothing said inside it.
func (f *finder) appositionToSaid(toks []token, k int) (int, int) {
	if k >= len(toks) {
		return 0, 0
	}
	open := isComma(toks[k]) || isDash(toks[k])
	if !open && !f.lex.relatives.has(toks[k].norm) {
		return 0, 0
	}
	for c := k + 1; c < len(toks) && c < k+16; c++ {
		t := toks[c]
		if isTerminal(t) || isQuote(t) || f.opensContent(toks, c) {
			return 0, 0
		}
		if (isComma(t) || isDash(t)) && c > k+1 && c+1 < len(toks) {
			if v, ok := f.lex.verbAt(&toks[c+1]); f.complementAt(toks, c+1) || ok && v.kind == formNoun {
				return k, c + 1
			}
		}
	}
	return 0, 0
}

// mediumPartnerEnd is where the outlet a medium was held with ends, when
// "مع" and the outlet (quoted or known) stand at toks[j] right after a
// medium noun: "في حديث مع «الصحيفة»", "في حواره مع "النهار"". The outlet
// is the channel, never the speaker of a verb whose subject was dropped:
// "وأضافت في حديث مع «الصحيفة»، أن" is the one who spoke before. It
// returns j when there is none.
func (f *finder) mediumPartnerEnd(toks []token, j int) int {
	if toks[j].norm != "مع" || j+1 >= len(toks) {
		return j
	}
	if isQuote(toks[j+1]) {
		if c := quotedRun(toks, j+1); c > j+1 {
			return c + 1
		}
	}
	if e, n := f.z.aliases.find(toks, j+1); n > 0 && e.Kind == model.SourceOutlet {
		return j + 1 + n
	}
	if f.kindOf(toks[j+1:j+2]) == model.SourceOutlet {
		return f.outletRun(toks, j+1)
	}
	return j
}

// outletPhraseAfterL reports whether the word with a joined ل at toks[k]
// opens an outlet named by more than one word, whose first word alone is
// another kind: "وقال المدرب فلان لهيئة الإذاعة البريطانية إن …" — the
// broadcaster he spoke to (هيئة alone is a government body), a channel,
// never part of his name.
func (f *finder) outletPhraseAfterL(toks []token, k int) bool {
	ts := append([]token{stripJoined(toks[k])}, toks[k+1:min(k+3, len(toks))]...)
	kind, n, _ := f.lex.kinds.match(ts, 0)
	return n > 1 && kind == model.SourceOutlet
}
