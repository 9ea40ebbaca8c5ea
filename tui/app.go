// Package tui is isnad's full-screen explorer: the library of articles, the
// reader, and the screens built on the analysis (claims, sources, compare).
//
// Event flow: App is the root Bubble Tea model. It keeps a stack of screens
// (tui/common.Screen, one package each, listed in registry.go) and shows the
// top one. A key goes through the key map first (common.KeyMap.Resolve):
// ctrl+c quits from anywhere; the jump keys and the global keys that open a
// screen (?, !, C, S, c) are the App's; every other action goes to the top
// screen as an ActionMsg. Screens answer with messages (common.ShowMsg,
// PushMsg, BackMsg, GoToMsg, StatusMsg) that the App acts on; any other
// message goes to every screen. All screens share one *common.Context:
// size, styles, key map, the text engine and the Library. Text never
// reaches the terminal without going through the text engine (package
// text), which lays right-to-left text out in visual order, joins Arabic
// letters and makes sure no content byte can drive the terminal.
package tui

import (
	"fmt"
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/isnad/isnad/model"
	"github.com/isnad/isnad/tui/common"
)

// Library is what the explorer reads the corpus through (see
// common.Library); data.Library implements it.
type Library = common.Library

// Options are the user's choices for a session.
type Options = common.Options

// Notes is the note store as a session sees it (see common.Notes).
type Notes = common.Notes

// BidiMode says who reorders right-to-left text.
type BidiMode = common.BidiMode

// Who reorders.
const (
	BidiApp      = common.BidiApp
	BidiTerminal = common.BidiTerminal
)

// DefaultOptions are the options of a plain `isnad`.
func DefaultOptions() Options { return common.DefaultOptions() }

// App is the root model: it owns the screens, routes keys and messages, and
// keeps the jump list.
type App struct {
	ctx *common.Context

	screens map[common.ID]common.Screen // the registered ones
	order   []common.Screen             // the same, in registry order
	shows   map[common.Action]common.ID // a global key → the screen it opens
	stack   []common.Screen             // the last is shown; the first is the root

	jumps jumpList
	sized bool // a WindowSizeMsg has arrived

	// Keys are read in order: while what a key started is under way (a
	// load, a screen asking to be shown), the keys after it wait, so that
	// "q q" leaves a screen and then quits, and "enter j" scrolls the
	// article opened. ctrl+c never waits, nor does any key wait for work
	// sent as common.BackgroundMsg (the rest of a long article).
	busy   int               // commands started by keys, not settled yet
	queued []tea.KeyPressMsg // keys waiting for them
}

// settledMsg is what a command started by a key returned.
type settledMsg struct{ msg tea.Msg }

// progressMsg says the library's background pass moved on.
type progressMsg struct{ open bool }

// NewApp builds the root model and every registered screen.
func NewApp(lib Library, opts Options) (*App, error) {
	ctx, err := common.NewContext(lib, opts)
	if err != nil {
		return nil, err
	}
	a := &App{ctx: ctx, screens: map[common.ID]common.Screen{}, shows: map[common.Action]common.ID{}}
	for _, r := range registry {
		s := r.new(ctx)
		a.screens[s.ID()] = s
		a.order = append(a.order, s)
		if r.key != common.ActNone {
			a.shows[r.key] = s.ID()
			ctx.Globals = append(ctx.Globals, r.key)
		}
	}
	ctx.Globals = append(ctx.Globals, common.ActCopy, common.ActReport, common.ActJumpBack, common.ActJumpForward)
	a.stack = []common.Screen{a.order[0]}
	return a, nil
}

// Context is the session's shared context.
func (a *App) Context() *common.Context { return a.ctx }

// Screen is a registered screen.
func (a *App) Screen(id common.ID) common.Screen { return a.screens[id] }

// Top is the screen shown.
func (a *App) Top() common.Screen { return a.stack[len(a.stack)-1] }

// Stack is the screens open, the root first.
func (a *App) Stack() []common.Screen { return a.stack }

// Init starts listening to the library, opens the note store and asks for
// the background colour.
func (a *App) Init() tea.Cmd {
	return tea.Batch(a.waitProgress(0), a.openNotes(), tea.RequestBackgroundColor)
}

// progressEvery is the least time between two updates of the screens
// from the library: the pass tells of every article, and each update
// re-reads lists of 25,000 rows.
const progressEvery = 100 * time.Millisecond

// waitProgress waits for the next library update, after pause.
func (a *App) waitProgress(pause time.Duration) tea.Cmd {
	ch := a.ctx.Lib.Updates()
	if ch == nil {
		return nil
	}
	return func() tea.Msg {
		time.Sleep(pause)
		_, open := <-ch
		return progressMsg{open: open}
	}
}

