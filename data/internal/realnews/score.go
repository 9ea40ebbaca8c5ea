package realnews

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
)

// SysEvent is one attribution as the system under test found it, placed in
// the same rune offsets as the gold (the caller maps its own positions).
type SysEvent struct {
	Cue      Span
	Speaker  *Span  // nil: no speaker written in the text (dropped, carried)
	Entity   string // the system's source id; the same id means the same entity
	Named    bool
	Resolved bool // the speaker was carried over from an earlier mention
}

// SysDoc is what the system found in one document.
type SysDoc struct {
	Events []SysEvent
	// Claims are the rune spans of the sentences the system lists as claims
	// with an attribution (attributed or anonymous).
	Claims []Span
}

// Counts accumulate the measures over documents. Every ratio is computed
// from them; nothing is averaged per document.
type Counts struct {
	Docs, Gold, Sys, Matched int
	// Speaker spans: matched events whose gold has a written speaker, and
	// how many of those the system delimited exactly (modulo surrounding
	// spaces and punctuation); dropped-subject events where the system
	// also wrote none.
	SpeakerGold, SpeakerExact int
	DroppedGold, DroppedRight int
	// Resolved: gold events whose speaker comes from a pronoun or dropped
	// subject, and how many the system tied to the same entity as the
	// antecedent's.
	ResolvedGold, ResolvedRight int
	// ResolvedEntity counts the resolved gold events the system tied to
	// the right entity even when it missed the antecedent event itself:
	// the entity of another matched event of the same real entity whose
	// speaker is written. It is what an analyst sees (who said it), and
	// never less than ResolvedRight; ResolvedRight stays the headline.
	ResolvedEntity int
	// Unresolved lists, with Detail, the resolved gold events not tied to
	// their antecedent's entity, and why.
	Unresolved []string
	// Splits lists, with Detail, the gold entities the analysis gave more
	// than one source id; Spans the speakers not delimited exactly.
	Splits, Spans []string
	// Named/anonymous agreement over matched events.
	KindRight int
	// Entities: distinct gold entities and distinct system entities, per
	// document, over the matched events.
	GoldEntities, SysEntities int
	// ClaimCovered: gold events whose cue lies in a sentence the system
	// lists as an attributed or anonymous claim.
	ClaimCovered int
	// Misses and False list the unmatched events (document ref and cue
	// offsets) for reading; empty unless Detail was set.
	Detail        bool
	Misses, False []string
	// ByForm counts gold events and matched ones per form (verb,
	// participle, verbal-noun, nominal, quote): where recall is lost.
	ByForm map[string]*[2]int
}

