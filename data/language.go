package data

import (
	_ "embed"
	"fmt"
	"sort"
	"strings"
	"sync"
	"unicode"

	"go.yaml.in/yaml/v3"

	"github.com/isnad/isnad/model"
)

// languagesYAML holds the word profiles of Latin-script languages and the
// languages the analysis covers; see languages.yaml.
//
//go:embed languages.yaml
var languagesYAML []byte

type languages struct {
	Profiles map[string][]string `yaml:"profiles"`
	MinHits  int                 `yaml:"min_hits"`
	Analysed []string            `yaml:"analysed"`
	Names    map[string]string   `yaml:"names"`

	codes    []string            // profile codes, sorted, "en" first
	words    map[string][]string // word → the profiles that list it
	analysed map[string]bool
}

var langRules = sync.OnceValue(func() *languages {
	l := new(languages)
	if err := yaml.Unmarshal(languagesYAML, l); err != nil {
		panic("data: languages.yaml: " + err.Error()) // caught by every test
	}
	l.words = map[string][]string{}
	for code, ws := range l.Profiles {
		l.codes = append(l.codes, code)
		for _, w := range ws {
			l.words[w] = append(l.words[w], code)
		}
	}
	sort.Slice(l.codes, func(i, j int) bool {
		a, b := l.codes[i], l.codes[j]
		if (a == "en") != (b == "en") {
			return a == "en"
		}
		return a < b
	})
	l.analysed = map[string]bool{}
	for _, c := range l.Analysed {
		l.analysed[c] = true
	}
	return l
})

// latinLanguage tells the language of a Latin-script text from its common
// words, reading up to limit words of the paragraphs that are not
// boilerplate. It returns "" when too few words hit any list.
func latinLanguage(ps []para, limit int) string {
	l := langRules()
	hits := map[string]int{}
	n := 0
	for _, p := range ps {
		if p.kind == model.Boilerplate {
			continue
		}
		for _, w := range strings.FieldsFunc(p.text, func(r rune) bool { return !unicode.IsLetter(r) }) {
			for _, code := range l.words[strings.ToLower(w)] {
				hits[code]++
			}
			if n++; n >= limit {
				break
			}
		}
		if n >= limit {
			break
		}
	}
	best, bestN := "", 0
	for _, code := range l.codes {
		if hits[code] > bestN {
			best, bestN = code, hits[code]
		}
	}
	if bestN < l.MinHits {
		return ""
	}
	return best
}

// languageNotice is the problem that says an article's language has no
// lexicon, or nil when it has one or is unknown.
func languageNotice(path string, lang string) *model.Problem {
	l := langRules()
	if lang == "" || l.analysed[lang] {
		return nil
	}
	name := l.Names[lang]
	if name == "" {
		name = lang
	}
	var covered []string
	for _, c := range l.Analysed {
		covered = append(covered, l.Names[c])
	}
	return &model.Problem{Path: path, Kind: model.ProblemLanguage, Notice: true,
		Detail: fmt.Sprintf("the text is in %s (%s); the sourcing and frame lexicons cover %s only: its claims, sources and frames are not analysed",
			name, lang, strings.Join(covered, " and "))}
}

// boilerplateNotice is the problem that counts the paragraphs classed as
// boilerplate or web chrome, or nil when there are none.
func boilerplateNotice(path string, n, total int) *model.Problem {
	if n == 0 {
		return nil
	}
	return &model.Problem{Path: path, Kind: model.ProblemBoilerplate, Notice: true,
		Detail: fmt.Sprintf("%d of %d paragraphs classed as boilerplate or web chrome: left out of claims and frames, still searchable and shown with B", n, total)}
}
