package reader

import (
	tea "charm.land/bubbletea/v2"

	"github.com/isnad/isnad/model"
	"github.com/isnad/isnad/tui/common"
)

// An article opens in up to three steps, none of which the keys wait for
// but the first, which is short:
//
//	start   its first startBytes, parsed on their own: the first screen
//	rest    the whole article, parsed in the background
//	claims  its analysis, in the background; the marks arrive with it
//
// A short article (wholeBytes) comes whole, with its claims, in the first
// step. Each
// step's message carries the id of the request that opened the article:
// a later request drops what an earlier one still sends.

// wholeBytes: an article up to this size opens whole, with its claims, in
// one step that the keys typed meanwhile wait for, as before ("enter ]"
// selects its first claim): its parse and analysis take some 20 ms.
const wholeBytes = 64 << 10

// startBytes is how much of a longer article is parsed before its first
// screen:
// a screen and a half of two-byte letters, 16 KB at least — a few
// milliseconds of parsing even while the background pass parses a huge
// article beside it, whose garbage collection slows every allocation
// (64 KB took 75 ms then, 16 KB 20 ms, on a busy 2-core machine).
func (r *Reader) startBytes() int {
	return max(16<<10, 3*r.height*r.textWidth)
}

// phase is what the reader still waits for of the article it shows.
type phase uint8

const (
	ready         phase = iota
	readingRest         // the whole text, after its start
	findingClaims       // the analysis
)

// startMsg carries the start of an article (all of it when whole, with
// its claims when short), for request req.
type startMsg struct {
	req      int
	art      *model.Article
	whole    bool
	sourcing *model.Sourcing // nil unless whole and short, or when it failed
	later    bool            // whole but long: its claims come in the background
	to       common.Location
	err      error
}

// restMsg carries the whole article, for the request that opened it.
type restMsg struct {
	req int
	art *model.Article
	err error
}

// claimsMsg carries the article's claims (nil when the analysis failed).
type claimsMsg struct {
	req      int
	sourcing *model.Sourcing
}

// goTo shows a place: at once in the article on screen, else after
// loading the start of its article.
func (r *Reader) goTo(to common.Location) tea.Cmd {
	if to.View != nil || to.Article == "" {
		return nil
	}
	r.req++ // whatever start was loading is not wanted any more
	if r.art != nil && r.art.ID == to.Article {
		r.goToHere(to)
		return common.ShowAloneCmd(ID)
	}
	req, lib, n := r.req, r.ctx.Lib, r.startBytes()
	return func() tea.Msg {
		art, whole, err := lib.ArticleStart(to.Article, wholeBytes, n)
		if err != nil {
			return startMsg{req: req, err: err}
		}
		m := startMsg{req: req, art: art, whole: whole, to: to, later: whole && textBytes(art) > wholeBytes}
		if whole && !m.later {
			if s, err := lib.Sourcing(to.Article); err == nil {
				m.sourcing = s // else the reader still shows the text
			}
		}
		return m
	}
}

// textBytes is the size of an article's text.
func textBytes(a *model.Article) int {
	n := 0
	for i := range a.Paragraphs {
		n += len(a.Paragraphs[i].Text)
	}
	return n
}

// started shows the start of an article, unless a later load was asked
// for since, and asks for what is missing.
func (r *Reader) started(m startMsg) tea.Cmd {
	if m.req != r.req {
		return nil // stale: a later request wins, however fast it was
	}
	if m.err != nil {
		return common.StatusCmd("cannot open: " + m.err.Error())
	}
	r.opened = m.req
	r.open(m.art, m.sourcing, m.whole)
	switch {
	case !m.whole:
		r.phase = readingRest
	case m.later:
		r.phase = findingClaims
	}
	r.goToHere(m.to)
	show := tea.Batch(common.ShowAloneCmd(ID), r.search(false))
	switch r.phase {
	case readingRest:
		return tea.Batch(show, common.BackgroundCmd(r.restCmd(m.req, m.art.ID)))
	case findingClaims:
		return tea.Batch(show, common.BackgroundCmd(r.claimsCmd(m.req, m.art.ID)))
	}
	return show
}

func (r *Reader) restCmd(req int, id string) tea.Cmd {
	lib := r.ctx.Lib
	return func() tea.Msg {
		art, err := lib.Article(id)
		return restMsg{req: req, art: art, err: err}
	}
}

func (r *Reader) claimsCmd(req int, id string) tea.Cmd {
	lib := r.ctx.Lib
	return func() tea.Msg {
		s, err := lib.Sourcing(id)
		if err != nil {
			s = nil
		}
		return claimsMsg{req: req, sourcing: s}
	}
}

// rested puts the whole article in place of its start, keeping the place
// on screen, and goes where the user asked meanwhile.
func (r *Reader) rested(m restMsg) tea.Cmd {
	if m.req != r.opened || r.whole {
		return nil
	}
	if m.err != nil {
		r.phase = ready
		return common.StatusCmd("cannot read the rest of the article: " + m.err.Error())
	}
	anchor := r.anchor()
	r.art, r.whole = m.art, true
	r.titlePara = titleParagraph(m.art)
	r.layout()
	r.scrollTo(anchor)
	bottom := r.toBottom && r.pending == nil
	switch {
	case r.pending != nil:
		to := *r.pending
		r.pending = nil
		r.goToHere(to)
	case r.toBottom:
		r.setTop(r.flow.end())
	}
	r.toBottom = false
	r.phase = findingClaims
	r.placeNotes()
	claims := tea.Batch(r.search(false), common.BackgroundCmd(r.claimsCmd(m.req, m.art.ID)))
	if bottom {
		// G is done: the status bar no longer says it waits.
		return tea.Batch(common.StatusCmd(""), claims)
	}
	return claims
}

// claimsFound marks the claims, and selects the one the user went to
// meanwhile.
func (r *Reader) claimsFound(m claimsMsg) {
	if m.req != r.opened || r.phase != findingClaims {
		return
	}
	r.phase = ready
	r.marks = newClaimMarks(r.art, m.sourcing, r.ctx.Styles)
	r.flow.redraw(-1)
	if r.wantClaim != "" {
		r.selectClaim(r.wantClaim)
		r.wantClaim = ""
	}
}

// goToHere goes to a place in the article shown, or, when only its start
// is read and the place is further, once the whole has come.
func (r *Reader) goToHere(to common.Location) {
	if !r.reaches(to) {
		r.pending = &to
		return
	}
	r.pending = nil
	r.restore(to)
	if to.Claim != "" && r.marks.current() == nil && r.phase != ready {
		r.wantClaim = to.Claim
	}
}

// waiting says what the status bar shows while a step is under way.
func (r *Reader) waiting() string {
	switch r.phase {
	case readingRest:
		return "reading the article…"
	case findingClaims:
		return "finding claims…"
	}
	return ""
}
