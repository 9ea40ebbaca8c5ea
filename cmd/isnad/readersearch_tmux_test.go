package main

import (
	"fmt"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// count reads the search's count in the reader's status bar: "3/14".
var count = regexp.MustCompile(` ([0-9]+)/([0-9]+) · `)

// barCount waits for the status bar to count the matches, the match moved
// to being at, and returns the total.
func barCount(tm *tmuxSession, what, at string) string {
	tm.t.Helper()
	var total string
	tm.waitFor(what, 10*time.Second, func(s []string) bool {
		m := count.FindStringSubmatch(s[len(s)-1])
		if m == nil || at != "" && m[1] != at && !(at == "last" && m[1] == m[2]) {
			return false
		}
		total = m[2]
		return true
	})
	return total
}

// TestReaderSearchInTmux drives the built binary in a real terminal at
// 120x40 on the embedded corpus: / in the reader types a query at the
// bottom (Arabic, spelled with ه for ة: the same matches as the standard
// spelling), the bar counts, the current match is drawn reversed and the
// others underlined, n and N move and go round, esc clears; a on the
// claim then adds a note, and the claim's lines get the note's mark.
func TestReaderSearchInTmux(t *testing.T) {
	if testing.Short() {
		t.Skip("real-terminal test")
	}
	bin := isnadBinary(t)
	store := filepath.Join(t.TempDir(), "notes.db")
	tm := newTmux(t, 120, 40, false, fmt.Sprintf("%s --store %s --analyst tester; echo EXIT:$?; sleep 60", bin, store))
	tm.waitFor("the library", 10*time.Second, screenHas("isnad · embedded"))
	tm.keys("Enter")
	tm.waitFor("article 000", 10*time.Second, screenHas("36 claims"))

	tm.keys("/")
	tm.keys("-l", "الشماليه")
	total := barCount(tm, "the matches of الشماليه counted", "1")
	if bar := tm.screen()[39]; !strings.Contains(bar, "▏") {
		t.Errorf("the query is not being typed in the bar: %q", bar)
	}
	// The current match reversed and underlined, the others underlined
	// (tmux gives the attributes as SGR codes).
	styled := strings.Split(tm.run("capture-pane", "-p", "-e", "-t", "0"), "\n")
	current, others := 0, 0
	for _, row := range styled[:39] {
		current += strings.Count(row, "4;7m")
		others += strings.Count(row, "\x1b[4m")
	}
	if current != 1 || others == 0 {
		t.Errorf("%d rows drawn as the current match, %d underlined", current, others)
	}

	tm.keys("Enter", "n")
	barCount(tm, "the second match", "2")
	tm.keys("N", "N")
	barCount(tm, "round to the last match", "last")
	tm.keys("n")
	barCount(tm, "round to the first match", "1")

	// The standard spelling finds the same.
	tm.keys("Escape")
	tm.waitFor("the search cleared", 10*time.Second, func(s []string) bool { return count.FindString(s[39]) == "" })
	tm.keys("/")
	tm.keys("-l", "الشمالية")
	if got := barCount(tm, "the matches of الشمالية counted", "1"); got != total {
		t.Errorf("الشمالية: %s matches, الشماليه %s", got, total)
	}
	tm.keys("Escape") // while typing: the search given up
	tm.waitFor("the search given up", 10*time.Second, func(s []string) bool { return count.FindString(s[39]) == "" })

	// A note on the claim on screen: its lines get the mark.
	if strings.Contains(strings.Join(tm.screen(), "\n"), "✎") {
		t.Fatal("a note mark before any note")
	}
	tm.keys("a")
	tm.waitFor("the note form", 10*time.Second, screenHas("new note on 000#s"))
	tm.keys("Down")
	tm.keys("-l", "checked")
	tm.keys("Enter")
	scr := tm.waitFor("the note saved", 10*time.Second, screenHas("saved"))
	marked := 0
	for _, row := range scr[1:39] {
		if strings.HasPrefix(row, "   ✎ ") {
			marked++
		}
	}
	if marked == 0 {
		t.Errorf("no line marked ✎ on the left:\n%s", strings.Join(scr, "\n"))
	}

	tm.keys("q", "q")
	tm.waitFor("isnad to exit 0", 10*time.Second, screenHas("EXIT:0"))
}

// TestReaderSearchHugeInTmux: in a 10 MB article the one match of a query,
// in its last paragraph, is counted (in the background: see the reader's
// TestSearchHugeArticle) and reached, from the top by n too.
func TestReaderSearchHugeInTmux(t *testing.T) {
	if testing.Short() {
		t.Skip("real-terminal test")
	}
	bin := isnadBinary(t)
	dir := hugeArticle(t, 10<<20)
	tm := newTmux(t, 120, 40, false, bin+" "+dir+"; echo EXIT:$?; sleep 600")
	const deadline = 90 * time.Second
	tm.waitFor("the library", deadline, screenHas("huge"))
	tm.keys("Enter")
	tm.waitFor("the start of the article", deadline, screenHas("Opening paragraph of the huge article"))
	tm.waitFor("the whole article read", deadline, func(s []string) bool { return !strings.Contains(s[39], "reading the article") })
	start := time.Now()
	tm.keys("/")
	tm.keys("-l", "closing paragraph")
	barCount(tm, "the one match counted", "1")
	t.Logf("10 MB: the match counted %v after the query was typed (tmux's polling included)", time.Since(start).Round(time.Millisecond))
	scr := tm.waitFor("the match on screen", deadline, screenHas("Closing paragraph of the huge article"))
	if m := count.FindStringSubmatch(scr[39]); m == nil || m[2] != "1" {
		t.Errorf("the bar says %q", scr[39])
	}
	tm.keys("Enter", "g")
	tm.waitFor("the top again", deadline, screenHas("Opening paragraph of the huge article"))
	tm.keys("n")
	tm.waitFor("n back to the match", deadline, screenHas("Closing paragraph of the huge article"))
	tm.keys("q", "q")
	tm.waitFor("the exit", deadline, screenHas("EXIT:0"))
}
