package tui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/isnad/isnad/data"
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
	dir := b.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "big.txt"), []byte(sb.String()), 0o644); err != nil {
		b.Fatal(err)
	}
	lib, err := data.Open(dir)
	if err != nil {
		b.Fatal(err)
	}
	lib.Wait()
	b.Cleanup(lib.Close)
	app, err := NewApp(lib, DefaultOptions())
	if err != nil {
		b.Fatal(err)
	}
	app.Update(tea.WindowSizeMsg{Width: w, Height: h})
	_, cmd := app.Update(openArticleMsg{id: lib.Articles()[0].ID})
	app.Update(cmd())
	if app.top() != scrReader {
		b.Fatal("the article did not open")
	}
	return app
}

// BenchmarkReaderScroll is one line of scrolling through a 1 MB article at
// 200x60: Update for the key, then View, as Bubble Tea does per frame.
func BenchmarkReaderScroll(b *testing.B) {
	app := bigApp(b, 1<<20, 200, 60)
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

// BenchmarkReaderOpen lays out a 1 MB article for the first time (opening
// it, or resizing the terminal).
func BenchmarkReaderOpen(b *testing.B) {
	app := bigApp(b, 1<<20, 200, 60)
	b.ReportAllocs()
	w := 200
	for b.Loop() {
		w = 399 - w // alternate widths so the engine's cache does not answer
		app.Update(tea.WindowSizeMsg{Width: w, Height: 60})
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
		for cmd != nil {
			m := cmd()
			if m == nil {
				break
			}
			_, cmd = app.Update(m)
		}
		_ = app.View()
	}
	step(tea.WindowSizeMsg{Width: 200, Height: 60})
	step(press("enter"))
	step(press("]"))
	step(press("]"))
	steps := []struct {
		name string
		keys []string
		want screen
	}{
		{"claim-to-sources", []string{"enter"}, scrPanel},
		{"source-to-backlinks", []string{"G", "enter"}, scrPanel},
		{"backlink-jump", []string{"G", "enter"}, scrReader},
		{"back", []string{"ctrl+o", "ctrl+o"}, scrReader},
	}
	for _, s := range steps {
		b.Run(s.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				b.StopTimer()
				app.jumps = jumpList{}
				app.toReader()
				app.reader.selectClaim(app.reader.marks.order[1].id)
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
			if app.top() != s.want {
				b.Fatalf("%s ended on screen %d", s.name, app.top())
			}
		})
	}
}
