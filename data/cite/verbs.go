package cite

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/isnad/isnad/model"
)

// Reporting verbs are listed in the lexicon as families — a few principal
// parts — and every third person form is generated here, so that a verb
// seen once as "قال" is also found as "وقالت", "فيقولون", "قائلاً" or
// "قوله", and "say" as "says", "said" and "saying". The generation follows
// the regular patterns of each language; irregular forms are given in the
// lexicon.

// familySpec is one verbs: entry of a lexicon file.
type familySpec struct {
	// Arabic principal parts: third person masculine perfect and imperfect,
	// active participle, verbal noun.
	Past       string `yaml:"past"`
	Present    string `yaml:"present"`
	Participle string `yaml:"participle"`
	// PluralParticiple is the plural of a defective participle, whose ي
	// drops (داعي → داعين), given where its letters are no name or noun
	// ("نافين" is Navin, "مدعين" claimants).
	PluralParticiple string `yaml:"plural_participle"`
	Noun             string `yaml:"noun"`
	// English: the base form; Past, Third and Ing when irregular.
	Base  string `yaml:"base"`
	Third string `yaml:"third"`
	Ing   string `yaml:"ing"`
	// Forms are further surface forms, taken as the family's past.
	Forms          []string `yaml:"forms"`
	Content        string   `yaml:"content"` // "required", "or_object", "colon" or empty
	Preps          []string `yaml:"preps"`
	NeedsPrep      bool     `yaml:"needs_prep"`
	Subjects       []string `yaml:"subjects"`
	ChannelSubject bool     `yaml:"channel_subject"`
	// SourcePreps: the particles before the source when the subject is the
	// channel ("نقلت الوكالة عن", "علمت الصحيفة من").
	SourcePreps []string `yaml:"source_preps"`
	// NeedsChannel: no report without the channel subject ("علمت أن" is
	// the writer's).
	NeedsChannel  bool  `yaml:"needs_channel"`
	Objects       *bool `yaml:"objects"`
	ClauseInitial bool  `yaml:"clause_initial"`
	// Idioms: objects that stand between the verb and its subject or what
	// was said ("لفت النظر إلى"), and words that are never its speaker
	// ("دعا الله": a prayer, not a call).
	IdiomObjects []string `yaml:"idiom_objects"`
	NotSpeakers  []string `yaml:"not_speakers"`
	// Homographs: words before or after the form that make it another word
	// ("كل فرد" an individual, "ورد في" it came in).
	NotAfter []string `yaml:"not_after"`
	// ObjectsAfter: the forms with an object pronoun report only after one
	// of these nouns or a medium's noun, with a relative pronoun or the one
	// addressed between ("انتقادات وجهها", "الرسالة التي وجهها له"):
	// elsewhere the word is a noun with its pronoun (وجهه "his face",
	// وجهته "his destination").
	ObjectsAfter []string `yaml:"objects_after"`
	NotBefore    []string `yaml:"not_before"`
	// Declines: objects with which the verb says nothing was said ("رفضت
	// الشركة التعليق", declined to comment).
	Declines []string `yaml:"declines"`
	// Rituals: what the verb's particle governs when nothing is reported
	// ("أعرب عن أصدق التهاني", congratulations, condolences, thanks).
	Rituals []string `yaml:"rituals"`
	// BareRituals: what is wished that is a courtesy only when the clause
	// says nothing more ("متمنياً لهم التوفيق." — "متمنياً له التوفيق في
	// تحقيق البطولات" says what for, and reports).
	BareRituals []string `yaml:"bare_rituals"`
	// ActObjects: nouns after the verb's particle with which the verb is an
	// act, nothing said ("توصلت الحكومة إلى اتفاق": reached an agreement).
	ActObjects []string `yaml:"act_objects"`
	// ObjectBeforePrep: the one addressed may stand between the speaker
	// and the particle ("طالب البيان المجتمع الدولي بتحمل …").
	ObjectBeforePrep bool `yaml:"object_before_prep"`
	// PrepAnyNoun: a joined particle opens what was said before any noun,
	// not only a verbal noun or a definite one ("طالب بضرورة", "نوه بجهود").
	PrepAnyNoun bool `yaml:"prep_any_noun"`
	// Speech: the verb means nothing but saying ("قال"): a circumstance of
	// any length may stand between its speaker and what was said, when a
	// colon, a quotation or إن opens it.
	Speech bool `yaml:"speech"`
	// Unmarked: the verb has no sense but saying, so that after a speaker
	// that looks like one, what follows is what was said even with no
	// particle, colon or quotation ("وقال الكندي الحوار مستمر …").
	Unmarked bool `yaml:"unmarked"`
	// Predicate: with an object pronoun the verb takes a predicate after
	// its subject ("اعتبرته المنظمة «ارتفاعاً غير مسبوق»"): the subject
	// ends before it, and an accusative right after the verb is it, the
	// subject dropped ("ويعتبره مسؤولاً").
	Predicate bool `yaml:"predicate"`
	// ObjectsNeedSource: the forms with an object pronoun report only with a
	// subject that can hold a view — a person, a body, a state, a group of
	// people ("مشروع تراه الوزارة فرصة") — or the subject of the verb before
	// it; else they are seeing or judging with no one's view reported
	// ("بالطريقة التي تراها مناسبة", "تراه يمشي").
	ObjectsNeedSource bool `yaml:"objects_need_source"`
	// SeesFit: with an object pronoun after a nominal cue and ما ("بحسب ما
	// تراه الجهات المعنية", "وفق ما يراه الطبيب") or after one of these
	// words ("حسبما يراه المدرب") the verb says "as X sees fit": a
	// discretion, no view reported.
	SeesFit []string `yaml:"sees_fit"`
	// ToldObject: the one told, its object, may precede the subject ("أبلغ «الصحيفة» مسؤول أن").
	ToldObject bool `yaml:"told_object"`
	// Continues: the verb says the speaker went on ("أضاف", "تابع"): a
	// description of a person as its subject, right after a named person
	// spoke, is that person ("وأضاف قائد المنتخب السابق").
	Continues bool `yaml:"continues"`
	// Yields: a verb of speaking that reports nothing itself, with nothing
	// it spoke of or said after it, when a participle of saying hangs on
	// it ("تحدث فلان قائلاً: …"): the speech is the participle's, the
	// verb's subject its speaker.
	Yields bool `yaml:"yields"`
	// Sourced: the verb reports only from a source the text names, written
	// as its subject or met before it; with neither it is the writer's own
	// or a passive spelt alike ("وجدتُ أن" I found, "وُجد أن" it was
	// found, invented), not listed as a speaker not found.
	Sourced bool `yaml:"sourced"`
	// NoDual: the masculine dual of the perfect (past + ا) is also a common
	// noun or adjective in the accusative ("تابعاً", "طالباً"): not generated.
	NoDual bool `yaml:"no_dual"`
	// Dual: the masculine dual perfect is generated where the rule above
	// would not (a three-letter spelling whose dual is no noun: "أكدا").
	Dual bool `yaml:"dual"`
	// RelativeOnly: the verb reports only as "ما" with its object pronoun,
	// what someone called a thing ("ما سمّته «المقاومة»"): "سمّى ابنه" is
	// naming a child.
	RelativeOnly bool `yaml:"relative_only"`
	// NounLightOnly: the verbal noun reports only after a light verb
	// ("وجدد المرصد مطالبته"): "تحذير المواطنين" is warning them.
	NounLightOnly bool `yaml:"noun_light_only"`
	// NounAgentHead: the noun after the verbal noun is its subject only when
	// its head is a source ("إعلان الوزارة"); more often it is what was
	// announced ("إعلان وفاة القائد", "إعلان أسماء الفائزين").
	NounAgentHead bool `yaml:"noun_agent_head"`
	// NounContent: the verbal noun with its subject reports only when what
	// was said follows that subject (أن، إن، a colon, a quotation or one of
	// preps): "إعلان الوزارة أن …", not "ويأتي إعلان الوزارة بعد …".
	NounContent bool `yaml:"noun_content"`
	// Addressed: the verb reports only when the one it addresses stands
	// between its speaker and its particle: "حمّل الحزب الحكومة
	// المسؤولية" blames, "حمل القائد المسؤولية" bore it.
	Addressed bool `yaml:"addressed"`
	// Marks: the written marks of which a form must carry one to be this
	// verb, its letters spelling another word more often ("عدّ" deemed, not
	// "عد" count nor "وعد" promised; "عاداً" deeming, not "عادا" the two
	// returned).
	Marks []string `yaml:"marks"`
	// BarePredicates: words that, in the clause after the bare spelling
	// behind و or ف ("وعد"), show it is this verb with its object and
	// predicate ("وعد الوزير البرنامج أحد أهم المبادرات"); so does an
	// indefinite accusative ("وعد ذلك دليلاً").
	BarePredicates []string `yaml:"bare_predicates"`
}

