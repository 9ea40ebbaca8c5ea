package tui

import (
	"fmt"
	"os"
	"sort"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"go.yaml.in/yaml/v3"
)

// Action is what a key press means. Screens switch on actions, never on raw
// key strings, so a user's key file can rebind anything.
type Action int

// Actions. The zero value means "no binding matched".
const (
	ActNone Action = iota
	ActQuit
	ActBack
	ActHelp
	ActProblems
	ActJumpBack
	ActJumpForward

	ActDown
	ActUp
	ActPageDown
	ActPageUp
	ActHalfDown
	ActHalfUp
	ActTop
	ActBottom

	ActOpen
	ActFilter
	ActSort
	ActReverse

	ActOutline
	ActNextArticle
	ActPrevArticle
	ActBoilerplate
	ActControls
	ActNextClaim
	ActPrevClaim
	ActClaims
	ActSources
	ActCompare
	ActNextTab
	ActPrevTab
	ActLeft
	ActRight
	ActMark
	ActView // a digit: which view of a screen with several
)

// KeyMap holds every binding of the app. Help is generated from it and a key
// file can change it (see LoadKeyFile).
type KeyMap struct {
	Quit, Back, Help, Problems, JumpBack, JumpForward key.Binding

	Down, Up, PageDown, PageUp, HalfDown, HalfUp, Top, Bottom key.Binding

	Open, Filter, Sort, Reverse key.Binding

	Outline, NextArticle, PrevArticle, Boilerplate, Controls key.Binding
	NextClaim, PrevClaim, Claims, Sources, Compare           key.Binding
	NextTab, PrevTab, Left, Right                            key.Binding
	Mark, Views                                              key.Binding
}

// DefaultKeyMap returns less-style bindings.
func DefaultKeyMap() KeyMap {
	b := func(help, desc string, keys ...string) key.Binding {
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(help, desc))
	}
	return KeyMap{
		Quit:        b("q", "quit", "q", "ctrl+c"),
		Back:        b("esc/q", "back", "esc", "q"),
		Help:        b("?", "help", "?"),
		Problems:    b("!", "problems", "!"),
		JumpBack:    b("ctrl+o", "jump back", "ctrl+o"),
		JumpForward: b("ctrl+i", "jump forward", "ctrl+i", "tab"),

		Down:     b("j/↓", "down", "j", "down"),
		Up:       b("k/↑", "up", "k", "up"),
		PageDown: b("space/f", "page down", "space", "f", "pgdown", "ctrl+f"),
		PageUp:   b("b", "page up", "b", "pgup", "ctrl+b"),
		HalfDown: b("d", "half page down", "d", "ctrl+d"),
		HalfUp:   b("u", "half page up", "u", "ctrl+u"),
		Top:      b("g", "top", "g", "home"),
		Bottom:   b("G", "bottom", "G", "end"),

		Open:    b("enter", "open", "enter"),
		Filter:  b("/", "filter", "/"),
		Sort:    b("s", "sort by next column", "s"),
		Reverse: b("r", "reverse order", "r"),

		Outline:     b("o", "outline", "o"),
		NextArticle: b(">", "next article", ">"),
		PrevArticle: b("<", "previous article", "<"),
		Boilerplate: b("B", "show/hide web chrome", "B"),
		Controls:    b("ctrl+t", "show invisible controls", "ctrl+t"),
		NextClaim:   b("]", "next claim", "]"),
		PrevClaim:   b("[", "previous claim", "["),
		Claims:      b("C", "claims", "C"),
		Sources:     b("S", "sources", "S"),
		Compare:     b("c", "compare", "c"),
		NextTab:     b("l/→", "next panel", "l", "right"),
		PrevTab:     b("h/←", "previous panel", "h", "left"),
		Left:        b("h/←", "left", "h", "left"),
		Right:       b("l/→", "right", "l", "right"),
		Mark:        b("m", "mark for comparison", "m"),
		Views:       b("1-5", "switch view", "1", "2", "3", "4", "5"),
	}
}

// bindings names every binding, for the key file and for tests.
func (k *KeyMap) bindings() map[string]*key.Binding {
	return map[string]*key.Binding{
		"quit": &k.Quit, "back": &k.Back, "help": &k.Help, "problems": &k.Problems,
		"jump-back": &k.JumpBack, "jump-forward": &k.JumpForward,
		"down": &k.Down, "up": &k.Up, "page-down": &k.PageDown, "page-up": &k.PageUp,
		"half-down": &k.HalfDown, "half-up": &k.HalfUp, "top": &k.Top, "bottom": &k.Bottom,
		"open": &k.Open, "filter": &k.Filter, "sort": &k.Sort, "reverse": &k.Reverse,
		"outline": &k.Outline, "next-article": &k.NextArticle, "prev-article": &k.PrevArticle,
		"boilerplate": &k.Boilerplate, "controls": &k.Controls,
		"next-claim": &k.NextClaim, "prev-claim": &k.PrevClaim,
		"claims": &k.Claims, "sources": &k.Sources, "compare": &k.Compare,
		"next-tab": &k.NextTab, "prev-tab": &k.PrevTab, "left": &k.Left, "right": &k.Right,
		"mark": &k.Mark, "views": &k.Views,
	}
}

