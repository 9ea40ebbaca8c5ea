package reader

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/isnad/isnad/tui/common"
	"github.com/isnad/isnad/tui/internal/screentest"
	"github.com/isnad/isnad/tui/outline"
	"github.com/isnad/isnad/tui/panel"
)

func host(t *testing.T, lib common.Library, w, h int) (*screentest.Host, *Reader) {
	t.Helper()
	ctx := screentest.Context(t, lib, w, h)
	r := New(ctx)
	return screentest.NewHost(ctx, r), r
}

// distanceFrom is how many rows q is below p.
func (r *Reader) distanceFrom(p, q pos) (int, bool) { return r.flow.between(p, q, 1<<30) }

func goTo(id string) common.GoToMsg { return common.GoToMsg{To: common.Location{Article: id}} }

// TestReaderInProgram: in a running program the reader loads 000, ]
// selects its first claims (the status bar counts them), Enter asks for
// the claim's sources as a jump.
func TestReaderInProgram(t *testing.T) {
	h, _ := host(t, screentest.Lib(t), 100, 30)
	h = screentest.Play(t, h, []tea.Msg{goTo("000")}, screentest.Step{Want: "36 claims"},
		screentest.Step{Key: "]"}, screentest.Step{Key: "]"},
		screentest.Step{Key: "enter", Want: "sources of 000#s"})
	r := h.Stack[0].(*Reader)
	if r.Article() == nil || r.Article().ID != "000" {
		t.Fatalf("article %v", r.Article())
	}
	if bar := ansi.Strip(r.View()); !strings.Contains(bar, "claim 2/36") {
		t.Errorf("the status bar does not count the claim:\n%s", bar[strings.LastIndex(bar, "\n"):])
	}
	if show, _ := screentest.Last[common.ShowMsg](h.Send(goTo("001"))); show.ID != ID || !show.Alone {
		t.Errorf("the reader asked to be shown as %+v", show)
	}
	p, ok := screentest.Last[common.PushMsg](h)
	if !ok || !p.Jump {
		t.Fatalf("enter pushed %+v", p)
	}
	if !strings.HasPrefix(p.Screen.(*panel.Panel).Title, "sources of 000#s") {
		t.Errorf("panel %q", p.Screen.(*panel.Panel).Title)
	}
}

// TestStaleLoad: 001 asked for after 000, 000's load slower: the reader
// shows 001, and 000 arriving late changes nothing.
func TestStaleLoad(t *testing.T) {
	lib := screentest.NewSlowLib(screentest.Lib(t), "000")
	h, r := host(t, lib, 100, 30)
	first := r.Update(goTo("000"))
	second := r.Update(goTo("001"))
	late := make(chan tea.Msg)
	go func() { late <- first() }()
	lib.Asked.Wait()
	h.Run(second)
	if r.Article() == nil || r.Article().ID != "001" {
		t.Fatalf("after 001's load: %v", r.Article())
	}
	close(lib.Release)
	h.Run(func() tea.Msg { return <-late })
	if r.Article().ID != "001" {
		t.Errorf("000's late load replaced 001: the reader shows %s", r.Article().ID)
	}
	// A failed load says so, the article on screen stays.
	h.Send(goTo("nope"))
	if s, _ := screentest.Last[common.StatusMsg](h); !strings.Contains(s.Text, "cannot open") || r.Article().ID != "001" {
		t.Errorf("a missing article: %q, showing %s", s.Text, r.Article().ID)
	}
}

