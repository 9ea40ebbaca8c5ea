// Package notes is the notes screen: every analyst's notes on the claims
// of the corpus, newest first, each with its claim's text, where it sits
// now (attached, moved, orphaned), who wrote it and when; filtered by
// verdict, analyst and article and by the text filter. Enter jumps to the
// claim in the reader; a note is edited, removed and its history shown
// from here. The package also holds the note form (form.go), which every
// screen asks for with common.NoteMsg (the claims list, the panels, the
// reader), and the history panel (history.go).
//
// Event flow: the App opens the store and sends common.NotesMsg whenever
// the notes change, whoever changed them (this session, another session
// of the same server, another process on the same store); the screen then
// lists Context.NoteSet again. Writes run in commands, off the UI
// goroutine; their answers carry the request that asked, so a stale one is
// dropped.
package notes

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/isnad/isnad/model"
	"github.com/isnad/isnad/text/fold"
	"github.com/isnad/isnad/tui/common"
	"github.com/isnad/isnad/tui/panel"
)

// ID is the notes screen's id.
const ID common.ID = "notes"

// writeTimeout bounds a write or a read of the store made from a key.
const writeTimeout = 30 * time.Second

// Notes is the screen.
type Notes struct {
	ctx  *common.Context
	list *panel.Panel
	common.Listing
	shown, total int

	// The filters hold values, not positions, so that they stay put while
	// the lists they cycle through change.
	verdict  model.Verdict // "": all
	analyst  string
	article  string
	filter   common.Filter
	removing int64 // the note a first press of the remove key asked about
	req      int   // the last request sent to the store

	// rows caches each note's laid-out rows, so that a change to one note
	// lays out that note alone (10,000 notes: 240 ms to lay out them all);
	// emptied when the width or the styles change.
	rows      map[int64]cached
	rowsWidth int
}

// cached is a note's rows as laid out for one state of it.
type cached struct {
	rev      int
	sentence string
	anchor   model.AnchorState
	lines    []string
	hay      string // what the text filter searches, folded
}

// New returns the notes screen; it lists the notes when first opened.
func New(ctx *common.Context) *Notes {
	return &Notes{ctx: ctx, list: panel.New(ctx, "", nil), filter: common.NewFilter()}
}

// ID is the screen's id.
func (n *Notes) ID() common.ID { return ID }

// verdicts are the configured ones and any other a note carries (a verdict
// a team dropped from its file), in that order.
func (n *Notes) verdicts() []model.Verdict {
	var vs []model.Verdict
	if n.ctx.Notes != nil {
		vs = append(vs, n.ctx.Notes.Verdicts()...)
	}
	for _, x := range n.ctx.NoteSet().All() {
		if !slices.Contains(vs, x.Verdict) {
			vs = append(vs, x.Verdict)
		}
	}
	return vs
}

// analysts are the notes' writers, sorted.
func (n *Notes) analysts() []string {
	var as []string
	for _, x := range n.ctx.NoteSet().All() {
		if !slices.Contains(as, x.Analyst) {
			as = append(as, x.Analyst)
		}
	}
	slices.Sort(as)
	return as
}

// articles are the library's articles.
func (n *Notes) articles() []string {
	var ids []string
	for _, a := range n.ctx.Lib.Articles() {
		ids = append(ids, a.ID)
	}
	return ids
}

// next is the value by places after cur in all, cycling through "all"
// (the zero value) between the last and the first.
func next[T comparable](all []T, cur T, by int) T {
	n := len(all) + 1
	i := (slices.Index(all, cur) + 1 + by%n + n) % n // 0: all
	if i == 0 {
		var zero T
		return zero
	}
	return all[i-1]
}

// rebuild lists the notes the filters let through, newest first, keeping
// the cursor on the same note.
func (n *Notes) rebuild() {
	keep, _ := n.list.Selected()
	set := n.ctx.NoteSet().All()
	all := make([]*model.Note, len(set)) // sorted by pointer: a note is large
	for i := range set {
		all[i] = &set[i]
	}
	slices.SortFunc(all, func(a, b *model.Note) int {
		if c := b.Updated.Compare(a.Updated); c != 0 {
			return c
		}
		return cmp.Compare(b.ID, a.ID)
	})
	q := fold.Word(n.filter.Query())
	var items []panel.Item
	for _, x := range all {
		if (n.verdict != "" && x.Verdict != n.verdict) || (n.analyst != "" && x.Analyst != n.analyst) ||
			(n.article != "" && x.Article != n.article) {
			continue
		}
		c := n.cachedRows(x)
		if q != "" && !strings.Contains(c.hay, q) {
			continue
		}
		items = append(items, panel.Item{Lines: c.lines, Target: panel.Target{Note: x.ID, Claim: x.Sentence}})
	}
	n.shown, n.total = len(items), len(all)
	if n.total == 0 {
		items = []panel.Item{{Lines: []string{n.ctx.Styles.Muted.Render(common.Fit("  "+n.empty(), n.ctx.Width))}}}
	}
	n.list.SetItems(items)
	n.list.Select(keep)
	if t, ok := n.list.Selected(); !ok || t.Note != n.removing {
		n.removing = 0
	}
}

