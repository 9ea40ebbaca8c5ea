package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"fmt"
	goio "io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"unicode"
)

// cat runs `isnad cat args…` on stdin and returns stdout, stderr and status.
func cat(t testing.TB, stdin string, args ...string) (string, string, int) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(append([]string{"cat"}, args...), stdio{in: strings.NewReader(stdin), out: &out, err: &errb})
	return out.String(), errb.String(), code
}

// bidiCase is one line of BidiCharacterTest.txt.
type bidiCase struct {
	line  int
	text  []rune
	dir   string // 0 LTR, 1 RTL, 2 auto
	order []int  // visual order, X9-removed characters left out
}

func readBidiCharacterTest(t *testing.T) []bidiCase {
	t.Helper()
	f, err := os.Open("../../text/bidi/testdata/BidiCharacterTest.txt.gz")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	z, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	var cases []bidiCase
	s := bufio.NewScanner(z)
	for n := 1; s.Scan(); n++ {
		line := s.Text()
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, ";")
		if len(f) != 5 {
			t.Fatalf("line %d: %d fields", n, len(f))
		}
		c := bidiCase{line: n, dir: f[1]}
		for _, h := range strings.Fields(f[0]) {
			v, err := strconv.ParseUint(h, 16, 32)
			if err != nil {
				t.Fatalf("line %d: %v", n, err)
			}
			c.text = append(c.text, rune(v))
		}
		for _, x := range strings.Fields(f[4]) {
			v, err := strconv.Atoi(x)
			if err != nil {
				t.Fatalf("line %d: %v", n, err)
			}
			c.order = append(c.order, v)
		}
		cases = append(cases, c)
	}
	if err := s.Err(); err != nil {
		t.Fatal(err)
	}
	return cases
}

