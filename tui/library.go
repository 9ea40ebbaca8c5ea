package tui

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode"

	tea "charm.land/bubbletea/v2"
	"golang.org/x/text/unicode/norm"

	"github.com/isnad/isnad/model"
	"github.com/isnad/isnad/text"
)

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

// column is one column of the library table, sized once per resize.
type column struct {
	title string
	width int
	key   sortKey
	right bool // numbers align right
	cell  func(a *model.Article) string
}

// libraryModel is the table of articles.
type libraryModel struct {
	ctx *Context

	all  []*model.Article // as the library gives them
	view []*model.Article // filtered and sorted
	cur  int
	top  int

	sort    sortKey
	reverse bool

	filtering bool
	filter    []rune

	marked map[string]bool // chosen for comparison

	cols       []column
	bodyHeight int
	// stacked: too narrow for a table with a readable title, each article
	// takes a title line (the whole width) and a line of details.
	stacked bool
}

func newLibrary(ctx *Context) libraryModel {
	l := libraryModel{ctx: ctx}
	l.refresh()
	return l
}

// refresh re-reads the article list (stats arrive in the background) and
// keeps the cursor on the same article.
func (l *libraryModel) refresh() {
	var curID string
	if l.cur < len(l.view) {
		curID = l.view[l.cur].ID
	}
	l.all = l.ctx.Lib.Articles()
	l.apply()
	for i, a := range l.view {
		if a.ID == curID {
			l.cur = i
		}
	}
	l.clamp()
}

// apply filters and sorts.
func (l *libraryModel) apply() {
	q := foldForMatch(string(l.filter))
	l.view = l.view[:0]
	for _, a := range l.all {
		if q == "" || strings.Contains(foldForMatch(articleHaystack(a)), q) {
			l.view = append(l.view, a)
		}
	}
	if l.sort != sortCatalog {
		slices.SortStableFunc(l.view, func(a, b *model.Article) int {
			return compareBy(l.sort, a, b)
		})
	}
	if l.reverse {
		slices.Reverse(l.view)
	}
}

func compareBy(k sortKey, a, b *model.Article) int {
	switch k {
	case sortTitle:
		return cmp.Compare(foldForMatch(a.Meta.Title), foldForMatch(b.Meta.Title))
	case sortOutlet:
		return cmp.Compare(foldForMatch(a.Meta.Outlet), foldForMatch(b.Meta.Outlet))
	case sortAuthor:
		return cmp.Compare(foldForMatch(a.Meta.Author), foldForMatch(b.Meta.Author))
	case sortDate:
		return cmp.Compare(a.Meta.Date, b.Meta.Date)
	case sortWords:
		return cmp.Compare(a.Stats.Words, b.Stats.Words)
	case sortClaims:
		return cmp.Compare(a.Stats.Claims, b.Stats.Claims)
	}
	return 0
}

func articleHaystack(a *model.Article) string {
	m := a.Meta
	return strings.Join([]string{a.ID, m.Title, m.Author, m.Outlet, m.Date, string(m.Genre), a.Path}, "\x00")
}

