package text

import (
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestSanitizeString(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"plain عربي text", "plain عربي text"},
		{"title \x1b]0;pwned\x07 here", "title ␛ here"},
		{"clip \x1b]52;c;cGF5bG9hZA==\x1b\\ board", "clip ␛ board"},
		{"clear \x1b[2J\x1b[H", "clear ␛␛"},
		{"c1 \u009b2J and \u0085", "c1 ␛ and \uFFFD"},
		{"dcs \x1bP1$r\x1b\\ apc \x1b_x\x07", "dcs ␛ apc ␛"},
		{"bell\x07 nul\x00 del\x7f", "bell␇ nul␀ del␡"},
		{"two\nlines\r\tand tab", "two␊lines␍␉and tab"},
		{"bad \xff utf8", "bad \uFFFD utf8"},
		{"trojan \u202egnp.exe\u202c \u2066x\u2069", "trojan ⇇gnp.exe⦘ ⟫x⟧"},
		{"marks kept \u200f\u200e\u061c", "marks kept \u200f\u200e\u061c"},
		{"unterminated \x1b]0;rest of it", "unterminated ␛0;rest of it"},
	} {
		got := Sanitize(c.in)
		if got != c.want {
			t.Errorf("Sanitize(%q) = %q, want %q", c.in, got, c.want)
		}
		checkTerminalSafe(t, got)
	}
	if got := SanitizeLines("a\tb\r\nc\x1b[31md\n"); got != "a\tb\nc␛d\n" {
		t.Errorf("SanitizeLines: %q", got)
	}
	s := "no change"
	if Sanitize(s) != s || SanitizeLines(s) != s {
		t.Error("plain text changed")
	}
}

// checkTerminalSafe: nothing a terminal acts on — no C0 but LF and TAB, no
// DEL, no C1, no explicit bidi control — and valid UTF-8.
func checkTerminalSafe(t *testing.T, s string) {
	t.Helper()
	if !utf8.ValidString(s) {
		t.Errorf("invalid UTF-8: %q", s)
	}
	for _, r := range s {
		if r < 0x20 && r != '\n' && r != '\t' || r >= 0x7F && r < 0xA0 || bidiControl(r) {
			t.Errorf("%U left in %q", r, s)
		}
	}
}

// The engine and Sanitize read escape sequences the same way: on text
// without TAB and bidi controls (which each treats its own way), the
// engine's logical, unbroken line is Sanitize's result.
func TestSanitizeMatchesEngine(t *testing.T) {
	e := NewEngine(Options{NoBreak: true, NoPad: true, Logical: true})
	for _, s := range []string{
		"a\x1b[2Jb", "x\x1b]8;;http://e\x1b\\link\x1b]8;;\x1b\\y", "\u009b31mred\u009b0m",
		"\x1bPtmux;\x1b\x1b[8l\x1b\\", "nul\x00\x01\x7f", "\x1b", "\x1b]", "\xc2", "a\x1b(B",
	} {
		if got, want := e.Layout(s, 80, LTR)[0].Text, Sanitize(s); got != want {
			t.Errorf("%q: engine %q, Sanitize %q", s, got, want)
		}
	}
}

func TestQuote(t *testing.T) {
	for in, want := range map[string]string{
		"a.txt":             `"a.txt"`,
		"عربي.txt":          `"عربي.txt"`,
		"x\x1b]0;t\x07.txt": `"x\x1b]0;t\a.txt"`,
		"rlo\u202etxt.exe":  `"rlo\u202etxt.exe"`,
		"c1\u009b.txt":      `"c1\u009b.txt"`,
		"bad\xff":           `"bad\xff"`,
	} {
		if got := Quote(in); got != want {
			t.Errorf("Quote(%q) = %s, want %s", in, got, want)
		}
		checkTerminalSafe(t, Quote(in))
	}
}

func TestEscapeJSON(t *testing.T) {
	v := map[string]string{"t": "c1 \u009b2J del \x7f rlo \u202e esc \x1b ok عربي"}
	raw, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	out := EscapeJSON(raw)
	checkTerminalSafe(t, string(out))
	for _, want := range []string{`\u009b`, `\u007f`, `\u202e`, `\u001b`, "عربي"} {
		if !strings.Contains(string(out), want) {
			t.Errorf("%s: no %s", out, want)
		}
	}
	var back map[string]string
	if err := json.Unmarshal(out, &back); err != nil || back["t"] != v["t"] {
		t.Errorf("round trip: %q, %v", back["t"], err)
	}
	plain := []byte(`{"a":"b"}`)
	if got := EscapeJSON(plain); &got[0] != &plain[0] {
		t.Error("plain JSON copied")
	}
}

func TestBidiOverrides(t *testing.T) {
	for s, want := range map[string]bool{
		"عربي \u200f": false, "x\u202ey": true, "\u202d": true, "\u2066": true, "\u2069": true,
		"\u202a embedding \u202b\u202c": false, "\u2065": false, "\u202f": false, "": false,
	} {
		if HasBidiOverride(s) != want {
			t.Errorf("HasBidiOverride(%q) = %v", s, !want)
		}
		if m := MarkBidiOverrides(s); HasBidiOverride(m) || !want && m != s {
			t.Errorf("MarkBidiOverrides(%q) = %q", s, m)
		}
	}
	if got := MarkBidiOverrides("a\u202eb\u2066c\u202bd"); got != "a⇇b⟫c\u202bd" {
		t.Errorf("MarkBidiOverrides: %q", got)
	}
}

// Many unterminated control strings cost one scan, not one each: the
// result is right (each introducer one ␛, the rest kept) and the scan
// remembers there is no terminator left.
func TestUnterminatedStrings(t *testing.T) {
	s := strings.Repeat("\x1b]x", 20000)
	got := Sanitize(s)
	if want := strings.Repeat("␛x", 20000); got != want {
		t.Fatalf("got %d bytes", len(got))
	}
	var sc SequenceScan
	b := []byte(s)
	for i := 0; i < len(b); {
		end, complete := SequenceEnd(b, i, &sc)
		if end > i {
			if complete || end != i+2 {
				t.Fatalf("at %d: end %d complete %v", i, end, complete)
			}
			i = end
			continue
		}
		i++
	}
}

func FuzzSanitize(f *testing.F) {
	for _, s := range []string{"", "a\x1b[2Jb", "\x1b]52;c;x\x07", "\u009b\u009d\u0090x\u009c", "\u202e\xff\x00\t\n",
		"\x1bP\x1b\x1b\\", "\x1b_", "ok عربي"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out := Sanitize(s)
		checkTerminalSafe(t, out)
		if strings.ContainsAny(out, "\n\t") {
			t.Errorf("Sanitize kept a line break or tab: %q", out)
		}
		checkTerminalSafe(t, SanitizeLines(s))
		checkTerminalSafe(t, Quote(s))
		if js, err := json.Marshal(s); err == nil {
			checkTerminalSafe(t, string(EscapeJSON(js)))
		}
		// Printable ASCII letters outside any sequence survive.
		if !strings.ContainsAny(s, "\x1b\u009b\u009d\u0090\u0098\u009e\u009f") {
			for _, r := range s {
				if r >= 'a' && r <= 'z' && !strings.ContainsRune(out, r) {
					t.Errorf("%q lost %q: %q", s, r, out)
				}
			}
		}
	})
}
