// Sources as entities: how a speaker is matched to an entity met before
// (its name, its surname, a spelling variant or a description of it).

package cite

import (
	"strings"

	"github.com/isnad/isnad/model"
)

// definite reports whether a phrase starts definite: "the", "ال".
func (f *finder) definite(sp []token, latin bool) bool {
	hi := f.headIndex(sp)
	if latin {
		// "our correspondent": the outlet's own, met before
		return sp[0].norm == "the" || sp[0].raw == "The" || sp[0].norm == "our"
	}
	// Arabic: the head with the article, or a construct chain ending in
	// a definite noun ("وزير الصحة", "رئيس حزب القوات اللبنانية") — not
	// one a preposition breaks ("مسؤول في الوزارة").
	for k := hi; k < len(sp) && k < hi+4; k++ {
		t := &sp[k]
		if hasAl(t) {
			return true
		}
		if t.punct || k > hi && (f.lex.prepositions.has(t.norm) || f.isAdjective(t)) {
			return false
		}
	}
	return false
}

// known is the entity of an alias-table source.
func (f *finder) known(id, name string, kind model.SourceKind, sp []token) *entity {
	ent := f.reg.get(id, name, kind, kind != model.SourceAnonymous)
	ent.desc = appendNew(ent.desc, f.bareWords(sp, hasLatin(sp[0].raw))...)
	return ent
}

// matchName finds an entity whose name a new name repeats: the same words,
// its last words (a surname), its first word for a Latin name ("Kim"), or
// the same skeleton (a spelling variant).
func (f *finder) matchName(words []string, kind model.SourceKind, latin bool) *entity {
	if len(words) == 0 {
		return nil
	}
	sk := skeleton(strings.Join(words, " "))
	var first *entity
	ent := f.reg.each(func(x *entity) bool {
		// People meet people, bodies bodies: "the Forum" is the Forum for
		// the Future whether its research or itself spoke.
		if len(x.words) == 0 || kind != "" && x.kind != "" && (x.kind == model.SourcePerson) != (kind == model.SourcePerson) {
			return false
		}
		switch {
		case equalWords(x.words, words), endsWith(x.words, words):
			return true
		case !latin && len(words) >= 2 && len(x.words) >= 2 && x.words[0] == words[0] &&
			x.words[len(x.words)-1] == words[len(words)-1] && (x.kind == model.SourcePerson || kind == model.SourcePerson):
			return true // "محمد المخرج" is "محمد بن عبد الرحمن المخرج": given and family name, the lineage left out
		case !latin && (x.kind == model.SourcePerson || kind == model.SourcePerson) && (f.lineagePrefix(words, x.words) || f.lineagePrefix(x.words, words)):
			return true // "عبدالله بن مساعد" is "عبدالله بن مساعد بن عبدالعزيز": the lineage cut short
		case !latin && (x.kind == model.SourcePerson || kind == model.SourcePerson) && sameGivenAndFamily(x.words, words):
			return true // "فيصل يماني" is "فيصل اليماني": the family name's article left off
		case len(words) > 1 || len([]rune(words[0])) > 3:
			if skeleton(strings.Join(x.words, " ")) == sk ||
				len(words) == 1 && skeleton(x.words[len(x.words)-1]) == sk && len([]rune(sk)) >= 4 {
				return true
			}
		}
		if latin && len(words) == 1 && len(x.words) > 1 && len(words[0]) == len(x.words) && initials(x.words) == words[0] {
			return true // "the FT" after "The Financial Times"
		}
		if first == nil && len(words) == 1 && len(x.words) > 1 && x.words[0] == words[0] &&
			(latin || x.kind == model.SourcePerson && givenNameWord(f.lex, words[0])) {
			first = x // "Kim" after "Kim Jong Un"; "الشيخ طلال" after "الشيخ طلال الفهد"
		}
		if first == nil && !latin && f.foreignGivenName(x, words) {
			first = x // "زلاتكو" after "الكرواتي زلاتكو داليتش"
		}
		if first == nil && !latin && len(words) == 2 && f.lex.kunyaJoins.has(words[0]) && len(x.words) > 2 &&
			x.kind == model.SourcePerson && x.words[0] == words[0] && x.words[1] == words[1] {
			first = x // "أبو مالك" after "أبو مالك الشامي": the by-name alone
		}
		return false
	})
	if ent == nil {
		ent = first
	}
	return ent
}

