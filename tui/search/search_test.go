package search

import (
	"context"
	"errors"
	"os"
	"slices"
	"strings"
	"sync"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/isnad/isnad/data"
	dsearch "github.com/isnad/isnad/data/search"
	"github.com/isnad/isnad/model"
	"github.com/isnad/isnad/tui/common"
	"github.com/isnad/isnad/tui/internal/screentest"
)

// One index of the embedded corpus for the package's tests: bbolt lets one
// opener at a time.
var (
	idxOnce sync.Once
	idx     *dsearch.Index
	idxLib  *data.Library
	idxDir  string
	idxErr  error
)

func TestMain(m *testing.M) {
	code := m.Run()
	if idx != nil {
		idx.Close()
		idxLib.Close()
	}
	if idxDir != "" {
		os.RemoveAll(idxDir)
	}
	os.Exit(code)
}

// realIndex is the search index of the embedded corpus, built.
func realIndex(t *testing.T) (*data.Library, *dsearch.Index) {
	t.Helper()
	idxOnce.Do(func() {
		if idxLib, idxErr = data.OpenEmbedded(); idxErr != nil {
			return
		}
		idxLib.Wait()
		if idxDir, idxErr = os.MkdirTemp("", "isnad-search-ui"); idxErr != nil {
			return
		}
		if idx, idxErr = dsearch.Open(idxLib, idxDir); idxErr != nil {
			return
		}
		idxErr = idx.Wait()
	})
	if idxErr != nil {
		t.Fatal(idxErr)
	}
	return idxLib, idx
}

// withIndex is a context whose search opens x.
func withIndex(t *testing.T, lib common.Library, x common.Searcher, w, h int) *common.Context {
	ctx := screentest.Context(t, lib, w, h)
	ctx.Opts.Search = func() (common.Searcher, error) { return x, nil }
	return ctx
}

// TestSearchInProgram runs the screen on the real index: the hits of a
// query as the index ranks them, keyword in context, and Enter jumps to
// the hit under the cursor with the words to highlight.
func TestSearchInProgram(t *testing.T) {
	lib, x := realIndex(t)
	ctx := withIndex(t, lib, x, 100, 30)
	s := New(ctx)
	// Pasted: one search, so that the hits waited for are the query's.
	h := screentest.Play(t, screentest.NewHost(ctx, s), []tea.Msg{common.OpenMsg{From: s}, tea.PasteMsg{Content: "كوريا"}},
		screentest.Step{Want: "hits in 5 articles"}, screentest.Step{Key: "down"})
	if _, ok := screentest.Last[common.ShowMsg](h); !ok {
		t.Fatal("opening does not show the screen")
	}
	want, err := x.Search(context.Background(), "كوريا", model.SearchOptions{Limit: pageSize})
	if err != nil {
		t.Fatal(err)
	}
	got := s.Result()
	if got == nil || len(got.Hits) != len(want.Hits) || got.Hits[0].Sentence != want.Hits[0].Sentence {
		t.Fatalf("hits differ from the index's: %+v", got)
	}
	scr := screentest.Plain(s.View())
	screentest.CheckFits(t, s.View(), 100, 30)
	rows := strings.Split(scr, "\n")
	if !strings.HasPrefix(rows[0], "search /") || !strings.Contains(rows[0], "▏") {
		t.Errorf("title row %q", rows[0])
	}
	// Rows in rank order, each with its sentence id and the word found.
	for i, hit := range want.Hits[:5] {
		if !strings.HasPrefix(strings.TrimSpace(rows[1+i]), hit.Sentence) {
			t.Errorf("row %d is not hit %s: %q", i+1, hit.Sentence, rows[1+i])
		}
	}
	// The words found are styled as matches.
	if !strings.Contains(s.View(), common.Wrap(ctx.Styles.Match)(mustWord(t, ctx, "كوريا"))) &&
		!strings.Contains(s.View(), common.Wrap(ctx.Styles.Match)(mustWord(t, ctx, "وكوريا"))) {
		t.Error("no match is highlighted")
	}
	// Typing: arrows moved the cursor to the second hit; Enter reads it.
	h.Keys("enter")
	m, ok := screentest.Last[common.GoToMsg](h)
	if !ok || !m.Jump || m.To.Claim != want.Hits[1].Sentence || !slices.Equal(m.Found, want.Hits[1].Matches) {
		t.Errorf("enter: %+v, want a jump to %s with %v", m, want.Hits[1].Sentence, want.Hits[1].Matches)
	}
	if s.input.Typing() {
		t.Error("the query is still being typed after enter")
	}
	if id, ok := s.CurrentClaim(); !ok || id != want.Hits[1].Sentence {
		t.Errorf("current claim %q", id)
	}
	rq, ok := s.Report()
	if !ok || rq.Title != "Search: كوريا" || len(rq.Claims) == 0 {
		t.Errorf("report %+v", rq)
	}
	for _, c := range rq.Claims {
		if i := slices.IndexFunc(want.Hits, func(h model.Hit) bool { return h.Sentence == c }); i < 0 || want.Hits[i].Status == "" {
			t.Errorf("report has %s, no claim among the hits", c)
		}
	}

	// j/k move now; / types again; esc clears, and again goes back.
	h.Keys("k", "/", "x")
	if s.Query() != "كورياx" {
		t.Errorf("query %q", s.Query())
	}
	h.Keys("esc")
	if s.Query() != "" || s.Result() != nil {
		t.Errorf("esc: query %q", s.Query())
	}
	if !strings.Contains(screentest.Plain(s.View()), "outlet:WORDS") {
		t.Errorf("the empty query does not explain queries:\n%s", screentest.Plain(s.View()))
	}
	h.Keys("esc")
	if _, ok := screentest.Last[common.BackMsg](h); !ok {
		t.Error("esc on an empty query does not go back")
	}
}

