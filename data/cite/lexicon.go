package cite

import (
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"path"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"

	"github.com/isnad/isnad/data/calendar"
	"github.com/isnad/isnad/model"
)

// The default lexicon is one YAML file per language under lexicon/, all in
// the same shape; the Lexicon is their union. Arabic and Latin words never
// collide, so the finder tells the languages apart by the script of the cue.
//
//go:embed lexicon/*.yaml
var lexiconFiles embed.FS

// Lexicon is the compiled word lists of the lexicon files. It is read-only
// after loading and safe to share between goroutines.
type Lexicon struct {
	verbs              map[string]verbForm // folded form without proclitics → family and form
	families           []family
	passiveAll         set             // always passive: قيل
	passiveDamma       set             // passive when a damma marks it: يُتهم
	passiveForms       map[string]bool // both, with و and ف: → always
	verbKeys           filter          // the keys of verbs
	markedForms        map[string]bool // the forms of verbs that need their marks written (عدّ)
	passiveKeys        filter          // the keys of passiveForms
	phrases            seqs[struct{}]
	documentCues       seqs[struct{}]
	viewCues           seqs[struct{}]
	viewTakers         set
	godEpithets        seqs[struct{}] // "تعالى", "عز وجل": الله
	prophetBlessings   seqs[struct{}] // "صلى الله عليه وسلم" after a verb of saying: the Prophet
	platforms          seqs[struct{}] // "على تويتر": a network the words were posted on
	notSources         set
	anonymous          seqs[int] // → index in anonGroups
	anonGroups         []anonGroup
	singulars          map[string]struct{}  // the words of a vague group that name one of it, folded
	oneOf              map[string]agreement // "أحد", "إحدى" before a group: one of it, folded
	kinHeads           map[string]agreement // "ابن", "زوجة" heading a person's description, folded
	complements        seqs[struct{}]
	stops              set
	channelNouns       seqs[struct{}]
	audiences          seqs[int]
	audienceList       []anonGroup
	spokeTo            set
	quantifiers        seqs[struct{}]
	groupQuantifiers   seqs[struct{}] // "عدد من", "بعض" before a speaker: a group, its verbs plural
	wrappers           set
	pronouns           map[string]agreement
	titles             set
	honorifics         set
	addressTitles      set
	nameJoins          set
	kunyaJoins         set
	affiliations       set
	descriptionPreps   set
	postPreps          set
	lineageJoins       set
	notBPrep           set
	adverbials         seqs[struct{}]
	itemOpeners        seqs[struct{}]
	turnOpeners        seqs[struct{}]
	topicPhrases       seqs[struct{}]
	nounHomographs     set
	clauseOpeners      seqs[struct{}]
	issuedBy           seqs[struct{}]
	refuse, ask        set // a source withholding its name: "رفض الكشف عن", "طلب عدم ذكر"
	disclose, identity set // … "الكشف", "اسمه"
	seats              set // "ومقره واشنطن": a body's seat after its name
	representatives    set // "النائب فلان عن الدائرة": a title that speaks for a seat after عن
	compoundHeads      set // "عبد الملك": a given name's first word, a title after it the name's
	counterparts       set // "ونظيره الألماني فلان": a second speaker, a person's counterpart
	occasions          set // "في حفل التكريم": where someone spoke, after the speaker
	spokeFrom          set // "من مقر الرئاسة": the place someone spoke from, after من
	documentClauses    set // "تقرير صدر أمس": a verb opening a clause on an indefinite document
	noReport           seqs[struct{}]
	namedAfter         set
	namesakes          set
	topicOpeners       set
	timeConjunctions   set
	mediumCarriers     set
	unmarkedOpeners    set
	modals             set
	futureAux          set
	irregularPasts     set
	agencyNisbas       set
	legalTexts         set // rules that state what a sentence framed by them says: "وبحسب اللوائح، فإن"
	letterNames        set // Latin letters spelt out: "جيمس بي. كومي"
	platformPages      set // a speaker's page on a network: "في حسابه على تويتر"
	branchHeads        set // a body's office, its place its own: "مكتب «يونيسف» في اليمن"
	addressees         set
	mannerNouns        set // with ب, how something was said: "بسخرية"
	firstPersons       set
	passiveLight       set // "يتم", "وتم": the verbal noun after them is a passive
	maAdverbs          set
	goOnVerbs          set
	objectsBeforeSrc   set
	announcedObjects   set // verbal nouns announced after a speaker's name ("الكشف عن")
	titleQualifiers    set // verbal nouns with ب that qualify a title ("بالتكليف")
	unveiledObjects    set // what is lifted off a thing, before عن ("كشف النقاب عن")
	nationalities      set // adjectives of nationality that bring in a foreigner's name ("البرتغالي جوزيه مورينيو")
	appositionPronouns set
	ownWords           set
	ownWordsOwned      set               // own words only with their pronoun or a person ("حسب تصريحه"; "تصريح البلدية" is a permit)
	sameTitles         map[string]string // a title word → the one it is compared as
	kinds              seqs[model.SourceKind]
	feminine           set
	nameWrappers       set
	channelPreps       set
	relatives          set
	determiners        set
	clauseStarts       set
	participleClauses  set
	peoplePlurals      set
	lamClauses         set
	auxiliaries        set
	timeWords          set
	adverbs            set
	timeAdverbs        set
	objectHeads        set
	timeAdjs           set
	resumptives        set
	demonstratives     set
	familyJoins        set
	genericHeads       set
	states             set                 // names of states, which "the government" after them is
	capitals           set                 // capitals, a government's seat standing for it: "تراه القاهرة فرصة"
	lightVerbs         set                 // "جدد", "كرر", "سارع": their subject speaks in the verbal noun after them
	governmentWords    set                 // "government", "الحكومة": a state's, when one spoke
	journalists        set                 // "correspondent": "our correspondent" is the outlet's own
	epithets           set                 // "striker", "actress": "the striker" is the person just named
	rankings           set                 // "biggest": "the UK's biggest lender" is the body just named
	demonyms           map[string][]string // "scot" → its country's words ("scotland", "scottish"), folded
	postmodifiers      set                 // "sources familiar with", "officials close to"
	impersonal         set                 // "يذكر أن": no one, whatever came before
	// Grammar words of the rules (see ar.yaml): particles a subject follows,
	// particles of the subjunctive and of possibility, the writer's "كنت",
	// pronouns pointing back to a medium, given-name parts, emphatics.
	subjectParticles, subjunctive, possibility, firstPersonAux set
	contrastParticles                                          set
	mediumPointers, nameParts, emphatics, pastAux              set
	predicateHeads                                             set // "وهي", "أصبحت": a participle after them is a predicate
	listOpeners                                                seqs[struct{}]
	asWords                                                    set
	prepositions                                               set
	adjectives                                                 set
	ordinals                                                   set // "فئة ثالثة": the adjective of an indefinite noun
	givenNames                                                 set
	genderTitles, genderNames                                  map[string]agreement // the words that tell a person's gender, folded
	months                                                     seqs[int]
	yearWords                                                  set
	quantities                                                 set
	approximations                                             set
	adjectiveComplements                                       set
	refHeadings                                                set
	notAuthors                                                 set
}

