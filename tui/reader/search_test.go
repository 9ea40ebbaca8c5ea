package reader

import (
	"strconv"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/isnad/isnad/data"
	"github.com/isnad/isnad/model"
	"github.com/isnad/isnad/tui/common"
	"github.com/isnad/isnad/tui/internal/screentest"
)

// bar is the status bar as read.
func bar(r *Reader) string {
	v := ansi.Strip(r.View())
	return v[strings.LastIndex(v, "\n")+1:]
}

// typeText types text into the screen, a character at a time.
func typeText(h *screentest.Host, s string) {
	for _, c := range s {
		h.Keys(string(c))
	}
}

// spelled counts the paragraphs' occurrences of each spelling, in the
// text the reader shows.
func spelled(a *model.Article, spellings ...string) int {
	n := 0
	for i := range a.Paragraphs {
		p := &a.Paragraphs[i]
		if p.Kind == model.Boilerplate {
			continue
		}
		for _, s := range spellings {
			n += strings.Count(paraText(p), s)
		}
	}
	return n
}

// TestSearchInArticle: / types a query at the bottom; the article is
// searched folded (the query spelled with ه finds the words spelled with
// ة), the screen goes to the first match, the bar counts; n and N move and
// go round; esc clears.
func TestSearchInArticle(t *testing.T) {
	h, r := host(t, screentest.Lib(t), 100, 30)
	h.Send(goTo("000"))
	h.Keys("/")
	typeText(h, "الشماليه")
	want := spelled(r.art, "الشمالية", "الشماليه")
	if want < 3 {
		t.Fatalf("only %d occurrences in 000", want)
	}
	if got := len(r.find.matches); got != want {
		t.Errorf("%d matches, want %d", got, want)
	}
	b := bar(r)
	if !strings.Contains(b, "1/"+strconv.Itoa(want)) || !strings.Contains(b, "▏") {
		t.Errorf("bar while typing: %q", b)
	}
	first := r.find.matches[0]
	if !r.matchOnScreen(&first) {
		t.Error("the first match is not on screen")
	}
	cur := common.Wrap(r.ctx.Styles.CurrentMatch)(shownWord(r, first))
	if !strings.Contains(r.View(), cur) {
		t.Errorf("the current match is not drawn as such:\n%s", screentest.Plain(r.View()))
	}

	h.Keys("enter") // keep the query
	if r.find.input.Typing() || !strings.Contains(bar(r), "1/"+strconv.Itoa(want)) {
		t.Errorf("after enter: %q", bar(r))
	}
	h.Keys("n", "n")
	if r.find.cur != 2 || !strings.Contains(bar(r), "3/"+strconv.Itoa(want)) {
		t.Errorf("n n: match %d, bar %q", r.find.cur, bar(r))
	}
	if m := r.find.current(); !r.matchOnScreen(m) {
		t.Error("n: the match is not on screen")
	}
	h.Keys("N", "N", "N")
	if r.find.cur != want-1 {
		t.Errorf("N before the first went to %d, want the last", r.find.cur)
	}
	if s, _ := screentest.Last[common.StatusMsg](h); !strings.Contains(s.Text, "last") {
		t.Errorf("going round says %q", s.Text)
	}
	h.Keys("n")
	if r.find.cur != 0 {
		t.Errorf("n after the last went to %d", r.find.cur)
	}
	// Scrolled away, n goes to the first match below the top of the screen.
	h.Keys("G", "g", "space", "space")
	top := r.anchor()
	h.Keys("n")
	if m := r.find.current(); m.para < top.Para || m.para == top.Para && m.end <= top.Offset {
		t.Errorf("n from %+v went to %+v, above", top, *m)
	}

	// esc clears the query and the highlights; esc again goes back.
	h.Keys("esc")
	if r.find.input.Query() != "" || len(r.find.matches) != 0 || r.searchStatus() != "" {
		t.Errorf("esc: query %q, %d matches, bar %q", r.find.input.Query(), len(r.find.matches), bar(r))
	}
	if strings.Contains(r.View(), cur) {
		t.Error("a match is still highlighted")
	}
	if _, ok := screentest.Last[common.BackMsg](h.Keys("esc")); !ok {
		t.Error("esc with no query does not go back")
	}
}

// shownWord is a match's text as the engine draws it.
func shownWord(r *Reader, m match) string {
	w := paraText(&r.art.Paragraphs[m.para])[m.start:m.end]
	s, _ := r.ctx.Engine.Fit(w, 100, r.dir).Content()
	return s
}

