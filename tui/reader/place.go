package reader

import (
	"sort"

	"github.com/isnad/isnad/model"
	"github.com/isnad/isnad/tui/common"
)

// This file maps the reader's rows to places in the article (paragraph and
// byte offset) and back: what the jump list records, what a resize keeps
// at the top.

// anchor is the logical position of the top row.
func (r *Reader) anchor() common.Location {
	loc := common.Location{Article: r.art.ID}
	if r.top.b >= len(r.flow.blocks) {
		return loc
	}
	bl, i := r.flow.line(r.top)
	// A gap row is shown above the line after it.
	ln := r.flow.get(r.top.b).lines[max(i, 0)]
	loc.Para, loc.Offset = bl.para, bl.start+ln.Start
	return loc
}

// sentenceStart moves loc back to the start of the sentence it is in, so a
// re-wrap keeps the whole sentence on screen.
func (r *Reader) sentenceStart(loc common.Location) common.Location {
	if loc.Para < 0 || loc.Para >= len(r.art.Paragraphs) {
		return loc
	}
	p := &r.art.Paragraphs[loc.Para]
	off := paraOffset(p, loc.Offset)
	sents := r.art.Sentences[p.SentFrom:min(p.SentTo, len(r.art.Sentences))]
	k := sort.Search(len(sents), func(i int) bool { return sents[i].End > off })
	if k < len(sents) && off >= sents[k].Start {
		s := &sents[k]
		loc.Offset = shownOffset(p, s.Start)
		if s.Start == 0 {
			loc.Offset = 0
		}
	}
	return loc
}

// scrollTo puts loc on the top row.
func (r *Reader) scrollTo(loc common.Location) {
	r.setTop(r.flow.locate(loc.Para, loc.Offset))
}

// Place is the reader's place now, for the jump list: the top of the
// screen and the selected claim.
func (r *Reader) Place() (common.Location, bool) {
	if r.art == nil {
		return common.Location{}, false
	}
	loc := r.anchor()
	if c := r.marks.current(); c != nil {
		loc.Claim = c.id
	}
	return loc, true
}

// restore goes back to a place: the claim selected there, and the top of
// the screen. Without a top (Para -1) it brings the claim — or, for a
// sentence that is no claim, the sentence — into view.
func (r *Reader) restore(loc common.Location) {
	selected := loc.Claim != "" && r.selectClaim(loc.Claim)
	if !selected && r.marks.cur >= 0 {
		r.setCurrent(-1)
	}
	switch {
	case loc.Para >= 0:
		r.scrollTo(loc)
	case selected:
		r.center(r.claimRow(r.marks.current()))
	case loc.Claim != "":
		if sen := r.art.Sentence(loc.Claim); sen != nil {
			off := shownOffset(&r.art.Paragraphs[sen.Para], sen.Start)
			r.center(r.flow.locate(sen.Para, off))
		}
	}
}

// reaches reports whether the article shown holds loc, when only its start
// has been read: a place in its last paragraph, which may be cut, or after
// it waits for the whole.
func (r *Reader) reaches(loc common.Location) bool {
	if r.whole {
		return true
	}
	para := loc.Para
	if para < 0 {
		ref, err := model.ParseRef(loc.Claim)
		if err != nil || ref.N < 1 || ref.N > len(r.art.Sentences) {
			return false
		}
		para = r.art.Sentences[ref.N-1].Para
	}
	return para < len(r.art.Paragraphs)-1
}
