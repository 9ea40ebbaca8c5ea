package common

import (
	"cmp"
	"fmt"
	"os"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"go.yaml.in/yaml/v3"

	"github.com/isnad/isnad/text"
)

// Action is what a key press means. Screens switch on actions, never on raw
// key strings, so a user's key file can rebind anything.
type Action int

// Actions. The zero value means "no binding matched".
const (
	ActNone Action = iota
	ActForceQuit
	ActQuit
	ActBack
	ActHelp
	ActProblems
	ActJumpBack
	ActJumpForward
	ActClaims
	ActSources
	ActCompare
	ActSearch
	ActCopy
	ActReport

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
	ActAccept // keep the filter's query and stop typing
	ActClear  // empty the filter
	ActType   // a key typed into the filter (no binding of its own)
	ActSort
	ActReverse
	ActMark

	ActOutline
	ActNextArticle
	ActPrevArticle
	ActBoilerplate
	ActControls
	ActNextClaim
	ActPrevClaim
	ActNextTab
	ActPrevTab
	ActLeft
	ActRight
	ActView // a digit: which view of a screen with several

	// Notes (tui/notes).
	ActNotes      // the notes screen
	ActNote       // a new note on the claim under the cursor
	ActEditNote   // edit the note under the cursor
	ActRemoveNote // remove it (pressed twice)
	ActHistory    // its history
	ActAnalyst    // the next analyst to filter on
	ActSave       // the note form: save
	ActNewline    // the note form: a new line in the text
	ActCancel     // the note form: leave it unsaved

	// The reader's search in the article (/ opens it, as a filter).
	ActNextMatch
	ActPrevMatch

	numActions
)

// Moves are the actions of the scroller, tried after a screen's own and
// the global ones.
var Moves = []Action{ActDown, ActUp, ActPageDown, ActPageUp, ActHalfDown, ActHalfUp, ActTop, ActBottom}

// binding is the default of one action: its name in a key file, its help
// and its keys.
type binding struct {
	name, help, desc string
	keys             []string
}

// defaults are less-style bindings. q quits from the library (the root)
// and goes back everywhere else; ctrl+c quits from anywhere.
var defaults = [numActions]binding{
	ActForceQuit:   {"force-quit", "ctrl+c", "quit", []string{"ctrl+c"}},
	ActQuit:        {"quit", "q", "quit", []string{"q"}},
	ActBack:        {"back", "esc/q", "back", []string{"esc", "q"}},
	ActHelp:        {"help", "?", "help", []string{"?"}},
	ActProblems:    {"problems", "!", "problems", []string{"!"}},
	ActJumpBack:    {"jump-back", "ctrl+o", "jump back", []string{"ctrl+o"}},
	ActJumpForward: {"jump-forward", "ctrl+i", "jump forward", []string{"ctrl+i", "tab"}},
	ActClaims:      {"claims", "C", "claims", []string{"C"}},
	ActSources:     {"sources", "S", "sources", []string{"S"}},
	ActCompare:     {"compare", "c", "compare", []string{"c"}},
	ActSearch:      {"search", "F", "search", []string{"F"}},
	ActCopy:        {"copy", "y", "copy the claim", []string{"y"}},
	ActReport:      {"report", "e", "write a report", []string{"e"}},

	ActDown:     {"down", "j/↓", "down", []string{"j", "down"}},
	ActUp:       {"up", "k/↑", "up", []string{"k", "up"}},
	ActPageDown: {"page-down", "space/f", "page down", []string{"space", "f", "pgdown", "ctrl+f"}},
	ActPageUp:   {"page-up", "b", "page up", []string{"b", "pgup", "ctrl+b"}},
	ActHalfDown: {"half-down", "d", "half page down", []string{"d", "ctrl+d"}},
	ActHalfUp:   {"half-up", "u", "half page up", []string{"u", "ctrl+u"}},
	ActTop:      {"top", "g", "top", []string{"g", "home"}},
	ActBottom:   {"bottom", "G", "bottom", []string{"G", "end"}},

	ActOpen:    {"open", "enter", "open", []string{"enter"}},
	ActFilter:  {"filter", "/", "filter", []string{"/"}},
	ActAccept:  {"accept-filter", "enter", "keep the filter", []string{"enter"}},
	ActClear:   {"clear-filter", "esc", "clear the filter", []string{"esc"}},
	ActSort:    {"sort", "s", "sort by next column", []string{"s"}},
	ActReverse: {"reverse", "r", "reverse order", []string{"r"}},
	ActMark:    {"mark", "m", "mark for comparison", []string{"m"}},

	ActOutline:     {"outline", "o", "outline", []string{"o"}},
	ActNextArticle: {"next-article", ">", "next article", []string{">"}},
	ActPrevArticle: {"prev-article", "<", "previous article", []string{"<"}},
	ActBoilerplate: {"boilerplate", "B", "show/hide web chrome", []string{"B"}},
	ActControls:    {"controls", "ctrl+t", "show invisible controls", []string{"ctrl+t"}},
	ActNextClaim:   {"next-claim", "]", "next claim", []string{"]"}},
	ActPrevClaim:   {"prev-claim", "[", "previous claim", []string{"["}},
	ActNextTab:     {"next-tab", "l/→", "next tab", []string{"l", "right"}},
	ActPrevTab:     {"prev-tab", "h/←", "previous tab", []string{"h", "left"}},
	ActLeft:        {"left", "h/←", "left", []string{"h", "left"}},
	ActRight:       {"right", "l/→", "right", []string{"l", "right"}},
	ActView:        {"views", "1-5", "switch view", []string{"1", "2", "3", "4", "5"}},

	ActNotes:      {"notes", "A", "notes", []string{"A"}},
	ActNote:       {"note", "a", "add a note", []string{"a"}},
	ActEditNote:   {"edit-note", "E", "edit the note", []string{"E"}},
	ActRemoveNote: {"remove-note", "x", "remove the note", []string{"x"}},
	ActHistory:    {"note-history", "H", "history of the note", []string{"H"}},
	ActAnalyst:    {"analyst", "w", "next analyst", []string{"w"}},
	ActSave:       {"save-note", "enter", "save", []string{"enter"}},
	ActNewline:    {"new-line", "alt+enter", "new line", []string{"alt+enter", "ctrl+j"}},
	ActCancel:     {"cancel", "esc", "cancel", []string{"esc"}},

	ActNextMatch: {"next-match", "n", "next match", []string{"n"}},
	ActPrevMatch: {"prev-match", "N", "previous match", []string{"N"}},
}

