package data

import (
	"path"
	"strings"

	"github.com/isnad/isnad/model"
)

// ParseArticle parses one file of a corpus into an article: decoded and
// normalised (see decode), cut into paragraphs, headings, list items and
// boilerplate (see structure), sections and sentences, with stable ids and
// stats. A YAML front matter block at the top is skipped (read it with
// ReadMeta). meta is stored as given. ParseArticle never fails: whatever is
// wrong with raw becomes a Problem on the article.
//
// path is the file's path in its corpus (slash-separated); a ".md" or
// ".markdown" extension makes consecutive lines one paragraph, as Markdown
// does, where a plain text has one paragraph per line.
func ParseArticle(id, path string, raw []byte, meta model.Meta) *model.Article {
	ps, probs := parseParas(path, raw)
	a := &model.Article{ID: id, Path: path, Meta: meta, Parsed: true, Problems: probs}
	build(a, ps)
	// Nothing set aside silently: say what was classed as chrome, and that
	// a language without a lexicon is not analysed.
	if p := boilerplateNotice(path, a.Stats.Boilerplate, len(a.Paragraphs)); p != nil {
		a.Problems = append(a.Problems, *p)
	}
	if p := languageNotice(path, meta.Lang); p != nil {
		a.Problems = append(a.Problems, *p)
	}
	return a
}

// parseParas decodes raw and decides its paragraphs.
func parseParas(path string, raw []byte) ([]para, []model.Problem) {
	text, probs := decode(path, raw)
	body, bodyLine := skipFrontMatter(text)
	return structure(splitBlocks(body, bodyLine, isMarkdownPath(path))), probs
}

func isMarkdownPath(p string) bool {
	switch strings.ToLower(path.Ext(p)) {
	case ".md", ".markdown", ".mdown", ".mkd":
		return true
	}
	return false
}

// build turns the decided paragraphs into the article's paragraphs, sections
// and sentences, with ids, and fills its stats.
func build(a *model.Article, ps []para) {
	a.Paragraphs = make([]model.Paragraph, len(ps))
	section := -1
	var open []int // sections not yet closed, outermost first
	refs := false  // inside a reference list: one sentence per entry
	for i, p := range ps {
		mp := &a.Paragraphs[i]
		*mp = model.Paragraph{ID: model.ElemID(a.ID, 'p', i), N: i, Kind: p.kind, Level: p.level,
			Text: p.text, Line: p.line, Links: p.links}
		if p.kind == model.Heading {
			for len(open) > 0 && a.Sections[open[len(open)-1]].Level >= p.level {
				a.Sections[open[len(open)-1]].ParaEnd = i
				open = open[:len(open)-1]
			}
			section = len(a.Sections)
			// The outline shows "المقدمة", not "المقدمة:".
			title := strings.TrimRight(p.text, " :：")
			if title == "" {
				title = p.text
			}
			a.Sections = append(a.Sections, model.Section{ID: model.ElemID(a.ID, 'h', section), N: section,
				Title: title, Level: p.level, Para: i, ParaEnd: len(ps)})
			open = append(open, section)
			refs = isReferencesHeading(p.text)
		}
		mp.Section = section
		mp.SentFrom = len(a.Sentences)
		if p.kind != model.Boilerplate {
			whole := p.kind == model.Heading || refs && p.kind != model.Heading
			for _, sp := range splitSentences(p.text, whole) {
				n := len(a.Sentences)
				a.Sentences = append(a.Sentences, model.Sentence{ID: model.ElemID(a.ID, 's', n), N: n, Para: i,
					Start: sp[0], End: sp[1], Text: p.text[sp[0]:sp[1]]})
			}
			a.Stats.Words += p.words
			a.Stats.Paragraphs++
		} else {
			a.Stats.Boilerplate++
		}
		mp.SentTo = len(a.Sentences)
	}
	a.Stats.Sentences = len(a.Sentences)
	a.Stats.Known = true
}

// skipFrontMatter returns the text after a YAML front matter block ("---"
// line, YAML, "---" or "..." line) and the 1-based line it starts on.
func skipFrontMatter(text string) (string, int) {
	_, body, line, ok := cutFrontMatter(text)
	if !ok {
		return text, 1
	}
	return body, line
}

// cutFrontMatter splits a leading front matter block from text: its YAML,
// the rest, and the 1-based line where the rest starts.
func cutFrontMatter(text string) (yml, body string, line int, ok bool) {
	if !strings.HasPrefix(text, "---\n") {
		return "", text, 1, false
	}
	rest := text[4:]
	for off, n := 0, 2; off < len(rest) && off < maxFrontMatter; n++ {
		end := strings.IndexByte(rest[off:], '\n')
		ln := rest[off:]
		if end >= 0 {
			ln = rest[off : off+end]
		}
		if t := strings.TrimRight(ln, " "); t == "---" || t == "..." {
			if end < 0 {
				return rest[:off], "", n + 1, true
			}
			return rest[:off], rest[off+end+1:], n + 1, true
		}
		if end < 0 {
			break
		}
		off += end + 1
	}
	return "", text, 1, false
}

// maxFrontMatter is how far to look for the end of a front matter block.
const maxFrontMatter = 64 << 10
