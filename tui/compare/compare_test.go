package compare

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/isnad/isnad/model"
	"github.com/isnad/isnad/tui/common"
	"github.com/isnad/isnad/tui/internal/screentest"
	"github.com/isnad/isnad/tui/panel"
)

// fixture is a compare screen on the embedded corpus's first five
// articles at w×h, as the App would open it.
func fixture(t testing.TB, lib common.Library, w, h int) *Compare {
	t.Helper()
	ctx := screentest.Context(t, lib, w, h)
	var ids []string
	for _, a := range lib.Articles() {
		ids = append(ids, a.ID)
	}
	ids = ids[:min(len(ids), 5)]
	cmp, err := lib.Compare(ids)
	if err != nil {
		t.Fatal(err)
	}
	var arts []*model.Article
	for _, id := range cmp.Sources {
		a, err := lib.Article(id)
		if err != nil {
			t.Fatal(err)
		}
		arts = append(arts, a)
	}
	c := New(ctx)
	c.SetSize(w, h)
	c.Open(cmp, arts)
	return c
}

// clone is a copy of the screen to try keys on, with views of its own.
func (c *Compare) clone() *Compare {
	d := *c
	fr, co, fa := *c.frames, *c.columns, *c.facts
	na, vo := *c.views[viewNaming].(*namingView), *c.views[viewVocab].(*vocabView)
	d.frames, d.columns, d.facts = &fr, &co, &fa
	d.views = [numViews]view{d.frames, d.columns, &na, &vo, d.facts}
	return &d
}

// keys feeds key names to the screen through the key map and returns what
// the last asked for.
func (c *Compare) keys(names ...string) tea.Msg {
	var out tea.Msg
	for _, k := range names {
		msg := screentest.Press(k)
		act := c.ctx.Keys.Resolve(msg, c.Actions(), c.ctx.Globals)
		out = nil
		if cmd := c.Update(common.ActionMsg{Action: act, Key: msg}); cmd != nil {
			out = cmd()
		}
	}
	return out
}

// opened is the panel a key pushed, or nil.
func opened(m tea.Msg) *panel.Panel {
	if p, ok := m.(common.PushMsg); ok {
		return p.Screen.(*panel.Panel)
	}
	return nil
}

// jumped is the sentence a key jumped to, or "".
func jumped(m tea.Msg) string {
	if g, ok := m.(common.GoToMsg); ok && g.Jump {
		return g.To.Claim
	}
	return ""
}

// render is the screen as plain text, one string per row, checked to fit.
func render(t *testing.T, c *Compare) []string {
	t.Helper()
	scr := c.View()
	screentest.CheckFits(t, scr, c.ctx.Width, c.ctx.Height)
	rows := strings.Split(ansi.Strip(scr), "\n")
	return rows
}

// TestCompareFits: whatever the size, view and selection, the screen is
// exactly the terminal's height and no row is wider than it; and so is
// every panel Enter opens.
func TestCompareFits(t *testing.T) {
	lib := screentest.Lib(t)
	walks := [][]string{nil, {"l", "l", "l", "l"}, {"G"}, {"j", "j", "j", "space"}, {"G", "l", "l", "l", "l", "G"}, {"d", "b", "u"}}
	for _, sz := range [][2]int{{40, 10}, {60, 20}, {120, 40}, {200, 50}} {
		c := fixture(t, lib, sz[0], sz[1])
		for v := 1; v <= 5; v++ {
			for _, walk := range walks {
				m := c.clone()
				m.keys(append([]string{strconv.Itoa(v)}, walk...)...)
				render(t, m)
				if p := opened(m.keys("enter")); p != nil {
					screentest.CheckFits(t, p.View(), sz[0], sz[1])
				}
			}
		}
	}
}

// sentenceExists says whether id is a sentence of one of the articles.
func sentenceExists(c *Compare, id string) bool {
	s, _ := c.sentence(id)
	return s != nil && s.ID == id
}

