package cite

import (
	"strings"

	"github.com/isnad/isnad/model"
)

// Sources as entities. Every speaker an article writes is tied to one
// entity, however it is written: with or without its title ("وزير التعليم
// د. عزام الدخيل" and "الدخيل"), by surname alone ("Mr Bakrie" after
// "Aburizal Bakrie", "Kim" after "Kim Jong Un"), in another spelling
// (مدفيديف/ميدفيديف: same skeleton), inside quotation marks ("وكالة
// «سبوتنيك»" is Sputnik), or as a description pointing back ("the company",
// "الصحيفة البريطانية", "المتحدث الأمني"). A pronoun or a dropped subject
// is the last speaker it agrees with. The alias table (sources.yaml) is
// consulted first, for what no rule can know (Reuters = رويترز).

// recentLimit bounds how far back resolution looks, in distinct speakers,
// so an article with thousands of attributions stays linear.
const recentLimit = 24

// entity is one source of the article.
type entity struct {
	id    string
	name  string
	kind  model.SourceKind
	named bool
	agr   agreement
	group bool     // headed by a plural of people ("الطلاب", "مختصون"): plural verbs go on with it
	words []string // folded words of its name (persons and named bodies)
	desc  []string // folded bare words of every phrase that named it
	role  []string // folded bare words of an apposition that said who it is ("، الأمين العام للهيئة …،")
	owned []string // bare words of what its title was in construct with: "الرجل" of "محامي الرجل" (complement_ar.go)
	// modifiers are the words that only qualified a title of a person
	// (English): "committee" of "the committee chairman".
	modifiers []string
	// reporter is set for a news outlet's journalist (English): "The
	// BBC's Ana Lind", "Kestrel correspondent Ana Lind".
	reporter bool
	// cited is set while every attribution naming it came after a
	// nominal cue ("according to PC Market"), in English: nothing says
	// yet that such a name of unknown kind is a person.
	cited bool
	last  string   // id of the last attribution that names it in writing
	said  string   // how that attribution wrote it
	media []string // bare medium nouns it spoke in ("في بيان": بيان)
}

// registry holds an article's entities, most recent speaker last.
type registry struct {
	byID   map[string]*entity
	recent []*entity
}

func newRegistry() registry { return registry{byID: map[string]*entity{}} }

// get returns the entity with id, making it when new.
func (r *registry) get(id, name string, kind model.SourceKind, named bool) *entity {
	if e := r.byID[id]; e != nil {
		return e
	}
	e := &entity{id: id, name: name, kind: kind, named: named}
	r.byID[id] = e
	return e
}

// touch makes e the most recent speaker.
func (r *registry) touch(e *entity) {
	for k := len(r.recent) - 1; k >= 0; k-- {
		if r.recent[k] == e {
			copy(r.recent[k:], r.recent[k+1:])
			r.recent[len(r.recent)-1] = e
			return
		}
	}
	r.recent = append(r.recent, e)
	if len(r.recent) > 4*recentLimit {
		r.recent = append(r.recent[:0], r.recent[len(r.recent)-recentLimit:]...)
	}
}

// each calls fn on the recent speakers, most recent first, until it
// returns true, and returns that entity.
func (r *registry) each(fn func(*entity) bool) *entity {
	for k, n := len(r.recent)-1, 0; k >= 0 && n < recentLimit; k, n = k-1, n+1 {
		if fn(r.recent[k]) {
			return r.recent[k]
		}
	}
	return nil
}

// compatible reports whether a speaker agrees with a pronoun or a verb.
func (e *entity) compatible(agr agreement, latin bool) bool {
	switch agr {
	case masculine, feminine:
		if latin && e.kind != model.SourcePerson && e.kind != "" && !(e.kind == model.SourceAnonymous && e.agr == agr) {
			return false // (but "a spokesman" is a he)
		}
		return e.agr == anyAgreement || e.agr == agr ||
			!latin && agr == feminine && e.kind != model.SourcePerson && e.agr != masculine
	case neuter:
		// not someone a "he" or "she" was resolved to before
		return e.kind != model.SourcePerson && e.kind != model.SourceAnonymous && e.agr != masculine && e.agr != feminine
	case plural:
		return e.agr == plural || e.group || e.kind == model.SourceAnonymous || latin && e.kind != model.SourcePerson
	}
	return true
}

// The entity of the speakers of dropped-subject verbs that no one met
// before could be: one per article.
const (
	unfoundID   = "speaker-not-found"
	unfoundName = "speaker not found (a verb with no subject written)"
)

