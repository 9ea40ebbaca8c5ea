package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// hugeArticle writes a folder holding one article of about size bytes:
// the embedded corpus's paragraphs, cycled, between a first and a last
// paragraph that say so in Latin letters (found on screen as written, but
// for the full stop, which the right-to-left article puts first).
func hugeArticle(t *testing.T, size int) string {
	t.Helper()
	var paras []string
	for _, f := range []string{"000_d495414d1009f6e2.txt", "002_896279f9bb41e59d.txt"} {
		b, err := os.ReadFile(filepath.Join("..", "..", "data", "corpus", f))
		if err != nil {
			t.Fatal(err)
		}
		for _, ln := range strings.Split(string(b), "\n") {
			if len(ln) > 200 { // running text, not headings
				paras = append(paras, ln)
			}
		}
	}
	var b strings.Builder
	b.WriteString("Opening paragraph of the huge article.\n\n")
	for i := 0; b.Len() < size; i++ {
		b.WriteString(paras[i%len(paras)])
		b.WriteString("\n\n")
	}
	b.WriteString("Closing paragraph of the huge article.\n")
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "huge.txt"), []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

// TestHugeArticleInTmux: a 10 MB article opens in the reader at once,
// showing its start while the rest is read; G goes to its end; q q leaves
// it and quits with status 0 without waiting for the analysis of its
// claims.
func TestHugeArticleInTmux(t *testing.T) {
	if testing.Short() {
		t.Skip("real-terminal test")
	}
	bin := isnadBinary(t)
	dir := hugeArticle(t, 10<<20)
	tm := newTmux(t, 120, 40, false, bin+" "+dir+"; echo EXIT:$?; sleep 600")
	// Deadlines are generous: the machine may be busy, and nothing here is
	// a timing.
	const deadline = 90 * time.Second
	tm.waitFor("the library", deadline, screenHas("huge"))
	tm.keys("Enter")
	scr := tm.waitFor("the start of the article", deadline, screenHas("Opening paragraph of the huge article"))
	if strings.Contains(strings.Join(scr, "\n"), "Closing paragraph") {
		t.Errorf("the first screen shows the end:\n%s", strings.Join(scr, "\n"))
	}
	tm.keys("G")
	scr = tm.waitFor("the end of the article", deadline, screenHas("Closing paragraph of the huge article"))
	bar := scr[len(scr)-1]
	if !strings.Contains(bar, "100%") {
		t.Errorf("G: the status bar says %q", bar)
	}
	analysing := strings.Contains(bar, "finding claims")
	tm.keys("q", "q")
	tm.waitFor("the exit", deadline, screenHas("EXIT:"))
	if !screenHas("EXIT:0")(tm.screen()) {
		t.Errorf("isnad exited with %q", tm.screen())
	}
	if !analysing {
		t.Logf("the claims were found before q (a fast machine): q was not tested during the analysis")
	}
}
