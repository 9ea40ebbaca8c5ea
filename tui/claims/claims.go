// Package claims lists the claims of the whole corpus, filterable by status,
// article, and text, id or source, those carrying analysts' notes marked;
// Enter jumps to one in the reader, a adds a note.
package claims

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/isnad/isnad/model"
	"github.com/isnad/isnad/text"
	"github.com/isnad/isnad/text/fold"
	"github.com/isnad/isnad/tui/common"
	"github.com/isnad/isnad/tui/panel"
)

// ID is the claims screen's id.
const ID common.ID = "claims"

// Claims is the list of every claim.
type Claims struct {
	ctx   *common.Context
	list  *panel.Panel
	all   []model.ClaimRef
	shown int
	common.Listing

	status   int // 0: all, else model.ClaimStatuses[status-1]
	article  int // 0: all, else the article's position in the library
	articles []string
	filter   common.Filter
}

// New returns the claims screen; it reads the claims when first opened.
func New(ctx *common.Context) *Claims {
	return &Claims{ctx: ctx, list: panel.New(ctx, "", nil), filter: common.NewFilter()}
}

// ID is the screen's id.
func (c *Claims) ID() common.ID { return ID }

// refresh re-reads the claims (the background pass may have found more).
func (c *Claims) refresh() {
	c.all = c.ctx.Lib.Claims()
	// The article filter stays on its article while the list grows (a
	// corpus still being listed: articles join before it too).
	var chosen string
	if c.article > 0 && c.article <= len(c.articles) {
		chosen = c.articles[c.article-1]
	}
	c.articles = c.articles[:0]
	c.article = 0
	for _, a := range c.ctx.Lib.Articles() {
		c.articles = append(c.articles, a.ID)
		if a.ID == chosen {
			c.article = len(c.articles)
		}
	}
	c.rebuild()
}

// rebuild applies the filters, keeping the cursor on the same claim.
func (c *Claims) rebuild() {
	keep, _ := c.list.Selected()
	q := fold.Word(c.filter.Query())
	var items []panel.Item
	for _, r := range c.all {
		if c.status > 0 && r.Status != model.ClaimStatuses[c.status-1] {
			continue
		}
		if c.article > 0 && r.Article != c.articles[c.article-1] {
			continue
		}
		if q != "" && !strings.Contains(fold.Word(r.ID+"\x00"+r.Text+"\x00"+strings.Join(r.Sources, "\x00")), q) {
			continue
		}
		items = append(items, panel.Item{Lines: []string{panel.ClaimRow(c.ctx, r, r.ID)}, Target: panel.Target{Claim: r.ID}})
	}
	c.shown = len(items)
	if len(c.all) == 0 {
		items = []panel.Item{{Lines: []string{c.ctx.Styles.Muted.Render("  no claims found yet")}}}
	}
	c.list.SetItems(items)
	c.list.Select(keep)
}

func (c *Claims) title() string {
	k := c.ctx.Keys
	status := "all"
	if c.status > 0 {
		status = string(model.ClaimStatuses[c.status-1])
	}
	art := "all"
	if c.article > 0 {
		art = c.articles[c.article-1]
	}
	t := fmt.Sprintf("claims: %d of %d · status %s (%s) · article %s (%s/%s)", c.shown, len(c.all), status,
		common.FirstKey(k.Get(common.ActSort)), art,
		common.FirstKey(k.Get(common.ActPrevTab)), common.FirstKey(k.Get(common.ActNextTab)))
	// The filter is laid out on its own (it reads in its own direction)
	// and set after the title, which is the app's words.
	f := c.filter.View(c.ctx.Engine, max(c.ctx.Width/3, 1))
	if f != "" {
		f = " · " + f
	}
	w := c.ctx.Width - text.Width(f)
	return c.ctx.Styles.Title.Render(common.Fit(t, w)) + f
}

// SetSize lays the rows out again for the width.
func (c *Claims) SetSize(w, h int) {
	c.list.SetSize(w, h)
	if c.Opened() {
		c.rebuild()
	}
}