// identify gives a the source of its event: the written speaker's entity,
// or the one it resolves to. It reports false when a speaker that must be
// resolved has no antecedent.
func (f *finder) identify(a *model.Attribution, toks []token, e event, main int) bool {
	latin := hasLatin(toks[e.cue[0]].raw) || e.form == model.FormQuote && len(f.out) > 0 && hasLatin(f.out[len(f.out)-1].Speaker)
	switch {
	case e.passive:
		g := f.lex.unnamed()
		ent := f.reg.get(g.id, g.name, model.SourceAnonymous, false)
		a.Source, a.Kind, a.SourceKind = ent.id, model.Anonymous, model.SourceAnonymous
		return true
	case e.form == model.FormQuote && e.fwd != nil:
		// the speaker named at the start of the next paragraph: known by
		// name, the attribution there will be the same entity's
		ent, _ := f.entityOf(e.fwd, hasLatin(e.fwd[0].raw))
		if ent == nil {
			return false
		}
		a.Source, a.SourceKind, a.Speaker = ent.id, ent.kind, joinRaw(e.fwd)
		a.Kind = model.Named
		if !ent.named {
			a.Kind = model.Anonymous
		}
		a.Resolved = true
		return true
	case e.form == model.FormQuote:
		prev := &f.out[len(f.out)-1]
		ent := f.reg.byID[prev.Source]
		if ent == nil {
			return false
		}
		f.resolved(a, ent)
		return true
	case !e.hasSpeaker() && main >= 0:
		// A participle shares its main verb's speaker, resolved as that one
		// is; a verb with a dropped subject is resolved to it.
		m := f.out[main]
		a.Source, a.Kind, a.SourceKind, a.Speaker = m.Source, m.Kind, m.SourceKind, m.Speaker
		a.Carried, a.Resolved, a.Antecedent = true, m.Resolved, m.Antecedent
		if a.Channel == "" && a.ChannelText == "" {
			a.Channel, a.ChannelText = m.Channel, m.ChannelText // the same occasion
		}
		if e.form != model.FormParticiple && !e.shared {
			a.Resolved = true
			if !m.Resolved {
				a.Antecedent = m.ID
			}
		}
		return true
	case !e.hasSpeaker():
		ent := f.antecedentAt(toks, e, latin)
		if e.ante[1] > e.ante[0] {
			if named, back := f.entityOf(toks[e.ante[0]:e.ante[1]], latin); named != nil && !back && named.compatible(e.agr, latin) {
				ent = named
			}
		}
		if ent == nil && !latin && e.agr == plural && !f.cueAfterRelative(toks, e) {
			ent = f.membersOf() // "نددت الجالية … كما دعوا إلى"
		}
		if ent == nil && !latin && (e.form == model.FormVerb && (e.fam == nil || !e.fam.sourced) || e.form == model.FormNominal || e.form == model.FormParticiple) {
			// "وأكد أن …" after someone named only as the subject of
			// other verbs: someone said it, isnad cannot tell who. Listed
			// (who said what is the first question), its speaker unfound;
			// so is a participle with no main verb and no one before it
			// ("…، مبيناً أن" after a clause whose subject could not be
			// read as a source).
			return f.unfound(a)
		}
		if ent == nil {
			return false
		}
		f.resolved(a, ent)
		return true
	}
	sp := toks[e.sp[0]:e.sp[1]]
	if f.conjNoun(&sp[0]) {
		// "ووزارة الداخلية": the name without its conjunction
		sp = append(tokenize(strings.TrimPrefix(sp[0].raw, "و")), sp[1:]...)
	}
	if len(sp) > 1 && isPronoun(f.lex, sp[0].norm) {
		// A demonstrative description points back: "شدد هؤلاء القادة".
		ent := f.reg.each(func(*entity) bool { return true })
		if !latin {
			if described := f.demonstrativeRef(sp[1:]); described != nil {
				ent = described // "أوضح هذا المسؤول": the official who spoke
			}
		}
		if ent == nil {
			return false
		}
		f.resolved(a, ent)
		a.Carried = false
		return true
	}
	if agr := f.pronounAgr(toks, e.sp); agr != anyAgreement || len(sp) == 1 && f.lex.pronouns[sp[0].norm] == anyAgreement && isPronoun(f.lex, sp[0].norm) {
		ent := f.antecedent(agr, latin)
		if ent == nil && latin {
			ent = f.enOwnSubject(toks, e.sp[0], agr) // "Qantas shares fell after it warned"
		}
		if ent == nil && (!latin && e.form == model.FormParticiple || e.form == model.FormVerb) {
			// "وأكد سموه أن", "… he said" after "The world number one took
			// …", with no one named before that agrees: listed, its
			// speaker unfound, as a dropped subject is.
			return f.unfound(a)
		}
		if ent == nil {
			return false
		}
		if latin && (agr == masculine || agr == feminine) && ent.agr == anyAgreement {
			ent.agr = agr
		}
		f.resolved(a, ent)
		a.Carried = false
		return true
	}
	if (e.form == model.FormVerb || e.form == model.FormNominal) && !latin {
		if ent := f.lastBodysDocument(sp, e.form == model.FormNominal); ent != nil {
			return f.resolvedWritten(a, ent, e, sp)
		}
	}
	if latin && f.firmNamedBefore(a, toks, e.sp) {
		return true // "Shares in Corvex Mining fell after the firm warned"
	}
	if rest := f.ownedWords(sp, latin); e.form == model.FormNominal && len(rest) > 0 {
		// "بحسب تصريحات الوزير", "وفق رواية الشهود": after a nominal cue
		// the words of saying are their owner's, the one who said them (as
		// a verb's subject the noun may be the view itself: "ولفت رأي آخر")
		sp = rest
	}
	ent, back := f.writtenEntity(sp, latin)
	ent, back = f.reviseEntity(toks, e, sp, ent, back, latin)
	if role := toks[e.role[0]:e.role[1]]; latin && len(role) > 0 && f.enHasName(role) && !f.enHasName(sp) &&
		!f.lex.clauseStarts.has(role[0].norm) { // "The old striker, who turns 35 in May,": no name
		// "The author of the report, Lena Holt, says", "One of the losing
		// bidders, Oslo-based group Norvik, said": the name set off by
		// commas is who the description is.
		if named, _ := f.entityOf(role, latin); named != nil {
			if named.kind == "" && ent != nil && ent.kind == model.SourcePerson {
				named.kind = model.SourcePerson
			}
			// the description is its own again later: "the study found"
			// after "The study, conducted by the Harlow … Institute, showed"
			if k := f.kindOf(sp); named.kind != model.SourcePerson || k == model.SourcePerson || k == "" {
				named.desc = appendNew(named.desc, f.bareWords(sp, latin)...)
			}
			ent, back = named, false
		}
	}
	if ent == nil {
		return false
	}
	if e.medium != "" {
		ent.media = appendNew(ent.media, e.medium)
	}
	if latin && !back && ent.kind == model.SourcePerson {
		ent.modifiers = appendNew(ent.modifiers, f.titleModifiers(sp)...)
	}
	if latin && !back && (ent.kind == model.SourcePerson || ent.kind == "") {
		ent.reporter = ent.reporter || f.reporterPhrase(sp) || f.reporterPhrase(toks[e.role[0]:e.role[1]])
	}
	if back {
		return f.resolvedWritten(a, ent, e, sp)
	}
	if e.form == model.FormVerb && !latin && e.agr != anyAgreement && ent.agr == anyAgreement {
		ent.agr = e.agr // قالت الشركة: the company is feminine
	}
	if f.womanByVerb(e, sp, ent, latin) {
		ent.agr = feminine
	}
	if e.role[1] > e.role[0] && !latin && ent.kind == model.SourcePerson {
		// "الدكتور شوقي علام، مفتي مصر،": "المفتي" later is he
		for k := e.role[0]; k < e.role[1]; k++ {
			if f.lex.titles.hasBare(&toks[k]) { // its titles, not the body it serves
				ent.desc = appendNew(ent.desc, f.bareWords(toks[k:k+1], latin)...)
			}
		}
		ent.role = appendNew(ent.role, f.bareWords(toks[e.role[0]:e.role[1]], latin)...)
	}
	a.Source, a.SourceKind = ent.id, ent.kind
	a.Kind = model.Named
	if !ent.named {
		a.Kind = model.Anonymous
	}
	if latin {
		ent.cited = e.form == model.FormNominal && (ent.last == "" || ent.cited)
	}
	ent.last, ent.said = a.ID, a.Speaker
	if !e.cited { // (the Prophet cited by his blessing: the one citing him goes on)
		f.reg.touch(ent)
	}
	return true
}