// foldForMatch makes filtering forgiving: case, Arabic harakat and tatweel,
// and the hamza forms of alef do not matter.
func foldForMatch(s string) string {
	s = norm.NFKD.String(s)
	var b strings.Builder
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Mn, r), r == 'ـ':
			continue
		case r == 'أ' || r == 'إ' || r == 'آ' || r == 'ٱ':
			r = 'ا'
		case r == 'ى':
			r = 'ي'
		case r == 'ة':
			r = 'ه'
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// SetSize lays the columns out once for the new width.
func (l *libraryModel) SetSize(w, h int) {
	l.bodyHeight = max(h-3, 1) // header row, status bar, column titles
	num := func(f func(a *model.Article) int) func(a *model.Article) string {
		return func(a *model.Article) string {
			if !a.Stats.Known {
				return "…"
			}
			return strconv.Itoa(f(a))
		}
	}
	all := []column{
		{title: "id", width: l.idWidth(), key: sortCatalog, cell: func(a *model.Article) string { return a.ID }},
		{title: "date", width: 10, key: sortDate, cell: func(a *model.Article) string { return a.Meta.Date }},
		{title: "words", width: 6, key: sortWords, right: true, cell: num(func(a *model.Article) int { return a.Stats.Words })},
		{title: "claims", width: 6, key: sortClaims, right: true, cell: num(func(a *model.Article) int { return a.Stats.Claims })},
		{title: "cites", width: 5, key: sortClaims, right: true, cell: num(func(a *model.Article) int { return a.Stats.Citations })},
		{title: "outlet", width: 16, key: sortOutlet, cell: func(a *model.Article) string { return a.Meta.Outlet }},
		{title: "author", width: 16, key: sortAuthor, cell: func(a *model.Article) string { return a.Meta.Author }},
		{title: "title", key: sortTitle, cell: func(a *model.Article) string { return a.Meta.Title }},
	}
	// A table while the title keeps a readable width; below that, stacked
	// rows give the title the whole width: Arabic titles are long, and a
	// title cut after a few words is useless.
	cols := all
	l.stacked = titleWidth(all, w) < minTableTitle
	if l.stacked {
		cols = []column{all[0], all[len(all)-1]}
	}
	tw := titleWidth(cols, w)
	for i := range cols {
		if cols[i].title == "title" {
			cols[i].width = max(tw, 1)
		}
	}
	l.cols = cols
	l.clamp()
}

// minTableTitle is the narrowest title column of the table layout.
const minTableTitle = 60

// idWidth fits the longest article id (ids of a user's folder are file
// names), within reason; one more for the comparison mark.
func (l *libraryModel) idWidth() int {
	w := 3
	for _, a := range l.all {
		w = max(w, text.Width(a.ID))
	}
	return min(w, 16) + 2
}

// titleWidth is what is left for the title column: columns are separated by
// one space.
func titleWidth(cols []column, w int) int {
	used := 0
	for _, c := range cols {
		if c.title != "title" {
			used += c.width + 1
		}
	}
	return w - used
}

func (l *libraryModel) clamp() {
	l.cur = min(l.cur, len(l.view)-1)
	l.cur = max(l.cur, 0)
	l.top = max(min(l.top, l.cur), 0)
	// Rows are one to maxTitleLines high: move top down until the cursor's
	// row fits on screen.
	for l.top < l.cur && l.rowsHeight(l.top, l.cur+1) > l.bodyHeight {
		l.top++
	}
}

// maxTitleLines is how many lines a long title may wrap to in the table:
// Arabic titles are long, and a title cut after a few words is useless.
const maxTitleLines = 3

// titleLines lays out an article's title in its column.
func (l *libraryModel) titleLines(a *model.Article) []text.Line {
	w := l.titleWidth()
	if w < 1 {
		return nil
	}
	eng := l.ctx.Engine
	lines := eng.Layout(a.Meta.Title, w, dirOf(a))
	if len(lines) <= maxTitleLines {
		return lines
	}
	out := slices.Clone(lines[:maxTitleLines])
	out[maxTitleLines-1] = eng.Fit(a.Meta.Title[lines[maxTitleLines-1].Start:], w, dirOf(a))
	return out
}

func (l *libraryModel) titleWidth() int {
	for _, c := range l.cols {
		if c.title == "title" {
			return c.width
		}
	}
	return 0
}

// rowsHeight is the screen height of articles view[from:to].
func (l *libraryModel) rowsHeight(from, to int) int {
	h := 0
	for i := from; i < to && i < len(l.view); i++ {
		h += max(len(l.titleLines(l.view[i])), 1)
		if l.stacked {
			h++
		}
	}
	return h
}

// selected is the article under the cursor, or nil.
func (l *libraryModel) selected() *model.Article {
	if l.cur < len(l.view) {
		return l.view[l.cur]
	}
	return nil
}

// neighbour is the article n rows away from id in the table's order, for
// the reader's next/previous article keys.
func (l *libraryModel) neighbour(id string, n int) *model.Article {
	for i, a := range l.view {
		if a.ID == id {
			if j := i + n; j >= 0 && j < len(l.view) {
				return l.view[j]
			}
			return nil
		}
	}
	return nil
}

