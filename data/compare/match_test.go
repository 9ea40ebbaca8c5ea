package compare

import (
	"testing"

	"github.com/isnad/isnad/data/arabic"
)

func TestMatcherLongestFirst(t *testing.T) {
	m := newMatcher()
	m.add("شراكة", 0)
	m.add("شراكة استراتيجية", 1)
	m.add("الشراكة الاستراتيجية الشاملة", 2)
	m.add("المحور الأول", -1)
	m.add("محور", 3)
	m.add("وقع*", 4)
	m.add("=الموقعه", 5)
	tests := []struct {
		text string
		want []int // labels in order
	}{
		{"شراكة", []int{0}},
		{"والشراكة الاستراتيجية بين البلدين شراكات", []int{1, 0}},
		{"معاهدة الشراكة الاستراتيجية الشاملة", []int{2}},
		{"المحور الأول: محاور ومحور", []int{-1, 3}},
		{"وقعت روسيا ووقعته كوريا والموقعة", []int{4, 4}},
		{"المعاهدة الموقعة في", []int{5}},
		{"على موقعه في الإنترنت", nil},
		{"", nil},
	}
	for _, tt := range tests {
		var got []int
		for _, x := range m.find(nil, arabic.Tokenize(tt.text)) {
			got = append(got, m.label[x.Cue])
		}
		if len(got) != len(tt.want) {
			t.Errorf("%q: labels %v, want %v", tt.text, got, tt.want)
			continue
		}
		for i := range got {
			if got[i] != tt.want[i] {
				t.Errorf("%q: labels %v, want %v", tt.text, got, tt.want)
				break
			}
		}
	}
}

func TestParseCueEmpty(t *testing.T) {
	if _, ok := parseCue("  "); ok {
		t.Error("blank cue accepted")
	}
	if _, ok := parseCue("= *"); ok {
		t.Error("cue of only operators accepted")
	}
}

// TestGroupEqualsMatchers checks the one-pass group against each matcher
// run on its own, over the sentences of the test frames' hand-made texts
// and some edge cases.
func TestGroupEqualsMatchers(t *testing.T) {
	f := mustFrames(t, testFrames)
	texts := []string{
		"هذا التحالف زواج مصلحة وفي المقابل شراكة استراتيجية.",
		"المحور الأول: الصين حذرة من محور موسكو وبكين.",
		"وقعت روسيا معاهدة، والموقعة في يونيو؛ أرسلت 11 ألف جندي في زيارة.",
		"", "حلف الناتو حلف", "تحالف تحالف تحالف",
	}
	var found [][]match
	for _, s := range texts {
		toks := arabic.Tokenize(s)
		found = f.all.find(toks, found)
		for k, m := range f.all.ms {
			want := m.find(nil, toks)
			if len(want) != len(found[k]) {
				t.Errorf("%q, matcher %d: group %v, alone %v", s, k, found[k], want)
				continue
			}
			for i := range want {
				if want[i] != found[k][i] {
					t.Errorf("%q, matcher %d: group %v, alone %v", s, k, found[k], want)
					break
				}
			}
		}
	}
}