// unfound gives a the source "speaker not found" and keeps it.
func (f *finder) unfound(a *model.Attribution) bool {
	ent := f.reg.get(unfoundID, unfoundName, "", true)
	a.Source, a.Kind = ent.id, model.Named
	return true
}

// mention records the subject of a sentence with no attribution when it
// names someone ("But Morrison is determined …", "أطلق رئيس النادي هشام
// مرسي …", "رغم أن أردوغان لم يشر …"): the next "he said" is more likely
// theirs. A mention makes no attribution and is no antecedent.
func (f *finder) mention(toks []token, last bool) {
	if len(toks) == 0 {
		return
	}
	var sp [2]int
	latin := hasLatin(toks[0].raw) || len(toks) > 1 && hasLatin(toks[1].raw)
	if latin {
		s := 0
		for s < len(toks) && (f.lex.clauseStarts.has(toks[s].norm) || f.lex.timeWords.has(toks[s].norm) || toks[s].punct) {
			s++
		}
		if s+1 < len(toks) && isPrepositionEn(toks[s].norm) && isCapitalised(toks[s+1]) {
			s++ // "For Rick Hale, director of …, the prospect is …": Rick Hale
		}
		// The subject's capitalised run with its titles: "Edwards himself
		// kept Idowu …" names Edwards, not Idowu.
		e := s
		for e < len(toks) && (isCapitalised(toks[e]) || f.lex.titles.has(toks[e].norm) || toks[e].raw == "'" ||
			toks[e].raw == "-" || toks[e].norm == "s" && e > s && toks[e-1].raw == "'") {
			e++
		}
		for e > s && !isCapitalised(toks[e-1]) {
			e--
		}
		sp = [2]int{s, e}
		if np := f.enNPAfter(toks, s); e-s <= 1 && np[1] > np[0] && np[1] > e+1 && isCapitalised(toks[np[1]-1]) && isCapitalised(toks[np[1]-2]) &&
			f.kindOf(toks[np[0]:np[1]]) == "" {
			sp = [2]int{np[0], firstNameEnd(toks, np)} // "Top seed Lars Eriksen had to fight off …": the title in lower case, then the name
		}
		if !f.enNamed(toks, sp) {
			if np := f.enNPAfter(toks, f.timeOpener(toks)); f.kindBeforeName(toks, np) {
				sp = np // "E-mail filtering firm Spamtrap Ltd has posted …": the firm
			}
		}
		for k := sp[1] - 3; k > sp[0]; k-- {
			if (toks[k].raw == "'" || toks[k].raw == "’") && toks[k+1].norm == "s" && f.enHasName(toks[k+2:sp[1]]) {
				sp[0] = k + 2 // "Leeds United's Tom Aldridge will …": the person, not his club
				break
			}
		}
		f.noteObjects(toks, sp[1])
	} else {
		sp = f.arMainSubject(toks, len(toks))
		if sp[1] <= sp[0] && last {
			sp = f.arLastSubject(toks) // for the next dropped subject only
		}
		for k := 0; sp[1] <= sp[0] && last && k+1 < len(toks); k++ {
			if _, n, _ := f.lex.complements.match(toks, k); n > 0 && k+n < len(toks) && !toks[k+n].punct && !hasAl(&toks[k+n]) &&
				f.maySource(toks[k+n:k+n+1]) {
				if c := f.arSpeaker(toks, k+n, nil); c[1] > c[0] && c[1]-c[0] <= 4 && f.looksLikeSpeaker(toks[c[0]:c[1]]) {
					sp = c // "رغم أن أردوغان لم يشر"
				}
			}
		}
	}
	if sp[1] <= sp[0] {
		return
	}
	ts := toks[sp[0]:sp[1]]
	if core, kind := f.core(ts, latin); len(core) == 0 || kind == model.SourceAnonymous || latin && !f.enNamed(toks, sp) {
		return
	}
	if ent, back := f.entityOf(ts, latin); ent != nil && !back {
		f.mentioned = ent
		if ent.last == "" {
			f.reg.touch(ent) // met, though it has not spoken
		}
	}
}