// cachedRows is a note's rows, laid out unless they were for this state
// of it at this width.
func (n *Notes) cachedRows(x *model.Note) cached {
	if n.rows == nil || n.rowsWidth != n.ctx.Width {
		n.rows, n.rowsWidth = map[int64]cached{}, n.ctx.Width
	}
	c, ok := n.rows[x.ID]
	if ok && c.rev == x.Rev && c.sentence == x.Sentence && c.anchor == x.Anchor {
		return c
	}
	c = cached{rev: x.Rev, sentence: x.Sentence, anchor: x.Anchor, lines: rows(n.ctx, *x),
		hay: fold.Word(strings.Join([]string{fmt.Sprint(x.ID), x.Target, x.Sentence, string(x.Verdict),
			x.Analyst, x.EditedBy, x.Text, x.Quote}, "\x00"))}
	n.rows[x.ID] = c
	return c
}

// empty says why there is no note.
func (n *Notes) empty() string {
	if why := n.ctx.NotesUnavailable(); why != "" {
		return why
	}
	k := n.ctx.Keys
	return fmt.Sprintf("no notes yet: %s on a claim adds one (%s lists the claims)",
		common.FirstKey(k.Get(common.ActNote)), common.FirstKey(k.Get(common.ActClaims)))
}

func (n *Notes) title() string {
	k := n.ctx.Keys
	or := func(s, all string) string {
		if s == "" {
			return all
		}
		return s
	}
	t := fmt.Sprintf("notes: %d of %d · verdict %s (%s) · analyst %s (%s) · article %s (%s/%s)",
		n.shown, n.total, or(string(n.verdict), "all"), common.FirstKey(k.Get(common.ActSort)),
		or(n.analyst, "all"), common.FirstKey(k.Get(common.ActAnalyst)), or(n.article, "all"),
		common.FirstKey(k.Get(common.ActPrevTab)), common.FirstKey(k.Get(common.ActNextTab)))
	if f := n.filter.View(n.ctx.Engine, max(n.ctx.Width/3, 1)); f != "" {
		t += " · " + f
	}
	return t
}

// SetSize lays the rows out again for the width.
func (n *Notes) SetSize(w, h int) {
	n.list.SetSize(w, h)
	if n.Opened() {
		n.rebuild()
	}
}

// Actions are the list's keys, with the filter's.
func (n *Notes) Actions() []common.Action {
	return n.filter.Actions(common.ActBack, common.ActOpen, common.ActFilter, common.ActEditNote,
		common.ActRemoveNote, common.ActHistory, common.ActNote, common.ActSort, common.ActAnalyst,
		common.ActNextTab, common.ActPrevTab)
}

// ShortHelp is the status bar's hints.
func (n *Notes) ShortHelp() []key.Binding {
	k := n.ctx.Keys
	if n.filter.Typing() {
		return k.Help(common.ActAccept, common.ActClear)
	}
	if n.removing != 0 {
		return []key.Binding{k.Described(common.ActRemoveNote, "again: remove"), k.Described(common.ActBack, "keep")}
	}
	hs := []key.Binding{k.Described(common.ActOpen, "read"), k.Described(common.ActEditNote, "edit"),
		k.Described(common.ActRemoveNote, "remove"), k.Described(common.ActHistory, "history"), k.Get(common.ActFilter)}
	if n.filter.Query() != "" {
		hs = append(hs, k.Get(common.ActClear))
	}
	return append(hs, k.Described(common.ActSort, "verdict"), k.Described(common.ActAnalyst, "analyst"),
		k.Pair(common.ActPrevTab, common.ActNextTab, "article"), k.Get(common.ActBack))
}

// FullHelp is the screen's keys for the help screen.
func (n *Notes) FullHelp() [][]key.Binding {
	k := n.ctx.Keys
	return [][]key.Binding{
		{k.Described(common.ActOpen, "read the claim"), k.Get(common.ActEditNote),
			k.Described(common.ActRemoveNote, "remove the note (twice)"), k.Get(common.ActHistory),
			k.Described(common.ActNote, "another note on the claim")},
		{k.Get(common.ActFilter), k.Get(common.ActClear), k.Described(common.ActSort, "next verdict"),
			k.Described(common.ActAnalyst, "next analyst"), k.Described(common.ActNextTab, "next article"),
			k.Described(common.ActPrevTab, "previous article"), k.Get(common.ActBack)},
	}
}

