package notes

import (
	"context"
	"errors"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/isnad/isnad/data"
	"github.com/isnad/isnad/model"
	"github.com/isnad/isnad/tui/common"
	"github.com/isnad/isnad/tui/internal/screentest"
	"github.com/isnad/isnad/tui/panel"
)

// sentence is a sentence's text in the embedded corpus.
func sentence(t *testing.T, lib *data.Library, id string) string {
	t.Helper()
	a, err := lib.Article(id[:3])
	if err != nil {
		t.Fatal(err)
	}
	s := a.Sentence(id)
	if s == nil {
		t.Fatalf("no sentence %s", id)
	}
	return s.Text
}

// seeded is a store with four notes: one attached, one in Arabic by
// another analyst, one moved, one orphaned; the newest last.
func seeded(t *testing.T, lib *data.Library) *screentest.Notes {
	return screentest.NewNotes().Seed(
		model.Note{Target: "000#s7", Quote: sentence(t, lib, "000#s7"), Verdict: model.VerdictDisputed,
			Text: "Checked against the Wilson Center brief", Analyst: "nour"},
		model.Note{Target: "001#s2", Quote: sentence(t, lib, "001#s2"), Verdict: model.VerdictVerified,
			Text: "ثابت في الرسالة المنشورة", Analyst: "سامي"},
		model.Note{Target: "000#s5", Quote: sentence(t, lib, "000#s10"), Verdict: model.VerdictMisleading,
			Analyst: "nour", Anchor: model.AnchorMoved, Sentence: "000#s10"},
		model.Note{Target: "002#s40", Quote: "جملة حذفت من المقال.", Verdict: model.VerdictNeedsSource,
			Text: "line one\nline two", Analyst: "sam", Anchor: model.AnchorOrphaned},
	)
}

// host runs the notes screen on a store, as the App would once the store
// is open.
func host(t *testing.T, w, h int, store *screentest.Notes) (*screentest.Host, *Notes, *data.Library) {
	t.Helper()
	lib := screentest.Lib(t)
	ctx := screentest.Context(t, lib, w, h)
	ctx.Opts.Analyst = "tester"
	if store != nil {
		ctx.Notes = store
	}
	n := New(ctx)
	return screentest.NewHost(ctx, n), n, lib
}

func plain(s string) string { return screentest.Plain(s) }

// TestNotesInProgram: opened, the screen lists every note newest first,
// each with where it sits now; the filter narrows the list; Enter jumps
// to the claim; a note written elsewhere shows when the notes change.
func TestNotesInProgram(t *testing.T) {
	lib := screentest.Lib(t)
	store := seeded(t, lib)
	h, n, _ := host(t, 100, 30, store)
	h = screentest.Play(t, h, []tea.Msg{common.OpenMsg{}},
		screentest.Step{Want: "notes: 4 of 4"},
		screentest.Step{Key: "/"}, screentest.Step{Key: "w"}, screentest.Step{Key: "i"}, screentest.Step{Key: "l"},
		screentest.Step{Key: "enter", Want: "notes: 1 of 4"})
	if t0, _ := n.list.Selected(); t0.Note != 1 {
		t.Errorf("the filter on \"wil\" selected %+v", t0)
	}
	h.Keys("esc", "g")
	screen := plain(n.View())
	for _, want := range []string{"#4", "needs source", "002#s40 (orphaned)", "000#s10 (moved from 000#s5)",
		"line one / line two", "Checked against the Wilson Center brief", "2026-11-03 09:01"} {
		if !strings.Contains(screen, want) {
			t.Errorf("the list lacks %q:\n%s", want, screen)
		}
	}
	if i, j := strings.Index(screen, "#4"), strings.Index(screen, "#1"); i < 0 || j < i {
		t.Errorf("not newest first:\n%s", screen)
	}
	// Enter on the moved note jumps to where it sits now.
	h.Keys("j", "enter")
	if g, _ := screentest.Last[common.GoToMsg](h); !g.Jump || g.To.Claim != "000#s10" {
		t.Errorf("enter on the moved note: %+v", g)
	}
	// On the orphaned one it says why not.
	h.Keys("g", "enter")
	if st, _ := screentest.Last[common.StatusMsg](h); !strings.Contains(st.Text, "orphaned") {
		t.Errorf("enter on the orphaned note: %q", st.Text)
	}
	// A note written elsewhere: the store signals, the App sends NotesMsg.
	store.Seed(model.Note{Target: "003#s1", Quote: sentence(t, lib, "003#s1"), Verdict: model.VerdictVerified, Analyst: "lina"})
	h.Send(common.NotesMsg{})
	if n.total != 5 || !strings.Contains(plain(n.View()), "lina") {
		t.Errorf("after a change elsewhere: %d notes\n%s", n.total, plain(n.View()))
	}
}

