package main

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode"

	"github.com/rivo/uniseg"
	"golang.org/x/text/unicode/norm"

	"github.com/isnad/isnad/data"
	"github.com/isnad/isnad/model"
	"github.com/isnad/isnad/text"
)

// TestExplorerInTmux drives the built binary in a real terminal: library →
// open → scroll → resize → back → quit, and checks the terminal is restored.
func TestExplorerInTmux(t *testing.T) {
	if testing.Short() {
		t.Skip("real-terminal test")
	}
	bin := isnadBinary(t)
	tm := newTmux(t, 100, 30, true, bin+"; echo EXIT:$?; sleep 60")

	// Library: every title of `isnad list --json` is visible, shaped and in
	// visual order.
	var list []struct{ ID, Title string }
	out, err := exec.Command(bin, "list", "--json").Output()
	if err != nil {
		t.Fatalf("isnad list --json: %v", err)
	}
	if err := json.Unmarshal(out, &list); err != nil || len(list) != 5 {
		t.Fatalf("list --json: %v, %d articles", err, len(list))
	}
	scr := tm.waitFor("the library", 5*time.Second, screenHas("isnad · embedded"))
	if tm.format("alternate_on") != "1" {
		t.Error("the explorer did not enter the alternate screen")
	}
	eng := text.NewEngine(text.Options{NoPad: true})
	joined := strings.Join(scr, "\n")
	for _, a := range list {
		// A title that fits the row is shown whole, on one line.
		if whole := eng.Layout(a.Title, 90, text.RTL); len(whole) == 1 && !strings.Contains(joined, whole[0].Text) {
			t.Errorf("title of %s is not shown whole: %q", a.ID, whole[0].Text)
		}
		for _, w := range strings.Fields(a.Title) {
			vis := eng.Fit(w, 200, text.RTL).Text
			if !strings.Contains(joined, vis) {
				t.Errorf("title of %s: word %q (shown as %q) not on the library screen", a.ID, w, vis)
			}
		}
	}

	// Open the first article: its lines are in visual order.
	tm.keys("Enter")
	scr = tm.waitFor("the reader", 5*time.Second, screenHas("%"))
	corpus, err := data.LoadEmbedded()
	if err != nil {
		t.Fatal(err)
	}
	art := corpus.Articles[0]
	checked := checkVisualRows(t, scr, art.Paragraphs)
	// The title is said once (its heading in the text, not again in the
	// header), so 9 rows of 30 are purely Arabic here.
	if checked < 8 {
		t.Errorf("only %d purely Arabic rows to check on the first screen:\n%s", checked, strings.Join(scr, "\n"))
	}

	// Scroll: three lines down moves the text up by three rows.
	before := tm.screen()
	tm.keys("j", "j", "j")
	after := tm.waitFor("scrolling by three rows", 3*time.Second, func(s []string) bool { return s[1] == before[4] })
	tm.keys("f")
	tm.waitFor("a page down", 3*time.Second, func(s []string) bool { return s[1] != after[1] })

	// Resize: the text re-wraps to the new width, the same sentence stays at
	// the top.
	topBefore := firstTextRow(tm.screen())
	tm.run("resize-window", "-t", "0", "-x", "70", "-y", "24")
	scr = tm.waitFor("the re-wrap", 3*time.Second, func(s []string) bool {
		return len(s) == 24 && strings.Contains(s[len(s)-1], "%")
	})
	for i, row := range scr {
		if w := uniseg.StringWidth(row); w > 70 {
			t.Errorf("row %d is %d cells wide after resizing to 70: %q", i, w, row)
		}
	}
	checkVisualRows(t, scr, art.Paragraphs)
	// The reader re-wraps from the start of the sentence that was on top, so
	// the first word of the old top row is among the first rows now.
	if f := strings.Fields(topBefore); len(f) > 0 {
		first := f[len(f)-1] // reading order starts on the right
		if !strings.Contains(strings.Join(scr[1:6], "\n"), first) {
			t.Errorf("after resizing, %q (first word of the old top row) is not near the top:\n%s", first, strings.Join(scr, "\n"))
		}
	}

	// Back to the library, then quit: status 0, alternate screen left,
	// explicit bidi mode asked for before the first paint and reset after.
	tm.keys("Escape")
	tm.waitFor("the library again", 3*time.Second, screenHas("isnad · embedded"))
	tm.keys("q")
	tm.waitFor("the exit status", 5*time.Second, screenHas("EXIT:0"))
	if tm.format("alternate_on") != "0" {
		t.Error("alternate screen still on after quitting")
	}
	raw := tm.rawOutput()
	enter, alt := bytes.Index(raw, []byte("\x1b[8l")), bytes.Index(raw, []byte("\x1b[?1049h"))
	leave, altOff := bytes.LastIndex(raw, []byte("\x1b[8h")), bytes.LastIndex(raw, []byte("\x1b[?1049l"))
	if enter < 0 || alt < 0 || enter > alt {
		t.Errorf("CSI 8 l at %d, alternate screen at %d: the handshake must come first", enter, alt)
	}
	if leave < 0 || leave < altOff {
		t.Errorf("CSI 8 h at %d, alternate screen left at %d: bidi mode not reset on the way out", leave, altOff)
	}
}