// family is a compiled verb family.
type family struct {
	name           string // the first principal part, for messages
	content        bool   // attributes only with what was said after it
	objectContent  bool   // or with its object, after a subject that is a source
	definiteObject bool   // that object definite: a predicate alone is the passive ("اعتبر فلان أفضل لاعب")
	amountObject   bool   // or with its object when an amount with ب follows it: an estimate
	colonOnly      bool   // reports only with a colon or a quotation right after it ("وزاد:")
	preps          set
	needsPrep      bool
	subjects       []model.SourceKind // empty: any
	channelSubject bool
	sourcePreps    set // after a channel subject, before the source
	needsChannel   bool
	clauseInitial  bool
	noun           string // the verbal noun, folded: "وصف" is both
	idiomObjects   set
	notSpeakers    set
	notAfter       set    // homographs: "كل فرد"
	objectsAfter   set    // the nouns after which alone a form with an object pronoun reports
	declines       set    // "رفض التعليق": nothing said
	rituals        set    // "أعرب عن التهاني": a ritual, nothing reported
	bareRituals    set    // "متمنياً لهم التوفيق.": a ritual when nothing follows
	actObjects     set    // "توصل إلى اتفاق": an act, nothing reported
	notBefore      set    // "ورد في"
	objectPrep     bool   // an object may stand before the particle
	addressed      bool   // and must: "حمّل الحزب الحكومة المسؤولية"
	prepAnyNoun    bool   // a joined particle opens what was said before any noun
	speech         bool   // nothing but saying: what was said may follow a long circumstance
	unmarked       bool   // no other sense: what follows its speaker was said, even unmarked
	predicate      bool   // with an object pronoun, a predicate follows the subject
	objectsSource  bool   // with an object pronoun, reports only after a subject that holds views
	seesFit        set    // with an object pronoun after these, or a nominal cue and ما: "as X sees fit"
	toldObject     bool   // the one told, its object, may stand before the subject
	continues      bool   // "went on": its described speaker is the one who just spoke
	yields         bool   // "تحدث فلان قائلاً": the participle after it reports, not it
	sourced        bool   // "وجدتُ أن", "وُجد أن": with no source named, none
	relativeOnly   bool   // reports only as "ما" with its object pronoun: "ما سمّاه"
	nounLightOnly  bool   // its verbal noun reports only after a light verb: "جدد مطالبته"
	nounAgentHead  bool   // its verbal noun's subject must be a source by its head: "إعلان الوزارة"
	nounContent    bool   // its verbal noun reports only with what was said after its subject
	past           string // the principal part as listed, folded: one family each
	pastMaqsura    bool   // the perfect ends in ى (روى): spelt with ي it is another word
	pastWasl       bool   // the perfect opens with a bare alef (اعترف، استغرب): with أ it is "I …"
	presentYa      bool   // the imperfect ends in ي (يدّعي): spelt with ى it is the passive

	// one of them written, or the form is another word: "عدّ", not "وعد"
	marks []string
	// words showing the bare spelling is this verb after all: "وعد ذلك أحد"
	barePredicates set
}

