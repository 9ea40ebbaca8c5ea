package reader

import (
	"fmt"
	"sort"
	"sync/atomic"

	tea "charm.land/bubbletea/v2"

	"github.com/isnad/isnad/model"
	"github.com/isnad/isnad/text"
	"github.com/isnad/isnad/text/fold"
	"github.com/isnad/isnad/tui/common"
)

// The search in the article. / opens the explorer's one filter input, in
// the status bar; every change of the query searches the article again,
// folded as every matcher of isnad folds (text/fold.Finder: ة/ه, hamza
// forms, ى/ي, tatweel, harakat; case and accents in Latin), in the
// background: a 10 MB article takes a few hundred milliseconds, and no key
// waits for it. The matches are highlighted, n and N move from one to the
// next, the status bar counts them ("3/14").
//
// A match is a place (paragraph and byte offset in the text the reader
// shows), so going to one, however far, is the jump to a claim: a binary
// search over the blocks and the layout of one (flow.locate), never of
// what lies between.

// match is a byte range of the text the reader shows of a paragraph.
type match struct{ para, start, end int }

// finder is the reader's search.
type finder struct {
	input common.Filter
	req   int          // the latest search asked for
	live  atomic.Int64 // req, read by the searches under way: an older one stops
	// matches are those of the latest search that came back (or of the one
	// before while it runs), in reading order; counted says they are the
	// latest's.
	matches []match
	counted bool
	cur     int // the match moved to, -1 for none
	// What to do once the latest search is back: go to the first match
	// after from (the query changed), move by step (n or N pressed
	// meanwhile), or find again the match that was current (keep).
	jump bool
	step int
	keep *match
	// from is where the screen was when / was pressed: the search starts
	// there, and esc while typing goes back there.
	from common.Location
}

// matchesMsg is what a search found.
type matchesMsg struct {
	req     int
	matches []match
}

// current is the match moved to, or nil.
func (f *finder) current() *match {
	if f.cur < 0 || f.cur >= len(f.matches) {
		return nil
	}
	return &f.matches[f.cur]
}

// after is the index of the first match that ends after byte off of
// paragraph para (len(matches) when none does).
func (f *finder) after(para, off int) int {
	return sort.Search(len(f.matches), func(i int) bool {
		m := f.matches[i]
		return m.para > para || m.para == para && m.end > off
	})
}

// on is the range of matches that show part of bytes [from, to) of a
// paragraph.
func (f *finder) on(para, from, to int) (int, int) {
	i := f.after(para, from)
	j := i
	for j < len(f.matches) && f.matches[j].para == para && f.matches[j].start < to {
		j++
	}
	return i, j
}

// searchUpdate gives the filter its messages; it reports whether msg was
// one of them.
func (r *Reader) searchUpdate(msg tea.Msg) (tea.Cmd, bool) {
	f := &r.find
	act, _ := msg.(common.ActionMsg)
	if act.Action == common.ActFilter {
		f.from = r.anchor()
	}
	typing := f.input.Typing()
	var cmd tea.Cmd
	if !f.input.Update(msg, func() { cmd = r.search(true) }) {
		return nil, false
	}
	if act.Action == common.ActClear && typing {
		r.scrollTo(f.from) // a search given up: back where it began
	}
	return cmd, true
}

// search searches the article shown for the query, in the background.
// jump says the query changed: the screen then goes to the first match
// after where the search began. Otherwise the article changed (its rest
// came, web chrome shown): the match moved to stays current.
func (r *Reader) search(jump bool) tea.Cmd {
	f := &r.find
	f.keep = nil
	if m := f.current(); m != nil && !jump {
		k := *m
		f.keep = &k
	}
	f.req++
	f.live.Store(int64(f.req))
	f.counted, f.jump = false, jump
	q := fold.NewFinder(f.input.Query())
	if q.Empty() || r.art == nil {
		r.searched(matchesMsg{req: f.req})
		return nil
	}
	req, art, boiler, live := f.req, r.art, r.showBoiler, &f.live
	return common.BackgroundCmd(func() tea.Msg {
		var ms []match
		stale := func() bool { return live.Load() != int64(req) }
		for pi := range art.Paragraphs {
			p := &art.Paragraphs[pi]
			if p.Kind == model.Boilerplate && !boiler {
				continue
			}
			done := q.All(paraText(p), func(start, end int) bool {
				ms = append(ms, match{pi, start, end})
				return len(ms)%4096 != 0 || !stale()
			})
			if !done || pi%64 == 0 && stale() {
				return nil // a later search runs
			}
		}
		return matchesMsg{req: req, matches: ms}
	})
}

