package fold

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestRune(t *testing.T) {
	tests := []struct {
		in   rune
		want rune
		keep bool
	}{
		{'A', 'a', true}, {'z', 'z', true}, {'7', '7', true}, {' ', ' ', true},
		{'أ', 'ا', true}, {'إ', 'ا', true}, {'آ', 'ا', true}, {'ٱ', 'ا', true},
		{'ى', 'ي', true}, {'ئ', 'ء', true}, {'ی', 'ي', true}, {'ؤ', 'ء', true},
		{'ة', 'ه', true}, {'ک', 'ك', true}, {'ء', 'ء', true}, {'ا', 'ا', true},
		{'٣', '3', true}, {'۴', '4', true}, {'،', '،', true},
		{'É', 'e', true}, {'ü', 'u', true}, {'Ж', 'ж', true},
		{'\u064E', 0, false}, {'\u0651', 0, false}, {'\u064B', 0, false}, {'\u0670', 0, false},
		{'ـ', 0, false}, {'\u200D', 0, false}, {'\u200F', 0, false}, {'\u00AD', 0, false},
		{'\u06D6', 0, false}, {'\u0301', 0, false},
	}
	for _, tt := range tests {
		got, keep := Rune(tt.in)
		if keep != tt.keep || keep && got != tt.want {
			t.Errorf("Rune(%q) = %q, %v; want %q, %v", tt.in, got, keep, tt.want, tt.keep)
		}
	}
}

func TestWord(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"Reuters NATO", "reuters nato"},
		{"سَلَّمَتْ", "سلمت"},
		{"كـــوريا", "كوريا"},
		{"أحلاف إقليمية آسيا ٱلتحالف", "احلاف اقليميه اسيا التحالف"},
		{"على مدى", "علي مدي"},
		{"مدىً", "مدي"},
		{"رئيس مسؤول مسئول", "رءيس مسءول مسءول"},
		{"١٩ يونيو ٢٠٢٤", "19 يونيو 2024"},
		{"١٢٫٥ و١٠٬٠٠٠", "12.5 و10,000"},
		// the alef of a marked tanween goes with the mark, in both orders
		{"تحالفاً", "تحالف"},
		{"تهديدًا", "تهديد"},
		{"حلفاً دفاعياً،", "حلف دفاعي،"},
		{"جزءاً", "جزء"},
		// an unmarked final alef stays
		{"دعما تحالفا", "دعما تحالفا"},
		{"کوری", "كوري"},
		{"تحا\u200dلف", "تحالف"},
		{"a\xffb", "a\uFFFDb"},
	}
	for _, tt := range tests {
		if got := Word(tt.in); got != tt.want {
			t.Errorf("Word(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestBare(t *testing.T) {
	tests := []struct{ in, want string }{
		{"تحالفا", "تحالف"}, {"دعما", "دعم"}, {"دعا", ""}, {"تحالف", ""}, {"data", ""}, {"", ""},
	}
	for _, tt := range tests {
		if got := Bare(tt.in); got != tt.want {
			t.Errorf("Bare(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	// The example: the marked and the unmarked spelling meet.
	if a, b := Word("تحالفاً"), Bare(Word("تحالفا")); a != b {
		t.Errorf("تحالفاً → %q, تحالفا → %q: they should meet", a, b)
	}
	if a, b := Key("تحالفاً"), Key("تحالفا"); a != b {
		t.Errorf("Key: تحالفاً → %q, تحالفا → %q", a, b)
	}
}

func TestKey(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"reuters", "reuters"},
		{"  U.S.  State-Dept. ", "u s state dept"},
		{"«سبوتنيك»", "سبوتنيك"},
		{"الرئيس الروسي", "الرءيس الروسي"},
		{"ميدفيديف، قال:", "ميدفيديف قال"},
		{"وفقاً لـ", "وفقا ل"},
		{"٢٠٢٤", "2024"},
		{"Müller", "muller"},
		{"بيونغ\u200fيانغ", "بيونغيانغ"},
	}
	for _, tt := range tests {
		if got := Key(tt.in); got != tt.want {
			t.Errorf("Key(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestPhrase(t *testing.T) {
	tests := []struct{ in, want string }{
		{"  Back To Top\t\n", "back to top"},
		{"زر الذهاب إلى الأعلى", "زر الذهاب الي الاعلي"},
		{"Tags: foo", "tags: foo"},
		{"«ص.ب»", "ص.ب"},
		{"Ünïcode ÉTÉ\u2003x", "unicode ete x"},
		{"تحرير:", "تحرير"},
		{"\u00a0photo:\u0085", "photo"},
	}
	for _, tt := range tests {
		if got := Phrase(tt.in); got != tt.want {
			t.Errorf("Phrase(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// The modes agree on letters: each is idempotent, and Key of any mode's
// output is Key of the input.
func checkProperties(t *testing.T, s string) {
	t.Helper()
	k, p, w := Key(s), Phrase(s), Word(s)
	if Key(k) != k {
		t.Errorf("Key not idempotent on %q: %q → %q", s, k, Key(k))
	}
	if Phrase(p) != p {
		t.Errorf("Phrase not idempotent on %q: %q → %q", s, p, Phrase(p))
	}
	if Word(w) != w && !strings.ContainsRune(s, fathatan) {
		t.Errorf("Word not idempotent on %q: %q → %q", s, w, Word(w))
	}
	if Key(p) != k {
		t.Errorf("Key(Phrase(%q)) = %q, Key = %q", s, Key(p), k)
	}
	for _, out := range []string{k, p, w} {
		if !utf8.ValidString(out) {
			t.Errorf("invalid UTF-8 out of %q: %q", s, out)
		}
	}
}

func TestProperties(t *testing.T) {
	var all strings.Builder
	for r := rune(0); r < 0x0700; r++ {
		all.WriteRune(r)
		checkProperties(t, "x"+string(r)+"y")
	}
	checkProperties(t, all.String())
}

func FuzzFold(f *testing.F) {
	f.Add("  Back To Top\t\n")
	f.Add("زر الذهاب إلى الأعلى")
	f.Add("حلفاً دفاعياً، «سبوتنيك»")
	f.Fuzz(func(t *testing.T, s string) { checkProperties(t, s) })
}

// TestAlone: what Alone says of a rune is what Rune does, for every rune it
// takes; every plain rune is one of them.
func TestAlone(t *testing.T) {
	n := 0
	for r := rune(0); r <= utf8.MaxRune; r++ {
		f, keep, ok := Alone(r)
		if IsPlain(r) && !ok {
			t.Errorf("plain %q not taken", r)
		}
		if !ok {
			continue
		}
		n++
		if utf8.RuneLen(r) > 2 {
			t.Errorf("%q takes %d bytes", r, utf8.RuneLen(r))
		}
		if wf, wkeep := Rune(r); wf != f || wkeep != keep {
			t.Errorf("Alone(%q) = %q %v, Rune %q %v", r, f, keep, wf, wkeep)
		}
	}
	if n < 100 {
		t.Errorf("Alone takes only %d runes", n)
	}
}
