package tui

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"github.com/isnad/isnad/data"
	"github.com/isnad/isnad/model"
)

// compareFixture is a compare screen on the embedded corpus's first five
// articles at w×h, as the App would open it.
func compareFixture(t testing.TB, lib *data.Library, w, h int) compareModel {
	t.Helper()
	ctx := &Context{Width: w, Height: h, Styles: NewStyles(NewTheme(true)), Keys: DefaultKeyMap(),
		Engine: newEngine(DefaultOptions()), Lib: lib, Opts: DefaultOptions(), Dark: true}
	var ids []string
	for _, a := range lib.Articles() {
		ids = append(ids, a.ID)
	}
	ids = ids[:min(len(ids), maxCompare)]
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
	c := newCompare(ctx)
	c.SetSize(w, h)
	c.open(cmp, arts)
	return c
}

// keys feeds key names to the model the way the App does.
func (c compareModel) keys(names ...string) (compareModel, compareOut) {
	var out compareOut
	for _, k := range names {
		msg := press(k)
		c, out = c.Update(msg, c.ctx.Keys.Action(scrCompare, msg))
	}
	return c, out
}

// render is a model's screen as plain text, one string per row.
func render(t *testing.T, c *compareModel) []string {
	t.Helper()
	scr := c.View("")
	w, h := c.ctx.Width, c.ctx.Height
	rows := strings.Split(scr, "\n")
	if len(rows) != h {
		t.Fatalf("%dx%d view %d: %d rows", w, h, c.view+1, len(rows))
	}
	for i, r := range rows {
		if got := ansi.StringWidth(r); got > w {
			t.Errorf("%dx%d view %d: row %d is %d cells wide: %q", w, h, c.view+1, i, got, ansi.Strip(r))
		}
		if a, b := ansi.StringWidth(r), ansi.StringWidthWc(r); a != b {
			t.Errorf("%dx%d view %d: row %d measures %d or %d cells", w, h, c.view+1, i, a, b)
		}
		rows[i] = ansi.Strip(r)
	}
	return rows
}

func TestCompareScreens(t *testing.T) {
	sizes := [][2]int{{120, 40}, {200, 50}}
	flows := []struct {
		name string
		keys []string
	}{
		{"frames", []string{"j", "l"}},
		{"columns", []string{"j", "2"}},
		{"naming", []string{"3", "j"}},
		{"vocabulary", []string{"4", "l", "j"}},
		{"facts", []string{"5"}},
		{"columns-fact", []string{"5", "2"}},
	}
	for _, sz := range sizes {
		for _, f := range flows {
			t.Run(fmt.Sprintf("%s-%dx%d", f.name, sz[0], sz[1]), func(t *testing.T) {
				steps := []step{{"c", "compare 5 sources"}}
				for _, k := range f.keys {
					steps = append(steps, step{key: k})
				}
				got := screenAfter(t, sz[0], sz[1], steps...)
				if n := strings.Count(got, "\n"); n != sz[1] {
					t.Errorf("screen has %d rows, want %d", n, sz[1])
				}
				for i, row := range strings.Split(strings.TrimSuffix(got, "\n"), "\n") {
					if w := ansi.StringWidth(row); w > sz[0] {
						t.Errorf("row %d is %d cells wide, terminal is %d", i, w, sz[0])
					}
				}
				golden.RequireEqual(t, []byte(got))
			})
		}
	}
}

// TestCompareFits: whatever the size, view and selection, the screen is
// exactly the terminal's height and no row is wider than it.
func TestCompareFits(t *testing.T) {
	lib := embeddedLib(t)
	walks := [][]string{nil, {"l", "l", "l", "l"}, {"G"}, {"j", "j", "j", "space"}, {"G", "l", "l", "l", "l", "G"}}
	for _, sz := range [][2]int{{40, 10}, {60, 20}, {120, 40}, {200, 50}} {
		c := compareFixture(t, lib, sz[0], sz[1])
		for v := 1; v <= 5; v++ {
			for _, walk := range walks {
				m, _ := c.keys(append([]string{strconv.Itoa(v)}, walk...)...)
				render(t, &m)
				if _, out := m.keys("enter"); out.panel != nil {
					checkPanel(t, out.panel)
				}
			}
		}
	}
}

// checkPanel checks a panel's screen fits and its targets are sentences of
// the compared articles.
func checkPanel(t *testing.T, p *panelModel) {
	t.Helper()
	w, h := p.ctx.Width, p.ctx.Height
	rows := strings.Split(p.View(""), "\n")
	if len(rows) != h {
		t.Errorf("panel %q: %d rows at %dx%d", p.title, len(rows), w, h)
	}
	for i, r := range rows {
		if ansi.StringWidth(r) > w {
			t.Errorf("panel %q: row %d wider than %d: %q", p.title, i, w, ansi.Strip(r))
		}
	}
}

