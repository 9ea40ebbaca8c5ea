package tui

import (
	"testing"

	tea "charm.land/bubbletea/v2"
)

// BenchmarkCompareSwitch: one key that moves the selection (frame, source,
// scroll) and the View that follows, at 200x50 on the embedded corpus. A
// frame at 60 Hz is 16.7 ms.
func BenchmarkCompareSwitch(b *testing.B) {
	lib := embeddedLib(b)
	for _, bc := range []struct {
		name string
		view string
		keys []string
	}{
		{"frames", "1", []string{"j", "l", "j", "l", "k", "h", "G", "g"}},
		{"columns", "2", []string{"j", "j", "l", "space", "h", "g"}},
		{"facts", "5", []string{"j", "l", "j", "h", "g"}},
	} {
		b.Run(bc.name, func(b *testing.B) {
			c := compareFixture(b, lib, 200, 50)
			c, _ = c.keys(bc.view)
			msgs := make([]tea.KeyPressMsg, len(bc.keys))
			acts := make([]Action, len(bc.keys))
			for i, k := range bc.keys {
				msgs[i] = press(k)
				acts[i] = c.ctx.Keys.Action(scrCompare, msgs[i])
			}
			c.View("") // lay out what is laid out lazily
			b.ReportAllocs()
			b.ResetTimer()
			n := 0
			for b.Loop() {
				i := n % len(msgs)
				c, _ = c.Update(msgs[i], acts[i])
				n += len(c.View(""))
			}
		})
	}
}

// BenchmarkCompareLayout: what is not done per key. resize re-renders every
// view (once per terminal resize); columns lays out the five columns of a
// frame the first time view 2 shows it (the text engine's cache warm).
func BenchmarkCompareLayout(b *testing.B) {
	lib := embeddedLib(b)
	b.Run("resize", func(b *testing.B) {
		c := compareFixture(b, lib, 200, 50)
		b.ReportAllocs()
		n := 0
		for b.Loop() {
			c.ctx.Width = 199 + n%2
			c.SetSize(c.ctx.Width, 50)
			n++
		}
	})
	b.Run("columns", func(b *testing.B) {
		c := compareFixture(b, lib, 200, 50)
		c, _ = c.keys("j", "2")
		b.ReportAllocs()
		for b.Loop() {
			clear(c.lay.cols.cache)
			c.aligned()
		}
	})
}