func mustWord(t *testing.T, ctx *common.Context, w string) string {
	t.Helper()
	s, _ := ctx.Engine.Fit(w, 100, 0).Content()
	return s
}

// TestQueryError: a query that does not parse says why, in place of hits.
func TestQueryError(t *testing.T) {
	lib, x := realIndex(t)
	ctx := withIndex(t, lib, x, 80, 24)
	s := New(ctx)
	h := screentest.NewHost(ctx, s).Send(common.OpenMsg{From: s})
	h.Keys(strings.Split("status:nope", "")...)
	if scr := screentest.Plain(s.View()); !strings.Contains(scr, "want cited, attributed") {
		t.Errorf("no error shown:\n%s", scr)
	}
	h.Keys("ctrl+u")
	h.Keys(strings.Split("zzzqqq", "")...)
	if scr := screentest.Plain(s.View()); !strings.Contains(scr, "no sentence matches") {
		t.Errorf("no hit:\n%s", scr)
	}
}

// fake is an index whose searches and build a test drives.
type fake struct {
	mu          sync.Mutex
	done, total int
	updates     chan struct{}
	hits        []model.Hit
	more        bool
	partial     bool
	asked       []model.SearchOptions
	ctxs        []context.Context
	queries     []string
}

func (f *fake) Search(ctx context.Context, q string, o model.SearchOptions) (*model.SearchResult, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.asked, f.ctxs, f.queries = append(f.asked, o), append(f.ctxs, ctx), append(f.queries, q)
	hits := f.hits[:min(len(f.hits), o.Limit)]
	return &model.SearchResult{Query: q, Hits: hits, Total: len(hits), Articles: 1, More: f.more, Partial: f.partial}, nil
}

func (f *fake) IndexProgress() (int, int) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.done, f.total
}

func (f *fake) Updates() <-chan struct{} { return f.updates }
func (f *fake) Err() error               { return nil }

// hitsOf makes n hits on sentences of article 000.
func hitsOf(n int) []model.Hit {
	var hs []model.Hit
	for i := range n {
		id := model.ElemID("000", 's', i)
		hs = append(hs, model.Hit{Article: "000", Sentence: id, Text: "كوريا الشمالية " + id, Matches: []model.Span{{Start: 0, End: len("كوريا")}}, Status: model.StatusCited})
	}
	return hs
}

// run runs cmd and the commands its messages start, by hand.
func run(s *Search, cmd tea.Cmd) {
	screentest.Drain(cmd, func(m tea.Msg) tea.Cmd {
		if b, ok := m.(common.BackgroundMsg); ok {
			return b.Cmd
		}
		return s.Update(m)
	})
}

// press is an action the screen gets for a key.
func press(s *Search, name string) tea.Cmd {
	k := screentest.Press(name)
	act := s.ctx.Keys.Resolve(k, s.Actions(), s.ctx.Globals)
	return s.Update(common.ActionMsg{Action: act, Key: k})
}