// formKind is what a surface form of a family is.
type formKind uint8

const (
	formPast       formKind = iota // perfect, English past
	formPresent                    // imperfect, English present
	formParticiple                 // circumstantial participle, English -ing
	formNoun                       // verbal noun with a pronoun: قوله
	formMasdar                     // bare verbal noun before its subject: "تأكيد الوزير"
)

// agreement is what a verb form or a pronoun says about its subject.
type agreement uint8

const (
	anyAgreement agreement = iota
	masculine
	feminine
	neuter // English "it"
	plural
)

// verbForm is one generated surface form.
type verbForm struct {
	fam    int
	kind   formKind
	agr    agreement
	object bool // carries an object pronoun: وصفها، أوردتها
}

// The suffixes of third person forms, folded (ة as ه, ى as ي).
var (
	arObjects = []string{"ه", "ها", "هم", "هما"}
)

func (l *Lexicon) addFamily(s familySpec) error {
	orObject := s.Content == "or_object" || s.Content == "or_object_past"
	f := family{content: s.Content == "required" || orObject || s.Content == "colon" || s.Content == "amount",
		objectContent: orObject, definiteObject: s.Content == "or_object_past", amountObject: s.Content == "amount",
		colonOnly: s.Content == "colon", preps: newSet(s.Preps), needsPrep: s.NeedsPrep,
		channelSubject: s.ChannelSubject, sourcePreps: newSet(s.SourcePreps), needsChannel: s.NeedsChannel, clauseInitial: s.ClauseInitial, noun: Fold(s.Noun),
		idiomObjects: newSet(s.IdiomObjects), notSpeakers: newSet(s.NotSpeakers), notAfter: newSet(s.NotAfter), objectsAfter: newSet(s.ObjectsAfter), declines: newSet(s.Declines), rituals: newSet(s.Rituals), bareRituals: newSet(s.BareRituals), actObjects: newSet(s.ActObjects), notBefore: newSet(s.NotBefore), objectPrep: s.ObjectBeforePrep, predicate: s.Predicate, objectsSource: s.ObjectsNeedSource, seesFit: newSet(s.SeesFit), toldObject: s.ToldObject,
		prepAnyNoun: s.PrepAnyNoun, speech: s.Speech, unmarked: s.Unmarked, continues: s.Continues, yields: s.Yields, sourced: s.Sourced, relativeOnly: s.RelativeOnly, nounLightOnly: s.NounLightOnly, nounAgentHead: s.NounAgentHead, nounContent: s.NounContent, addressed: s.Addressed, marks: s.Marks, barePredicates: newSet(s.BarePredicates)}
	for _, k := range s.Subjects {
		kind, err := parseKind(k)
		if err != nil {
			return fmt.Errorf("verb %s: %w", s.Past+s.Base, err)
		}
		f.subjects = append(f.subjects, kind)
	}
	if s.Content != "" && s.Content != "required" && !orObject && s.Content != "colon" && s.Content != "amount" {
		return fmt.Errorf("verb %s: content %q: want required, or_object, or_object_past, colon, amount or nothing", s.Past+s.Base, s.Content)
	}
	for _, g := range l.families {
		if s.Past != "" && g.past == Fold(s.Past) || s.Base != "" && g.past == Fold(s.Base) {
			return fmt.Errorf("verb %s: listed twice", s.Past+s.Base)
		}
	}
	f.past = Fold(s.Past + s.Base)
	fi := len(l.families)
	// or_object_past: the imperfect is a family of its own that wants what
	// was said ("يعتبر من أهم" is mostly "is considered")
	presentFam := fi
	if s.Content == "or_object_past" {
		presentFam = fi + 1
	}
	objects := s.Objects == nil || *s.Objects
	put := func(w string, kind formKind, agr agreement, object bool) {
		if object && !objects {
			return
		}
		w = Fold(w)
		if w == "" || strings.Contains(w, " ") {
			return
		}
		if _, dup := l.verbs[w]; dup {
			return // the first family keeps a shared form (يبين of بيّن and أبان)
		}
		fam := fi
		if kind == formPresent {
			fam = presentFam
		}
		l.verbs[w] = verbForm{fam: fam, kind: kind, agr: agr, object: object}
		if len(s.Marks) > 0 {
			if l.markedForms == nil {
				l.markedForms = map[string]bool{}
			}
			l.markedForms[w] = true
		}
	}
	switch {
	case s.Base != "":
		f.name = s.Base
		englishForms(s, put)
	case s.Past != "" || s.Present != "":
		f.name = s.Past + s.Present
		f.pastMaqsura = strings.HasSuffix(s.Past, "ى")
		f.pastWasl = strings.HasPrefix(s.Past, "ا")
		f.presentYa = strings.HasSuffix(s.Present, "ي")
		arabicForms(s, put)
	case len(s.Forms) == 0:
		return fmt.Errorf("verb entry with no form")
	}
	for _, w := range s.Forms {
		put(w, formPast, anyAgreement, false)
	}
	if f.name == "" {
		f.name = s.Forms[0]
	}
	l.families = append(l.families, f)
	if presentFam != fi {
		g := f
		g.objectContent = false
		l.families = append(l.families, g)
	}
	return nil
}

