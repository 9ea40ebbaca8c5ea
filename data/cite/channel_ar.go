package cite

import (
	"strings"

	"github.com/isnad/isnad/model"
)

// Arabic channels: the medium that carried the words ("لصحيفة «الرياض»",
// "في بيان", "عبر حسابه"), and the one it was said to.

// arChannelAt reads a channel at toks[k]: ل or إلى before a quoted name or
// an outlet ("لـ«الرياض»", "لصحيفة عكاظ", "إلى "الوطن""), an audience
// ("للصحفيين"), or a medium noun after في ("في تصريح صحفي", "في بيان أمس",
// "في حديث إلى …"). ch is the channel's own words, empty when the medium
// names none.
func (f *finder) arChannelAt(toks []token, k int) (end int, ch [2]int, ok bool) {
	if k >= len(toks) {
		return k, ch, false // "…، وقال فلان،" ending the sentence
	}
	t := &toks[k]
	if _, n, _ := f.lex.audiences.match(toks, k); n > 0 && !f.constructHeadBefore(toks, k) && !f.audienceInBodyName(toks, k) &&
		!f.quantifierEndsAt(toks, k) {
		if _, verb := f.lex.verbAt(&toks[max(k-1, 0)]); !verb || k == 0 || strings.HasPrefix(t.norm, "ل") {
			// "للصحفيين", "أبلغ المسؤول الصحافيين"; not the subject right
			// after its verb: "وذكرت وسائل الإعلام أن"
			end := k + n
			for strings.HasPrefix(t.norm, "ل") && end < len(toks) && hasAl(&toks[end]) && f.isAdjective(&toks[end]) {
				end++ // "للصحافة المحلية": the audience's adjectives
			}
			return end, [2]int{k, end}, true
		}
	}
	// "فيما نقلته وكالة الأنباء القطرية", "حسبما نقلت صحيفة …": the medium
	// that carried the words.
	if (f.lex.asWords.has(t.norm) || t.norm == "فيما") && k+2 < len(toks) {
		if v, ok := f.lex.verbAt(&toks[k+1]); ok && f.lex.families[v.fam].channelSubject &&
			(v.kind == formPast || v.kind == formPresent) {
			if sp := f.arSpeaker(toks, k+2, nil); sp[1] > sp[0] {
				return sp[1], sp, true
			}
		}
	}
	// ل or إلى: joined ("لصحيفة", "لـ") or alone ("إلى").
	target := -1
	switch {
	case t.norm == "ل" || t.norm == "الي" || t.norm == "لدي":
		target = k + 1
	case strings.HasPrefix(t.norm, "ل") && len(t.norm) > 2: // "لصحيفة", "للصحيفة": only an outlet below
		bare := stripJoined(*t)
		if _, n, _ := f.lex.kinds.match([]token{bare}, 0); n > 0 && f.kindOf([]token{bare}) == model.SourceOutlet || f.outletPhraseAfterL(toks, k) {
			return f.outletRun(toks, k), [2]int{k, f.outletRun(toks, k)}, true
		}
		if e, n := f.z.aliases.find([]token{bare}, 0); n > 0 && e.Kind == model.SourceOutlet {
			return k + 1, [2]int{k, k + 1}, true
		}
		if f.lex.agencyNisbas.hasBare(&bare) {
			return k + 1, [2]int{k, k + 1}, true // "وقال لرويترز": the agency he spoke to
		}
	}
	if target >= 0 && target < len(toks) {
		if toks[target].raw == "(" { // "لـ(عكاظ)"
			for c := target + 2; c < len(toks) && c <= target+5 && !isTerminal(toks[c]); c++ {
				if toks[c].raw == ")" {
					return c + 1, [2]int{target + 1, c}, true
				}
			}
		}
		if isQuote(toks[target]) {
			if c := quotedRun(toks, target); c > target {
				return c + 1, [2]int{target, c + 1}, true
			}
		}
		if f.kindOf(toks[target:min(target+1, len(toks))]) == model.SourceOutlet {
			end := f.outletRun(toks, target)
			return end, [2]int{target, end}, true
		}
		if e, n := f.z.aliases.find(toks, target); n > 0 && e.Kind == model.SourceOutlet {
			return target + n, [2]int{target, target + n}, true
		}
		if strings.ContainsRune(t.raw, 'ـ') && !toks[target].punct && target+1 < len(toks) {
			return target + 1, [2]int{target, target + 1}, true // "لـ الوطن": the tatweel joins ل to a name
		}
	}
	// في + a medium noun, or a quoted or known outlet: "في “الغارديان”"
	if (t.norm == "في" || t.norm == "وفي" || t.norm == "عبر") && k+1 < len(toks) {
		if isQuote(toks[k+1]) {
			if c := quotedRun(toks, k+1); c > k+1 {
				return c + 1, [2]int{k + 1, c + 1}, true
			}
		}
		if e, n := f.z.aliases.find(toks, k+1); n > 0 && e.Kind == model.SourceOutlet {
			return k + 1 + n, [2]int{k + 1, k + 1 + n}, true
		}
		if n := f.channelNounAt(toks, k+1); n > 0 || strings.HasPrefix(toks[k+1].norm, "حساب") {
			j := k + 1 + max(n, 1)
			for j < len(toks) && j < k+8 && !toks[j].punct && !f.opensContent(toks, j) {
				if sub, c, ok := f.arChannelAt(toks, j); ok && c[1] > c[0] {
					return sub, c, true
				}
				if end := f.mediumPartnerEnd(toks, j); end > j {
					j = end // "في حديث مع «الصحيفة»"
					continue
				}
				if f.mediumCarrier(&toks[j]) && j+1 < len(toks) {
					// "في مقال نشرته وسائل الإعلام الرسمية", "في نبأ أوردته
					// وكالة الأنباء": the outlet carrying it
					c := j + 1
					for c < len(toks) && (f.timePhraseAt(toks, c) > 0 || f.lex.timeAdverbs.has(toks[c].norm)) {
						c += max(f.timePhraseAt(toks, c), 1) // "بثته الليلة وكالة …"
					}
					if sp := f.arSpeaker(toks, c, nil); sp[1] > sp[0] && f.looksLikeSpeaker(toks[sp[0]:sp[1]]) {
						return sp[1], sp, true
					}
				}
				if f.lex.adverbs.has(toks[j].norm) || hasAl(&toks[j]) || f.isAdjective(&toks[j]) || joinedPrep(&toks[j]) ||
					strings.HasSuffix(toks[j].norm, "ه") || toks[j].norm == "خاص" || toks[j].norm == "اخري" {
					j++ // "عبر حسابه الرسمي بموقع التدوين القصير"
					continue
				}
				if toks[j].raw == "(" && j+2 < len(toks) && toks[j+2].raw == ")" {
					j += 3 // "(تويتر)"
					continue
				}
				break
			}
			return f.mediumTail(toks, j), [2]int{}, true
		}
	}
	if end, ch := f.platformAt(toks, k); end > k {
		return end, ch, true // "على تويتر", "على صفحته بموقع «فيسبوك»"
	}
	return k, [2]int{}, false
}