// enNamed reports whether an English phrase surely holds a name: two
// capitalised words, a title or honorific before one, or one capitalised
// word not opening the sentence that names an entity met before
// ("Others", "There" open sentences; "Morrison" after "Mark Morrison").
func (f *finder) enNamed(toks []token, sp [2]int) bool {
	caps := 0
	for k := sp[0]; k < sp[1]; k++ {
		if isCapitalised(toks[k]) && !f.lex.determiners.has(toks[k].norm) {
			caps++
			if k > sp[0] && f.hasHonorific(toks[k-1:k]) {
				return true
			}
		}
	}
	if caps >= 2 {
		return true
	}
	if caps == 1 && sp[0] == 0 && personFollows(toks, sp[1]) {
		return true // "Varga, who lost the final, will …", "Tarn himself looked calm"
	}
	if caps == 1 && (sp[0] > 0 || sp[1] < len(toks) && f.lex.auxiliaries.has(toks[sp[1]].norm)) {
		// (opening the sentence only before its auxiliary: "Prutton has
		// apologised …", not "In" or "Hot" read off any first word)
		return f.knownName(toks[sp[1]-1].norm)
	}
	return false
}

// antecedent finds the speaker a pronoun, a dropped subject or a
// participle resolves to: the subject of the sentence just before when it
// agrees and reported nothing ("But Morrison is determined … He said:"),
// else the last speaker that agrees.
func (f *finder) antecedent(agr agreement, latin bool) *entity {
	if m := f.mentioned; m != nil && m.compatible(agr, latin) {
		return m
	}
	if d := f.documentGoesOn(agr, latin); d != nil {
		return d
	}
	if e := f.reg.each(func(x *entity) bool { return x.last != "" && x.compatible(agr, latin) }); e != nil {
		if p := f.personBeyondCited(e, agr, latin); p != nil {
			return p
		}
		return e
	}
	// No speaker yet that agrees: someone the article named as the subject
	// of a sentence ("Prop Julian White is expecting …" before "he told").
	if e := f.reg.each(func(x *entity) bool { return x.compatible(agr, latin) }); e != nil {
		return e
	}
	// "The central bank told Reuters … he added": no person met, the body
	// that spoke just before, through whoever spoke for it
	if latin && (agr == masculine || agr == feminine) && f.since <= 1 {
		if e := f.reg.each(func(x *entity) bool { return true }); e != nil && e.last != "" && isBody(e.kind) {
			return e
		}
	}
	return nil
}

