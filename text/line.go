package text

import "strings"

// Line is one display line of a paragraph.
type Line struct {
	// Text is ready to print: visual order, shaped, sanitized; right-to-left
	// lines are padded on the left to the width asked, unless NoPad.
	Text string
	// Width is the line's width in cells, padding included.
	Width int
	// Start and End are the logical byte range [Start, End) of the paragraph
	// the line shows (spaces at a break not printed included).
	Start, End int
	// RTL says the paragraph direction is right-to-left.
	RTL bool

	vmap []vpos // printed pieces, in visual order
	body int    // end of the pieces in Text; padding may follow (Logical)
}

// Span styles the logical byte range [Start, End) of a paragraph.
type Span struct {
	Start, End int
	Style      func(string) string
}

// Render returns Text with each span's logical range styled. One logical
// range may come out as several visual pieces; a combining mark goes with
// its base; padding is never styled. Where spans overlap, the first wins.
// Without spans it returns Text.
func (l Line) Render(spans []Span) string {
	if len(spans) == 0 || len(l.vmap) == 0 {
		return l.Text
	}
	var b strings.Builder
	b.Grow(len(l.Text) + 16*len(spans))
	first := int(l.vmap[0].out)
	b.WriteString(l.Text[:first])
	cur, from := -1, first
	flush := func(to int) {
		if to <= from {
			return
		}
		if cur < 0 || spans[cur].Style == nil {
			b.WriteString(l.Text[from:to])
		} else {
			b.WriteString(spans[cur].Style(l.Text[from:to]))
		}
		from = to
	}
	for k, p := range l.vmap {
		s := cur
		if !p.attach || k == 0 {
			s = spanAt(spans, int(p.log))
		}
		if s != cur {
			flush(int(p.out))
			cur = s
		}
	}
	flush(l.body)
	b.WriteString(l.Text[l.body:])
	return b.String()
}

func spanAt(spans []Span, off int) int {
	for i, s := range spans {
		if off >= s.Start && off < s.End {
			return i
		}
	}
	return -1
}

// Content returns the line without the padding the engine added, and its
// width in cells: for text placed inline (status bars, labels) rather than
// aligned in a column.
func (l Line) Content() (string, int) {
	if len(l.vmap) == 0 {
		return "", 0
	}
	first := int(l.vmap[0].out)
	// Padding is spaces, one byte and one cell each.
	return l.Text[first:l.body], l.Width - first - (len(l.Text) - l.body)
}
