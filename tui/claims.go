package tui

import (
	"fmt"
	"strings"
	"unicode"

	tea "charm.land/bubbletea/v2"

	"github.com/isnad/isnad/model"
)

// claimsModel lists the claims of the whole corpus, filterable by status
// (s), article (h/l), and text, id or source (/).
type claimsModel struct {
	ctx   *Context
	list  panelModel
	all   []model.ClaimRef
	byID  map[string]model.ClaimRef
	shown int

	status    int // 0: all, else model.ClaimStatuses[status-1]
	article   int // 0: all, else the article's position in the library
	articles  []string
	filter    []rune
	filtering bool
}

func newClaims(ctx *Context) claimsModel { return claimsModel{ctx: ctx} }

// refresh re-reads the claims (the background pass may have found more).
func (c *claimsModel) refresh() {
	c.all = c.ctx.Lib.Claims()
	c.byID = make(map[string]model.ClaimRef, len(c.all))
	for _, r := range c.all {
		c.byID[r.ID] = r
	}
	c.articles = c.articles[:0]
	for _, a := range c.ctx.Lib.Articles() {
		c.articles = append(c.articles, a.ID)
	}
	c.rebuild()
}

// rebuild applies the filters, keeping the cursor on the same claim.
func (c *claimsModel) rebuild() {
	var keep string
	if c.list.cur >= 0 && c.list.cur < len(c.list.items) {
		keep = c.list.items[c.list.cur].target.claim
	}
	q := foldForMatch(string(c.filter))
	var items []panelItem
	for _, r := range c.all {
		if c.status > 0 && r.Status != model.ClaimStatuses[c.status-1] {
			continue
		}
		if c.article > 0 && r.Article != c.articles[c.article-1] {
			continue
		}
		if q != "" && !strings.Contains(foldForMatch(r.ID+"\x00"+r.Text+"\x00"+strings.Join(r.Sources, "\x00")), q) {
			continue
		}
		items = append(items, panelItem{lines: []string{claimRow(c.ctx, r, r.ID)}, target: panelTarget{claim: r.ID}})
	}
	c.shown = len(items)
	c.list = newPanel(c.ctx, c.title(), items)
	for i, it := range items {
		if it.target.claim == keep {
			c.list.cur = i
			c.list.reveal()
		}
	}
}

func (c *claimsModel) title() string {
	status := "all"
	if c.status > 0 {
		status = string(model.ClaimStatuses[c.status-1])
	}
	art := "all"
	if c.article > 0 {
		art = c.articles[c.article-1]
	}
	t := fmt.Sprintf("claims: %d of %d · status %s (s) · article %s (h/l)", c.shown, len(c.all), status, art)
	if len(c.filter) > 0 || c.filtering {
		t += " · /" + string(c.filter)
	}
	return t
}

func (c *claimsModel) SetSize(w, h int) {
	if c.all != nil {
		c.rebuild()
	}
}

// Update handles keys; it returns the claim to jump to on enter.
func (c claimsModel) Update(msg tea.KeyPressMsg, act Action) (claimsModel, string) {
	if c.filtering {
		switch msg.String() {
		case "esc":
			c.filtering, c.filter = false, c.filter[:0]
		case "enter":
			c.filtering = false
		case "backspace":
			if len(c.filter) > 0 {
				c.filter = c.filter[:len(c.filter)-1]
			}
		default:
			for _, r := range msg.Key().Text {
				if unicode.IsPrint(r) {
					c.filter = append(c.filter, r)
				}
			}
		}
		c.rebuild()
		return c, ""
	}
	switch act {
	case ActFilter:
		c.filtering = true
		c.list.title = c.title()
	case ActSort:
		c.status = (c.status + 1) % (len(model.ClaimStatuses) + 1)
		c.rebuild()
	case ActNextTab:
		c.article = (c.article + 1) % (len(c.articles) + 1)
		c.rebuild()
	case ActPrevTab:
		c.article = (c.article + len(c.articles)) % (len(c.articles) + 1)
		c.rebuild()
	default:
		var t *panelTarget
		c.list, t = c.list.Update(act)
		if t != nil {
			return c, t.claim
		}
	}
	return c, ""
}

func (c *claimsModel) View(status string) string {
	if len(c.all) == 0 {
		c.list.items = []panelItem{{lines: []string{"  no claims found yet"}}}
	}
	return c.list.View(status)
}