func TestEveryCellOpensItsEvidence(t *testing.T) {
	c := fixture(t, screentest.Lib(t), 120, 40)
	if len(c.cmp.Frames) < 8 {
		t.Fatalf("%d frames, want at least 8", len(c.cmp.Frames))
	}
	opens, empty := 0, 0
	for fi, f := range c.cmp.Frames {
		for si, id := range c.cmp.Sources {
			m := c.clone()
			m.frames.scroll.Select(fi)
			m.src = si
			m.clamp()
			out := m.keys("enter")
			cell := f.Cell(id)
			if cell.Score == 0 {
				empty++
				if st, ok := out.(common.StatusMsg); !ok || !strings.Contains(st.Text, "no evidence") {
					t.Errorf("%s/%s: score 0 gave %#v", f.ID, id, out)
				}
				if row := render(t, m); !strings.Contains(strings.Join(row, "\n"), "no evidence") {
					t.Errorf("%s/%s: the screen does not say no evidence", f.ID, id)
				}
				continue
			}
			opens++
			p := opened(out)
			if p == nil {
				t.Errorf("%s/%s: score %.3f but Enter opened nothing", f.ID, id, cell.Score)
				continue
			}
			var got []string
			for _, it := range p.Items() {
				if it.Selectable() {
					got = append(got, it.Target.Claim)
					if !sentenceExists(m, it.Target.Claim) {
						t.Errorf("%s/%s: evidence %q is no sentence of the articles", f.ID, id, it.Target.Claim)
					}
				}
			}
			if !slices.Equal(got, cell.Evidence) {
				t.Errorf("%s/%s: panel lists %v, evidence is %v", f.ID, id, got, cell.Evidence)
			}
			if !strings.Contains(p.Title, f.Name) {
				t.Errorf("%s/%s: panel title %q does not name the frame", f.ID, id, p.Title)
			}
		}
	}
	if opens == 0 || empty == 0 {
		t.Errorf("%d cells opened, %d empty: the corpus should have both", opens, empty)
	}
}

// TestFactsMarkOutliersOnly: the facts view flags the conflicting rows and
// marks the values the analysis calls outliers, and no other. (The
// analysis sets Outlier; here the signing date's outliers are set by hand,
// the view computes nothing.)
func TestFactsMarkOutliersOnly(t *testing.T) {
	c := fixture(t, screentest.Lib(t), 120, 40)
	at := slices.IndexFunc(c.cmp.Facts, func(f model.FactRow) bool {
		return f.Event == "treaty_signed" && f.Kind == model.FactDate
	})
	if at < 0 || !c.cmp.Facts[at].Conflict {
		t.Fatalf("no signing-date conflict in the comparison")
	}
	row := &c.cmp.Facts[at]
	outliers := 0
	for i := range c.cmp.Facts {
		for j := range c.cmp.Facts[i].Values {
			v := &c.cmp.Facts[i].Values[j]
			v.Outlier = i == at && v.Value == "2024-10-19"
			if v.Outlier {
				outliers++
			}
		}
	}
	if outliers == 0 {
		t.Fatal("no value 2024-10-19 to call an outlier")
	}
	c.Open(c.cmp, c.arts)
	c.keys("5")
	scr := render(t, c)
	joined := strings.Join(scr, "\n")
	if n := strings.Count(joined, "!="); n != outliers+1 { // and the legend
		t.Errorf("%d marks, want %d outliers and the legend's:\n%s", n, outliers, joined)
	}
	if !strings.Contains(joined, "2024-10-19 !=") || strings.Contains(joined, "2024-06-19 !=") {
		t.Errorf("marks on the wrong values:\n%s", joined)
	}
	if !strings.Contains(scr[1], "outlier: no other source agrees and another gives a different value") {
		t.Errorf("legend: %q", scr[1])
	}
	flagged, conflicts := 0, 0
	for _, r := range scr[2:] {
		flagged += strings.Count(r, "CONFLICT")
	}
	for _, f := range c.cmp.Facts {
		if f.Conflict {
			conflicts++
		}
	}
	if flagged != conflicts {
		t.Errorf("%d rows flagged CONFLICT, the comparison has %d conflicts:\n%s", flagged, conflicts, joined)
	}
	// Its panel lists every value with its sentence.
	c.facts.scroll.Select(at)
	p := opened(c.keys("enter"))
	if p == nil {
		t.Fatal("Enter on the conflict opened nothing")
	}
	n := 0
	for _, it := range p.Items() {
		if it.Selectable() {
			n++
		}
	}
	if n != len(row.Values) || !strings.Contains(p.Title, "CONFLICT") {
		t.Errorf("panel %q has %d values, the row %d", p.Title, n, len(row.Values))
	}
}

