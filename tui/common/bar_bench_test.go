package common_test

import (
	"testing"

	"charm.land/bubbles/v2/key"

	. "github.com/isnad/isnad/tui/common"
)

// BenchmarkBar is one status bar drawn, as every screen does per frame.
func BenchmarkBar(b *testing.B) {
	ctx := newCtx(b, 200, 50)
	k := ctx.Keys
	bar := Bar{Left: "000 · claim 3/36", Hints: []key.Binding{k.Pair(ActDown, ActUp, "frame"), k.Pair(ActLeft, ActRight, "source"), k.Described(ActOpen, "evidence"), k.Get(ActBack)}, Right: "42%"}
	b.ReportAllocs()
	for b.Loop() {
		_ = bar.Render(ctx)
	}
}
