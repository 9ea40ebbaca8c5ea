package cite

import (
	_ "embed"
	"errors"
	"fmt"
	"io/fs"
	"strings"
	"sync"

	"go.yaml.in/yaml/v3"

	"github.com/isnad/isnad/data/calendar"
)

//go:embed lexicon.yaml
var defaultLexicon []byte

// Lexicon is the compiled word lists of lexicon.yaml. It is read-only after
// loading and safe to share between goroutines.
type Lexicon struct {
	verbs         map[string]bool // folded form → needs a complement
	passiveAlways set
	passiveDamma  set
	phrases       seqs[struct{}]
	notSources    set
	anonymous     seqs[int] // → index in anonGroups
	anonGroups    []anonGroup
	complements   seqs[struct{}]
	stops         set
	channelNouns  set
	audiences     seqs[int]
	audienceList  []anonGroup
	spokeTo       set
	titles        set
	quantifiers   seqs[struct{}]
	wrappers      set
	anaphora      set
	orgWords      set
	outletWords   set
	months        seqs[int]
	yearWords     set
	quantities    set
	refHeadings   set
	notAuthors    set
}

// anonGroup is one vague source, or one audience.
type anonGroup struct{ id, name string }

type lexiconFile struct {
	Verbs []struct {
		Complement bool     `yaml:"complement"`
		Forms      []string `yaml:"forms"`
	} `yaml:"verbs"`
	Passive struct {
		Always    []string `yaml:"always"`
		WithDamma []string `yaml:"with_damma"`
	} `yaml:"passive"`
	Phrases    []string `yaml:"phrases"`
	NotSources []string `yaml:"not_sources"`
	Anonymous  []struct {
		ID    string   `yaml:"id"`
		Name  string   `yaml:"name"`
		Words []string `yaml:"words"`
	} `yaml:"anonymous"`
	Complements  []string `yaml:"complements"`
	Stops        []string `yaml:"stops"`
	ChannelNouns []string `yaml:"channel_nouns"`
	Audiences    []struct {
		ID    string   `yaml:"id"`
		Name  string   `yaml:"name"`
		Words []string `yaml:"words"`
	} `yaml:"audiences"`
	SpokeTo           []string         `yaml:"spoke_to"`
	Quantifiers       []string         `yaml:"quantifiers"`
	Wrappers          []string         `yaml:"wrappers"`
	Anaphora          []string         `yaml:"anaphora"`
	Titles            []string         `yaml:"titles"`
	OrgWords          []string         `yaml:"org_words"`
	OutletWords       []string         `yaml:"outlet_words"`
	Months            map[int][]string `yaml:"months"` // added to data/calendar's
	YearWords         []string         `yaml:"year_words"`
	Quantities        []string         `yaml:"quantities"`
	ReferenceHeadings []string         `yaml:"reference_headings"`
	NotAuthors        []string         `yaml:"not_authors"`
}

var defaultLex = sync.OnceValues(func() (*Lexicon, error) { return ParseLexicon(defaultLexicon) })

// DefaultLexicon returns the lexicon embedded in the package. It panics if
// the embedded file is broken, which the package's tests rule out.
func DefaultLexicon() *Lexicon {
	l, err := defaultLex()
	if err != nil {
		panic("cite: embedded lexicon.yaml: " + err.Error())
	}
	return l
}

// LoadLexicon reads a lexicon from fsys; a missing file gives the default.
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

