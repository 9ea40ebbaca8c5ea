package panel

import (
	"fmt"
	"strings"

	"github.com/isnad/isnad/model"
	"github.com/isnad/isnad/text"
	"github.com/isnad/isnad/tui/common"
)

// ForClaim shows what backs one claim: its citations with the reference
// entries they lead to, its attributions, and the sources behind them.
func ForClaim(ctx *common.Context, a *model.Article, s *model.Sourcing, claimID string) *Panel {
	st := ctx.Styles
	c := s.Claim(claimID)
	if c == nil {
		return New(ctx, "no claim "+claimID, nil)
	}
	dir := common.DirOf(a)
	layout := func() []Item {
		var items []Item
		add := func(lines ...string) { items = append(items, Item{Lines: lines}) }
		head := fmt.Sprintf("%s · %s · %s", c.ID, c.Status, strings.Join(reasonNames(c.Reasons), ", "))
		add(st.StatusStyle(c.Status)(common.Fit(head, ctx.Width)))
		add(Text(ctx, c.Text, 2, dir, nil)...)
		add("")

		var sources []string
		seen := map[string]bool{}
		addSource := func(id string) {
			if id != "" && !seen[id] {
				seen[id] = true
				sources = append(sources, id)
			}
		}
		if len(c.Citations) > 0 {
			add(st.Heading.Render("citations"))
			for _, ct := range c.Citations {
				add(Text(ctx, fmt.Sprintf("(%s) → %s", ct.Raw, ct.Resolution), 2, text.LTR, common.StyleFn(st.Notice))...)
				switch ct.Resolution {
				case model.Unresolved:
					note := "no entry of the reference list fits"
					if ct.Note != "" {
						note = ct.Note
					}
					add(Text(ctx, note, 4, text.LTR, common.StyleFn(st.Warn))...)
				case model.Ambiguous:
					var rules []string
					for _, r := range ct.Readings {
						pick := r.Pick
						if pick == "" {
							pick = "none"
						}
						rules = append(rules, r.Rule+" → "+pick)
					}
					add(Text(ctx, fmt.Sprintf("%d entries fit; %s", len(ct.Candidates), strings.Join(rules, "; ")), 4, text.LTR, common.StyleFn(st.Warn))...)
				}
				for _, id := range ct.Candidates {
					if r := s.Reference(id); r != nil {
						add(referenceLines(ctx, r)...)
						addSource(r.Source)
					}
				}
				addSource(ct.Source)
			}
			add("")
		}
		if len(c.Attributions) > 0 {
			add(st.Heading.Render("attributions"))
			for _, at := range c.Attributions {
				line := at.Cue + " " + at.Speaker
				if at.Role != "" {
					line += "، " + at.Role
				}
				add(Text(ctx, strings.TrimSpace(line), 2, dir, nil)...)
				meta := string(at.Kind)
				if at.ChannelText != "" {
					meta += " · channel: " + at.ChannelText
				}
				if at.Carried {
					meta += " · speaker carried over from an earlier sentence"
				}
				add(Text(ctx, meta, 4, text.LTR, common.StyleFn(st.Muted))...)
				addSource(at.Source)
				addSource(at.Channel)
			}
			add("")
		}
		if len(c.Citations) == 0 && len(c.Attributions) == 0 {
			add(Text(ctx, "no citation and no attribution: the article states this on its own authority", 2, text.LTR, common.StyleFn(st.Unsourced))...)
		}
		if len(sources) > 0 {
			open := ctx.Keys.Get(common.ActOpen).Help().Key
			add(st.Heading.Render("sources") + st.Muted.Render(common.Fit("  ("+open+": every claim that relies on it)", ctx.Width-7)))
			for _, id := range sources {
				items = append(items, Item{Lines: []string{SourceLine(ctx, id)}, Target: Target{Source: id}})
			}
		}
		return items
	}
	p := Laid(ctx, "sources of "+c.ID, layout)
	p.Claim = c.ID
	return p
}

