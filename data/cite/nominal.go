package cite

import (
	"strings"
	"unicode/utf8"

	"github.com/isnad/isnad/model"
)

// nominalCueAt reports whether an Arabic nominal cue with its particle
// starts at toks[j] ("نقلا عن", "بحسب"), not merely a word spelt like one;
// a bare "حسب" only before a noun with a feminine or plural pronoun
// ("حسب موقعها", "حسب بياناتهم").
func (f *finder) nominalCueAt(toks []token, j int) bool {
	_, n, _ := f.lex.phrases.match(toks, j)
	return n > 1 || n == 1 && j+1 < len(toks) && !toks[j+1].punct && (toks[j].norm != "حسب" || pronounSuffixed(&toks[j+1]))
}

// nominal reads a nominal cue — بحسب، وفقاً لـ، according to, citing — and
// the source after it: "وفقاً لبيان الوزارة", "according to analysts".
func (f *finder) nominal(toks []token, i int, qs quoteInfo) (event, int, bool) {
	_, n, joined := f.lex.phrases.match(toks, i)
	j := i + n
	if j >= len(toks) || toks[j].punct && !isQuote(toks[j]) {
		return event{}, 0, false
	}
	if toks[i].norm == "فحسب" && (toks[j].norm == "بل" || toks[j].norm == "وانما" || toks[j].norm == "انما") {
		return event{}, 0, false // "ليس في المال فحسب بل في الإدارة": "only", no source
	}
	if i > 0 && toks[i-1].norm == "علي" && strings.HasPrefix(toks[i].norm, "حسب") {
		return event{}, 0, false // "على حسب تورطهم": depending on, no source
	}
	if _, vn, _ := f.lex.viewCues.match(toks, i); vn > 0 && f.viewTaken(toks, i) {
		return event{}, 0, false // "قرر الأخذ برأي الطبيب": the view taken, no one's words
	}
	e := event{cue: [2]int{i, i + n}, form: model.FormNominal, main: -1, content: len(toks)}
	if joined { // "للنظرية": the ل belongs to the phrase
		toks[j] = stripJoined(toks[j])
	}
	var sp [2]int
	viaVerb := false // "بحسب ما ذكر X": X is the verb's subject, a speaker by its place
	said := false    // "حسب قول X": X the owner of words of saying
	if hasLatin(toks[i].raw) {
		sp = f.enNPAfter(toks, j)
	} else {
		if _, dn, _ := f.lex.documentCues.match(toks, j+1); toks[j].norm == "ما" && dn > 0 {
			// "وفقاً لما جاء في بيان الوزارة": what the document says, one
			// event with the words that say it is a report
			if d, next, ok := f.documentCue(toks, j+1, dn); ok {
				d.lead = j + 1 - i
				return d, next, true
			}
		}
		if toks[j].norm == "ما" && j+1 < len(toks) {
			// "بحسب ما نقلته وكالة رويترز": the source is the verb's
			// subject, and the cue is the whole phrase, one event: the
			// words that say it is a report ("بحسب ما") and its verb.
			v, ok := f.lex.verbAt(&toks[j+1])
			if ok && f.seesFit(toks, j+1, v, &f.lex.families[v.fam]) {
				return event{}, 0, false // "وفق ما يراه الطبيب": as the doctor sees fit, a discretion
			}
			if ok || f.mediumCarrier(&toks[j+1]) && j+2 < len(toks) && !toks[j+2].punct && toks[j+2].norm != "في" {
				// (also a verb by which an outlet carried it: "بحسب ما
				// نشرته صحيفة الوادي"; not the passive "ما نشر في …")
				e.cue, e.lead, e.form, viaVerb = [2]int{j + 1, j + 2}, j+1-i, model.FormVerb, true
				if ok && f.droppedAfter(toks, j+2) {
					e.fam, e.vf, e.agr = &f.lex.families[v.fam], v, v.agr // its subject dropped: below
				}
				j += 2
				for j < len(toks) && f.lex.resumptives.has(toks[j].norm) {
					j++
				}
				var scratch event
				j = f.arAdjuncts(toks, j, &scratch) // "لما كشفه لـ(عكاظ) مسؤول"
				e.ch = scratch.ch
			}
		}
		if f.ownWords(&toks[j]) != anyAgreement {
			// "حسب قوله": a noun of saying with its pronoun is the whole
			// phrase, though قوله is also the verbal noun of a verb
			sp = [2]int{j, j + 1}
		} else if j+1 < len(toks) && f.lex.demonstratives.has(toks[j].norm) {
			// "وبحسب تلك الصحيفة": the source named before, pointed at
			if sp = f.arSpeaker(toks, j+1, nil); sp[1] > sp[0] {
				sp[0] = j
			}
		} else if sp = f.arSpeaker(toks, j, nil); sp[1] <= sp[0] {
			sp = f.wordsOf(toks, j)
			// (its owner one the verbal noun alone would take as its
			// speaker: "حسب قول المصممة فلانة", a source however named)
			if v, ok := f.lex.verbAt(&toks[j]); ok && sp[1] > sp[0] && v.kind == formMasdar {
				a := f.masdarAgent(toks, j, &f.lex.families[v.fam])
				said = a[1] == sp[1]
			}
		}
	}
	for c := sp[0] + 1; c+1 < sp[1]; c++ {
		if _, verb := f.lex.verbAt(&toks[c+1]); verb && isComma(toks[c]) {
			sp[1] = c // "وحسب وكالة «د ب أ»، قال الناطق …": the verb has its own speaker
			break
		}
	}
	if sp[1] <= sp[0] && viaVerb && e.fam != nil && f.droppedAfter(toks, j) {
		// "وتعتزم الشركة، وفق ما أعلنت الأسبوع الماضي، إطلاق …": the
		// verb's subject is dropped, the one its agreement points to
		e.content = j
		return e, j, true
	}
	if sp[1] <= sp[0] {
		return event{}, 0, false
	}
	if agr := f.ownWords(&toks[sp[0]]); agr != anyAgreement && sp[1]-sp[0] == 1 {
		// "حسب تعبيره", "وفق قولها": in the words of someone named
		// before; the pronoun is the speaker, resolved by agreement.
		e.agr, e.content = agr, sp[1]
		return e, sp[1], true
	}
	if !viaVerb && f.possessedMeasure(toks, sp) {
		return event{}, 0, false // "حسب مراكزهم", "بحسب قربها من المدينة": what it varies by
	}
	if !viaVerb && sp[1]-sp[0] <= 2 && possessed(&toks[sp[0]]) && !f.lex.titles.hasBare(&toks[sp[0]]) && f.ownWords(&toks[sp[0]]) == anyAgreement {
		return event{}, 0, false // "حسب قدرته واستطاعته": by his means, no one's words
	}
	head := &toks[sp[0]+f.headIndex(toks[sp[0]:sp[1]])]
	frames := !hasLatin(head.raw) && f.framesSentence(toks, i, sp[1])
	stated := f.lex.legalTexts.hasBare(head) && frames
	if f.lex.notSources.hasBare(head) && !stated {
		return event{}, 0, false // "وفقاً للنظرية", "according to plan"
	}
	if !hasLatin(head.raw) && !viaVerb && !said && !frames && !f.arSourceHead(toks, sp) {
		// (a phrase that opens the sentence and frames what it states with
		// فإن is its source, whatever its head: "وبحسب القضاء الفرنسي، فإن
		// الشركة دفعت …", "ووفقاً لتحليل وحدة البحوث، فإن …")
		return event{}, 0, false // "وفق صلاحيات المديرين", "حسب التفاصيل"
	}
	if sub := f.arRelativeSource(toks, sp); sub[1] > sub[0] {
		// "وحسب الأرقام التي كشفت عنها هيئة الإحصاء": the figures are
		// the ministry's; its verb is this attribution, not another.
		e.sp = sub
		return e, sub[1], true
	}
	e.sp = sp
	if hasLatin(toks[i].raw) && n == 1 && toks[i].norm == "citing" && i > 0 && !isComma(toks[i-1]) {
		return event{}, 0, false // "citing" as a participle of its own subject
	}
	return e, sp[1], true
}

