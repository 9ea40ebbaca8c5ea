package tui

import (
	"fmt"
	"strings"

	"github.com/isnad/isnad/model"
	"github.com/isnad/isnad/text"
)

// sourcesModel has two tabs (h/l): the sources of the corpus with how much
// each article relies on them, and the citation diagnostics per article.
type sourcesModel struct {
	ctx  *Context
	tab  int // 0 sources, 1 diagnostics
	list panelModel
}

func newSources(ctx *Context) sourcesModel { return sourcesModel{ctx: ctx} }

func (s *sourcesModel) refresh() {
	if s.tab == 0 {
		s.list = s.sourcesTab()
	} else {
		s.list = s.diagnosticsTab()
	}
}

func (s *sourcesModel) SetSize(w, h int) {
	if s.list.ctx != nil {
		s.refresh()
	}
}

func (s *sourcesModel) sourcesTab() panelModel {
	srcs := s.ctx.Lib.Sources()
	st := s.ctx.Styles
	items := []panelItem{{lines: []string{st.Header.Render(padRight(fmt.Sprintf(" %-9s %6s  %-28s %s", "kind", "claims", "by article", "source"), s.ctx.Width))}}}
	for _, src := range srcs {
		var per []string
		for _, c := range src.Articles {
			per = append(per, fmt.Sprintf("%s:%d", c.Article, c.Claims))
		}
		head := fmt.Sprintf(" %-9s %6d  %-28s ", src.Kind, src.Claims, fitUI(strings.Join(per, " "), 28))
		name := s.ctx.Engine.Fit(src.Name, max(s.ctx.Width-text.Width(head)-1, 1), text.Auto)
		items = append(items, panelItem{lines: []string{head + name.Text}, target: panelTarget{source: src.ID}})
	}
	return newPanel(s.ctx, fmt.Sprintf("sources: %d · [sources] diagnostics (h/l)", len(srcs)), items)
}

// diagnosticsTab lists, per article, the citations that lead nowhere or to
// several entries, and the entries nothing cites. Enter on a citation goes to
// its claim.
func (s *sourcesModel) diagnosticsTab() panelModel {
	st := s.ctx.Styles
	var items []panelItem
	add := func(lines ...string) { items = append(items, panelItem{lines: lines}) }
	for _, d := range s.ctx.Lib.Diagnostics() {
		if d.Citations == 0 && d.References == 0 {
			continue
		}
		add(st.Heading.Render(fmt.Sprintf("%s  %d citation%s in %d group%s · %d reference entr%s",
			d.Article, d.Citations, plural(d.Citations), d.Groups, plural(d.Groups), d.References, map[bool]string{true: "y", false: "ies"}[d.References == 1])))
		for _, c := range d.Unresolved {
			items = append(items, panelItem{
				lines:  panelText(s.ctx, fmt.Sprintf("unresolved  (%s)  %s  %s", c.Raw, c.Sentence, c.Note), 2, text.LTR, nil),
				target: panelTarget{claim: c.Sentence},
			})
		}
		for _, c := range d.Ambiguous {
			items = append(items, panelItem{
				lines:  panelText(s.ctx, fmt.Sprintf("ambiguous   (%s)  %s  candidates %s", c.Raw, c.Sentence, strings.Join(c.Candidates, ", ")), 2, text.LTR, nil),
				target: panelTarget{claim: c.Sentence},
			})
		}
		for _, r := range d.Unused {
			add(panelText(s.ctx, fmt.Sprintf("unused      [%s] %s", r.ID, strings.Join(nonEmpty(r.Author, r.Date, r.Title), " · ")), 2, text.LTR, nil)...)
		}
		if len(d.Unresolved)+len(d.Ambiguous)+len(d.Unused) == 0 {
			add(st.Muted.Render("  every citation leads to exactly one entry, every entry is cited"))
		}
		add("")
	}
	if len(items) == 0 {
		add(st.Muted.Render("  no article cites a reference list"))
	}
	return newPanel(s.ctx, "sources · [diagnostics] (h/l)", items)
}

// Update switches tabs and moves; it returns what Enter chose.
func (s sourcesModel) Update(act Action) (sourcesModel, *panelTarget) {
	switch act {
	case ActNextTab, ActPrevTab:
		s.tab = 1 - s.tab
		s.refresh()
		return s, nil
	}
	var t *panelTarget
	s.list, t = s.list.Update(act)
	return s, t
}

func (s *sourcesModel) View(status string) string { return s.list.View(status) }

// claimIndex maps claim ids to their rows, for the backlinks panel.
func claimIndex(lib Library) map[string]model.ClaimRef {
	cs := lib.Claims()
	m := make(map[string]model.ClaimRef, len(cs))
	for _, c := range cs {
		m[c.ID] = c
	}
	return m
}
