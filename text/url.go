package text

// URLs are not broken where UAX #14 allows it (after "://", a "/", a "-"),
// unless they are wider than the line: a reader copies a URL whole, and
// "swp-" at the end of a line and "berlin.org" on the next is not one.

// keepURLs clears the break opportunities inside each URL of the paragraph
// (http://, https://, www.) that fits in width cells. A longer URL keeps
// them: it is wrapped where they are.
func (l *layouter) keepURLs(width int) {
	g := l.glyphs
	for i := 0; i < len(g); i++ {
		c := g[i] | 0x20
		if c != 'h' && c != 'w' || i > 0 && !urlBefore(g[i-1]) || !urlStart(g[i:]) {
			continue
		}
		end, w := i, 0
		for end < len(g) && !urlStop(g[end]) {
			w += l.glyphWidth(g[end])
			end++
		}
		if w <= width {
			clear(l.brkAt[i : end-1]) // the opportunity after its last glyph stays
		}
		i = end
	}
}

// urlStart reports whether g begins with a URL scheme or "www.".
func urlStart(g []rune) bool {
	for _, p := range [...]string{"https://", "http://", "www."} {
		if hasPrefixFold(g, p) && len(g) > len(p) && !urlStop(g[len(p)]) {
			return true
		}
	}
	return false
}

// hasPrefixFold reports whether g begins with the ASCII string p, ignoring
// case.
func hasPrefixFold(g []rune, p string) bool {
	if len(g) < len(p) {
		return false
	}
	for k := range len(p) {
		c := g[k]
		if c >= 'A' && c <= 'Z' {
			c |= 0x20
		}
		if c != rune(p[k]) {
			return false
		}
	}
	return true
}

// urlBefore reports the characters a URL may follow: anything but a letter,
// a digit or a character that continues a word.
func urlBefore(r rune) bool {
	switch {
	case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9':
		return false
	case r == '_', r == '-', r == '.', r == '/', r == '@':
		return false
	}
	return true
}

// urlStop reports the characters that end a URL: spaces and controls,
// quotes and angle brackets, and right-to-left letters (a URL set in Arabic
// text without a space after it).
func urlStop(r rune) bool {
	switch {
	case r <= ' ', r == '"', r == '<', r == '>', r == 0x7F:
		return true
	case r < 0x80:
		return false
	case r >= 0x0590 && r < 0x0900, r >= 0xFB1D && r < 0xFE00, r >= 0xFE70 && r < 0xFF00:
		return true
	}
	return isSpace(r)
}

// isSpace reports the non-ASCII spaces (Zs), line and paragraph separators.
func isSpace(r rune) bool {
	return r == 0xA0 || r == 0x1680 || r >= 0x2000 && r <= 0x200A || r == 0x2028 || r == 0x2029 ||
		r == 0x202F || r == 0x205F || r == 0x3000
}
