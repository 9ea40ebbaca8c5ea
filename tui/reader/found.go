package reader

import (
	"github.com/isnad/isnad/model"
	"github.com/isnad/isnad/text"
	"github.com/isnad/isnad/tui/common"
)

// found is what a search found in one sentence (common.GoToMsg.Found): the
// reader highlights those words until it goes elsewhere.
type found struct {
	sentence string
	spans    []model.Span // byte ranges of the sentence's text
}

// setFound takes the words a GoToMsg brings (none: the highlight goes) and
// redraws the paragraphs concerned.
func (r *Reader) setFound(m common.GoToMsg) {
	old := r.found.para(r.art)
	r.found = found{}
	if len(m.Found) > 0 {
		r.found = found{sentence: m.To.Claim, spans: m.Found}
	}
	if r.art == nil {
		return
	}
	for _, p := range []int{old, r.found.para(r.art)} {
		if p >= 0 {
			r.flow.redraw(p)
		}
	}
}

// para is the paragraph of a's that holds the sentence, -1 for none (or
// not yet: the start of a long article is shown before the rest is read).
func (f found) para(a *model.Article) int {
	if a == nil || f.sentence == "" {
		return -1
	}
	if sen := a.Sentence(f.sentence); sen != nil {
		return sen.Para
	}
	return -1
}

// spansOf styles the words found in paragraph pi of the article shown, in
// the offsets of the text the reader lays out, less shift (where the piece
// laid out starts in it).
func (r *Reader) spansOf(pi, shift int) []text.Span {
	if r.found.para(r.art) != pi {
		return nil
	}
	sen := r.art.Sentence(r.found.sentence)
	p := &r.art.Paragraphs[pi]
	style := common.StyleFn(r.ctx.Styles.Match)
	out := make([]text.Span, 0, len(r.found.spans))
	for _, m := range r.found.spans {
		if m.Start < 0 || m.End <= m.Start || m.End > len(sen.Text) {
			continue // not this sentence's (the article changed)
		}
		out = append(out, text.Span{Start: shownOffset(p, sen.Start+m.Start) - shift, End: shownOffset(p, sen.Start+m.End) - shift, Style: style})
	}
	return out
}
