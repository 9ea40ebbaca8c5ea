package common

import (
	"image/color"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/isnad/isnad/model"
)

// Theme is the palette. Colours live here and nowhere else; views take
// styles from Styles.
type Theme struct {
	Accent, Muted, Subtle, Warn, Bad, Good, Info color.Color
	SelBg, SelFg, BarBg, BarFg                   color.Color
}

// NewTheme picks the palette for a light or dark terminal background; with
// eight, one of the 8 basic colours only (the terminal has no more: TERM=
// screen), where the full palette would be brought down to 16 by the
// colour profile, the bright ones included.
func NewTheme(dark, eight bool) Theme {
	ld := lipgloss.LightDark(dark)
	c := lipgloss.Color
	if eight {
		// 0 black, 1 red, 2 green, 3 yellow, 4 blue, 5 magenta, 6 cyan,
		// 7 white (light grey). No grey between: muted text is the
		// background's opposite basic colour, set apart by the styles'
		// attributes.
		fg := ld(c("0"), c("7"))
		return Theme{
			Accent: ld(c("4"), c("6")),
			Muted:  fg,
			Subtle: fg,
			Warn:   ld(c("5"), c("3")),
			Bad:    c("1"),
			Good:   c("2"),
			Info:   ld(c("6"), c("5")),
			SelBg:  ld(c("6"), c("4")),
			SelFg:  ld(c("0"), c("7")),
			BarBg:  ld(c("7"), c("0")),
			BarFg:  ld(c("0"), c("7")),
		}
	}
	return Theme{
		Accent: ld(c("#005f87"), c("#5fafd7")),
		Muted:  ld(c("#6c6c6c"), c("#8a8a8a")),
		Subtle: ld(c("#a8a8a8"), c("#4e4e4e")),
		Warn:   ld(c("#af5f00"), c("#ffaf5f")),
		Bad:    ld(c("#af0000"), c("#ff5f5f")),
		Good:   ld(c("#005f00"), c("#87d787")),
		Info:   ld(c("#5f00af"), c("#af87ff")),
		SelBg:  ld(c("#d0e4f0"), c("#264f78")),
		SelFg:  ld(c("#000000"), c("#ffffff")),
		BarBg:  ld(c("#e4e4e4"), c("#303030")),
		BarFg:  ld(c("#303030"), c("#d0d0d0")),
	}
}

// Styles are every style the views use. Everything that must stay readable
// without colour (NO_COLOR) also carries an attribute: selection is reversed,
// headings bold, the status bar reversed.
type Styles struct {
	Title, Heading, Muted, Faint, Boilerplate lipgloss.Style
	Bar, BarKey, BarWarn                      lipgloss.Style
	Selected, Header, Match                   lipgloss.Style
	// CurrentMatch is the match of the reader's search moved to (n, N):
	// reversed, where the others are underlined only.
	CurrentMatch        lipgloss.Style
	Notice, Warn, Error lipgloss.Style
	Border              lipgloss.Style

	// Claim sourcing statuses, in text and in the gutter.
	Cited, Attributed, Anonymous, Unsourced lipgloss.Style
	CurrentClaim                            lipgloss.Style

	Bar8 lipgloss.Style // frame-matrix bars
	// Conflict marks facts the sources disagree on and the outlying values;
	// bold so that it reads without colour too.
	Conflict lipgloss.Style
}

// NewStyles builds the styles of a theme.
func NewStyles(t Theme) *Styles {
	s := lipgloss.NewStyle
	return &Styles{
		Title:       s().Bold(true).Foreground(t.Accent),
		Heading:     s().Bold(true).Foreground(t.Accent),
		Muted:       s().Foreground(t.Muted),
		Faint:       s().Faint(true),
		Boilerplate: s().Foreground(t.Subtle).Italic(true),

		Bar:     s().Reverse(true),
		BarKey:  s().Reverse(true).Bold(true),
		BarWarn: s().Reverse(true).Bold(true).Foreground(t.Warn),

		Selected: s().Reverse(true),
		Header:   s().Bold(true).Underline(true),
		Match:    s().Underline(true).Foreground(t.Accent),

		CurrentMatch: s().Reverse(true).Underline(true),

		Notice: s().Bold(true),
		Warn:   s().Foreground(t.Warn),
		Error:  s().Bold(true).Foreground(t.Bad),
		Border: s().Foreground(t.Subtle),

		Cited:        s().Foreground(t.Good),
		Attributed:   s().Foreground(t.Accent),
		Anonymous:    s().Foreground(t.Warn),
		Unsourced:    s().Foreground(t.Bad),
		CurrentClaim: s().Reverse(true),

		Bar8:     s().Foreground(t.Accent),
		Conflict: s().Bold(true).Foreground(t.Warn),
	}
}

// StyleFn adapts a style to the text engine's span styling.
func StyleFn(s lipgloss.Style) func(string) string {
	return func(t string) string { return s.Render(t) }
}

// StatusStyle is the colour of a claim status.
func (st *Styles) StatusStyle(s model.ClaimStatus) func(string) string {
	switch s {
	case model.StatusCited:
		return StyleFn(st.Cited)
	case model.StatusAttributed:
		return StyleFn(st.Attributed)
	case model.StatusAnonymous:
		return StyleFn(st.Anonymous)
	}
	return StyleFn(st.Unsourced)
}

// StatusMark is the gutter letter of a claim status: it tells the statuses
// apart without colour.
func StatusMark(s model.ClaimStatus) string {
	switch s {
	case model.StatusCited:
		return "C"
	case model.StatusAttributed:
		return "A"
	case model.StatusAnonymous:
		return "?"
	}
	return "!"
}

// VerdictStyle is the colour of a note's verdict: the built-in ones by
// what they say of the claim, a team's own in the accent colour.
func (st *Styles) VerdictStyle(v model.Verdict) func(string) string {
	switch v {
	case model.VerdictVerified:
		return StyleFn(st.Cited)
	case model.VerdictDisputed:
		return StyleFn(st.Unsourced)
	case model.VerdictMisleading, model.VerdictNeedsSource:
		return StyleFn(st.Anonymous)
	}
	return StyleFn(st.Attributed)
}

// Wrap is a style as a function that wraps text in the style's escape
// sequences, found once: lipgloss's Render costs microseconds a call, and
// a page of rows with words highlighted calls it hundreds of times. For
// styles of colours and attributes only (no padding, margin, border or
// width), on text of one line; anything else gets Render.
func Wrap(s lipgloss.Style) func(string) string {
	const mark = "\x00"
	pre, post, ok := strings.Cut(s.Render(mark), mark)
	if !ok || strings.Contains(pre+post, "\n") || ansi.Strip(pre+post) != "" {
		return StyleFn(s)
	}
	return func(t string) string {
		if t == "" || strings.ContainsRune(t, '\n') {
			return s.Render(t)
		}
		return pre + t + post
	}
}