// initials are the first letters of words: "financial times" → "ft".
func initials(words []string) string {
	var b strings.Builder
	for _, w := range words {
		if w != "" {
			b.WriteByte(w[0])
		}
	}
	return b.String()
}

// surnameOnly is the last word of an Arabic phrase made of titles and one
// definite word ("الحربي", "العقيد القرشي"), folded, or nothing: a family
// name standing for a person named in full before.
func (f *finder) surnameOnly(sp []token, latin bool) []string {
	if latin {
		return nil
	}
	var words []string
	for k := range sp {
		t := &sp[k]
		switch {
		case t.punct:
		case f.lex.titles.hasBare(t) || f.lex.honorifics.hasBare(t):
		case len(words) == 0 && hasAl(t) && f.kindOf(sp[k:k+1]) == "" && f.lex.anonymous.byFirst[t.norm] == nil:
			words = append(words, t.norm)
		default:
			return nil
		}
	}
	return words
}

// metBefore reports whether an Arabic phrase names a person met before in
// the article, by name or by family name alone ("وقدم القناص شكره" after
// "الدكتور القناص").
func (f *finder) metBefore(ts []token) bool {
	if len(ts) == 0 {
		return false
	}
	f.flushMentions()
	if core, _ := f.core(ts, false); len(core) > 0 && f.matchName(foldWords(core), model.SourcePerson, false) != nil {
		return true
	}
	name := f.surnameOnly(ts, false)
	return len(name) > 0 && f.matchName(name, model.SourcePerson, false) != nil
}