func TestReaderKeys(t *testing.T) {
	h, r := host(t, screentest.Lib(t), 100, 30)
	h.Send(goTo("000"))
	h.Keys("o")
	if _, ok := h.Top().(*outline.Outline); !ok {
		t.Fatalf("o opened %T", h.Top())
	}
	h.Keys("esc")
	h.Keys(">")
	if s, _ := screentest.Last[common.StepArticleMsg](h); s.From != "000" || s.By != 1 {
		t.Errorf("> asked for %+v", s)
	}
	h.Keys("<")
	if s, _ := screentest.Last[common.StepArticleMsg](h); s.By != -1 {
		t.Errorf("< asked for %+v", s)
	}
	blocks := len(r.flow.blocks)
	h.Keys("B")
	if s, _ := screentest.Last[common.StatusMsg](h); s.Text != "web chrome shown" {
		t.Errorf("B: %q", s.Text)
	}
	h.Keys("B")
	if len(r.flow.blocks) != blocks {
		t.Errorf("web chrome hidden again: %d blocks, was %d", len(r.flow.blocks), blocks)
	}
	h.Keys("ctrl+t")
	if !r.ctx.Opts.ShowControls {
		t.Error("ctrl+t did not show the controls")
	}
	h.Keys("ctrl+t")
	// Moving: a page is the height less one row.
	top := r.top
	h.Keys("space")
	if d, ok := r.distanceFrom(top, r.top); !ok || d != r.height-1 {
		t.Errorf("page down: top %v → %v, %d rows, height %d", top, r.top, d, r.height)
	}
	h.Keys("G")
	if !strings.Contains(ansi.Strip(r.View()), "100%") {
		t.Error("G does not reach the end")
	}
	if _, ok := screentest.Last[common.BackMsg](h.Keys("q")); !ok {
		t.Error("q does not go back")
	}
}

// TestClickSelectsClaim: a click on a row selects the claim it shows; the
// wheel scrolls.
func TestClickSelectsClaim(t *testing.T) {
	h, r := host(t, screentest.Lib(t), 100, 30)
	h.Send(goTo("000"))
	row, y := pos{}, -1
	r.each(func(i int, p pos) bool {
		if r.claimAt(p) != nil {
			row, y = p, i
			return false
		}
		return true
	})
	if y < 0 {
		t.Fatal("no claim on the first screen")
	}
	h.Send(tea.MouseClickMsg{X: 50, Y: y + 1, Button: tea.MouseLeft})
	if c := r.marks.current(); c == nil || c.id != r.claimAt(row).id {
		t.Errorf("the click selected %v", c)
	}
	top := r.top
	h.Send(tea.MouseWheelMsg{Button: tea.MouseWheelDown})
	if d, _ := r.distanceFrom(top, r.top); d != 3 {
		t.Errorf("the wheel scrolled %d rows", d)
	}
}

// TestResizeKeepsPlace: the sentence at the top stays at the top, and the
// selected claim stays selected.
func TestResizeKeepsPlace(t *testing.T) {
	h, r := host(t, screentest.Lib(t), 100, 30)
	h.Send(goTo("000"))
	h.Keys("space", "]")
	before, _ := r.Place()
	h.Send(tea.WindowSizeMsg{Width: 60, Height: 20})
	after, _ := r.Place()
	if after.Para != before.Para || after.Claim != before.Claim {
		t.Errorf("resize moved from %+v to %+v", before, after)
	}
	screentest.CheckFits(t, r.View(), 60, 20)
	h.Send(common.RestyleMsg{})
	if again, _ := r.Place(); again != after {
		t.Errorf("restyle moved from %+v to %+v", after, again)
	}
	// Back to a place with a sentence that is no claim, then to a claim.
	h.Send(common.GoToMsg{To: common.Location{Article: "000", Claim: "000#s1", Para: -1}})
	if c := r.marks.current(); c != nil {
		t.Errorf("a sentence that is no claim left %s selected", c.id)
	}
	h.Send(common.GoToMsg{To: common.Location{Article: "000", Claim: r.marks.order[5].id, Para: -1}})
	if c := r.marks.current(); c == nil || c.id != r.marks.order[5].id {
		t.Errorf("jump to a claim selected %v", c)
	}
	if !strings.Contains(ansi.Strip(r.View()), "claim 6/36") {
		t.Errorf("status bar:\n%s", ansi.Strip(r.View()))
	}
}
