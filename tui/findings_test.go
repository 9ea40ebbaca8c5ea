package tui

import (
	"bytes"
	"encoding/base64"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/exp/teatest/v2"

	"github.com/isnad/isnad/data"
	"github.com/isnad/isnad/data/export"
	"github.com/isnad/isnad/tui/claims"
	"github.com/isnad/isnad/tui/common"
	"github.com/isnad/isnad/tui/internal/screentest"
)

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

// TestCopyClaimOSC52: y in the reader sends the claim selected, with
// what backs it, to the terminal's clipboard through OSC 52, and says so.
func TestCopyClaimOSC52(t *testing.T) {
	lib := screentest.Lib(t)
	s, err := lib.Sourcing("000")
	if err != nil {
		t.Fatal(err)
	}
	want, err := export.Reports{Corpus: lib}.Cite(s.Claims[1].ID) // ] ] selects the second claim
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
		s, err := export.Reports{Corpus: lib}.Cite(id)
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