func TestCompareUpdate(t *testing.T) {
	c := fixture(t, screentest.Lib(t), 120, 40)

	// Frames: j/l move the cell, Enter opens its evidence.
	m := c.clone()
	m.keys("j", "l")
	if m.frames.cur() != 1 || m.src != 1 {
		t.Fatalf("after j l: frame %d, source %d", m.frames.cur(), m.src)
	}
	p := opened(m.keys("enter"))
	if p == nil {
		t.Fatal("Enter on frame 2 / source 2 opened no panel")
	}
	ev := c.cmp.Frames[1].Evidence[c.cmp.Sources[1]]
	if tgt, _ := p.Selected(); tgt.Claim != ev[0] {
		t.Errorf("first evidence is %s, panel selects %s", ev[0], tgt.Claim)
	}

	// Columns: aligned on the frame chosen in view 1; Enter jumps to the
	// sentence at the top of the selected column; j scrolls all columns.
	m.keys("2")
	if m.cur != viewColumns || m.columns.alignFact {
		t.Fatalf("view %d, aligned on a fact %v", m.cur, m.columns.alignFact)
	}
	if got := jumped(m.keys("enter")); got != ev[0] {
		t.Errorf("Enter in the columns jumps to %q, want %q", got, ev[0])
	}
	if scr := strings.Join(render(t, m), "\n"); !strings.Contains(scr, c.cmp.Frames[1].Name) {
		t.Errorf("the columns do not say which frame they show:\n%s", scr)
	}
	rows := m.columns.aligned(m).sent[1]
	down := 0
	for down < len(rows) && rows[down] == ev[0] {
		down++
	}
	for range down + 1 {
		m.keys("j")
	}
	if got := jumped(m.keys("enter")); len(ev) > 1 && got != ev[1] {
		t.Errorf("scrolled past the first sentence, Enter jumps to %q, want %q", got, ev[1])
	}

	// Facts → columns aligns on the fact; frames → columns on the frame again.
	m = c.clone()
	keys := []string{"5", "j"}
	for range slices.Index(c.cmp.Sources, c.cmp.Facts[1].Values[0].Article) {
		keys = append(keys, "l")
	}
	m.keys(append(keys, "2")...)
	if !m.columns.alignFact || m.facts.cur() != 1 {
		t.Fatalf("from the facts view: aligned on a fact %v, fact %d", m.columns.alignFact, m.facts.cur())
	}
	if scr := strings.Join(render(t, m), "\n"); !strings.Contains(scr, "aligned on the fact "+c.cmp.Facts[1].Name) {
		t.Errorf("columns not aligned on the fact:\n%s", scr)
	}
	if got := jumped(m.keys("enter")); got != c.cmp.Facts[1].Values[0].Sentence {
		t.Errorf("Enter on the fact columns: %q, want %q", got, c.cmp.Facts[1].Values[0].Sentence)
	}
	m.keys("1", "2")
	if m.columns.alignFact {
		t.Error("back from the frames view, still aligned on the fact")
	}

	// Naming and vocabulary: Enter opens the sentences behind the row.
	for _, keys := range [][]string{{"3", "enter"}, {"3", "j", "enter"}, {"4", "enter"}, {"4", "l", "l", "j", "enter"}} {
		p := opened(c.clone().keys(keys...))
		if p == nil {
			t.Errorf("%v opened no panel", keys)
			continue
		}
		n := 0
		for _, it := range p.Items() {
			if it.Selectable() {
				n++
				if !sentenceExists(c, it.Target.Claim) {
					t.Errorf("%v: %q is no sentence", keys, it.Target.Claim)
				}
			}
		}
		if n == 0 {
			t.Errorf("%v: a panel without sentences", keys)
		}
	}
	if p := opened(c.clone().keys("3", "enter")); !strings.Contains(p.Title, c.cmp.NamingRows[0].Term) {
		t.Errorf("naming panel %q does not name %q", p.Title, c.cmp.NamingRows[0].Term)
	}

	// The vocabulary's term follows the source; digits beyond the views and
	// unbound keys change nothing; Esc goes back.
	m = c.clone()
	m.keys("4", "j", "j", "l")
	if m.src != 1 || m.views[viewVocab].(*vocabView).term(m) != min(2, len(c.cmp.Vocabulary[c.cmp.Sources[1]])-1) {
		t.Errorf("vocabulary: source %d, term %d", m.src, m.views[viewVocab].(*vocabView).term(m))
	}
	m = c.clone()
	if m.keys("x"); m.cur != viewFrames {
		t.Errorf("x switched to view %d", m.cur)
	}
	if _, ok := m.keys("esc").(common.BackMsg); !ok {
		t.Error("esc does not go back")
	}
}