// LoadKeyFile rebinds keys from a YAML file mapping binding names to key
// lists, e.g.
//
//	down: [j, down, ctrl+n]
//	next-claim: ["}"]
//
// A missing file is not an error; an unknown name is.
func (k *KeyMap) LoadKeyFile(path string) error {
	b, err := os.ReadFile(path)
	if os.IsNotExist(err) {
		return nil
	}
	if err != nil {
		return err
	}
	var m map[string][]string
	if err := yaml.Unmarshal(b, &m); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	all := k.bindings()
	for name, keys := range m {
		bind, ok := all[name]
		if !ok {
			names := make([]string, 0, len(all))
			for n := range all {
				names = append(names, n)
			}
			sort.Strings(names)
			return fmt.Errorf("%s: unknown binding %q (known: %s)", path, name, strings.Join(names, ", "))
		}
		if len(keys) == 0 {
			bind.Unbind()
			continue
		}
		bind.SetKeys(keys...)
		bind.SetHelp(strings.Join(keys, "/"), bind.Help().Desc)
	}
	return nil
}

// screen identifies the screen a key press is read for: the same key can
// mean different things on different screens (q quits the library but goes
// back from the reader).
type screen int

const (
	scrLibrary screen = iota
	scrReader
	scrOutline
	scrProblems
	scrHelp
	scrClaims
	scrSources
	scrPanel
	scrCompare
)

// Action turns a key press into an action for the given screen. It is a pure
// function of the key map, so it is tested on its own.
func (k KeyMap) Action(s screen, msg tea.KeyPressMsg) Action {
	// Order matters where bindings share keys: screen-specific meanings first.
	type pair struct {
		b   key.Binding
		act Action
	}
	var table []pair
	switch s {
	case scrLibrary:
		table = []pair{{k.Quit, ActQuit}, {k.Open, ActOpen}, {k.Filter, ActFilter},
			{k.Sort, ActSort}, {k.Reverse, ActReverse}, {k.Mark, ActMark}}
	case scrReader:
		table = []pair{{k.Back, ActBack}, {k.Open, ActOpen}, {k.Outline, ActOutline},
			{k.NextArticle, ActNextArticle}, {k.PrevArticle, ActPrevArticle},
			{k.Boilerplate, ActBoilerplate}, {k.Controls, ActControls},
			{k.NextClaim, ActNextClaim}, {k.PrevClaim, ActPrevClaim}}
	case scrClaims, scrSources:
		table = []pair{{k.Back, ActBack}, {k.Open, ActOpen}, {k.Filter, ActFilter},
			{k.Sort, ActSort}, {k.NextTab, ActNextTab}, {k.PrevTab, ActPrevTab}}
	case scrPanel:
		table = []pair{{k.Back, ActBack}, {k.Open, ActOpen}, {k.NextTab, ActNextTab}, {k.PrevTab, ActPrevTab}}
	case scrCompare:
		table = []pair{{k.Back, ActBack}, {k.Open, ActOpen}, {k.Views, ActView},
			{k.Left, ActLeft}, {k.Right, ActRight}}
	case scrOutline, scrProblems, scrHelp:
		table = []pair{{k.Back, ActBack}, {k.Open, ActOpen}}
	}
	table = append(table,
		pair{k.Help, ActHelp}, pair{k.Problems, ActProblems},
		pair{k.JumpBack, ActJumpBack}, pair{k.JumpForward, ActJumpForward},
		pair{k.Claims, ActClaims}, pair{k.Sources, ActSources}, pair{k.Compare, ActCompare},
		pair{k.Down, ActDown}, pair{k.Up, ActUp}, pair{k.PageDown, ActPageDown},
		pair{k.PageUp, ActPageUp}, pair{k.HalfDown, ActHalfDown}, pair{k.HalfUp, ActHalfUp},
		pair{k.Top, ActTop}, pair{k.Bottom, ActBottom},
	)
	if msg.String() == "ctrl+c" {
		return ActQuit
	}
	for _, p := range table {
		if key.Matches(msg, p.b) {
			return p.act
		}
	}
	return ActNone
}