// openArticleMsg asks the App to open an article in the reader.
type openArticleMsg struct {
	id  string
	loc location // where to scroll; zero for the top
}

// Update handles a key press on the library. Filtering captures typing.
func (l libraryModel) Update(msg tea.KeyPressMsg, act Action) (libraryModel, tea.Cmd) {
	if l.filtering {
		return l.updateFilter(msg), nil
	}
	switch act {
	case ActDown:
		l.cur++
	case ActUp:
		l.cur--
	case ActPageDown:
		l.cur += l.bodyHeight
	case ActPageUp:
		l.cur -= l.bodyHeight
	case ActHalfDown:
		l.cur += l.bodyHeight / 2
	case ActHalfUp:
		l.cur -= l.bodyHeight / 2
	case ActTop:
		l.cur = 0
	case ActBottom:
		l.cur = len(l.view) - 1
	case ActFilter:
		l.filtering = true
	case ActSort:
		l.sort = (l.sort + 1) % numSortKeys
		l.apply()
	case ActReverse:
		l.reverse = !l.reverse
		l.apply()
	case ActOpen:
		if a := l.selected(); a != nil {
			id := a.ID
			return l, func() tea.Msg { return openArticleMsg{id: id} }
		}
	case ActMark:
		if a := l.selected(); a != nil {
			if l.marked == nil {
				l.marked = map[string]bool{}
			}
			if l.marked[a.ID] {
				delete(l.marked, a.ID)
			} else {
				l.marked[a.ID] = true
			}
			l.cur++
		}
	}
	l.clamp()
	return l, nil
}

// maxCompare is how many sources the compare screen takes at once.
const maxCompare = 5

// compareSelection is what the compare screen compares: the marked articles
// in table order, else the first ones of the table.
func (l *libraryModel) compareSelection() []string {
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
	return ids[:min(len(ids), maxCompare)]
}

// updateFilter edits the filter: typing narrows at once, enter keeps the
// filter, esc clears it.
func (l libraryModel) updateFilter(msg tea.KeyPressMsg) libraryModel {
	switch msg.String() {
	case "esc":
		l.filtering = false
		l.filter = l.filter[:0]
	case "enter":
		l.filtering = false
	case "backspace":
		if len(l.filter) > 0 {
			l.filter = l.filter[:len(l.filter)-1]
		}
	case "ctrl+u":
		l.filter = l.filter[:0]
	case "down":
		l.cur++
	case "up":
		l.cur--
	default:
		if t := msg.Key().Text; t != "" {
			for _, r := range t {
				if unicode.IsPrint(r) {
					l.filter = append(l.filter, r)
				}
			}
		}
	}
	l.apply()
	l.clamp()
	return l
}

// View draws the table.
func (l *libraryModel) View(status string) string {
	st := l.ctx.Styles
	w := l.ctx.Width
	var b strings.Builder
	b.WriteString(l.titleBar(w))
	b.WriteByte('\n')
	var hdr []string
	for _, c := range l.cols {
		t := c.title
		if l.stacked && c.title == "title" {
			t = "title · date · words · claims · cites · outlet · author"
		}
		if c.key == l.sort && l.sort != sortCatalog && c.title != "cites" && !l.stacked {
			t += map[bool]string{false: "↓", true: "↑"}[l.reverse]
		}
		hdr = append(hdr, padCell(t, c.width, c.right))
	}
	b.WriteString(st.Header.Render(strings.Join(hdr, " ")))
	b.WriteByte('\n')
	used := 0
	for i := l.top; i < len(l.view) && used < l.bodyHeight; i++ {
		for _, line := range l.rowView(l.view[i]) {
			if used == l.bodyHeight {
				break
			}
			if i == l.cur {
				line = st.Selected.Render(line)
			}
			b.WriteString(line)
			b.WriteByte('\n')
			used++
		}
	}
	if len(l.view) == 0 {
		b.WriteString(st.Muted.Render("  no article matches the filter"))
		b.WriteByte('\n')
		used++
	}
	for ; used < l.bodyHeight; used++ {
		b.WriteByte('\n')
	}
	b.WriteString(l.statusBar(w, status))
	return b.String()
}