// resolved gives a the source of ent, reached through resolution; its
// Speaker is the name the antecedent was written with (the written words,
// a pronoun or a description, stay at SpeakerStart:SpeakerEnd).
func (f *finder) resolved(a *model.Attribution, ent *entity) {
	a.Source, a.SourceKind = ent.id, ent.kind
	if ent.said != "" {
		a.Speaker = ent.said
	}
	a.Kind = model.Named
	if !ent.named {
		a.Kind = model.Anonymous
	}
	a.Carried, a.Resolved, a.Antecedent = a.SpeakerStart == a.SpeakerEnd, true, ent.last
	if ent.last == "" {
		// Met only as the subject of a sentence that reports nothing: no
		// attribution names it yet (rule 6: then not resolved).
		a.Resolved = false
		ent.last, ent.said = a.ID, a.Speaker
	}
	f.reg.touch(ent)
}

// wentOn is, for a verb that says the speaker went on ("وأضاف قائد
// المنتخب السابق") whose subject is a new description of a person, the
// named person who spoke just before: Arabic news varies how it names
// one speaker. Nil when the description is someone met before, has a name
// of its own, or says it is another ("مسؤول آخر").
func (f *finder) wentOn(e event, sp []token, ent *entity, back, latin bool) *entity {
	if latin || back || e.fam == nil || !e.fam.continues || ent == nil || f.since > 1 || len(f.out) == 0 {
		return nil
	}
	if ent.kind != model.SourcePerson || len(ent.words) > 0 || ent.last != "" || !f.definite(sp, latin) && !anyAl(sp) {
		return nil // "قائد أرسنال ومنتخب إنجلترا السابق": definite, the construct's end a name
	}
	if !f.lex.titles.hasBare(&sp[0]) || f.headIndex(sp) != 0 {
		return nil // "وأضاف السنيدي", "وأشارت نورا …، منظمة": a name, someone else
	}
	words := f.bareWords(sp, latin)
	if contains(words, "اخر") || contains(words, "اخري") {
		return nil
	}
	prev := f.reg.byID[f.out[len(f.out)-1].Source]
	if prev == nil || prev == ent || prev.kind != model.SourcePerson || !prev.named || len(prev.words) == 0 || f.nisbaClash(prev, words) {
		return nil // (not "الباحث المصري" after "الرئيس الجزائري")
	}
	return prev
}
