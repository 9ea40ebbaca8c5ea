package arabic

import (
	_ "embed"
	"strings"
	"sync"
)

//go:embed stopwords.txt
var stopwordsTxt string

var (
	stopOnce sync.Once
	stopSet  map[string]bool
)

// StopWords returns the built-in stop-word set, keyed by normalised form and
// by stem. The map is shared: callers must not change it.
func StopWords() map[string]bool {
	stopOnce.Do(func() { stopSet = ParseStopWords(stopwordsTxt) })
	return stopSet
}

// ParseStopWords reads a stop-word list: one word a line, "#" starts a
// comment. Each word is entered by its normalised form and its stem, so an
// inflected or cliticised form of a listed word is caught by either.
func ParseStopWords(text string) map[string]bool {
	set := make(map[string]bool)
	for line := range strings.SplitSeq(text, "\n") {
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		w := strings.TrimSpace(line)
		if w == "" {
			continue
		}
		n := Normalize(w)
		set[n] = true
		set[Stem(n)] = true
	}
	return set
}

// IsStop reports whether a token is a stop word for vocabulary counts.
func IsStop(set map[string]bool, t Token) bool {
	return set[t.Norm] || set[t.Stem]
}
