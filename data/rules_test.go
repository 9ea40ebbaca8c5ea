package data

import (
	"slices"
	"strings"
	"testing"

	"github.com/isnad/isnad/model"
	"golang.org/x/text/unicode/norm"
)

func TestDecode(t *testing.T) {
	tests := []struct {
		name string
		in   []byte
		want string
		kind []model.ProblemKind
	}{
		{"bom", []byte("\xEF\xBB\xBFنص"), "نص", nil},
		{"crlf and cr", []byte("a\r\nb\rc"), "a\nb\nc", nil},
		{"invalid utf8", []byte("a\xffb"), "a\uFFFDb", []model.ProblemKind{model.ProblemInvalidUTF8}},
		{"controls and escapes", []byte("a\x00b\x1b[31mred\x1b[0m\x07"), "abred", []model.ProblemKind{model.ProblemControl}},
		{"dcs, apc and c1 sequences", []byte("a\x1bPtmux;\x1b\x1b]52;c;eA==\x07\x1b\\b \x1b_Ga=T;AAAA\x1b\\c \u009b2Jd \u009d0;t\u009ce"), "ab c d e", []model.ProblemKind{model.ProblemControl}},
		{"unterminated osc keeps the text", []byte("a\x1b]0;and the rest"), "a0;and the rest", []model.ProblemKind{model.ProblemControl}},
		{"tab and form feed", []byte("a\tb\fc"), "a b\nc", nil},
		{"nfc", []byte("e\u0301"), "\u00e9", nil},
		{"utf16 with bom", []byte{0xFF, 0xFE, 'h', 0, 'i', 0}, "hi", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, probs := decode("f.txt", tc.in)
			if got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
			var kinds []model.ProblemKind
			for _, p := range probs {
				kinds = append(kinds, p.Kind)
			}
			if !slices.Equal(kinds, tc.kind) {
				t.Errorf("problems %v, want %v", kinds, tc.kind)
			}
		})
	}
	long := strings.Repeat("x", hugeLine+10)
	if _, probs := decode("f.txt", []byte("a\n"+long)); len(probs) != 1 || probs[0].Kind != model.ProblemHugeLine || probs[0].Line != 2 {
		t.Errorf("huge line: %v", probs)
	}
}

func TestIsNFC(t *testing.T) {
	for _, s := range []string{
		"", "abc", "نص عربي عادي", "e\u0301", "\u00e9", "\u0627\u0654", "\u0623", "\u0627\u0653",
		"ب\u0651\u064E", "ب\u064E\u0651", "شُبّاك", "x\u0301\u0300", "\u1100\u1161", "\uAC00",
		"\u212B", "\u2000", "“نص”…", "a\u0654", "ك\u0670", "\u0958", "\u06C1\u0654", "\u06D5\u0654",
	} {
		if got, want := isNFC(s), norm.NFC.IsNormalString(s); got != want {
			t.Errorf("isNFC(%+q) = %v, want %v", s, got, want)
		}
	}
}

func TestSplitBlocks(t *testing.T) {
	tests := []struct {
		name     string
		in       string
		markdown bool
		want     []string // text, with "#2 " for a Markdown heading, "- " for an item
	}{
		{"one paragraph per line", "أ.\nب.\n\nج.", false, []string{"أ.", "ب.", "ج."}},
		{"hard break joins", "عنوان طويل  \nيكمل هنا\nسطر آخر", false, []string{"عنوان طويل يكمل هنا", "سطر آخر"}},
		{"markdown joins lines", "one\ntwo\n\nthree", true, []string{"one two", "three"}},
		{"atx headings", "## Title ##\ntext", false, []string{"#2 Title", "text"}},
		{"not a heading", "#hashtag\n#", false, []string{"#hashtag", "#"}},
		{"setext", "Title\n=====\nbody", true, []string{"#1 Title", "body"}},
		{"bullets dropped, numbers kept", "- one\n* two\n1. three\n٢) four", false, []string{"- one", "- two", "- 1. three", "- ٢) four"}},
		{"not a list", "2024. was a year\n-dash", false, []string{"2024. was a year", "-dash"}},
		{"hard wrapped text", "the first line of this text goes on and on\nand on without any stop, as wrapped text\ndoes, and so it ends here in a full stop.", false,
			[]string{"the first line of this text goes on and on and on without any stop, as wrapped text does, and so it ends here in a full stop."}},
		{"spaces collapsed", "  a \u00a0 b\t c ", false, []string{"a b c"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, p := range splitBlocks(tc.in, 1, tc.markdown) {
				s := p.text
				if p.md > 0 {
					s = "#" + string(rune('0'+p.md)) + " " + s
				}
				if p.item {
					s = "- " + s
				}
				got = append(got, s)
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("\n got %q\nwant %q", got, tc.want)
			}
		})
	}
}

