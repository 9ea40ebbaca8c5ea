package data

import (
	"strings"

	"github.com/isnad/isnad/model"
)

// Limits of what counts as a Markdown link, so a stray "[" cannot make the
// scan look far ahead.
const (
	maxLinkText = 1000
	maxLinkURL  = 2048
)

// renderInline replaces Markdown links "[text](url)" (and images
// "![alt](url)") by their text and records each target as a model.Link over
// that text. A link repeated right after itself — the same text and target,
// only spaces between, as scrapes of reference lists often have — is kept
// once. The scan is linear: the next "]" and ")" are found once and reused.
func renderInline(s string) (string, []model.Link) {
	if !strings.Contains(s, "](") {
		return s, nil
	}
	var b strings.Builder
	b.Grow(len(s))
	var links []model.Link
	nextClose, nextParen := -1, -1
	last := 0 // s[last:i] is not yet copied
	for i := 0; i < len(s); i++ {
		if s[i] != '[' {
			continue
		}
		if nextClose < i {
			nextClose = indexFrom(s, i, ']')
		}
		c := nextClose
		if c < 0 {
			break
		}
		if c+1 >= len(s) || s[c+1] != '(' || c-i > maxLinkText || strings.IndexByte(s[i+1:c], '[') >= 0 {
			continue
		}
		if nextParen < c+2 {
			nextParen = indexFrom(s, c+2, ')')
		}
		p := nextParen
		if p < 0 || p-c > maxLinkURL {
			continue
		}
		url := strings.TrimSpace(s[c+2 : p])
		url = strings.TrimSuffix(strings.TrimPrefix(url, "<"), ">")
		if url == "" || strings.ContainsAny(url, " \n") {
			continue
		}
		text := strings.TrimSpace(s[i+1 : c])
		if text == "" {
			text = url
		}
		start := i
		if start > last && s[start-1] == '!' {
			start--
		}
		pending := s[last:start]
		if n := len(links); n > 0 && strings.TrimSpace(pending) == "" && links[n-1].URL == url &&
			b.String()[links[n-1].Start:links[n-1].End] == text && links[n-1].End == b.Len() {
			// The same link again: drop it and the space before it.
		} else {
			b.WriteString(pending)
			links = append(links, model.Link{Start: b.Len(), End: b.Len() + len(text), URL: url})
			b.WriteString(text)
		}
		last = p + 1
		i = p
	}
	if links == nil {
		return s, nil
	}
	b.WriteString(s[last:])
	return b.String(), links
}

func indexFrom(s string, from int, c byte) int {
	if from >= len(s) {
		return -1
	}
	if j := strings.IndexByte(s[from:], c); j >= 0 {
		return from + j
	}
	return -1
}