// checkVisualRows takes the screen rows made only of Arabic letters, marks,
// spaces and Arabic punctuation, reads them back into logical order (reverse
// the grapheme clusters, undo the presentation forms with NFKC) and checks
// that each is a piece of some paragraph. It returns how many it checked.
func checkVisualRows(t *testing.T, rows []string, paras []model.Paragraph) int {
	t.Helper()
	var all strings.Builder
	for _, p := range paras {
		all.WriteString(norm.NFKC.String(p.Text))
		all.WriteByte('\n')
	}
	logical := all.String()
	n := 0
	for _, row := range rows {
		s := stripGutter(strings.TrimSpace(row))
		if len([]rune(s)) < 12 || !arabicOnly(s) {
			continue
		}
		var clusters []string
		g := uniseg.NewGraphemes(s)
		for g.Next() {
			clusters = append(clusters, g.Str())
		}
		for i, j := 0, len(clusters)-1; i < j; i, j = i+1, j-1 {
			clusters[i], clusters[j] = clusters[j], clusters[i]
		}
		back := norm.NFKC.String(strings.Join(clusters, ""))
		if !strings.Contains(logical, back) {
			t.Errorf("row %q read back as %q is not article text in visual order", s, back)
		}
		if !hasPresentationForms(s) {
			t.Errorf("row %q: letters not joined", s)
		}
		n++
	}
	return n
}

// stripGutter drops the reader's claim mark (C, A, ? or !) at the end of a
// right-to-left row.
func stripGutter(s string) string {
	if n := len(s); n >= 2 && s[n-2] == ' ' && strings.ContainsRune("CA?!", rune(s[n-1])) {
		return strings.TrimSpace(s[:n-2])
	}
	return s
}

func arabicOnly(s string) bool {
	for _, r := range s {
		switch {
		case r == ' ', r == '،', r == '؛', r == '؟', r == '.', r == ':':
		case unicode.Is(unicode.Arabic, r):
		default:
			return false
		}
	}
	return true
}

func hasPresentationForms(s string) bool {
	for _, r := range s {
		if r >= 0xFB50 && r <= 0xFEFC {
			return true
		}
	}
	return false
}

func firstTextRow(rows []string) string {
	for _, r := range rows[1:] {
		if strings.TrimSpace(r) != "" {
			return strings.TrimSpace(r)
		}
	}
	return ""
}

