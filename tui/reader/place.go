package reader

import (
	tea "charm.land/bubbletea/v2"

	"github.com/isnad/isnad/model"
	"github.com/isnad/isnad/tui/common"
)

// loadedMsg carries an article parsed and analysed off the event loop, for
// load req.
type loadedMsg struct {
	req      int
	art      *model.Article
	sourcing *model.Sourcing
	to       common.Location
	err      error
}

// goTo shows a place: at once in the article on screen, else after
// loading its article.
func (r *Reader) goTo(to common.Location) tea.Cmd {
	if to.View != nil || to.Article == "" {
		return nil
	}
	r.req++ // whatever was loading is not wanted any more
	if r.art != nil && r.art.ID == to.Article {
		r.restore(to)
		return common.ShowAloneCmd(ID)
	}
	req, lib := r.req, r.ctx.Lib
	return func() tea.Msg {
		art, err := lib.Article(to.Article)
		if err != nil {
			return loadedMsg{req: req, err: err}
		}
		s, err := lib.Sourcing(to.Article)
		if err != nil {
			s = nil // the reader still shows the text
		}
		return loadedMsg{req: req, art: art, sourcing: s, to: to}
	}
}

// loaded shows a loaded article, unless a later load was asked for since.
func (r *Reader) loaded(m loadedMsg) tea.Cmd {
	if m.req != r.req {
		return nil // stale: a later request wins, however fast it was
	}
	if m.err != nil {
		return common.StatusCmd("cannot open: " + m.err.Error())
	}
	r.open(m.art, m.sourcing)
	r.restore(m.to)
	return common.ShowAloneCmd(ID)
}

// anchor is the logical position of the top row.
func (r *Reader) anchor() common.Location {
	for i := r.scroll.Top(); i < len(r.rows); i++ {
		if r.rows[i].para >= 0 {
			return common.Location{Article: r.art.ID, Para: r.rows[i].para, Offset: r.rows[i].line.Start}
		}
	}
	return common.Location{Article: r.art.ID}
}

// sentenceStart moves loc back to the start of the sentence it is in, so a
// re-wrap keeps the whole sentence on screen.
func (r *Reader) sentenceStart(loc common.Location) common.Location {
	if loc.Para < 0 || loc.Para >= len(r.art.Paragraphs) {
		return loc
	}
	p := &r.art.Paragraphs[loc.Para]
	off := paraOffset(p, loc.Offset)
	for si := p.SentFrom; si < p.SentTo; si++ {
		s := &r.art.Sentences[si]
		if off >= s.Start && off < s.End {
			loc.Offset = shownOffset(p, s.Start)
			if s.Start == 0 {
				loc.Offset = 0
			}
			break
		}
	}
	return loc
}

// rowOf finds the row showing loc, or the nearest row after it.
func (r *Reader) rowOf(loc common.Location) int {
	best := -1
	for i, rw := range r.rows {
		if rw.para < 0 {
			continue
		}
		if rw.para == loc.Para && loc.Offset >= rw.line.Start && loc.Offset < max(rw.line.End, rw.line.Start+1) {
			return i
		}
		if rw.para > loc.Para && best < 0 {
			best = i
		}
		if rw.para == loc.Para {
			best = i // the paragraph's last row if the offset is past it
		}
	}
	return max(best, 0)
}

// scrollTo puts loc on the top row.
func (r *Reader) scrollTo(loc common.Location) {
	r.scroll.SetTop(r.rowOf(loc))
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
		old := r.marks.cur
		r.marks.cur = -1
		r.rerenderParas(r.marks.order[old].para)
	}
	switch {
	case loc.Para >= 0:
		r.scrollTo(loc)
	case selected:
		c := r.marks.current()
		r.scroll.Center(r.rowOf(common.Location{Para: c.para, Offset: c.start}))
	case loc.Claim != "":
		if sen := r.art.Sentence(loc.Claim); sen != nil {
			off := shownOffset(&r.art.Paragraphs[sen.Para], sen.Start)
			r.scroll.Center(r.rowOf(common.Location{Para: sen.Para, Offset: off}))
		}
	}
}