// Update handles keys, the store's answers, and the requests for the form.
func (n *Notes) Update(msg tea.Msg) tea.Cmd {
	if n.filter.Update(msg, n.rebuild) {
		return nil
	}
	if _, ok := msg.(common.RestyleMsg); ok {
		n.rows = nil
	}
	if cmd, ok := n.Listing.Update(msg, ID, n.rebuild); ok {
		return cmd
	}
	switch msg := msg.(type) {
	case common.NotesMsg:
		if n.Opened() {
			n.rebuild()
		}
	case common.NoteMsg:
		return n.ask(msg)
	case formMsg:
		if msg.req == n.req {
			return n.showForm(msg)
		}
	case removedMsg:
		if msg.req == n.req {
			return n.removed(msg)
		}
	case historyMsg:
		if msg.req == n.req {
			return n.showHistory(msg)
		}
	case tea.MouseMsg:
		n.removing = 0
		return n.list.Update(msg)
	case common.ActionMsg:
		return n.action(msg)
	}
	return nil
}

func (n *Notes) action(m common.ActionMsg) tea.Cmd {
	if m.Action != common.ActRemoveNote && n.removing != 0 {
		n.removing = 0
		if m.Action == common.ActBack {
			return nil // Esc keeps the note
		}
	}
	t, selected := n.list.Selected()
	switch m.Action {
	case common.ActOpen:
		return n.open(t, selected)
	case common.ActEditNote:
		if selected {
			return n.ask(common.NoteMsg{Note: t.Note})
		}
	case common.ActNote:
		if selected && t.Claim != "" {
			return n.ask(common.NoteMsg{Target: t.Claim})
		}
	case common.ActRemoveNote:
		return n.remove(t, selected)
	case common.ActHistory:
		if selected {
			return n.history(t.Note)
		}
	case common.ActSort:
		n.verdict = next(n.verdicts(), n.verdict, 1)
		n.rebuild()
	case common.ActAnalyst:
		n.analyst = next(n.analysts(), n.analyst, 1)
		n.rebuild()
	case common.ActNextTab:
		n.article = next(n.articles(), n.article, 1)
		n.rebuild()
	case common.ActPrevTab:
		n.article = next(n.articles(), n.article, -1)
		n.rebuild()
	default:
		return n.list.Update(m)
	}
	return nil
}

// open jumps to the claim a note sits on.
func (n *Notes) open(t panel.Target, ok bool) tea.Cmd {
	switch {
	case !ok:
		return nil
	case t.Claim == "":
		x, _ := n.ctx.NoteSet().Get(t.Note)
		return common.StatusCmd(fmt.Sprintf("note %d is orphaned: its sentence is no longer in article %s", t.Note, x.Article))
	}
	return common.JumpToClaimCmd(t.Claim)
}

// View is the list under its title.
func (n *Notes) View() string {
	n.list.Title = n.title()
	n.list.Hints = n.ShortHelp()
	n.list.Left = ""
	if n.removing != 0 {
		n.list.Left = fmt.Sprintf("remove note %d?", n.removing)
	}
	return n.list.View()
}

// storeCtx is the context of one request to the store.
func storeCtx() (context.Context, context.CancelFunc) {
	return context.WithTimeout(context.Background(), writeTimeout)
}

// CurrentClaim is the sentence the note under the cursor sits on, for y
// (which copies it with its notes); none for an orphaned note.
func (n *Notes) CurrentClaim() (string, bool) {
	t, ok := n.list.Selected()
	return t.Claim, ok && t.Claim != ""
}

// Report covers the notes listed, filters applied, for e: the sentences
// they sit on, each with those notes and what backs it, and the orphaned
// ones at the end, as isnad export --notes writes them. (The notes of an
// article no longer in the corpus are left out: there is nothing to
// report them against.)
func (n *Notes) Report() (model.ReportRequest, bool) {
	set := n.ctx.NoteSet()
	var notes []model.Note
	arts := map[string]bool{}
	for _, it := range n.list.Items() {
		if x, ok := set.Get(it.Target.Note); it.Target.Note != 0 && ok {
			notes = append(notes, x)
			arts[x.Article] = true
		}
	}
	if len(notes) == 0 {
		return model.ReportRequest{}, false
	}
	var articles []string
	for _, a := range n.ctx.Lib.Articles() {
		if arts[a.ID] {
			articles = append(articles, a.ID)
		}
	}
	name, title := "notes", "Notes"
	for _, f := range []struct{ what, v string }{{"verdict", string(n.verdict)}, {"analyst", n.analyst}, {"article", n.article}} {
		if f.v != "" {
			name, title = name+"-"+f.v, title+", "+f.what+" "+f.v
		}
	}
	if q := n.filter.Query(); q != "" {
		title += ", matching “" + q + "”"
	}
	return model.ReportRequest{Name: name, Title: title, Articles: articles, Notes: notes, Noted: true}, true
}
