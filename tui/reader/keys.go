package reader

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/isnad/isnad/tui/common"
	"github.com/isnad/isnad/tui/outline"
	"github.com/isnad/isnad/tui/panel"
)

// This file is what the reader's keys do, and the hints and help that
// list them.

// Actions are the reader's keys; while the search's query is typed, the
// filter's, and while one is set, esc clears it first and n/N move.
func (r *Reader) Actions() []common.Action {
	own := []common.Action{common.ActBack, common.ActOpen, common.ActFilter, common.ActNote, common.ActOutline,
		common.ActNextArticle, common.ActPrevArticle, common.ActBoilerplate, common.ActControls,
		common.ActNextClaim, common.ActPrevClaim}
	if r.find.input.Query() != "" {
		own = append(own, common.ActNextMatch, common.ActPrevMatch)
	}
	return r.find.input.Actions(own...)
}

// ShortHelp is the status bar's hints, the most used first: the bar cuts
// the last ones where there is no room (copy and report, which the help
// screen lists among the global keys).
func (r *Reader) ShortHelp() []key.Binding {
	k := r.ctx.Keys
	if r.find.input.Typing() {
		return []key.Binding{k.Described(common.ActAccept, "keep"), k.Described(common.ActClear, "clear"),
			k.Arrows("scroll")}
	}
	var hs []key.Binding
	if r.find.input.Query() != "" {
		hs = append(hs, k.Pair(common.ActNextMatch, common.ActPrevMatch, "matches"), k.Described(common.ActClear, "clear"))
	}
	return append(hs, k.Pair(common.ActNextClaim, common.ActPrevClaim, "claims"),
		k.Described(common.ActOpen, "sources"), k.Described(common.ActFilter, "search"),
		k.Described(common.ActNote, "note"), k.Get(common.ActOutline), k.Get(common.ActBack),
		k.Described(common.ActCopy, "copy"), k.Described(common.ActReport, "report"))
}

// FullHelp is the reader's keys for the help screen.
func (r *Reader) FullHelp() [][]key.Binding {
	k := r.ctx.Keys
	return [][]key.Binding{{k.Get(common.ActNextClaim), k.Get(common.ActPrevClaim),
		k.Described(common.ActOpen, "sources of the claim"), k.Described(common.ActNote, "add a note on the claim"),
		k.Described(common.ActFilter, "search the article"), k.Get(common.ActNextMatch), k.Get(common.ActPrevMatch),
		k.Described(common.ActClear, "clear the search"), k.Get(common.ActOutline), k.Get(common.ActNextArticle),
		k.Get(common.ActPrevArticle), k.Get(common.ActBoilerplate), k.Get(common.ActControls), k.Get(common.ActBack)}}
}

// action does what a key means in the reader.
func (r *Reader) action(act common.Action) tea.Cmd {
	switch act {
	case common.ActBack:
		return common.BackCmd()
	case common.ActOpen:
		c := r.claimOnScreen()
		if c == nil {
			return common.StatusCmd(r.noClaim("no claim on screen"))
		}
		// Opening it is a jump: ctrl+o comes back to this place.
		return common.PushJumpCmd(panel.ForClaim(r.ctx, r.art, r.marks.sourcing, c.id))
	case common.ActNote:
		return r.addNote()
	case common.ActNextMatch:
		return r.stepMatch(1)
	case common.ActPrevMatch:
		return r.stepMatch(-1)
	case common.ActOutline:
		if len(r.art.Sections) == 0 {
			return common.StatusCmd("this article has no headings")
		}
		return common.PushCmd(outline.New(r.ctx, r.art, r.anchor().Para))
	case common.ActNextArticle:
		return common.StepArticleCmd(r.art.ID, 1)
	case common.ActPrevArticle:
		return common.StepArticleCmd(r.art.ID, -1)
	case common.ActBoilerplate:
		anchor := r.anchor()
		r.showBoiler = !r.showBoiler
		r.layout()
		r.scrollTo(anchor)
		return tea.Batch(r.search(false), common.StatusCmd("web chrome "+shown(r.showBoiler)))
	case common.ActControls:
		r.ctx.Opts.ShowControls = !r.ctx.Opts.ShowControls
		r.ctx.Engine = common.NewEngine(r.ctx.Opts)
		return tea.Batch(common.RestyleCmd(), common.StatusCmd("invisible controls "+shown(r.ctx.Opts.ShowControls)))
	case common.ActNextClaim, common.ActPrevClaim:
		if len(r.marks.order) == 0 {
			return common.StatusCmd(r.noClaim("no claims in this article"))
		}
		r.moveClaim(act == common.ActNextClaim)
	default:
		if r.move(act) {
			// The end of an article not all read yet: as soon as it is
			// (unless its rest could not be read: the end shown is all).
			r.toBottom = act == common.ActBottom && !r.whole && r.phase == readingRest
			if r.toBottom {
				return common.StatusCmd("reading the article: G goes to its end as soon as it is read")
			}
		}
	}
	return nil
}

// noClaim says why there is no claim to go to: none, or none found yet.
func (r *Reader) noClaim(none string) string {
	if r.phase != ready {
		return "the claims are still being found"
	}
	return none
}

func shown(on bool) string {
	if on {
		return "shown"
	}
	return "hidden"
}
