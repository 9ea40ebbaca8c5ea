// Package search is the explorer's corpus-wide search: a query typed into
// the shared filter input, the sentences that match as keyword-in-context
// lines laid out by the text engine (best first, the words found
// highlighted), Enter opening the reader at one with those words
// highlighted.
//
// Nothing here blocks the event loop. The index (common.OpenSearch) is
// opened in the background the first time the screen opens; while it
// builds, the screen follows its progress (it wakes on the index's updates
// or every tick, whichever comes first) and runs the query again as
// articles arrive. Each search carries a request id and cancels the one
// before it, so a stale answer is dropped, however late it comes.
package search

import (
	"context"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/isnad/isnad/model"
	"github.com/isnad/isnad/tui/common"
	"github.com/isnad/isnad/tui/panel"
)

// ID is the search screen's id.
const ID common.ID = "search"

// pageSize is how many hits a search asks for at first, and how many more
// each time the cursor reaches the last one.
const pageSize = 100

// tick is how often the screen looks at the index's progress while it
// builds, when no update woke it.
const tick = 250 * time.Millisecond

// Search is the search screen.
type Search struct {
	ctx   *common.Context
	input common.Filter
	list  *panel.Panel

	idx     common.Searcher
	idxErr  error
	opening bool
	done    int // articles indexed, of total, as last seen
	total   int
	built   bool // the index is up to date

	req    int                // id of the latest search asked for
	cancel context.CancelFunc // cancels it
	limit  int
	res    *model.SearchResult
	err    error  // the query's, when it does not parse
	ran    string // the query res answers

	titles map[string]*model.Article // by id, for the status bar
}

// New returns the search screen; it opens the index when first shown.
func New(ctx *common.Context) *Search {
	return &Search{ctx: ctx, input: common.NewFilter(), list: panel.New(ctx, "", nil), limit: pageSize}
}

// ID is the screen's id.
func (s *Search) ID() common.ID { return ID }

// Messages of the screen's background work.
type (
	// openedMsg carries the index, opened off the event loop.
	openedMsg struct {
		idx common.Searcher
		err error
	}
	// indexMsg says the index's build moved on, or (over) is done.
	indexMsg struct {
		idx  common.Searcher
		over bool
	}
	// resultMsg answers search req.
	resultMsg struct {
		req int
		res *model.SearchResult
		err error
	}
)

// Query is the query as typed.
func (s *Search) Query() string { return s.input.Query() }

// Result is the last answer shown, nil before the first.
func (s *Search) Result() *model.SearchResult { return s.res }

// Actions: while typing, Enter reads the hit under the cursor and the
// arrows move; else the list's keys.
func (s *Search) Actions() []common.Action {
	if s.input.Typing() {
		return []common.Action{common.ActOpen, common.ActClear, common.ActType}
	}
	return s.input.Actions(common.ActBack, common.ActOpen, common.ActFilter)
}

// ShortHelp is the status bar's hints.
func (s *Search) ShortHelp() []key.Binding {
	k := s.ctx.Keys
	if s.input.Typing() {
		return []key.Binding{k.Described(common.ActOpen, "read"), k.Arrows("hits"), k.Described(common.ActClear, "clear")}
	}
	return []key.Binding{k.Described(common.ActOpen, "read"), k.Described(common.ActFilter, "edit query"),
		k.Described(common.ActCopy, "copy"), k.Described(common.ActReport, "report"), k.Get(common.ActBack)}
}

// FullHelp is the screen's keys for the help screen.
func (s *Search) FullHelp() [][]key.Binding {
	k := s.ctx.Keys
	return [][]key.Binding{{k.Described(common.ActOpen, "read the sentence"), k.Described(common.ActFilter, "edit the query"),
		k.Described(common.ActClear, "clear the query"), k.Get(common.ActBack)}}
}

// SetSize lays the hits out again for the size.
func (s *Search) SetSize(w, h int) {
	s.list.SetSize(w, h)
	s.rebuild()
}

// Update handles the keys, the index's progress and the answers.
func (s *Search) Update(msg tea.Msg) tea.Cmd {
	changed := false
	if s.input.Update(msg, func() { changed = true }) {
		if changed {
			s.limit = pageSize
			return s.search()
		}
		s.rebuild() // the input opened or closed: hints and title
		return nil
	}
	switch msg := msg.(type) {
	case common.OpenMsg:
		s.titles = nil
		s.input.Handle(common.ActionMsg{Action: common.ActFilter})
		s.rebuild()
		return tea.Batch(common.ShowCmd(ID), s.open())
	case openedMsg:
		s.opening = false
		s.idx, s.idxErr = msg.idx, msg.err
		if s.idx == nil {
			s.rebuild()
			return nil
		}
		s.progress()
		s.rebuild()
		return tea.Batch(s.search(), wait(s.idx))
	case indexMsg:
		if msg.idx != s.idx {
			return nil
		}
		return s.indexed(msg.over)
	case resultMsg:
		if msg.req != s.req {
			return nil // stale: a later search was asked for
		}
		s.res, s.err = msg.res, msg.err
		s.rebuild()
		return nil
	case common.RestyleMsg:
		s.rebuild()
	case tea.MouseMsg:
		return s.list.Update(msg)
	case common.ActionMsg:
		return s.action(msg)
	}
	return nil
}

