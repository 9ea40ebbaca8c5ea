package tui

import (
	"bytes"
	"context"
	"encoding/base64"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/charmbracelet/x/exp/teatest/v2"

	"github.com/isnad/isnad/data"
	"github.com/isnad/isnad/data/export"
	dsearch "github.com/isnad/isnad/data/search"
	"github.com/isnad/isnad/model"
	"github.com/isnad/isnad/tui/claims"
	"github.com/isnad/isnad/tui/common"
	"github.com/isnad/isnad/tui/internal/screentest"
	"github.com/isnad/isnad/tui/reader"
)

// indexed is the embedded corpus and its search index, built in a
// temporary folder.
func indexed(t *testing.T) (*data.Library, *dsearch.Index) {
	t.Helper()
	lib := screentest.Lib(t)
	x, err := dsearch.Open(lib, t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { x.Close() })
	if err := x.Wait(); err != nil {
		t.Fatal(err)
	}
	return lib, x
}

// findingsApp is an app that searches x and writes reports to dir.
func findingsApp(t *testing.T, lib *data.Library, x common.Searcher, dir string) *App {
	t.Helper()
	opts := DefaultOptions()
	if x != nil {
		opts.Search = func() (common.Searcher, error) { return x, nil }
	}
	opts.Export = export.Reports{Corpus: lib, Dir: dir, Now: func() time.Time { return time.Date(2026, 1, 31, 0, 0, 0, 0, time.UTC) }}
	app, err := NewApp(lib, opts)
	if err != nil {
		t.Fatal(err)
	}
	return app
}

// program runs app in teatest at w×h and waits for the library.
func program(t *testing.T, app *App, w, h int) *teatest.TestModel {
	t.Helper()
	tm := teatest.NewTestModel(t, app, teatest.WithInitialTermSize(w, h),
		teatest.WithProgramOptions(tea.WithColorProfile(colorprofile.Ascii)))
	waitOut(t, tm, "isnad")
	return tm
}

func waitOut(t *testing.T, tm *teatest.TestModel, want string) {
	t.Helper()
	teatest.WaitFor(t, tm.Output(), func(b []byte) bool { return bytes.Contains(b, []byte(want)) },
		teatest.WithDuration(10*time.Second))
}

// summary is what the search screen's bar says of a query's hits.
func summary(t *testing.T, x common.Searcher, q string) string {
	t.Helper()
	res, err := x.Search(context.Background(), q, model.SearchOptions{Limit: 100})
	if err != nil {
		t.Fatal(err)
	}
	return fmt.Sprintf("%d hits in %d articles", len(res.Hits), res.Articles)
}

// TestGoldenSearch: the search screen empty, with the hits of a query, and
// the reader opened at the first hit.
func TestGoldenSearch(t *testing.T) {
	lib, x := indexed(t)
	const q = "كوريا الشمالية"
	want := summary(t, x, q)
	for _, sz := range [][2]int{{80, 24}, {120, 40}} {
		for _, flow := range []string{"empty", "hits", "reader"} {
			t.Run(fmt.Sprintf("%s-%dx%d", flow, sz[0], sz[1]), func(t *testing.T) {
				app := findingsApp(t, lib, x, t.TempDir())
				tm := program(t, app, sz[0], sz[1])
				tm.Send(press("F"))
				waitOut(t, tm, "outlet:WORDS")
				if flow != "empty" {
					tm.Send(tea.PasteMsg{Content: q})
					waitOut(t, tm, want)
				}
				if flow == "reader" {
					tm.Send(press("enter"))
					waitOut(t, tm, "%")
				}
				_ = tm.Quit()
				final := tm.FinalModel(t, teatest.WithFinalTimeout(5*time.Second)).(*App)
				view := final.View().Content
				screentest.CheckFits(t, view, sz[0], sz[1])
				golden.RequireEqual(t, []byte(plainScreen(view)))
			})
		}
	}
}