// Update acts on the messages addressed to the App and passes the others
// on: keys and the pointer to the top screen, anything else to every
// screen.
func (a *App) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		a.setSize(msg.Width, msg.Height)
		return a, nil
	case tea.BackgroundColorMsg:
		if dark := msg.IsDark(); dark != a.ctx.Dark {
			a.ctx.Dark = dark
			*a.ctx.Styles = *common.NewStyles(common.NewTheme(dark, a.ctx.Opts.Eight))
			return a, a.broadcast(common.RestyleMsg{})
		}
		return a, nil
	case notesOpenedMsg, notesChangedMsg:
		cmd, _ := a.notesUpdate(msg)
		return a, cmd
	case progressMsg:
		cmd := a.broadcast(common.ProgressMsg{Done: !msg.open})
		if msg.open {
			cmd = tea.Batch(cmd, a.waitProgress(progressEvery))
		}
		return a, cmd
	case tea.KeyPressMsg:
		switch {
		case a.ctx.Keys.Matches(msg, common.ActForceQuit):
			return a, tea.Quit
		case a.busy > 0:
			a.queued = append(a.queued, msg)
			return a, nil
		}
		return a, a.track(a.key(msg))
	case settledMsg:
		return a, a.settle(msg.msg)
	case common.BackgroundMsg:
		return a, msg.Cmd
	case tea.MouseMsg:
		if a.tooSmall() {
			return a, nil
		}
		return a, a.Top().Update(msg)
	case tea.PasteMsg:
		return a, a.Top().Update(msg)
	case common.ShowMsg:
		if s := a.screens[msg.ID]; s != nil {
			if msg.Alone {
				a.stack = a.stack[:1]
			}
			a.push(s)
		}
		return a, nil
	case common.PushMsg:
		if msg.Jump {
			a.record()
		}
		a.push(msg.Screen)
		return a, nil
	case common.BackMsg:
		if len(a.stack) > 1 {
			a.stack = a.stack[:len(a.stack)-1]
		}
		return a, nil
	case common.StatusMsg:
		a.ctx.Note = msg.Text
		return a, nil
	case common.GoToMsg:
		if msg.Jump {
			a.record()
		}
		return a, a.goTo(msg.To, msg.Found...)
	}
	return a, a.broadcast(msg)
}

// track counts a command a key started, and what it returns, until it is
// settled. What such a command returns is handed to Update here rather
// than by Bubble Tea, so it must be a message of the App or of the
// screens, a batch, or tea.Quit (not tea.Sequence nor Bubble Tea's own
// requests such as tea.SetWindowTitle).
func (a *App) track(cmd tea.Cmd) tea.Cmd {
	if cmd == nil {
		return nil
	}
	a.busy++
	return func() tea.Msg { return settledMsg{cmd()} }
}

// settle acts on what a key's command returned, tracking what that starts
// in turn; once all is settled, the keys that waited are read.
func (a *App) settle(msg tea.Msg) tea.Cmd {
	a.busy--
	var cmd tea.Cmd
	switch msg := msg.(type) {
	case nil:
	case tea.QuitMsg:
		return tea.Quit
	case common.BackgroundMsg:
		cmd = msg.Cmd // not tracked: no key waits for it
	case tea.BatchMsg:
		cmds := make([]tea.Cmd, 0, len(msg))
		for _, c := range msg {
			cmds = append(cmds, a.track(c))
		}
		cmd = tea.Batch(cmds...)
	default:
		_, next := a.Update(msg)
		cmd = a.track(next)
	}
	for a.busy == 0 && len(a.queued) > 0 {
		k := a.queued[0]
		a.queued = a.queued[1:]
		cmd = tea.Batch(cmd, a.track(a.key(k)))
	}
	return cmd
}

// broadcast sends msg to every registered screen and to those open for
// the occasion.
func (a *App) broadcast(msg tea.Msg) tea.Cmd {
	var cmds []tea.Cmd
	for _, s := range a.order {
		cmds = append(cmds, s.Update(msg))
	}
	for _, s := range a.stack {
		if a.screens[s.ID()] != s {
			cmds = append(cmds, s.Update(msg))
		}
	}
	return tea.Batch(cmds...)
}

