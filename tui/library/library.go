// Package library is the explorer's root screen: the table of articles,
// filtered, sorted, marked for comparison; Enter opens one in the reader.
package library

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/isnad/isnad/model"
	"github.com/isnad/isnad/text/fold"
	"github.com/isnad/isnad/tui/common"
)

// ID is the library's screen id.
const ID common.ID = "library"

// sortKey is a library column the table can be sorted by.
type sortKey int

const (
	sortCatalog sortKey = iota
	sortTitle
	sortOutlet
	sortAuthor
	sortDate
	sortWords
	sortClaims
	numSortKeys
)

func (k sortKey) String() string {
	return [...]string{"catalog order", "title", "outlet", "author", "date", "words", "claims"}[k]
}

// MaxCompare is how many sources the compare screen takes at once.
const MaxCompare = 5

// Library is the table of articles.
type Library struct {
	ctx *common.Context

	all  []*model.Article // as the library gives them
	view []*model.Article // filtered and sorted

	sort    sortKey
	reverse bool
	filter  common.Filter
	marked  map[string]bool // chosen for comparison

	scroll  common.Scroller
	cols    []column
	heights map[string]int // rows of each article at this width
	// stacked: too narrow for a table with a readable title, each article
	// takes a title line (the whole width) and a line of details.
	stacked bool
}

// New builds the library on the context's corpus.
func New(ctx *common.Context) *Library {
	l := &Library{ctx: ctx, filter: common.NewFilter(), marked: map[string]bool{}}
	l.refresh()
	return l
}

// ID is the library's id.
func (l *Library) ID() common.ID { return ID }

// refresh re-reads the article list (stats arrive in the background) and
// keeps the cursor on the same article.
func (l *Library) refresh() {
	var curID string
	if a := l.Selected(); a != nil {
		curID = a.ID
	}
	l.all = l.ctx.Lib.Articles()
	if len(l.cols) > 0 && l.idWidth() != l.cols[0].width {
		// Longer ids joined the list: the columns again.
		l.SetSize(l.ctx.Width, l.ctx.Height)
	}
	l.apply()
	for i, a := range l.view {
		if a.ID == curID {
			l.scroll.Select(i)
		}
	}
}

// apply filters and sorts, then lays the rows out again.
func (l *Library) apply() {
	q := fold.Word(l.filter.Query())
	l.view = l.view[:0]
	for _, a := range l.all {
		if q == "" || strings.Contains(fold.Word(haystack(a)), q) {
			l.view = append(l.view, a)
		}
	}
	if l.sort != sortCatalog {
		slices.SortStableFunc(l.view, func(a, b *model.Article) int { return compareBy(l.sort, a, b) })
	}
	if l.reverse {
		slices.Reverse(l.view)
	}
	l.setItems()
}

// setItems gives the scroller the rows of each article in view.
func (l *Library) setItems() {
	if l.heights == nil {
		l.heights = map[string]int{}
	}
	hs := make([]int, len(l.view))
	for i, a := range l.view {
		h, ok := l.heights[a.ID]
		if !ok {
			h = 1
			if len(l.cols) > 0 && !oneLine(a.Meta.Title, l.cols[len(l.cols)-1].width) {
				h = max(len(l.titleLines(a)), 1)
			}
			if l.stacked {
				h++
			}
			l.heights[a.ID] = h
		}
		hs[i] = h
	}
	l.scroll.SetItems(len(l.view), hs, nil)
}

func compareBy(k sortKey, a, b *model.Article) int {
	f := fold.Word
	switch k {
	case sortTitle:
		return cmp.Compare(f(a.Meta.Title), f(b.Meta.Title))
	case sortOutlet:
		return cmp.Compare(f(a.Meta.Outlet), f(b.Meta.Outlet))
	case sortAuthor:
		return cmp.Compare(f(a.Meta.Author), f(b.Meta.Author))
	case sortDate:
		return cmp.Compare(a.Meta.Date, b.Meta.Date)
	case sortWords:
		return cmp.Compare(a.Stats.Words, b.Stats.Words)
	case sortClaims:
		return cmp.Compare(a.Stats.Claims, b.Stats.Claims)
	}
	return 0
}

func haystack(a *model.Article) string {
	m := a.Meta
	return strings.Join([]string{a.ID, m.Title, m.Author, m.Outlet, m.Date, string(m.Genre), a.Path}, "\x00")
}

// Selected is the article under the cursor, or nil.
func (l *Library) Selected() *model.Article {
	if i := l.scroll.Cursor(); i >= 0 && i < len(l.view) {
		return l.view[i]
	}
	return nil
}

// Marked is the number of articles marked for comparison.
func (l *Library) Marked() int { return len(l.marked) }

// neighbour is the article n rows away from id in the table's order, for
// the reader's next/previous article keys.
func (l *Library) neighbour(id string, n int) *model.Article {
	i := slices.IndexFunc(l.view, func(a *model.Article) bool { return a.ID == id })
	if j := i + n; i >= 0 && j >= 0 && j < len(l.view) {
		return l.view[j]
	}
	return nil
}

