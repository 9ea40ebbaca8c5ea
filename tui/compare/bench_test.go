package compare

import (
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/isnad/isnad/tui/common"
	"github.com/isnad/isnad/tui/internal/screentest"
)

// BenchmarkSwitch: one key that moves the selection (frame, source,
// scroll) and the View that follows, at 200x50 on the embedded corpus. A
// frame at 60 Hz is 16.7 ms.
func BenchmarkSwitch(b *testing.B) {
	lib := screentest.Lib(b)
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
			c := fixture(b, lib, 200, 50)
			c.keys(bc.view)
			msgs := make([]tea.Msg, len(bc.keys))
			for i, k := range bc.keys {
				key := screentest.Press(k)
				msgs[i] = common.ActionMsg{Action: c.ctx.Keys.Resolve(key, c.Actions(), c.ctx.Globals), Key: key}
			}
			c.View() // lay out what is laid out lazily
			b.ReportAllocs()
			n := 0
			for b.Loop() {
				c.Update(msgs[n%len(msgs)])
				n += len(c.View())
			}
		})
	}
}

// BenchmarkLayout: what is not done per key. resize re-renders every view
// (once per terminal resize); columns lays out the five columns of a frame
// the first time view 2 shows it (the text engine's cache warm).
func BenchmarkLayout(b *testing.B) {
	lib := screentest.Lib(b)
	b.Run("resize", func(b *testing.B) {
		c := fixture(b, lib, 200, 50)
		b.ReportAllocs()
		n := 0
		for b.Loop() {
			c.ctx.Width = 199 + n%2
			c.SetSize(c.ctx.Width, 50)
			n++
		}
	})
	b.Run("columns", func(b *testing.B) {
		c := fixture(b, lib, 200, 50)
		c.keys("j", "2")
		b.ReportAllocs()
		for b.Loop() {
			clear(c.columns.cache)
			c.columns.aligned(c)
		}
	})
}