var defaultLex = sync.OnceValues(func() (*Lexicon, error) {
	names, err := fs.Glob(lexiconFiles, "lexicon/*.yaml")
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	docs := make([][]byte, len(names))
	for i, n := range names {
		if docs[i], err = lexiconFiles.ReadFile(n); err != nil {
			return nil, err
		}
	}
	l, err := ParseLexicon(docs...)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path.Dir(names[0]), err)
	}
	return l, nil
})

// DefaultLexicon returns the lexicon embedded in the package. It panics if
// the embedded files are broken, which the package's tests rule out.
func DefaultLexicon() *Lexicon {
	l, err := defaultLex()
	if err != nil {
		panic("cite: embedded lexicon: " + err.Error())
	}
	return l
}

// LoadLexicon reads a lexicon from fsys (one file in the shape of the
// embedded ones, all languages in it); a missing file gives the default.
func LoadLexicon(fsys fs.FS, path string) (*Lexicon, error) {
	b, err := fs.ReadFile(fsys, path)
	if errors.Is(err, fs.ErrNotExist) {
		return DefaultLexicon(), nil
	}
	if err != nil {
		return nil, err
	}
	l, err := ParseLexicon(b)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return l, nil
}

// ParseLexicon compiles the YAML texts of one or more lexicon files into
// one lexicon, their union.
func ParseLexicon(docs ...[]byte) (*Lexicon, error) {
	l := &Lexicon{verbs: map[string]verbForm{}, pronouns: map[string]agreement{}, singulars: map[string]struct{}{}, genderTitles: map[string]agreement{}, genderNames: map[string]agreement{}, oneOf: map[string]agreement{}, kinHeads: map[string]agreement{}, demonyms: map[string][]string{}}
	sets := map[*set][]string{}
	for _, b := range docs {
		var f lexiconFile
		if err := yaml.Unmarshal(b, &f); err != nil {
			return nil, err
		}
		if err := l.add(&f, sets); err != nil {
			return nil, err
		}
	}
	for s, words := range sets {
		*s = newSet(words)
	}
	l.passiveForms = map[string]bool{}
	for w := range l.passiveDamma.m {
		for _, p := range []string{"", "و", "ف"} {
			l.passiveForms[p+w] = false
		}
	}
	for w := range l.passiveAll.m {
		for _, p := range []string{"", "و", "ف"} {
			l.passiveForms[p+w] = true
		}
	}
	for _, n := range calendar.Months() {
		l.months.add(n.Text, n.Value)
	}
	l.verbKeys, l.passiveKeys = newFilter(len(l.verbs)), newFilter(len(l.passiveForms))
	for w := range l.verbs {
		l.verbKeys.add(w)
	}
	for w := range l.passiveForms {
		l.passiveKeys.add(w)
	}
	if len(l.families) == 0 && l.phrases.byFirst == nil {
		return nil, errors.New("lexicon has no verbs and no phrases")
	}
	return l, nil
}