// sentenceExists says whether id is a sentence of one of the articles.
func sentenceExists(c *compareModel, id string) bool {
	s, _ := c.sentence(id)
	return s != nil && s.ID == id
}

func TestCompareEveryCellOpensItsEvidence(t *testing.T) {
	c := compareFixture(t, embeddedLib(t), 120, 40)
	if len(c.cmp.Frames) < 8 {
		t.Fatalf("%d frames, want at least 8", len(c.cmp.Frames))
	}
	opened, empty := 0, 0
	for fi, f := range c.cmp.Frames {
		for si, id := range c.cmp.Sources {
			m := c
			m.frame, m.src = fi, si
			m.clampAll()
			m, out := m.keys("enter")
			cell := f.Cell(id)
			if cell.Score == 0 {
				empty++
				if out.panel != nil || !strings.Contains(m.note, "no evidence") {
					t.Errorf("%s/%s: score 0 opened %v, note %q", f.ID, id, out.panel != nil, m.note)
				}
				if row := render(t, &m); !strings.Contains(strings.Join(row, "\n"), "no evidence") {
					t.Errorf("%s/%s: the screen does not say no evidence", f.ID, id)
				}
				continue
			}
			opened++
			if out.panel == nil {
				t.Errorf("%s/%s: score %.3f but Enter opened nothing", f.ID, id, cell.Score)
				continue
			}
			var got []string
			for _, it := range out.panel.items {
				if it.selectable() {
					got = append(got, it.target.claim)
					if !sentenceExists(&m, it.target.claim) {
						t.Errorf("%s/%s: evidence %q is no sentence of the articles", f.ID, id, it.target.claim)
					}
				}
			}
			if !slices.Equal(got, cell.Evidence) {
				t.Errorf("%s/%s: panel lists %v, evidence is %v", f.ID, id, got, cell.Evidence)
			}
			if !strings.Contains(out.panel.title, f.Name) {
				t.Errorf("%s/%s: panel title %q does not name the frame", f.ID, id, out.panel.title)
			}
			checkPanel(t, out.panel)
		}
	}
	if opened == 0 || empty == 0 {
		t.Errorf("%d cells opened, %d empty: the corpus should have both", opened, empty)
	}
}

func TestCompareSigningConflictOnScreen(t *testing.T) {
	c := compareFixture(t, embeddedLib(t), 120, 40)
	var row *model.FactRow
	for i := range c.cmp.Facts {
		if f := &c.cmp.Facts[i]; f.Event == "treaty_signed" && f.Kind == model.FactDate {
			row = f
		}
	}
	if row == nil || !row.Conflict {
		t.Fatalf("no signing-date conflict in the comparison: %+v", row)
	}
	c, _ = c.keys("5")
	scr := render(t, &c)
	at := -1
	for i, r := range scr {
		if strings.Contains(r, row.Name) {
			at = i
			break
		}
	}
	if at < 0 || at+1 >= len(scr) {
		t.Fatalf("no row for %q on the facts screen:\n%s", row.Name, strings.Join(scr, "\n"))
	}
	block := strings.Join(scr[at:at+3], "\n")
	if !strings.Contains(block, "CONFLICT") {
		t.Errorf("the %s row is not flagged CONFLICT:\n%s", row.Name, block)
	}
	for _, v := range []string{"2024-06-19 !=", "2024-10-19 !="} {
		if !strings.Contains(block, v) {
			t.Errorf("the conflicting value %q is not marked:\n%s", v, block)
		}
	}
	// Only the rows in conflict carry the flag (the legend names it once).
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
		t.Errorf("%d rows flagged CONFLICT, the comparison has %d conflicts:\n%s", flagged, conflicts, strings.Join(scr, "\n"))
	}
	// Its panel lists every value with its sentence.
	c.fact = slices.IndexFunc(c.cmp.Facts, func(f model.FactRow) bool { return f.Event == row.Event && f.Kind == row.Kind })
	_, out := c.keys("enter")
	if out.panel == nil {
		t.Fatal("Enter on the conflict opened nothing")
	}
	var targets []string
	for _, it := range out.panel.items {
		if it.selectable() {
			targets = append(targets, it.target.claim)
		}
	}
	if len(targets) != len(row.Values) {
		t.Errorf("panel has %d values, the row %d", len(targets), len(row.Values))
	}
	if !strings.Contains(out.panel.title, "CONFLICT") {
		t.Errorf("panel title %q does not say CONFLICT", out.panel.title)
	}
}

