package cite

import (
	"os"
	"path/filepath"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/isnad/isnad/text/fold"
)

// The tokenizer folds most words itself, without Fold; it must give what
// Fold gives, rune by rune and on real text.

func TestSimpleFoldIsFold(t *testing.T) {
	n := 0
	for r := rune(0); r <= utf8.MaxRune; r++ {
		if _, _, ok := fold.Alone(r); !ok {
			continue
		}
		n++
		for _, w := range []string{string(r), "ب" + string(r), string(r) + "ي", "a" + string(r) + "z", string(r) + string(r)} {
			if got, want := foldSimple(w), Fold(w); got != want {
				t.Errorf("foldSimple(%q) = %q, Fold = %q", w, got, want)
			}
		}
		if fold.IsPlain(r) && Fold(string(r)) != string(r) {
			t.Errorf("plain %q folds to %q", r, Fold(string(r)))
		}
	}
	if n < 100 {
		t.Fatalf("fold.Alone takes only %d runes", n)
	}
}

func TestTokenizeFoldsLikeFold(t *testing.T) {
	files, _ := filepath.Glob("../corpus/*.txt")
	texts := []string{"قال الرئيسُ إنّ «المسؤولين» أكّدوا ـ ذلك", "The U.S. said, ﻣﺼﺎﺩﺭ Éric", "\xff\xfeأ"}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	if len(texts) < 5 {
		t.Fatalf("no corpus text in ../corpus")
	}
	words := 0
	for _, s := range texts {
		for _, tk := range tokenize(s) {
			if tk.punct {
				continue
			}
			words++
			if want := word(s, tk.start, tk.end); tk.norm != want.norm || tk.nb != want.nb || tk.bare != want.bare {
				t.Errorf("%q: token %q/%v, want %q/%v", tk.raw, tk.norm, tk.bare[:tk.nb], want.norm, want.bare[:want.nb])
			}
		}
	}
	t.Logf("%d words", words)
}

func TestDecodeRune(t *testing.T) {
	s := "aé\u0645\u06CC€😀\xC2\xff\xC0\x80\xDF\xBF\xE0\x80\xDF"
	for i := 0; i < len(s); i++ {
		r, n := decodeRune(s, i)
		wr, wn := utf8.DecodeRuneInString(s[i:])
		if r != wr || n != wn {
			t.Errorf("at %d: %q/%d, want %q/%d", i, r, n, wr, wn)
		}
	}
	for r := rune(0); r < 0x800; r++ {
		if got, n := decodeRune(string(r), 0); got != r || n != utf8.RuneLen(r) {
			t.Errorf("%U: %U/%d", r, got, n)
		}
	}
}

// TestHasLatinReadsRunes: the byte scan of hasLatin says what reading the
// runes says, on letters of every script near the boundary and on broken
// UTF-8.
func TestHasLatinReadsRunes(t *testing.T) {
	byRunes := func(s string) bool {
		for _, r := range s {
			if r < 0x250 && unicode.IsLetter(r) {
				return true
			}
		}
		return false
	}
	cases := []string{"", "قال", "BBC", "قالx", "ªº", "µ", "é", "ɏ", "ɐ", "Ω", "١٢", "²", "\xc3", "\xc3(", "\xd8\x28",
		"\xff\xfe", "Al-مدينة", "123", "ـ", "ﻣﺼﺎﺩﺭ", "z\xc9\x8f"}
	for r := rune(0x70); r < 0x300; r++ {
		cases = append(cases, string(r), "ب"+string(r))
	}
	for _, s := range cases {
		if got, want := hasLatin(s), byRunes(s); got != want {
			t.Errorf("hasLatin(%q) = %v, reading runes %v", s, got, want)
		}
	}
}
