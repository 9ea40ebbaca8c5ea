package main

import (
	"encoding/base64"
	"encoding/json"
	"fmt"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/isnad/isnad/data"
	"github.com/isnad/isnad/data/export"
	"github.com/isnad/isnad/text"
)

// explorerEnv keeps a test's explorer to folders of its own: the search
// index, the key file, the notes.
func explorerEnv(t *testing.T) string {
	home := t.TempDir()
	return fmt.Sprintf("env XDG_CACHE_HOME=%s XDG_CONFIG_HOME=%s XDG_DATA_HOME=%s ",
		filepath.Join(home, "cache"), filepath.Join(home, "config"), filepath.Join(home, "data"))
}

// underlined is the text the screen shows underlined (capture-pane -e):
// the words a search found.
func underlined(screen string) []string {
	sgr := regexp.MustCompile("\x1b\\[([0-9;]*)m")
	var runs []string
	on, cur := false, ""
	flush := func() {
		if cur != "" {
			runs = append(runs, cur)
		}
		cur = ""
	}
	last := 0
	for _, m := range sgr.FindAllStringSubmatchIndex(screen, -1) {
		if on {
			cur += screen[last:m[0]]
		}
		for _, p := range strings.Split(screen[m[2]:m[3]], ";") {
			switch p {
			case "", "0", "24":
				on = false
			case "4":
				on = true
			}
		}
		if !on {
			flush()
		}
		last = m[1]
	}
	flush()
	return runs
}

// TestSearchInTmux drives the built binary: F opens the search screen, a
// query typed in Arabic lists the hits the index ranks, keyword in context
// and in visual order; Enter opens the reader at the first hit with the
// words found underlined; ctrl+o comes back to the hits.
func TestSearchInTmux(t *testing.T) {
	if testing.Short() {
		t.Skip("real-terminal test")
	}
	bin := isnadBinary(t)
	index := filepath.Join(t.TempDir(), "index")
	const q = "كوريا الشمالية"
	out, err := exec.Command(bin, "search", "--json", "--limit", "100", "--index", index, q).Output()
	if err != nil {
		t.Fatalf("isnad search: %v", err)
	}
	var hits []jsonHit
	if err := json.Unmarshal(out, &hits); err != nil || len(hits) < 6 {
		t.Fatalf("isnad search: %v, %d hits", err, len(hits))
	}
	var arts []string
	for _, h := range hits {
		if !slices.Contains(arts, h.Article) {
			arts = append(arts, h.Article)
		}
	}

	// The explorer reuses the index the command built.
	tm := newTmux(t, 120, 40, false, explorerEnv(t)+bin+" --index "+index)
	tm.waitFor("the library", 10*time.Second, screenHas("isnad · embedded"))
	tm.keys("F")
	tm.waitFor("the search screen", 10*time.Second, screenHas("outlet:WORDS"))
	tm.run("send-keys", "-t", "0", "-l", q)
	// The whole query typed (shown in visual order), and its hits.
	eng := text.NewEngine(text.Options{NoPad: true})
	typed := "search /" + eng.Fit(q, 100, text.RTL).Text + "▏"
	want := fmt.Sprintf("%d hits in %d articles", len(hits), len(arts))
	scr := tm.waitFor("the hits", 20*time.Second, func(rows []string) bool {
		return strings.HasPrefix(rows[0], typed) && screenHas(want)(rows)
	})
	// In rank order, each row its sentence id and the sentence around the
	// words found, shaped and in visual order.
	for i, h := range hits[:6] {
		row := scr[1+i]
		if !strings.HasPrefix(strings.TrimSpace(row), h.Sentence+" ") {
			t.Errorf("row %d: %q, want hit %s", i+1, row, h.Sentence)
		}
		if w := eng.Fit("كوريا", 50, text.RTL).Text; !strings.Contains(row, w) {
			t.Errorf("row %d does not show %q: %q", i+1, w, row)
		}
	}

	tm.keys("Enter")
	top := hits[0]
	scr = tm.waitFor("the reader at the hit", 10*time.Second, screenHas(" "+top.Article+" · claim"))
	screen := strings.Join(scr, "\n")
	shown := 0
	for _, w := range strings.Fields(top.Text) {
		if strings.Contains(screen, eng.Fit(w, 100, text.RTL).Text) {
			shown++
		}
	}
	if n := len(strings.Fields(top.Text)); shown < n*9/10 {
		t.Errorf("the reader shows %d of the %d words of %s:\n%s", shown, n, top.Sentence, screen)
	}
	marked := underlined(tm.run("capture-pane", "-p", "-e", "-t", "0"))
	if !slices.ContainsFunc(marked, func(s string) bool { return strings.Contains(s, eng.Fit("كوريا", 50, text.RTL).Text) }) {
		t.Errorf("the words found are not underlined in the reader: %q", marked)
	}

	tm.keys("C-o")
	tm.waitFor("the hits again", 10*time.Second, screenHas(want))
	// Esc empties the query, then goes back (one key at a time: an Esc
	// followed at once by a key reads as alt+key).
	tm.keys("Escape")
	tm.waitFor("the query emptied", 10*time.Second, screenHas("outlet:WORDS"))
	tm.keys("Escape")
	tm.waitFor("the library", 10*time.Second, screenHas("isnad · embedded"))
}

// TestCopyOSC52InTmux: y in the reader sends the claim and its sources
// through OSC 52; tmux, with set-clipboard on, takes the sequence into a
// paste buffer, which holds the same text as isnad's citation of the
// claim.
func TestCopyOSC52InTmux(t *testing.T) {
	if testing.Short() {
		t.Skip("real-terminal test")
	}
	bin := isnadBinary(t)
	tm := newTmux(t, 120, 40, true, explorerEnv(t)+bin)
	tm.run("set-option", "-g", "set-clipboard", "on")
	tm.waitFor("the library", 10*time.Second, screenHas("isnad · embedded"))
	tm.keys("Enter")
	tm.waitFor("the reader", 10*time.Second, screenHas("%"))
	tm.keys("]", "]", "y")
	copied := regexp.MustCompile(`(\d{3}#s\d+) and its sources copied to the clipboard`)
	scr := tm.waitFor("the status", 10*time.Second, func(rows []string) bool { return copied.MatchString(strings.Join(rows, "\n")) })
	id := copied.FindStringSubmatch(strings.Join(scr, "\n"))[1]

	lib, err := data.OpenEmbeddedWith(data.Options{NoPass: true})
	if err != nil {
		t.Fatal(err)
	}
	defer lib.Close()
	want, err := export.Reports{Corpus: lib}.Cite(id, nil)
	if err != nil {
		t.Fatal(err)
	}
	var buf string
	deadline := time.Now().Add(scaled(5 * time.Second))
	for {
		buf, err = tm.tmux("show-buffer")
		if err == nil && buf == want || time.Now().After(deadline) {
			break
		}
		time.Sleep(50 * time.Millisecond)
	}
	if buf != want {
		t.Errorf("tmux's buffer after y:\n%q\nwant isnad's citation of %s:\n%q", buf, id, want)
	}
	seq := "\x1b]52;c;" + base64.StdEncoding.EncodeToString([]byte(want))
	if raw := tm.rawOutput(); !strings.Contains(string(raw), seq) {
		t.Errorf("the program did not write the OSC 52 sequence of %s", id)
	}
}