// conjoined reports whether a verb form is written with the conjunction و
// or ف ("وأضاف"), as against a verb whose root starts with و ("وجهها").
func (l *Lexicon) conjoined(t *token) bool {
	w := t.norm
	if _, ok := l.markedConjoined(t); ok {
		return true
	}
	if _, ok := l.verb(w); ok {
		return false
	}
	for _, p := range []string{"و", "ف"} {
		if rest, ok := strings.CutPrefix(w, p); ok {
			if _, ok := l.verb(rest); ok {
				return true
			}
		}
	}
	return false
}

// verb looks a folded form up in l.verbs, its filter first.
func (l *Lexicon) verb(w string) (verbForm, bool) {
	if !l.verbKeys.mayHave(w) {
		return verbForm{}, false
	}
	v, ok := l.verbs[w]
	return v, ok
}

// verbAt looks a token up as a reporting verb form, also behind the
// proclitics a verb takes: و ف (any form), ل س (the imperfect), ب ل (the
// verbal noun: "بقوله").
func (l *Lexicon) verbAt(t *token) (verbForm, bool) {
	if t.vlex == l {
		return verbForm{fam: int(t.vfam), kind: t.vkind, agr: t.vagr, object: t.vset&4 != 0}, t.vset&3 == 2
	}
	v, ok := l.verbAtUncached(t)
	t.vlex, t.vfam, t.vkind, t.vagr, t.vset = l, int32(v.fam), v.kind, v.agr, 1
	if ok {
		t.vset = 2
	}
	if v.object {
		t.vset |= 4
	}
	return v, ok
}