func TestCompareUpdate(t *testing.T) {
	c := compareFixture(t, embeddedLib(t), 120, 40)

	// Frames: j/l move the cell, Enter opens its evidence, Enter there is a
	// jump to a real sentence.
	m, _ := c.keys("j", "l")
	if m.frame != 1 || m.src != 1 {
		t.Fatalf("after j l: frame %d, source %d", m.frame, m.src)
	}
	m, out := m.keys("enter")
	if out.panel == nil {
		t.Fatal("Enter on frame 2 / source 2 opened no panel")
	}
	p, target := out.panel.Update(ActOpen)
	if target == nil || !sentenceExists(&m, target.claim) {
		t.Fatalf("Enter in the evidence panel: %+v", target)
	}
	if want := c.cmp.Frames[1].Evidence[c.cmp.Sources[1]][0]; target.claim != want {
		t.Errorf("first evidence is %s, panel gave %s", want, target.claim)
	}
	p, _ = p.Update(ActDown)
	if _, t2 := p.Update(ActOpen); t2 == nil || t2.claim != c.cmp.Frames[1].Evidence[c.cmp.Sources[1]][1] {
		t.Errorf("second item of the panel: %+v", t2)
	}

	// Columns: aligned on the frame chosen in view 1; Enter jumps to the
	// sentence at the top of the selected column; j scrolls all columns.
	m, _ = m.keys("2")
	if m.view != viewColumns || m.alignFact {
		t.Fatalf("view %d, aligned on a fact %v", m.view, m.alignFact)
	}
	_, out = m.keys("enter")
	ev := c.cmp.Frames[1].Evidence[c.cmp.Sources[1]]
	if out.jump != ev[0] {
		t.Errorf("Enter in the columns jumps to %q, want %q", out.jump, ev[0])
	}
	scr := strings.Join(render(t, &m), "\n")
	if !strings.Contains(scr, c.cmp.Frames[1].Name) {
		t.Errorf("the columns do not say which frame they show:\n%s", scr)
	}
	rows := m.aligned().sent[1]
	down := 0
	for down < len(rows) && rows[down] == ev[0] {
		down++
	}
	var keys []string
	for range down + 1 {
		keys = append(keys, "j")
	}
	m2, _ := m.keys(keys...)
	if _, out = m2.keys("enter"); len(ev) > 1 && out.jump != ev[1] {
		t.Errorf("scrolled past the first sentence, Enter jumps to %q, want %q", out.jump, ev[1])
	}

	// Facts → columns aligns on the fact; frames → columns on the frame again.
	keys = []string{"5", "j"}
	for range slices.Index(c.cmp.Sources, c.cmp.Facts[1].Values[0].Article) {
		keys = append(keys, "l")
	}
	m, _ = c.keys(append(keys, "2")...)
	if !m.alignFact || m.fact != 1 {
		t.Fatalf("from the facts view: aligned on a fact %v, fact %d", m.alignFact, m.fact)
	}
	scr = strings.Join(render(t, &m), "\n")
	if !strings.Contains(scr, "aligned on the fact "+c.cmp.Facts[1].Name) {
		t.Errorf("columns not aligned on the fact:\n%s", scr)
	}
	if _, out = m.keys("enter"); out.jump != c.cmp.Facts[1].Values[0].Sentence {
		t.Errorf("Enter on the fact columns: %q, want %q", out.jump, c.cmp.Facts[1].Values[0].Sentence)
	}
	if m, out := m.keys("h", "enter"); m.src > 0 && out.jump != "" && slices.IndexFunc(c.cmp.Facts[1].Values, func(v model.FactValue) bool { return v.Article == c.cmp.Sources[m.src] }) < 0 {
		t.Errorf("a column without value jumped to %q", out.jump)
	}
	m, _ = m.keys("1", "2")
	if m.alignFact {
		t.Error("back from the frames view, still aligned on the fact")
	}

	// Naming and vocabulary: Enter opens the sentences behind the row.
	for _, keys := range [][]string{{"3", "enter"}, {"3", "j", "enter"}, {"4", "enter"}, {"4", "l", "l", "j", "enter"}} {
		_, out := c.keys(keys...)
		if out.panel == nil {
			t.Errorf("%v opened no panel", keys)
			continue
		}
		n := 0
		for _, it := range out.panel.items {
			if it.selectable() {
				n++
				if !sentenceExists(&c, it.target.claim) {
					t.Errorf("%v: %q is no sentence", keys, it.target.claim)
				}
			}
		}
		if n == 0 {
			t.Errorf("%v: a panel without sentences", keys)
		}
	}
	_, out = c.keys("3", "enter")
	if r := c.cmp.NamingRows[0]; !strings.Contains(out.panel.title, r.Term) {
		t.Errorf("naming panel %q does not name %q", out.panel.title, r.Term)
	}

	// Digits beyond the views and unbound keys change nothing.
	if m, _ := c.keys("x"); m.view != viewFrames {
		t.Errorf("x switched to view %d", m.view)
	}
}