// rowView draws one article as one or more screen lines: the title wraps,
// the other cells sit on the first line. Every cell goes through the text
// engine.
func (l *libraryModel) rowView(a *model.Article) []string {
	eng := l.ctx.Engine
	titles := l.titleLines(a)
	n := max(len(titles), 1)
	out := make([]string, n)
	for line := 0; line < n; line++ {
		cells := make([]string, len(l.cols))
		for i, c := range l.cols {
			var ln text.Line
			switch {
			case c.title == "title" && line < len(titles):
				ln = titles[line]
			case c.title == "title" || line > 0:
				// empty cell
			case c.title == "id" && l.marked[a.ID]:
				ln = eng.Fit("*"+a.ID, c.width, text.LTR)
			default:
				ln = eng.Fit(c.cell(a), c.width, text.Auto)
			}
			pad := strings.Repeat(" ", max(c.width-ln.Width, 0))
			if c.right || ln.RTL {
				cells[i] = pad + ln.Text
			} else {
				cells[i] = ln.Text + pad
			}
		}
		out[line] = strings.Join(cells, " ")
	}
	if l.stacked {
		out = append(out, strings.Repeat(" ", l.cols[0].width+1)+l.details(a, max(l.titleWidth(), 1)))
	}
	return out
}

// details is the second line of a stacked row: numbers and date first, then
// outlet and author each laid out on its own, so that the bidi algorithm
// never pulls a number into an Arabic name.
func (l *libraryModel) details(a *model.Article, w int) string {
	st := l.ctx.Styles
	var parts []string
	if a.Meta.Date != "" {
		parts = append(parts, a.Meta.Date)
	}
	if a.Stats.Known {
		parts = append(parts, fmt.Sprintf("%d words · %d claims · %d cites", a.Stats.Words, a.Stats.Claims, a.Stats.Citations))
	}
	line := strings.Join(parts, " · ")
	for _, name := range nonEmpty(a.Meta.Outlet, a.Meta.Author) {
		room := w - text.Width(line) - 3
		if room < 4 {
			break
		}
		if line != "" {
			line += " · "
		}
		s, _ := l.ctx.Engine.Fit(name, room, text.Auto).Content()
		line += s
	}
	return st.Muted.Render(line)
}

// padCell pads an ASCII header to width.
func padCell(s string, w int, right bool) string {
	s = fitUI(s, w)
	pad := strings.Repeat(" ", max(w-len(s), 0))
	if right {
		return pad + s
	}
	return s + pad
}

func (l *libraryModel) titleBar(w int) string {
	st := l.ctx.Styles
	left := "isnad · " + l.ctx.Lib.Name()
	right := fmt.Sprintf("%d articles", len(l.all))
	if len(l.view) != len(l.all) {
		right = fmt.Sprintf("%d of %d articles", len(l.view), len(l.all))
	}
	nameLn := l.ctx.Engine.Fit(left, max(w-len(right)-1, 1), text.LTR)
	fill := w - nameLn.Width - len(right)
	if fill < 1 {
		return st.Title.Render(nameLn.Text)
	}
	return st.Title.Render(nameLn.Text) + strings.Repeat(" ", fill) + st.Muted.Render(right)
}

func (l *libraryModel) statusBar(w int, status string) string {
	st := l.ctx.Styles
	var left string
	if l.filtering || len(l.filter) > 0 {
		q, _ := l.ctx.Engine.Fit(string(l.filter), max(w/2, 1), text.Auto).Content()
		cursor := ""
		if l.filtering {
			cursor = "▏"
		}
		left = " /" + q + cursor + " "
	} else {
		left = " sort: " + l.sort.String() + " "
		if l.reverse {
			left += "(reversed) "
		}
	}
	if status != "" {
		left += "│ " + status + " "
	}
	right := " ? help "
	fill := w - text.Width(left) - text.Width(right)
	if fill < 0 {
		return st.Bar.Render(fitUI(" ? help", w))
	}
	return st.Bar.Render(left + strings.Repeat(" ", fill) + right)
}
