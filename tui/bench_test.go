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