func (s *Search) action(m common.ActionMsg) tea.Cmd {
	switch m.Action {
	case common.ActOpen:
		s.input.Handle(common.ActionMsg{Action: common.ActAccept})
		s.rebuild()
		if h := s.selected(); h != nil {
			return common.JumpToFoundCmd(h.Sentence, h.Matches)
		}
		return nil
	case common.ActBack:
		return common.BackCmd()
	case common.ActSearch:
		s.input.Handle(common.ActionMsg{Action: common.ActFilter})
		s.rebuild()
		return nil
	}
	cmd := s.list.Update(m)
	if s.atEnd() && s.res.More {
		s.limit += pageSize
		return tea.Batch(cmd, s.search())
	}
	return cmd
}

// open starts opening the index, unless it is open or opening; after a
// failure, opening the screen again tries again.
func (s *Search) open() tea.Cmd {
	if s.idx != nil || s.opening || s.ctx.Opts.Search == nil {
		return nil
	}
	s.opening, s.idxErr = true, nil
	open := s.ctx.Opts.Search
	return common.BackgroundCmd(func() tea.Msg {
		x, err := open()
		return openedMsg{idx: x, err: err}
	})
}

// wait waits for the index's next update, or a tick.
func wait(x common.Searcher) tea.Cmd {
	return func() tea.Msg {
		t := time.NewTimer(tick)
		defer t.Stop()
		select {
		case _, ok := <-x.Updates():
			return indexMsg{idx: x, over: !ok}
		case <-t.C:
			return indexMsg{idx: x}
		}
	}
}

// progress reads how far the build is.
func (s *Search) progress() bool {
	done, total := s.idx.IndexProgress()
	moved := done != s.done || total != s.total
	s.done, s.total = done, total
	return moved
}

// indexed follows the build: the query runs again when articles arrived
// (its hits so far were partial), and the screen waits for more until the
// index is up to date.
func (s *Search) indexed(over bool) tea.Cmd {
	moved := s.progress()
	var cmds []tea.Cmd
	if over {
		s.built = true
		if err := s.idx.Err(); err != nil {
			s.idxErr = err
		}
	} else {
		cmds = append(cmds, wait(s.idx))
	}
	if (moved || over) && s.res != nil && s.res.Partial {
		cmds = append(cmds, s.search())
	}
	s.rebuild()
	return tea.Batch(cmds...)
}

// search runs the query in the background, cancelling the search before.
func (s *Search) search() tea.Cmd {
	s.req++
	if s.cancel != nil {
		s.cancel()
		s.cancel = nil
	}
	q := s.input.Query()
	if q == "" || s.idx == nil {
		s.res, s.err, s.ran = nil, nil, ""
		s.rebuild()
		return nil
	}
	ctx, cancel := context.WithCancel(context.Background())
	s.cancel = cancel
	req, idx, limit := s.req, s.idx, s.limit
	s.ran = q
	return func() tea.Msg {
		res, err := idx.Search(ctx, q, model.SearchOptions{Limit: limit})
		return resultMsg{req: req, res: res, err: err}
	}
}

// hits are the hits shown.
func (s *Search) hits() []model.Hit {
	if s.res == nil || s.err != nil {
		return nil
	}
	return s.res.Hits
}

// selected is the hit under the cursor, or nil.
func (s *Search) selected() *model.Hit {
	t, ok := s.list.Selected()
	if !ok {
		return nil
	}
	hs := s.hits()
	for i := range hs {
		if hs[i].Sentence == t.Claim {
			return &hs[i]
		}
	}
	return nil
}

// atEnd reports whether the cursor is on the last hit.
func (s *Search) atEnd() bool {
	hs := s.hits()
	h := s.selected()
	return h != nil && h.Sentence == hs[len(hs)-1].Sentence
}

// CurrentClaim is the sentence under the cursor, for y.
func (s *Search) CurrentClaim() (string, bool) {
	if h := s.selected(); h != nil {
		return h.Sentence, true
	}
	return "", false
}

// Report covers the claims among the hits shown, for e.
func (s *Search) Report() (model.ReportRequest, bool) {
	var ids []string
	for _, h := range s.hits() {
		if h.Status != "" {
			ids = append(ids, h.Sentence)
		}
	}
	if len(ids) == 0 {
		return model.ReportRequest{}, false
	}
	return model.ReportRequest{Name: "search", Title: "Search: " + s.ran, Claims: ids}, true
}
