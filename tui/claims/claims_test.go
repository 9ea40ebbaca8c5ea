package claims

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/isnad/isnad/model"
	"github.com/isnad/isnad/tui/common"
	"github.com/isnad/isnad/tui/internal/screentest"
)

func host(t *testing.T, w, h int) (*screentest.Host, *Claims) {
	t.Helper()
	ctx := screentest.Context(t, screentest.Lib(t), w, h)
	c := New(ctx)
	return screentest.NewHost(ctx, c), c
}

// TestClaimsInProgram: opened, the list shows every claim; a typed filter
// narrows it, Esc empties it, Enter jumps to the claim.
func TestClaimsInProgram(t *testing.T) {
	h, _ := host(t, 100, 24)
	h = screentest.Play(t, h, []tea.Msg{common.OpenMsg{}}, screentest.Step{Want: "claims: 72 of 72"},
		screentest.Step{Key: "/"}, screentest.Step{Key: "0"}, screentest.Step{Key: "0"}, screentest.Step{Key: "4"},
		screentest.Step{Key: "enter"})
	c := h.Top().(*Claims)
	if c.shown != 22 || !strings.Contains(c.title(), "/004") {
		t.Errorf("filtered on 004: %d shown, %q", c.shown, c.title())
	}
	if show, _ := screentest.Last[common.ShowMsg](h.Send(common.OpenMsg{})); show.ID != ID {
		t.Errorf("opened, it asked to show %q", show.ID)
	}
	h.Keys("esc")
	if c.shown != 72 || c.filter.Active() {
		t.Errorf("esc: %d shown, filter %q", c.shown, c.filter.Query())
	}
	h.Keys("g", "j", "enter")
	g, _ := screentest.Last[common.GoToMsg](h)
	if !g.Jump || g.To.Claim != c.all[1].ID {
		t.Errorf("enter on the second claim: %+v", g)
	}
	if m, _ := screentest.Last[common.NoteMsg](h.Keys("a")); m.Target != c.all[1].ID {
		t.Errorf("a on the second claim: %+v", m)
	}
	if _, ok := screentest.Last[common.BackMsg](h.Keys("esc")); !ok {
		t.Error("esc without a filter does not go back")
	}
}

func TestClaimsFilters(t *testing.T) {
	h, c := host(t, 80, 24)
	h.Send(common.OpenMsg{})
	h.Keys("s")
	for _, it := range c.list.Items() {
		if !strings.Contains(ansi.Strip(it.Lines[0]), " "+common.StatusMark(model.ClaimStatuses[0])+" ") {
			t.Errorf("status %s shows %q", model.ClaimStatuses[0], ansi.Strip(it.Lines[0]))
		}
	}
	h.Keys("s", "s", "s", "s") // all again
	h.Keys("l", "l")           // article 001
	if !strings.Contains(c.title(), "article 001") || c.shown != 2 {
		t.Errorf("title %q, %d shown", c.title(), c.shown)
	}
	h.Keys("h", "h")
	if c.article != 0 {
		t.Errorf("h back to all: article %d", c.article)
	}
	h.Send(tea.PasteMsg{Content: "nothing"}) // not typing: ignored
	h.Keys("/")
	h.Send(tea.PasteMsg{Content: "zzz"})
	if c.shown != 0 || !strings.Contains(ansi.Strip(c.View()), "/zzz▏") {
		t.Errorf("paste: %d shown\n%s", c.shown, ansi.Strip(c.View()))
	}
	h.Keys("esc")
	h.Send(tea.WindowSizeMsg{Width: 40, Height: 10}, common.RestyleMsg{}, common.ProgressMsg{Done: true})
	screentest.CheckFits(t, c.View(), 40, 10)
	h.Send(tea.MouseClickMsg{X: 3, Y: 3, Button: tea.MouseLeft})
	if tgt, _ := c.list.Selected(); tgt.Claim != c.all[2].ID {
		t.Errorf("a click on the third row selected %+v", tgt)
	}
	if len(c.ShortHelp()) == 0 || len(c.FullHelp()) != 1 {
		t.Error("no help")
	}
}

