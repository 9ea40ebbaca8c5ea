package common

import (
	"regexp"
	"slices"
	"strings"
	"testing"

	"charm.land/lipgloss/v2"
)

// cells is what a terminal shows of s: each character with the attributes
// set on it (the parameters of the SGR sequences since the last reset, as a
// sorted set).
func cells(s string) []string {
	sgr := regexp.MustCompile("^\x1b\\[([0-9;]*)m")
	var out, attrs []string
	for len(s) > 0 {
		if m := sgr.FindStringSubmatch(s); m != nil {
			if m[1] == "" || m[1] == "0" {
				attrs = nil
			} else {
				attrs = append(attrs, strings.Split(m[1], ";")...)
			}
			s = s[len(m[0]):]
			continue
		}
		r := []rune(s)[0]
		a := slices.Clone(attrs)
		slices.Sort(a)
		a = slices.Compact(a)
		out = append(out, string(r)+"|"+strings.Join(a, ";"))
		s = s[len(string(r)):]
	}
	return out
}

// TestWrap: Wrap shows what Render shows, for the styles of the theme and
// for styles it leaves to Render (padding, width, border). (Render styles
// an underlined text a letter at a time: the bytes differ, the cells not.)
func TestWrap(t *testing.T) {
	st := NewStyles(NewTheme(true))
	styles := map[string]lipgloss.Style{
		"match": st.Match, "muted": st.Muted, "title": st.Title, "selected": st.Selected, "bar": st.Bar,
		"cited": st.Cited, "plain": lipgloss.NewStyle(),
		"padded": lipgloss.NewStyle().Padding(0, 1).Bold(true), "wide": lipgloss.NewStyle().Width(12),
		"bordered": lipgloss.NewStyle().Border(lipgloss.NormalBorder()),
	}
	for name, s := range styles {
		w := Wrap(s)
		for _, text := range []string{"word", "ﺎﻳﺭﻮﻛ", "two words", "", "a\nb"} {
			if got, want := cells(w(text)), cells(s.Render(text)); !slices.Equal(got, want) {
				t.Errorf("%s(%q) shows %q, Render %q", name, text, got, want)
			}
		}
	}
	if m := Wrap(st.Match)("word"); len(m) >= len(st.Match.Render("word")) {
		t.Errorf("no shorter than Render: %q", m)
	}
}