func reasonNames(rs []model.Reason) []string {
	out := make([]string, len(rs))
	for i, r := range rs {
		out[i] = string(r)
	}
	return out
}

// referenceLines shows a reference entry: id, author, date, title, outlet,
// URL.
func referenceLines(ctx *common.Context, r *model.Reference) []string {
	parts := common.NonEmpty(r.Author, r.Date, r.Title)
	lines := Text(ctx, "["+r.ID+"] "+strings.Join(parts, " · "), 4, text.LTR, nil)
	if r.Outlet != "" || r.URL != "" {
		lines = append(lines, Text(ctx, strings.Join(common.NonEmpty(r.Outlet, r.URL), "  "), 6, text.LTR, common.StyleFn(ctx.Styles.Muted))...)
	}
	return lines
}

// SourceLine shows a source with how much the corpus relies on it.
func SourceLine(ctx *common.Context, id string) string {
	src, ok := ctx.Lib.Source(id)
	if !ok {
		return "  " + ctx.Engine.Fit(id, ctx.Width-2, text.Auto).Text
	}
	kind := ""
	if src.Kind != "" { // a speaker not found has no kind
		kind = string(src.Kind) + " · "
	}
	info := fmt.Sprintf("  (%s%d claim%s in %d article%s)", kind, src.Claims, common.Plural(src.Claims), len(src.Articles), common.Plural(len(src.Articles)))
	name, _ := ctx.Engine.Fit(src.Name, max(ctx.Width-text.Width(info)-2, 1), text.Auto).Content()
	return "  " + name + ctx.Styles.Muted.Render(info)
}

// Backlinks lists every claim of the corpus that relies on a source.
func Backlinks(ctx *common.Context, sourceID string) *Panel {
	src, _ := ctx.Lib.Source(sourceID)
	name := src.Name
	if name == "" {
		name = sourceID
	}
	ids := ctx.Lib.Backlinks(sourceID)
	claims := ClaimIndex(ctx.Lib)
	return Laid(ctx, "claims relying on "+name, func() []Item {
		items := []Item{{Lines: []string{ctx.Styles.Muted.Render(fmt.Sprintf("%d claim%s cite, quote or name this source", len(ids), common.Plural(len(ids))))}}}
		for _, id := range ids {
			items = append(items, Item{Lines: []string{ClaimRow(ctx, claims[id], id)}, Target: Target{Claim: id}})
		}
		return items
	})
}

// NoteMark marks what carries analysts' notes (a claim in a list, a
// sentence in the reader): it reads without colour, and takes the colour
// of the latest note's verdict.
const NoteMark = "✎"

// ClaimRow is one claim on one line: id, status mark, the note mark when
// analysts wrote notes on it, text.
func ClaimRow(ctx *common.Context, c model.ClaimRef, id string) string {
	st := ctx.Styles
	head := fmt.Sprintf(" %-9s %s", id, common.StatusMark(c.Status))
	note := "  "
	if set := ctx.NoteSet(); set.Annotated(c.Article)[id] > 0 {
		n, _ := set.Latest(id)
		note = st.VerdictStyle(n.Verdict)(NoteMark) + " "
	}
	w := max(ctx.Width-text.Width(head)-3, 1)
	ln := ctx.Engine.Fit(c.Text, w, text.Auto)
	body := ln.Text
	if ln.RTL {
		body = strings.Repeat(" ", max(w-ln.Width, 0)) + body
	}
	return st.StatusStyle(c.Status)(head) + note + body
}

// ClaimIndex maps claim ids to their rows.
func ClaimIndex(lib common.Library) map[string]model.ClaimRef {
	cs := lib.Claims()
	m := make(map[string]model.ClaimRef, len(cs))
	for _, c := range cs {
		m[c.ID] = c
	}
	return m
}
