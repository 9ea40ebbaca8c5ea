package panel

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/isnad/isnad/data"
	"github.com/isnad/isnad/tui/common"
	"github.com/isnad/isnad/tui/internal/screentest"
)

// TestClaimPanelInProgram: the sources of a cited claim list its reference
// entry and its source; Enter on the source lists the claims relying on
// it; Enter there jumps.
func TestClaimPanelInProgram(t *testing.T) {
	lib := screentest.Lib(t)
	ctx := screentest.Context(t, lib, 100, 30)
	art, err := lib.Article("000")
	if err != nil {
		t.Fatal(err)
	}
	s, err := lib.Sourcing("000")
	if err != nil {
		t.Fatal(err)
	}
	p := ForClaim(ctx, art, s, "000#s5")
	scr := ansi.Strip(p.View())
	for _, want := range []string{"sources of 000#s5", "citations", "[000#r11] Chatham House", "Chatham House  (org"} {
		if !strings.Contains(scr, want) {
			t.Errorf("the panel lacks %q:\n%s", want, scr)
		}
	}
	// a: a note on the claim the panel is about (the cursor is on a source).
	if m, _ := screentest.Last[common.NoteMsg](screentest.NewHost(ctx, p).Keys("a")); m.Target != "000#s5" {
		t.Errorf("a on the sources of 000#s5: %+v", m)
	}
	if !strings.Contains(ansi.Strip(p.View()), "a note") {
		t.Errorf("no hint for a:\n%s", ansi.Strip(p.View()))
	}
	h := screentest.Play(t, screentest.NewHost(ctx, p), nil, screentest.Step{Key: "enter", Want: "claims relying on Chatham House"})
	h.Keys("G", "enter")
	if len(h.Stack) != 2 {
		t.Fatalf("%d screens", len(h.Stack))
	}
	if g, _ := screentest.Last[common.GoToMsg](h); !g.Jump || g.To.Claim != "000#s40" {
		t.Errorf("enter on the last backlink: %+v", g)
	}
	if m, _ := screentest.Last[common.NoteMsg](h.Keys("a")); m.Target != "000#s40" {
		t.Errorf("a on a backlink: %+v", m)
	}
	if _, ok := screentest.Last[common.BackMsg](h.Keys("esc")); !ok || len(h.Stack) != 1 {
		t.Error("esc does not close the backlinks")
	}
	if np := ForClaim(ctx, art, s, "000#s9999"); !strings.Contains(np.Title, "no claim") {
		t.Errorf("a claim that is not there: %q", np.Title)
	}
}

// TestPanelMoves: the cursor stops on items that lead somewhere; a page is
// the height less a row; a click selects; nothing selectable scrolls.
func TestPanelMoves(t *testing.T) {
	ctx := screentest.Context(t, screentest.Lib(t), 60, 10)
	var items []Item
	for i := range 30 {
		it := Item{Lines: []string{"  heading"}}
		if i%3 != 0 {
			it = Item{Lines: []string{"  claim", "  more"}, Target: Target{Claim: "000#s1"}}
		}
		items = append(items, it)
	}
	p := New(ctx, "test", items)
	h := screentest.NewHost(ctx, p)
	if p.scroll.Cursor() != 1 {
		t.Fatalf("the cursor starts on %d", p.scroll.Cursor())
	}
	h.Keys("j")
	if p.scroll.Cursor() != 2 {
		t.Errorf("j: %d", p.scroll.Cursor())
	}
	h.Keys("j")
	if p.scroll.Cursor() != 4 {
		t.Errorf("j skips the heading: %d", p.scroll.Cursor())
	}
	h.Keys("G", "g", "space")
	if p.scroll.Top() != 7 {
		t.Errorf("page down: top %d", p.scroll.Top())
	}
	h.Send(tea.MouseClickMsg{X: 2, Y: 1, Button: tea.MouseLeft})
	if i := p.scroll.Cursor(); i < 0 || !p.items[i].Selectable() {
		t.Errorf("click: %d", i)
	}
	screentest.CheckFits(t, p.View(), 60, 10)
	plain := New(ctx, "plain", []Item{{Lines: make([]string, 40)}})
	screentest.NewHost(ctx, plain).Keys("j", "j")
	if plain.scroll.Top() != 2 {
		t.Errorf("without targets j scrolls: top %d", plain.scroll.Top())
	}
	if _, ok := plain.Selected(); ok {
		t.Error("a selection without targets")
	}
	if len(p.FullHelp()) != 1 {
		t.Error("no help")
	}
}