func TestRenderInline(t *testing.T) {
	tests := []struct {
		in, want string
		urls     []string
	}{
		{"see [reuters.com](https://www.reuters.com).", "see reuters.com.", []string{"https://www.reuters.com"}},
		{"[a.org](https://a.org) [a.org](https://a.org) end", "a.org end", []string{"https://a.org"}},
		{"[a](u1) [b](u2)", "a b", []string{"u1", "u2"}},
		{"![alt text](img.png) here", "alt text here", []string{"img.png"}},
		{"[not a link] (x) and [x](has space)", "[not a link] (x) and [x](has space)", nil},
		{"[[nested](u)]", "[nested]", []string{"u"}},
		{"[]()", "[]()", nil},
	}
	for _, tc := range tests {
		got, links := renderInline(tc.in)
		var urls []string
		for _, l := range links {
			urls = append(urls, l.URL)
			if l.Start < 0 || l.End > len(got) || l.Start > l.End {
				t.Errorf("%q: bad link offsets %+v", tc.in, l)
			}
		}
		if got != tc.want || !slices.Equal(urls, tc.urls) {
			t.Errorf("%q: got %q %v, want %q %v", tc.in, got, urls, tc.want, tc.urls)
		}
	}
	got, links := renderInline("x [مركز](https://a.b/c) y")
	if got[links[0].Start:links[0].End] != "مركز" {
		t.Errorf("link text offsets: %q", got[links[0].Start:links[0].End])
	}
}

// TestClassify checks each rule on one paragraph standing alone.
func TestClassify(t *testing.T) {
	tests := []struct {
		in, rule string
		level    int
	}{
		{"زر الذهاب الى الاعلى", "chrome", 0},
		{"Back to top", "chrome", 0},
		{"أظهر المزيد", "chrome", 0},
		{"مواضيع ذات صلة", "chrome", 0},
		{"الوسوم: روسيا، كوريا", "chrome", 0},
		{"Tags: Russia, Korea", "chrome", 0},
		{"جميع الحقوق محفوظة © 2024", "copyright", 0},
		{"والآراء الواردة لا تعبر بالضرورة عن رأي الموقع", "copyright", 0},
		{"Home » World » Asia", "breadcrumb", 0},
		{"الرئيسيةأخبارعربية", "breadcrumb", 0},
		{"Homeland security is a concern", "short-line", 2}, // not a breadcrumb
		{"تابعونا على فيسبوك", "chrome", 0},
		{"شاهد قناتنا على يوتيوب بعد القراءة", "follow", 0},
		{"Facebook | Twitter | YouTube", "follow", 0},
		{"07810234002", "contact", 0},
		{"هاتف: +964 781 023 4002", "contact", 0},
		{"info@example.org", "contact", 0},
		{"www.example.org", "contact", 0},
		{"2024", "short-line", 2},
		{"31 تشرين الاول 2024", "dateline", 0},
		{"الخميس 7 نوفمبر 2024", "dateline", 0},
		{"2024-10-31", "dateline", 0},
		{"May 3, 2024", "dateline", 0},
		{"* * *", "decoration", 0},
		{"المقدمة:", "section", 2},
		{"الخاتمة", "section", 2},
		{"References", "section", 2},
		{"المحور الأول: من تقارب تكتيكي", "division", 2},
		{"الفصل 3 - البداية", "division", 2},
		{"ثانياً: دوافع الشراكة", "ordinal", 2},
		{"أولاً، يجب أن نفهم الأمر جيداً وهذا طويل.", "body", 0},
		{"لماذا حدث هذا التحول الآن؟", "short-line", 3},
		{"تفسيرات النظرية الواقعية:", "short-line", 3},
		{"خلفية الاتفاق", "short-line", 2},
		{"لكن، هل هذا التحالف مجرد زواج مصلحة؟", "body", 0},
		{"قال الرئيس إن الأمر انتهى.", "body", 0},
		{"وأكد أن كل طالب يحق له التسجيل إذا توافرت فيه الشروط الآتية:", "body", 0},
		{"He said that the rules are these:", "body", 0},
		{"الشروط المطلوبة للتسجيل:", "short-line", 3},
		{"وقال وزير الصحة سالم الفهد:", "body", 0}, // what he said is the next paragraph
		{"فأضاف مدير المستشفى قائلاً:", "body", 0},
		{"وفيما يلي أسماء الفائزين:", "body", 0},
		{"طريقة التحضير:", "short-line", 3},
	}
	for _, tc := range tests {
		p := newPara(tc.in, 1, true)
		classify(&p)
		if p.rule != tc.rule || p.level != tc.level {
			t.Errorf("%q: got %s/%d, want %s/%d", tc.in, p.rule, p.level, tc.rule, tc.level)
		}
	}
	p := newPara("- تابعونا على فيسبوك", 1, true)
	p.item = true
	classify(&p)
	if p.kind != model.Boilerplate {
		t.Errorf("a follow-us list item is chrome, got %s", p.kind)
	}
}

