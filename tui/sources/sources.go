// Package sources has two tabs: the sources of the corpus with how much
// each article relies on them, and the citation diagnostics per article.
package sources

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/isnad/isnad/text"
	"github.com/isnad/isnad/tui/common"
	"github.com/isnad/isnad/tui/panel"
)

// ID is the sources screen's id.
const ID common.ID = "sources"

// Sources is the screen.
type Sources struct {
	ctx  *common.Context
	tab  int // 0 sources, 1 diagnostics
	list *panel.Panel
	common.Listing
}

// New returns the sources screen; it reads the sources when first opened.
func New(ctx *common.Context) *Sources {
	return &Sources{ctx: ctx, list: panel.New(ctx, "", nil)}
}

// ID is the screen's id.
func (s *Sources) ID() common.ID { return ID }

func (s *Sources) refresh() {
	var title string
	var items []panel.Item
	if s.tab == 0 {
		title, items = s.sourcesTab()
	} else {
		title, items = s.diagnosticsTab()
	}
	s.list.Title = title
	s.list.SetItems(items)
}

// tabKeys is how the title says which keys switch tabs.
func (s *Sources) tabKeys() string {
	k := s.ctx.Keys
	return common.FirstKey(k.Get(common.ActPrevTab)) + "/" + common.FirstKey(k.Get(common.ActNextTab))
}

func (s *Sources) sourcesTab() (string, []panel.Item) {
	srcs := s.ctx.Lib.Sources()
	st := s.ctx.Styles
	w := s.ctx.Width
	items := []panel.Item{{Lines: []string{st.Header.Render(common.PadRight(fmt.Sprintf(" %-10s %6s  %-28s %s", "kind", "claims", "by article", "source"), w))}}}
	for _, src := range srcs {
		var per []string
		for _, c := range src.Articles {
			per = append(per, fmt.Sprintf("%s:%d", c.Article, c.Claims))
		}
		head := fmt.Sprintf(" %-10s %6d  %-28s ", src.Kind, src.Claims, common.PadRight(strings.Join(per, " "), 28))
		name := s.ctx.Engine.Fit(src.Name, max(w-text.Width(head)-1, 1), text.Auto)
		items = append(items, panel.Item{Lines: []string{head + name.Text}, Target: panel.Target{Source: src.ID}})
	}
	return fmt.Sprintf("sources: %d · [sources] diagnostics (%s)", len(srcs), s.tabKeys()), items
}

// diagnosticsTab lists, per article, the citations that lead nowhere or to
// several entries, and the entries nothing cites. Enter on a citation goes to
// its claim.
func (s *Sources) diagnosticsTab() (string, []panel.Item) {
	st := s.ctx.Styles
	var items []panel.Item
	add := func(lines ...string) { items = append(items, panel.Item{Lines: lines}) }
	lines := func(s2 string) []string { return panel.Text(s.ctx, s2, 2, text.LTR, nil) }
	for _, d := range s.ctx.Lib.Diagnostics() {
		if d.Citations == 0 && d.References == 0 {
			continue
		}
		entries := "entries"
		if d.References == 1 {
			entries = "entry"
		}
		add(st.Heading.Render(common.Fit(fmt.Sprintf("%s  %d citation%s in %d group%s · %d reference %s",
			d.Article, d.Citations, common.Plural(d.Citations), d.Groups, common.Plural(d.Groups), d.References, entries), s.ctx.Width)))
		for _, c := range d.Unresolved {
			items = append(items, panel.Item{
				Lines:  lines(fmt.Sprintf("unresolved  (%s)  %s  %s", c.Raw, c.Sentence, c.Note)),
				Target: panel.Target{Claim: c.Sentence},
			})
		}
		for _, c := range d.Ambiguous {
			items = append(items, panel.Item{
				Lines:  lines(fmt.Sprintf("ambiguous   (%s)  %s  candidates %s", c.Raw, c.Sentence, strings.Join(c.Candidates, ", "))),
				Target: panel.Target{Claim: c.Sentence},
			})
		}
		for _, r := range d.Unused {
			add(lines(fmt.Sprintf("unused      [%s] %s", r.ID, strings.Join(common.NonEmpty(r.Author, r.Date, r.Title), " · ")))...)
		}
		if len(d.Unresolved)+len(d.Ambiguous)+len(d.Unused) == 0 {
			add(st.Muted.Render(common.Fit("  every citation leads to exactly one entry, every entry is cited", s.ctx.Width)))
		}
		add("")
	}
	if len(items) == 0 {
		add(st.Muted.Render(common.Fit("  no article cites a reference list", s.ctx.Width)))
	}
	return fmt.Sprintf("sources · [diagnostics] (%s)", s.tabKeys()), items
}

// SetSize lays the rows out again for the width.
func (s *Sources) SetSize(w, h int) {
	s.list.SetSize(w, h)
	if s.Opened() {
		s.refresh()
	}
}

// Actions: h/l switch tabs; the list's keys.
func (s *Sources) Actions() []common.Action {
	return []common.Action{common.ActBack, common.ActOpen, common.ActNextTab, common.ActPrevTab}
}

// ShortHelp is the status bar's hints.
func (s *Sources) ShortHelp() []key.Binding {
	k := s.ctx.Keys
	return []key.Binding{k.Described(common.ActOpen, "follow"), k.Pair(common.ActPrevTab, common.ActNextTab, "tab"), k.Get(common.ActBack)}
}

// FullHelp is the screen's keys for the help screen.
func (s *Sources) FullHelp() [][]key.Binding {
	k := s.ctx.Keys
	return [][]key.Binding{{k.Described(common.ActOpen, "claims of the source, or the claim"),
		k.Get(common.ActNextTab), k.Get(common.ActPrevTab), k.Get(common.ActBack)}}
}

// Update switches tabs and passes the rest to the list.
func (s *Sources) Update(msg tea.Msg) tea.Cmd {
	if cmd, ok := s.Listing.Update(msg, ID, s.refresh); ok {
		return cmd
	}
	switch msg := msg.(type) {
	case tea.MouseMsg:
		return s.list.Update(msg)
	case common.ActionMsg:
		switch msg.Action {
		case common.ActNextTab, common.ActPrevTab:
			s.tab = 1 - s.tab
			s.refresh()
			return nil
		}
		return s.list.Update(msg)
	}
	return nil
}

// View is the list of the tab.
func (s *Sources) View() string {
	s.list.Hints = s.ShortHelp()
	return s.list.View()
}