// TestSearchOpensReaderAtHit: Enter on a hit shows its sentence in the
// reader with the words found highlighted; ctrl+o comes back to the hits
// as they were.
func TestSearchOpensReaderAtHit(t *testing.T) {
	lib, x := indexed(t)
	app := findingsApp(t, lib, x, t.TempDir())
	app.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
	res, err := x.Search(context.Background(), "أوكرانيا", model.SearchOptions{Limit: 100})
	if err != nil {
		t.Fatal(err)
	}
	send(app, "F")
	_, cmd := app.Update(tea.PasteMsg{Content: "أوكرانيا"})
	pump(app, cmd)
	send(app, "down", "enter")
	hit := res.Hits[1]
	r, ok := app.Top().(*reader.Reader)
	if !ok || r.Article() == nil || r.Article().ID != hit.Article {
		t.Fatalf("enter did not open %s in the reader: %s", hit.Article, app.Top().ID())
	}
	view := r.View()
	sen := r.Article().Sentence(hit.Sentence)
	word := hit.Text[hit.Matches[0].Start:hit.Matches[0].End]
	shown, _ := app.ctx.Engine.Fit(word, 100, 0).Content()
	if !strings.Contains(view, app.ctx.Styles.Match.Render(shown)) {
		t.Errorf("the word found (%s) is not highlighted in the reader:\n%s", word, plainScreen(view))
	}
	// The sentence is on screen.
	if first := strings.Fields(sen.Text)[0]; !strings.Contains(plainScreen(view), strings.TrimSpace(app.ctx.Engine.Fit(first, 100, 0).Text)) {
		t.Errorf("the sentence %s is not on screen", hit.Sentence)
	}
	send(app, "ctrl+o")
	if app.Top().ID() != "search" || !strings.Contains(plainScreen(app.Top().View()), summary(t, x, "أوكرانيا")) {
		t.Errorf("ctrl+o: %s\n%s", app.Top().ID(), plainScreen(app.Top().View()))
	}
	// Going elsewhere in the same article drops the highlight.
	send(app, "ctrl+i")
	pump(app, common.GoToCmd(common.Location{Article: hit.Article}))
	if strings.Contains(app.Top().View(), app.ctx.Styles.Match.Render(shown)) {
		t.Error("the highlight stays after going elsewhere")
	}
}

// TestCopyClaimOSC52: y in the reader sends the claim selected, with
// what backs it, to the terminal's clipboard through OSC 52, and says so.
func TestCopyClaimOSC52(t *testing.T) {
	lib := screentest.Lib(t)
	s, err := lib.Sourcing("000")
	if err != nil {
		t.Fatal(err)
	}
	want, err := export.Reports{Corpus: lib}.Cite(s.Claims[1].ID, nil) // ] ] selects the second claim
	if err != nil {
		t.Fatal(err)
	}
	app := findingsApp(t, lib, nil, t.TempDir())
	tm := program(t, app, 100, 30)
	tm.Send(press("enter"))
	waitOut(t, tm, "%")
	for _, k := range []string{"]", "]", "y"} {
		tm.Send(press(k))
	}
	waitOut(t, tm, "\x1b]52;c;"+base64.StdEncoding.EncodeToString([]byte(want)))
	_ = tm.Quit()
	final := tm.FinalModel(t, teatest.WithFinalTimeout(5*time.Second)).(*App)
	if note := final.ctx.Note; note != s.Claims[1].ID+" and its sources copied to the clipboard" {
		t.Errorf("status %q", note)
	}
}

// copied runs y on the app as it stands and returns the text it would
// copy and the status it says.
func copied(t *testing.T, app *App) (string, string) {
	t.Helper()
	var clip string
	screentest.Drain(app.copyClaim(), func(m tea.Msg) tea.Cmd {
		if b, ok := m.(common.BackgroundMsg); ok {
			return b.Cmd
		}
		if fmt.Sprintf("%T", m) == "tea.setClipboardMsg" {
			clip = fmt.Sprint(m)
			return nil
		}
		_, next := app.Update(m)
		return next
	})
	return clip, app.ctx.Note
}

