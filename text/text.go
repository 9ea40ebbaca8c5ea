// Package text lays out paragraphs of mixed right-to-left and left-to-right
// text for terminals that neither reorder nor join Arabic: it hands them
// finished cells. It is pure (no bubbletea, no lipgloss) so that isnad cat
// uses it without a terminal.
//
// The pipeline, per paragraph:
//
//	sanitize   C0/C1 controls, DEL → visible symbols; an escape sequence
//	           (ESC or C1 CSI, OSC, DCS… to its end) → one ␛; invalid
//	           UTF-8 → U+FFFD; TAB kept for the bidi algorithm (class S).
//	           The same reading of sequences as Sanitize (sanitize.go)
//	bidi       UAX #9 on the logical text (package bidi): levels per rune
//	shape      Arabic presentation forms, within one level (package shape)
//	wrap       logical order, UAX #14 opportunities (uniseg), widths of the
//	           final glyphs; a word longer than the line is broken between
//	           grapheme clusters
//	per line   L1, L2, L3 (marks after their base), L4 (mirroring)
//	print      strip the characters terminals disagree on (RTL.md), TAB as
//	           spaces, right-to-left lines padded on the left
//
// Every printed line measures the same under ansi.StringWidth,
// ansi.StringWidthWc and go-runewidth, and no more than the width asked: a
// grapheme cluster they count differently (an emoji with a skin tone, a
// variation selector, an Indic conjunct) is reduced to its first character,
// or replaced by U+FFFD when even that is counted differently, as is a
// character wider than the whole line.
//
// The Engine caches layouts for the TUI; a Stream runs the same pipeline
// without a cache for isnad cat.
package text

import (
	"sync"

	"github.com/isnad/isnad/text/bidi"
)

// Direction is a paragraph direction: Auto (rules P2/P3, LTR when the
// paragraph has no strong character), AutoRTL (the same, RTL when it has
// none), LTR or RTL.
type Direction = bidi.Direction

// Paragraph directions. A document's direction is best given as Auto or
// AutoRTL: a paragraph of another script inside it (an English reference
// list in an Arabic article) then takes its own direction, and the
// document's only decides paragraphs without letters.
const (
	Auto    = bidi.Auto
	AutoRTL = bidi.AutoRTL
	LTR     = bidi.LTR
	RTL     = bidi.RTL
)

// Options select the steps of the pipeline. The zero value is what a
// terminal that does not reorder by itself needs.
type Options struct {
	NoBreak  bool // one line per paragraph, whatever its width
	NoPad    bool // no padding on the left of right-to-left lines
	NoMirror bool // no L4: brackets keep their code point in RTL runs
	NoShape  bool // no Arabic presentation forms
	// NoNSM leaves combining marks where raw L2 puts them (no L3).
	NoNSM bool
	// ShowControls prints bidi controls and other invisible format
	// characters as visible one-cell marks (against Trojan-Source tricks).
	ShowControls bool
	// Logical prints logical order (no L2, L3, L4), for terminals that
	// reorder by themselves (--bidi=terminal); lines are still wrapped, and
	// right-to-left lines padded at their logical end.
	Logical bool
	// TabWidth is the number of spaces printed for a TAB; 0 means 1.
	TabWidth int
	// Kitty sends each word that kitty 0.26 reverses by itself reversed
	// (and its brackets mirrored as kitty will mirror them back), so that
	// kitty shows the visual line. See kitty.go. Ignored with Logical.
	Kitty bool
}

func (o *Options) tabWidth() int { return max(o.TabWidth, 1) }

// Engine lays out paragraphs and keeps the result per (paragraph, width,
// direction). It is safe for concurrent use.
type Engine struct {
	o     Options
	pool  sync.Pool // *layouter
	cache cache
}

// NewEngine returns an engine with options o.
func NewEngine(o Options) *Engine {
	initPlain()
	e := &Engine{o: o}
	e.pool.New = func() any { return &layouter{o: o, wantMap: true} }
	e.cache.init(cacheSize)
	return e
}

// Options returns the options the engine was made with.
func (e *Engine) Options() Options { return e.o }

// Layout turns a logical paragraph into display lines of at most width
// cells (width < 1 is taken as 1). The result is cached: a paragraph is laid
// out once per width. The returned lines must not be modified.
func (e *Engine) Layout(para string, width int, dir Direction) []Line {
	width = max(width, 1)
	k := key{para, width, dir, false}
	if lines, ok := e.cache.get(k); ok {
		return lines
	}
	l := e.pool.Get().(*layouter)
	l.buf, l.vmap = l.buf[:0], l.vmap[:0]
	l.paragraph(para, width, dir, e.o.NoBreak, true)
	lines := l.result()
	e.pool.Put(l)
	e.cache.put(k, lines)
	return lines
}

// Fit lays out s on one line of at most width cells, cutting its logical end
// with "…" when it is too long (table cells, titles, status bars).
func (e *Engine) Fit(s string, width int, dir Direction) Line {
	width = max(width, 1)
	k := key{s, width, dir, true}
	if lines, ok := e.cache.get(k); ok {
		return lines[0]
	}
	l := e.pool.Get().(*layouter)
	l.fit(s, width, dir)
	lines := l.result()
	e.pool.Put(l)
	e.cache.put(k, lines)
	return lines[0]
}

// fit is Fit on the layouter.
func (l *layouter) fit(s string, width int, dir Direction) {
	l.buf, l.vmap = l.buf[:0], l.vmap[:0]
	l.paragraph(s, width, dir, true, true)
	if int(l.lines[0].width) <= width {
		return
	}
	// Keep the clusters that fit before the ellipsis, then lay out the cut
	// text again: the last letter kept changes form once its neighbour goes.
	l.segment(false, 0)
	budget, w, k := width-runeWidth(ellipsis), 0, 0
	for k < len(l.clusters) && w+int(l.clusters[k].w) <= budget {
		w += int(l.clusters[k].w)
		k++
	}
	cut := l.offs[l.clusterStart(k)]
	l.buf, l.vmap = l.buf[:0], l.vmap[:0]
	l.paragraph(s[:cut]+string(ellipsis), width, dir, true, true)
	l.lines[0].end = cut
}

// result copies the layouter's lines out: one string for all the text, one
// slice for all the maps.
func (l *layouter) result() []Line {
	text := string(l.buf)
	vmap := append([]vpos(nil), l.vmap...)
	lines := make([]Line, len(l.lines))
	rtl := l.rtl()
	for i, ln := range l.lines {
		m := vmap[ln.map0:ln.map1:ln.map1]
		for k := range m {
			m[k].out -= ln.text0
		}
		end := int(ln.text1 - ln.text0)
		if l.o.Logical {
			end -= int(ln.padded - ln.width) // padding at the logical end
		}
		lines[i] = Line{
			Text:  text[ln.text0:ln.text1],
			Width: int(ln.padded),
			Start: int(ln.start),
			End:   int(ln.end),
			RTL:   rtl,
			vmap:  m,
			body:  end,
		}
	}
	return lines
}