func TestNotesFilters(t *testing.T) {
	lib := screentest.Lib(t)
	h, n, _ := host(t, 120, 30, seeded(t, lib))
	h.Send(common.OpenMsg{})
	h.Keys("s") // verified
	if n.shown != 1 || n.verdict != model.VerdictVerified || !strings.Contains(n.title(), "verdict verified") {
		t.Errorf("verdict filter: %d shown, %q", n.shown, n.title())
	}
	h.Keys("s", "s", "s", "s") // all again
	if n.verdict != "" || n.shown != 4 {
		t.Errorf("verdict cycle: %q, %d shown", n.verdict, n.shown)
	}
	h.Keys("w") // analysts sorted: nour, sam, سامي
	if n.analyst != "nour" || n.shown != 2 {
		t.Errorf("analyst filter: %q, %d shown", n.analyst, n.shown)
	}
	h.Keys("w", "w")
	if n.analyst != "سامي" || n.shown != 1 {
		t.Errorf("analyst filter: %q, %d shown", n.analyst, n.shown)
	}
	h.Keys("w")
	h.Keys("l") // article 000
	if n.article != "000" || n.shown != 2 {
		t.Errorf("article filter: %q, %d shown", n.article, n.shown)
	}
	h.Keys("h", "h") // back through all to the last article
	if n.article != "004" || n.shown != 0 {
		t.Errorf("article h h: %q, %d shown", n.article, n.shown)
	}
	h.Keys("l")
	h.Keys("/")
	h.Send(tea.PasteMsg{Content: "سامي"})
	if n.shown != 1 {
		t.Errorf("an analyst typed in the filter: %d shown", n.shown)
	}
	h.Keys("esc")
	h.Send(tea.WindowSizeMsg{Width: 40, Height: 10}, common.RestyleMsg{}, common.ProgressMsg{Done: true})
	screentest.CheckFits(t, n.View(), 40, 10)
	h.Send(tea.WindowSizeMsg{Width: 80, Height: 24})
	screentest.CheckFits(t, n.View(), 80, 24)
	h.Send(tea.MouseClickMsg{X: 3, Y: 4, Button: tea.MouseLeft}) // the second note's rows are 4-6
	if tgt, _ := n.list.Selected(); tgt.Note != 3 {
		t.Errorf("a click on the second note selected %+v", tgt)
	}
	if len(n.ShortHelp()) == 0 || len(n.FullHelp()) != 2 {
		t.Error("no help")
	}
}