// outletRun is the end of an outlet's name starting at toks[k]: its kind
// word and what follows up to a stop, a quotation included.
func (f *finder) outletRun(toks []token, k int) int {
	j := k + 1
	for j < len(toks) && j < k+6 {
		if isQuote(toks[j]) {
			if c := quotedRun(toks, j); c > j && j == k+1 {
				c++ // "لصحيفة «الرياض»": the name in marks
				for c < len(toks) && hasAl(&toks[c]) && f.isAdjective(&toks[c]) {
					c++ // "لصحيفة “السياسة” الكويتية": and what it is
				}
				return c
			}
			return j // "لقناة التركية “ما لدينا …”": what was said
		}
		if toks[j].punct || f.opensContent(toks, j) || f.lex.stops.has(toks[j].norm) ||
			f.lex.adverbs.has(toks[j].norm) || f.lex.prepositions.has(toks[j].norm) ||
			f.sayingParticiple(&toks[j]) { // "لصحيفة سبق قائلاً:": the manner of saying, no part of the name
			break
		}
		j++
	}
	return j
}

// quotedRun returns the index of the mark closing the short quotation
// opened at toks[k] (a name: "وكالة «سبوتنيك»"), or -1.
func quotedRun(toks []token, k int) int {
	for c := k + 1; c < len(toks) && c <= k+7; c++ {
		if isQuote(toks[c]) {
			if c == k+1 {
				return -1
			}
			return c
		}
		if toks[c].punct && toks[c].raw != "-" && toks[c].raw != "." && toks[c].raw != "!" {
			return -1
		}
	}
	return -1
}

