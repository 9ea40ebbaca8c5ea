package fold

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// found is what All gives, as the texts matched.
func found(f Finder, s string, chunk int) []string {
	var out []string
	f.all(s, func(a, b int) bool {
		out = append(out, s[a:b])
		return true
	}, chunk)
	return out
}

func TestFinder(t *testing.T) {
	tests := []struct {
		text, query string
		want        []string
	}{
		// ة/ه, hamza forms, ى/ي, tatweel, harakat, in the text or the query
		{"كوريا الشمالية وكوريا الجنوبية", "الشماليه", []string{"الشمالية"}},
		{"مسؤول ومسئول", "مسئول", []string{"مسؤول", "مسئول"}},
		{"إلى أوكرانيا", "الي اوكرانيا", []string{"إلى أوكرانيا"}},
		{"كـــوريا", "كوريا", []string{"كـــوريا"}},
		{"حلفاً دفاعياً", "حلفا", []string{"حلفاً"}},
		{"سَلَّمَ القائدُ", "سلم", []string{"سَلَّمَ"}}, // the marks after the last letter go with it
		{"سلم", "سَلَّم", []string{"سلم"}},
		{"في ١٩ يونيو", "19", []string{"١٩"}},
		// Latin: case and accents
		{"NATO and Nato, nato", "nato", []string{"NATO", "Nato", "nato"}},
		{"Gödel's proof", "godel", []string{"Gödel"}},
		// white space: any run is one space
		{"كوريا \n\t الشمالية", "كوريا الشمالية", []string{"كوريا \n\t الشمالية"}},
		{"a  b", "  a   b  ", []string{"a  b"}},
		// matches do not overlap
		{"aaaa", "aa", []string{"aa", "aa"}},
		{"ababab", "aba", []string{"aba"}},
		// nothing, and broken text
		{"كوريا", "روسيا", nil},
		{"a\xffb", "a\uFFFDb", []string{"a\xffb"}},
		{"", "a", nil},
		{"abc", "", nil},
		{"abc", "\u064E ـ", nil},
	}
	for _, tt := range tests {
		f := NewFinder(tt.query)
		for _, chunk := range []int{findChunk, 1, 2, 3, 7} {
			if got := found(f, tt.text, chunk); !slices.Equal(got, tt.want) {
				t.Errorf("%q in %q (chunk %d): %q, want %q", tt.query, tt.text, chunk, got, tt.want)
			}
		}
	}
	if !NewFinder("\u064E ـ").Empty() || NewFinder("a").Empty() {
		t.Error("Empty")
	}
	if got := NewFinder("  كوريا   الشماليةُ ").String(); got != "كوريا الشماليه" {
		t.Errorf("the folded query is %q", got)
	}
}

// TestFinderStops: All stops when asked to, and says so.
func TestFinderStops(t *testing.T) {
	n := 0
	done := NewFinder("ب").All(strings.Repeat("باب ", 1000), func(int, int) bool {
		n++
		return n < 3
	})
	if done || n != 3 {
		t.Errorf("stopped after %d matches, done %v", n, done)
	}
	if !NewFinder("x").All("abc", func(int, int) bool { return false }) {
		t.Error("no match, and All says it stopped")
	}
}

// TestFinderChunks: cut anywhere, the text gives the matches it gives
// whole (random texts of letters, marks, tatweel and spaces, long enough
// to span many chunks).
func TestFinderChunks(t *testing.T) {
	alphabet := []rune("ابةهىيأإءؤئـ\u064E\u0651\u064B  \nAaé")
	rng := rand.New(rand.NewPCG(1, 2))
	word := func(n int) string {
		var b strings.Builder
		for range n {
			b.WriteRune(alphabet[rng.IntN(len(alphabet))])
		}
		return b.String()
	}
	for range 200 {
		text := word(50 + rng.IntN(400))
		q := NewFinder(word(1 + rng.IntN(4)))
		whole := found(q, text, len(text)+1)
		for _, chunk := range []int{1, 2, 5, 16} {
			if got := found(q, text, chunk); !slices.Equal(got, whole) {
				t.Fatalf("%q in %q: chunk %d finds %q, whole %q", q, text, chunk, got, whole)
			}
		}
		for _, m := range whole {
			if !utf8.ValidString(m) || NewFinder(m).String() != q.String() {
				t.Fatalf("%q in %q: match %q does not fold to the query", q, text, m)
			}
		}
	}
}

// BenchmarkFinder searches a megabyte of Arabic for a word.
func BenchmarkFinder(b *testing.B) {
	text := strings.Repeat("شهد النظام الدولي تحولات متسارعة في بنية التحالفات، وكوريا الشمالية ", 1<<20/128)
	f := NewFinder("كوريا الشماليه")
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		n := 0
		f.All(text, func(int, int) bool { n++; return true })
		if n == 0 {
			b.Fatal("no match")
		}
	}
}
