package data

import (
	"bytes"
	"unicode/utf8"

	"github.com/isnad/isnad/model"
)

// The start of an article, for the reader's first screen: a 10 MB article
// takes seconds to parse, its first 16 KB milliseconds.

// ArticleStart returns the whole article, as Article does, and true when
// it is no longer than upTo bytes (or parsed already); else its first
// start bytes or so, cut after a line and parsed on their own, and false.
// The start's paragraphs, sentences and ids are those of the whole
// article's start, but for its last paragraph, which may be cut short,
// and for classifications that depend on what follows.
func (l *Library) ArticleStart(id string, upTo, start int) (*model.Article, bool, error) {
	i, ok := l.lookup(id)
	if !ok || l.cache.get(id) != nil || l.file(i).coll != nil {
		// A record of a collection is read whole anyway.
		a, err := l.Article(id)
		return a, err == nil, err
	}
	f := l.file(i)
	raw, complete, err := l.read(f.org, int64(max(upTo, start)), l.o.ReadTimeout)
	if err != nil {
		return nil, false, readProblem(f.path, err)
	}
	if complete {
		a, err := l.Article(id)
		return a, err == nil, err
	}
	raw, _, prob := checkText(f.path, raw[:min(start, len(raw))], false)
	if prob != nil {
		return nil, false, prob
	}
	return ParseArticleStart(f.id, f.path, raw, l.snapshot(i).Meta), false, nil
}

// ParseArticleStart parses raw, the first bytes of a longer article, as
// ParseArticle would its start: raw is cut after its last line break (a
// Markdown paragraph may be cut), else after a space, else between
// characters.
func ParseArticleStart(id, path string, raw []byte, meta model.Meta) *model.Article {
	return ParseArticle(id, path, raw[:startCut(raw)], meta)
}

// startCut is where the start raw of a longer text is cut.
func startCut(raw []byte) int {
	if bytes.HasPrefix(raw, []byte{0xFF, 0xFE}) || bytes.HasPrefix(raw, []byte{0xFE, 0xFF}) {
		// UTF-16: whole code units, never half a surrogate pair.
		n := len(raw) &^ 1
		if n >= 4 {
			hi := raw[n-2 : n]
			unit := int(hi[0]) | int(hi[1])<<8 // little-endian
			if raw[0] == 0xFE {
				unit = int(hi[0])<<8 | int(hi[1])
			}
			if unit >= 0xD800 && unit < 0xDC00 {
				n -= 2
			}
		}
		return n
	}
	if i := bytes.LastIndexByte(raw, '\n'); i >= len(raw)/2 {
		return i + 1
	}
	if i := bytes.LastIndexByte(raw, ' '); i >= len(raw)/2 {
		return i + 1
	}
	n := len(raw)
	for k := n - 1; k >= 0 && k >= n-utf8.UTFMax; k-- {
		if utf8.RuneStart(raw[k]) {
			if !utf8.FullRune(raw[k:]) {
				n = k // a character cut in the middle
			}
			break
		}
	}
	return n
}
