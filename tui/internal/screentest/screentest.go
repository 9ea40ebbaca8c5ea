// Package screentest runs one screen of the explorer on its own, for the
// tests of its package: a Host stands in for the App (it reads keys
// through the key map, keeps a stack of the screens pushed, records what
// the screen asks of the App), in teatest or driven by hand with Send.
package screentest

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/teatest/v2"

	"github.com/isnad/isnad/data"
	"github.com/isnad/isnad/model"
	"github.com/isnad/isnad/tui/common"
)

// Lib opens the embedded corpus and waits for its background pass, so that
// screens are deterministic.
func Lib(t testing.TB) *data.Library {
	t.Helper()
	lib, err := data.OpenEmbedded()
	if err != nil {
		t.Fatal(err)
	}
	lib.Wait()
	t.Cleanup(lib.Close)
	return lib
}

// Open opens the corpus in dir and waits for its background pass.
func Open(t testing.TB, dir string) *data.Library {
	t.Helper()
	lib, err := data.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	lib.Wait()
	t.Cleanup(lib.Close)
	return lib
}

// Context is a session's context on lib at w×h, with every global key
// the App routes.
func Context(t testing.TB, lib common.Library, w, h int) *common.Context {
	t.Helper()
	ctx, err := common.NewContext(lib, common.DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	ctx.Width, ctx.Height = w, h
	ctx.Globals = []common.Action{common.ActClaims, common.ActSources, common.ActCompare, common.ActSearch,
		common.ActProblems, common.ActNotes, common.ActHelp, common.ActCopy, common.ActReport, common.ActJumpBack, common.ActJumpForward}
	return ctx
}

// keyCodes are the named keys Press knows.
var keyCodes = map[string]rune{
	"enter": tea.KeyEnter, "esc": tea.KeyEscape, "tab": tea.KeyTab, "down": tea.KeyDown,
	"up": tea.KeyUp, "left": tea.KeyLeft, "right": tea.KeyRight, "home": tea.KeyHome,
	"end": tea.KeyEnd, "pgdown": tea.KeyPgDown, "pgup": tea.KeyPgUp, "backspace": tea.KeyBackspace,
}

// Press is the key press of a key name: "enter", "esc", "ctrl+c", "j", "ح".
func Press(s string) tea.KeyPressMsg {
	if c, ok := keyCodes[s]; ok {
		return tea.KeyPressMsg{Code: c}
	}
	if s == "space" {
		return tea.KeyPressMsg{Code: tea.KeySpace, Text: " "}
	}
	if strings.HasPrefix(s, "ctrl+") {
		return tea.KeyPressMsg{Code: rune(s[5]), Mod: tea.ModCtrl}
	}
	return tea.KeyPressMsg{Code: []rune(s)[0], Text: s}
}

// SlowLib holds back the load of one article until Release is closed;
// Asked is done when that load has begun.
type SlowLib struct {
	common.Library
	Slow    string
	Release chan struct{}
	Asked   sync.WaitGroup
}

// NewSlowLib holds back article slow of lib.
func NewSlowLib(lib common.Library, slow string) *SlowLib {
	l := &SlowLib{Library: lib, Slow: slow, Release: make(chan struct{})}
	l.Asked.Add(1)
	return l
}

// Article loads an article, the slow one once released.
func (l *SlowLib) Article(id string) (*model.Article, error) {
	if id == l.Slow {
		l.Asked.Done()
		<-l.Release
	}
	return l.Library.Article(id)
}

// ArticleStart loads the start of an article, the slow one's once
// released.
func (l *SlowLib) ArticleStart(id string, upTo, start int) (*model.Article, bool, error) {
	if id == l.Slow {
		l.Asked.Done()
		<-l.Release
	}
	return l.Library.ArticleStart(id, upTo, start)
}

// Host hosts a screen as the App would, with a stack of what it pushes.
type Host struct {
	Ctx   *common.Context
	Stack []common.Screen
	// Asked is every message the screens sent the App (ShowMsg, PushMsg,
	// BackMsg, GoToMsg, StatusMsg, OpenMsg's answers…), in order.
	Asked []tea.Msg
	// Quit is set when a screen asked to quit.
	Quit bool
	// With HoldBackground, the work screens send as BackgroundMsg is not
	// run but kept in Held, for the test to run when it wants (RunHeld).
	HoldBackground bool
	Held           []tea.Cmd
}

// RunHeld runs the background work held so far, oldest first, and what it
// starts in turn; it reports whether there was any.
func (h *Host) RunHeld() bool {
	held := h.Held
	h.Held = nil
	for _, c := range held {
		h.Run(c)
	}
	return len(held) > 0
}

// NewHost hosts s, sized to the context.
func NewHost(ctx *common.Context, s common.Screen) *Host {
	s.SetSize(ctx.Width, ctx.Height)
	return &Host{Ctx: ctx, Stack: []common.Screen{s}}
}

// Top is the screen shown.
func (h *Host) Top() common.Screen { return h.Stack[len(h.Stack)-1] }

// Init does nothing.
func (h *Host) Init() tea.Cmd { return nil }

// Update plays the App's part: keys through the key map, the App's
// messages recorded (and pushes and backs acted on), others to the
// screens.
func (h *Host) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		h.Ctx.Width, h.Ctx.Height = msg.Width, msg.Height
		for _, s := range h.Stack {
			s.SetSize(msg.Width, msg.Height)
		}
		return h, nil
	case tea.KeyPressMsg:
		h.Ctx.Note = ""
		act := h.Ctx.Keys.Resolve(msg, h.Top().Actions(), h.Ctx.Globals)
		if act == common.ActForceQuit {
			h.Quit = true
			return h, tea.Quit
		}
		if act == common.ActNone {
			return h, nil
		}
		return h, h.Top().Update(common.ActionMsg{Action: act, Key: msg})
	case tea.MouseMsg, tea.PasteMsg:
		return h, h.Top().Update(msg)
	case probe:
		msg.answer <- strings.Contains(Plain(h.Top().View()), msg.want)
		return h, nil
	case tea.QuitMsg: // only from Send: a program stops before
		h.Quit = true
		return h, nil
	case common.PushMsg:
		h.Asked = append(h.Asked, msg)
		msg.Screen.SetSize(h.Ctx.Width, h.Ctx.Height)
		h.Stack = append(h.Stack, msg.Screen)
		return h, nil
	case common.BackMsg:
		h.Asked = append(h.Asked, msg)
		if len(h.Stack) > 1 {
			h.Stack = h.Stack[:len(h.Stack)-1]
		}
		return h, nil
	case common.StatusMsg:
		h.Asked = append(h.Asked, msg)
		h.Ctx.Note = msg.Text
		return h, nil
	case common.BackgroundMsg:
		if h.HoldBackground {
			h.Held = append(h.Held, msg.Cmd)
			return h, nil
		}
		return h, msg.Cmd
	case common.ShowMsg, common.GoToMsg, common.StepArticleMsg, common.CompareMsg, common.NoteMsg:
		h.Asked = append(h.Asked, msg)
	}
	var cmds []tea.Cmd
	for _, s := range h.Stack {
		cmds = append(cmds, s.Update(msg))
	}
	return h, tea.Batch(cmds...)
}

