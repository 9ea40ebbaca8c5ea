package bidi

import (
	"bufio"
	"compress/gzip"
	"fmt"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// The conformance files are Unicode 15.0.0's, vendored gzipped from
// /usr/share/unicode (Debian package unicode-data); go generate refreshes
// them.

// maxListed bounds how many failing cases a test prints one by one.
const maxListed = 500

// scanGzip calls fn for each line of a gzipped test file with its line
// number, skipping comments and blank lines.
func scanGzip(t *testing.T, name string, fn func(lineNo int, line string)) {
	t.Helper()
	f, err := os.Open(name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	z, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(z)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if line == "" || line[0] == '#' {
			continue
		}
		fn(n, line)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
}

// checker compares one resolved paragraph with expected levels ('x' =
// removed, as -1) and visual order, and says what differs.
type checker struct {
	levels []Level
	order  []int
	kept   []int
}

func (c *checker) check(p *Paragraph, n int, wantBase int, wantLevels []int, wantOrder []int) string {
	if wantBase >= 0 && int(p.BaseLevel()) != wantBase {
		return fmt.Sprintf("paragraph level %d, want %d", p.BaseLevel(), wantBase)
	}
	c.levels = p.LineLevels(0, n, c.levels)
	for i, want := range wantLevels {
		switch {
		case want < 0 && !p.Removed(i):
			return fmt.Sprintf("character %d not removed (level %d), want x", i, c.levels[i])
		case want >= 0 && p.Removed(i):
			return fmt.Sprintf("character %d removed, want level %d", i, want)
		case want >= 0 && int(c.levels[i]) != want:
			return fmt.Sprintf("levels %v, want %v", c.levels, wantLevels)
		}
	}
	c.order = p.VisualOrder(0, n, 0, c.order)
	c.kept = c.kept[:0]
	for _, i := range c.order {
		if !p.Removed(i) {
			c.kept = append(c.kept, i)
		}
	}
	if !slices.Equal(c.kept, wantOrder) {
		return fmt.Sprintf("order %v, want %v", c.kept, wantOrder)
	}
	return ""
}

func parseLevels(t *testing.T, s string) []int {
	var out []int
	for _, f := range strings.Fields(s) {
		if f == "x" {
			out = append(out, -1)
			continue
		}
		v, err := strconv.Atoi(f)
		if err != nil {
			t.Fatalf("bad level %q", f)
		}
		out = append(out, v)
	}
	return out
}

func parseInts(t *testing.T, s string, base int) []int {
	out := []int{}
	for _, f := range strings.Fields(s) {
		v, err := strconv.ParseInt(f, base, 32)
		if err != nil {
			t.Fatalf("bad number %q", f)
		}
		out = append(out, int(v))
	}
	return out
}

// conformance runs each case through two Paragraphs: one as Resolve
// normally goes, and one kept on the general path, to show that the fast
// paths change nothing.
type conformance struct {
	t      *testing.T
	name   string
	paths  [2]Paragraph
	c      checker
	cases  int
	failed [2]int
}

var pathNames = [2]string{"", " (general path)"}

func newConformance(t *testing.T, name string) *conformance {
	cf := &conformance{t: t, name: name}
	cf.paths[1].general = true
	return cf
}

// run resolves one case with resolve and checks it; what names the case
// in a failure.
func (cf *conformance) run(what func() string, resolve func(*Paragraph), n, base int, levels, order []int) {
	cf.cases++
	for k := range cf.paths {
		p := &cf.paths[k]
		resolve(p)
		if why := cf.c.check(p, n, base, levels, order); why != "" {
			cf.failed[k]++
			if cf.failed[k] <= maxListed {
				cf.t.Errorf("%s%s: %s", what(), pathNames[k], why)
			}
		}
	}
}

func (cf *conformance) report() {
	for k, failed := range cf.failed {
		cf.t.Logf("%s%s: %d/%d cases pass", cf.name, pathNames[k], cf.cases-failed, cf.cases)
		if failed > maxListed {
			cf.t.Errorf("… and %d more failing cases%s", failed-maxListed, pathNames[k])
		}
	}
}

func TestBidiCharacterTest(t *testing.T) {
	cf := newConformance(t, "BidiCharacterTest")
	var text []rune
	scanGzip(t, "testdata/BidiCharacterTest.txt.gz", func(lineNo int, line string) {
		f := strings.Split(line, ";")
		if len(f) != 5 {
			t.Fatalf("line %d: %d fields", lineNo, len(f))
		}
		text = text[:0]
		for _, v := range parseInts(t, f[0], 16) {
			text = append(text, rune(v))
		}
		dir, ok := map[string]Direction{"0": LTR, "1": RTL, "2": Auto}[f[1]]
		base, err := strconv.Atoi(f[2])
		if !ok || err != nil {
			t.Fatalf("line %d: bad direction or level", lineNo)
		}
		what := func() string { return fmt.Sprintf("line %d: %s", lineNo, f[0]) }
		cf.run(what, func(p *Paragraph) { p.Resolve(text, dir) },
			len(text), base, parseLevels(t, f[3]), parseInts(t, f[4], 10))
	})
	if cf.cases != 91707 {
		t.Errorf("read %d cases, want 91707", cf.cases)
	}
	cf.report()
}

func TestBidiTest(t *testing.T) {
	classByName := map[string]Class{}
	for c := range numClasses {
		classByName[c.String()] = c
	}
	cf := newConformance(t, "BidiTest")
	var levels, order []int
	var classes []Class
	sequences := 0
	scanGzip(t, "testdata/BidiTest.txt.gz", func(lineNo int, line string) {
		if v, ok := strings.CutPrefix(line, "@Levels:"); ok {
			levels = parseLevels(t, v)
			return
		}
		if v, ok := strings.CutPrefix(line, "@Reorder:"); ok {
			order = parseInts(t, v, 10)
			return
		}
		if line[0] == '@' {
			return
		}
		data, bits, ok := strings.Cut(line, ";")
		if !ok {
			t.Fatalf("line %d: no bitset", lineNo)
		}
		classes = classes[:0]
		for _, name := range strings.Fields(data) {
			cl, ok := classByName[name]
			if !ok {
				t.Fatalf("line %d: unknown class %q", lineNo, name)
			}
			classes = append(classes, cl)
		}
		if len(classes) != len(levels) {
			t.Fatalf("line %d: %d classes, %d levels", lineNo, len(classes), len(levels))
		}
		set, err := strconv.Atoi(strings.TrimSpace(bits))
		if err != nil {
			t.Fatalf("line %d: bitset %q", lineNo, bits)
		}
		sequences++
		for bit, dir := range [3]Direction{Auto, LTR, RTL} {
			if set&(1<<bit) != 0 {
				what := func() string {
					return fmt.Sprintf("line %d: %s (%s)", lineNo, data, [3]string{"auto", "LTR", "RTL"}[bit])
				}
				cf.run(what, func(p *Paragraph) { p.ResolveClasses(classes, dir) }, len(classes), -1, levels, order)
			}
		}
	})
	if sequences != 490846 {
		t.Errorf("read %d class sequences, want 490846", sequences)
	}
	cf.report()
}
