package data

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/isnad/isnad/model"
)

// TestArticleStart: the start of a long article has the whole article's
// first paragraphs and sentences, ids included, but for the last one,
// which may be cut; a short article comes whole, from the cache.
func TestArticleStart(t *testing.T) {
	src, err := os.ReadFile("corpus/000_d495414d1009f6e2.txt")
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for b.Len() < 300<<10 {
		b.Write(src)
		b.WriteString("\n\n")
	}
	dir := t.TempDir()
	for name, text := range map[string]string{"big.txt": b.String(), "small.txt": string(src)} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	l, err := OpenWith(dir, Options{NoPass: true})
	if err != nil {
		t.Fatal(err)
	}
	start, whole, err := l.ArticleStart("big", 128<<10, 32<<10)
	if err != nil || whole {
		t.Fatalf("ArticleStart(big): whole %v, %v", whole, err)
	}
	if n := len(start.Paragraphs[len(start.Paragraphs)-1].Text); start.Paragraphs[len(start.Paragraphs)-1].Line > 0 && n > 32<<10 {
		t.Errorf("the start's last paragraph is %d bytes", n)
	}
	full, err := l.Article("big")
	if err != nil {
		t.Fatal(err)
	}
	n := len(start.Paragraphs)
	if n < 10 || n >= len(full.Paragraphs) {
		t.Fatalf("%d paragraphs in the start, %d in all", n, len(full.Paragraphs))
	}
	for i := range n - 1 {
		s, f := start.Paragraphs[i], full.Paragraphs[i]
		if s.ID != f.ID || s.Text != f.Text || s.Kind != f.Kind || s.SentFrom != f.SentFrom || s.SentTo != f.SentTo {
			t.Fatalf("paragraph %d: start %+v, whole %+v", i, s, f)
		}
	}
	last := start.Paragraphs[n-1]
	for si := range last.SentFrom {
		if start.Sentences[si] != full.Sentences[si] {
			t.Fatalf("sentence %d: %+v, whole %+v", si, start.Sentences[si], full.Sentences[si])
		}
	}
	if !strings.HasPrefix(full.Paragraphs[n-1].Text, last.Text) {
		t.Errorf("the last paragraph of the start is no start of the whole's: %q", last.Text)
	}

	small, whole, err := l.ArticleStart("small", 64<<10, 16<<10)
	if err != nil || !whole {
		t.Fatalf("ArticleStart(small): whole %v, %v", whole, err)
	}
	if again, _ := l.Article("small"); again != small {
		t.Error("a whole article from ArticleStart should be the cached one")
	}
	if again, whole, _ := l.ArticleStart("big", 64<<10, 64<<10); !whole || again != full {
		t.Error("an article parsed already should come whole")
	}
	if _, _, err := l.ArticleStart("nope", 64<<10, 64<<10); err == nil {
		t.Error("ArticleStart(nope) should fail")
	}
}

// TestStartCut: the start is cut after a line, else a space, else between
// characters, never inside one (UTF-8 or UTF-16).
func TestStartCut(t *testing.T) {
	for _, c := range []struct {
		name, raw string
		want      string
	}{
		{"line", "سطر أول\nسطر ثانٍ\nنصف سطر", "سطر أول\nسطر ثانٍ\n"},
		{"early line", "a\n" + strings.Repeat("كلمة ", 20), "a\n" + strings.Repeat("كلمة ", 20)},
		{"space", strings.Repeat("كلمة ", 20) + "نص", strings.Repeat("كلمة ", 20)},
		{"character", strings.Repeat("ك", 30) + "\xd9", strings.Repeat("ك", 30)},
		{"whole character", strings.Repeat("ك", 30), strings.Repeat("ك", 30)},
	} {
		if got := c.raw[:startCut([]byte(c.raw))]; got != c.want {
			t.Errorf("%s: cut to %q", c.name, got)
		}
		if !utf8.ValidString(c.raw[:startCut([]byte(c.raw))]) {
			t.Errorf("%s: invalid UTF-8", c.name)
		}
	}
	// UTF-16LE: "ab😀" — a cut inside the surrogate pair drops its first half.
	le := []byte{0xFF, 0xFE, 'a', 0, 'b', 0, 0x3D, 0xD8, 0x00, 0xDE}
	if n := startCut(le[:8]); n != 6 {
		t.Errorf("UTF-16LE cut at %d, want 6", n)
	}
	if n := startCut(le[:9]); n != 6 {
		t.Errorf("UTF-16LE odd length cut at %d, want 6", n)
	}
	if n := startCut(le); n != 10 {
		t.Errorf("UTF-16LE whole pair cut at %d, want 10", n)
	}
	a := ParseArticleStart("x", "x.txt", le[:8], model.Meta{})
	if len(a.Paragraphs) != 1 || a.Paragraphs[0].Text != "ab" {
		t.Errorf("UTF-16 start parsed as %+v", a.Paragraphs)
	}
}