// View is the top screen's.
func (h *Host) View() tea.View {
	v := tea.NewView(h.Top().View())
	v.AltScreen = true
	return v
}

// Send delivers messages as a program would, running the commands they
// start (batches included) until none is left; it returns the host.
func (h *Host) Send(msgs ...tea.Msg) *Host {
	for _, m := range msgs {
		_, cmd := h.Update(m)
		h.Run(cmd)
	}
	return h
}

// Keys sends key presses by name.
func (h *Host) Keys(names ...string) *Host {
	for _, n := range names {
		h.Send(Press(n))
	}
	return h
}

// Run runs a command and delivers what it returns, recursively.
func (h *Host) Run(cmd tea.Cmd) {
	Drain(cmd, func(m tea.Msg) tea.Cmd {
		_, next := h.Update(m)
		return next
	})
}

// Drain runs cmd as Bubble Tea would, batches included, giving what it
// returns to deliver and running what that returns in turn, until nothing
// is left.
func Drain(cmd tea.Cmd, deliver func(tea.Msg) tea.Cmd) {
	if cmd == nil {
		return
	}
	switch m := cmd().(type) {
	case nil:
	case tea.BatchMsg:
		for _, c := range m {
			Drain(c, deliver)
		}
	default:
		Drain(deliver(m), deliver)
	}
}