func TestCopyWhere(t *testing.T) {
	lib := screentest.Lib(t)
	cite := func(id string) string {
		s, err := export.Reports{Corpus: lib}.Cite(id, nil)
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	app := findingsApp(t, lib, nil, t.TempDir())
	app.Update(tea.WindowSizeMsg{Width: 100, Height: 30})

	// The library holds no claim.
	if clip, note := copied(t, app); clip != "" || note != "no claim to copy here" {
		t.Errorf("library: %q, %q", clip, note)
	}
	// The reader with no claim selected: the first claim below the top.
	send(app, "enter")
	s, _ := lib.Sourcing("000")
	if clip, note := copied(t, app); clip != cite(s.Claims[0].ID) || !strings.Contains(note, s.Claims[0].ID+" and its sources copied") {
		t.Errorf("reader: %q, %q", clip, note)
	}
	send(app, "]", "]")
	loc, _ := app.Top().(common.Placer).Place()
	if clip, _ := copied(t, app); clip != cite(loc.Claim) {
		t.Errorf("reader, %s selected: %q", loc.Claim, clip)
	}
	// The panel of a claim's sources copies that claim.
	send(app, "enter")
	if clip, _ := copied(t, app); clip != cite(loc.Claim) {
		t.Errorf("panel of %s: %q", loc.Claim, clip)
	}
	// The claims list: the claim under the cursor.
	send(app, "C", "j", "j")
	id, _ := app.Top().(*claims.Claims).CurrentClaim()
	if clip, _ := copied(t, app); clip != cite(id) {
		t.Errorf("claims list, %s: %q", id, clip)
	}
	// Without an exporter, y says so.
	app.ctx.Opts.Export = nil
	if _, note := copied(t, app); !strings.Contains(note, "not available") {
		t.Errorf("no exporter: %q", note)
	}
}

// report runs e and returns what the status bar says then.
func report(app *App) string {
	pump(app, app.report())
	return app.ctx.Note
}

func TestReportOfView(t *testing.T) {
	lib := screentest.Lib(t)
	dir := t.TempDir()
	app := findingsApp(t, lib, nil, dir)
	app.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
	read := func(note string) string {
		t.Helper()
		path, ok := strings.CutPrefix(note, "report written to ")
		if !ok {
			t.Fatalf("status %q", note)
		}
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	articles := func(md string) int { return strings.Count(md, "\n## ") }

	all := read(report(app))
	if n := len(lib.Articles()); articles(all) != n {
		t.Errorf("library: %d articles, want %d", articles(all), n)
	}
	send(app, "m", "m")
	marked := read(report(app))
	if articles(marked) != 2 || !strings.Contains(marked, "marked articles") {
		t.Errorf("marked: %d articles", articles(marked))
	}
	send(app, "g", "enter")
	one := read(report(app))
	if articles(one) != 1 || !strings.Contains(one, "\n## 000 ") {
		t.Errorf("reader: %.200s", one)
	}
	// The claims list, filtered by status: only those claims.
	send(app, "C", "s", "s", "s")
	md := read(report(app))
	if !strings.Contains(md, "anonymous") || strings.Contains(md, "· cited\n") || strings.Contains(md, "· unsourced\n") {
		t.Errorf("claims, anonymous:\n%.400s", md)
	}
	files, _ := filepath.Glob(filepath.Join(dir, "isnad-*.md"))
	if len(files) != 4 {
		t.Errorf("%d report files: %v", len(files), files)
	}
	// A screen with nothing to report, and a session without export.
	send(app, "esc", "S")
	if note := report(app); note != "nothing to report on this screen" {
		t.Errorf("sources: %q", note)
	}
	app.ctx.Opts.Export = nil
	if note := report(app); !strings.Contains(note, "not available") {
		t.Errorf("no exporter: %q", note)
	}
}
