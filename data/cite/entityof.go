package cite

import (
	"strings"
	"unicode/utf8"

	"github.com/isnad/isnad/model"
)

// How a speaker phrase finds its entity: the alias table, a name (full,
// surname, another spelling), a description pointing back, a vague source's
// group, a document's issuer.

// entityOf finds or makes the entity a written speaker names. back is set
// when the speaker is a description that points back to an entity named
// before ("the company", "المتحدث الأمني").
func (f *finder) entityOf(sp []token, latin bool) (ent *entity, back bool) {
	for len(sp) > 0 && sp[len(sp)-1].punct && !isQuote(sp[len(sp)-1]) && !isShare(sp, len(sp)-1) {
		sp = sp[:len(sp)-1]
	}
	if len(sp) == 0 {
		return nil, false
	}
	if latin && len(sp) == 1 {
		sp = f.metFullName(sp)
	}
	if latin && (isShare(sp, len(sp)-1) || len(sp) > 2 && isShare(sp, 1) && sp[2].norm == "of") {
		if ent := f.shareOfPoll(); ent != nil {
			return ent, false // "only 31% said": those polled
		}
	}
	if k := f.epithetsFrom(sp); !latin && (k == 0 || k == 1 && sp[0].norm == "الله") {
		// "قال الله تعالى", "وقال تعالى", "وقال سبحانه": God, however
		// written, never a name ending in الله met before ("رسول الله")
		ent := f.reg.get("الله", "الله", model.SourcePerson, true)
		ent.agr = masculine
		return ent, false
	}
	if !latin && f.blessingOnly(sp) {
		// "قال صلى الله عليه وسلم": the Prophet, by his blessing
		ent := f.reg.get("النبي", "النبي", model.SourcePerson, true)
		ent.agr = masculine
		return ent, false
	}
	display := joinRaw(sp)
	if Slug(display) == "" {
		return nil, false // only marks, no letter: no name at all
	}
	// The alias table: the whole phrase, its core, or a known name in it.
	if id, canon, kind, ok := f.z.aliases.Lookup(display); ok {
		return f.known(id, canon, kind, sp), false
	}
	if w := f.lex.agencyNisbas.bareOf(&sp[0]); !latin && len(sp) == 1 && w != "" {
		// "وفقاً للألمانية", "بحسب الألمانية": one agency however the ل
		// before it is written, never a body met before ("الخارجية الفرنسية")
		// (feminine, as the agency is: a later "وأضاف" is not its)
		ent := f.reg.get(Slug(w), display, model.SourceOutlet, true)
		ent.agr = feminine
		return ent, false
	}
	core, kind := f.core(sp, latin)
	if latin && len(sp) == 2 && sp[0].norm == "the" && f.isDemonym(sp[1]) {
		core, kind = nil, "" // "The Russian": a description, not the name "Russian"
	}
	if latin && len(core) > 0 && f.lex.anonymousWord(sp[0].norm) && len(sp) > 1 && !isCapitalised(sp[1]) {
		core = nil // "Sources familiar with the deal": capitalised for opening the sentence
	}
	if len(core) > 0 {
		if id, canon, k, ok := f.z.aliases.Lookup(joinRaw(core)); ok {
			return f.known(id, canon, k, sp), false
		}
		if kind == model.SourcePerson || kind == "" {
			if e, ok := f.z.aliases.person(joinRaw(core)); ok {
				return f.known(e.ID, e.Name, e.Kind, sp), false
			}
		}
	}
	if !latin && len(sp) >= 2 && sp[0].norm == "ابن" && !sp[1].punct {
		// "ابن ريحان" after "سعيد بن ريحان": the family name with its ابن
		if ent := f.matchName(append([]string{"بن"}, foldWords(sp[1:])...), model.SourcePerson, false); ent != nil && ent.kind == model.SourcePerson {
			return ent, false
		}
	}
	head := f.headIndex(sp)
	if !latin && head == 0 && hasAl(&sp[0]) && f.kindOf(sp[:1]) == model.SourceDocument && f.issuerAt(sp, head) < 0 {
		// "وتابع البيان" after "… في بيان لها": the statement is its issuer's.
		if w := f.mediumWord(&sp[0]); w != "" {
			if ent := f.reg.each(func(x *entity) bool { return containsAll(x.media, []string{w}) }); ent != nil {
				return ent, true
			}
		}
	}
	for at := 0; at < len(sp); at++ {
		// A known name where the phrase starts, or a known person anywhere
		// in it ("سفيرة الولايات المتحدة …، ليندا توماس جرينفيلد").
		if e, n := f.z.aliases.find(sp, at); n > 0 && (at == head || e.Kind == model.SourcePerson) {
			return f.known(e.ID, e.Name, e.Kind, sp), false
		}
	}
	// "المسؤول الإسباني" after "وزير الداخلية الإسباني فلان" spoke: the
	// definite description of a person met before, by what qualifies him
	// (an indefinite "مسؤول إسباني" is someone else, unnamed). Its
	// adjectives are definite as it is: "المسؤول رامي الكبيسي" is a new
	// man named, not a description ending in ي.
	if g, n, _ := f.lex.anonymous.match(sp, head); n > 0 && !latin && hasAl(&sp[head]) && head+n < len(sp) && f.adjectivesOnly(sp[head+n:]) && allAl(sp[head+n:]) {
		adj := f.bareWords(sp[head+n:], latin)
		if ent := f.reg.each(func(x *entity) bool {
			return x.last != "" && x.kind == model.SourcePerson && containsAllNisba(x.desc, adj)
		}); ent != nil {
			return ent, true
		}
		// "وأكد المسؤول اليمني" right after "دعا وزير حقوق الإنسان فلان":
		// one of the group, no such source met yet — the person who spoke
		// last
		if grp, met := f.reg.byID[f.lex.anonGroups[g].id]; f.vagueAgreement(&sp[head]) != plural && (!met || grp.last == "") {
			if ent := f.reg.each(func(x *entity) bool { return x.last != "" }); ent != nil && ent.kind == model.SourcePerson && ent.named && !f.nisbaClash(ent, adj) {
				return ent, true
			}
		}
	}
	// A vague source: its lexicon group ("some experts", "مصادر مطلعة",
	// "أربعة دبلوماسيين"), unless a name follows it ("Daiwa Securities
	// analyst Mark Pervan").
	if g, n, _ := f.lex.anonymous.match(sp, head); n > 0 && !latin && hasAl(&sp[head]) && !f.personNamed(sp[head+n:]) &&
		(f.lex.anonGroups[g].indefinite || f.vagueAgreement(&sp[head]) != plural) {
		// "وأردف الأهالي" after "أهالي الحي": the people described before;
		// "وأضاف المصدر" after "قال مصدر": the one source
		if ent, ok := f.reg.byID[f.lex.anonGroups[g].id]; ok && ent.last != "" {
			return ent, true
		}
	}
	// "تقديرات صندوق النقد الدولي": the fund's, its owner in the construct
	// (not "مصادر في المقاومة", sources somewhere, unnamed)
	owned := !latin && f.lex.wrappers.hasBare(&sp[head]) && head+1 < len(sp) &&
		(f.kindOf(sp[head+1:head+2]) == model.SourceOrg || f.kindOf(sp[head+1:head+2]) == model.SourceGovernment)
	if g, n, _ := f.lex.anonymous.match(sp, head); n > 0 && !latin && !f.lex.titles.hasBare(&sp[head]) &&
		!(f.lex.anonGroups[g].indefinite && hasAl(&sp[head])) && !owned {
		grp := f.lex.anonGroups[g]
		ent := f.reg.get(grp.id, grp.name, model.SourceAnonymous, false)
		ent.agr = f.groupAgreement(sp, head)
		return ent, false
	}
	if latin && f.definite(sp, latin) && !strings.HasSuffix(sp[len(sp)-1].norm, "s") {
		// "The American forensics expert said": one person, met before —
		// not a vague group.
	} else if !owned && (len(core) == 0 || kind == model.SourceAnonymous || !latin && kind != model.SourcePerson) {
		for j := range sp {
			k := j
			if latin {
				k = len(sp) - 1 - j // English puts its head last: "Official figures" are figures
			}
			if g, n, _ := f.lex.anonymous.match(sp, k); n > 0 && (k == head || latin) && !(f.lex.anonGroups[g].indefinite && hasAl(&sp[k])) {
				grp := f.lex.anonGroups[g]
				ent := f.reg.get(grp.id, grp.name, model.SourceAnonymous, false)
				ent.agr = plural
				if !latin {
					ent.agr = f.groupAgreement(sp, k)
				} else if g := f.genderOf(sp); g != anyAgreement {
					ent.agr = g // "a spokesman for the council": one man, "he" later
				}
				return ent, false
			}
		}
	}
	// A document issued by someone is theirs: "بيان صادر عن المفوض الأعلى".
	if k := f.issuerAt(sp, head); !latin && k > 0 && f.kindOf(sp[head:head+1]) == model.SourceDocument {
		if ent, back := f.entityOf(sp[k:], latin); ent != nil && ent.kind != model.SourceDocument {
			if w := f.mediumWord(&sp[head]); w != "" {
				ent.media = appendNew(ent.media, w) // "وقال التقرير" later is the issuer's
			}
			return ent, back
		}
	}
	// A document of someone's with ل is theirs: "مسح لـ«رويترز»", "تعداد
	// لوكالة الصحافة الفرنسية", "حصيلة جديدة للمرصد".
	if o := f.wrapperOwner(sp, 0); !latin && head == 0 && o > 0 {
		rest := sp[o+1:]
		if sp[o].norm != "ل" {
			rest = append([]token{stripJoined(sp[o])}, sp[o+1:]...)
		}
		for len(rest) > 0 && rest[0].punct && !isQuote(rest[0]) {
			rest = rest[1:]
		}
		if len(rest) > 0 {
			if ent, back := f.entityOf(rest, latin); ent != nil && ent.kind != model.SourcePerson && ent.kind != model.SourceAnonymous && ent.kind != "" {
				if w := f.mediumWord(&sp[0]); w != "" && o > 1 {
					ent.media = appendNew(ent.media, w) // "وتوقع التقرير" later is the bank's
				}
				return ent, back
			}
		}
	}
	// A wrapper names the real source: "تقييم الاستخبارات الأوكرانية".
	if f.lex.wrappers.hasBare(&sp[head]) && head+1 < len(sp) && !latin {
		if k := f.kindOf(sp[head+1:]); k != "" && k != model.SourcePerson {
			kind = k
		}
	}
	words := foldWords(core)
	descWords := f.bareWords(sp, latin)
	if len(core) > 0 {
		if !latin && kind != model.SourcePerson && kind != "" {
			// "وكالة التصنيف الائتماني" after "وكالة التصنيف الائتماني
			// «ستاندارد آند بورز»": the body named in full before.
			if ent := f.reg.each(func(x *entity) bool {
				return x.kind == kind && len(x.words) > 0 && !equalWords(x.words, words) && containsAll(x.desc, descWords)
			}); ent != nil {
				return ent, true
			}
		}
		// A name: the same as an earlier one written more fully, or in
		// another spelling.
		if ent := f.matchName(words, kind, latin); ent != nil {
			ent.desc = appendNew(ent.desc, descWords...)
			return ent, false
		}
		id := Slug(joinRaw(core))
		if id == "" {
			id = Slug(display)
		}
		ent := f.reg.get(id, joinRaw(core), kind, true)
		ent.words = words
		ent.desc = appendNew(ent.desc, descWords...)
		if g := f.genderOf(sp); (kind == model.SourcePerson || kind == "") && g != anyAgreement {
			ent.agr = g // a person's (a later "Winslet" alone keeps what "Kate Winslet" told)
		}
		ent.group = ent.group || kind == model.SourcePerson && f.peopleHeaded(sp) // "أكد مختصون"
		return ent, false
	}
	// A family name alone, or after a title: "الحربي", "العقيد القرشي".
	name := f.surnameOnly(sp, latin)
	if len(name) > 0 {
		if ent := f.matchName(name, model.SourcePerson, latin); ent != nil && ent.kind == model.SourcePerson {
			return ent, false
		}
	}
	// A description: an entity met before that it fits, else its own.
	if ent := f.matchDescription(sp, descWords, f.kindOf(sp), latin); ent != nil {
		return ent, true
	}
	// A description names its source when it is a body, or an office made
	// definite ("الرئيس الأمريكي", "the club chairman"); "a spokesman",
	// "مسؤول في الوزارة" are unnamed people.
	kind = f.kindOf(sp)
	named := kind != model.SourcePerson && kind != "" || kind == model.SourcePerson && f.definite(sp, latin) ||
		kind == "" && !latin && f.definite(sp, latin) // "الكويت", "المرصد", "العمير": a name with the article

	if kind == "" {
		kind = model.SourcePerson
	}
	ent = f.reg.get(Slug(display), display, kind, named)
	ent.desc = appendNew(ent.desc, descWords...)
	if len(name) > 0 && len(ent.words) == 0 && kind == model.SourcePerson && len(sp) > 1 && f.lex.honorifics.hasBare(&sp[0]) {
		// "الدكتور القناص" (or "الرئيس الإيراني": the word may be an
		// adjective): the family name, should it come back alone ("وقدم
		// القناص شكره").
		ent.words = name
	}
	if kind == model.SourcePerson && ent.agr == anyAgreement {
		ent.agr = f.genderOf(sp)
		if f.isGroup(sp) {
			ent.agr = plural
		}
		ent.group = ent.group || f.peopleHeaded(sp)
	}
	return ent, false
}

