// Package export writes a cited report of a corpus: each claim with its
// status, what backs it (the full reference entry behind a citation, the
// speaker and channel of an attribution) and the notes analysts wrote on
// it, as Markdown that reads well on a forge, CSV for a spreadsheet, or
// JSON Lines that read back (ReadJSONL). Building the records (Claims) is a
// pure function of an article, its sourcing and its notes; the writers
// only format them.
package export

import (
	"slices"

	"github.com/isnad/isnad/model"
)

// Filter selects the claims of a report.
type Filter struct {
	Status model.ClaimStatus // empty: every status
	// Noted adds the sentences that are no claim but carry a note.
	Noted bool
}

// Claims builds the report records of one article. notes are the notes
// whose anchor (data/notes.Anchor) puts them on this article's sentences;
// each goes to the sentence it sits on now.
func Claims(a *model.Article, s *model.Sourcing, notes []model.Note, f Filter) []model.ReportClaim {
	on := map[string][]model.Note{}
	for _, n := range notes {
		if n.Sentence != "" && n.Anchor != model.AnchorOrphaned {
			on[n.Sentence] = append(on[n.Sentence], n)
		}
	}
	claims := map[string]*model.Claim{}
	for i := range s.Claims {
		claims[s.Claims[i].ID] = &s.Claims[i]
	}
	var out []model.ReportClaim
	for _, sen := range a.Sentences {
		c := claims[sen.ID]
		noted := on[sen.ID]
		switch {
		case c == nil && !(f.Noted && len(noted) > 0):
			continue
		case c != nil && f.Status != "" && c.Status != f.Status:
			continue
		case c == nil && f.Status != "":
			continue
		}
		r := model.ReportClaim{
			Claim: sen.ID, Article: a.ID, Title: a.Meta.Title, Outlet: a.Meta.Outlet,
			Date: a.Meta.Date, URL: a.Meta.URL, Dir: direction(a), Text: sen.Text,
			Sources: []model.ReportSource{}, Notes: noted,
		}
		if c != nil {
			r.Status = c.Status
			r.Sources = sources(c, s)
		}
		out = append(out, r)
	}
	return out
}

// direction is the article's direction, or its language's when auto.
func direction(a *model.Article) model.Dir {
	if a.Meta.Dir != model.DirAuto {
		return a.Meta.Dir
	}
	switch a.Meta.Lang {
	case "ar", "fa", "ur", "he":
		return model.DirRTL
	}
	return model.DirAuto
}

// sources lists what backs a claim: its citations with the entries they
// lead to, then its attributions.
func sources(c *model.Claim, s *model.Sourcing) []model.ReportSource {
	out := []model.ReportSource{}
	for _, ci := range c.Citations {
		r := model.ReportSource{Kind: "citation", Cited: ci.Raw, Resolution: ci.Resolution, SourceID: ci.Source}
		for _, id := range ci.Candidates {
			if ref := s.Reference(id); ref != nil {
				r.References = append(r.References, ref.Raw)
				if ref.URL != "" && !slices.Contains(r.URLs, ref.URL) {
					r.URLs = append(r.URLs, ref.URL)
				}
			}
		}
		out = append(out, r)
	}
	for _, at := range c.Attributions {
		ch := at.ChannelText
		if ch == "" {
			ch = at.Channel
		}
		out = append(out, model.ReportSource{Kind: "attribution", Speaker: at.Speaker, Role: at.Role,
			Named: at.Kind, Channel: ch, SourceID: at.Source})
	}
	return out
}
