package library

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/isnad/isnad/model"
	"github.com/isnad/isnad/text"
	"github.com/isnad/isnad/tui/common"
)

// column is one column of the library table, sized once per resize.
type column struct {
	title string
	width int
	key   sortKey
	right bool // numbers align right
	cell  func(a *model.Article) string
}

// minTableTitle is the narrowest title column of the table layout.
const minTableTitle = 60

// maxTitleLines is how many lines a long title may wrap to in the table:
// Arabic titles are long, and a title cut after a few words is useless.
const maxTitleLines = 3

// SetSize lays the columns out once for the new width.
func (l *Library) SetSize(w, h int) {
	l.scroll.SetHeight(h - 3) // title row, column titles, status bar
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
	cols[len(cols)-1].width = max(titleWidth(cols, w), 1)
	l.cols = cols
	l.heights = nil
	l.setItems()
}

// idWidth fits the longest article id (ids of a user's folder are file
// names), within reason; one more for the comparison mark.
func (l *Library) idWidth() int {
	w := 3
	for _, a := range l.all {
		if len(a.ID) > w || !printableASCII(a.ID) {
			w = max(w, text.Width(a.ID))
		}
	}
	return min(w, 24) + 2
}

// printableASCII says s is made of printable ASCII: as many cells as bytes.
func printableASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 0x20 || s[i] >= 0x7f {
			return false
		}
	}
	return true
}

// oneLine says, cheaply, that s surely lays out on one line of w cells: at
// most w characters, each of one cell at most and shown as itself (no
// wide, control or format character, which the engine may show as a
// wider mark). Laying out 25,000 titles to count their lines takes
// seconds; most fit, and this tells them in microseconds.
func oneLine(s string, w int) bool {
	n := 0
	for _, r := range s {
		switch {
		case r >= 0x20 && r < 0x7f:
		case r >= 0xa0 && r < 0x1100 && !unicode.Is(unicode.Cf, r):
		default:
			return false
		}
		if n++; n > w {
			return false
		}
	}
	return true
}

// titleWidth is what is left for the title column (the last): columns are
// separated by one space.
func titleWidth(cols []column, w int) int {
	for _, c := range cols[:len(cols)-1] {
		w -= c.width + 1
	}
	return w
}

// titleLines lays out an article's title in its column.
func (l *Library) titleLines(a *model.Article) []text.Line {
	if len(l.cols) == 0 {
		return nil
	}
	w := l.cols[len(l.cols)-1].width
	eng := l.ctx.Engine
	lines := eng.Layout(a.Meta.Title, w, common.DirOf(a))
	if len(lines) <= maxTitleLines {
		return lines
	}
	out := slices.Clone(lines[:maxTitleLines])
	out[maxTitleLines-1] = eng.Fit(a.Meta.Title[lines[maxTitleLines-1].Start:], w, common.DirOf(a))
	return out
}

// View draws the title row, the column titles, the rows in view and the
// status bar.
func (l *Library) View() string {
	st := l.ctx.Styles
	var b strings.Builder
	b.WriteString(l.titleBar())
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
		hdr = append(hdr, headCell(t, c.width, c.right))
	}
	b.WriteString(st.Header.Render(strings.Join(hdr, " ")))
	b.WriteByte('\n')
	if len(l.view) == 0 {
		b.WriteString(st.Muted.Render(common.Fit("  no article matches the filter", l.ctx.Width)))
		b.WriteString(strings.Repeat("\n", l.scroll.Height()))
	}
	item, lines := -1, []string(nil) // the rows of one article, drawn once
	l.scroll.View(&b, func(r int) string {
		i, k := l.scroll.ItemLine(r)
		if i != item {
			item, lines = i, l.rowView(l.view[i])
		}
		line := ""
		if k < len(lines) {
			line = lines[k]
		}
		if i == l.scroll.Cursor() {
			line = st.Selected.Render(line)
		}
		return line
	})
	b.WriteString(l.statusBar())
	return b.String()
}

// headCell fits a column title to its width, aligned like the column.
func headCell(t string, w int, right bool) string {
	t = common.Fit(t, w)
	pad := strings.Repeat(" ", max(w-text.Width(t), 0))
	if right {
		return pad + t
	}
	return t + pad
}

// rowView draws one article as one or more screen lines: the title wraps,
// the other cells sit on the first line. Every cell goes through the text
// engine.
func (l *Library) rowView(a *model.Article) []string {
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
			case c.title == "id":
				id := a.ID
				if l.marked[a.ID] {
					id = "*" + common.ShortID(id, c.width-1)
				} else {
					id = common.ShortID(id, c.width)
				}
				ln = eng.Fit(id, c.width, text.LTR)
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
		out = append(out, strings.Repeat(" ", l.cols[0].width+1)+l.details(a, max(l.cols[1].width, 1)))
	}
	return out
}

// details is the second line of a stacked row: numbers and date first, then
// outlet and author each laid out on its own, so that the bidi algorithm
// never pulls a number into an Arabic name.
func (l *Library) details(a *model.Article, w int) string {
	var parts []string
	if a.Meta.Date != "" {
		parts = append(parts, a.Meta.Date)
	}
	if a.Stats.Known {
		parts = append(parts, fmt.Sprintf("%d words · %d claims · %d cites", a.Stats.Words, a.Stats.Claims, a.Stats.Citations))
	}
	line := common.Fit(strings.Join(parts, " · "), w)
	for _, name := range common.NonEmpty(a.Meta.Outlet, a.Meta.Author) {
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
	return l.ctx.Styles.Muted.Render(line)
}

// titleBar names the corpus and counts its articles.
func (l *Library) titleBar() string {
	st := l.ctx.Styles
	w := l.ctx.Width
	left := "isnad · " + l.ctx.Lib.Name()
	right := fmt.Sprintf("%d article%s", len(l.all), common.Plural(len(l.all)))
	if len(l.view) != len(l.all) {
		right = fmt.Sprintf("%d of %d article%s", len(l.view), len(l.all), common.Plural(len(l.all)))
	}
	nameLn := l.ctx.Engine.Fit(left, max(w-len(right)-1, 1), text.LTR)
	fill := w - nameLn.Width - len(right)
	if fill < 1 {
		return st.Title.Render(nameLn.Text)
	}
	return st.Title.Render(nameLn.Text) + strings.Repeat(" ", fill) + st.Muted.Render(right)
}