// TestClaimsCopyAndReport: y copies the claim under the cursor; e reports
// the claims the list shows, its filters named in the title.
func TestClaimsCopyAndReport(t *testing.T) {
	h, c := host(t, 80, 24)
	if _, ok := c.CurrentClaim(); ok {
		t.Error("a claim before the list is read")
	}
	h.Send(common.OpenMsg{})
	h.Keys("j")
	if id, ok := c.CurrentClaim(); !ok || id != c.all[1].ID {
		t.Errorf("current claim %q, want %q", id, c.all[1].ID)
	}
	rq, ok := c.Report()
	if !ok || len(rq.Claims) != len(c.all) || rq.Name != "claims" {
		t.Errorf("report of all: %q, %d claims", rq.Name, len(rq.Claims))
	}
	h.Keys("s", "s", "s", "l") // anonymous, article 000
	rq, _ = c.Report()
	if rq.Name != "claims-anonymous-000" || !strings.Contains(rq.Title, "anonymous, article 000") || len(rq.Claims) != c.shown {
		t.Errorf("report %q %q: %d claims, %d shown", rq.Name, rq.Title, len(rq.Claims), c.shown)
	}
	h.Keys("/")
	h.Send(tea.PasteMsg{Content: "zzz"})
	if _, ok := c.Report(); ok {
		t.Error("a report of no claim")
	}
}

// TestClaimsArabicFilter: an Arabic filter reads right to left in the
// title, as typed (it is laid out once, not again with the title).
func TestClaimsArabicFilter(t *testing.T) {
	h, c := host(t, 100, 24)
	h.Send(common.OpenMsg{})
	h.Keys("/")
	h.Send(tea.PasteMsg{Content: "روسيا"})
	want, _ := c.ctx.Engine.Fit("روسيا", 40, 0).Content()
	if title := strings.Split(ansi.Strip(c.View()), "\n")[0]; !strings.Contains(title, "/"+want+"▏") {
		t.Errorf("title %q, want the filter as %q", title, want)
	}
}

// TestNotedClaimsMarked: a claim carrying notes has the note mark on its
// row, as soon as the notes change.
func TestNotedClaimsMarked(t *testing.T) {
	h, c := host(t, 100, 24)
	store := screentest.NewNotes()
	c.ctx.Notes = store
	h.Send(common.OpenMsg{})
	if strings.Contains(c.View(), "✎") {
		t.Fatal("a mark without notes")
	}
	id := c.all[1].ID
	store.Seed(model.Note{Target: id, Verdict: model.VerdictMisleading, Analyst: "nour"})
	h.Send(common.NotesMsg{})
	rows := strings.Split(ansi.Strip(c.View()), "\n")
	if !strings.HasPrefix(rows[2], " "+id) || !strings.Contains(rows[2], "✎") || strings.Contains(rows[1], "✎") {
		t.Errorf("the noted claim %s is not the one marked:\n%s\n%s", id, rows[1], rows[2])
	}
	if !strings.Contains(c.View(), c.ctx.Styles.VerdictStyle(model.VerdictMisleading)("✎")) {
		t.Error("the mark is not in the verdict's colour")
	}
}

// growing is a library still being listed: an article joins before the
// others.
type growing struct {
	common.Library
	first *model.Article
}

func (g *growing) Articles() []*model.Article {
	arts := g.Library.Articles()
	if g.first == nil {
		return arts
	}
	return append([]*model.Article{g.first}, arts...)
}

// TestArticleFilterKeepsItsArticle: the article chosen with the tab keys
// stays chosen when articles join the list before it.
func TestArticleFilterKeepsItsArticle(t *testing.T) {
	lib := &growing{Library: screentest.Lib(t)}
	ctx := screentest.Context(t, lib, 100, 24)
	c := New(ctx)
	h := screentest.NewHost(ctx, c)
	h.Send(common.OpenMsg{})
	h.Send(common.ActionMsg{Action: common.ActNextTab})
	h.Send(common.ActionMsg{Action: common.ActNextTab}) // the second article: 001
	before := c.title()
	if !strings.Contains(before, "001") {
		t.Fatalf("two tabs: %q", before)
	}
	lib.first = &model.Article{ID: "aaa-joined-first"}
	c.refresh()
	if after := c.title(); after != before {
		t.Errorf("an article joined first: the filter moved from %q to %q", before, after)
	}
}