// TestEveryClaimPanelFits: the sources panel of every claim of the corpus
// fits the terminal, and says what backs the claim.
func TestEveryClaimPanelFits(t *testing.T) {
	lib := screentest.Lib(t)
	ctx := screentest.Context(t, lib, 60, 20)
	kinds := map[string]bool{}
	for _, a := range lib.Articles() {
		art, err := lib.Article(a.ID)
		if err != nil {
			t.Fatal(err)
		}
		s, err := lib.Sourcing(a.ID)
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range s.Claims {
			p := ForClaim(ctx, art, s, c.ID)
			screentest.CheckFits(t, p.View(), 60, 20)
			all := ansi.Strip(strings.Join(func() []string {
				var ls []string
				for _, it := range p.Items() {
					ls = append(ls, it.Lines...)
				}
				return ls
			}(), "\n"))
			for _, k := range []string{"citations", "attributions", "no citation and no attribution", "entries fit"} {
				if strings.Contains(all, k) {
					kinds[k] = true
				}
			}
		}
	}
	for _, k := range []string{"citations", "attributions", "no citation and no attribution"} {
		if !kinds[k] {
			t.Errorf("no claim panel shows %q", k)
		}
	}
	if b := Backlinks(ctx, "nobody"); !strings.Contains(b.Title, "nobody") {
		t.Errorf("backlinks of an unknown source: %q", b.Title)
	}
	if l := SourceLine(ctx, "nobody"); !strings.Contains(l, "nobody") {
		t.Errorf("source line of an unknown source: %q", l)
	}
}

// TestSourceLineWithoutKind: a source of no kind (a speaker not found)
// shows its counts alone, with no empty kind before them.
func TestSourceLineWithoutKind(t *testing.T) {
	dir := t.TempDir()
	text := "تدريب\n\nحرص المدرب على رفع لياقة اللاعبين في المعسكر.\n\nوقد أكد أن الراحة الكافية أهم من التمارين الطويلة وحدها.\n"
	if err := os.WriteFile(filepath.Join(dir, "a.txt"), []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	lib, err := data.OpenWith(dir, data.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(lib.Close)
	lib.Wait()
	ctx := screentest.Context(t, lib, 100, 20)
	src, ok := lib.Source("speaker-not-found")
	if !ok || src.Kind != "" {
		t.Fatalf("the speaker not found: %+v %v", src, ok)
	}
	line := ansi.Strip(SourceLine(ctx, src.ID))
	if !strings.Contains(line, "(1 claim in 1 article)") || strings.Contains(line, "( · ") {
		t.Errorf("%q", line)
	}
}

// TestClaimPanelResized: a panel pushed for the occasion lays its lines out
// again when the terminal narrows or widens: none is wider than the screen,
// and back at the first width it is as it was.
func TestClaimPanelResized(t *testing.T) {
	lib := screentest.Lib(t)
	ctx := screentest.Context(t, lib, 160, 40)
	art, err := lib.Article("004")
	if err != nil {
		t.Fatal(err)
	}
	s, err := lib.Sourcing("004")
	if err != nil {
		t.Fatal(err)
	}
	var id string
	for _, c := range s.Claims {
		if len(c.Attributions) > 0 {
			id = c.ID
			break
		}
	}
	if id == "" {
		t.Fatal("no attributed claim in 004")
	}
	h := screentest.NewHost(ctx, ForClaim(ctx, art, s, id))
	first := h.Top().View()
	h.Send(tea.WindowSizeMsg{Width: 60, Height: 40})
	for i, line := range strings.Split(h.Top().View(), "\n") {
		if lw := ansi.StringWidth(line); lw > 60 {
			t.Errorf("width 60: line %d is %d cells wide: %q", i, lw, ansi.Strip(line))
		}
	}
	if h.Send(tea.WindowSizeMsg{Width: 160, Height: 40}); h.Top().View() != first {
		t.Errorf("back at width 160 the panel differs:\n%s\nfirst:\n%s", ansi.Strip(h.Top().View()), ansi.Strip(first))
	}
}