// matchDescription finds the entity a description points back to: one
// whose names held all its words ("الاتحاد الكيني" after "الاتحاد الكيني
// لألعاب القوى"), else the last of the kind its head word names ("the
// company" after "Unilever said").
func (f *finder) matchDescription(sp []token, words []string, kind model.SourceKind, latin bool) *entity {
	if len(words) == 0 {
		return nil
	}
	head := words[0]
	if latin {
		head = enHeadOf(words)
		if len(sp) > 1 && sp[0].norm == "our" && f.lex.journalists.has(head) {
			// "Our correspondent says": the outlet's reporter named
			// before, never the person he reports on; nil when none was.
			return f.reg.each(func(x *entity) bool { return x.reporter })
		}
	}
	if ent := f.reg.each(func(x *entity) bool {
		// "الرئيس الروسي" after "الرئيس الروسي فلاديمير بوتين" was met,
		// as a speaker or only as the subject of another verb — in
		// English not a person whose title the head only qualified ("the
		// committee" is not "the committee chairman, Alan Brierley").
		return x.kind != model.SourceAnonymous && (x.last != "" || len(words) > 1) && containsAll(x.desc, words) &&
			!(latin && x.kind == model.SourcePerson && contains(x.modifiers, head)) && !contains(x.owned, head)
	}); ent != nil {
		return ent
	}
	if kind == model.SourcePerson && !latin && len(words) > 1 {
		// "قال الأمين العام للهيئة …" after "فلان، الأمين العام للهيئة …،":
		// the office his apposition gave him, written out again
		if ent := f.reg.each(func(x *entity) bool {
			return x.kind == model.SourcePerson && len(x.role) > 0 && containsAll(x.role, words)
		}); ent != nil {
			return ent
		}
	}
	if ent := f.rankedBody(sp); latin && ent != nil {
		return ent // "Norland's biggest coal miner" just after "Ardell Mining has said"
	}
	if !f.definite(sp, latin) {
		return nil
	}
	// The head word names a kind: the last speaker of that kind, unless a
	// kind word of its own says it is another ("القناة" is no "الصحيفة").
	demonym := latin && kind == "" && len(words) == 1 && f.isDemonym(sp[len(sp)-1])
	if latin && kind == "" && f.lex.epithets.has(head) {
		kind = model.SourcePerson // "the world champion": what someone is, no office
	}
	if demonym {
		kind = model.SourcePerson // "The Russian said", right after she spoke
		if ent := f.reg.each(func(x *entity) bool {
			return (x.kind == model.SourcePerson || x.kind == "" && len(x.words) > 0 && !f.namesState(x)) && f.sameNationality(x.desc, words[0])
		}); ent != nil {
			return ent // the last person described by that nationality ("Russia's Olga Petrova")
		}
	}
	switch {
	case kind == model.SourcePerson:
		// "The ex-Reds assistant boss" right after a person spoke: that one
		// — a short title, nothing of its own after it.
		// In Arabic a title must be the one met before (the first test).
		if !latin && f.since <= 1 && len(words) <= 4 {
			// "وتابع مدرب برشلونة السابق" right after the coach spoke: the
			// last person who spoke, if the title is one of theirs.
			last := f.reg.each(func(x *entity) bool { return x.last != "" && x.kind == model.SourcePerson })
			if last != nil && contains(last.desc, head) && !contains(last.owned, head) && !contains(words, "اخر") && !contains(words, "الاخر") && !f.nisbaClash(last, words) {
				return last
			}
			return nil
		}
		if age := latin && contains(words, "old") && contains(words, "year"); age {
			// "said the 22-year-old": the last person named, whether it
			// spoke or was only met ("Lindsay Davenport beat …"); a name
			// of unknown kind that spoke is a person when an age describes
			// it ("Sunday", "Tootsie", met only, are not).
			if ent := f.reg.each(func(x *entity) bool {
				return len(x.words) > 0 && (x.kind == model.SourcePerson || x.kind == "" && x.last != "")
			}); ent != nil {
				return ent
			}
			// else a name of two words met only ("Jason Cueto scored
			// twice", then "the 25-year-old said")
			return f.reg.each(func(x *entity) bool { return x.kind == "" && len(x.words) >= 2 })
		}
		if ent := f.personEpithet(sp, head); latin && ent != nil {
			return ent // "the Norland striker" just after "Ned Varga has been linked …"
		}
		if f.since > 1 || len(words) > 4 || hasPrepositionEn(sp) || !latin {
			return nil
		}
		return f.reg.each(func(x *entity) bool {
			if demonym && (f.namesState(x) || f.nationalityClash(x, words[0])) {
				return false // "the Kiwi" is no New Zealand, "the Spaniard" no "German Lena Falk"
			}
			return x.last != "" && (x.kind == model.SourcePerson || demonym && x.kind == "" && len(x.words) > 0)
		})
	case kind == "" || kind == model.SourceAnonymous || !latin && len(words) > 1 && !f.adjectivesOnly(sp[f.headIndex(sp)+1:]):
		return nil // "الصحيفة البريطانية" is a description; "الصحيفة الأمريكية للعلوم" may be a name
	}
	if ent := f.reg.each(func(x *entity) bool {
		if x.last == "" && !(isBody(x.kind) && len(x.words) > 1 && x.words[0] == head) && !f.metBody(x, head, kind, latin) {
			// a body met as the subject of another verb may speak next,
			// called by its own head word: "نفذت وزارة الداخلية … وقالت
			// الوزارة"
			return false
		}
		if (x.kind == "" || f.companyLike(x, latin)) && (latin && len(x.words) == 1 || !latin && len(x.words) >= 1 && len(x.words) <= 3) &&
			kind != model.SourcePerson && f.lex.genericHeads.has(head) {
			// "Microsoft said … The firm said", "قالت فولكس فاجن … وأضافت
			// الشركة": a short name of no known kind
			x.kind = kind
			return true
		}
		if x.kind != kind || !latin && (f.nisbaClash(x, words) || f.peopleOf(x)) {
			return false // (not "الاتحاد العماني" after "الاتحاد الكويتي" spoke)
		}
		if latin && kind == model.SourceDocument {
			return true // "new research … the survey found": one study however it is called
		}
		for _, w := range x.desc {
			if w != head && f.kindWord(w) == kind && !contains(x.words, w) && !(latin && f.lex.genericHeads.has(head)) {
				return false // a kind word of a description, not of a name ("Acme Corp")
			}
		}
		return true
	}); ent != nil {
		return ent
	}
	if ent := f.metBodyEarlier(head, kind, latin); ent != nil {
		return ent
	}
	if kind == model.SourceGovernment && len(words) == 1 && f.lex.governmentWords.has(head) {
		// "Indonesia said … the government said": a state that spoke
		if ent := f.reg.each(func(x *entity) bool {
			return x.last != "" && (len(x.words) > 0 && f.lex.states.has(strings.Join(x.words, " ")) || f.lex.states.has(Fold(x.name)))
		}); ent != nil {
			return ent
		}
	}
	if !latin || kind != model.SourceDocument || f.since > 2 {
		return nil
	}
	// "The Transport Committee said … The report said": a study
	// speaks for the body that spoke just before, when none was named.
	return f.reg.each(func(x *entity) bool {
		return x.last != "" && (x.kind == model.SourceOrg || x.kind == model.SourceGovernment)
	})
}