// Score compares one document's system output with its gold.
func (c *Counts) Score(g Gold, d Doc, s SysDoc) {
	c.Docs++
	c.Gold += len(g.Events)
	c.Sys += len(s.Events)
	match := matchEvents(g.Events, s.Events)
	byID := map[string]int{}
	for i, e := range g.Events {
		byID[e.ID] = i
	}
	goldEnt, sysEnt := map[string]bool{}, map[string]bool{}
	usedSys := make([]bool, len(s.Events))
	if c.ByForm == nil {
		c.ByForm = map[string]*[2]int{}
	}
	for gi, si := range match {
		n := c.ByForm[g.Events[gi].Form]
		if n == nil {
			n = &[2]int{}
			c.ByForm[g.Events[gi].Form] = n
		}
		n[0]++
		if si >= 0 {
			n[1]++
		}
	}
	for gi, si := range match {
		ge := g.Events[gi]
		if si < 0 {
			if c.Detail {
				c.Misses = append(c.Misses, fmt.Sprintf("%s %s cue %v %q", g.Doc, ge.ID, ge.Cue, Slice(d.Text, ge.Cue[0], ge.Cue[1])))
			}
			continue
		}
		usedSys[si] = true
		se := s.Events[si]
		c.Matched++
		goldEnt[ge.Entity] = true
		sysEnt[se.Entity] = true
		if ge.Named == se.Named {
			c.KindRight++
		}
		if ge.Speaker != nil && !ge.Resolved {
			c.SpeakerGold++
			if se.Speaker != nil && sameSpan(d.Text, *ge.Speaker, *se.Speaker) {
				c.SpeakerExact++
			} else if c.Detail {
				got := ""
				if se.Speaker != nil {
					got = Slice(d.Text, se.Speaker[0], se.Speaker[1])
				}
				c.Spans = append(c.Spans, fmt.Sprintf("%s %s %q: want %q got %q", g.Doc, ge.ID, Slice(d.Text, ge.Cue[0], ge.Cue[1]),
					Slice(d.Text, ge.Speaker[0], ge.Speaker[1]), got))
			}
		}
		if ge.Speaker == nil {
			c.DroppedGold++
			if se.Speaker == nil {
				c.DroppedRight++
			}
		}
	}
	for gi, ge := range g.Events {
		if !ge.Resolved {
			continue
		}
		c.ResolvedGold++
		ai, ok := byID[ge.Antecedent]
		why := ""
		switch {
		case !ok || match[gi] < 0:
			why = "event missed"
		case match[ai] < 0:
			why = "antecedent " + ge.Antecedent + " missed"
			if writtenSameEntity(g, s, match, gi) {
				c.ResolvedEntity++
				why += " (entity right)"
			}
		case s.Events[match[gi]].Entity != "" && s.Events[match[gi]].Entity == s.Events[match[ai]].Entity:
			c.ResolvedRight++
			c.ResolvedEntity++
		default:
			why = fmt.Sprintf("entity %q, antecedent's %q", s.Events[match[gi]].Entity, s.Events[match[ai]].Entity)
		}
		if why != "" && c.Detail {
			c.Unresolved = append(c.Unresolved, fmt.Sprintf("%s %s cue %v %q: %s", g.Doc, ge.ID, ge.Cue, Slice(d.Text, ge.Cue[0], ge.Cue[1]), why))
		}
	}
	c.GoldEntities += len(goldEnt)
	c.SysEntities += len(sysEnt)
	if c.Detail {
		split := map[string]map[string]bool{}
		for gi, si := range match {
			if si >= 0 {
				ent := g.Events[gi].Entity
				if split[ent] == nil {
					split[ent] = map[string]bool{}
				}
				split[ent][s.Events[si].Entity] = true
			}
		}
		for ent, ss := range split {
			if len(ss) > 1 {
				var ids []string
				for id := range ss {
					ids = append(ids, id)
				}
				sort.Strings(ids)
				c.Splits = append(c.Splits, fmt.Sprintf("%s %s → %s", g.Doc, ent, strings.Join(ids, " | ")))
			}
		}
	}
	for _, ge := range g.Events {
		for _, cl := range s.Claims {
			if cl.Overlaps(ge.Cue) {
				c.ClaimCovered++
				break
			}
		}
	}
	if c.Detail {
		for i, se := range s.Events {
			if !usedSys[i] {
				c.False = append(c.False, fmt.Sprintf("%s cue %v %q", g.Doc, se.Cue, Slice(d.Text, se.Cue[0], se.Cue[1])))
			}
		}
	}
}

// matchEvents pairs gold and system events one to one: a system event
// matches a gold event when their cues overlap (for a cue-less quotation,
// when the system's cue falls in the gold's quotation). Closest cues pair
// first. It returns, per gold event, the index of its system event or -1.
func matchEvents(gold []Event, sys []SysEvent) []int {
	type pair struct{ g, s, dist int }
	var pairs []pair
	for gi, ge := range gold {
		for si, se := range sys {
			ok := ge.Cue.Overlaps(se.Cue)
			if !ok && ge.Form == "quote" && ge.Quote != nil {
				ok = ge.Quote.Overlaps(se.Cue)
			}
			if ok {
				d := se.Cue[0] - ge.Cue[0]
				if d < 0 {
					d = -d
				}
				pairs = append(pairs, pair{gi, si, d})
			}
		}
	}
	sort.SliceStable(pairs, func(i, j int) bool { return pairs[i].dist < pairs[j].dist })
	out := make([]int, len(gold))
	for i := range out {
		out[i] = -1
	}
	usedS := make([]bool, len(sys))
	for _, p := range pairs {
		if out[p.g] < 0 && !usedS[p.s] {
			out[p.g], usedS[p.s] = p.s, true
		}
	}
	return out
}

