package main

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/rivo/uniseg"

	"github.com/isnad/isnad/data"
	"github.com/isnad/isnad/model"
)

// TestCompareInTmux: at 160x45, c on the library opens the compare screen;
// its columns view shows at least three sources side by side, and every
// purely Arabic row of each column reads back as that article's text in
// visual order.
func TestCompareInTmux(t *testing.T) {
	if testing.Short() {
		t.Skip("real-terminal test")
	}
	// A frame every source carries, so that every column has sentences.
	out, errs, code := runCmd(t, "compare", "--json")
	if code != 0 {
		t.Fatalf("isnad compare --json: exit %d: %s", code, errs)
	}
	var cmp compareJSON
	if err := json.Unmarshal([]byte(out), &cmp); err != nil {
		t.Fatal(err)
	}
	frame := -1
	for i, f := range cmp.Frames {
		all := true
		for _, id := range cmp.Sources {
			all = all && len(f.Evidence[id]) > 0
		}
		if all {
			frame = i
			break
		}
	}
	if frame < 0 {
		t.Fatal("no frame carried by every source")
	}
	corpus, err := data.LoadEmbedded()
	if err != nil {
		t.Fatal(err)
	}
	arts := map[string]*model.Article{}
	for _, a := range corpus.Articles {
		arts[a.ID] = a
	}

	const w, h = 160, 45
	tm := newTmux(t, w, h, false, isnadBinary(t)+"; echo EXIT:$?; sleep 60")
	tm.waitFor("the library", 5*time.Second, screenHas("isnad · embedded"))
	tm.keys("c")
	tm.waitFor("the compare screen", 10*time.Second, screenHas("[1 frames]"))
	for range frame {
		tm.keys("j")
	}
	tm.keys("2")
	scr := tm.waitFor("the columns", 5*time.Second, screenHas("aligned on the frame "+cmp.Frames[frame].Name))

	for i, row := range scr {
		if cw := uniseg.StringWidth(row); cw > w {
			t.Errorf("row %d is %d cells wide: %q", i, cw, row)
		}
	}
	// Rows: views, legend, source headers, scores, rule, then the columns.
	heads := strings.Split(scr[2], " | ")
	if len(heads) < 3 {
		t.Fatalf("%d source(s) side by side, want at least 3:\n%s", len(heads), strings.Join(scr, "\n"))
	}
	cols := make([][]string, len(heads))
	for _, row := range scr[5 : len(scr)-1] {
		// tmux drops trailing blanks: a last column without text leaves
		// the row ending in " |".
		cells := strings.Split(row+" ", " | ")
		if len(cells) != len(heads) {
			t.Errorf("row %q has %d columns, the header %d", row, len(cells), len(heads))
			continue
		}
		for i, c := range cells {
			cols[i] = append(cols[i], c)
		}
	}
	for i, head := range heads {
		id := strings.Fields(head)[0]
		art := arts[id]
		if art == nil || (i > 0 && strings.Fields(heads[i-1])[0] == id) {
			t.Errorf("column %d is headed %q: not a distinct article", i, head)
			continue
		}
		n := checkVisualRows(t, cols[i], art.Paragraphs)
		t.Logf("column %d (%s): %d Arabic rows read back as its text", i, id, n)
		if n < 3 {
			t.Errorf("column %d (%s): only %d purely Arabic rows to check:\n%s", i, id, n, strings.Join(cols[i], "\n"))
		}
	}

	tm.keys("q", "q")
	tm.waitFor("the exit", 5*time.Second, screenHas("EXIT:0"))
}
