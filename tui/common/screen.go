package common

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/isnad/isnad/model"
)

// ID names a screen: the App's registry is keyed by it, help titles a
// screen's keys with it, ShowMsg asks for a screen by it.
type ID string

// Screen is one screen of the explorer. The App keeps a stack of them and
// shows the top one; it reads keys through the key map for the top screen
// and sends it an ActionMsg. Every message that is not a key, a mouse event
// or addressed to the App is sent to every screen, each taking what it
// knows; a screen's answers to its own requests carry a request id, so a
// stale answer is dropped.
type Screen interface {
	ID() ID
	// Update handles a message and returns what it asks for: the App's
	// messages (ShowCmd, PushCmd, GoToCmd, BackCmd…) or work to do.
	Update(msg tea.Msg) tea.Cmd
	// View draws the whole terminal: exactly Height rows, none wider than
	// Width.
	View() string
	// SetSize lays the screen out for the terminal's size, once per resize.
	SetSize(width, height int)
	// Actions are what the screen's keys mean, in the order the key map
	// tries them, before the global and the moving ones (see
	// KeyMap.Resolve). While the screen types into a filter they include
	// ActType.
	Actions() []Action
	// ShortHelp is the hints of the status bar, FullHelp the screen's own
	// groups of keys on the help screen (help adds the moving and the
	// global keys).
	ShortHelp() []key.Binding
	FullHelp() [][]key.Binding
}

// Placer is a screen that is a place in the corpus (the reader): the jump
// list records where it is.
type Placer interface {
	Place() (Location, bool)
}

// Overlay is a screen shown over a place that is no place itself (the
// outline, help): a jump from it is recorded from the screen below. (The
// problems screen is none: a jump from it is recorded from it, so that
// ctrl+o comes back to its cursor.)
type Overlay interface {
	Overlay()
}

// Location is a place in the corpus a reader can return to: an article and
// a logical position in it (paragraph and byte offset), so it survives
// re-wrapping; and the claim selected there, if any. A location with Para
// -1 is "wherever Claim is" (Claim may then be any sentence id).
type Location struct {
	Article string
	Para    int
	Offset  int
	Claim   string
	// View, when set, is a list screen the user jumped from (claims,
	// sources, a panel, compare), to go back to as it was.
	View *ViewState
}

// ViewState is the stack of screens of a list screen, as it was left.
type ViewState struct {
	Stack []Screen
}

// ClaimLocation is the place of a claim (any sentence id, "000#s40").
func ClaimLocation(id string) (Location, error) {
	r, err := model.ParseRef(id)
	if err != nil {
		return Location{}, err
	}
	return Location{Article: r.Article, Claim: id, Para: -1}, nil
}