// parseKind reads a source kind as the lexicon and sources.yaml write it.
func parseKind(s string) (model.SourceKind, error) {
	switch k := model.SourceKind(s); k {
	case model.SourcePerson, model.SourceOrg, model.SourceGovernment, model.SourceOutlet,
		model.SourceDocument, model.SourceAnonymous:
		return k, nil
	case "organisation", "organization":
		return model.SourceOrg, nil
	}
	return "", fmt.Errorf("kind %q: want person, org, government, outlet, document or anonymous", s)
}

// unnamed is the anonymous group of withheld speakers, or a default.
func (l *Lexicon) unnamed() anonGroup {
	for _, g := range l.anonGroups {
		if g.id == "anon-unnamed" {
			return g
		}
	}
	return anonGroup{id: "anon-unnamed", name: "unnamed"}
}

// add merges one file into l; set-valued lists are gathered in sets and
// built once at the end.
func (l *Lexicon) add(f *lexiconFile, sets map[*set][]string) error {
	for _, spec := range f.Verbs {
		if err := l.addFamily(spec); err != nil {
			return err
		}
	}
	for dst, src := range map[*set][]string{
		&l.passiveAll: f.Passive.Always, &l.passiveDamma: f.Passive.WithDamma, &l.notSources: f.NotSources, &l.stops: f.Stops, &l.spokeTo: f.SpokeTo,
		&l.wrappers: f.Wrappers, &l.titles: f.Titles, &l.honorifics: f.Honorifics, &l.viewTakers: f.ViewTakers, &l.addressTitles: f.AddressTitles, &l.nameJoins: f.NameJoins, &l.kunyaJoins: f.KunyaJoins, &l.affiliations: f.Affiliations, &l.notBPrep: f.NotBPrep,
		&l.descriptionPreps: f.DescriptionPreps, &l.postPreps: f.PostPreps, &l.lineageJoins: f.LineageJoins, &l.refuse: f.Anonymity.Refuse, &l.ask: f.Anonymity.Ask, &l.disclose: f.Anonymity.Disclose, &l.identity: f.Anonymity.Identity,
		&l.feminine: f.FeminineHeads, &l.nameWrappers: f.NameWrappers, &l.channelPreps: f.ChannelPreps,
		&l.relatives: f.Relatives, &l.appositionPronouns: f.AppositionPronouns, &l.seats: f.Seats, &l.representatives: f.Representatives, &l.compoundHeads: f.CompoundHeads, &l.counterparts: f.Counterparts, &l.occasions: f.Occasions, &l.spokeFrom: f.SpokeFrom, &l.documentClauses: f.DocumentClauses, &l.ownWords: f.OwnWords, &l.ownWordsOwned: f.OwnWordsOwned, &l.determiners: f.Determiners, &l.clauseStarts: f.ClauseStarts, &l.participleClauses: f.ParticipleClauses, &l.peoplePlurals: f.PeoplePlurals, &l.lamClauses: f.LamClauses,
		&l.auxiliaries: f.Auxiliaries, &l.timeWords: f.TimeWords, &l.yearWords: f.YearWords,
		&l.adverbs: f.Adverbs, &l.timeAdverbs: f.TimeAdverbs, &l.objectHeads: f.ObjectHeads, &l.timeAdjs: f.TimeAdjectives, &l.resumptives: f.Resumptives, &l.asWords: f.AsWords, &l.namedAfter: f.NamedAfter, &l.namesakes: f.Namesakes, &l.topicOpeners: f.TopicOpeners, &l.timeConjunctions: f.TimeConjunctions, &l.mediumCarriers: f.MediumCarriers, &l.unmarkedOpeners: f.UnmarkedOpeners, &l.modals: f.Modals, &l.futureAux: f.FutureAux, &l.irregularPasts: f.IrregularPasts, &l.agencyNisbas: f.AgencyNisbas, &l.legalTexts: f.LegalTexts, &l.letterNames: f.LetterNames, &l.platformPages: f.PlatformPages, &l.branchHeads: f.BranchHeads, &l.addressees: f.Addressees, &l.mannerNouns: f.MannerNouns, &l.firstPersons: f.FirstPersons, &l.passiveLight: f.PassiveLight, &l.maAdverbs: f.MaAdverbs, &l.goOnVerbs: f.GoOnVerbs, &l.objectsBeforeSrc: f.ObjectsBeforeSrc, &l.announcedObjects: f.AnnouncedObjects, &l.titleQualifiers: f.TitleQualifiers, &l.unveiledObjects: f.UnveiledObjects, &l.nationalities: f.Nationalities,
		&l.demonstratives: f.Demonstratives, &l.familyJoins: f.FamilyJoins, &l.genericHeads: f.GenericHeads, &l.states: f.States, &l.capitals: f.Capitals, &l.lightVerbs: f.LightVerbs, &l.governmentWords: f.GovernmentWords, &l.journalists: f.Journalists, &l.epithets: f.Epithets, &l.rankings: f.Rankings, &l.postmodifiers: f.Postmodifiers, &l.impersonal: f.Impersonal,
		&l.subjectParticles: f.SubjectParticles, &l.contrastParticles: f.ContrastParticles, &l.subjunctive: f.Subjunctive, &l.possibility: f.Possibility,
		&l.firstPersonAux: f.FirstPersonAux, &l.pastAux: f.PastAux, &l.predicateHeads: f.PredicateHeads, &l.mediumPointers: f.MediumPointers, &l.nameParts: f.NameParts,
		&l.emphatics:    f.Emphatics,
		&l.prepositions: f.Prepositions, &l.adjectives: f.Adjectives, &l.ordinals: f.Ordinals,
		&l.givenNames: f.GivenNames,
		&l.quantities: f.Quantities, &l.nounHomographs: f.NounHomographs, &l.approximations: f.Approximations, &l.adjectiveComplements: f.AdjComplements, &l.refHeadings: f.ReferenceHeadings, &l.notAuthors: f.NotAuthors,
	} {
		sets[dst] = append(sets[dst], src...)
	}
	for _, w := range f.Titles {
		// An Arabic title is also a woman's: مدرب → مدربة. Not after ي:
		// معالي + ة folds as معاليه, "his excellency".
		if r, _ := utf8.DecodeRuneInString(w); r >= 0x0600 && r <= 0x06FF && !strings.HasSuffix(w, "ة") &&
			!strings.HasSuffix(w, "و") && !strings.HasSuffix(w, "ا") && !strings.HasSuffix(w, "ي") {
			sets[&l.titles] = append(sets[&l.titles], w+"ة")
		}
	}
	// Phrase lists, matched as word sequences.
	for dst, src := range map[*seqs[struct{}]][]string{
		&l.phrases: f.Phrases, &l.documentCues: f.DocumentCues, &l.viewCues: f.ViewCues, &l.godEpithets: f.GodEpithets, &l.prophetBlessings: f.ProphetBlessings, &l.platforms: f.Platforms, &l.quantifiers: f.Quantifiers, &l.groupQuantifiers: f.GroupQuants, &l.listOpeners: f.ListOpeners,
		&l.complements: f.Complements, &l.channelNouns: f.ChannelNouns, &l.adverbials: f.AdverbialPhrases, &l.itemOpeners: f.ItemOpeners, &l.turnOpeners: f.TurnOpeners, &l.topicPhrases: f.TopicPhrases,
		&l.clauseOpeners: f.ClauseOpeners, &l.issuedBy: f.IssuedBy, &l.noReport: f.NoReport,
	} {
		for _, w := range src {
			dst.add(w, struct{}{})
		}
	}
	for _, group := range f.SameTitles {
		if l.sameTitles == nil {
			l.sameTitles = map[string]string{}
		}
		for _, w := range group[min(1, len(group)):] {
			l.sameTitles[Fold(w)] = Fold(group[0])
		}
	}
	addGroups := func(gs []group, list *[]anonGroup, s *seqs[int]) {
		for _, g := range gs {
			k := len(*list)
			for i, have := range *list { // one group across languages
				if have.id == g.ID {
					k = i
				}
			}
			if k == len(*list) {
				*list = append(*list, anonGroup{g.ID, g.Name, g.Indefinite, g.Media})
			}
			(*list)[k].media = (*list)[k].media || g.Media
			for _, w := range g.Words {
				s.add(w, k)
			}
			for _, w := range g.Singular {
				s.add(w, k)
				l.singulars[Fold(w)] = struct{}{}
			}
		}
	}
	for w, country := range f.Demonyms {
		for _, c := range country {
			l.demonyms[Fold(w)] = append(l.demonyms[Fold(w)], Fold(c))
		}
	}
	if err := f.GenderedTitles.addTo(l.genderTitles); err != nil {
		return err
	}
	if err := f.OneOf.addTo(l.oneOf); err != nil {
		return err
	}
	if err := f.KinHeads.addTo(l.kinHeads); err != nil {
		return err
	}
	if err := f.GenderedNames.addTo(l.genderNames); err != nil {
		return err
	}
	addGroups(f.Anonymous, &l.anonGroups, &l.anonymous)
	addGroups(f.Audiences, &l.audienceList, &l.audiences)
	for agr, words := range map[agreement][]string{
		masculine: f.Pronouns.Masculine, feminine: f.Pronouns.Feminine, neuter: f.Pronouns.Neuter,
		plural: f.Pronouns.Plural, anyAgreement: f.Pronouns.Any,
	} {
		for _, w := range words {
			l.pronouns[Fold(w)] = agr
		}
	}
	// In the order of their names, and each word of one kind only: which
	// kind a word is must not hang on the order a map is read in ("paper"
	// was an outlet in one run and a document in the next).
	kindOf := map[string]string{}
	for _, kind := range slices.Sorted(maps.Keys(f.Kinds)) {
		k, err := parseKind(kind)
		if err != nil {
			return err
		}
		for _, w := range f.Kinds[kind] {
			if other, ok := kindOf[Fold(w)]; ok && other != kind {
				return fmt.Errorf("kinds: %q is both %s and %s", w, other, kind)
			}
			kindOf[Fold(w)] = kind
			l.kinds.add(w, k)
		}
	}
	for m, names := range f.Months {
		if m < 1 || m > 12 {
			return fmt.Errorf("month %d: want 1 to 12", m)
		}
		for _, n := range names {
			l.months.add(n, m)
		}
	}
	return nil
}
