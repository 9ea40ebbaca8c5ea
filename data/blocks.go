package data

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/isnad/isnad/model"
)

// para is a paragraph on its way to becoming a model.Paragraph: its text as
// shown, where it came from, and what the structure rules decided about it.
type para struct {
	text  string
	links []model.Link
	line  int  // 1-based source line
	blank bool // a blank line separates it from the previous paragraph

	md    int  // Markdown heading level, 0 if not a Markdown heading
	item  bool // list item
	words int

	kind  model.BlockKind
	level int
	rule  string // the rule that decided kind; tests read it
}

// splitBlocks cuts text into paragraphs. A blank line always ends one;
// Markdown headings and list items stand alone. Within a run of lines, a
// Markdown file (markdown=true) or a hard-wrapped text joins the lines, while
// a plain text puts one paragraph per line — except where a line ends with a
// Markdown hard break (two spaces or a backslash), which joins it to the next.
func splitBlocks(text string, firstLine int, markdown bool) []para {
	var out []para
	var group []string // lines of the current run
	groupLine := 0
	blank := false
	flush := func() {
		if len(group) > 0 {
			out = append(out, groupParas(group, groupLine, blank, markdown)...)
			blank = false
		}
		group = group[:0]
	}
	n := firstLine
	for len(text) > 0 {
		ln := text
		if i := strings.IndexByte(text, '\n'); i >= 0 {
			ln, text = text[:i], text[i+1:]
		} else {
			text = ""
		}
		switch {
		case isBlank(ln):
			flush()
			blank = true
		case atxLevel(ln) > 0:
			flush()
			lv := atxLevel(ln)
			p := newPara(atxText(ln), n, blank)
			p.md = lv
			out = append(out, p)
			blank = false
		case markdown && len(group) > 0 && setextLevel(ln) > 0:
			// "Title\n=====": the run so far is a heading.
			p := newPara(strings.Join(group, " "), groupLine, blank)
			p.md = setextLevel(ln)
			out = append(out, p)
			group, blank = group[:0], false
		case listMarker(ln) > 0:
			flush()
			p := newPara(itemText(ln), n, blank)
			p.item = true
			out = append(out, p)
			blank = false
		default:
			if len(group) == 0 {
				groupLine = n
			}
			group = append(group, ln)
		}
		n++
	}
	flush()
	return out
}

// groupParas turns a run of non-blank lines into paragraphs.
func groupParas(lines []string, first int, blank, markdown bool) []para {
	if markdown || hardWrapped(lines) {
		return []para{newPara(strings.Join(lines, " "), first, blank)}
	}
	var out []para
	var cur []string
	curLine := first
	for i, ln := range lines {
		if len(cur) == 0 {
			curLine = first + i
		}
		hard := strings.HasSuffix(ln, "  ") || strings.HasSuffix(ln, "\\")
		cur = append(cur, strings.TrimSuffix(ln, "\\"))
		if !hard || i == len(lines)-1 {
			out = append(out, newPara(strings.Join(cur, " "), curLine, blank && len(out) == 0))
			cur = cur[:0]
		}
	}
	return out
}

// hardWrapped tells a text wrapped at a fixed width (most lines stop
// mid-sentence, none is long, none has a Markdown hard break) from one
// written a paragraph per line.
func hardWrapped(lines []string) bool {
	if len(lines) < 3 {
		return false
	}
	open, total := 0, 0
	for i, ln := range lines {
		n := utf8.RuneCountInString(ln)
		if n > 100 || strings.HasSuffix(ln, "  ") {
			return false
		}
		total += n
		if i < len(lines)-1 && !endsSentence(strings.TrimRightFunc(ln, unicode.IsSpace)) {
			open++
		}
	}
	// Wrapped prose fills its lines; a list of names or an address does not.
	return open*2 >= len(lines)-1 && total >= minWrappedWidth*len(lines)
}

