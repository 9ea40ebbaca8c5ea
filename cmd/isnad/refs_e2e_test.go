package main

import (
	"strings"
	"testing"
	"time"
	"unicode"

	"github.com/isnad/isnad/data"
	"github.com/isnad/isnad/model"
)

// TestReferencesInTmux: the reader of 000 at 120×40 lays out the English
// reference entries of this Arabic article left to right (each begins with
// its author: "• Reuters."), and shows each entry's URL whole, on one row.
func TestReferencesInTmux(t *testing.T) {
	if testing.Short() {
		t.Skip("real-terminal test")
	}
	bin := isnadBinary(t)
	corpus, err := data.LoadEmbedded()
	if err != nil {
		t.Fatal(err)
	}
	art := corpus.Articles[0]
	type entry struct {
		head string
		urls []string
	}
	var entries []entry
	for _, p := range art.Paragraphs {
		if p.Kind != model.ListItem || len(p.Links) == 0 {
			continue
		}
		author, _, _ := strings.Cut(p.Text, ". ")
		e := entry{head: "• " + author + "."}
		for _, l := range p.Links {
			e.urls = append(e.urls, l.URL)
		}
		entries = append(entries, e)
	}
	if len(entries) < 10 {
		t.Fatalf("only %d reference entries with links in %s", len(entries), art.ID)
	}

	tm := newTmux(t, 120, 40, false, bin+"; sleep 60")
	tm.waitFor("the library", 5*time.Second, screenHas("isnad · embedded"))
	tm.keys("Enter")
	tm.waitFor("the reader", 5*time.Second, screenHas("%"))
	// The entries are at the end: the last screen and the one before.
	tm.keys("G")
	last := tm.waitFor("the end of 000", 5*time.Second, screenHas("100%"))
	tm.keys("b")
	prev := tm.waitFor("the page before", 5*time.Second, func(s []string) bool { return s[1] != last[1] })
	var rows []string
	for _, r := range append(prev[1:len(prev)-1], last[1:len(last)-1]...) {
		rows = append(rows, strings.TrimSpace(r))
	}
	screens := strings.Join(rows, "\n")

	for _, r := range rows {
		// Laid out right to left, an English entry ends in "•" or begins
		// with its final ".".
		if english(r) && (strings.HasSuffix(r, "•") || strings.HasPrefix(r, ".")) {
			t.Errorf("row laid out right to left: %q", r)
		}
	}
	for _, e := range entries {
		found := false
		for _, r := range rows {
			found = found || strings.HasPrefix(r, e.head)
		}
		if !found {
			t.Errorf("no row begins with %q:\n%s", e.head, screens)
		}
		for _, u := range e.urls {
			if !strings.Contains(screens, u) {
				t.Errorf("URL %s not shown whole on one row", u)
			}
		}
	}
}

// english reports a row with Latin letters and no Arabic.
func english(s string) bool {
	latin := false
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Arabic, r):
			return false
		case r < 0x80 && unicode.IsLetter(r):
			latin = true
		}
	}
	return latin
}
