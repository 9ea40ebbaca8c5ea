package cite

import "fmt"

// The shape of a lexicon file as YAML, and the parts of it that are more
// than a list of words: vague sources, gendered words.

// anonGroup is one vague source, or one audience.
type anonGroup struct {
	id, name   string
	indefinite bool // only without the article: "مواطن" is someone, "المواطن" the one met before
	media      bool // a medium that may report on its own: "نقلت مواقع إلكترونية أن"
}

// genderedWords are the words of a lexicon that tell a person's gender.
type genderedWords struct {
	Feminine  []string `yaml:"feminine"`
	Masculine []string `yaml:"masculine"`
}

// addTo puts the words in m by their folded form, refusing one of both.
func (g genderedWords) addTo(m map[string]agreement) error {
	for agr, words := range map[agreement][]string{feminine: g.Feminine, masculine: g.Masculine} {
		for _, w := range words {
			if other, ok := m[Fold(w)]; ok && other != agr {
				return fmt.Errorf("gendered: %q is both feminine and masculine", w)
			}
			m[Fold(w)] = agr
		}
	}
	return nil
}

type group struct {
	ID         string   `yaml:"id"`
	Name       string   `yaml:"name"`
	Words      []string `yaml:"words"`
	Singular   []string `yaml:"singular"` // words naming one of the group
	Indefinite bool     `yaml:"indefinite"`
	Media      bool     `yaml:"media"`
}

