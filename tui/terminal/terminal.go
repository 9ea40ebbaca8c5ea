// Package terminal finds out what the terminal isnad draws on does with
// right-to-left text and how many colours it has: environment in,
// capabilities out. It reads nothing by itself; Detect gets the environment
// variables, tmux's answers and the terminfo database through an Env, which
// tests fake and OS fills for the running process.
//
// What each terminal does (measured under Xvfb, RTL.md):
//
//	xterm, most others  show cells as they come: isnad's visual order is right
//	VTE                 reorders every row unless told CSI 8 l (explicit mode)
//	mlterm              reorders unless told OSC 5379 ; use_ctl=false
//	kitty 0.26          reverses each word it guesses right-to-left (text.Options.Kitty)
//	tmux                swallows both requests unless they are wrapped for
//	                    passthrough and allow-passthrough is on
package terminal

import (
	"strings"

	"github.com/charmbracelet/colorprofile"
)

// Kind is a family of terminals that treat right-to-left text alike.
type Kind int

const (
	// Plain terminals show cells as they come (xterm, and any terminal not
	// recognised).
	Plain Kind = iota
	// VTE reorders rows by itself (GNOME Terminal, Tilix, sakura…).
	VTE
	// MLTerm reorders rows by itself and has its own switch.
	MLTerm
	// Kitty reverses each word it guesses right-to-left.
	Kitty
)

func (k Kind) String() string {
	switch k {
	case VTE:
		return "VTE"
	case MLTerm:
		return "mlterm"
	case Kitty:
		return "kitty"
	}
	return "plain"
}

// Env is what Detect reads.
type Env struct {
	// Getenv returns an environment variable ("" when unset).
	Getenv func(string) string
	// Tmux runs a tmux command in the session isnad runs in and returns its
	// output. Nil: tmux is not asked (what the terminal is then comes from
	// the environment alone).
	Tmux func(args ...string) (string, error)
	// Terminfo describes the terminfo entry of a terminal name: its number
	// of colours (-1 when it has none) and whether it declares direct colour
	// (Tc or RGB); ok is false when there is no entry. Nil: no database.
	Terminfo func(term string) (colors int, direct, ok bool)
}

// Caps is what Detect found.
type Caps struct {
	// Kind is the terminal the user looks at: under tmux, tmux's client.
	Kind Kind
	// Name says how it was recognised, for messages ("VTE 7006",
	// "TERM=mlterm", "tmux client xterm-kitty").
	Name string
	// Tmux: isnad runs inside tmux. Passthrough: tmux lets wrapped
	// sequences through to its client (allow-passthrough on, or a tmux
	// older than 3.3, which always did).
	Tmux, Passthrough bool
	// Profile is the colour depth to draw with.
	Profile colorprofile.Profile
	// Eight: the terminal has the 8 basic colours only (terminfo
	// colors#8, TERM=screen): colorprofile's ANSI profile is 16 colours,
	// so the palette itself must keep to the first 8.
	Eight bool
	// Problems are what the user should know and can fix, one line each,
	// with the fix.
	Problems []string
	// Redraw, when not nil, is to be called once the handshake is written
	// (both ways): tmux then redraws its client. VTE applies explicit mode
	// to a row only when the row is written from its first column, and tmux
	// starts many rows further right (it skips leading blanks); its full
	// redraw clears every row from the first column. Measured under Xvfb
	// (sakura, VTE 0.70.6, tmux 3.3a): without it, rows starting with
	// blanks (right-aligned titles, indented lines) stay reversed.
	Redraw func()
}

// PassthroughFix is the one-line fix for passthrough off under tmux.
const PassthroughFix = "tmux set -g allow-passthrough on"

// Detect describes the terminal from env.
func Detect(env Env) Caps {
	get := env.Getenv
	if get == nil {
		get = func(string) string { return "" }
	}
	c := Caps{Tmux: get("TMUX") != ""}
	var features string
	known := !c.Tmux // whether Passthrough is known
	if c.Tmux && env.Tmux != nil {
		var client string
		client, features = tmuxClient(env.Tmux)
		c.Kind, c.Name = fromClient(client, get)
		c.Passthrough, known = passthrough(env.Tmux)
	} else {
		c.Kind, c.Name = fromEnv(get)
		c.Passthrough = !c.Tmux
	}
	c.Profile, c.Eight = profile(env, get, features)
	reorders := c.Kind == VTE || c.Kind == MLTerm
	if c.Tmux && c.Passthrough && reorders && env.Tmux != nil {
		tmux := env.Tmux
		c.Redraw = func() { _, _ = tmux("refresh-client") }
	}
	if c.Tmux && known && !c.Passthrough && reorders {
		// The fix first: the line may be cut on a narrow screen.
		c.Problems = append(c.Problems, "run `"+PassthroughFix+"`: tmux's allow-passthrough is off, so "+
			c.Kind.String()+" ("+c.Name+") never gets isnad's request and shows the Arabic reversed")
	}
	return c
}

// fromEnv recognises the terminal by its environment variables. TERM is
// the only one that survives ssh; the others say more where they are set.
func fromEnv(get func(string) string) (Kind, string) {
	term := get("TERM")
	switch {
	case term == "xterm-kitty":
		return Kitty, "TERM=" + term
	case strings.HasPrefix(term, "mlterm"):
		return MLTerm, "TERM=" + term
	case get("MLTERM") != "":
		return MLTerm, "mlterm " + get("MLTERM")
	case get("KITTY_WINDOW_ID") != "" && !strings.HasPrefix(term, "screen") && !strings.HasPrefix(term, "tmux"):
		return Kitty, "kitty (KITTY_WINDOW_ID)"
	case get("VTE_VERSION") != "":
		return VTE, "VTE " + get("VTE_VERSION")
	}
	return Plain, "TERM=" + term
}

