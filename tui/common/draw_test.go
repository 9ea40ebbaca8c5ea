package common_test

import (
	"testing"

	. "github.com/isnad/isnad/tui/common"
)

func TestShortIDKeepsTheEnd(t *testing.T) {
	for _, c := range []struct {
		id   string
		w    int
		want string
	}{
		{"000", 5, "000"},
		{"aawsat/2015-07-21/1234", 24, "aawsat/2015-07-21/1234"},
		{"aawsat/2015-07-21/1234", 12, "…-07-21/1234"},
		{"aawsat/2015-07-21/1234#s12", 10, "…/1234#s12"},
		{"الرياض/١٢٣", 5, "…/١٢٣"},
	} {
		if got := ShortID(c.id, c.w); got != c.want {
			t.Errorf("ShortID(%q, %d) = %q, want %q", c.id, c.w, got, c.want)
		}
	}
}