// metBody reports whether a body met only as the subject of a
// sentence that reported nothing may be what a generic head names:
// "Corvex has posted a loss … as the company warned", "Brenna Freight
// cut 40 jobs. The firm said" — a named body, or a one-word name of no
// known kind (a person's name has two words, or was met before). Only
// the entity met last: after "Oil giant Stavco cut its board" and an
// analyst's words, "the company" is still the one that spoke before.
func (f *finder) metBody(x *entity, head string, kind model.SourceKind, latin bool) bool {
	r := f.reg.recent
	if len(r) == 0 || r[len(r)-1] != x {
		return false // met before someone else spoke: "the company" is the one that spoke
	}
	if !latin {
		// "تراجعت أرباح شركة «نوران» … وأرجعت الشركة ذلك إلى": the
		// article of the head word points back to the body just met,
		// written with that very word as its kind word — not inside a
		// phrase that merely holds it ("صافي أرباح شركة …" as one name)
		return f.lex.genericHeads.has(head) && x.kind == kind && x.named && len(x.words) > 0 &&
			contains(x.desc, head) && !contains(x.words, head)
	}
	return kind == model.SourceOrg && f.lex.genericHeads.has(head) && x.named &&
		(x.kind == model.SourceOrg && len(x.words) > 0 || x.kind == "" && len(x.words) == 1)
}

// peopleOf reports whether an Arabic entity is people a plural heads
// ("وزراء الخارجية الأوروبيون", "أعضاء مجلس الشورى"), whatever body its
// phrase goes on to name: an institution's head word ("وقالت المفوضية",
// "وأضاف المجلس") is not those people.
func (f *finder) peopleOf(x *entity) bool {
	name := strings.Fields(x.name)
	return len(name) > 0 && f.lex.peoplePlurals.has(Fold(name[0]))
}

// enHeadOf is the head of an English description's bare words: English
// puts it last, before any prepositional phrase ("the group test of 100
// printers" is a test).
func enHeadOf(words []string) string {
	for k, w := range words {
		if isPrepositionEn(w) && k > 0 {
			return words[k-1]
		}
	}
	return words[len(words)-1]
}

// titleModifiers are the folded words of an English speaker phrase that
// qualify a title right after them: "committee" and "bank" of "the
// committee chairman" and "central bank governor Lee Moon". The person is
// not the body such a word names.
func (f *finder) titleModifiers(sp []token) []string {
	var out []string
	for k := 0; k+1 < len(sp); k++ {
		t, n := &sp[k], &sp[k+1]
		if !t.punct && !n.punct && f.lex.titles.has(n.norm) && !f.lex.titles.has(t.norm) && !f.lex.determiners.has(t.norm) {
			out = append(out, strings.TrimSuffix(t.norm, "s"))
		}
	}
	return out
}

