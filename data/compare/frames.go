package compare

import (
	"fmt"
	"io/fs"

	"go.yaml.in/yaml/v3"

	"github.com/isnad/isnad/data/arabic"
)

// FramesFile is the name the frames file has next to a corpus.
const FramesFile = "frames.yaml"

// Frames is a parsed and compiled frames file: the frames with their cue
// terms, the names of the relationship, the event lexicon for facts, and a
// few settings. A corpus without one gets Empty(): no frames, no names, no
// events, but vocabulary still works.
type Frames struct {
	Frames []Frame `yaml:"frames"`
	// OfficialNames are names of documents and bodies of this corpus
	// that hold frame cues ("معاهدة الشراكة الاستراتيجية الشاملة"): a cue
	// inside one is naming, not frame evidence. Generic rules (heads,
	// quoted titles, capitalised names, negation) are in scope.yaml.
	OfficialNames []string    `yaml:"official_names"`
	Naming        []Name      `yaml:"naming"`
	NamingSkip    []string    `yaml:"naming_skip"`
	Events        []Event     `yaml:"events"`
	References    []string    `yaml:"reference_sections"`
	StopWords     []string    `yaml:"stopwords"`
	Vocabulary    VocabConfig `yaml:"vocabulary"`

	frames   []*matcher
	with     []*matcher // per frame; empty when the frame has no With
	all      *group     // every matcher, in the order of the *Slot methods
	official *matcher
	scope    *scope
	naming   *matcher
	events   []compiledEvent
	refs     map[string]bool
	stop     map[string]bool
}

// Frame is one way of framing the story, recognised by its cue terms. A
// sentence carries the frame when one of Cues matches in it, outside the
// phrases of Except ("في المقابل" is "on the other hand", not a trade), and,
// when With is given, one of With matches too ("حذرة" counts for China's
// caution only next to "الصين" or "بكين").
type Frame struct {
	ID     string   `yaml:"id"`
	Name   string   `yaml:"name"`
	Cues   []string `yaml:"cues"`
	Except []string `yaml:"except"`
	With   []string `yaml:"with"`
}

// Name is one name of the relationship; Variants are the cues that count
// as it (Term itself when empty).
type Name struct {
	Term     string   `yaml:"term"`
	Variants []string `yaml:"variants"`
}

// Event is one kind of event facts are grouped by. A sentence describes the
// event when a trigger and (if any are listed) an object occur in it; a
// number in it counts for the event when the word right after the number
// (and its multiplier) matches one of Units.
type Event struct {
	ID       string   `yaml:"id"`
	Name     string   `yaml:"name"`
	Triggers []string `yaml:"triggers"`
	Objects  []string `yaml:"objects"`
	Units    []string `yaml:"units"`
}

type compiledEvent struct {
	triggers, objects, units *matcher
}

// VocabConfig tunes distinctive vocabulary.
type VocabConfig struct {
	// Alpha0 is the total weight of the Dirichlet prior (default 1000).
	Alpha0 float64 `yaml:"alpha0"`
	// Top is how many terms each source lists (default 12).
	Top int `yaml:"top"`
	// MinCount is the fewest occurrences in a source for a term to be
	// listed for it (default 2).
	MinCount int `yaml:"min_count"`
}

// Empty returns the frames of a corpus that has no frames file.
func Empty() *Frames {
	f := &Frames{}
	if err := f.compile(); err != nil {
		panic(err) // an empty file cannot fail
	}
	return f
}

// LoadFrames reads and compiles the frames file at path in fsys.
func LoadFrames(fsys fs.FS, path string) (*Frames, error) {
	b, err := fs.ReadFile(fsys, path)
	if err != nil {
		return nil, err
	}
	f, err := ParseFrames(b)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return f, nil
}

// ParseFrames reads and compiles a frames file.
func ParseFrames(b []byte) (*Frames, error) {
	f := &Frames{}
	if err := yaml.Unmarshal(b, f); err != nil {
		return nil, err
	}
	if err := f.compile(); err != nil {
		return nil, err
	}
	return f, nil
}