type lexiconFile struct {
	Verbs   []familySpec `yaml:"verbs"`
	Passive struct {
		Always    []string `yaml:"always"`
		WithDamma []string `yaml:"with_damma"`
	} `yaml:"passive"`
	Phrases      []string `yaml:"phrases"`
	DocumentCues []string `yaml:"document_cues"`
	ViewCues     []string `yaml:"view_cues"`
	ViewTakers   []string `yaml:"view_takers"`
	Platforms    []string `yaml:"platforms"`
	NotSources   []string `yaml:"not_sources"`
	Anonymous    []group  `yaml:"anonymous"`
	Complements  []string `yaml:"complements"`
	Stops        []string `yaml:"stops"`
	ChannelNouns []string `yaml:"channel_nouns"`
	Audiences    []group  `yaml:"audiences"`
	SpokeTo      []string `yaml:"spoke_to"`
	Quantifiers  []string `yaml:"quantifiers"`
	GroupQuants  []string `yaml:"group_quantifiers"`
	Wrappers     []string `yaml:"wrappers"`
	Pronouns     struct {
		Masculine []string `yaml:"masculine"`
		Feminine  []string `yaml:"feminine"`
		Neuter    []string `yaml:"neuter"`
		Plural    []string `yaml:"plural"`
		Any       []string `yaml:"any"`
	} `yaml:"pronouns"`
	Titles           []string `yaml:"titles"`
	Honorifics       []string `yaml:"honorifics"`
	AddressTitles    []string `yaml:"address_titles"`
	NameJoins        []string `yaml:"name_joins"`
	KunyaJoins       []string `yaml:"kunya_joins"`
	Affiliations     []string `yaml:"affiliations"`
	Seats            []string `yaml:"seats"`
	Representatives  []string `yaml:"representatives"`
	CompoundHeads    []string `yaml:"compound_heads"`
	Counterparts     []string `yaml:"counterparts"`
	Occasions        []string `yaml:"occasions"`
	SpokeFrom        []string `yaml:"spoke_from"`
	DocumentClauses  []string `yaml:"document_clauses"`
	DescriptionPreps []string `yaml:"description_preps"`
	PostPreps        []string `yaml:"post_preps"`
	LineageJoins     []string `yaml:"lineage_joins"`
	NotBPrep         []string `yaml:"not_b_prep"`
	AdverbialPhrases []string `yaml:"adverbial_phrases"`
	ItemOpeners      []string `yaml:"item_openers"`
	TurnOpeners      []string `yaml:"turn_openers"`
	TopicPhrases     []string `yaml:"topic_phrases"`
	NounHomographs   []string `yaml:"noun_homographs"`
	ClauseOpeners    []string `yaml:"clause_openers"`
	IssuedBy         []string `yaml:"issued_by"`
	Anonymity        struct {
		Refuse   []string `yaml:"refuse"`
		Ask      []string `yaml:"ask"`
		Disclose []string `yaml:"disclose"`
		Identity []string `yaml:"identity"`
	} `yaml:"anonymity"`
	NoReport           []string            `yaml:"no_report"`
	NamedAfter         []string            `yaml:"named_after"`
	Namesakes          []string            `yaml:"namesakes"`
	TopicOpeners       []string            `yaml:"topic_openers"`
	TimeConjunctions   []string            `yaml:"time_conjunctions"`
	MediumCarriers     []string            `yaml:"medium_carriers"`
	UnmarkedOpeners    []string            `yaml:"unmarked_openers"`
	Modals             []string            `yaml:"modals"`
	FutureAux          []string            `yaml:"future_auxiliaries"`
	IrregularPasts     []string            `yaml:"irregular_pasts"`
	AgencyNisbas       []string            `yaml:"agency_nisbas"`
	LegalTexts         []string            `yaml:"legal_texts"`
	LetterNames        []string            `yaml:"letter_names"`
	PlatformPages      []string            `yaml:"platform_pages"`
	BranchHeads        []string            `yaml:"branch_heads"`
	GodEpithets        []string            `yaml:"god_epithets"`
	ProphetBlessings   []string            `yaml:"prophet_blessings"`
	Addressees         []string            `yaml:"addressee_pronouns"`
	MannerNouns        []string            `yaml:"manner_nouns"`
	FirstPersons       []string            `yaml:"first_persons"`
	PassiveLight       []string            `yaml:"passive_light"`
	MaAdverbs          []string            `yaml:"ma_adverbs"`
	GoOnVerbs          []string            `yaml:"go_on_verbs"`
	ObjectsBeforeSrc   []string            `yaml:"objects_before_source"`
	AnnouncedObjects   []string            `yaml:"announced_objects"`
	TitleQualifiers    []string            `yaml:"title_qualifiers"`
	UnveiledObjects    []string            `yaml:"unveiled_objects"`
	Nationalities      []string            `yaml:"nationalities"`
	AppositionPronouns []string            `yaml:"apposition_pronouns"`
	OwnWords           []string            `yaml:"own_words"`
	OwnWordsOwned      []string            `yaml:"own_words_owned"`
	SameTitles         [][]string          `yaml:"same_titles"`
	Kinds              map[string][]string `yaml:"kinds"`
	FeminineHeads      []string            `yaml:"feminine_heads"`
	NameWrappers       []string            `yaml:"name_wrappers"`
	ChannelPreps       []string            `yaml:"channel_preps"`
	Relatives          []string            `yaml:"relatives"`
	Determiners        []string            `yaml:"determiners"`
	ClauseStarts       []string            `yaml:"clause_starts"`
	ParticipleClauses  []string            `yaml:"participle_clauses"`
	PeoplePlurals      []string            `yaml:"people_plurals"`
	LamClauses         []string            `yaml:"lam_clauses"`
	Auxiliaries        []string            `yaml:"auxiliaries"`
	TimeWords          []string            `yaml:"time_words"`
	Adverbs            []string            `yaml:"adverbs"`
	TimeAdverbs        []string            `yaml:"time_adverbs"`
	ObjectHeads        []string            `yaml:"object_heads"`
	TimeAdjectives     []string            `yaml:"time_adjectives"`
	Resumptives        []string            `yaml:"resumptives"`
	Demonstratives     []string            `yaml:"demonstratives"`
	FamilyJoins        []string            `yaml:"family_joins"`
	GenericHeads       []string            `yaml:"generic_heads"`
	States             []string            `yaml:"states"`
	Capitals           []string            `yaml:"capitals"`
	LightVerbs         []string            `yaml:"light_verbs"`
	GovernmentWords    []string            `yaml:"government_words"`
	Journalists        []string            `yaml:"journalists"`
	Epithets           []string            `yaml:"epithets"`
	Rankings           []string            `yaml:"rankings"`
	Demonyms           map[string][]string `yaml:"demonyms"`
	Postmodifiers      []string            `yaml:"postmodifiers"`
	Impersonal         []string            `yaml:"impersonal"`
	SubjectParticles   []string            `yaml:"subject_particles"`
	ContrastParticles  []string            `yaml:"contrast_particles"`
	Subjunctive        []string            `yaml:"subjunctive"`
	Possibility        []string            `yaml:"possibility"`
	FirstPersonAux     []string            `yaml:"first_person_aux"`
	MediumPointers     []string            `yaml:"medium_pointers"`
	NameParts          []string            `yaml:"name_parts"`
	Emphatics          []string            `yaml:"emphatics"`
	PastAux            []string            `yaml:"past_aux"`
	PredicateHeads     []string            `yaml:"predicate_heads"`
	ListOpeners        []string            `yaml:"list_openers"`
	AsWords            []string            `yaml:"as_words"`
	Prepositions       []string            `yaml:"prepositions"`
	Adjectives         []string            `yaml:"adjectives"`
	Ordinals           []string            `yaml:"ordinals"`
	GivenNames         []string            `yaml:"given_names"`
	GenderedTitles     genderedWords       `yaml:"gendered_titles"`
	GenderedNames      genderedWords       `yaml:"gendered_names"`
	OneOf              genderedWords       `yaml:"one_of"`
	KinHeads           genderedWords       `yaml:"kin_heads"`
	Months             map[int][]string    `yaml:"months"` // added to data/calendar's
	YearWords          []string            `yaml:"year_words"`
	Quantities         []string            `yaml:"quantities"`
	Approximations     []string            `yaml:"approximations"`
	AdjComplements     []string            `yaml:"adjective_complements"`
	ReferenceHeadings  []string            `yaml:"reference_headings"`
	NotAuthors         []string            `yaml:"not_authors"`
}