// selection is what the compare screen compares: the marked articles in
// table order, else the first ones of the table.
func (l *Library) selection() []string {
	var ids []string
	for _, a := range l.view {
		if l.marked[a.ID] {
			ids = append(ids, a.ID)
		}
	}
	if len(ids) == 0 {
		for _, a := range l.view {
			ids = append(ids, a.ID)
		}
	}
	return ids[:min(len(ids), MaxCompare)]
}

// Actions: q quits (the library is the root), Enter opens, / filters.
func (l *Library) Actions() []common.Action {
	return l.filter.Actions(common.ActQuit, common.ActOpen, common.ActFilter,
		common.ActSort, common.ActReverse, common.ActMark)
}

// ShortHelp is the status bar's hints.
func (l *Library) ShortHelp() []key.Binding {
	k := l.ctx.Keys
	if l.filter.Typing() {
		return k.Help(common.ActAccept, common.ActClear)
	}
	hs := k.Help(common.ActOpen, common.ActFilter)
	if l.filter.Query() != "" {
		hs = append(hs, k.Get(common.ActClear))
	}
	return append(hs, k.Described(common.ActMark, "mark"), k.Get(common.ActCompare),
		k.Described(common.ActSort, "sort"), k.Get(common.ActQuit))
}

// FullHelp is the library's keys for the help screen.
func (l *Library) FullHelp() [][]key.Binding {
	return [][]key.Binding{l.ctx.Keys.Help(common.ActOpen, common.ActFilter, common.ActClear,
		common.ActSort, common.ActReverse, common.ActMark, common.ActQuit)}
}

// Update handles keys, the pointer, and the requests of other screens.
func (l *Library) Update(msg tea.Msg) tea.Cmd {
	if l.filter.Update(msg, l.apply) {
		return nil
	}
	switch msg := msg.(type) {
	case common.ActionMsg:
		return l.action(msg)
	case tea.MouseMsg:
		l.scroll.Handle(msg, 2)
	case common.ProgressMsg:
		l.refresh()
	case common.RestyleMsg:
		l.SetSize(l.ctx.Width, l.ctx.Height)
	case common.StepArticleMsg:
		if a := l.neighbour(msg.From, msg.By); a != nil {
			return common.GoToCmd(common.Location{Article: a.ID})
		}
		return common.StatusCmd(map[bool]string{true: "no next article", false: "no previous article"}[msg.By > 0])
	case common.CompareMsg:
		if msg.IDs != nil {
			return nil
		}
		if ids := l.selection(); len(ids) > 0 {
			return common.CompareCmd(ids)
		}
		return common.StatusCmd("no article to compare")
	}
	return nil
}

func (l *Library) action(m common.ActionMsg) tea.Cmd {
	switch m.Action {
	case common.ActQuit:
		return tea.Quit
	case common.ActSort:
		l.sort = (l.sort + 1) % numSortKeys
		l.apply()
	case common.ActReverse:
		l.reverse = !l.reverse
		l.apply()
	case common.ActOpen:
		if a := l.Selected(); a != nil {
			return common.GoToCmd(common.Location{Article: a.ID})
		}
	case common.ActMark:
		if a := l.Selected(); a != nil {
			if l.marked[a.ID] {
				delete(l.marked, a.ID)
			} else {
				l.marked[a.ID] = true
			}
			l.scroll.Update(common.ActDown)
		}
	default:
		l.scroll.Update(m.Action)
	}
	return nil
}

// statusBar says how the table is sorted and filtered, and how many
// articles are marked.
func (l *Library) statusBar() string {
	var parts []string
	if f := l.filter.View(l.ctx.Engine, max(l.ctx.Width/2, 1)); f != "" {
		parts = append(parts, f)
	} else {
		s := "sort: " + l.sort.String()
		if l.reverse {
			s += " (reversed)"
		}
		parts = append(parts, s)
	}
	if n := len(l.marked); n > 0 {
		parts = append(parts, fmt.Sprintf("%d marked", n))
	}
	return common.Bar{Left: strings.Join(parts, " · "), Hints: l.ShortHelp()}.Render(l.ctx)
}

// Report covers the marked articles, else every article the table shows,
// in its order, for e.
func (l *Library) Report() (model.ReportRequest, bool) {
	var marked, shown []string
	for _, a := range l.view {
		shown = append(shown, a.ID)
		if l.marked[a.ID] {
			marked = append(marked, a.ID)
		}
	}
	title := "Cited report: " + l.ctx.Lib.Name()
	switch {
	case len(marked) > 0:
		return model.ReportRequest{Name: "marked", Title: title + ", marked articles", Articles: marked}, true
	case len(shown) == 0:
		return model.ReportRequest{}, false
	case l.filter.Query() != "":
		return model.ReportRequest{Name: "library", Title: title + ", articles matching “" + l.filter.Query() + "”", Articles: shown}, true
	}
	return model.ReportRequest{Name: "library", Title: title, Articles: shown}, true
}