// possessedMeasure reports whether the phrase sp after a nominal cue
// opens with a noun that carries a possessive pronoun and is neither a
// report nor a source: "يوزَّع اللاعبون حسب مراكزهم", "تختلف الأسعار بحسب
// قربها من المدينة", "يتصرفون وفق أهوائهم" give what a thing varies by, no
// one's words ("بحسب بيانها", "وفق مصادرها", "حسب متحدثها" name a source;
// a name the article met is one: "وبحسب طارق الهادي").
func (f *finder) possessedMeasure(toks []token, sp [2]int) bool {
	t := &toks[sp[0]]
	if t.punct || hasAl(t) || hasLatin(t.raw) || isGivenName(f.lex, t) || f.lex.titles.hasBare(t) {
		return false
	}
	masculine := strings.HasSuffix(t.raw, "ه") && utf8.RuneCountInString(t.raw) >= 4
	if !masculine && !pronounSuffixed(t) || f.sourceNoun(t.norm) || ownedStem(t.norm, f.sourceNoun) != "" {
		return false
	}
	return !f.metBefore(toks[sp[0]:sp[1]])
}

// sourceNoun reports whether a bare noun names a report or a source: a
// noun of saying, a document or medium, a title, a kind of body or a vague
// source, or one of a group ("تعبير", "بيان", "تقرير", "متحدث", "مصادر",
// "أحدهم"); not a word the lexicon says is no source ("مصلحة").
func (f *finder) sourceNoun(w string) bool {
	if _, one := f.lex.oneOf[w]; one {
		return true
	}
	return !f.lex.notSources.has(w) && (f.lex.ownWords.has(w) || f.lex.wrappers.has(w) || f.lex.titles.has(w) ||
		f.lex.channelNouns.hasWord(w) || f.lex.kinds.hasWord(w) || f.lex.anonymous.hasWord(w))
}