func (f *Frames) compile() error {
	seen := map[string]bool{}
	for i, fr := range f.Frames {
		if fr.ID == "" || seen[fr.ID] {
			return fmt.Errorf("frame %d: missing or repeated id %q", i+1, fr.ID)
		}
		seen[fr.ID] = true
		if fr.Name == "" {
			f.Frames[i].Name = fr.ID
		}
		m := newMatcher()
		for _, c := range fr.Cues {
			m.add(c, 0)
		}
		if len(m.cues) == 0 {
			return fmt.Errorf("frame %q: no cue terms", fr.ID)
		}
		for _, c := range fr.Except {
			m.add(c, -1)
		}
		f.frames = append(f.frames, m)
		w := newMatcher()
		for _, c := range fr.With {
			w.add(c, 0)
		}
		f.with = append(f.with, w)
	}
	f.naming = newMatcher()
	seen = map[string]bool{}
	for i, n := range f.Naming {
		if n.Term == "" || seen[n.Term] {
			return fmt.Errorf("naming %d: missing or repeated term %q", i+1, n.Term)
		}
		seen[n.Term] = true
		vs := n.Variants
		if len(vs) == 0 {
			vs = []string{n.Term}
		}
		for _, v := range vs {
			f.naming.add(v, i)
		}
	}
	for _, s := range f.NamingSkip {
		f.naming.add(s, -1)
	}
	seen = map[string]bool{}
	for i, e := range f.Events {
		if e.ID == "" || seen[e.ID] {
			return fmt.Errorf("event %d: missing or repeated id %q", i+1, e.ID)
		}
		seen[e.ID] = true
		if e.Name == "" {
			f.Events[i].Name = e.ID
		}
		ce := compiledEvent{newMatcher(), newMatcher(), newMatcher()}
		for _, t := range e.Triggers {
			ce.triggers.add(t, 0)
		}
		for _, t := range e.Objects {
			ce.objects.add(t, 0)
		}
		for _, t := range e.Units {
			ce.units.add(t, 0)
		}
		if len(ce.triggers.cues) == 0 {
			return fmt.Errorf("event %q: no triggers", e.ID)
		}
		f.events = append(f.events, ce)
	}
	f.official = newMatcher()
	for _, n := range f.OfficialNames {
		f.official.add(n, 0)
	}
	sc, err := defaultScope()
	if err != nil {
		return fmt.Errorf("embedded scope.yaml: %w", err)
	}
	f.scope = sc
	all := append(append(append([]*matcher{}, f.frames...), f.with...), f.naming)
	for _, e := range f.events {
		all = append(all, e.triggers, e.objects, e.units)
	}
	all = append(append(all, f.official), sc.matchers()...)
	f.all = newGroup(all)
	f.refs = map[string]bool{}
	for _, r := range f.References {
		f.refs[arabic.Normalize(r)] = true
	}
	f.stop = arabic.StopWords()
	if len(f.StopWords) > 0 {
		f.stop = make(map[string]bool, len(f.stop)+2*len(f.StopWords))
		for k := range arabic.StopWords() {
			f.stop[k] = true
		}
		for _, w := range f.StopWords {
			n := arabic.Normalize(w)
			f.stop[n], f.stop[arabic.Stem(n)] = true, true
		}
	}
	if f.Vocabulary.Alpha0 <= 0 {
		f.Vocabulary.Alpha0 = 1000
	}
	if f.Vocabulary.Top <= 0 {
		f.Vocabulary.Top = 12
	}
	if f.Vocabulary.MinCount <= 0 {
		f.Vocabulary.MinCount = 2
	}
	return nil
}

// Slots of the matchers in Frames.all.
func (f *Frames) frameSlot(i int) int { return i }
func (f *Frames) withSlot(i int) int  { return len(f.frames) + i }
func (f *Frames) namingSlot() int     { return 2 * len(f.frames) }

// eventSlot is the slot of an event's triggers; its objects and units
// follow.
func (f *Frames) eventSlot(e int) int { return 2*len(f.frames) + 1 + 3*e }

// officialSlot is the slot of the official names; the matchers of the
// scope (heads, markers, negation, documents, links) follow.
func (f *Frames) officialSlot() int { return f.eventSlot(len(f.events)) }

func (f *Frames) scopeSlot(k int) int { return f.officialSlot() + 1 + k }