// TestStaleAnswersDropped: an answer to an earlier query that comes after
// a later one's is dropped, and the earlier search was cancelled.
func TestStaleAnswersDropped(t *testing.T) {
	f := &fake{updates: make(chan struct{}), hits: hitsOf(3)}
	close(f.updates)
	ctx := withIndex(t, screentest.Lib(t), f, 80, 24)
	s := New(ctx)
	run(s, s.Update(common.OpenMsg{From: s}))
	first := press(s, "ك")
	second := press(s, "و")
	run(s, second)
	if s.Result() == nil || s.Result().Query != "كو" {
		t.Fatalf("the later answer is not shown: %+v", s.Result())
	}
	run(s, first) // late
	if s.Result().Query != "كو" {
		t.Errorf("a stale answer replaced the later one: %q", s.Result().Query)
	}
	if f.ctxs[len(f.ctxs)-1].Err() == nil && f.queries[len(f.queries)-1] == "ك" {
		t.Error("the stale search was not cancelled")
	}
	for i, q := range f.queries {
		if q == "ك" && f.ctxs[i].Err() == nil {
			t.Error("the earlier search's context is still live")
		}
	}
}

// TestProgressAndPartialHits: while the index builds, the bar says how far
// it is, and the query runs again as articles arrive; once it is built,
// the bar says nothing of it.
func TestProgressAndPartialHits(t *testing.T) {
	f := &fake{updates: make(chan struct{}, 1), total: 5, partial: true}
	ctx := withIndex(t, screentest.Lib(t), f, 80, 24)
	s := New(ctx)
	open := s.Update(common.OpenMsg{From: s})
	if !strings.Contains(screentest.Plain(s.View()), "outlet:WORDS") {
		t.Error("the empty query does not explain queries")
	}
	// The index opens in the background: what the open command starts
	// (the wait for progress) is run step by step here.
	var opened tea.Msg
	screentest.Drain(open, func(m tea.Msg) tea.Cmd {
		if b, ok := m.(common.BackgroundMsg); ok {
			opened = b.Cmd()
		}
		return nil
	})
	if _, ok := opened.(openedMsg); !ok {
		t.Fatalf("the index was not opened in the background: %T", opened)
	}
	run(s, press(s, "x"))
	waitCmd := s.Update(opened) // no hit yet: the query runs, then it waits
	if scr := screentest.Plain(s.View()); !strings.Contains(scr, "indexing 0/5") {
		t.Errorf("no progress in the bar:\n%s", scr)
	}
	f.mu.Lock()
	f.done, f.hits = 2, hitsOf(2)
	f.mu.Unlock()
	f.updates <- struct{}{}
	// The batch of the search and the wait: deliver both by hand.
	for _, m := range drainOnce(waitCmd) {
		if next := s.Update(m); next != nil {
			for _, m2 := range drainOnce(next) {
				if _, ok := m2.(indexMsg); !ok {
					s.Update(m2)
				}
			}
		}
	}
	scr := screentest.Plain(s.View())
	if !strings.Contains(scr, "indexing 2/5") || !strings.Contains(scr, "000#s1") {
		t.Errorf("after progress:\n%s", scr)
	}
	f.mu.Lock()
	f.done, f.partial = 5, false
	f.mu.Unlock()
	close(f.updates)
	s.Update(indexMsg{idx: f, over: true})
	if scr := screentest.Plain(s.View()); strings.Contains(scr, "indexing") {
		t.Errorf("built, the bar still says indexing:\n%s", scr)
	}
	// A message of another index (a session long gone) is ignored.
	if s.Update(indexMsg{idx: &fake{}}) != nil {
		t.Error("a message of another index was taken")
	}
}

// drainOnce runs cmd (batches included) and returns what it gives,
// without running what those messages start.
func drainOnce(cmd tea.Cmd) []tea.Msg {
	if cmd == nil {
		return nil
	}
	switch m := cmd().(type) {
	case nil:
		return nil
	case tea.BatchMsg:
		var out []tea.Msg
		for _, c := range m {
			out = append(out, drainOnce(c)...)
		}
		return out
	default:
		return []tea.Msg{m}
	}
}