// framesSentence reports whether the nominal cue at toks[i] opens its
// sentence and the phrase ending at end is followed, after a comma at
// most, by فإن and what is stated: "وبحسب اللوائح، فإن آخر موعد …" (not
// "وتعامل معه حسب النظام", the rule an act followed).
func (f *finder) framesSentence(toks []token, i, end int) bool {
	if i > 0 && (!toks[i-1].punct || isQuote(toks[i-1])) || end >= len(toks) {
		return false
	}
	if isComma(toks[end]) && end+1 < len(toks) {
		end++
	}
	_, n, _ := f.lex.complements.match(toks, end)
	return n > 0 && strings.HasPrefix(toks[end].norm, "ف")
}

// documentCue reads "وجاء في البيان أن", "ورد في رسالة الوزارة": what a
// statement, report or letter says, its source the document (and so its
// issuer, when named with it). Only a document or a medium after the
// particle: "جاء في المركز الثاني" is a ranking. An outlet counts when it
// is named ("وجاء في صحيفة «الوادي» أن"), not a bare "موقع" (a place).
func (f *finder) documentCue(toks []token, i, n int) (event, int, bool) {
	j := i + n
	if j >= len(toks) || toks[j].punct {
		return event{}, 0, false
	}
	sp := f.arSpeaker(toks, j, nil)
	if sp[1] <= sp[0] {
		return event{}, 0, false
	}
	h := &toks[sp[0]+f.headIndex(toks[sp[0]:sp[1]])]
	if _, m, _ := f.lex.channelNouns.match(toks, sp[0]); m == 0 && f.kindOf(toks[sp[0]:sp[0]+1]) != model.SourceDocument && !f.namedOutlet(toks, sp) ||
		f.lex.notSources.hasBare(h) {
		return event{}, 0, false
	}
	return event{cue: [2]int{i, i + 1}, form: model.FormNominal, sp: sp, main: -1, content: sp[1]}, sp[1], true
}

// ownWords is the agreement of the pronoun on a noun of saying ("تعبيره",
// "قولها", "وصفهم", "روايته"), or anyAgreement.
func (f *finder) ownWords(t *token) agreement {
	if endsInTa(t) {
		return anyAgreement // "حسب وصفة الطاهي": a recipe, no pronoun
	}
	for _, suffix := range possessives {
		stem, ok := strings.CutSuffix(t.norm, suffix)
		if base, isT := strings.CutSuffix(stem, "ت"); ok && isT && !f.lex.ownWords.has(stem) {
			stem = base + "ه" // "روايته": the ة of رواية is written ت before a pronoun
		}
		if ok && f.lex.ownWords.has(stem) {
			switch suffix {
			case "ه":
				return masculine
			case "ها":
				return feminine
			default:
				return plural
			}
		}
	}
	return anyAgreement
}

// arRelativeSource finds, after a nominal cue's Arabic phrase at sp, a
// relative clause whose reporting verb names who gave it: "المعطيات التي
// كشفت عنها وزارة الداخلية" → the ministry.
func (f *finder) arRelativeSource(toks []token, sp [2]int) [2]int {
	r := sp[1]
	if hasLatin(toks[sp[0]].raw) || r+2 >= len(toks) || !f.lex.relatives.has(toks[r].norm) {
		return [2]int{}
	}
	v, ok := f.lex.verbAt(&toks[r+1])
	if !ok || v.kind != formPast && v.kind != formPresent || f.lex.families[v.fam].channelSubject {
		return [2]int{} // (a medium that carried the report is no source of it: "التقرير الذي نقلته وكالة …")
	}
	k := r + 2
	for k < len(toks) && (f.lex.resumptives.has(toks[k].norm) || f.prepWithPronoun(&toks[k])) {
		k++
	}
	sub := f.arSpeaker(toks, k, nil)
	if sub[1] <= sub[0] || !f.looksLikeSpeaker(toks[sub[0]:sub[1]]) {
		return [2]int{}
	}
	return sub
}