func TestNoteFormAddsAndEdits(t *testing.T) {
	lib := screentest.Lib(t)
	store := screentest.NewNotes()
	h, n, _ := host(t, 80, 24, store)
	h.Send(common.OpenMsg{})
	if !strings.Contains(plain(n.View()), "no notes yet: a on a claim adds one") {
		t.Errorf("empty list:\n%s", plain(n.View()))
	}
	// A claim asks for the form: it opens on the claim's text.
	h.Send(common.NoteMsg{Target: "000#s7"})
	f, ok := h.Top().(*Form)
	if !ok {
		t.Fatalf("no form on top: %T", h.Top())
	}
	view := plain(f.View())
	if !strings.Contains(view, "new note on 000#s7 · by tester") || !strings.Contains(view, "[verified]") {
		t.Errorf("the form:\n%s", view)
	}
	screentest.CheckFits(t, f.View(), 80, 24)
	// Keys that mean something elsewhere type here: q, j, k, ?, a.
	h.Keys("down", "down", "up") // disputed
	h.Keys("q", "j", "k", "?", "space", "a", "backspace")
	h.Keys("ctrl+j")
	h.Send(tea.PasteMsg{Content: "مصدر ثانوي"})
	if f.Verdict() != model.VerdictDisputed || f.Value() != "qjk? \nمصدر ثانوي" {
		t.Errorf("typed: %q, %q", f.Verdict(), f.Value())
	}
	view = plain(f.View())
	if !strings.Contains(view, "qjk? ▏") && !strings.Contains(view, "▏") {
		t.Errorf("no cursor:\n%s", view)
	}
	h.Keys("enter")
	if h.Top() != n {
		t.Fatalf("saved, the form is still on top: %T", h.Top())
	}
	got := store.Current().All()
	if len(got) != 1 || got[0].Analyst != "tester" || got[0].Verdict != model.VerdictDisputed ||
		got[0].Quote != sentence(t, lib, "000#s7") || got[0].Text != "qjk? \nمصدر ثانوي" {
		t.Fatalf("stored: %+v", got)
	}
	if st, _ := screentest.Last[common.StatusMsg](h); st.Text != "note 1 on 000#s7 saved" {
		t.Errorf("status %q", st.Text)
	}
	h.Send(common.NotesMsg{})
	if n.total != 1 {
		t.Errorf("listed %d", n.total)
	}

	// E edits the note under the cursor: a new revision.
	h.Keys("E")
	f = h.Top().(*Form)
	if !strings.Contains(plain(f.View()), "note 1 on 000#s7, revision 2") || f.Verdict() != model.VerdictDisputed {
		t.Errorf("edit form:\n%s", plain(f.View()))
	}
	h.Keys("enter") // nothing changed: nothing written
	if st, _ := screentest.Last[common.StatusMsg](h); st.Text != "note 1 unchanged" || h.Top() != n {
		t.Errorf("unchanged: %q", st.Text)
	}
	h.Keys("E", "up", "!", "enter")
	if x, _ := store.Current().Get(1); x.Rev != 2 || x.Verdict != model.VerdictVerified || !strings.HasSuffix(x.Text, "!") {
		t.Errorf("edited: %+v", x)
	}
	// Esc leaves the form unsaved.
	h.Keys("E", "x", "esc")
	if x, _ := store.Current().Get(1); h.Top() != n || strings.HasSuffix(x.Text, "x") {
		t.Errorf("esc: top %T, %q", h.Top(), x.Text)
	}
	// a: another note on the same claim.
	h.Send(common.NotesMsg{})
	h.Keys("a")
	if f, ok := h.Top().(*Form); !ok || f.target != "000#s7" {
		t.Fatalf("a on the list: %T", h.Top())
	}
	h.Keys("esc")
}

func TestNoteFormRefused(t *testing.T) {
	store := screentest.NewNotes()
	h, _, _ := host(t, 80, 24, store)
	h.Send(common.NoteMsg{Target: "000#s7"})
	f := h.Top().(*Form)
	store.Fail = errors.New("the note store is busy")
	h.Keys("enter")
	if h.Top() != f || !strings.Contains(plain(f.View()), "not saved: the note store is busy") {
		t.Errorf("a refused save:\n%s", plain(f.View()))
	}
	store.Fail = nil
	h.Keys("enter")
	if h.Top() == f || store.Current().Len() != 1 {
		t.Errorf("saved again: %d notes", store.Current().Len())
	}
	// A stale answer (from an earlier save) changes nothing.
	if cmd := f.Update(savedMsg{form: f, req: 0, err: errors.New("old")}); cmd != nil || f.err != "" {
		t.Error("a stale answer was taken")
	}

	// Sentences that are none, and sessions without a store.
	for _, target := range []string{"000#c1", "000#s9999", "999#s1", "nonsense"} {
		h.Send(common.NoteMsg{Target: target})
		if st, _ := screentest.Last[common.StatusMsg](h); !strings.HasPrefix(st.Text, "no note:") {
			t.Errorf("%s: %q", target, st.Text)
		}
	}
	h.Send(common.NoteMsg{Note: 42})
	if st, _ := screentest.Last[common.StatusMsg](h); st.Text != "note 42 is gone" {
		t.Errorf("note 42: %q", st.Text)
	}
	h2, _, _ := host(t, 80, 24, nil)
	h2.Send(common.NoteMsg{Target: "000#s7"})
	if st, _ := screentest.Last[common.StatusMsg](h2); st.Text != "no note store in this session" {
		t.Errorf("without a store: %q", st.Text)
	}
	h2.Ctx.Opts.Notes = func() (common.Notes, error) { return nil, nil }
	h2.Ctx.NotesErr = errors.New("not an isnad note store")
	h2.Send(common.NoteMsg{Target: "000#s7"})
	if st, _ := screentest.Last[common.StatusMsg](h2); !strings.Contains(st.Text, "could not be opened: not an isnad note store") {
		t.Errorf("a store that failed: %q", st.Text)
	}
}