// peopleHeaded reports whether an Arabic speaker phrase with no name in it
// is headed by a plural of people, whose dropped-subject verbs later are
// plural: "قال الطلاب المتضررون … وأضافوا", "أكد مختصون … ولفتوا". A
// sound plural needs its article, or standing alone the shape of a
// participle (م…ون: "مختصون", "محللون"), so that a name ending in ين or ون
// ("ياسين", "خلدون") is no group.
func (f *finder) peopleHeaded(sp []token) bool {
	if len(sp) == 0 || hasLatin(sp[0].raw) || f.personNamed(sp) {
		return false
	}
	head := f.headIndex(sp)
	for k := range head {
		if _, ok := f.lex.oneOf[sp[k].norm]; ok {
			return false // "أحد المشاركين": one man of them
		}
	}
	t := &sp[head]
	if head+1 < len(sp) && !hasAl(t) && !sp[head+1].punct && !hasAl(&sp[head+1]) && !f.isAdjective(&sp[head+1]) && !soundPlural(&sp[head+1]) {
		return false // "مرضي جلباخ" written "مرضى": a name, not a plural with its genitive or adjective
	}
	return f.lex.peoplePlurals.hasBare(t) || soundPlural(t) && (hasAl(t) || len(sp) == 1 && participlePlural(t.norm))
}