// TestClaimJumpInTmux: ] reaches a claim in 000, Enter shows its source,
// ctrl-o returns to the same place — and a backlink jump comes back too.
func TestClaimJumpInTmux(t *testing.T) {
	if testing.Short() {
		t.Skip("real-terminal test")
	}
	tm := newTmux(t, 110, 32, false, isnadBinary(t)+"; echo EXIT:$?; sleep 60")
	tm.waitFor("the library", 5*time.Second, screenHas("isnad · embedded"))
	tm.keys("Enter")
	tm.waitFor("the reader", 5*time.Second, screenHas("%"))
	tm.keys("]", "]")
	before := tm.settled("the second claim")
	// The gutter marks the claim's status with a letter (no colour needed).
	marked := false
	for _, row := range before[1 : len(before)-1] {
		if strings.HasSuffix(strings.TrimRight(row, " "), " C") {
			marked = true
		}
	}
	if !marked {
		t.Errorf("no cited claim marked in the gutter:\n%s", strings.Join(before, "\n"))
	}

	tm.keys("Enter")
	panel := tm.waitFor("the claim's sources", 3*time.Second, screenHas("sources of 000#s"))
	joined := strings.Join(panel, "\n")
	if !strings.Contains(joined, "citations") || !strings.Contains(joined, "[000#r") {
		t.Errorf("the panel shows no reference entry:\n%s", joined)
	}

	tm.keys("C-o")
	back := tm.waitFor("the reader again", 3*time.Second, screenHas("%"))
	if strings.Join(back, "\n") != strings.Join(before, "\n") {
		t.Errorf("ctrl-o did not return to the same place.\nbefore:\n%s\nafter:\n%s",
			strings.Join(before, "\n"), strings.Join(back, "\n"))
	}

	// Claim → source → backlink in another place; ctrl-o walks back through
	// every jump: to the backlinks as they were, then to this place.
	tm.keys("Enter")
	tm.waitFor("the claim's sources", 3*time.Second, screenHas("sources of 000#s"))
	tm.keys("G", "Enter")
	backlinks := tm.waitFor("the backlinks", 3*time.Second, screenHas("claims relying on"))
	tm.keys("G", "Enter")
	tm.waitFor("the jump", 3*time.Second, screenHas("%"))
	tm.keys("C-o")
	tm.waitFor("the backlinks again", 3*time.Second, func(s []string) bool {
		return strings.Join(s, "\n") == strings.Join(backlinks, "\n")
	})
	tm.keys("C-o")
	tm.waitFor("the way back", 3*time.Second, func(s []string) bool {
		return strings.Join(s, "\n") == strings.Join(before, "\n")
	})
	tm.keys("q", "q")
	tm.waitFor("the exit", 5*time.Second, screenHas("EXIT:0"))
}

// TestScrollBytesInTmux measures what one line of scrolling costs on the
// wire at 200x60 — what an SSH user feels. The v2 renderer scrolls with
// scroll regions (~300 bytes in a naive app); a redraw of the whole screen
// would be over 20 KB. The bound guards against losing that.
func TestScrollBytesInTmux(t *testing.T) {
	if testing.Short() {
		t.Skip("real-terminal test")
	}
	tm := newTmux(t, 200, 60, true, isnadBinary(t)+"; sleep 60")
	tm.waitFor("the library", 5*time.Second, screenHas("isnad · embedded"))
	tm.keys("Enter")
	tm.waitFor("the reader", 5*time.Second, screenHas("%"))
	tm.settled("the reader")
	var sizes []int
	prev := len(tm.rawOutput())
	for i := 0; i < 15; i++ {
		before := tm.screen()
		tm.keys("j")
		tm.waitFor("a scroll", 3*time.Second, func(s []string) bool { return s[1] != before[1] })
		n := len(tm.rawOutput())
		sizes = append(sizes, n-prev)
		prev = n
	}
	sorted := append([]int(nil), sizes...)
	slices.Sort(sorted)
	median := sorted[len(sorted)/2]
	t.Logf("bytes written per one-line scroll at 200x60: median %d (all: %v)", median, sizes)
	if median > 4000 {
		t.Errorf("a one-line scroll writes %d bytes (median); the screen is being redrawn", median)
	}
}

