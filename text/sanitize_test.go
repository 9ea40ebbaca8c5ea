package text

import (
	"strings"
	"testing"
)

func TestSanitizeString(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"plain", "plain"},
		{"مرحبا", "مرحبا"},
		{"\x1b]0;pwned\x07", "␛]0;pwned␇"},
		{"\x1b]52;c;ZXZpbA==\x1b\\", "␛]52;c;ZXZpbA==␛\\"},
		{"a\x1b[2Jb", "a␛[2Jb"},
		{"\u009b2J", "\ufffd2J"},
		{"tab\there\nnl", "tab␉here␊nl"},
		{"bad\xffutf8", "bad\ufffdutf8"},
		{"del\x7f", "del␡"},
	} {
		got := Sanitize(c.in)
		if got != c.want {
			t.Errorf("Sanitize(%q) = %q, want %q", c.in, got, c.want)
		}
		for _, r := range got {
			if r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0) {
				t.Errorf("Sanitize(%q) left control %U", c.in, r)
			}
		}
		if strings.ContainsRune(got, 0x1b) {
			t.Errorf("ESC left in %q", got)
		}
	}
}
