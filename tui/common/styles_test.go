package common

import (
	"image/color"
	"regexp"
	"slices"
	"strings"
	"testing"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
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
	st := NewStyles(NewTheme(true, false))
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

// TestEightColours: with eight, every colour of the theme, light or dark, is
// one of the 8 basic colours (the colour profile would otherwise bring the
// full palette down to 16, the bright ones included: TERM=screen has 8).
func TestEightColours(t *testing.T) {
	for _, dark := range []bool{true, false} {
		th := NewTheme(dark, true)
		for name, c := range map[string]color.Color{
			"accent": th.Accent, "muted": th.Muted, "subtle": th.Subtle, "warn": th.Warn, "bad": th.Bad,
			"good": th.Good, "info": th.Info, "selbg": th.SelBg, "selfg": th.SelFg, "barbg": th.BarBg, "barfg": th.BarFg,
		} {
			if b, ok := c.(ansi.BasicColor); !ok || b > 7 {
				t.Errorf("dark %v: %s is %#v, not one of the 8 basic colours", dark, name, c)
			}
		}
	}
}
