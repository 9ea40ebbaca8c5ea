package cite

import (
	"errors"
	"fmt"
	"io/fs"
	"slices"
	"strings"

	"github.com/isnad/isnad/model"
	"go.yaml.in/yaml/v3"
)

// Aliases is the table of known sources (sources.yaml next to a corpus): one
// entry per source, with every way the corpus writes it. A nil *Aliases is an
// empty table.
type Aliases struct {
	entries []aliasEntry
	byName  map[string]int // folded whole name → entry
	seq     seqs[int]      // for finding names inside a sentence
	persons []personName   // every name of a person, for person()
}

// personName is one name of a person of the table as the skeletons of its
// words.
type personName struct {
	words []string
	entry int
}

type aliasEntry struct {
	ID      string           `yaml:"id"`
	Name    string           `yaml:"name"`
	Kind    model.SourceKind `yaml:"kind"`
	Aliases []string         `yaml:"aliases"`
}

// LoadAliases reads sources.yaml from fsys. A missing file is an empty
// table, not an error: a user's corpus need not have one.
func LoadAliases(fsys fs.FS, path string) (*Aliases, error) {
	b, err := fs.ReadFile(fsys, path)
	if errors.Is(err, fs.ErrNotExist) {
		return &Aliases{}, nil
	}
	if err != nil {
		return nil, err
	}
	a, err := ParseAliases(b)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return a, nil
}

// ParseAliases reads the YAML text of a sources table.
func ParseAliases(b []byte) (*Aliases, error) {
	var f struct {
		Sources []aliasEntry `yaml:"sources"`
	}
	if err := yaml.Unmarshal(b, &f); err != nil {
		return nil, err
	}
	a := &Aliases{byName: map[string]int{}}
	for _, e := range f.Sources {
		if e.ID == "" || e.Name == "" {
			return nil, fmt.Errorf("source %q: id and name are required", e.ID+e.Name)
		}
		if e.Kind == "" {
			e.Kind = model.SourceOrg
		}
		k, err := parseKind(string(e.Kind))
		if err != nil {
			return nil, fmt.Errorf("source %s: %w", e.ID, err)
		}
		e.Kind = k
		i := len(a.entries)
		a.entries = append(a.entries, e)
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			k := nameKey(n)
			if k == "" {
				continue
			}
			if j, dup := a.byName[k]; dup && j != i {
				return nil, fmt.Errorf("alias %q is given to both %s and %s", n, a.entries[j].ID, e.ID)
			}
			a.byName[k] = i
			if e.Kind == model.SourcePerson {
				a.persons = append(a.persons, personName{strings.Fields(skeleton(k)), i})
			}
			a.seq.add(k, i) // "Guardian" in running text
			if f := Fold(n); f != k {
				a.seq.add(f, i) // "the Guardian"
			}
		}
	}
	return a, nil
}

// nameKey is the folded form whole names are compared in; a leading "The"
// does not count ("The Guardian" = "Guardian").
func nameKey(s string) string {
	return strings.TrimPrefix(Fold(s), "the ")
}

// Len is the number of sources in the table.
func (a *Aliases) Len() int {
	if a == nil {
		return 0
	}
	return len(a.entries)
}

// Lookup finds the source a whole name stands for.
func (a *Aliases) Lookup(name string) (id, canonical string, kind model.SourceKind, ok bool) {
	if a == nil {
		return "", "", "", false
	}
	i, ok := a.byName[nameKey(name)]
	if !ok {
		return "", "", "", false
	}
	e := a.entries[i]
	return e.ID, e.Name, e.Kind, true
}

// person finds the person of the table a name written another way stands
// for: a spelling variant of one of its names (بوتن for بوتين, جرينفيلد for
// غرينفيلد: the same skeleton) or its last words alone (باتشيكو باردو for
// رامون باتشيكو باردو). A name that fits two people of the table is
// neither.
func (a *Aliases) person(name string) (e aliasEntry, ok bool) {
	if a == nil || len(a.persons) == 0 {
		return e, false
	}
	w := strings.Fields(skeleton(nameKey(name)))
	if len(w) == 0 {
		return e, false
	}
	found := -1
	for _, p := range a.persons {
		if len(w) > len(p.words) || !slices.Equal(p.words[len(p.words)-len(w):], w) {
			continue
		}
		if found >= 0 && found != p.entry {
			return e, false
		}
		found = p.entry
	}
	if found < 0 {
		return e, false
	}
	return a.entries[found], true
}

// find matches a known name at toks[i]; n is the number of tokens it covers.
func (a *Aliases) find(toks []token, i int) (e aliasEntry, n int) {
	if a == nil {
		return e, 0
	}
	j, n, joined := a.seq.match(toks, i)
	if n == 0 || joined {
		return e, 0
	}
	return a.entries[j], n
}

// findIn finds the first known name in toks[from:to].
func (a *Aliases) findIn(toks []token, from, to int) (e aliasEntry, at, n int) {
	for i := from; i < to && i < len(toks); i++ {
		if e, n := a.find(toks, i); n > 0 && i+n <= to {
			return e, i, n
		}
	}
	return e, -1, 0
}

// byID finds a source of the table by its id.
func (a *Aliases) byID(id string) (string, string, model.SourceKind, bool) {
	if a == nil || id == "" {
		return "", "", "", false
	}
	for _, e := range a.entries {
		if e.ID == id {
			return e.ID, e.Name, e.Kind, true
		}
	}
	return "", "", "", false
}
