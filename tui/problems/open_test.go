package problems

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/isnad/isnad/model"
	"github.com/isnad/isnad/tui/common"
	"github.com/isnad/isnad/tui/internal/screentest"
)

// articleTitled is the id of the article whose title holds s.
func articleTitled(t *testing.T, lib common.Library, s string) string {
	t.Helper()
	for _, a := range lib.Articles() {
		if strings.Contains(a.Meta.Title, s) {
			return a.ID
		}
	}
	t.Fatalf("no article titled %q", s)
	return ""
}

// selectWhere moves the cursor down with j, from the top, to the first
// problem ok accepts, and fails the test if there is none.
func selectWhere(t *testing.T, h *host, ok func(model.Problem) bool) model.Problem {
	t.Helper()
	h.Keys("g")
	for range 100 {
		if it, sel := h.p.Selected(); sel && ok(it) {
			return it
		}
		before := h.p.scroll.Cursor()
		h.Keys("j")
		if h.p.scroll.Cursor() == before {
			break
		}
	}
	t.Fatalf("no problem to select among %+v", h.p.items)
	return model.Problem{}
}

// host is a screentest host with the problems screen opened on it.
type host struct {
	*screentest.Host
	p *Problems
}

// openProblems opens the problems screen of lib at w×ht.
func openProblems(t *testing.T, lib common.Library, w, ht int) *host {
	t.Helper()
	ctx := screentest.Context(t, lib, w, ht)
	p := New(ctx)
	h := screentest.NewHost(ctx, p)
	h.Send(common.OpenMsg{})
	return &host{h, p}
}

// TestEnterOpensTheArticle: Enter on a problem about an article — a
// record's problem naming its article, a record's own path, a text file —
// asks the App to jump to that article; on one about no article (a binary
// file skipped, a record that is no object), it says so in the status
// bar and asks for nothing else.
func TestEnterOpensTheArticle(t *testing.T) {
	lib := screentest.Open(t, screentest.ProblemsCorpus(t))
	h := openProblems(t, lib, 100, 24)
	cases := []struct {
		name  string
		is    func(model.Problem) bool
		title string // of the article Enter reads; "" for none
	}{
		{"a record's escape sequence", func(p model.Problem) bool {
			return p.Kind == model.ProblemControl && strings.HasPrefix(p.Path, "day.json")
		}, "bell record"},
		{"a record's bidi override", func(p model.Problem) bool { return p.Kind == model.ProblemBidi }, "override"},
		{"a text file's escape sequence", func(p model.Problem) bool { return p.Kind == model.ProblemControl && p.Path == "evil.txt" }, "Evil"},
		{"a binary file", func(p model.Problem) bool { return p.Kind == model.ProblemBinary }, ""},
		{"a record that is no object", func(p model.Problem) bool { return p.Kind == model.ProblemRecord }, ""},
	}
	for _, c := range cases {
		selectWhere(t, h, c.is)
		asked := len(h.Asked)
		h.Keys("enter")
		got := h.Asked[asked:]
		if c.title == "" {
			if len(got) != 1 || got[0] != (common.StatusMsg{Text: NoArticle}) {
				t.Errorf("%s: enter asked %+v, want the status %q alone", c.name, got, NoArticle)
			}
			bar := screentest.Plain(h.p.View())
			if !strings.Contains(bar, NoArticle) {
				t.Errorf("%s: the status bar does not say why:\n%s", c.name, bar)
			}
			continue
		}
		want := articleTitled(t, lib, c.title)
		if len(got) != 1 {
			t.Errorf("%s: enter asked %+v, want one jump to %s", c.name, got, want)
			continue
		}
		if m, ok := got[0].(common.GoToMsg); !ok || m.To.Article != want || !m.Jump || m.To.View != nil {
			t.Errorf("%s: enter asked %+v, want a jump to article %s", c.name, got[0], want)
		}
	}
}