// participlePlural reports whether an indefinite word has the shape of a
// participle's sound plural: م, a stem of four letters or more, ون.
func participlePlural(w string) bool {
	stem, ok := strings.CutSuffix(strings.TrimPrefix(w, "و"), "ون")
	return ok && strings.HasPrefix(stem, "م") && utf8.RuneCountInString(stem) >= 4
}

// issuerAt is where the issuer starts in a document phrase whose head is
// sp[head] and that names who issued it within three words ("بيان صادر
// عن المفوض", "البيان الصادر عن مكتب رئيس الوزراء"), or -1. A definite
// statement that names its issuer is that issuer's, never the statement
// the last speaker gave ("وأكد البيان الصادر عن مكتب الرئيس" after "وقالت
// الجماعة في بيان").
func (f *finder) issuerAt(sp []token, head int) int {
	for k := head + 1; k < len(sp) && k <= head+issuedByReach; k++ {
		if n := f.issuedByPhrase(sp, head, k); n > 0 {
			if k+n < len(sp) {
				return k + n
			}
			return -1
		}
	}
	return -1
}

// issuedByReach is how many words after a document's head its "issued
// by" phrase may start ("البيان الختامي الصادر عن").
const issuedByReach = 3

// issuedByPhrase is the length of the lexicon's "issued by" phrase at
// toks[k] ("الصادر عن", "صادرة من") when it stands within issuedByReach
// words after the document head at toks[head], else 0.
func (f *finder) issuedByPhrase(toks []token, head, k int) int {
	if k <= head || k > head+issuedByReach {
		return 0
	}
	_, n, _ := f.lex.issuedBy.match(toks, k)
	return n
}