func TestNoteFormSmallAndLong(t *testing.T) {
	store := screentest.NewNotes()
	store.VerdictList = append(append([]model.Verdict(nil), model.DefaultVerdicts...), "satire", "out of context", "recycled footage")
	h, _, _ := host(t, 40, 10, store)
	h.Send(common.NoteMsg{Target: "000#s7"})
	f := h.Top().(*Form)
	screentest.CheckFits(t, f.View(), 40, 10)
	if !strings.Contains(plain(f.View()), "1 of 7") {
		t.Errorf("verdicts that do not fit on a row:\n%s", plain(f.View()))
	}
	h.Keys("up")
	if f.Verdict() != "recycled footage" {
		t.Errorf("up from the first: %q", f.Verdict())
	}
	for i := 0; i < 12; i++ {
		h.Keys("ctrl+j", "x")
	}
	screentest.CheckFits(t, f.View(), 40, 10)
	if rows := strings.Split(f.View(), "\n"); !strings.Contains(rows[len(rows)-2], "x▏") {
		t.Errorf("the end of a long text is not in view:\n%s", plain(f.View()))
	}
	if len(f.FullHelp()) != 1 || !strings.Contains(plain(f.View()), "↑/↓ verdict") {
		t.Errorf("hints:\n%s", plain(f.View()))
	}
}

func TestNotesRemoveAndHistory(t *testing.T) {
	lib := screentest.Lib(t)
	store := seeded(t, lib)
	h, n, _ := host(t, 100, 30, store)
	h.Send(common.OpenMsg{})
	h.Keys("x")
	if n.removing != 4 || !strings.Contains(plain(n.View()), "remove note 4?") {
		t.Errorf("first x:\n%s", plain(n.View()))
	}
	h.Keys("esc") // keeps it, and stays
	if n.removing != 0 || store.Current().Len() != 4 || h.Top() != n {
		t.Error("esc did not keep the note")
	}
	h.Keys("x", "j", "x") // moving on forgets the first press
	if store.Current().Len() != 4 || n.removing != 3 {
		t.Errorf("x j x removed: %d left, removing %d", store.Current().Len(), n.removing)
	}
	h.Keys("x")
	h.Send(common.NotesMsg{})
	if store.Current().Len() != 3 || n.total != 3 {
		t.Errorf("x x: %d left", store.Current().Len())
	}
	if st, _ := screentest.Last[common.StatusMsg](h); !strings.HasPrefix(st.Text, "note 3 removed") {
		t.Errorf("status %q", st.Text)
	}
	h.Keys("g", "E", "down", "enter", "H")
	p, ok := h.Top().(*panel.Panel)
	if !ok {
		t.Fatalf("H: %T on top", h.Top())
	}
	view := plain(p.View())
	for _, want := range []string{"history of note 4: 2 revisions", "rev 1", "rev 2", "needs source", "misleading", "line two"} {
		if !strings.Contains(view, want) {
			t.Errorf("history lacks %q:\n%s", want, view)
		}
	}
	h.Keys("esc")
	// Removed, its history says so; the store failing is said.
	h.Send(n.history(3)())
	if !strings.Contains(plain(h.Top().View()), "removed") {
		t.Errorf("the history of a removed note:\n%s", plain(h.Top().View()))
	}
	h.Keys("esc")
	store.Fail = errors.New("gone away")
	h.Keys("H")
	if st, _ := screentest.Last[common.StatusMsg](h); !strings.Contains(st.Text, "gone away") {
		t.Errorf("history failing: %q", st.Text)
	}
	h.Keys("x", "x")
	if st, _ := screentest.Last[common.StatusMsg](h); !strings.Contains(st.Text, "not removed: gone away") {
		t.Errorf("removal failing: %q", st.Text)
	}
	if ansi.StringWidth(strings.Split(n.View(), "\n")[0]) > 100 {
		t.Error("title too wide")
	}
}