// arSourceHead reports whether an Arabic phrase after a nominal cue names a
// source by its head: a title, a kind of source, a vague source, a known or
// quoted name, a given name — or a short name with no article (a foreign
// name: "بحسب بلومبرغ").
func (f *finder) arSourceHead(toks []token, sp [2]int) bool {
	h := sp[0] + f.headIndex(toks[sp[0]:sp[1]])
	if f.lex.demonstratives.has(toks[h].norm) && h+1 < sp[1] {
		h++ // "بحسب تلك الصحيفة"
	}
	if f.sayingWrapper(&toks[h]) && h+1 < sp[1] && f.arSourceHead(toks, [2]int{h + 1, sp[1]}) &&
		(!f.lex.ownWordsOwned.hasBare(&toks[h]) || f.personLike(toks[h+1:sp[1]])) {
		// "وفق تقييم الاستخبارات": the source inside the wrapper ("بيان
		// صادر عن …" is the statement's); "وحسب تصريح الوزير" is his
		// statement, "وفق تصريح البلدية" a permit
		return true
	}
	if o := f.wrapperOwner(toks[:sp[1]], h); o > h+1 && f.arSourceHead(toks, [2]int{o, sp[1]}) {
		return true // "بحسب حصيلة جديدة للمرصد": its owner after its adjectives
	}
	t := &toks[h]
	if sp[1]-sp[0] == 1 && f.lex.agencyNisbas.hasBare(t) {
		return true // "وفقاً للفرنسية": the agency named by its nation alone
	}
	if isQuote(*t) || f.lex.titles.hasBare(t) || f.lex.honorifics.hasBare(t) || isGivenName(f.lex, t) {
		return true
	}
	if f.metBefore(toks[sp[0]:sp[1]]) {
		return true // "وبحسب الكندي": someone the article has named
	}
	if _, one := f.lex.oneOf[toks[sp[0]].norm]; one && h > sp[0] && hasAl(t) {
		return true // "بحسب أحد الباعة": one of a group, a person
	}
	if f.sourceWordAt(toks, h) {
		return true
	}
	if sp[1]-sp[0] > 3 {
		return false
	}
	for k := sp[0]; k < sp[1]; k++ {
		if toks[k].punct || hasAl(&toks[k]) {
			return false
		}
	}
	return true
}

// sayingWrapper reports whether a word after a nominal cue wraps the real
// source after it: a report or a toll ("وفق تقييم الاستخبارات") or a noun
// of saying with no pronoun, whose owner in construct is the one who said
// it ("حسب رأي الخبراء", "بحسب تأكيدات المدرب", "وفق رواية الشهود").
func (f *finder) sayingWrapper(t *token) bool {
	return f.lex.wrappers.hasBare(t) || f.lex.ownWords.hasBare(t)
}

// wrapperOwner is the index of the owner with ل of the indefinite wrapper
// at toks[h], after its indefinite adjectives ("حصيلة جديدة للمرصد",
// "تقرير سنوي للوزارة" → the ل word), or -1.
func (f *finder) wrapperOwner(toks []token, h int) int {
	if !f.lex.wrappers.hasBare(&toks[h]) || hasAl(&toks[h]) {
		return -1
	}
	k := h + 1
	for k < len(toks) && !toks[k].punct && !hasAl(&toks[k]) && f.indefiniteAdjective(&toks[k]) {
		k++
	}
	if k >= len(toks) || !strings.HasPrefix(toks[k].norm, "ل") || toks[k].punct {
		return -1
	}
	return k
}

// indefiniteAdjective reports whether a word with no article is an
// adjective: a relative one ("سنوي", "أولية") or one the lexicon lists
// with its article ("جديدة" as "الجديدة").
func (f *finder) indefiniteAdjective(t *token) bool {
	return f.isAdjective(t) || f.lex.adjectives.has("ال"+t.norm)
}