// searched takes what a search found, unless a later one was asked for.
func (r *Reader) searched(m matchesMsg) tea.Cmd {
	f := &r.find
	if m.req != f.req {
		return nil
	}
	if len(f.matches) > 0 || len(m.matches) > 0 {
		r.flow.redraw(-1)
	}
	f.matches, f.counted, f.cur = m.matches, true, -1
	switch {
	case len(f.matches) == 0:
	case f.step != 0:
		step := f.step
		f.step = 0
		return r.stepMatch(step)
	case f.jump:
		r.setMatch(f.after(f.from.Para, f.from.Offset) % len(f.matches))
	case f.keep != nil:
		if i := f.after(f.keep.para, f.keep.start); i < len(f.matches) && f.matches[i] == *f.keep {
			f.cur = i
		}
	}
	f.jump, f.keep = false, nil
	return nil
}

// stepMatch moves to the next match (by 1) or the previous one (-1): from
// the one moved to while it is on screen, else from the top of the
// screen; past the last it goes round to the first, and says so.
func (r *Reader) stepMatch(by int) tea.Cmd {
	f := &r.find
	switch {
	case !f.counted:
		f.step = by
		return common.StatusCmd("searching…")
	case len(f.matches) == 0:
		return common.StatusCmd("no match")
	}
	i := f.cur
	if m := f.current(); m != nil && r.matchOnScreen(m) {
		i += by
	} else {
		top := r.anchor()
		i = f.after(top.Para, top.Offset)
		if by < 0 {
			i--
		}
	}
	var note string
	switch n := len(f.matches); {
	case i >= n:
		i, note = 0, "past the last match: back to the first"
	case i < 0:
		i, note = n-1, "before the first match: on to the last"
	}
	r.setMatch(i)
	if note != "" {
		return common.StatusCmd(note)
	}
	return nil
}

// matchOnScreen reports whether a match starts on a row in view.
func (r *Reader) matchOnScreen(m *match) bool {
	_, ok := r.distance(r.flow.locate(m.para, m.start))
	return ok
}

// setMatch makes match i current and brings it into view.
func (r *Reader) setMatch(i int) {
	f := &r.find
	if m := f.current(); m != nil {
		r.flow.redraw(m.para)
	}
	f.cur = i
	m := f.matches[i]
	r.flow.redraw(m.para)
	r.center(r.flow.locate(m.para, m.start))
}

// matchSpans styles the matches on bytes [from, to) of a paragraph, in
// offsets of the piece laid out (which starts at byte shift); the current
// one reversed.
func (r *Reader) matchSpans(para, from, to, shift int) []text.Span {
	f := &r.find
	i, j := f.on(para, from, to)
	if i == j {
		return nil
	}
	st := r.ctx.Styles
	plain, cur := common.Wrap(st.Match), common.Wrap(st.CurrentMatch)
	out := make([]text.Span, 0, j-i)
	for k := i; k < j; k++ {
		m := f.matches[k]
		style := plain
		if k == f.cur {
			style = cur
		}
		out = append(out, text.Span{Start: m.start - shift, End: m.end - shift, Style: style})
	}
	return out
}

// searchStatus is the search's part of the status bar: the query (with
// the cursor while it is typed) and where the matches stand.
func (r *Reader) searchStatus() string {
	f := &r.find
	if !f.input.Active() {
		return ""
	}
	s := f.input.View(r.ctx.Engine, max(r.ctx.Width/3, 1))
	n := len(f.matches)
	switch {
	case f.input.Query() == "":
		return s
	case !f.counted:
		return s + " searching…"
	case n == 0:
		s += " no match"
	case f.cur >= 0:
		s += fmt.Sprintf(" %d/%d", f.cur+1, n)
	default:
		s += fmt.Sprintf(" %d match%s", n, map[bool]string{true: "", false: "es"}[n == 1])
	}
	if !r.whole {
		s += " so far"
	}
	return s
}
