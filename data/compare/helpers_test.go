package compare

import (
	"strings"

	"github.com/isnad/isnad/model"
)

// block is one paragraph of a hand-made article: its kind and sentences.
type block struct {
	kind  model.BlockKind
	sents []string
}

func body(s ...string) block   { return block{model.Body, s} }
func heading(s string) block   { return block{model.Heading, []string{s}} }
func item(s ...string) block   { return block{model.ListItem, s} }
func chrome(s ...string) block { return block{model.Boilerplate, s} }

// mkArticle builds a parsed article the way package data would: ids,
// paragraphs, sections and sentences (boilerplate has none).
func mkArticle(id, date string, blocks ...block) *model.Article {
	a := &model.Article{ID: id, Meta: model.Meta{Date: date}, Parsed: true}
	section := -1
	for pi, b := range blocks {
		p := model.Paragraph{ID: model.ElemID(id, 'p', pi), N: pi, Kind: b.kind, Text: strings.Join(b.sents, " ")}
		if b.kind == model.Heading {
			section = len(a.Sections)
			a.Sections = append(a.Sections, model.Section{ID: model.ElemID(id, 'h', section), N: section,
				Title: b.sents[0], Level: 2, Para: pi, ParaEnd: len(blocks)})
		}
		p.Section = section
		p.SentFrom = len(a.Sentences)
		if b.kind != model.Boilerplate {
			off := 0
			for _, s := range b.sents {
				n := len(a.Sentences)
				a.Sentences = append(a.Sentences, model.Sentence{ID: model.ElemID(id, 's', n), N: n, Para: pi,
					Start: off, End: off + len(s), Text: s})
				off += len(s) + 1
			}
		}
		p.SentTo = len(a.Sentences)
		a.Paragraphs = append(a.Paragraphs, p)
	}
	return a
}
