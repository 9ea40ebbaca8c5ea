package text

import (
	"strings"
	"unicode/utf8"
)

// Sanitize makes a string safe to print on a terminal outside the layout
// pipeline (command-line tables, messages on stderr): every control
// character is replaced by a visible symbol, the same mapping the engine
// applies to content (C0 and DEL as their Control Pictures, so an escape
// sequence shows as "␛[2J" and does nothing; C1 as U+FFFD), and invalid
// UTF-8 as U+FFFD. TAB and newline become their pictures too: a value is
// one cell of a table or one line of a message.
func Sanitize(s string) string {
	clean := true
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c == 0x7F || c >= 0x80 {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s { // invalid bytes arrive as utf8.RuneError
		switch {
		case r == '\t':
			b.WriteRune(0x2409)
		case r == utf8.RuneError:
			b.WriteRune(utf8.RuneError)
		default:
			b.WriteRune(sanitize(r))
		}
	}
	return b.String()
}