func TestNext(t *testing.T) {
	all := []string{"a", "b", "c"}
	for _, c := range []struct {
		cur  string
		by   int
		want string
	}{{"", 1, "a"}, {"a", 1, "b"}, {"c", 1, ""}, {"", -1, "c"}, {"a", -1, ""}, {"gone", 1, "a"}} {
		if got := next(all, c.cur, c.by); got != c.want {
			t.Errorf("next(%q, %d) = %q, want %q", c.cur, c.by, got, c.want)
		}
	}
	if got := next[string](nil, "", 1); got != "" {
		t.Errorf("no values: %q", got)
	}
}

// TestNotesNeverDriveTheTerminal: what the store holds — a note's text, its
// analyst, its verdict, its quote — reaches the screen as text, never as a
// control sequence, on the list, in the form and in the history.
func TestNotesNeverDriveTheTerminal(t *testing.T) {
	evil := "\x1b]52;c;cm0gLXJmIH4=\x07\x1b[2J\x1bP+q\x1b\\\u202etxt.exe"
	store := screentest.NewNotes().Seed(model.Note{Target: "000#s7", Quote: evil, Verdict: model.Verdict("x" + evil),
		Text: evil + "\n" + evil, Analyst: evil})
	h, n, _ := host(t, 100, 30, store)
	h.Send(common.OpenMsg{})
	h.Keys("E")
	f := h.Top().(*Form)
	h.Keys("esc")
	revs, _ := store.History(context.Background(), 1)
	for name, screen := range map[string]string{"list": n.View(), "form": f.View(),
		"history": History(n.ctx, 1, revs).View()} {
		for _, bad := range []string{"\x1b]", "\x1b[2J", "\x1bP", "\x07", "\u202e"} {
			if strings.Contains(screen, bad) {
				t.Errorf("%s: %q reaches the terminal", name, bad)
			}
		}
	}
}

// TestNotesCopyAndReport: y copies the sentence the note under the cursor
// sits on (none for an orphaned note); e covers the notes listed, filters
// applied, as the report of the notes.
func TestNotesCopyAndReport(t *testing.T) {
	lib := screentest.Lib(t)
	h, n, _ := host(t, 120, 30, seeded(t, lib))
	if _, ok := n.Report(); ok {
		t.Error("a report before the list is built")
	}
	h.Send(common.OpenMsg{})
	// Newest first: the orphaned note, then the moved one.
	if id, ok := n.CurrentClaim(); ok {
		t.Errorf("an orphaned note copies %q", id)
	}
	h.Keys("j")
	if id, ok := n.CurrentClaim(); !ok || id != "000#s10" {
		t.Errorf("the moved note copies %q, want where it sits now", id)
	}
	rq, ok := n.Report()
	if !ok || !rq.Noted || len(rq.Notes) != 4 || rq.Name != "notes" || strings.Join(rq.Articles, " ") != "000 001 002" {
		t.Errorf("report of every note: %+v", rq)
	}
	h.Keys("w", "l") // nour's notes on 000
	rq, _ = n.Report()
	if len(rq.Notes) != 2 || rq.Name != "notes-nour-000" || rq.Title != "Notes, analyst nour, article 000" ||
		strings.Join(rq.Articles, " ") != "000" {
		t.Errorf("report of nour's notes on 000: %+v", rq)
	}
	h.Keys("/")
	h.Send(tea.PasteMsg{Content: "nothing like this"})
	if _, ok := n.Report(); ok {
		t.Error("a report of no note")
	}
}