// lastBodysDocument is, for a verb whose subject is a bare definite
// document ("وأكد البيان", "وأورد التقرير") right after a body spoke
// ("وأوضح تقرير للهيئة …"), that body: its document. After a person, or
// with anything more to the phrase, nil. So for a nominal cue's document
// ("وبحسب البيان", "حسب التقرير" after "وذكرت صحيفة …"), unless a
// document or a source written with it spoke before ("وجاء في بيان نشر
// …", "وقال معدو التقرير"): that one.
func (f *finder) lastBodysDocument(sp []token, nominal bool) *entity {
	if len(sp) != 1 || !strings.HasPrefix(sp[0].raw, "ال") || f.kindOf(sp) != model.SourceDocument {
		return nil
	}
	w := f.mediumWord(&sp[0])
	if w == "" || f.reg.each(func(x *entity) bool { return containsAll(x.media, []string{w}) }) != nil {
		return nil // "وأشار البيان" after "… في بيان لها": whose statement is known
	}
	if nominal && f.reg.each(func(x *entity) bool {
		return x.last != "" && (x.kind == model.SourceDocument || contains(x.desc, w))
	}) != nil {
		return nil
	}
	last := f.reg.each(func(x *entity) bool { return x.last != "" && x.id != unfoundID })
	if last != nil && isBody(last.kind) {
		return last
	}
	return nil
}