// TestSearchNoMatchAndGiveUp: a query that finds nothing says so, and n
// too; esc while typing goes back to where / was pressed.
func TestSearchNoMatchAndGiveUp(t *testing.T) {
	h, r := host(t, screentest.Lib(t), 100, 30)
	h.Send(goTo("000"))
	h.Keys("space")
	from := r.anchor()
	h.Keys("/")
	typeText(h, "qqxz")
	if !strings.Contains(bar(r), "no match") {
		t.Errorf("bar %q", bar(r))
	}
	h.Keys("enter", "n")
	if s, _ := screentest.Last[common.StatusMsg](h); s.Text != "no match" {
		t.Errorf("n: %q", s.Text)
	}
	h.Keys("/", "backspace", "backspace", "backspace", "backspace")
	typeText(h, "روسيا")
	if r.find.current() == nil {
		t.Fatal("روسيا: no match")
	}
	h.Keys("esc")
	if got := r.anchor(); got != from || r.find.input.Query() != "" {
		t.Errorf("esc while typing: at %+v, want %+v; query %q", got, from, r.find.input.Query())
	}
	// Typed meanwhile, a search of another article: the query stays, the
	// new article is searched.
	h.Keys("/")
	typeText(h, "كوريا")
	h.Keys("enter")
	h.Send(goTo("001"))
	if r.find.input.Query() != "كوريا" || len(r.find.matches) != spelled(r.art, "كوريا") || r.find.cur != -1 {
		t.Errorf("in 001: query %q, %d matches, current %d", r.find.input.Query(), len(r.find.matches), r.find.cur)
	}
	if !strings.Contains(bar(r), "matches") {
		t.Errorf("bar %q", bar(r))
	}
}

// hugeLib is a library of one article of about size bytes, "huge": 000's
// paragraphs and, last, one holding a word found nowhere else.
func hugeLib(t testing.TB, size int) *data.Library {
	t.Helper()
	return repeatedLib(t, "huge", size, "The last paragraph names Zanzibarite once.\n")
}

// TestSearchHugeArticle: in a 4 MB article the search runs in the
// background (the bar says so, a key pressed meanwhile is kept for when
// it is back, an older search stops), and a match at the very end is
// reached laying out the screen, not the article.
func TestSearchHugeArticle(t *testing.T) {
	h, r := host(t, hugeLib(t, 4<<20), 100, 30)
	h.HoldBackground = true
	h.Send(goTo("huge"))
	h.RunHeld()  // the whole text
	h.Held = nil // not the claims: not needed here, and slow to find
	if !r.whole {
		t.Fatal("the article is not whole")
	}
	r.flow.layouts = 0
	h.Keys("/", "z")
	h.Keys("a", "n", "z", "i")
	if len(h.Held) != 5 {
		t.Fatalf("%d searches held, want 5", len(h.Held))
	}
	if !strings.Contains(bar(r), "searching") {
		t.Errorf("bar while searching: %q", bar(r))
	}
	if msg := h.Held[0](); msg != nil {
		t.Errorf("an older search went on: %T", msg)
	}
	h.Held = h.Held[4:]
	h.Keys("enter", "n") // before the count
	h.RunHeld()
	m := r.find.current()
	if len(r.find.matches) != 1 || m == nil || m.para != len(r.art.Paragraphs)-1 {
		t.Fatalf("%d matches, current %v (of %d paragraphs)", len(r.find.matches), m, len(r.art.Paragraphs))
	}
	if !r.matchOnScreen(m) || !strings.Contains(bar(r), "1/1") {
		t.Errorf("the match is not shown: %q", bar(r))
	}
	if n, most := r.flow.layouts, onScreen(r)+2; n > most {
		t.Errorf("going to the end laid out %d blocks, %d on screen", n, most-2)
	}
}

// BenchmarkSearchArticle is one search of a 10 MB article, as it runs in
// the background: every paragraph folded and searched, for a word of
// every copy of 000 and for one found once.
func BenchmarkSearchArticle(b *testing.B) {
	lib := hugeLib(b, 10<<20)
	ctx := screentest.Context(b, lib, 120, 40)
	r := New(ctx)
	h := screentest.NewHost(ctx, r)
	h.HoldBackground = true
	h.Send(goTo("huge"))
	h.RunHeld()
	for _, q := range []string{"موسكو", "zanzibarite"} {
		b.Run(q, func(b *testing.B) {
			r.find.input = common.NewFilter()
			r.find.input.Handle(common.ActionMsg{Action: common.ActFilter})
			r.find.input.Paste(tea.PasteMsg{Content: q})
			n := 0
			for b.Loop() {
				bg := r.search(true)().(common.BackgroundMsg)
				n = len(bg.Cmd().(matchesMsg).matches)
			}
			b.ReportMetric(float64(n), "matches")
		})
	}
}