// Last is the last message of type T the screens sent the App.
func Last[T any](h *Host) (T, bool) {
	for i := len(h.Asked) - 1; i >= 0; i-- {
		if m, ok := h.Asked[i].(T); ok {
			return m, true
		}
	}
	var zero T
	return zero, false
}

var trailingSpace = regexp.MustCompile(`[ ]+\n`)

// Plain drops styling and trailing blanks: what the user reads.
func Plain(s string) string {
	return trailingSpace.ReplaceAllString(ansi.Strip(s)+"\n", "\n")
}

// CheckFits fails the test unless the screen is exactly h rows, none wider
// than w, each measured alike by the two ways terminals count.
func CheckFits(t testing.TB, screen string, w, h int) {
	t.Helper()
	rows := strings.Split(screen, "\n")
	if len(rows) != h {
		t.Errorf("%dx%d: the screen has %d rows", w, h, len(rows))
	}
	for i, r := range rows {
		if got := ansi.StringWidth(r); got > w {
			t.Errorf("%dx%d: row %d is %d cells wide: %q", w, h, i, got, ansi.Strip(r))
		}
		if a, b := ansi.StringWidth(r), ansi.StringWidthWc(r); a != b {
			t.Errorf("%dx%d: row %d measures %d or %d cells", w, h, i, a, b)
		}
	}
}

// Step is a key to type in Play ("" for none), and text to wait for on
// the screen after it ("" for none).
type Step struct{ Key, Want string }

// probe asks the running program whether its screen shows want: the host
// answers from inside the program, so the test reads no state the program
// is writing.
type probe struct {
	want   string
	answer chan bool
}

// Play runs the host in teatest at its context's size with an ASCII colour
// profile, sends msgs first, then types the steps, and returns the host as
// the program left it.
func Play(t *testing.T, h *Host, msgs []tea.Msg, steps ...Step) *Host {
	t.Helper()
	tm := teatest.NewTestModel(t, h, teatest.WithInitialTermSize(h.Ctx.Width, h.Ctx.Height),
		teatest.WithProgramOptions(tea.WithColorProfile(colorprofile.Ascii)))
	for _, m := range msgs {
		tm.Send(m)
	}
	for _, s := range steps {
		if s.Key != "" {
			tm.Send(Press(s.Key))
		}
		if s.Want != "" {
			waitFor(t, tm, s.Want)
		}
	}
	// Keys are handled in order before the quit; what they started and
	// did not wait for may be lost.
	if err := tm.Quit(); err != nil {
		t.Fatal(err)
	}
	return tm.FinalModel(t, teatest.WithFinalTimeout(5*time.Second)).(*Host)
}

// waitFor asks the program until its screen shows want, failing the test
// after a generous deadline.
func waitFor(t *testing.T, tm *teatest.TestModel, want string) {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	tick := time.NewTicker(5 * time.Millisecond)
	defer tick.Stop()
	for time.Now().Before(deadline) {
		p := probe{want: want, answer: make(chan bool, 1)}
		tm.Send(p)
		select {
		case ok := <-p.answer:
			if ok {
				return
			}
		case <-time.After(time.Until(deadline)):
		}
		<-tick.C
	}
	t.Fatalf("the screen never showed %q", want)
}

// ProblemsCorpus writes a folder whose files go wrong in the ways the
// problems screen tells apart, and returns it: a binary file (skipped: no
// article), a text file with an escape sequence (an article, named by its
// path), and a collection, day.json, holding a record with an escape
// sequence in its text (an article, named by its path "day.json#2"), a
// record that is no object (no article) and a record with a bidi override
// in its title (an article the problem names by id). The articles' titles
// say which they are: "bell record", "override", "Evil".
func ProblemsCorpus(t testing.TB) string {
	t.Helper()
	dir := t.TempDir()
	files := map[string]string{
		"good.txt":   "Good\n\nSome text.\n",
		"binary.txt": "\x7fELF\x00\x01\x02\x00",
		"evil.txt":   "Evil \x1b]0;pwned\x07 title\n\nThe evil file's text.\n",
		"day.json": `[{"title": "first record", "content": "نص أول."},` +
			`{"title": "bell record", "content": "The bell record's text \u001b[31mwith an escape\u0007.", "source": "paper", "date_extracted": "2015-07-23 10:00:00"},` +
			`"not an object",` +
			`{"title": "override \u202e title", "content": "The override record's text.", "source": "paper", "date_extracted": "2015-07-24 10:00:00"}]`,
	}
	for name, body := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}