// Actions are the list's keys, with the filter's.
func (c *Claims) Actions() []common.Action {
	return c.filter.Actions(common.ActBack, common.ActOpen, common.ActNote, common.ActFilter, common.ActSort,
		common.ActNextTab, common.ActPrevTab)
}

// ShortHelp is the status bar's hints.
func (c *Claims) ShortHelp() []key.Binding {
	k := c.ctx.Keys
	if c.filter.Typing() {
		return k.Help(common.ActAccept, common.ActClear)
	}
	hs := []key.Binding{k.Described(common.ActOpen, "read"), k.Described(common.ActNote, "note"), k.Get(common.ActFilter)}
	if c.filter.Query() != "" {
		hs = append(hs, k.Get(common.ActClear))
	}
	return append(hs, k.Described(common.ActSort, "status"),
		k.Pair(common.ActPrevTab, common.ActNextTab, "article"), k.Get(common.ActBack))
}

// FullHelp is the screen's keys for the help screen.
func (c *Claims) FullHelp() [][]key.Binding {
	k := c.ctx.Keys
	return [][]key.Binding{{k.Described(common.ActOpen, "read the claim"), k.Described(common.ActNote, "add a note on the claim"), k.Get(common.ActFilter),
		k.Get(common.ActClear), k.Described(common.ActSort, "next status"),
		k.Described(common.ActNextTab, "next article"), k.Described(common.ActPrevTab, "previous article"),
		k.Get(common.ActBack)}}
}

// Update handles keys and keeps up with the background pass.
func (c *Claims) Update(msg tea.Msg) tea.Cmd {
	if c.filter.Update(msg, c.rebuild) {
		return nil
	}
	if cmd, ok := c.Listing.Update(msg, ID, c.refresh); ok {
		return cmd
	}
	switch msg := msg.(type) {
	case common.NotesMsg:
		if c.Opened() {
			c.rebuild() // the note marks
		}
	case tea.MouseMsg:
		return c.list.Update(msg)
	case common.ActionMsg:
		return c.action(msg)
	}
	return nil
}

func (c *Claims) action(m common.ActionMsg) tea.Cmd {
	switch m.Action {
	case common.ActSort:
		c.status = (c.status + 1) % (len(model.ClaimStatuses) + 1)
	case common.ActNextTab:
		c.article = (c.article + 1) % (len(c.articles) + 1)
	case common.ActPrevTab:
		c.article = (c.article + len(c.articles)) % (len(c.articles) + 1)
	case common.ActNote:
		if t, ok := c.list.Selected(); ok {
			return common.NoteCmd(t.Claim)
		}
		return nil
	default:
		return c.list.Update(m)
	}
	c.rebuild()
	return nil
}

// View is the list under its title.
func (c *Claims) View() string {
	c.list.Head = c.title()
	c.list.Hints = c.ShortHelp()
	return c.list.View()
}

// CurrentClaim is the claim under the cursor, for y.
func (c *Claims) CurrentClaim() (string, bool) {
	t, ok := c.list.Selected()
	return t.Claim, ok && t.Claim != ""
}

// Report covers the claims the list shows, filters applied, for e.
func (c *Claims) Report() (model.ReportRequest, bool) {
	var ids []string
	for _, it := range c.list.Items() {
		if it.Target.Claim != "" {
			ids = append(ids, it.Target.Claim)
		}
	}
	if len(ids) == 0 {
		return model.ReportRequest{}, false
	}
	name, title := "claims", "Cited report: claims"
	if c.status > 0 {
		st := string(model.ClaimStatuses[c.status-1])
		name, title = name+"-"+st, title+", "+st
	}
	if c.article > 0 {
		a := c.articles[c.article-1]
		name, title = name+"-"+a, title+", article "+a
	}
	if q := c.filter.Query(); q != "" {
		title += ", matching “" + q + "”"
	}
	return model.ReportRequest{Name: name, Title: title, Claims: ids}, true
}