// verbAtUncached is verbAt without the token's cache.
func (l *Lexicon) verbAtUncached(t *token) (verbForm, bool) {
	if t.punct {
		return verbForm{}, false
	}
	w := t.norm
	if r, _ := utf8.DecodeLastRuneInString(t.raw); r == '\u064C' || r == '\u064D' {
		return verbForm{}, false // "وعَـدٌ", "قولٍ": the nominative or genitive tanween ends a noun, never a verb
	}
	if strings.HasSuffix(t.raw, "ة") {
		// A ta marbuta is a noun's ending, never the pronoun ه it folds
		// with: "إضافة" is no "أضافه", "تابعة" no "تابعه".
		if v, ok := l.verb(w); ok && (v.kind == formParticiple || v.kind == formMasdar) && l.families[v.fam].markedIn(t.raw) {
			return v, true
		}
		return verbForm{}, false
	}
	if v, ok := l.markedConjoined(t); ok {
		return v, true
	}
	if v, ok := l.verb(w); ok {
		if !l.families[v.fam].markedIn(t.raw) {
			return verbForm{}, false
		}
		if v.kind == formPast && l.families[v.fam].pastWasl && strings.HasPrefix(t.raw, "أ") {
			return verbForm{}, false // "أعترف بأنني", "أستغرب": the writer's own "I", not "he confessed"
		}
		if v.kind == formPast && !v.object && strings.HasSuffix(t.raw, "ي") && l.families[v.fam].pastMaqsura {
			// "روي" is no "روى": a name (Roy, Rui) or the passive, spelt
			// with ي where the verb ends in ى; "نفي" is the verbal noun
			if l.families[v.fam].noun == w {
				return verbForm{fam: v.fam, kind: formMasdar, agr: anyAgreement}, true
			}
			return verbForm{}, false
		}
		return v, true
	}
	if w == "" || w[0] < 0x80 {
		return verbForm{}, false
	}
	for _, p := range []string{"و", "ف"} {
		rest, ok := strings.CutPrefix(w, p)
		if !ok || len(rest) < 4 {
			continue
		}
		if v, ok := l.verb(rest); ok {
			if !l.families[v.fam].markedIn(t.raw) {
				return verbForm{}, false
			}
			return v, true
		}
		w = rest // وليقول، فسيقول
		break
	}
	// س marks the future of an imperfect; ب and ل a verbal noun ("بقوله").
	// ل before an imperfect is purpose ("ليضيفها"), not a report.
	for _, p := range []string{"س", "ب", "ل"} {
		rest, ok := strings.CutPrefix(w, p)
		if !ok || len(rest) < 4 {
			continue
		}
		if v, ok := l.verb(rest); ok && (v.kind == formPresent && p == "س" || (v.kind == formNoun || v.kind == formMasdar) && p != "س") {
			return v, true
		}
	}
	return verbForm{}, false
}

// passiveSpelling reports whether an imperfect whose active ends in ي is
// written with ى, the passive: "رجل يدعى فلان" (is called), "ويروى أن"
// (it is narrated) are not "يدّعي" (claims) nor "يروي" (narrates). It is
// still a verb, which ends a speaker before it.
func (l *Lexicon) passiveSpelling(t *token, v verbForm) bool {
	return v.kind == formPresent && !v.object && strings.HasSuffix(t.raw, "ى") && l.families[v.fam].presentYa
}

// fromSource reports whether a word is a particle before the source after
// a channel subject ("نقلت الوكالة عن", "علمت الصحيفة من مصادر").
func (f *family) fromSource(w string) bool { return f.sourcePreps.has(w) }