// TestCompareWithoutFrames: a corpus without frames file still shows its
// vocabulary; the frame views say what is missing. One source says that
// comparing needs two.
func TestCompareWithoutFrames(t *testing.T) {
	c := compareFixture(t, embeddedLib(t), 120, 40)
	bare := *c.cmp
	bare.Frames, bare.Naming, bare.NamingRows, bare.Facts = nil, nil, nil, nil
	c.open(&bare, c.arts)
	for v, want := range map[string]string{"1": noFrames, "2": noFrames, "3": noFrames, "5": "frames.yaml"} {
		m, out := c.keys(v, "j", "l", "enter")
		if out.panel != nil || out.jump != "" {
			t.Errorf("view %s without data: Enter gave %+v", v, out)
		}
		if scr := strings.Join(render(t, &m), "\n"); !strings.Contains(scr, want) {
			t.Errorf("view %s does not say %q:\n%s", v, want, scr)
		}
	}
	m, _ := c.keys("4")
	scr := strings.Join(render(t, &m), "\n")
	for _, id := range bare.Sources {
		top := bare.Vocabulary[id][0]
		if !strings.Contains(scr, fmt.Sprintf("%5.1f", top.Z)) {
			t.Errorf("vocabulary of %s (z %.1f) not shown without frames:\n%s", id, top.Z, scr)
		}
	}

	lib := embeddedLib(t)
	one, err := lib.Compare([]string{c.arts[2].ID})
	if err != nil {
		t.Fatal(err)
	}
	c.open(one, c.arts[2:3])
	for _, v := range []string{"1", "2", "3", "4", "5"} {
		m, _ := c.keys(v)
		scr := strings.Join(render(t, &m), "\n")
		if !strings.Contains(scr, "comparing needs two sources") {
			t.Errorf("view %s with one source:\n%s", v, scr)
		}
	}
	m, _ = c.keys("1")
	if _, out := m.keys("j", "enter"); out.panel == nil {
		t.Error("one source: its evidence does not open")
	}
}

// TestCompareInApp: c compares the first five articles; Enter on evidence
// jumps to the reader, ctrl-o comes back to where the reader was, and c
// again finds the compare screen as it was left.
func TestCompareInApp(t *testing.T) {
	app, err := NewApp(embeddedLib(t), DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	send := func(keys ...string) {
		t.Helper()
		for _, k := range keys {
			_, cmd := app.Update(press(k))
			for cmd != nil {
				m := cmd()
				if m == nil {
					break
				}
				_, cmd = app.Update(m)
			}
		}
	}
	app.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	send("enter", "space") // read 000 a little first
	if app.top() != scrReader {
		t.Fatalf("enter on the library: screen %d", app.top())
	}
	before := app.reader.here()
	send("c")
	if app.top() != scrCompare {
		t.Fatalf("c led to screen %d", app.top())
	}
	if got := app.compare.cmp.Sources; !slices.Equal(got, []string{"000", "001", "002", "003", "004"}) {
		t.Fatalf("compared %v", got)
	}
	send("j", "l", "enter")
	if app.top() != scrPanel {
		t.Fatalf("Enter on a cell led to screen %d", app.top())
	}
	want := app.compare.cmp.Frames[1].Evidence["001"][0]
	send("enter")
	if app.top() != scrReader || app.reader.art.ID != "001" {
		t.Fatalf("Enter on evidence %s: screen %d, article %s", want, app.top(), app.reader.art.ID)
	}
	sen := app.reader.art.Sentence(want)
	if sen == nil {
		t.Fatalf("%s is no sentence of 001", want)
	}
	if top := app.reader.anchor(); top.Para > sen.Para {
		t.Errorf("the reader starts at paragraph %d, after %s (paragraph %d)", top.Para, want, sen.Para)
	}
	// ctrl-o walks back through every jump: to the evidence panel over the
	// compare screen as it was left, then to the place in 000.
	send("ctrl+o")
	if app.top() != scrPanel || len(app.stack) < 2 || app.stack[len(app.stack)-2] != scrCompare {
		t.Fatalf("first ctrl-o: screen stack %v, want the evidence panel over compare", app.stack)
	}
	if app.compare.frame != 1 || app.compare.src != 1 {
		t.Errorf("back on compare: frame %d, source %d, want the selection as left", app.compare.frame, app.compare.src)
	}
	send("ctrl+o")
	if here := app.reader.here(); app.top() != scrReader || here != before {
		t.Errorf("second ctrl-o: screen %d at %+v, want the reader at %+v", app.top(), here, before)
	}
	send("c")
	if app.top() != scrCompare || app.compare.frame != 1 || app.compare.src != 1 {
		t.Errorf("c again: screen %d, frame %d, source %d (want the compare screen as left)", app.top(), app.compare.frame, app.compare.src)
	}
}
