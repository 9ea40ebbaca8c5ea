package search

import (
	"strings"
	"testing"

	"github.com/isnad/isnad/model"
	"github.com/isnad/isnad/text"
	"github.com/isnad/isnad/tui/common"
)

// mark wraps styled text in brackets that no sentence here holds, so that
// a test can see which cells a span styled.
func mark(s string) string { return "⟦" + s + "⟧" }

// marked is the pieces of a rendered line inside marks.
func marked(s string) []string {
	var out []string
	for {
		i := strings.Index(s, "⟦")
		if i < 0 {
			return out
		}
		j := strings.Index(s[i:], "⟧")
		out = append(out, s[i+len("⟦"):i+j])
		s = s[i+j+len("⟧"):]
	}
}

// span is the byte range of the n-th occurrence (from 0) of word in s.
func span(s, word string, n int) model.Span {
	off := 0
	for ; n > 0; n-- {
		off += strings.Index(s[off:], word) + len(word)
	}
	i := off + strings.Index(s[off:], word)
	return model.Span{Start: i, End: i + len(word)}
}

func TestKwic(t *testing.T) {
	eng := common.NewEngine(common.DefaultOptions())
	long := "وقع الرئيس الروسي فلاديمير بوتن على اتفاقية دفاعية تاريخية مع كوريا الشمالية في يونيو الماضي، وهي الصفقة التي تأتي وسط تقارير تفيد بأن بيونج يانج أرسلت آلاف القوات للقتال ضد أوكرانيا."
	word := func(w string) string { s, _ := eng.Fit(w, 100, text.RTL).Content(); return s }
	title := "اتفاقية دفاع مشترك بين روسيا الاتحادية وكوريا الشمالية"
	en := "Russia and North Korea signed a treaty in June, Reuters reported on Friday."
	cases := []struct {
		name    string
		s       string
		ms      []model.Span
		w       int
		want    []string // the words marked, as shown
		cutHead bool     // the snippet starts after the sentence's start
	}{
		{"fits whole", "كوريا الشمالية وروسيا", []model.Span{span("كوريا الشمالية وروسيا", "كوريا", 0)}, 60,
			[]string{word("كوريا")}, false},
		{"whole though the match is late", title, []model.Span{span(title, "الشمالية", 0)}, 80, []string{word("الشمالية")}, false},
		{"match near the end", long, []model.Span{span(long, "أوكرانيا", 0)}, 50, []string{word("أوكرانيا")}, true},
		{"two matches", long, []model.Span{span(long, "كوريا", 0), span(long, "الشمالية", 0)}, 70,
			[]string{word("كوريا"), word("الشمالية")}, true},
		{"narrow", long, []model.Span{span(long, "القوات", 0)}, 12, []string{word("القوات")}, true},
		{"english", en, []model.Span{span(en, "Friday", 0)}, 30, []string{"Friday"}, true},
		{"no match", long, nil, 40, nil, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ln, spans := kwic(eng, c.s, c.ms, c.w, mark)
			if ln.Width > c.w {
				t.Errorf("%d cells wide, want at most %d", ln.Width, c.w)
			}
			got := ln.Render(spans)
			if strings.ReplaceAll(strings.ReplaceAll(got, "⟦", ""), "⟧", "") != ln.Text {
				t.Errorf("marks change the line: %q", got)
			}
			if m := marked(got); strings.Join(m, "|") != strings.Join(c.want, "|") {
				// Right-to-left: the first match is the rightmost piece.
				rev := append([]string(nil), c.want...)
				for i, j := 0, len(rev)-1; i < j; i, j = i+1, j-1 {
					rev[i], rev[j] = rev[j], rev[i]
				}
				if strings.Join(m, "|") != strings.Join(rev, "|") {
					t.Errorf("marked %q, want %q in %q", m, c.want, got)
				}
			}
			// The snippet's logical start is the line's right end when it
			// reads right to left.
			shown := strings.TrimSpace(ln.Text)
			head := strings.HasPrefix(shown, common.Ellipsis)
			if ln.RTL {
				head = strings.HasSuffix(shown, common.Ellipsis)
			}
			if head != c.cutHead {
				t.Errorf("cut before the match: %v, want %v: %q", head, c.cutHead, ln.Text)
			}
		})
	}
}

// TestKwicBadSpans: offsets that are out of range, overlap or cut a letter
// are dropped, never a panic.
func TestKwicBadSpans(t *testing.T) {
	eng := common.NewEngine(common.DefaultOptions())
	s := "كوريا الشمالية وروسيا"
	ln, spans := kwic(eng, s, []model.Span{{Start: -1, End: 3}, {Start: 1, End: 3}, {Start: 0, End: 10},
		{Start: 5, End: 9}, {Start: 20, End: 99}, {Start: 7, End: 7}}, 40, mark)
	if len(spans) != 1 || spans[0].Start != 0 || spans[0].End != 10 {
		t.Errorf("spans %+v, want only [0,10)", spans)
	}
	if got, want := marked(ln.Render(spans)), eng.Fit("كوريا", 40, text.RTL); len(got) != 1 || got[0] != strings.TrimLeft(want.Text, " ") {
		t.Errorf("marked %q", got)
	}
	// An empty sentence and a width of nothing.
	if ln, _ := kwic(eng, "", nil, 0, mark); ln.Width > 1 {
		t.Errorf("empty: %+v", ln)
	}
}

func TestContextStart(t *testing.T) {
	s := "aaa bbb ccc MATCH"
	m := strings.Index(s, "MATCH")
	for budget, want := range map[int]int{0: m, 3: m, 4: 8, 7: 8, 8: 4, 12: 0, 100: 0} {
		if got := contextStart(s, m, budget); got != want {
			t.Errorf("budget %d: start %d, want %d", budget, got, want)
		}
	}
	if got := contextStart("a  b", 3, 10); got != 0 {
		t.Errorf("two spaces: %d", got)
	}
	if got := nextWord(s, 0, m); got != 4 {
		t.Errorf("nextWord %d", got)
	}
	if got := nextWord(s, 8, 10); got != 10 {
		t.Errorf("nextWord past m: %d", got)
	}
}
