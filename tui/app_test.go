package tui

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/teatest/v2"

	"github.com/isnad/isnad/tui/claims"
	"github.com/isnad/isnad/tui/common"
	"github.com/isnad/isnad/tui/compare"
	"github.com/isnad/isnad/tui/help"
	"github.com/isnad/isnad/tui/internal/screentest"
	"github.com/isnad/isnad/tui/library"
	"github.com/isnad/isnad/tui/notes"
	"github.com/isnad/isnad/tui/outline"
	"github.com/isnad/isnad/tui/panel"
	"github.com/isnad/isnad/tui/problems"
	"github.com/isnad/isnad/tui/reader"
	"github.com/isnad/isnad/tui/search"
	"github.com/isnad/isnad/tui/sources"
)

var press = screentest.Press

// newApp is an App on the embedded corpus at w×h.
func newApp(t testing.TB, w, h int) *App {
	t.Helper()
	app, err := NewApp(embeddedLib(t), DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	app.Update(tea.WindowSizeMsg{Width: w, Height: h})
	return app
}

// send types keys, running what each starts to the end.
func send(app *App, keys ...string) {
	for _, k := range keys {
		_, cmd := app.Update(press(k))
		pump(app, cmd)
	}
}

// quits reports whether a key's command quits the program.
func quits(cmd tea.Cmd) bool {
	if cmd == nil {
		return false
	}
	m := cmd()
	if s, ok := m.(settledMsg); ok {
		m = s.msg
	}
	_, ok := m.(tea.QuitMsg)
	return ok
}

// TestCtrlCQuitsEverywhere: ctrl+c quits from every screen, a filter being
// typed into included, and from the too-small notice; q quits from the
// library only and goes back elsewhere.
func TestCtrlCQuitsEverywhere(t *testing.T) {
	paths := []struct {
		keys []string
		top  common.ID
	}{
		{nil, library.ID},
		{[]string{"/", "x"}, library.ID},
		{[]string{"enter"}, reader.ID},
		{[]string{"enter", "o"}, outline.ID},
		{[]string{"enter", "]", "enter"}, panel.ID},
		{[]string{"?"}, help.ID},
		{[]string{"!"}, problems.ID},
		{[]string{"C"}, claims.ID},
		{[]string{"C", "/", "q"}, claims.ID},
		{[]string{"S"}, sources.ID},
		{[]string{"c"}, compare.ID},
		{[]string{"c", "enter"}, panel.ID},
		{[]string{"A"}, notes.ID},
		{[]string{"F", "x"}, search.ID},
		{[]string{"F", "enter"}, search.ID},
	}
	seen := map[common.ID]bool{}
	for _, p := range paths {
		app := newApp(t, 100, 30)
		send(app, p.keys...)
		if app.Top().ID() != p.top {
			t.Fatalf("%v led to %s, want %s", p.keys, app.Top().ID(), p.top)
		}
		seen[p.top] = true
		_, cmd := app.Update(press("ctrl+c"))
		if !quits(cmd) {
			t.Errorf("ctrl+c on %s after %v does not quit", p.top, p.keys)
		}
		_, cmd = app.Update(press("q"))
		if q := quits(cmd); q != (p.top == library.ID && len(p.keys) == 0) {
			t.Errorf("q on %s after %v: quits %v", p.top, p.keys, q)
		}
	}
	for _, r := range registry {
		if id := r.new(newApp(t, 80, 24).ctx).ID(); !seen[id] {
			t.Errorf("screen %s is not covered", id)
		}
	}
	app := newApp(t, 30, 8)
	if _, cmd := app.Update(press("ctrl+c")); !quits(cmd) {
		t.Error("ctrl+c does not quit the too-small notice")
	}
	if _, cmd := app.Update(press("j")); quits(cmd) {
		t.Error("j quits the too-small notice")
	}
}

// TestCtrlCWithFilterOpen runs the program: / opens the filter, a few
// letters, ctrl+c ends it.
func TestCtrlCWithFilterOpen(t *testing.T) {
	app, err := NewApp(embeddedLib(t), DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	tm := teatest.NewTestModel(t, app, teatest.WithInitialTermSize(100, 30),
		teatest.WithProgramOptions(tea.WithColorProfile(colorprofile.Ascii)))
	teatest.WaitFor(t, tm.Output(), func(b []byte) bool { return bytes.Contains(b, []byte("isnad")) },
		teatest.WithDuration(5*time.Second))
	for _, k := range []string{"/", "q", "x"} {
		tm.Send(press(k))
	}
	teatest.WaitFor(t, tm.Output(), func(b []byte) bool { return bytes.Contains(b, []byte("no article matches")) },
		teatest.WithDuration(5*time.Second))
	tm.Send(press("ctrl+c"))
	tm.WaitFinished(t, teatest.WithFinalTimeout(5*time.Second))
}

// TestStaleLoadDropped: 001 asked for after 000, 000's load slower: the
// reader shows 001, and 000 arriving late changes nothing.
func TestStaleLoadDropped(t *testing.T) {
	lib := screentest.NewSlowLib(embeddedLib(t), "000")
	app, err := NewApp(lib, DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	app.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
	_, first := app.Update(common.GoToMsg{To: common.Location{Article: "000"}})
	_, second := app.Update(common.GoToMsg{To: common.Location{Article: "001"}})
	late := make(chan tea.Msg)
	go func() { late <- first() }()
	lib.Asked.Wait()
	pump(app, second)
	r := app.Screen(reader.ID).(*reader.Reader)
	if app.Top() != r || r.Article().ID != "001" {
		t.Fatalf("after 001's load: top %s, article %v", app.Top().ID(), r.Article())
	}
	close(lib.Release)
	pump(app, func() tea.Msg { return <-late })
	if r.Article().ID != "001" {
		t.Errorf("000's late load replaced 001: the reader shows %s", r.Article().ID)
	}
}

// TestEscClearsFilter: Esc empties a kept filter in one key, before it goes
// back.
func TestEscClearsFilter(t *testing.T) {
	app := newApp(t, 100, 30)
	lib := app.Screen(library.ID).(*library.Library)
	send(app, "/", "x", "y", "z", "enter")
	if got := app.View().Content; !strings.Contains(ansi.Strip(got), "0 of 5 articles") {
		t.Fatalf("the filter xyz does not filter:\n%s", ansi.Strip(got))
	}
	send(app, "esc")
	if got := ansi.Strip(app.View().Content); !strings.Contains(got, " 5 articles") || strings.Contains(got, "/xyz") {
		t.Errorf("esc left the filter:\n%s", got)
	}
	if lib.Selected() == nil {
		t.Error("no article selected after clearing")
	}
	send(app, "C", "/", "z", "z", "z", "enter")
	if !strings.Contains(ansi.Strip(app.View().Content), "claims: 0 of") {
		t.Fatalf("claims filter:\n%s", ansi.Strip(app.View().Content))
	}
	send(app, "esc")
	if app.Top().ID() != claims.ID || strings.Contains(ansi.Strip(app.View().Content), "claims: 0 of") {
		t.Errorf("esc on a kept filter: top %s\n%s", app.Top().ID(), ansi.Strip(app.View().Content))
	}
	send(app, "esc")
	if app.Top().ID() != library.ID {
		t.Errorf("esc without a filter: top %s, want the library", app.Top().ID())
	}
}

// TestHelpFromBindings: help lists the keys of the screen below, q once,
// and follows a rebinding; so do the status bar's hints.
func TestHelpFromBindings(t *testing.T) {
	path := filepath.Join(t.TempDir(), "keys.yaml")
	if err := os.WriteFile(path, []byte("back: [x]\noutline: [O]\nhelp: [F1, \"?\"]\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	opts := DefaultOptions()
	opts.KeyFile = path
	app, err := NewApp(embeddedLib(t), opts)
	if err != nil {
		t.Fatal(err)
	}
	app.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	send(app, "enter")
	bar := ansi.Strip(app.View().Content)
	if !strings.Contains(bar, "O outline") || !strings.Contains(bar, "x back") || !strings.Contains(bar, "F1/? help") {
		t.Errorf("the reader's hints do not follow the key file:\n%s", bar[strings.LastIndex(bar, "\n"):])
	}
	send(app, "?")
	scr := ansi.Strip(app.View().Content)
	for _, want := range []string{"reader", "O ", "outline", "next claim", "page down", "jump back", "ctrl+c", "move", "everywhere"} {
		if !strings.Contains(scr, want) {
			t.Errorf("reader help lacks %q:\n%s", want, scr)
		}
	}
	for _, bad := range []string{"? or esc closes", "q quits", "esc/q"} {
		if strings.Contains(scr, bad) {
			t.Errorf("help says %q:\n%s", bad, scr)
		}
	}
	if !strings.Contains(scr, "x close") {
		t.Errorf("help's own bar:\n%s", scr)
	}
	send(app, "x", "x")
	send(app, "?")
	scr = ansi.Strip(app.View().Content)
	if n := strings.Count(scr, "\n  q "); n != 1 || !strings.Contains(scr, "library") {
		t.Errorf("library help shows q %d times:\n%s", n, scr)
	}
}

// TestCompareInApp: c compares the first five articles; Enter on evidence
// jumps to the reader, ctrl-o comes back to where the reader was, and c
// again finds the compare screen as it was left.
func TestCompareInApp(t *testing.T) {
	app := newApp(t, 120, 40)
	send(app, "enter", "space") // read 000 a little first
	r := app.Screen(reader.ID).(*reader.Reader)
	if app.Top() != r {
		t.Fatalf("enter on the library: screen %s", app.Top().ID())
	}
	before, _ := r.Place()
	send(app, "c")
	if app.Top().ID() != compare.ID {
		t.Fatalf("c led to screen %s", app.Top().ID())
	}
	send(app, "j", "l", "enter")
	if app.Top().ID() != panel.ID {
		t.Fatalf("Enter on a cell led to screen %s", app.Top().ID())
	}
	want, _ := app.Top().(*panel.Panel).Selected()
	send(app, "enter")
	if app.Top() != r || r.Article().ID != "001" {
		t.Fatalf("Enter on evidence %s: screen %s", want.Claim, app.Top().ID())
	}
	if here, _ := r.Place(); here.Claim != want.Claim && r.Article().Sentence(want.Claim) == nil {
		t.Errorf("the reader is at %+v, not at %s", here, want.Claim)
	}
	// ctrl-o walks back through every jump: to the evidence panel over the
	// compare screen as it was left, then to the place in 000.
	send(app, "ctrl+o")
	st := app.Stack()
	if app.Top().ID() != panel.ID || len(st) < 2 || st[len(st)-2].ID() != compare.ID {
		t.Fatalf("first ctrl-o: top %s, want the evidence panel over compare", app.Top().ID())
	}
	send(app, "ctrl+o")
	if here, _ := r.Place(); app.Top() != r || here != before {
		t.Errorf("second ctrl-o: screen %s at %+v, want the reader at %+v", app.Top().ID(), here, before)
	}
	cmp := app.Screen(compare.ID).(*compare.Compare)
	sel := cmp.Selection()
	send(app, "c")
	if app.Top() != cmp || cmp.Selection() != sel {
		t.Errorf("c again: screen %s, selection %v (want the compare screen as left, %v)", app.Top().ID(), cmp.Selection(), sel)
	}
}

// TestReaderShowsTitleOnce: the title is said once on screen, and the
// status bar counts claims.
func TestReaderShowsTitleOnce(t *testing.T) {
	app := newApp(t, 120, 40)
	send(app, "enter")
	r := app.Screen(reader.ID).(*reader.Reader)
	title := common.Inline(app.ctx.Engine, r.Article().Meta.Title, 200)
	scr := ansi.Strip(app.View().Content)
	if n := strings.Count(scr, title); n != 1 {
		t.Errorf("the title shows %d times:\n%s", n, scr)
	}
	send(app, "]", "]")
	if scr := ansi.Strip(app.View().Content); !strings.Contains(scr, "claim 2/") {
		t.Errorf("status bar:\n%s", scr[strings.LastIndex(scr, "\n"):])
	}
	send(app, "G")
	scr = ansi.Strip(app.View().Content)
	if n := strings.Count(scr, title); n != 1 {
		t.Errorf("scrolled away, the title shows %d times:\n%s", n, scr)
	}
}

// TestOutlineJumpsAndComesBack: Enter in the outline scrolls the reader to
// the section; ctrl+o comes back.
func TestOutlineJumpsAndComesBack(t *testing.T) {
	app := newApp(t, 120, 40)
	send(app, "enter")
	r := app.Screen(reader.ID).(*reader.Reader)
	before, _ := r.Place()
	send(app, "o", "G", "enter")
	after, _ := r.Place()
	if app.Top() != r || after.Para == before.Para {
		t.Fatalf("outline jump: top %s, place %+v", app.Top().ID(), after)
	}
	if last := r.Article().Sections[len(r.Article().Sections)-1]; after.Para > last.Para {
		t.Errorf("the reader starts at paragraph %d, after the section's %d", after.Para, last.Para)
	}
	send(app, "ctrl+o")
	if back, _ := r.Place(); back != before {
		t.Errorf("ctrl+o: %+v, want %+v", back, before)
	}
	send(app, "ctrl+o")
	if !strings.Contains(app.ctx.Note, "no older jump") {
		t.Errorf("past the oldest jump: %q", app.ctx.Note)
	}
}

// TestClickSelectsRow: a click on a library row selects its article.
func TestClickSelectsRow(t *testing.T) {
	app := newApp(t, 120, 40)
	lib := app.Screen(library.ID).(*library.Library)
	var rows []string
	for i, row := range strings.Split(ansi.Strip(app.View().Content), "\n") {
		if strings.HasPrefix(row, "003") {
			pump(app, func() tea.Msg { return tea.MouseClickMsg{X: 1, Y: i, Button: tea.MouseLeft} })
		}
		rows = append(rows, row)
	}
	if a := lib.Selected(); a == nil || a.ID != "003" {
		t.Errorf("a click on 003's row selected %v:\n%s", a, strings.Join(rows, "\n"))
	}
}

// TestNextArticle: > and < follow the library's order; past the end the
// status bar says so.
func TestNextArticle(t *testing.T) {
	app := newApp(t, 120, 40)
	send(app, "G", "enter")
	r := app.Screen(reader.ID).(*reader.Reader)
	if r.Article().ID != "004" {
		t.Fatalf("G enter opened %s", r.Article().ID)
	}
	send(app, ">")
	if r.Article().ID != "004" || !strings.Contains(app.ctx.Note, "no next article") {
		t.Errorf("> past the end: %s, note %q", r.Article().ID, app.ctx.Note)
	}
	send(app, "<")
	if r.Article().ID != "003" {
		t.Errorf("< opened %s", r.Article().ID)
	}
}