// TestClickSelects: a click on a row of a view selects it.
func TestClickSelects(t *testing.T) {
	c := fixture(t, screentest.Lib(t), 120, 40)
	c.Update(tea.MouseClickMsg{X: 5, Y: 3 + 2, Button: tea.MouseLeft})
	if c.frames.cur() != 2 {
		t.Errorf("click on the third frame selected %d", c.frames.cur())
	}
	c.keys("3")
	c.Update(tea.MouseClickMsg{X: 5, Y: 3 + 1, Button: tea.MouseLeft})
	if c.views[viewNaming].scroller(c).Cursor() != 1 {
		t.Errorf("click on the second name selected %d", c.views[viewNaming].scroller(c).Cursor())
	}
	c.keys("2")
	top := c.columns.scroller(c).Top()
	c.Update(tea.MouseWheelMsg{Button: tea.MouseWheelDown})
	if c.columns.scroller(c).Top() != top+3 {
		t.Errorf("the wheel scrolled the columns to %d from %d", c.columns.scroller(c).Top(), top)
	}
}

// TestSourceNamesInFull: where rows are left, each source shown is named
// in full under the view; headings cut end in "…".
func TestSourceNamesInFull(t *testing.T) {
	c := fixture(t, screentest.Lib(t), 200, 50)
	scr := strings.Join(render(t, c), "\n")
	eng := c.ctx.Engine
	for _, a := range c.arts {
		full := strings.Join(common.NonEmpty(a.Meta.Outlet, a.Meta.Title), " · ")
		if !strings.Contains(scr, common.Inline(eng, full, 190)) {
			t.Errorf("%s is not named in full: %q\n%s", a.ID, full, scr)
		}
	}
	if !strings.Contains(scr, "…") {
		t.Errorf("no heading is cut at 200 columns?\n%s", scr)
	}
}