// reporterPhrase reports whether an English phrase names a journalist: a
// journalist's title ("BBC correspondent Ana Lind"), or a name an
// outlet's possessive opens ("The BBC's Ana Lind in Lima").
func (f *finder) reporterPhrase(sp []token) bool {
	for k := range sp {
		// an outlet's reporter: its name or possessive right before ("BBC
		// correspondent", "the paper's reporter"), not "former journalist"
		if k > 0 && f.lex.journalists.has(strings.TrimSuffix(sp[k].norm, "s")) && (isCapitalised(sp[k-1]) || sp[k-1].norm == "s") {
			return true
		}
	}
	if len(sp) < 5 || sp[0].norm != "the" {
		return false
	}
	k := 1
	for k < len(sp) && isCapitalised(sp[k]) {
		k++
	}
	return k > 1 && k+2 < len(sp) && (sp[k].raw == "'" || sp[k].raw == "’") && sp[k+1].norm == "s" && isCapitalised(sp[k+2])
}

// hasPrepositionEn reports whether an English phrase holds a preposition.
func hasPrepositionEn(ts []token) bool {
	for _, t := range ts {
		if isPrepositionEn(t.norm) {
			return true
		}
	}
	return false
}

// kindWord is the kind a single folded word names, or "".
func (f *finder) kindWord(w string) model.SourceKind {
	for _, q := range f.lex.kinds.byFirst[w] {
		if len(q.words) == 1 {
			return q.val
		}
	}
	return ""
}

// isDemonym guesses an English word for a nationality ("Russian",
// "Japanese", "Swede", "Briton") by its capital and ending: with "the", a
// person described by where they come from. Those no ending tells
// ("Scot", "Spaniard", "Dutchman") are listed in the lexicon (demonyms).
func (f *finder) isDemonym(t token) bool {
	if !isCapitalised(t) {
		return false
	}
	if _, ok := f.lex.demonyms[t.norm]; ok {
		return true
	}
	for _, end := range []string{"ian", "an", "ese", "ish", "i", "ite"} {
		if strings.HasSuffix(t.norm, end) && len(t.norm) > len(end)+2 {
			return true
		}
	}
	return false
}

// sameNationality reports whether a description's words hold the
// nationality of a demonym, or its country: "russia" or "russian" for
// "russian", "germany" for "german", "italy" for "italian" (a shared
// start of four letters or more, all but a letter of the shorter word),
// "scotland" for "scot" (the lexicon's demonyms).
func (f *finder) sameNationality(desc []string, demonym string) bool {
	for _, w := range desc {
		if contains(f.lex.demonyms[demonym], w) {
			return true
		}
		n := 0
		for n < len(w) && n < len(demonym) && w[n] == demonym[n] {
			n++
		}
		if n >= 4 && n >= min(len(w), len(demonym))-1 {
			return true
		}
	}
	return false
}

// lineagePrefix reports whether short is long cut before a further link of
// its lineage: "عبدالله بن مساعد" of "عبدالله بن مساعد بن عبدالعزيز" (a
// given name, a link and a father's name at least).
func (f *finder) lineagePrefix(short, long []string) bool {
	if len(short) < 3 || len(long) <= len(short) {
		return false
	}
	for k := range short {
		if short[k] != long[k] {
			return false
		}
	}
	return f.lex.lineageJoins.has(long[len(short)])
}

// companyLike reports whether an Arabic name taken for a person may be a
// body's: one word the verb spoke of in the feminine ("وكشفت سامسونج"), no
// given name or title to it — a later "الشركة" is it.
func (f *finder) companyLike(x *entity, latin bool) bool {
	if latin || x.kind != model.SourcePerson || x.agr != feminine || len(x.words) != 1 {
		return false // (two words are a woman's given and family names: "ميراي بيسك")
	}
	for _, w := range x.words {
		if givenNameWord(f.lex, w) {
			return false
		}
	}
	for _, w := range x.desc {
		if f.lex.titles.has(w) {
			return false
		}
	}
	return true
}