// sameSpan compares two spans of text, ignoring spaces and punctuation at
// their edges.
func sameSpan(text string, a, b Span) bool {
	trim := func(s string) string {
		return strings.TrimFunc(s, func(r rune) bool { return unicode.IsSpace(r) || unicode.IsPunct(r) })
	}
	return trim(Slice(text, a[0], a[1])) == trim(Slice(text, b[0], b[1]))
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Precision is matched system events over all system events.
func (c *Counts) Precision() float64 { return ratio(c.Matched, c.Sys) }

// Recall is matched gold events over all gold events.
func (c *Counts) Recall() float64 { return ratio(c.Matched, c.Gold) }

// SpeakerExactRate is the share of matched events with a written speaker
// whose span the system got exactly.
func (c *Counts) SpeakerExactRate() float64 { return ratio(c.SpeakerExact, c.SpeakerGold) }

// writtenSameEntity reports whether the system gave resolved gold event gi
// the entity it gave another matched event of the same real entity whose
// speaker is written.
func writtenSameEntity(g Gold, s SysDoc, match []int, gi int) bool {
	ent := s.Events[match[gi]].Entity
	if ent == "" {
		return false
	}
	for gj, sj := range match {
		if gj != gi && sj >= 0 && !g.Events[gj].Resolved && g.Events[gj].Entity == g.Events[gi].Entity && s.Events[sj].Entity == ent {
			return true
		}
	}
	return false
}

// ResolvedEntityRate is the share of pronoun and dropped-subject events
// tied to the right entity, the antecedent event found or not.
func (c *Counts) ResolvedEntityRate() float64 { return ratio(c.ResolvedEntity, c.ResolvedGold) }

// ResolvedRecall is the share of pronoun and dropped-subject events tied
// to their antecedent's entity.
func (c *Counts) ResolvedRecall() float64 { return ratio(c.ResolvedRight, c.ResolvedGold) }

// EntityRatio is system entities over real entities (1 is right; above
// means one entity split into several).
func (c *Counts) EntityRatio() float64 { return ratio(c.SysEntities, c.GoldEntities) }

// ClaimCoverage is the share of gold events whose sentence is listed as a
// claim with its attribution.
func (c *Counts) ClaimCoverage() float64 { return ratio(c.ClaimCovered, c.Gold) }

// String is the report, one line.
func (c *Counts) String() string {
	return fmt.Sprintf("docs %d gold %d sys %d matched %d: P %.3f R %.3f; speaker exact %.3f (%d/%d); dropped right %d/%d; resolved %.3f (%d/%d), to the right entity %.3f (%d); named/anon right %d/%d; entities %d/%d = %.2f; claims cover %.3f",
		c.Docs, c.Gold, c.Sys, c.Matched, c.Precision(), c.Recall(),
		c.SpeakerExactRate(), c.SpeakerExact, c.SpeakerGold, c.DroppedRight, c.DroppedGold,
		c.ResolvedRecall(), c.ResolvedRight, c.ResolvedGold, c.ResolvedEntityRate(), c.ResolvedEntity, c.KindRight, c.Matched,
		c.SysEntities, c.GoldEntities, c.EntityRatio(), c.ClaimCoverage())
}

// FormRecall gives the recall per form of event, the commonest first:
// "verb 0.88 (1200/1364), participle …".
func (c *Counts) FormRecall() string {
	forms := make([]string, 0, len(c.ByForm))
	for f := range c.ByForm {
		forms = append(forms, f)
	}
	sort.Slice(forms, func(i, j int) bool { return c.ByForm[forms[i]][0] > c.ByForm[forms[j]][0] })
	var b strings.Builder
	for i, f := range forms {
		n := c.ByForm[f]
		if i > 0 {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, "%s %.2f (%d/%d)", f, float64(n[1])/float64(max(n[0], 1)), n[1], n[0])
	}
	return b.String()
}