// tmuxClient asks tmux for the terminal of its client: its TERM and, from
// tmux 3.3, the name the terminal gave (XTVERSION), then the features tmux
// uses with it.
func tmuxClient(tmux func(...string) (string, error)) (client, features string) {
	out, err := tmux("display-message", "-p", "#{client_termname}\t#{client_termtype}\t#{client_termfeatures}")
	if err != nil {
		return "", ""
	}
	f := strings.SplitN(strings.TrimRight(out, "\n"), "\t", 3)
	for len(f) < 3 {
		f = append(f, "")
	}
	return f[0] + "\t" + f[1], f[2]
}

// fromClient recognises tmux's client from its TERM and type, then from
// the environment tmux's server inherited (VTE_VERSION: tmux started in a
// VTE terminal; VTE sets TERM=xterm-256color like xterm).
func fromClient(client string, get func(string) string) (Kind, string) {
	term, typ, _ := strings.Cut(client, "\t")
	name := "tmux client " + term
	lower := strings.ToLower(typ)
	switch {
	case term == "xterm-kitty", strings.HasPrefix(lower, "kitty"):
		return Kitty, name
	case strings.HasPrefix(term, "mlterm"), strings.HasPrefix(lower, "mlterm"):
		return MLTerm, name
	case strings.Contains(lower, "vte"):
		return VTE, name + " (" + typ + ")"
	case strings.HasPrefix(lower, "xterm("):
		return Plain, name + " (" + typ + ")"
	case term == "" && typ == "":
		// No client attached (a detached session): the environment is all
		// there is.
		k, n := fromEnv(get)
		if k == Kitty && get("TERM") != "xterm-kitty" {
			return Plain, "no tmux client"
		}
		return k, n
	case get("VTE_VERSION") != "":
		return VTE, name + ", VTE " + get("VTE_VERSION")
	}
	return Plain, name
}

// passthrough asks tmux whether it lets wrapped sequences through, and
// reports whether it could tell. tmux before 3.3 has no such option and
// always did.
func passthrough(tmux func(...string) (string, error)) (on, known bool) {
	out, err := tmux("show-options", "-gv", "allow-passthrough")
	switch {
	case err != nil && strings.Contains(out+err.Error(), "invalid option"):
		return true, true
	case err != nil:
		return false, false
	}
	v := strings.TrimSpace(out)
	return v == "on" || v == "all", true
}

// profile is the colour depth: NO_COLOR first (attributes only), then what
// the terminfo entry of TERM says (screen: 8 colours), upgraded by
// COLORTERM where TERM is not a multiplexer's, and by tmux's RGB feature
// for its client. Without an entry, colorprofile guesses from the names.
// eight is true when the entry gives 8 colours and nothing upgrades them.
func profile(env Env, get func(string) string, tmuxFeatures string) (p colorprofile.Profile, eight bool) {
	if get("NO_COLOR") != "" {
		return colorprofile.Ascii, false
	}
	term := get("TERM")
	if term == "" || term == "dumb" {
		return colorprofile.Ascii, false
	}
	mux := strings.HasPrefix(term, "screen") || strings.HasPrefix(term, "tmux")
	p = colorprofile.ANSI
	known := false
	if env.Terminfo != nil {
		colors, direct, ok := env.Terminfo(term)
		known = ok
		switch {
		case !ok:
		case direct:
			p = colorprofile.TrueColor
		case colors >= 256:
			p = colorprofile.ANSI256
		case colors >= 8:
			p, eight = colorprofile.ANSI, colors < 16
		default:
			p = colorprofile.Ascii
		}
	}
	if !known {
		p = colorprofile.Env([]string{"TERM=" + term, "COLORTERM=" + get("COLORTERM")})
	}
	ct := strings.ToLower(get("COLORTERM"))
	if !mux && p >= colorprofile.ANSI && (ct == "truecolor" || ct == "24bit") {
		p = colorprofile.TrueColor
	}
	if mux && p == colorprofile.ANSI256 && hasFeature(tmuxFeatures, "RGB") {
		p = colorprofile.TrueColor
	}
	return p, eight && p == colorprofile.ANSI
}

func hasFeature(features, f string) bool {
	for _, x := range strings.Split(features, ",") {
		if x == f {
			return true
		}
	}
	return false
}

// Handshake returns what to write before the first paint and on every way
// out, for isnad's visual order (text laid out by isnad, not the
// terminal): explicit mode for VTE (CSI 8 l, harmless elsewhere), mlterm's
// own switch, and under tmux both again wrapped for passthrough.
func (c Caps) Handshake() (enter, leave string) {
	enter, leave = "\x1b[8l", "\x1b[8h"
	mlEnter, mlLeave := "\x1b]5379;use_ctl=false\x07", "\x1b]5379;use_ctl=true\x07"
	if c.Tmux {
		enter += wrap("\x1b[8l")
		leave += wrap("\x1b[8h")
		if c.Kind == MLTerm {
			mlEnter, mlLeave = wrap(mlEnter), wrap(mlLeave)
		}
	}
	if c.Kind == MLTerm {
		enter += mlEnter
		leave += mlLeave
	}
	return enter, leave
}

// wrap wraps seq for tmux passthrough: DCS tmux; with each ESC doubled.
func wrap(seq string) string {
	return "\x1bPtmux;" + strings.ReplaceAll(seq, "\x1b", "\x1b\x1b") + "\x1b\\"
}
