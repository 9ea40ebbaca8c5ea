package data

import (
	_ "embed"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"

	"github.com/isnad/isnad/data/calendar"
	folding "github.com/isnad/isnad/text/fold"
)

// lexiconYAML holds the generic word lists of the parser; see lexicon.yaml.
//
//go:embed lexicon.yaml
var lexiconYAML []byte

// lexicon is lexicon.yaml with every phrase folded, ready for matching.
type lexicon struct {
	Headings struct {
		Sections     []string `yaml:"sections"`
		Divisions    []string `yaml:"divisions"`
		OrdinalWords []string `yaml:"ordinal_words"`
		Ordinals     []string `yaml:"ordinals"`
		References   []string `yaml:"references"`
		Clauses      []string `yaml:"clauses"`
		Speech       []string `yaml:"speech"`
	} `yaml:"headings"`
	Boilerplate struct {
		Lines       []string `yaml:"lines"`
		Prefixes    []string `yaml:"prefixes"`
		Contains    []string `yaml:"contains"`
		Home        []string `yaml:"home"`
		Follow      []string `yaml:"follow"`
		Social      []string `yaml:"social"`
		SocialHosts []string `yaml:"social_hosts"`
		ContactLbls []string `yaml:"contact_labels"`
	} `yaml:"boilerplate"`
	Bylines struct {
		Cues          []string `yaml:"cues"`
		Phrases       []string `yaml:"phrases"`
		Organisations []string `yaml:"organisations"`
		About         []string `yaml:"about"`
	} `yaml:"bylines"`
	Dates struct {
		Fillers []string `yaml:"fillers"`
	} `yaml:"dates"`
	Sentences struct {
		Abbreviations []string `yaml:"abbreviations"`
		Initials      []string `yaml:"initials"`
	} `yaml:"sentences"`

	sections, ordinalWords, references, clauses, speech, chromeLines, home, social, socialHosts set
	fillers, abbreviations, initials                                                            set
	months                                                                                      map[string]int
	bylineCues                                                                                  []bylineCue
	contains, follow, socials                                                                   *phrases
}

// bylineCue is a folded byline cue; colon says it needs a ":" after it.
type bylineCue struct {
	text  string
	colon bool
}

type set map[string]bool

func newSet(words []string) set {
	s := make(set, len(words))
	for _, w := range words {
		s[fold(w)] = true
	}
	return s
}

var (
	lexOnce sync.Once
	lex     *lexicon
)

// rules returns the parsed lexicon. The file is part of the binary, so a
// parse error is a programming error caught by every test.
func rules() *lexicon {
	lexOnce.Do(func() {
		l := new(lexicon)
		if err := yaml.Unmarshal(lexiconYAML, l); err != nil {
			panic("data: lexicon.yaml: " + err.Error())
		}
		foldAll := func(ws []string) {
			for i, w := range ws {
				ws[i] = fold(w)
			}
		}
		h, b, y := &l.Headings, &l.Boilerplate, &l.Bylines
		for _, ws := range [][]string{h.Divisions, h.Ordinals, b.Prefixes, b.Contains, b.Follow, b.ContactLbls, y.Phrases, y.Organisations, y.About} {
			foldAll(ws)
		}
		l.sections = newSet(h.Sections)
		l.ordinalWords = newSet(h.OrdinalWords)
		l.references = newSet(h.References)
		l.clauses = newSet(h.Clauses)
		l.speech = newSet(h.Speech)
		l.chromeLines = newSet(b.Lines)
		l.home = newSet(b.Home)
		l.social = newSet(b.Social)
		l.socialHosts = newSet(b.SocialHosts)
		l.contains, l.follow = newPhrases(b.Contains), newPhrases(b.Follow)
		socials := make([]string, 0, len(l.social))
		for w := range l.social {
			socials = append(socials, w)
		}
		l.socials = newPhrases(socials)
		l.fillers = newSet(l.Dates.Fillers)
		l.abbreviations = newSet(l.Sentences.Abbreviations)
		l.initials = newSet(l.Sentences.Initials)
		for _, c := range y.Cues {
			l.bylineCues = append(l.bylineCues, bylineCue{fold(c), strings.HasSuffix(c, ":")})
		}
		l.months = make(map[string]int, len(calendar.Months()))
		for _, n := range calendar.Months() {
			l.months[fold(n.Text)] = n.Value
		}
		for _, n := range calendar.Weekdays() {
			l.fillers[fold(n.Text)] = true
		}
		lex = l
	})
	return lex
}

// fold prepares text for matching against the lexicon: the project's one
// fold (text/fold), spaces collapsed and punctuation trimmed at both ends.
func fold(s string) string { return folding.Phrase(s) }

// hasPrefixWord reports whether folded text s starts with the folded phrase p
// followed by the end, a space or punctuation.
func hasPrefixWord(s, p string) bool {
	if !strings.HasPrefix(s, p) {
		return false
	}
	if len(s) == len(p) {
		return true
	}
	r := []rune(s[len(p):])[0]
	return !unicode.IsLetter(r) && !unicode.IsDigit(r)
}

// containsPhrase reports whether folded text s contains the folded phrase p
// on word boundaries.
func containsPhrase(s, p string) bool {
	for i := 0; ; {
		j := strings.Index(s[i:], p)
		if j < 0 {
			return false
		}
		j += i
		before := j == 0 || !isWordByteBefore(s, j) || procliticBefore(s, j)
		end := j + len(p)
		after := end == len(s) || !isWordRuneAt(s, end)
		if before && after {
			return true
		}
		i = j + 1
		for i < len(s) && !isRuneStart(s[i]) {
			i++
		}
		if i >= len(s) {
			return false
		}
	}
}

func isRuneStart(b byte) bool { return b&0xC0 != 0x80 }

func isWordByteBefore(s string, i int) bool {
	j := i - 1
	for j > 0 && !isRuneStart(s[j]) {
		j--
	}
	r := []rune(s[j:i])
	return len(r) > 0 && (unicode.IsLetter(r[0]) || unicode.IsDigit(r[0]))
}

func isWordRuneAt(s string, i int) bool {
	for _, r := range s[i:] {
		return unicode.IsLetter(r) || unicode.IsDigit(r)
	}
	return false
}

// procliticBefore: the match at s[j:] is preceded by a one-letter Arabic
// proclitic (و ف ب ل ك) that starts its word: "وليس" contains "ليس".
func procliticBefore(s string, j int) bool {
	r, n := utf8.DecodeLastRuneInString(s[:j])
	if !strings.ContainsRune("وفبلك", r) {
		return false
	}
	return j-n == 0 || !isWordByteBefore(s, j-n)
}
