package text

import (
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// TestSimple checks the premise of the fast path: a simple character, next
// to any other simple character in either order, adds its own width under
// all three ways of counting (so bidi may reorder such text freely).
func TestSimple(t *testing.T) {
	o := Options{}
	bases := []rune{'a', '0', 'ח', 'ب', 'ﺑ', '漢', ' ', '(', 'é', '\u0301', '١'}
	bad := 0
	for r := rune(0x20); r < 0x110000; r++ {
		if !simple(r) {
			continue
		}
		p, k := o.display(sanitize(r))
		if k != kPrint {
			continue
		}
		for _, b := range bases {
			for _, s := range []string{string(b) + string(p), string(p) + string(b)} {
				w, ok := agreedWidth(s)
				if want := runeWidth(b) + runeWidth(p); !ok || w != want {
					if bad++; bad <= 20 {
						t.Errorf("U+%04X %q: widths %d/%d/%d, want %d", r, s, w, ansiWc(s), cond.StringWidth(s), want)
					}
				}
			}
		}
	}
	if bad > 0 {
		t.Errorf("%d failures", bad)
	}
}

func ansiWc(s string) int { return ansi.StringWidthWc(s) }
