package tui

import (
	"os"
	"path/filepath"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/isnad/isnad/data"
)

// BenchmarkStartSaudiNewsNet is the explorer's start on SaudiNewsNet
// (../shared/datasets; skipped without it) once the library is open: the
// App built, sized at 160x45 and drawn, as the first frame is.
func BenchmarkStartSaudiNewsNet(b *testing.B) {
	dir := filepath.Join("..", "..", "shared", "datasets", "saudinewsnet")
	if d := os.Getenv("ISNAD_DATASETS"); d != "" {
		dir = filepath.Join(d, "saudinewsnet")
	}
	if _, err := os.Stat(dir); err != nil {
		b.Skipf("SaudiNewsNet is not on this machine: %v", err)
	}
	lib, err := data.OpenWith(dir, data.Options{NoPass: true})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(lib.Close)
	b.ReportAllocs()
	for b.Loop() {
		app, err := NewApp(lib, DefaultOptions())
		if err != nil {
			b.Fatal(err)
		}
		app.Update(tea.WindowSizeMsg{Width: 160, Height: 45})
		_ = app.View()
	}
}