// TestMoreHits: reaching the last hit asks for the next page.
func TestMoreHits(t *testing.T) {
	f := &fake{updates: make(chan struct{}), hits: hitsOf(pageSize + 30), more: true}
	close(f.updates)
	ctx := withIndex(t, screentest.Lib(t), f, 80, 24)
	s := New(ctx)
	run(s, s.Update(common.OpenMsg{From: s}))
	run(s, press(s, "ك"))
	if len(s.Result().Hits) != pageSize || !strings.Contains(screentest.Plain(s.View()), "100+ hits") {
		t.Fatalf("%d hits:\n%s", len(s.Result().Hits), screentest.Plain(s.View()))
	}
	run(s, press(s, "enter")) // stop typing
	run(s, press(s, "G"))
	if last := f.asked[len(f.asked)-1]; last.Limit != 2*pageSize {
		t.Errorf("no next page: limit %d", last.Limit)
	}
	if id, _ := s.CurrentClaim(); id != model.ElemID("000", 's', pageSize-1) {
		t.Errorf("the cursor left the hit it was on: %s", id)
	}
}

// TestOpenFailsThenRetries: an index that cannot be opened says why, and
// opening the screen again tries again.
func TestOpenFailsThenRetries(t *testing.T) {
	f := &fake{updates: make(chan struct{})}
	close(f.updates)
	ctx := screentest.Context(t, screentest.Lib(t), 80, 24)
	tries := 0
	ctx.Opts.Search = func() (common.Searcher, error) {
		if tries++; tries == 1 {
			return nil, errors.New("the search index is in use by another isnad process")
		}
		return f, nil
	}
	s := New(ctx)
	run(s, s.Update(common.OpenMsg{From: s}))
	if scr := screentest.Plain(s.View()); !strings.Contains(scr, "in use by another") || !strings.Contains(scr, "F tries again") {
		t.Errorf("no error:\n%s", scr)
	}
	run(s, s.Update(common.OpenMsg{From: s}))
	if tries != 2 || s.idx == nil {
		t.Errorf("not opened again: %d tries", tries)
	}
	// Open once only.
	run(s, s.Update(common.OpenMsg{From: s}))
	if tries != 2 {
		t.Errorf("opened %d times", tries)
	}
}

// TestNoIndex: a session without search says so.
func TestNoIndex(t *testing.T) {
	ctx := screentest.Context(t, screentest.Lib(t), 80, 24)
	s := New(ctx)
	h := screentest.NewHost(ctx, s).Send(common.OpenMsg{From: s})
	h.Keys("x")
	if scr := screentest.Plain(s.View()); !strings.Contains(scr, "no search index") {
		t.Errorf("%s", scr)
	}
	screentest.CheckFits(t, s.View(), 80, 24)
	if _, ok := s.CurrentClaim(); ok {
		t.Error("a claim with no hit")
	}
	if _, ok := s.Report(); ok {
		t.Error("a report with no hit")
	}
	if ansi.StringWidth(strings.Split(s.View(), "\n")[0]) > 80 {
		t.Error("title too wide")
	}
	if len(s.FullHelp()) == 0 || len(s.ShortHelp()) == 0 {
		t.Error("no help")
	}
}

// TestLongIDsKeepTheirEnd: the sentence ids of a collection are long and
// share their beginning; a hit's row keeps their end (which tells them
// apart) and leaves the sentence its room.
func TestLongIDsKeepTheirEnd(t *testing.T) {
	hits := hitsOf(2)
	for i := range hits {
		hits[i].Article = "aawsat/2015-07-21/a-long-article-name-" + string(rune('1'+i))
		hits[i].Sentence = hits[i].Article + "#s" + string(rune('4'+i))
	}
	f := &fake{updates: make(chan struct{}), hits: hits}
	close(f.updates)
	ctx := withIndex(t, screentest.Lib(t), f, 80, 24)
	s := New(ctx)
	run(s, s.Update(common.OpenMsg{From: s}))
	run(s, s.Update(tea.PasteMsg{Content: "كوريا"}))
	scr := screentest.Plain(s.View())
	screentest.CheckFits(t, s.View(), 80, 24)
	for _, want := range []string{" …g-article-name-1#s4 C ", " …g-article-name-2#s5 C ", mustWord(t, ctx, "الشمالية")} {
		if !strings.Contains(scr, want) {
			t.Errorf("no %q on screen:\n%s", want, scr)
		}
	}
	if strings.Contains(scr, "aawsat/2015-07-21/a-long-article-name-1#s4") {
		t.Errorf("a whole long id on a row:\n%s", scr)
	}
}