// TestWithoutFrames: a corpus without frames file still shows its
// vocabulary; the frame views say what is missing. One source says that
// comparing needs two.
func TestWithoutFrames(t *testing.T) {
	lib := screentest.Lib(t)
	c := fixture(t, lib, 120, 40)
	bare := *c.cmp
	bare.Frames, bare.Naming, bare.NamingRows, bare.Facts = nil, nil, nil, nil
	c.Open(&bare, c.arts)
	for v, want := range map[string]string{"1": noFrames, "2": noFrames, "3": noFrames, "5": "frames.yaml"} {
		m := c.clone()
		out := m.keys(v, "j", "l", "enter")
		if opened(out) != nil || jumped(out) != "" {
			t.Errorf("view %s without data: Enter gave %#v", v, out)
		}
		if scr := strings.Join(render(t, m), "\n"); !strings.Contains(scr, want) {
			t.Errorf("view %s does not say %q:\n%s", v, want, scr)
		}
	}
	m := c.clone()
	m.keys("4")
	scr := strings.Join(render(t, m), "\n")
	for _, id := range bare.Sources {
		top := bare.Vocabulary[id][0]
		if !strings.Contains(scr, fmt.Sprintf("%5.1f", top.Z)) {
			t.Errorf("vocabulary of %s (z %.1f) not shown without frames:\n%s", id, top.Z, scr)
		}
	}

	one, err := lib.Compare([]string{c.arts[2].ID})
	if err != nil {
		t.Fatal(err)
	}
	c.Open(one, c.arts[2:3])
	for _, v := range []string{"1", "2", "3", "4", "5"} {
		m := c.clone()
		m.keys(v)
		if scr := strings.Join(render(t, m), "\n"); !strings.Contains(scr, "comparing needs two sources") {
			t.Errorf("view %s with one source:\n%s", v, scr)
		}
	}
	if opened(c.clone().keys("1", "j", "enter")) == nil {
		t.Error("one source: its evidence does not open")
	}
}

// TestCompareInProgram: asked to compare, the screen loads off the event
// loop and asks to be shown; a later request wins over an earlier one
// that answers late.
func TestCompareInProgram(t *testing.T) {
	lib := screentest.NewSlowLib(screentest.Lib(t), "003")
	ctx := screentest.Context(t, lib, 120, 40)
	c := New(ctx)
	h := screentest.NewHost(ctx, c)
	first := c.Update(common.CompareMsg{IDs: []string{"003", "004"}})
	late := make(chan tea.Msg)
	go func() { late <- first() }()
	lib.Asked.Wait()
	h = screentest.Play(t, h, []tea.Msg{common.CompareMsg{IDs: []string{"000", "001", "002"}}},
		screentest.Step{Want: "compare 3 sources"}, screentest.Step{Key: "5", Want: "[5 facts]"})
	close(lib.Release)
	h.Run(func() tea.Msg { return <-late })
	if !slices.Equal(c.cmp.Sources, []string{"000", "001", "002"}) || c.cur != viewFacts {
		t.Errorf("the late answer replaced the comparison: %v, view %d", c.cmp.Sources, c.cur)
	}
	// (What a running program does last may be lost at its end: the rest
	// is played here, step by step.)
	h.Send(common.CompareMsg{IDs: []string{"000", "001"}})
	if show, _ := screentest.Last[common.ShowMsg](h); show.ID != ID || len(c.cmp.Sources) != 2 {
		t.Errorf("loaded, it asked to show %q", show.ID)
	}
	h.Send(common.OpenMsg{})
	if m, _ := screentest.Last[common.CompareMsg](h); m.IDs != nil {
		t.Errorf("opened, it asked for %v, want the library's selection", m.IDs)
	}
	h.Send(common.CompareMsg{IDs: []string{"nope"}})
	if s, _ := screentest.Last[common.StatusMsg](h); !strings.Contains(s.Text, "cannot compare") {
		t.Errorf("a bad comparison: %q", s.Text)
	}
	empty := New(ctx)
	screentest.CheckFits(t, empty.View(), 120, 40)
	if len(empty.ShortHelp()) != 1 || len(c.FullHelp()) != 1 {
		t.Error("help")
	}
}
