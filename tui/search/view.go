package search

import (
	"fmt"
	"strings"

	"github.com/isnad/isnad/model"
	"github.com/isnad/isnad/text"
	"github.com/isnad/isnad/tui/common"
	"github.com/isnad/isnad/tui/panel"
)

// syntax is what the empty screen says about queries.
var syntax = [][2]string{
	{"words", "every word, in one sentence; Arabic spelling folded (ة/ه, hamza, ى/ي, harakat)"},
	{`"a phrase"`, "the words in this order"},
	{"-word", "not in the sentence"},
	{"outlet:WORDS", "the article's outlet"},
	{"date:2024-06", "also date:>2024-06, >=, <, <="},
	{"status:anonymous", "claims of a status: cited, attributed, anonymous, unsourced"},
	{"source:reuters", "claims that cite, quote or name a source"},
	{"article:000", "one article; lang:en one language"},
}

// rebuild lays the hits (or what stands in for them) out as the list's
// items, keeping the cursor on the same sentence.
func (s *Search) rebuild() {
	keep, _ := s.list.Selected()
	st := s.ctx.Styles
	var items []panel.Item
	note := func(style func(string) string, lines ...string) {
		for _, l := range lines {
			items = append(items, panel.Item{Lines: panel.Text(s.ctx, l, 2, text.LTR, style)})
		}
	}
	muted := common.StyleFn(st.Muted)
	hits := s.hits()
	switch {
	case s.ctx.Opts.Search == nil:
		note(muted, "there is no search index in this session")
	case s.idxErr != nil && s.idx == nil:
		note(common.StyleFn(st.Warn), "search index: "+s.idxErr.Error())
		note(muted, fmt.Sprintf("%s tries again", common.FirstKey(s.ctx.Keys.Get(common.ActSearch))))
	case s.input.Query() == "":
		w := 0
		for _, l := range syntax {
			w = max(w, text.Width(l[0]))
		}
		for _, l := range syntax {
			head := "  " + st.Notice.Render(common.PadRight(l[0], w)) + "  "
			items = append(items, panel.Item{Lines: []string{head + st.Muted.Render(common.Fit(l[1], s.ctx.Width-w-5))}})
		}
	case s.idx == nil:
		note(muted, "opening the search index…")
	case s.err != nil:
		note(common.StyleFn(st.Warn), s.err.Error())
	case s.res == nil:
	case len(hits) == 0 && s.res.Partial:
		note(muted, "no sentence matches yet; the index is still being built")
	case len(hits) == 0:
		note(muted, "no sentence matches")
	default:
		idW := 0
		for _, h := range hits {
			idW = max(idW, text.Width(h.Sentence))
		}
		idW = min(idW, s.maxIDWidth())
		match := common.Wrap(st.Match)
		for _, h := range hits {
			items = append(items, panel.Item{Lines: []string{s.row(h, idW, match)}, Target: panel.Target{Claim: h.Sentence}})
		}
	}
	s.list.SetItems(items)
	s.list.Select(keep)
	s.list.Head = s.head()
	s.list.Left = s.summary()
	s.list.Hints = s.ShortHelp()
}

// maxIDWidth is the most a hit's sentence id may take: the sentence ids of
// a collection ("aawsat/2015-07-21/1234#s12") are long, and what tells
// them apart is their end (common.ShortID keeps it).
func (s *Search) maxIDWidth() int { return max(min(24, s.ctx.Width/4), 8) }

// row is one hit: its sentence id, the claim mark (· for a sentence that
// is no claim), and the sentence in context, its matches styled with
// match.
func (s *Search) row(h model.Hit, idW int, match func(string) string) string {
	st := s.ctx.Styles
	mark, style := "·", common.StyleFn(st.Muted)
	if h.Status != "" {
		mark, style = common.StatusMark(h.Status), st.StatusStyle(h.Status)
	}
	head := " " + common.PadRight(common.ShortID(h.Sentence, idW), idW) + " " + mark + " "
	w := max(s.ctx.Width-text.Width(head)-1, 1)
	ln, spans := kwic(s.ctx.Engine, h.Text, h.Matches, w, match)
	body := ln.Render(spans)
	if ln.RTL {
		body = strings.Repeat(" ", max(w-ln.Width, 0)) + body
	}
	return style(head) + body
}

// head is the title row: the screen's name and the query, then, on the
// right, which article the hit under the cursor is from; each laid out on
// its own (the query and the title are content in their own direction).
func (s *Search) head() string {
	st := s.ctx.Styles
	w := s.ctx.Width
	name := "search "
	q := s.input.View(s.ctx.Engine, max(w/2-text.Width(name), 1))
	if q == "" {
		q = st.Muted.Render(common.Fit(common.FirstKey(s.ctx.Keys.Get(common.ActFilter))+" to type a query", w-text.Width(name)))
	}
	left := st.Title.Render(name) + q
	room := w - text.Width(left) - 3
	if about := s.about(); about != "" && room >= 10 {
		a, aw := s.ctx.Engine.Fit(about, room, text.Auto).Content()
		return left + strings.Repeat(" ", w-text.Width(left)-aw) + st.Muted.Render(a)
	}
	return left
}

// summary is the status bar's own part: how many hits, and how far the
// index is while it builds.
func (s *Search) summary() string {
	var parts []string
	if r := s.res; r != nil && s.err == nil && s.input.Query() != "" {
		switch {
		case r.More:
			parts = append(parts, fmt.Sprintf("%d+ hits", len(r.Hits)))
		default:
			parts = append(parts, fmt.Sprintf("%d hit%s", len(r.Hits), common.Plural(len(r.Hits))))
		}
		parts[0] += fmt.Sprintf(" in %d article%s", r.Articles, common.Plural(r.Articles))
	}
	switch {
	case s.opening:
		parts = append(parts, "opening the index")
	case s.idx != nil && !s.built && s.total > 0:
		parts = append(parts, fmt.Sprintf("indexing %d/%d", s.done, s.total))
	}
	return strings.Join(parts, " · ")
}

// about says which article the hit under the cursor is from.
func (s *Search) about() string {
	h := s.selected()
	if h == nil {
		return ""
	}
	if s.titles == nil {
		s.titles = map[string]*model.Article{}
		for _, a := range s.ctx.Lib.Articles() {
			s.titles[a.ID] = a
		}
	}
	a := s.titles[h.Article]
	if a == nil {
		return h.Article
	}
	return strings.Join(common.NonEmpty(a.Meta.Title, a.Meta.Outlet, a.Meta.Date), " · ")
}

// View draws the query, the hits and the status bar.
func (s *Search) View() string {
	s.list.Head = s.head() // the cursor may have moved
	return s.list.View()
}