// minWrappedWidth is the mean line length (runes) of a hard-wrapped text.
const minWrappedWidth = 40

func newPara(raw string, line int, blank bool) para {
	text, links := renderInline(collapseSpace(raw))
	return para{text: text, links: links, line: line, blank: blank, words: countWords(text)}
}

func isBlank(s string) bool {
	for _, r := range s {
		if !unicode.IsSpace(r) && r != 0xFEFF && r != 0x200B {
			return false
		}
	}
	return true
}

// atxLevel is the level of a Markdown "## heading" line, or 0.
func atxLevel(s string) int {
	s = strings.TrimLeft(s, " ")
	n := 0
	for n < len(s) && s[n] == '#' {
		n++
	}
	if n == 0 || n > 6 || n == len(s) || s[n] != ' ' || isBlank(s[n:]) {
		return 0
	}
	return n
}

func atxText(s string) string {
	s = strings.TrimSpace(strings.TrimLeft(strings.TrimSpace(s), "#"))
	// A closing sequence of #s is decoration.
	if t := strings.TrimRight(s, "#"); t != s && strings.HasSuffix(t, " ") {
		s = strings.TrimSpace(t)
	}
	return s
}

func setextLevel(s string) int {
	s = strings.TrimSpace(s)
	if len(s) < 3 {
		return 0
	}
	switch {
	case strings.Trim(s, "=") == "":
		return 1
	case strings.Trim(s, "-") == "":
		return 2
	}
	return 0
}

// listMarker is the byte length of a list marker ("- ", "• ", "1. ", "٣) ")
// at the start of s, or 0.
func listMarker(s string) int {
	t := strings.TrimLeft(s, " ")
	indent := len(s) - len(t)
	for _, b := range []string{"- ", "* ", "+ ", "• ", "▪ ", "◦ ", "● ", "· "} {
		if strings.HasPrefix(t, b) && !isBlank(t[len(b):]) {
			return indent + len(b)
		}
	}
	digits, i := 0, 0
	for i < len(t) {
		r, n := utf8.DecodeRuneInString(t[i:])
		if !isDigit(r) {
			break
		}
		digits++
		i += n
	}
	if digits == 0 || digits > 3 || i+1 >= len(t) || (t[i] != '.' && t[i] != ')') || t[i+1] != ' ' || isBlank(t[i+1:]) {
		return 0
	}
	return indent + i + 2
}

// itemText drops a bullet but keeps a number: "1." is part of what the
// author wrote and may be referred to ("see point 2").
func itemText(s string) string {
	t := strings.TrimLeft(s, " ")
	r, _ := utf8.DecodeRuneInString(t)
	if isDigit(r) {
		return t
	}
	return s[listMarker(s):]
}

func isDigit(r rune) bool {
	return r >= '0' && r <= '9' || r >= '٠' && r <= '٩' || r >= '۰' && r <= '۹'
}

// collapseSpace trims s and turns every run of white space (NBSP and other
// Unicode spaces included) into one ASCII space.
func collapseSpace(s string) string {
	clean := true
	prevSpace := true
	for _, r := range s {
		sp := unicode.IsSpace(r) || r == 0xFEFF || r == 0x200B
		if sp && (prevSpace || r != ' ') {
			clean = false
			break
		}
		prevSpace = sp
	}
	if clean && !prevSpace {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	pending := false
	for _, r := range s {
		if unicode.IsSpace(r) || r == 0xFEFF || r == 0x200B {
			pending = b.Len() > 0
			continue
		}
		if pending {
			b.WriteByte(' ')
			pending = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

// countWords counts the space-separated tokens that hold a letter or a digit
// (a lone dash or quote is not a word).
func countWords(s string) int {
	n := 0
	in, word := false, false
	for _, r := range s {
		if r == ' ' {
			if in && word {
				n++
			}
			in, word = false, false
			continue
		}
		in = true
		if !word && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			word = true
		}
	}
	if in && word {
		n++
	}
	return n
}