// shown is what a terminal shows of a line: format characters (Cf) are
// invisible, a TAB is one blank.
func shown(rs []rune) string {
	var b strings.Builder
	for _, r := range rs {
		switch {
		case r == '\t':
			b.WriteByte(' ')
		case unicode.Is(unicode.Cf, r):
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// TestBidiCharacterTest runs all of BidiCharacterTest.txt through isnad cat
// --nobreak --nopad --nomirror --noshape --nonsm, one input line per case,
// with --ltr, --rtl or neither as the case says, and compares what a
// terminal would show with the expected visual order.
func TestBidiCharacterTest(t *testing.T) {
	cases := readBidiCharacterTest(t)
	flags := map[string][]string{"0": {"--ltr"}, "1": {"--rtl"}, "2": nil}
	pass, failed := 0, 0
	for _, dir := range []string{"0", "1", "2"} {
		var in strings.Builder
		var group []bidiCase
		for _, c := range cases {
			if c.dir == dir {
				in.WriteString(string(c.text))
				in.WriteByte('\n')
				group = append(group, c)
			}
		}
		args := append([]string{"--nobreak", "--nopad", "--nomirror", "--noshape", "--nonsm"}, flags[dir]...)
		out, errs, code := cat(t, in.String(), args...)
		if code != 0 || errs != "" {
			t.Fatalf("isnad cat %v: status %d, %s", args, code, errs)
		}
		got := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
		if len(got) != len(group) {
			t.Fatalf("isnad cat %v: %d lines out for %d in", args, len(got), len(group))
		}
		for i, c := range group {
			want := make([]rune, len(c.order))
			for k, x := range c.order {
				want[k] = c.text[x]
			}
			if g, w := shown([]rune(got[i])), shown(want); g != w {
				failed++
				if failed <= 20 {
					t.Errorf("BidiCharacterTest line %d (dir %s): got %q, want %q", c.line, dir, g, w)
				}
				continue
			}
			pass++
		}
	}
	t.Logf("BidiCharacterTest through isnad cat: %d of %d", pass, len(cases))
	if len(cases) != 91707 {
		t.Errorf("%d cases, want 91707", len(cases))
	}
}

// TestFribidiParity: every non-empty line of the articles through isnad cat
// --nobreak --nopad is what fribidi --nobreak --nopad prints
// (scripts/gen-fribidi-golden.sh), its U+FEFF placeholders removed.
func TestFribidiParity(t *testing.T) {
	files, _ := filepath.Glob("../../data/corpus/*.txt")
	if len(files) != 5 {
		t.Fatalf("want the 5 articles, found %d", len(files))
	}
	same, total := 0, 0
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var lines []string
		for _, l := range strings.Split(string(b), "\n") {
			if l != "" {
				lines = append(lines, l)
			}
		}
		golden := filepath.Join("../../text/testdata/fribidi", strings.TrimSuffix(filepath.Base(f), ".txt")+".golden")
		g, err := os.ReadFile(golden)
		if err != nil {
			t.Fatal(err)
		}
		want := strings.Split(strings.TrimSuffix(strings.ReplaceAll(string(g), "\uFEFF", ""), "\n"), "\n")
		out, _, code := cat(t, strings.Join(lines, "\n")+"\n", "--nobreak", "--nopad")
		if code != 0 {
			t.Fatalf("status %d", code)
		}
		got := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
		if len(got) != len(want) {
			t.Fatalf("%s: %d lines, fribidi %d", f, len(got), len(want))
		}
		for i := range got {
			total++
			if got[i] == want[i] {
				same++
			} else {
				t.Errorf("%s line %d:\n got %q\nwant %q", filepath.Base(f), i+1, got[i], want[i])
			}
		}
	}
	t.Logf("parity with fribidi --nobreak --nopad: %d/%d lines", same, total)
}

// TestControls: escape sequences and control characters in the input never
// reach the terminal raw.
func TestControls(t *testing.T) {
	in := "clear\x1b[2Jscreen\n" +
		"osc52 \x1b]52;c;aGVsbG8=\x07 done\n" +
		"c1 csi \u009b2J and \u0085 nel\n" +
		"bel\x07 del\x7f nul\x00 cr\rlf\n" +
		"عربي \x1b[31mأحمر\x1b[0m\n"
	for _, args := range [][]string{nil, {"--nobreak"}, {"--width", "10"}, {"--show-controls"}, {"--rtl", "--nopad"}} {
		out, _, code := cat(t, in, args...)
		if code != 0 {
			t.Fatalf("%v: status %d", args, code)
		}
		for i, r := range strings.TrimSuffix(out, "\n") {
			if r == '\n' {
				continue
			}
			if r < 0x20 || r >= 0x7F && r < 0xA0 {
				t.Errorf("%v: raw control U+%04X at byte %d of %q", args, r, i, out)
			}
		}
		for _, want := range []string{"clear␛screen", "osc52 ␛ done", "c1 csi ␛ and", "␇", "␡", "␀", "␍"} {
			if !strings.Contains(out, want) && len(args) == 0 {
				t.Errorf("%v: %q not shown in %q", args, want, out)
			}
		}
		// A sequence is shown as one ␛: none of it is left as litter.
		for _, litter := range []string{"[2J", "52;c", "[31m", "[0m"} {
			if strings.Contains(out, litter) {
				t.Errorf("%v: %q left in %q", args, litter, out)
			}
		}
	}
}

// TestFiles: files in order, an unreadable one reported by name, exit 1;
// invalid UTF-8 becomes U+FFFD; the last line keeps its missing newline.
func TestFiles(t *testing.T) {
	dir := t.TempDir()
	a := filepath.Join(dir, "a.txt")
	b := filepath.Join(dir, "b.txt")
	if err := os.WriteFile(a, []byte("one\r\ntwo \xff\xfe bytes\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(b, []byte("three"), 0o644); err != nil {
		t.Fatal(err)
	}
	missing := filepath.Join(dir, "missing.txt")
	out, errs, code := cat(t, "", "--nopad", a, missing, "--nobreak", b)
	if code != 1 {
		t.Errorf("status %d, want 1", code)
	}
	if !strings.Contains(errs, strconv.Quote(missing)) {
		t.Errorf("stderr %q does not name the missing file, quoted", errs)
	}
	if _, errs, code := cat(t, "", dir); code != 1 || errs != "isnad cat: read "+strconv.Quote(dir)+": is a directory\n" {
		t.Errorf("a folder: status %d, stderr %q", code, errs)
	}
	if want := "one\ntwo \uFFFD\uFFFD bytes\nthree"; out != want {
		t.Errorf("got %q, want %q", out, want)
	}
	// A file without a final newline still ends its last row when another
	// follows: the next file's first line never lands on the same row.
	out, _, code = cat(t, "", "--width", "20", b, b, a)
	if want := "three\nthree\none\ntwo \uFFFD\uFFFD bytes\n"; code != 0 || out != want {
		t.Errorf("b b a: got %q, want %q", out, want)
	}
	out, _, _ = cat(t, "", "--width", "20", a, b)
	if want := "one\ntwo \uFFFD\uFFFD bytes\nthree"; out != want {
		t.Errorf("a b: got %q, want %q", out, want)
	}
}

func TestFlags(t *testing.T) {
	for _, c := range []struct {
		args []string
		in   string
		want string
	}{
		{[]string{"--width", "10"}, "abc\n", "abc\n"},
		{[]string{"--width", "10"}, "אבג\n", "       גבא\n"},
		{[]string{"--width", "10", "--nopad"}, "אבג\n", "גבא\n"},
		{[]string{"--width", "10", "--ltr"}, "אבג\n", "גבא\n"},
		{[]string{"--width", "6", "--rtl"}, "abc\n", "   abc\n"},
		{[]string{"--width", "5"}, "aaa bbb ccc\n", "aaa \nbbb \nccc\n"},
		{[]string{"--width", "9", "--nobreak"}, "aaa bbb ccc\n", "aaa bbb ccc\n"},
		{[]string{"--nopad", "--nomirror"}, "א(ב)\n", ")ב(א\n"},
		{[]string{"--nopad"}, "א(ב)\n", "(ב)א\n"},
		{[]string{"--nopad"}, "سلام\n", "ﻡﻼﺳ\n"},
		{[]string{"--nopad", "--noshape"}, "سلام\n", "مالس\n"},
		{[]string{"--nopad"}, "بَ\n", "ﺏَ\n"},
		{[]string{"--nopad", "--nonsm"}, "بَ\n", "َﺏ\n"},
		{[]string{"--nopad"}, "a\u202eb\u202cc\n", "abc\n"},
		// X9-removed controls take the level of the character before them.
		{[]string{"--nopad", "--show-controls"}, "a\u202eb\u202cc\n", "a⇇⦘bc\n"},
		{[]string{"--tab", "4"}, "a\tb\n", "a    b\n"},
		{nil, "a\tb\n", "a b\n"},
	} {
		out, errs, code := cat(t, c.in, c.args...)
		if code != 0 || out != c.want {
			t.Errorf("cat %v %q = %q (status %d %s), want %q", c.args, c.in, out, code, errs, c.want)
		}
	}
	if _, _, code := cat(t, "", "--ltr", "--rtl"); code != 2 {
		t.Errorf("--ltr --rtl: status %d, want 2", code)
	}
	if _, _, code := cat(t, "", "--bogus"); code != 2 {
		t.Errorf("--bogus: status %d, want 2", code)
	}
}

// TestLongLine: a line longer than a chunk and than maxPara still comes
// out whole (in maxPara pieces), nothing lost.
func TestLongLine(t *testing.T) {
	line := strings.Repeat("سلام عليكم ", maxPara/10)
	out, _, code := cat(t, line+"\nx\n", "--nobreak", "--nopad", "--noshape", "--ltr")
	if code != 0 {
		t.Fatalf("status %d", code)
	}
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if n := len(line)/maxPara + 2; len(lines) != n {
		t.Fatalf("%d lines, want %d", len(lines), n)
	}
	if got, want := len(strings.Join(lines[:len(lines)-1], "")), len(line); got != want {
		t.Errorf("%d bytes out, %d in", got, want)
	}
	if lines[len(lines)-1] != "x" {
		t.Errorf("last line %q", lines[len(lines)-1])
	}
}

func Example_cat() {
	var out bytes.Buffer
	run([]string{"cat", "--width", "20"}, stdio{in: strings.NewReader("مرحبا بالعالم\n"), out: &out, err: &out})
	fmt.Printf("%q\n", out.String())
	// Output: "       ﻢﻟﺎﻌﻟﺎﺑ ﺎﺒﺣﺮﻣ\n"
}

// BenchmarkCat: isnad cat --nobreak on the articles repeated to ~4 MB, on
// all cores, output discarded. allocs/op over MB/op gives allocations per MB.
func BenchmarkCat(b *testing.B) {
	files, _ := filepath.Glob("../../data/corpus/*.txt")
	var one []byte
	for _, f := range files {
		d, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		one = append(one, d...)
		one = append(one, '\n')
	}
	in := bytes.Repeat(one, 4<<20/len(one)+1)
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	for b.Loop() {
		if code := run([]string{"cat", "--nobreak"}, stdio{in: bytes.NewReader(in), out: goio.Discard, err: goio.Discard}); code != 0 {
			b.Fatalf("status %d", code)
		}
	}
	b.ReportMetric(float64(len(in))/1e6, "MB/op")
}

// FuzzCat: any input, any flags: no panic, nothing raw reaches the terminal,
// one output line per input line with --nobreak, printable ASCII lines
// unchanged, and the width kept without it.
func FuzzCat(f *testing.F) {
	f.Add([]byte("hello\nمرحبا\r\n\x1b[2J\tx"), uint8(0))
	f.Add([]byte("\xff\xfe\u009b\x00\n\n"), uint8(3))
	f.Add([]byte("abc\u202edef\u202c\nلا"), uint8(0x7f))
	f.Fuzz(func(t *testing.T, in []byte, bits uint8) {
		args := []string{"--width", strconv.Itoa(int(bits%64) + 1)}
		for i, flag := range []string{"--nobreak", "--nopad", "--nomirror", "--noshape", "--nonsm", "--show-controls", "--rtl"} {
			if bits&(1<<i) != 0 {
				args = append(args, flag)
			}
		}
		out, errs, code := cat(t, string(in), args...)
		if code != 0 || errs != "" {
			t.Fatalf("status %d: %s", code, errs)
		}
		for _, r := range out {
			if r != '\n' && (r < 0x20 || r >= 0x7F && r < 0xA0) {
				t.Fatalf("raw U+%04X in %q", r, out)
			}
		}
		if bits&1 == 0 {
			return
		}
		if got, want := strings.Count(out, "\n"), bytes.Count(in, []byte("\n")); got != want {
			t.Fatalf("%d newlines out, %d in: %q → %q", got, want, in, out)
		}
		if bits&(1<<6) != 0 {
			return
		}
		outLines := strings.Split(out, "\n")
		inLines := strings.Split(string(in), "\n")
		for i, l := range inLines {
			plain := l
			if i < len(inLines)-1 {
				plain = strings.TrimSuffix(l, "\r") // CRLF ends a line
			}
			if isPrintableASCII(plain) && outLines[i] != plain {
				t.Fatalf("line %d: %q came out as %q", i, plain, outLines[i])
			}
		}
	})
}

func isPrintableASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 0x20 || s[i] > 0x7E {
			return false
		}
	}
	return true
}