// TestBadFolderInTmux: a folder with a binary file, invalid UTF-8, an empty
// file, an unreadable entry, escape sequences and a 10 MB single-line file
// still opens; the problems are counted in the status bar and listed on the
// problems screen; nothing from the files drives the terminal.
func TestBadFolderInTmux(t *testing.T) {
	if testing.Short() {
		t.Skip("real-terminal test")
	}
	dir := t.TempDir()
	good, err := os.ReadFile("../../data/corpus/003_d77285a777bfccc1.txt")
	if err != nil {
		t.Fatal(err)
	}
	write := func(name string, b []byte) {
		t.Helper()
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("good.txt", good)
	write("binary.txt", append([]byte("\x7fELF\x02\x01\x01\x00\x00\x00"), bytes.Repeat([]byte{0, 1, 2, 0xff}, 500)...))
	write("latin1.txt", []byte("Titre en fran\xe7ais\n\nUn paragraphe \xe9crit en Latin-1, pas en UTF-8.\n"))
	write("empty.md", nil)
	write("escapes.txt", []byte("Evil \x1b]0;pwned\x07 title\n\nText with \x1b[2J a clear-screen and \x1b[31mred\x1b[0m, and a bell \x07.\n"))
	write("huge.txt", bytes.Repeat([]byte("كلمة عربية طويلة جدا. "), 10<<20/40))
	if err := os.Symlink(filepath.Join(dir, "nowhere.txt"), filepath.Join(dir, "dangling.txt")); err != nil {
		t.Fatal(err)
	}

	tm := newTmux(t, 120, 30, true, isnadBinary(t)+" "+dir+"; echo EXIT:$?; sleep 60")
	scr := tm.waitFor("the library", 10*time.Second, screenHas("articles"))
	joined := strings.Join(scr, "\n")
	if !strings.Contains(joined, "4 articles") {
		t.Errorf("want 4 articles (good, latin1, escapes, huge):\n%s", joined)
	}
	tm.waitFor("the problem count", 30*time.Second, screenHas("problems (!)"))
	tm.keys("!")
	scr = tm.waitFor("the problems screen", 5*time.Second, func(s []string) bool { return strings.HasPrefix(s[0], "problems (") })
	joined = strings.Join(scr, "\n")
	for _, want := range []string{"binary", "empty", "unreadable", "invalid-utf8", "control-characters"} {
		if !strings.Contains(joined, want) {
			t.Errorf("problems screen lacks %q:\n%s", want, joined)
		}
	}
	tm.keys("Escape")
	tm.waitFor("the library again", 5*time.Second, screenHas("4 articles")) // every bar shows "? help" now
	tm.keys("q")
	// Quitting with the 10 MB file in the folder takes seconds (1.2 to 3.3 s
	// measured on a busy 2-core machine): a generous deadline.
	tm.waitFor("the exit", 30*time.Second, screenHas("EXIT:0"))
	raw := tm.rawOutput()
	for _, bad := range [][]byte{[]byte("\x1b]0;pwned"), []byte("pwned\x07")} {
		if bytes.Contains(raw, bad) {
			t.Errorf("the file's escape sequence %q reached the terminal", bad)
		}
	}
	if tm.format("window_name") == "pwned" || strings.Contains(tm.format("pane_title"), "pwned") {
		t.Error("a file set the terminal title")
	}
}

// TestSignalsRestoreTerminal: SIGTERM and SIGHUP end the explorer with the
// terminal restored — alternate screen left, explicit bidi mode reset.
func TestSignalsRestoreTerminal(t *testing.T) {
	if testing.Short() {
		t.Skip("real-terminal test")
	}
	bin := isnadBinary(t)
	if _, err := exec.LookPath("pgrep"); err != nil {
		t.Skip("pgrep is not installed (procps); CI installs it")
	}
	for _, sig := range []string{"TERM", "HUP"} {
		t.Run(sig, func(t *testing.T) {
			tm := newTmux(t, 100, 30, true, bin+"; echo EXIT:$?; sleep 60")
			tm.waitFor("the library", 5*time.Second, screenHas("isnad · embedded"))
			shell := tm.format("pane_pid")
			out, err := exec.Command("pgrep", "-P", shell).Output()
			pid := strings.TrimSpace(string(out))
			if err != nil || pid == "" {
				t.Fatalf("no isnad process under the pane's shell %s: %v", shell, err)
			}
			if err := exec.Command("kill", "-"+sig, pid).Run(); err != nil {
				t.Fatal(err)
			}
			tm.waitFor("the exit", 5*time.Second, screenHas("EXIT:"))
			if tm.format("alternate_on") != "0" {
				t.Error("alternate screen still on")
			}
			raw := tm.rawOutput()
			leave, altOff := bytes.LastIndex(raw, []byte("\x1b[8h")), bytes.LastIndex(raw, []byte("\x1b[?1049l"))
			if leave < 0 || leave < altOff {
				t.Errorf("SIG%s: CSI 8 h at %d, alternate screen left at %d", sig, leave, altOff)
			}
		})
	}
}