// skeleton is the form spelling variants of one transliterated name share:
// Arabic without its long vowels and with the letters that stand for a "g"
// as one (ميدفيديف and مدفيديف, بيونغ يانغ and بيونج يانج), Latin without
// vowels and doubled letters. The first letter of each word is kept.
func skeleton(s string) string {
	var b strings.Builder
	first := true
	var prev rune
	for _, r := range s {
		if r == ' ' {
			b.WriteRune(r)
			first, prev = true, 0
			continue
		}
		switch r {
		case 'غ', 'ج', 'ق', 'گ':
			r = 'ك'
		case 'ة':
			r = 'ه'
		}
		if !first {
			switch r {
			case 'ا', 'و', 'ي', 'ى', 'ء', 'a', 'e', 'i', 'o', 'u', 'y':
				continue
			}
		}
		if r == prev {
			continue
		}
		b.WriteRune(r)
		first, prev = false, r
	}
	return b.String()
}

func isNumber(w string) bool {
	for _, r := range w {
		if r < '0' || r > '9' {
			return false
		}
	}
	return w != ""
}

// namedOutlet reports whether the phrase sp names an outlet: its head is
// an outlet's kind word and a name follows it ("صحيفة «الوادي»", "موقع
// الوادي نيوز"), not the bare noun ("جاء في موقع الحادث" is a place).
func (f *finder) namedOutlet(toks []token, sp [2]int) bool {
	kind, n, _ := f.lex.kinds.match(toks, sp[0])
	if kind != model.SourceOutlet || sp[0]+n >= sp[1] {
		return false
	}
	next := &toks[sp[0]+n]
	return isQuote(*next) || !hasAl(next) && f.strongName(toks, sp[0]+n)
}

// viewTaken reports whether a word of taking or seeking a view stands in
// the three words before "برأي" at toks[i], its subject between them:
// "الأخذ برأي الطبيب", "استأنس القاضي برأي المفتي".
func (f *finder) viewTaken(toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3 && !toks[k].punct; k-- {
		if f.lex.viewTakers.hasBare(&toks[k]) {
			return true
		}
	}
	return false
}

// nominalSourceFrom returns where the source of the nominal cue at k is
// read: right after the cue ("بحسب الوكالة"), or after the verb of "ما"
// and a verb and its pronoun ("وأكدت بحسب ما نقلته الوكالة أن", "وفقاً لما
// ذكره مصدر"), whose subject is the source.
func (f *finder) nominalSourceFrom(toks []token, k int) int {
	_, n, joined := f.lex.phrases.match(toks, k)
	j := k + n
	if j+1 >= len(toks) {
		return j
	}
	ma := toks[j]
	if joined {
		ma = stripJoined(ma)
	}
	if _, verb := f.lex.verbAt(&toks[j+1]); ma.norm != "ما" || !verb && !f.mediumCarrier(&toks[j+1]) {
		return j
	}
	j += 2
	for j < len(toks) && f.lex.resumptives.has(toks[j].norm) {
		j++
	}
	return j
}

// droppedAfter reports whether nothing that could be a subject stands at
// toks[j], after "بحسب ما" and its verb: the sentence's pause or end, or a
// time adverb and then one ("حسبما أفاد.", "وفق ما أعلنت الأسبوع الماضي،").
func (f *finder) droppedAfter(toks []token, j int) bool {
	for k := j; k < len(toks) && k < j+3; k++ {
		if toks[k].punct {
			return !isQuote(toks[k])
		}
		if !f.lex.timeAdverbs.has(toks[k].norm) && !f.lex.timeWords.has(toks[k].norm) && !f.lex.timeAdjs.has(toks[k].norm) {
			return false
		}
	}
	return j >= len(toks)
}

// wordsOf reads, after a nominal cue, a noun of saying that is also the
// verbal noun of a reporting verb and its owner after it, the one who said
// it, in construct or with ل: "وبحسب تصريحات الوزير", "وفق تصريحات لوزير
// الصحة فلان" — one nominal event whose speaker is the whole phrase, as
// "بحسب بيان الوزارة" is, not a verbal noun of its own. The owner is read
// as any speaker; empty when none follows ("بحسب التصريحات،").
func (f *finder) wordsOf(toks []token, j int) [2]int {
	if j+1 >= len(toks) || hasAl(&toks[j]) || !f.lex.ownWords.hasBare(&toks[j]) || f.ownWords(&toks[j]) != anyAgreement {
		return [2]int{}
	}
	sp := f.arSpeaker(toks, j+1, nil)
	if sp[1] <= sp[0] && strings.HasPrefix(toks[j+1].norm, "ل") && !toks[j+1].punct {
		// the owner with ل: read it as if the ل were not written
		c := make([]token, len(toks))
		copy(c, toks)
		c[j+1] = stripJoined(c[j+1])
		sp = f.arSpeaker(c, j+1, nil)
	}
	if sp[1] <= sp[0] || sp[0] != j+1 {
		return [2]int{}
	}
	return [2]int{j, sp[1]}
}
