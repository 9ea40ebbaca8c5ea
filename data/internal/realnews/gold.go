package realnews

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"go.yaml.in/yaml/v3"
)

// Gold is the annotation of one real article: every attribution event,
// found by reading it. Spans are rune offsets into Doc.Text, [start, end).
type Gold struct {
	Doc       string  `yaml:"doc"`
	URL       string  `yaml:"url,omitempty"`
	Source    string  `yaml:"source,omitempty"`
	Lang      string  `yaml:"lang"`
	Split     string  `yaml:"split"` // dev or heldout
	Annotator string  `yaml:"annotator,omitempty"`
	Notes     string  `yaml:"notes,omitempty"`
	Events    []Event `yaml:"events"`
}

// Event is one attribution: a cue (reporting verb or phrase) that puts
// content in a source's mouth.
type Event struct {
	ID  string `yaml:"id"`
	Cue Span   `yaml:"cue,flow"`
	// CueSum and SpeakerSum check that the spans still read what the
	// annotator read, without the text itself (none is stored here): the
	// first 8 hex digits of the SHA-256 of the span as written (see Sum).
	CueSum string `yaml:"cue_sum,omitempty"`
	// Form is verb, participle, verbal-noun, nominal (according to, بحسب),
	// or quote (a quotation with no cue word of its own).
	Form string `yaml:"form"`
	// Speaker is the exact speaker span (title + name, or the anonymous
	// description, or the pronoun); nil when the subject is dropped.
	Speaker    *Span  `yaml:"speaker,flow,omitempty"`
	SpeakerSum string `yaml:"speaker_sum,omitempty"`
	// Entity names the real entity meant, the same for every event of the
	// article that has the same speaker.
	Entity     string `yaml:"entity"`
	EntityKind string `yaml:"entity_kind"` // person, government, organisation, outlet, document, anonymous
	Named      bool   `yaml:"named"`
	// Resolved: the speaker had to be found from a pronoun or a dropped
	// subject; Antecedent is the id of the event that names it.
	Resolved   bool   `yaml:"resolved,omitempty"`
	Antecedent string `yaml:"antecedent,omitempty"`
	// Channel is the medium the speaker used (a news agency, a newspaper,
	// a television interview), when the text names one.
	Channel       *Span  `yaml:"channel,flow,omitempty"`
	ChannelEntity string `yaml:"channel_entity,omitempty"`
	// Quote is the span of a quotation attributed by this event.
	Quote *Span `yaml:"quote,flow,omitempty"`
}

// Sum is the check of a span's text kept in a gold file: the first 8 hex
// digits of its SHA-256.
func Sum(text string) string {
	h := sha256.Sum256([]byte(text))
	return hex.EncodeToString(h[:4])
}

// Span is [start, end) in runes.
type Span [2]int

// Start and End of the span.
func (s Span) Start() int { return s[0] }
func (s Span) End() int   { return s[1] }

// Overlaps tells whether two spans share a rune.
func (s Span) Overlaps(o Span) bool { return s[0] < o[1] && o[0] < s[1] }

// ReadGold reads every gold file under dir (recursively), sorted by path.
func ReadGold(dir string) (map[string]Gold, []string, error) {
	var paths []string
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && strings.HasSuffix(p, ".yaml") {
			paths = append(paths, p)
		}
		return nil
	})
	if err != nil {
		return nil, nil, err
	}
	sort.Strings(paths)
	out := make(map[string]Gold, len(paths))
	for _, p := range paths {
		g, err := ReadGoldFile(p)
		if err != nil {
			return nil, nil, err
		}
		out[p] = g
	}
	return out, paths, nil
}

// ReadGoldFile reads one gold file.
func ReadGoldFile(path string) (Gold, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return Gold{}, err
	}
	var g Gold
	if err := yaml.Unmarshal(b, &g); err != nil {
		return Gold{}, fmt.Errorf("%s: %v", path, err)
	}
	return g, nil
}

// Check verifies a gold file against its document: spans inside the text,
// the cue and speaker texts where they are given, antecedents that exist.
func (g Gold) Check(d Doc) []error {
	var errs []error
	n := len([]rune(d.Text))
	if g.URL != "" && d.URL != "" && g.URL != d.URL {
		errs = append(errs, fmt.Errorf("%s: url %q, the document has %q", g.Doc, g.URL, d.URL))
	}
	ids := map[string]bool{}
	for _, e := range g.Events {
		bad := func(f string, a ...any) {
			errs = append(errs, fmt.Errorf("%s %s: %s", g.Doc, e.ID, fmt.Sprintf(f, a...)))
		}
		if ids[e.ID] {
			bad("duplicate id")
		}
		ids[e.ID] = true
		for _, s := range []*Span{&e.Cue, e.Speaker, e.Channel, e.Quote} {
			if s != nil && (s[0] < 0 || s[1] > n || s[0] >= s[1]) {
				bad("span %v outside the text (%d runes)", *s, n)
			}
		}
		if e.CueSum == "" {
			bad("no cue_sum")
		} else if got := Sum(Slice(d.Text, e.Cue[0], e.Cue[1])); got != e.CueSum {
			bad("cue %v reads %q, whose sum %s is not %s", e.Cue, Slice(d.Text, e.Cue[0], e.Cue[1]), got, e.CueSum)
		}
		if e.Speaker != nil && e.SpeakerSum != "" && Sum(Slice(d.Text, e.Speaker[0], e.Speaker[1])) != e.SpeakerSum {
			bad("speaker %v reads %q, whose sum is not %s", *e.Speaker, Slice(d.Text, e.Speaker[0], e.Speaker[1]), e.SpeakerSum)
		}
		if e.Entity == "" {
			bad("no entity")
		}
		switch e.EntityKind {
		case "person", "government", "organisation", "outlet", "document", "anonymous":
		default:
			bad("entity_kind %q", e.EntityKind)
		}
		switch e.Form {
		case "verb", "participle", "verbal-noun", "nominal", "quote":
		default:
			bad("form %q", e.Form)
		}
		if e.Resolved && e.Antecedent == "" {
			bad("resolved without antecedent")
		}
	}
	for _, e := range g.Events {
		if e.Antecedent != "" && !ids[e.Antecedent] {
			errs = append(errs, fmt.Errorf("%s %s: antecedent %s does not exist", g.Doc, e.ID, e.Antecedent))
		}
	}
	return errs
}