// ParseLexicon compiles the YAML text of a lexicon.
func ParseLexicon(b []byte) (*Lexicon, error) {
	var f lexiconFile
	if err := yaml.Unmarshal(b, &f); err != nil {
		return nil, err
	}
	if len(f.Verbs) == 0 && len(f.Phrases) == 0 {
		return nil, errors.New("lexicon has no verbs and no phrases")
	}
	l := &Lexicon{
		verbs:         map[string]bool{},
		passiveAlways: newSet(f.Passive.Always),
		passiveDamma:  newSet(f.Passive.WithDamma),
		notSources:    newSet(f.NotSources),
		stops:         newSet(f.Stops),
		channelNouns:  newSet(f.ChannelNouns),
		spokeTo:       newSet(f.SpokeTo),
		titles:        newSet(f.Titles),
		wrappers:      newSet(f.Wrappers),
		anaphora:      newSet(f.Anaphora),
		orgWords:      newSet(f.OrgWords),
		outletWords:   newSet(f.OutletWords),
		yearWords:     newSet(f.YearWords),
		quantities:    newSet(f.Quantities),
		refHeadings:   newSet(f.ReferenceHeadings),
		notAuthors:    newSet(f.NotAuthors),
	}
	for _, v := range f.Verbs {
		for _, w := range v.Forms {
			l.verbs[Fold(w)] = v.Complement
		}
	}
	for _, p := range f.Phrases {
		l.phrases.add(p, struct{}{})
	}
	for _, q := range f.Quantifiers {
		l.quantifiers.add(q, struct{}{})
	}
	for _, c := range f.Complements {
		l.complements.add(c, struct{}{})
	}
	for _, g := range f.Anonymous {
		l.anonGroups = append(l.anonGroups, anonGroup{g.ID, g.Name})
		for _, w := range g.Words {
			l.anonymous.add(w, len(l.anonGroups)-1)
		}
	}
	for _, g := range f.Audiences {
		l.audienceList = append(l.audienceList, anonGroup{g.ID, g.Name})
		for _, w := range g.Words {
			l.audiences.add(w, len(l.audienceList)-1)
		}
	}
	for _, n := range calendar.Months() {
		l.months.add(n.Text, n.Value)
	}
	for m, names := range f.Months {
		if m < 1 || m > 12 {
			return nil, fmt.Errorf("month %d: want 1 to 12", m)
		}
		for _, n := range names {
			l.months.add(n, m)
		}
	}
	return l, nil
}

// unnamed is the anonymous group of withheld speakers (passives), or the
// last group when the lexicon has none by that id.
func (l *Lexicon) unnamed() anonGroup {
	for _, g := range l.anonGroups {
		if g.id == "anon-unnamed" {
			return g
		}
	}
	return anonGroup{"anon-unnamed", "unnamed"}
}

// set is a set of folded words.
type set map[string]struct{}

func newSet(words []string) set {
	s := make(set, len(words))
	for _, w := range words {
		s[Fold(w)] = struct{}{}
	}
	return s
}

func (s set) has(w string) bool { _, ok := s[w]; return ok }

// hasBare reports whether the token or a form of it without proclitics is
// in s.
func (s set) hasBare(t *token) bool {
	for k := range int(t.nb) {
		if s.has(t.form(k)) {
			return true
		}
	}
	return false
}

// seqs matches word sequences ("تشرين الاول", "according to") against
// tokens, the first word with or without proclitics.
type seqs[V any] struct {
	byFirst map[string][]seq[V]
}

type seq[V any] struct {
	words []string
	val   V
}

func (s *seqs[V]) add(phrase string, v V) {
	words := strings.Fields(Fold(phrase))
	if len(words) == 0 {
		return
	}
	if s.byFirst == nil {
		s.byFirst = map[string][]seq[V]{}
	}
	s.byFirst[words[0]] = append(s.byFirst[words[0]], seq[V]{words, v})
}

// match finds the longest sequence starting at toks[i]; n is the number of
// tokens it covers (0 when none). A one-letter last word (the ل of "وفقاً
// لـ") may be written joined to the next token: then n stops before that
// token and joined is true.
func (s *seqs[V]) match(toks []token, i int) (v V, n int, joined bool) {
	if i >= len(toks) || toks[i].punct || s.byFirst == nil {
		return v, 0, false
	}
	for f := range int(toks[i].nb) {
		first := toks[i].form(f)
		for _, q := range s.byFirst[first] {
			k, j, ok := 1, false, true
			for ; k < len(q.words); k++ {
				if i+k >= len(toks) {
					ok = false
					break
				}
				w, t := q.words[k], toks[i+k].norm
				if t == w {
					continue
				}
				if k == len(q.words)-1 && len([]rune(w)) == 1 && strings.HasPrefix(t, w) && len(t) > len(w) {
					j = true
					break
				}
				ok = false
				break
			}
			if !ok {
				continue
			}
			if k > n || k == n && !j && joined {
				v, n, joined = q.val, k, j
			}
		}
	}
	return v, n, joined
}