// addresseeEnd reads who was spoken to at toks[k], a noun joined to ل
// that what was said follows, after an adjective or two: "للحكام:",
// "لنظيره التركي إن", and after a named speaker "لإردوغان إن". It returns
// where the addressee ends, or k. A name may start with ل ("وقال ليون
// إن"): with no speaker before it, only the article or a pronoun marks
// the preposition.
func (f *finder) addresseeEnd(toks []token, k int, afterSpeaker bool) int {
	t := &toks[k]
	if !strings.HasPrefix(t.norm, "ل") || len([]rune(t.norm)) < 4 || f.lex.stops.hasBare(t) || f.lex.adverbs.has(t.norm) ||
		f.lex.prepositions.has(t.norm) || k+1 >= len(toks) {
		return k
	}
	if _, verb := f.lex.verbAt(t); verb {
		return k
	}
	marked := strings.HasPrefix(t.norm, "لل") || strings.HasSuffix(t.norm, "ه") || strings.HasSuffix(t.norm, "ها") ||
		strings.HasSuffix(t.norm, "هم")
	if !marked && !afterSpeaker {
		return k
	}
	sure := func(j int) bool { // a colon or how it was said, after the addressee: "لذوي الشهيد:", "للاعبين قائلاً"
		return j < len(toks) && (toks[j].raw == ":" || f.sayingParticiple(&toks[j]))
	}
	j := k + 1
	if !marked && j+1 < len(toks) && hasAl(&toks[j]) && !f.isAdjective(&toks[j]) && !f.lex.titles.hasBare(&toks[j]) &&
		f.kindOf(toks[j:j+1]) == "" && sure(j+1) {
		return j + 1 // "لذوي الشهيد:": a noun and the one it belongs to
	}
	for j < len(toks) && j < k+3 && hasAl(&toks[j]) && f.isAdjective(&toks[j]) {
		j++ // "لنظيره التركي"
	}
	if j < len(toks) && (f.opensContent(toks, j) && (toks[j].raw == ":" || !isQuote(toks[j])) || sure(j)) {
		return j
	}
	return k
}

// mediumBefore reports whether a medium noun ("كلمة", "تصريحات") stands in
// the few words before toks[j].
func (f *finder) mediumBefore(toks []token, j int) bool {
	for c := j - 1; c >= 0 && c >= j-4 && !toks[c].punct; c-- {
		if f.channelNounAt(toks, c) > 0 {
			return true
		}
	}
	return false
}

// constructHeadBefore reports whether toks[k], a bare noun with the
// article, is the second term of a construct whose head stands right
// before it with no article: "وكالة الصحافة الفرنسية" (AFP), "نقابة
// الصحفيين" — a name, not the press the words were said to.
func (f *finder) constructHeadBefore(toks []token, k int) bool {
	if k == 0 || strings.HasPrefix(toks[k].norm, "ل") || !hasAl(&toks[k]) {
		return false
	}
	p := &toks[k-1]
	if p.punct || hasAl(p) || hasLatin(p.raw) || isGivenName(f.lex, p) || f.metBefore(toks[k-1:k]) {
		return false // "ودعا كيري الصحافيين": a name, then those it addressed
	}
	_, verb := f.lex.verbAt(p)
	return !verb && !f.lex.prepositions.has(p.norm) && !f.lex.stops.has(p.norm)
}

// audienceInBodyName reports whether an audience joined to ل at toks[k]
// ends a body's name: after the definite head of an organisation and its
// adjectives it says what the body is for ("الاتحاد العام للصحفيين"),
// never whom it spoke to. A ministry spoke to them ("المتحدثة باسم وزارة
// الخارجية للصحافيين").
func (f *finder) audienceInBodyName(toks []token, k int) bool {
	if !strings.HasPrefix(toks[k].norm, "ل") {
		return false
	}
	for h := k - 1; h >= 0 && h >= k-3 && hasAl(&toks[h]); h-- {
		if f.kindOf(toks[h:k]) == model.SourceOrg {
			return true
		}
	}
	return false
}

// quantifierEndsAt reports whether a quantifier right after a verb ends
// right before toks[k]: an audience it counts is the verb's subject, never
// whom one spoke to — "وانتقدت بعض وسائل الإعلام القرار", "وذكر عدد من
// الصحافيين أن"; after a subject it is those told: "وأبلغ المسؤول بعض
// الصحافيين أن" (invented).
func (f *finder) quantifierEndsAt(toks []token, k int) bool {
	for back := 1; back <= 4 && k-back > 0; back++ {
		if _, n, _ := f.lex.quantifiers.match(toks, k-back); n == back {
			_, verb := f.lex.verbAt(&toks[k-back-1])
			return verb
		}
	}
	return false
}