// KeyMap holds every binding of the app, one per action. Help and status
// bar hints are generated from it and a key file can change it (see
// LoadKeyFile).
type KeyMap struct {
	b [numActions]key.Binding
}

// DefaultKeyMap returns the default bindings.
func DefaultKeyMap() KeyMap {
	var k KeyMap
	for a, d := range defaults {
		if d.name != "" {
			k.b[a] = key.NewBinding(key.WithKeys(d.keys...), key.WithHelp(d.help, d.desc))
		}
	}
	return k
}

// Get is the binding of an action.
func (k KeyMap) Get(a Action) key.Binding { return k.b[a] }

// Help is the bindings of the actions, for ShortHelp and FullHelp.
func (k KeyMap) Help(acts ...Action) []key.Binding {
	out := make([]key.Binding, 0, len(acts))
	for _, a := range acts {
		out = append(out, k.b[a])
	}
	return out
}

// Described is an action's binding with another description, for a hint
// that says what the key does on one screen ("enter evidence").
func (k KeyMap) Described(a Action, desc string) key.Binding {
	b := k.b[a]
	b.SetHelp(b.Help().Key, desc)
	return b
}

// Pair is one hint for two actions, e.g. "j/k frame" for down and up: the
// first key of each.
func (k KeyMap) Pair(a, b Action, desc string) key.Binding {
	one, two := k.b[a], k.b[b]
	return key.NewBinding(key.WithKeys(append(one.Keys(), two.Keys()...)...),
		key.WithHelp(FirstKey(one)+"/"+FirstKey(two), desc))
}

// Arrows is the hint for the keys that move while a filter is typed:
// those of down and up that type no text (see Resolve).
func (k KeyMap) Arrows(desc string) key.Binding {
	names := map[string]string{"down": "↓", "up": "↑"}
	var keys, shown []string
	for _, a := range []Action{ActDown, ActUp} {
		for _, kk := range k.b[a].Keys() {
			if utf8.RuneCountInString(kk) > 1 {
				keys = append(keys, kk)
				shown = append(shown, cmp.Or(names[kk], kk))
				break
			}
		}
	}
	return key.NewBinding(key.WithKeys(keys...), key.WithHelp(strings.Join(shown, "/"), desc))
}

// FirstKey is the first key of a binding, for short hints ("?" if none).
func FirstKey(b key.Binding) string {
	if k := b.Keys(); len(k) > 0 {
		return k[0]
	}
	return "?"
}

// Matches reports whether msg is one of the action's keys.
func (k KeyMap) Matches(msg tea.KeyPressMsg, a Action) bool {
	return key.Matches(msg, k.b[a])
}

// Names lists the binding names a key file may use, sorted.
func Names() []string {
	var names []string
	for _, d := range defaults {
		if d.name != "" {
			names = append(names, d.name)
		}
	}
	sort.Strings(names)
	return names
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
	for name, keys := range m {
		a := slices.IndexFunc(defaults[:], func(d binding) bool { return d.name == name })
		if a < 0 {
			return fmt.Errorf("%s: unknown binding %q (known: %s)", path, name, strings.Join(Names(), ", "))
		}
		bind := &k.b[a]
		if len(keys) == 0 {
			bind.Unbind()
			continue
		}
		bind.SetKeys(keys...)
		// The help screen and the status bar print the names as written:
		// a key file must not drive the terminal either.
		bind.SetHelp(text.Sanitize(strings.Join(keys, "/")), bind.Help().Desc)
	}
	return nil
}

// Resolve turns a key press into an action for the screen on top, whose
// own actions are own; global are the actions that work from every screen.
// It is a pure function of the key map, tested on its own.
//
// The force-quit key (ctrl+c) wins everywhere. A screen that is typing
// into its filter lists ActType among its own actions: then its own keys
// (keep, clear) come first, any key that types text is ActType, the arrow
// keys still move, and every other key goes to the input (backspace,
// ctrl+w…). Otherwise the screen's own actions come first, then the global
// ones, then the moving ones.
func (k KeyMap) Resolve(msg tea.KeyPressMsg, own, global []Action) Action {
	if k.Matches(msg, ActForceQuit) {
		return ActForceQuit
	}
	if slices.Contains(own, ActType) {
		for _, a := range own {
			if a != ActType && k.Matches(msg, a) {
				return a
			}
		}
		if msg.Key().Text != "" {
			return ActType
		}
		for _, a := range []Action{ActDown, ActUp} {
			if k.Matches(msg, a) {
				return a
			}
		}
		return ActType
	}
	for _, list := range [][]Action{own, global, Moves} {
		for _, a := range list {
			if k.Matches(msg, a) {
				return a
			}
		}
	}
	return ActNone
}