// TestSelectionMoves: the moving keys move the cursor over the problems,
// a page at a time too, and the row under it is the one drawn reversed.
func TestSelectionMoves(t *testing.T) {
	var recs []string
	for i := range 12 {
		recs = append(recs, fmt.Sprintf("%d", i)) // a number is no record
	}
	dir := t.TempDir()
	writeFile(t, dir, "good.txt", "Good\n\nSome text.\n")
	writeFile(t, dir, "day.json", `[{"title": "one", "content": "text."}, `+strings.Join(recs, ", ")+`]`)
	lib := screentest.Open(t, dir)
	h := openProblems(t, lib, 80, 8) // a body of 6 rows
	if n := len(h.p.items); n != 12 {
		t.Fatalf("%d problems, want 12: %+v", n, h.p.items)
	}
	steps := []struct {
		key  string
		want int
	}{
		{"", 0}, {"down", 1}, {"j", 2}, {"k", 1}, {"up", 0}, {"up", 0},
		{"pgdown", 5}, {"pgdown", 10}, {"pgup", 5},
		{"end", 11}, {"home", 0}, {"G", 11}, {"g", 0},
	}
	for _, s := range steps {
		if s.key != "" {
			h.Keys(s.key)
		}
		cur := h.p.scroll.Cursor()
		if cur != s.want {
			t.Errorf("after %q: the cursor on %d, want %d", s.key, cur, s.want)
			continue
		}
		from, to := h.p.scroll.ItemRows(cur)
		if top := h.p.scroll.Top(); from < top || to > top+6 {
			t.Errorf("after %q: the cursor's rows %d-%d out of view (top %d)", s.key, from, to, top)
		}
		it, _ := h.p.Selected()
		if rev := reversed(h.p.View()); len(rev) != 1 || !strings.Contains(rev[0], it.Detail) {
			t.Errorf("after %q: the reversed rows are %q, want the one of %q", s.key, rev, it.Detail)
		}
	}
	// A click selects the problem under the pointer (row 0 is the title).
	h.Send(tea.MouseClickMsg{Button: tea.MouseLeft, Y: 3})
	if cur := h.p.scroll.Cursor(); cur != 2 {
		t.Errorf("a click on row 3: the cursor on %d, want 2", cur)
	}
	screentest.CheckFits(t, h.p.View(), 80, 8)
}

func writeFile(t *testing.T, dir, name, body string) {
	t.Helper()
	if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
}

// reversed is the rows of a screen's body (between the title and the
// status bar) drawn in reverse video, as read.
func reversed(screen string) []string {
	var out []string
	rows := strings.Split(screen, "\n")
	for _, row := range rows[1 : len(rows)-1] {
		if strings.Contains(row, "\x1b[7m") {
			out = append(out, strings.TrimSpace(ansi.Strip(row)))
		}
	}
	return out
}

// grown is a library whose problems are those of its library with one
// more first: the list as it stands after the background pass found
// another.
type grown struct {
	common.Library
	more []model.Problem
}

func (g *grown) Problems() []model.Problem { return append(g.more, g.Library.Problems()...) }

// TestSelectionKeptOnRefresh: when the list is read again (the background
// pass is over, the screen opened again) the cursor stays on its problem,
// though another came before it (a-late.txt sorts first).
func TestSelectionKeptOnRefresh(t *testing.T) {
	lib := &grown{Library: screentest.Open(t, screentest.ProblemsCorpus(t))}
	h := openProblems(t, lib, 100, 24)
	want := selectWhere(t, h, func(p model.Problem) bool { return p.Path == "evil.txt" })
	lib.more = []model.Problem{{Path: "a-late.txt", Kind: model.ProblemEmpty, Fatal: true, Detail: "empty file: skipped"}}
	for _, msg := range []tea.Msg{common.ProgressMsg{Done: true}, common.OpenMsg{}, common.RestyleMsg{}} {
		h.Send(msg)
		if got, _ := h.p.Selected(); got != want {
			t.Errorf("after %T: the cursor on %+v, want %+v", msg, got, want)
		}
	}
	if len(h.p.items) != len(lib.Library.Problems())+1 {
		t.Errorf("the list was not read again: %d problems", len(h.p.items))
	}
}

// TestProblemsInPathOrder: the problems are listed by file, a collection's
// records by number, whatever order the background pass found them in;
// then the notices.
func TestProblemsInPathOrder(t *testing.T) {
	found := []model.Problem{
		{Path: "day.json#10", Kind: model.ProblemControl},
		{Path: "b.txt", Kind: model.ProblemEmpty},
		{Path: "day.json#2", Kind: model.ProblemControl},
		{Path: "day.json", Kind: model.ProblemRecord, Line: 7},
		{Path: "a.txt", Kind: model.ProblemLanguage, Notice: true},
		{Path: "day.json", Kind: model.ProblemRecord, Line: 3},
	}
	h := openProblems(t, &grown{Library: screentest.Lib(t), more: found}, 100, 24)
	var got []string
	for _, it := range h.p.items {
		if it.Path != "" && !strings.HasPrefix(it.Path, "00") { // not the embedded corpus's notices
			got = append(got, fmt.Sprintf("%s:%d", it.Path, it.Line))
		}
	}
	want := "b.txt:0 day.json:3 day.json:7 day.json#2:0 day.json#10:0 a.txt:0"
	if strings.Join(got, " ") != want {
		t.Errorf("order %q, want %q", strings.Join(got, " "), want)
	}
}
