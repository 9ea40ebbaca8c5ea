package reader

import (
	"testing"

	"github.com/isnad/isnad/model"
)

func TestAbbreviates(t *testing.T) {
	for _, c := range []struct {
		label, url string
		want       bool
	}{
		{"reuters.com", "https://www.reuters.com", true},
		{"www.reuters.com", "https://www.reuters.com/", true},
		{"Reuters.com", "https://www.reuters.com/world/asia-pacific/x-2024-12-05/", true},
		{"t.me/hammurabicrss", "https://t.me/hammurabicrss", true},
		{"www.hcrsiraq.net", "http://www.hcrsiraq.net", true},
		{"hcrsiraq", "https://www.instagram.com/hcrsiraq", false},
		{"hcrsiraq@yahoo.com", "mailto:hcrsiraq@yahoo.com", false},
		{"the report", "https://example.org/report", false},
		{"https://x.org", "https://x.org", false},
		{"x.org", "ftp://x.org", false},
	} {
		if got := abbreviates(c.label, c.url); got != c.want {
			t.Errorf("abbreviates(%q, %q) = %v, want %v", c.label, c.url, got, c.want)
		}
	}
}

// TestShownOffsets: the reader shows a link that abbreviates its URL as
// the URL whole, and offsets convert both ways around it.
func TestShownOffsets(t *testing.T) {
	text := "Reuters. Pact reuters.com. See [x] t.me/a and hcrsiraq end."
	find := func(s string) int {
		for i := range text {
			if text[i:min(i+len(s), len(text))] == s {
				return i
			}
		}
		t.Fatalf("%q not in %q", s, text)
		return -1
	}
	r, tm, h := find("reuters.com"), find("t.me/a"), find("hcrsiraq")
	p := &model.Paragraph{Kind: model.ListItem, Text: text, Links: []model.Link{
		{Start: r, End: r + len("reuters.com"), URL: "https://www.reuters.com"},
		{Start: tm, End: tm + len("t.me/a"), URL: "https://t.me/a"},
		{Start: h, End: h + len("hcrsiraq"), URL: "https://www.instagram.com/hcrsiraq"},
	}}
	shown := paraText(p)
	want := "• Reuters. Pact https://www.reuters.com. See [x] https://t.me/a and hcrsiraq end."
	if shown != want {
		t.Fatalf("paraText = %q, want %q", shown, want)
	}
	// Every offset outside a replaced link maps to the same text, and back.
	for off := 0; off <= len(text); off++ {
		in := off > r && off < r+len("reuters.com") || off > tm && off < tm+len("t.me/a")
		s := shownOffset(p, off)
		if s < 0 || s > len(shown) {
			t.Fatalf("shownOffset(%d) = %d, out of %d", off, s, len(shown))
		}
		if in {
			continue
		}
		if atLink := off == r || off == tm; !atLink && off < len(text) && shown[s] != text[off] {
			t.Errorf("shownOffset(%d) = %d: %q, want %q", off, s, shown[s:], text[off:])
		}
		if off == r && shown[s:s+8] != "https://" || off == len(text) && s != len(shown) {
			t.Errorf("shownOffset(%d) = %d: %q", off, s, shown[s:])
		}
		if back := paraOffset(p, s); back != off {
			t.Errorf("paraOffset(shownOffset(%d) = %d) = %d", off, s, back)
		}
	}
	// Inside a shown URL: back to its link text, never past it.
	u := shownOffset(p, r)
	for k := 0; k <= len("https://www.reuters.com"); k++ {
		if got := paraOffset(p, u+k); got < r || got > r+len("reuters.com") {
			t.Errorf("paraOffset(%d) = %d, outside the link text [%d,%d]", u+k, got, r, r+len("reuters.com"))
		}
	}
}

// TestShifter: converting increasing offsets in one walk gives what
// shownOffset gives for each.
func TestShifter(t *testing.T) {
	text := "Reuters. Pact reuters.com. See [x] t.me/a and hcrsiraq end, example.org/x."
	at := func(s string) int {
		for i := range text {
			if text[i:min(i+len(s), len(text))] == s {
				return i
			}
		}
		t.Fatalf("%q not in %q", s, text)
		return -1
	}
	r, tm, h, e := at("reuters.com"), at("t.me/a"), at("hcrsiraq"), at("example.org/x")
	for _, kind := range []model.BlockKind{model.Body, model.ListItem} {
		p := &model.Paragraph{Kind: kind, Text: text, Links: []model.Link{
			{Start: r, End: r + len("reuters.com"), URL: "https://www.reuters.com"},
			{Start: tm, End: tm + len("t.me/a"), URL: "https://t.me/a"},
			{Start: h, End: h + len("hcrsiraq"), URL: "https://www.instagram.com/hcrsiraq"},
			{Start: e, End: e + len("example.org/x"), URL: "https://example.org/x"},
		}}
		for step := 1; step <= 7; step++ {
			sh := shifter{p: p}
			for off := 0; off <= len(text); off += step {
				if got, want := sh.at(off), shownOffset(p, off); got != want {
					t.Fatalf("%v, step %d: offset %d → %d, shownOffset says %d", kind, step, off, got, want)
				}
			}
		}
	}
}
