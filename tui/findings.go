package tui

import (
	"fmt"

	tea "charm.land/bubbletea/v2"

	"github.com/isnad/isnad/model"
	"github.com/isnad/isnad/tui/common"
)

// This file is how findings leave the explorer, from any screen that has
// them: y copies the claim the user is on with what backs it (OSC 52, so
// that it works over SSH and in tmux with set-clipboard on), e writes the
// report of the view on screen to a file. Screens say what they hold
// (common.ClaimHolder, common.Reporter); the reader is a place, and its
// claim is the one selected there, else the first below the top of the
// screen. The work runs in the background (common.BackgroundCmd): a report
// of a large corpus takes a while, and the clipboard sequence must reach
// Bubble Tea, which a key's tracked command does not.

// Searcher, OpenSearch and Exporter are what the explorer reaches beyond
// the corpus: the search index and the way findings leave (see
// common/findings.go); Options.Search and Options.Export take them.
type (
	Searcher   = common.Searcher
	OpenSearch = common.OpenSearch
	Exporter   = common.Exporter
)

// copyClaim copies the claim the user is on.
func (a *App) copyClaim() tea.Cmd {
	exp := a.ctx.Opts.Export
	if exp == nil {
		return common.StatusCmd("copying is not available in this session")
	}
	var id string
	var from *common.Location
	switch s := a.Top().(type) {
	case common.ClaimHolder:
		c, ok := s.CurrentClaim()
		if !ok {
			return common.StatusCmd("no claim under the cursor")
		}
		id = c
	case common.Placer:
		loc, ok := s.Place()
		if !ok {
			return common.StatusCmd("no claim here")
		}
		id, from = loc.Claim, &loc
	default:
		return common.StatusCmd("no claim to copy here")
	}
	lib, set := a.ctx.Lib, a.ctx.NoteSet() // a set never changes: safe off the UI goroutine
	return common.BackgroundCmd(func() tea.Msg {
		if id == "" {
			if id = claimBelow(lib, *from); id == "" {
				return common.StatusMsg{Text: "no claim below the top of the screen"}
			}
		}
		notes := set.On(id)
		txt, err := exp.Cite(id, notes)
		if err != nil {
			return common.StatusMsg{Text: "cannot copy " + id + ": " + err.Error()}
		}
		what := id + " and its sources"
		if n := len(notes); n > 0 {
			what = fmt.Sprintf("%s, its sources and %d note%s", id, n, common.Plural(n))
		}
		return tea.BatchMsg{tea.SetClipboard(txt), common.StatusCmd(what + " copied to the clipboard")}
	})
}

// claimBelow is the first claim of loc's article at or below loc, or "".
func claimBelow(lib common.Library, loc common.Location) string {
	a, err := lib.Article(loc.Article)
	if err != nil {
		return ""
	}
	s, err := lib.Sourcing(loc.Article)
	if err != nil {
		return ""
	}
	best, bestSen := "", (*model.Sentence)(nil)
	for _, c := range s.Claims {
		sen := a.Sentence(c.ID)
		if sen == nil || sen.Para < loc.Para || sen.Para == loc.Para && sen.End <= loc.Offset {
			continue
		}
		if bestSen == nil || sen.N < bestSen.N {
			best, bestSen = c.ID, sen
		}
	}
	return best
}

// report writes the report of the view on screen, with the notes on its
// claims.
func (a *App) report() tea.Cmd {
	exp := a.ctx.Opts.Export
	if exp == nil {
		return common.StatusCmd("reports are not available in this session")
	}
	var rq model.ReportRequest
	switch s := a.Top().(type) {
	case common.Reporter:
		r, ok := s.Report()
		if !ok {
			return common.StatusCmd("no claim to report here")
		}
		rq = r
	case common.Placer:
		loc, ok := s.Place()
		if !ok {
			return common.StatusCmd("nothing to report here")
		}
		rq = model.ReportRequest{Name: loc.Article, Title: "Cited report: " + a.ctx.Lib.Name() + ", article " + loc.Article,
			Articles: []string{loc.Article}}
	default:
		return common.StatusCmd("nothing to report on this screen")
	}
	if set := a.ctx.NoteSet(); rq.Notes == nil && set.Len() > 0 {
		rq.Notes = set.All() // the notes on the claims reported
	}
	a.ctx.Note = "writing the report…"
	return common.BackgroundCmd(func() tea.Msg {
		path, err := exp.Report(rq)
		if err != nil {
			return common.StatusMsg{Text: "report not written: " + err.Error()}
		}
		return common.StatusMsg{Text: "report written to " + path}
	})
}