// key reads a key for the top screen: quitting and the jumps here, a global
// key opens its screen, the rest goes to the screen.
func (a *App) key(msg tea.KeyPressMsg) tea.Cmd {
	a.ctx.Note = ""
	keys := a.ctx.Keys
	if a.tooSmall() {
		if act := keys.Resolve(msg, []common.Action{common.ActQuit}, nil); act == common.ActForceQuit || act == common.ActQuit {
			return tea.Quit
		}
		return nil
	}
	top := a.Top()
	act := keys.Resolve(msg, top.Actions(), a.ctx.Globals)
	switch act {
	case common.ActNone:
		return nil
	case common.ActForceQuit:
		return tea.Quit
	case common.ActJumpBack:
		return a.walk(a.jumps.back, "no older jump")
	case common.ActJumpForward:
		return a.walk(a.jumps.forward, "no newer jump")
	case common.ActCopy:
		return a.copyClaim()
	case common.ActReport:
		return a.report()
	}
	if id, ok := a.shows[act]; ok && a.screens[id] != top {
		if p, ok := top.(common.Placer); ok {
			// Leaving a place for a list is a jump: ctrl+o comes back.
			if loc, ok := p.Place(); ok {
				a.jumps.push(loc)
			}
		}
		return a.screens[id].Update(common.OpenMsg{From: top})
	}
	return top.Update(common.ActionMsg{Action: act, Key: msg})
}

// walk goes one step along the jump list, or says there is none.
func (a *App) walk(step func(common.Location) (common.Location, bool), none string) tea.Cmd {
	here, _ := a.here()
	if loc, ok := step(here); ok {
		return a.goTo(loc)
	}
	a.ctx.Note = none
	return nil
}

func (a *App) push(s common.Screen) {
	if a.Top() != s {
		a.fit(s)
		a.stack = append(a.stack, s)
	}
}

// fit sizes a screen made for the occasion: it may have been made, or left
// on the jump list, at another size. (The registered ones follow every
// resize.)
func (a *App) fit(s common.Screen) {
	if a.screens[s.ID()] != s {
		s.SetSize(a.ctx.Width, a.ctx.Height)
	}
}

// here is where the user is, for the jump list: the place of the nearest
// screen that is one (the reader), looking through overlays, or a list
// screen as it stands. The root is no place.
func (a *App) here() (common.Location, bool) {
	for i := len(a.stack) - 1; i >= 1; i-- {
		switch s := a.stack[i].(type) {
		case common.Placer:
			return s.Place()
		case common.Overlay:
			continue
		}
		return common.Location{View: &common.ViewState{Stack: append([]common.Screen(nil), a.stack[:i+1]...)}}, true
	}
	return common.Location{}, false
}

// record puts where the user is on the jump list, before a jump.
func (a *App) record() {
	if loc, ok := a.here(); ok {
		a.jumps.push(loc)
	}
}

// goTo shows a location: a list screen as it was left, else a place the
// screens (the reader) go to, with the words a search found there.
func (a *App) goTo(loc common.Location, found ...model.Span) tea.Cmd {
	if v := loc.View; v != nil {
		a.stack = append(a.stack[:0:0], v.Stack...)
		for _, s := range a.stack {
			a.fit(s)
		}
		return nil
	}
	if loc.Article == "" {
		a.stack = a.stack[:1]
		return nil
	}
	return a.broadcast(common.GoToMsg{To: loc, Found: found})
}

func (a *App) tooSmall() bool {
	return a.ctx.Width < common.MinWidth || a.ctx.Height < common.MinHeight
}

// setSize pushes a new size down to every screen, once.
func (a *App) setSize(w, h int) {
	a.sized = true
	a.ctx.Width, a.ctx.Height = w, h
	if a.tooSmall() {
		return
	}
	for _, s := range a.order {
		s.SetSize(w, h)
	}
	for _, s := range a.stack {
		a.fit(s)
	}
}

// View draws the top screen.
func (a *App) View() tea.View {
	var v tea.View
	v.AltScreen = true
	v.MouseMode = tea.MouseModeCellMotion
	v.WindowTitle = "isnad"
	if !a.sized {
		return v
	}
	if a.tooSmall() {
		v.SetContent(tooSmallView(a.ctx, a.ctx.Width, a.ctx.Height))
		return v
	}
	v.SetContent(a.Top().View())
	return v
}

// tooSmallView is shown below 40x10; it fits any size down to 1x1.
func tooSmallView(ctx *common.Context, w, h int) string {
	quit := common.FirstKey(ctx.Keys.Get(common.ActQuit)) + " or " + common.FirstKey(ctx.Keys.Get(common.ActForceQuit)) + " quits"
	lines := []string{"terminal too small", fmt.Sprintf("%dx%d, need %dx%d", w, h, common.MinWidth, common.MinHeight), quit}
	var out []string
	for i := 0; i < h && i < len(lines); i++ {
		out = append(out, common.Fit(lines[i], w))
	}
	return strings.Join(out, "\n")
}
