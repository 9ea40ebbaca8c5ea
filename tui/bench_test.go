package tui

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/isnad/isnad/model"
	"github.com/isnad/isnad/tui/common"
	"github.com/isnad/isnad/tui/internal/screentest"
	"github.com/isnad/isnad/tui/reader"
)

// bigApp opens a folder holding one article of about size bytes (000
// repeated) in an App at w×h, showing that article in the reader.
func bigApp(b *testing.B, size, w, h int) *App {
	b.Helper()
	src, err := os.ReadFile("../data/corpus/000_d495414d1009f6e2.txt")
	if err != nil {
		b.Fatal(err)
	}
	var sb strings.Builder
	for sb.Len() < size {
		sb.Write(src)
		sb.WriteString("\n\n")
	}
	return appOn(b, sb.String(), w, h)
}

// denseApp is bigApp on one paragraph of about size bytes in which every
// sentence is a claim on the same source.
func denseApp(b *testing.B, size, w, h int) *App {
	b.Helper()
	const sentence = "وقال المتحدث باسم الوزارة لوكالة رويترز إن 1200 جندي وصلوا إلى المنطقة في 12 مارس 2024 (Reuters, 2024). "
	return appOn(b, strings.Repeat(sentence, size/len(sentence)+1)+"\n\nالمراجع:\n\nReuters. (2024). Troops. reuters.com\n", w, h)
}

// appOn opens a folder holding one article, text, in an App at w×h,
// showing it in the reader with its claims.
func appOn(b *testing.B, text string, w, h int) *App {
	b.Helper()
	dir := b.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "big.txt"), []byte(text), 0o644); err != nil {
		b.Fatal(err)
	}
	lib := screentest.Open(b, dir)
	app, err := NewApp(lib, DefaultOptions())
	if err != nil {
		b.Fatal(err)
	}
	app.Update(tea.WindowSizeMsg{Width: w, Height: h})
	pump(app, common.GoToCmd(common.Location{Article: lib.Articles()[0].ID}))
	if app.Top().ID() != reader.ID {
		b.Fatal("the article did not open")
	}
	return app
}

// pump runs a command and feeds what it returns to the app, as Bubble Tea
// does, until nothing is left (batches included).
func pump(app *App, cmd tea.Cmd) {
	screentest.Drain(cmd, func(m tea.Msg) tea.Cmd {
		_, next := app.Update(m)
		return next
	})
}

// scroll times one line of scrolling, 500 down then 500 up: Update for the
// key, then View, as Bubble Tea does per frame.
func scroll(b *testing.B, app *App) {
	b.Helper()
	down, up := press("j"), press("k")
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		k := down
		if i/500%2 == 1 {
			k = up
		}
		app.Update(k)
		_ = app.View()
		i++
	}
}

// BenchmarkReaderScroll is one line of scrolling through a 1 MB article at
// 200x60: Update for the key, then View, as Bubble Tea does per frame.
func BenchmarkReaderScroll(b *testing.B) {
	app := bigApp(b, 1<<20, 200, 60)
	scroll(b, app)
}

// BenchmarkReaderScrollNotes is BenchmarkReaderScroll with a note on every
// fourth sentence of the article (some 2,000 notes): each drawn line also
// finds its note's mark, by a binary search.
func BenchmarkReaderScrollNotes(b *testing.B) {
	app := bigApp(b, 1<<20, 200, 60)
	a := app.Top().(*reader.Reader).Article()
	store := screentest.NewNotes()
	var notes []model.Note
	for i := 0; i < len(a.Sentences); i += 4 {
		s := a.Sentences[i]
		notes = append(notes, model.Note{Target: s.ID, Quote: s.Text, Verdict: model.VerdictDisputed, Analyst: "nour"})
	}
	store.Seed(notes...)
	// The store opened, as the App hears it; not waiting for its changes.
	app.ctx.Notes = store
	pump(app, app.broadcast(common.NotesMsg{}))
	if !strings.Contains(app.View().Content, "✎") {
		b.Fatal("no note is marked on the first screen")
	}
	scroll(b, app)
	b.ReportMetric(float64(len(notes)), "notes")
}

// BenchmarkReaderScrollDense is BenchmarkReaderScroll in a 1 MB paragraph
// of claims (7,000 of them): each drawn line finds its own claims, never
// walks the paragraph's.
func BenchmarkReaderScrollDense(b *testing.B) {
	app := denseApp(b, 1<<20, 200, 60)
	if !regexp.MustCompile(`[0-9]{4} claims`).MatchString(app.View().Content) {
		b.Fatal("the claims are not marked")
	}
	scroll(b, app)
}

// BenchmarkReaderOpen lays out a 1 MB article for the first time (opening
// it, or resizing the terminal) and draws it.
func BenchmarkReaderOpen(b *testing.B) {
	app := bigApp(b, 1<<20, 200, 60)
	b.ReportAllocs()
	w := 200
	for b.Loop() {
		w = 399 - w // alternate widths so the engine's cache does not answer
		app.Update(tea.WindowSizeMsg{Width: w, Height: 60})
		_ = app.View() // the reader lays out what it shows when it draws
	}
}

// BenchmarkClaimJumps is the claims round trip on the embedded corpus at
// 200x60, each step one Update (with the commands it starts) and a View, as
// Bubble Tea does per frame: Enter on a claim (its sources), Enter on a
// source (its backlinks), Enter on a backlink (the jump), ctrl-o back.
func BenchmarkClaimJumps(b *testing.B) {
	app, err := NewApp(embeddedLib(b), DefaultOptions())
	if err != nil {
		b.Fatal(err)
	}
	step := func(msg tea.Msg) {
		_, cmd := app.Update(msg)
		pump(app, cmd)
		_ = app.View()
	}
	step(tea.WindowSizeMsg{Width: 200, Height: 60})
	step(press("enter"))
	step(press("]"))
	step(press("]"))
	start, _ := app.here()
	steps := []struct {
		name string
		keys []string
		want common.ID
	}{
		{"claim-to-sources", []string{"enter"}, "panel"},
		{"source-to-backlinks", []string{"G", "enter"}, "panel"},
		{"backlink-jump", []string{"G", "enter"}, reader.ID},
		{"back", []string{"ctrl+o", "ctrl+o"}, reader.ID},
	}
	for _, s := range steps {
		b.Run(s.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				b.StopTimer()
				app.jumps = jumpList{}
				pump(app, app.goTo(start))
				// Replay the steps before this one, untimed.
				for _, prev := range steps {
					if prev.name == s.name {
						break
					}
					for _, k := range prev.keys {
						step(press(k))
					}
				}
				b.StartTimer()
				for _, k := range s.keys {
					step(press(k))
				}
			}
			if app.Top().ID() != s.want {
				b.Fatalf("%s ended on screen %s", s.name, app.Top().ID())
			}
		})
	}
}
