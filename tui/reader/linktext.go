package reader

import (
	"strings"

	"github.com/isnad/isnad/model"
)

// What the reader shows of a paragraph differs from Paragraph.Text in two
// ways: list items get a bullet, and a link whose text only abbreviates its
// target ("reuters.com" for https://www.reuters.com/world/…) shows the
// target whole, so no URL is cut to its host. Offsets in the reader (rows,
// claims, locations) are offsets in that text; shownOffset and paraOffset
// convert.

// paraText is what the reader shows of a paragraph: list items get a bullet
// in logical order, so the bidi algorithm puts it on the starting side.
func paraText(p *model.Paragraph) string {
	if len(p.Links) == 0 {
		if p.Kind == model.ListItem {
			return bullet + p.Text
		}
		return p.Text
	}
	var b strings.Builder
	if p.Kind == model.ListItem {
		b.WriteString(bullet)
	}
	last := 0
	for _, l := range p.Links {
		if u, ok := shownURL(p, l, last); ok {
			b.WriteString(p.Text[last:l.Start])
			b.WriteString(u)
			last = l.End
		}
	}
	b.WriteString(p.Text[last:])
	return b.String()
}

// shownURL returns the URL shown in place of link l's text, if any. A link
// before from (overlapping a previous one) or out of range is left alone.
func shownURL(p *model.Paragraph, l model.Link, from int) (string, bool) {
	if l.Start < from || l.End > len(p.Text) || l.Start >= l.End {
		return "", false
	}
	if !abbreviates(p.Text[l.Start:l.End], l.URL) {
		return "", false
	}
	return l.URL, true
}

// abbreviates reports whether label is its target URL without the scheme,
// "www." or a final "/", or the target's host: text that says no more than
// the URL. A mailto: target shows its label (the address).
func abbreviates(label, url string) bool {
	if label == url {
		return false // nothing to replace
	}
	rest, ok := strings.CutPrefix(url, "https://")
	if !ok {
		if rest, ok = strings.CutPrefix(url, "http://"); !ok {
			return false
		}
	}
	if strings.ContainsAny(url, " \t\n") {
		return false
	}
	label = strings.ToLower(strings.TrimSuffix(label, "/"))
	rest = strings.TrimSuffix(rest, "/")
	host, _, _ := strings.Cut(rest, "/")
	host = strings.ToLower(host)
	for _, s := range []string{strings.ToLower(rest), host} {
		if label == s || label == strings.TrimPrefix(s, "www.") {
			return true
		}
	}
	return false
}

// shownOffset converts an offset in Paragraph.Text to the text the reader
// shows; an offset inside a replaced link text goes to the same distance
// into the URL, at most its end.
func shownOffset(p *model.Paragraph, off int) int {
	shift := 0
	if p.Kind == model.ListItem {
		shift = len(bullet)
	}
	last := 0
	for _, l := range p.Links {
		u, ok := shownURL(p, l, last)
		if !ok {
			continue
		}
		last = l.End
		switch {
		case off >= l.End:
			shift += len(u) - (l.End - l.Start)
		case off > l.Start:
			return l.Start + shift + min(off-l.Start, len(u))
		default:
			return off + shift
		}
	}
	return off + shift
}

// paraOffset converts an offset in the text the reader shows back to
// Paragraph.Text; an offset inside a shown URL goes to the same distance
// into the link text, at most its end.
func paraOffset(p *model.Paragraph, off int) int {
	if p.Kind == model.ListItem {
		off = max(off-len(bullet), 0)
	}
	shift := 0 // shown minus Text, before the current link
	last := 0
	for _, l := range p.Links {
		u, ok := shownURL(p, l, last)
		if !ok {
			continue
		}
		last = l.End
		start := l.Start + shift // where the URL starts in the shown text
		switch {
		case off >= start+len(u):
			shift += len(u) - (l.End - l.Start)
		case off > start:
			return l.Start + min(off-start, l.End-l.Start)
		default:
			return off - shift
		}
	}
	return off - shift
}
