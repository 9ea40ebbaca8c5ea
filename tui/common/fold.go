package common

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// FoldForMatch makes filtering forgiving: case, Arabic harakat and tatweel,
// and the hamza forms of alef do not matter. (To be replaced by the
// project's one fold, text/fold, when it lands.)
func FoldForMatch(s string) string {
	s = norm.NFKD.String(s)
	var b strings.Builder
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Mn, r), r == 'ـ':
			continue
		case r == 'أ' || r == 'إ' || r == 'آ' || r == 'ٱ':
			r = 'ا'
		case r == 'ى':
			r = 'ي'
		case r == 'ة':
			r = 'ه'
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}