// TestStructure checks the rules that look at neighbours, on small texts.
func TestStructure(t *testing.T) {
	body := "هذه فقرة عادية من النص فيها جمل كاملة ومفيدة للقارئ. وفيها جملة ثانية أيضاً."
	tests := []struct {
		name, in string
		want     []string // "rule" per paragraph
	}{
		{"page break joined", "نص طويل يتحدث عن أمور كثيرة ومتعددة في السياسة الدولية والإقليمية ويستمر في الشرح والتفصيل إلى أن\n\nينتهي هنا في الصفحة التالية.",
			[]string{"page-break"}},
		{"no join after a full stop", body + "\n\n" + body, []string{"body", "body"}},
		{"no join before a heading", "نص طويل يتحدث عن أمور كثيرة ومتعددة في السياسة الدولية والإقليمية ويستمر في الشرح والتفصيل إلى أن\n\nخلفية الاتفاق\n\n" + body,
			[]string{"body", "short-line", "body"}},
		{"title byline furniture", "عنوان المقال هنا\n\nبقلم: فلان الفلاني\n\nباحث في مركز ما\n\n" + body,
			[]string{"title", "byline", "furniture", "body"}},
		{"byline before the title", "By Jane Doe\n\nThe Title\n\n" + body, []string{"byline", "title", "body"}},
		{"masthead and duplicate title", "# مركز الدراسات\n\nعنوان الورقة الطويل\n\n## عنوان الورقة الطويل\n\n" + body,
			[]string{"masthead", "duplicate", "title", "body"}},
		{"tag line has no section", body + "\n\nكلمة أخرى ثالثة\n\nخلفية الاتفاق\n\n" + body,
			[]string{"body", "empty-section", "short-line", "body"}},
		{"trailing short lines", body + "\n\nاسم الموقع\n\nزر الذهاب إلى الأعلى\n\nفلان",
			[]string{"body", "furniture", "chrome", "furniture"}},
		{"a last short line is text", body + "\n\nThe new single is out now on vinyl",
			[]string{"body", "tail-line"}},
		{"closing byline", body + "\n\nزاوية أسبوعية يكتبها رئيس التحرير: فلان", []string{"body", "byline"}},
		{"publisher footer", body + "\n\n## مركز الدراسات\n\nأسس المركز في عام 2012 في بغداد.\n\nwww.example.org\n\ninfo@example.org",
			[]string{"body", "footer", "footer", "contact", "contact"}},
		{"conclusion is not a footer", body + "\n\nالخاتمة:\n\n" + body + "\n\nwww.example.org\n\ninfo@example.org",
			[]string{"body", "section", "body", "contact", "contact"}},
		{"short lines only stay text", "سطر أول\n\nسطر ثان\n\nسطر ثالث", []string{"title", "body", "body"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, p := range structure(splitBlocks(tc.in, 1, false)) {
				got = append(got, p.rule)
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("\n got %v\nwant %v", got, tc.want)
			}
		})
	}
}

func TestParseDateLine(t *testing.T) {
	tests := []struct{ in, iso string }{
		{"31 تشرين الاول 2024", "2024-10-31"},
		{"19 يونيو/حزيران 2024", "2024-06-19"},
		{"2024-10-31", "2024-10-31"},
		{"31/10/2024", "2024-10-31"},
		{"May 3, 2024", "2024-05-03"},
		{"٣١ أكتوبر ٢٠٢٤", "2024-10-31"},
		{"أكتوبر 2024", ""},
		{"الجمعة 5 جويلية 2024", "2024-07-05"},
		{"Wednesday, 19 June 2024", "2024-06-19"},
		{"كانون ثاني 12 2025", "2025-01-12"},
		{"31 فبراير 2024", ""},
	}
	for _, tc := range tests {
		iso, ok := parseDateLine(fold(tc.in))
		if !ok || iso != tc.iso {
			t.Errorf("%q: got %q %v, want %q", tc.in, iso, ok, tc.iso)
		}
	}
	if _, ok := parseDateLine(fold("قال الرئيس في 2024")); ok {
		t.Error("a sentence is not a date line")
	}
}

func TestArticleID(t *testing.T) {
	tests := map[string]string{
		"000_d495414d1009f6e2.txt": "000",
		"12.txt":                   "12",
		"2024-report.md":           "2024-report",
		"sub/My Article (v2).md":   "my-article-v2",
		"مقال جديد.txt":            "مقال-جديد",
		"#?!.txt":                  "article",
	}
	for in, want := range tests {
		if got := articleID(in); got != want {
			t.Errorf("%s: got %q, want %q", in, got, want)
		}
	}
	taken := map[string]bool{}
	if a, b, c := uniqueID("x", taken), uniqueID("x", taken), uniqueID("x", taken); a != "x" || b != "x-2" || c != "x-3" {
		t.Errorf("unique ids: %s %s %s", a, b, c)
	}
}

func TestFold(t *testing.T) {
	if got := fold("  «أظهرْ   المزيدَ» "); got != "اظهر المزيد" {
		t.Errorf("fold: %q", got)
	}
	if !containsPhrase(fold("وليس من الضروري ان تمثل"), fold("ليس من الضروري ان تمثل")) {
		t.Error("a proclitic و must not hide a phrase")
	}
	if containsPhrase("تابعوناعلى", "تابعونا") {
		t.Error("phrases match on word boundaries")
	}
}