// containsAllNisba reports whether every word of want is in have, a
// relative adjective matching either gender: "المسؤول الإيطالي" after
// "رئيس اللجنة الأولمبية الإيطالية فلان".
func containsAllNisba(have, want []string) bool {
	for _, w := range want {
		found := false
		for _, h := range have {
			if h == w || strings.HasSuffix(h, "يه") && strings.TrimSuffix(h, "ه") == w || strings.HasSuffix(w, "يه") && strings.TrimSuffix(w, "ه") == h {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// nisbaClash reports whether a description's adjectives of a state
// (want: "المصري") name another state than the ones an entity was
// described with (have: "الرئيس الجزائري"): not the same source. Family
// names that end as adjectives do ("الحربي") name no state.
func (f *finder) nisbaClash(x *entity, want []string) bool {
	have := x.desc
	if x.kind == model.SourcePerson && len(x.words) > 1 {
		have = nil // a full name is no description: "سالم الكندي" is no Canadian (but "الرئيس الجزائري" keeps its one word)
		for _, w := range x.desc {
			if !contains(x.words, w) && !contains(x.words, "ال"+w) {
				have = append(have, w)
			}
		}
	}
	for k, w := range want {
		if f.lex.prepositions.has(w) {
			want = want[:k] // "الوزير الأميركي في ختام الحوار الأميركي المصري": the description's own adjectives only
			break
		}
	}
	wantN, haveN := f.stateNisbas(want), f.stateNisbas(have)
	return len(wantN) > 0 && len(haveN) > 0 && !containsAllNisba(haveN, wantN)
}

// stateNisbas are the folded words that are adjectives of a state the
// lexicon knows: "مصري" (مصر), "امريكيه" (أمريكا), "سعودي" (السعودية).
func (f *finder) stateNisbas(ws []string) []string {
	var out []string
	for _, w := range ws {
		base := strings.TrimSuffix(w, "ه")
		stem, ok := strings.CutSuffix(base, "ي")
		if !ok || utf8.RuneCountInString(stem) < 2 {
			continue
		}
		for _, c := range []string{stem, stem + "ا", base + "ا", base + "ه"} {
			if f.lex.states.has(c) || f.lex.states.has("ال"+c) {
				out = append(out, w)
				break
			}
		}
	}
	return out
}

// groupAgreement is what the verbs of a vague source whose head word is
// sp[head] agree with: "أحد سكان المدينة" is one man of the group.
func (f *finder) groupAgreement(sp []token, head int) agreement {
	for k := range head {
		if agr, ok := f.lex.oneOf[sp[k].norm]; ok {
			return agr
		}
	}
	return f.vagueAgreement(&sp[head])
}

// vagueAgreement is what the verbs of a vague source written with the word
// t agree with, as last written: one of the group ("مصدر", "مواطنة") is
// singular, so that "وأضاف" after "قال مصدر" is the source's; else plural.
func (f *finder) vagueAgreement(t *token) agreement {
	for k := range int(t.nb) {
		if _, ok := f.lex.singulars[t.form(k)]; ok {
			if strings.HasSuffix(t.form(k), "ه") {
				return feminine
			}
			return masculine
		}
	}
	return plural
}

// personNamed reports whether ts holds a person's given name, not one a
// place is named after ("الخبير السياحي في غرفة جدة سعيد عسيري" names a
// person; "الأهالي في حي الأمير سلطان" a district).
func (f *finder) personNamed(ts []token) bool {
	for k := range ts {
		if isGivenName(f.lex, &ts[k]) && !f.namesPlace(ts, k) {
			return true
		}
	}
	return false
}

// isGroup reports whether an Arabic speaker phrase opens with a quantifier
// that makes it a group ("عدد من المزارعين", "بعض الأهالي"): its later
// dropped-subject verbs are plural ("قال عدد من الصيادين … وأضافوا").
func (f *finder) isGroup(sp []token) bool {
	if len(sp) < 2 || hasLatin(sp[0].raw) {
		return false
	}
	_, n, _ := f.lex.groupQuantifiers.match(sp, 0)
	return n > 0 && n < len(sp)
}

// blessingOnly reports whether a speaker is a blessing of the Prophet alone
// ("يقول صلى الله عليه وسلم (…)"): the Prophet, cited by the one speaking.
func (f *finder) blessingOnly(sp []token) bool {
	_, n, _ := f.lex.prophetBlessings.match(sp, 0)
	return n > 0 && n == len(sp)
}

// ownedWords is the owner after a noun of saying with no article and no
// pronoun that opens an Arabic speaker ("تأكيدات المدرب" → "المدرب",
// "تصريحات لوزير الصحة" → "وزير الصحة"), or nil; not an adjective of an
// indefinite noun ("رأي آخر", "تصريحات سابقة") as the lexicon lists them
// (not by a final ي, which names end in too: "قول سيندي", "تأكيد معالي").
func (f *finder) ownedWords(sp []token, latin bool) []token {
	if latin || len(sp) < 2 || hasAl(&sp[0]) || !f.lex.ownWords.hasBare(&sp[0]) || f.ownWords(&sp[0]) != anyAgreement || sp[1].punct {
		return nil
	}
	rest := sp[1:]
	if r := &rest[0]; !hasAl(r) && (f.lex.adjectives.hasBare(r) || f.lex.adjectives.has("ال"+r.norm) || f.lex.ordinals.has(r.norm)) {
		return nil // "ولفت رأي آخر إلى": another view, an adjective, no owner
	}
	if _, n, _ := f.lex.quantifiers.match(rest, 0); n == len(rest) {
		return nil // "بحسب تأكيدات عدد" cut before its "من …": no owner read
	}
	if w := rest[0].norm; strings.HasPrefix(w, "ل") && len(w) > 2 {
		rest = append([]token{stripJoined(rest[0])}, rest[1:]...)
	}
	return rest
}
