package compare

import (
	"sort"
	"strings"

	"github.com/isnad/isnad/data/arabic"
	"github.com/isnad/isnad/model"
)

// fact is one value read from one sentence for one event.
type fact struct {
	event int
	kind  model.FactKind
	value string
	date  arabic.Date // for dates: to compare at common precision
	text  string
	sent  int
	rel   bool
	unres bool
}

// clauseBreaks separate the clauses of a sentence: a date belongs first to
// the events named in its own clause.
const clauseBreaks = "،,;؛:()[]—–\"«»“”"

// appendFacts reads the dates and quantities of one sentence and files them
// under the events the sentence describes. An event is described when one of
// its triggers and (if it lists any) one of its objects occur in the
// sentence. A date goes to the described events whose trigger is in the
// date's own clause, or to all of them when none is; a number goes to the
// described events whose unit is the word it counts.
func appendFacts(dst []fact, f *Frames, text string, toks []arabic.Token, si int, ref arabic.Date, found [][]match) []fact {
	if len(f.events) == 0 || len(toks) == 0 {
		return dst
	}
	var active []int
	for ei, e := range f.events {
		k := f.eventSlot(ei)
		if len(found[k]) == 0 || (len(e.objects.cues) > 0 && len(found[k+1]) == 0) {
			continue
		}
		active = append(active, ei)
	}
	if len(active) == 0 {
		return dst
	}
	clause := clauses(text, toks)
	for _, d := range arabic.Dates(text, toks, ref) {
		if f.otherDocument(toks, found, clause, d) {
			continue
		}
		near := nearestEvents(f, active, found, clause, d)
		for _, ei := range near {
			dst = append(dst, fact{
				event: ei, kind: model.FactDate, value: d.String(), date: d,
				text: span(text, toks, d.From, d.To), sent: si, rel: d.Relative, unres: d.Unresolved,
			})
		}
	}
	for _, q := range arabic.Quantities(toks) {
		for _, ei := range active {
			if !startsAt(found[f.eventSlot(ei)+2], q.To) {
				continue
			}
			dst = append(dst, fact{
				event: ei, kind: model.FactNumber, value: q.String(),
				text: span(text, toks, q.From, q.To+1), sent: si,
			})
		}
	}
	return dst
}

// nearestEvents picks the events a date belongs to: of the described
// events whose trigger is in the date's clause, those of the trigger nearest
// before the date ("signed in June and entered into force in December"),
// else nearest after it; when the clause has no trigger at all (a date that
// opens the sentence: "ففي 19 يونيو، قام بوتين بزيارة … جرى خلالها توقيع"),
// every described event.
func nearestEvents(f *Frames, active []int, found [][]match, clause []int, d arabic.Date) []int {
	c := clause[d.From]
	best, bestDist := -1, 0
	dist := func(m match) int {
		if m.To <= d.From {
			return d.From - m.To // before the date: preferred
		}
		return 1000 + m.From - d.To
	}
	for _, ei := range active {
		for _, m := range found[f.eventSlot(ei)] {
			if clause[m.From] != c || m.From >= d.From && m.From < d.To {
				continue
			}
			if k := dist(m); best < 0 || k < bestDist {
				best, bestDist = m.From, k
			}
		}
	}
	if best < 0 {
		return active
	}
	var near []int
	for _, ei := range active {
		for _, m := range found[f.eventSlot(ei)] {
			if m.From == best && clause[m.From] == c {
				near = append(near, ei)
				break
			}
		}
	}
	return near
}

// otherDocument reports whether a date names or dates another document
// than the event's (scope.yaml, facts): a year in a document's name
// ("معاهدة الصداقة لعام 1961", "معاهدة عام 2000" with no trigger before the
// document, "the 1961 treaty", "the treaty of 2000"), or a date next to a
// document said to be an older one ("replacing a treaty signed in 2000").
// Only a year can: documents are named and dated by their year, and a full
// date near an older document is the event's.
func (f *Frames) otherDocument(toks []arabic.Token, found [][]match, clause []int, d arabic.Date) bool {
	if d.Relative || d.Precision() != arabic.PrecYear {
		return false // documents are named and dated by their year
	}
	sc := f.scope
	docs, links, earlier := found[f.scopeSlot(slotDocuments)], found[f.scopeSlot(slotLinks)], found[f.scopeSlot(slotEarlier)]
	// The nearest document before the date, in its clause.
	doc := -1
	for k := len(docs) - 1; k >= 0; k-- {
		m := docs[k]
		if m.To <= d.From && d.From-m.To <= sc.maxNameWords+1 && clause[m.From] == clause[d.From] {
			doc = k
			break
		}
	}
	if doc >= 0 {
		m := docs[doc]
		if d.From == m.To {
			return true // "معاهدة 1961"
		}
		for _, l := range links {
			if l.To != d.From {
				continue
			}
			switch sc.links.label[l.Cue] {
			case labelNameLink:
				return true
			case labelYearLink:
				if !triggerBefore(f, found, clause, m.From) {
					return true
				}
			}
		}
	}
	// "the 1961 treaty", "a 2000 friendship treaty"
	for _, m := range docs {
		if m.From >= d.To && m.From-d.To <= 1 {
			return true
		}
	}
	// A document called older, near the year.
	for _, m := range docs {
		if abs(m.From-d.From) > sc.maxNameWords+3 || clause[m.From] != clause[d.From] && m.From > d.From {
			continue
		}
		for _, e := range earlier {
			switch sc.earlier.label[e.Cue] {
			case labelBefore:
				if e.To <= m.From && m.From-e.To <= 2 {
					return true
				}
			case labelAfter:
				if e.From >= m.To && e.From-m.To <= sc.maxNameWords {
					return true
				}
			}
		}
	}
	return false
}

// triggerBefore reports whether an event trigger stands before token i in
// its clause.
func triggerBefore(f *Frames, found [][]match, clause []int, i int) bool {
	for ei := range f.events {
		for _, m := range found[f.eventSlot(ei)] {
			if m.To <= i && clause[m.From] == clause[i] {
				return true
			}
		}
	}
	return false
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

func startsAt(ms []match, i int) bool {
	for _, m := range ms {
		if m.From == i {
			return true
		}
	}
	return false
}

// clauses numbers the clause of each token.
func clauses(text string, toks []arabic.Token) []int {
	out := make([]int, len(toks))
	c := 0
	for i := 1; i < len(toks); i++ {
		if toks[i-1].End <= toks[i].Start && strings.ContainsAny(text[toks[i-1].End:toks[i].Start], clauseBreaks) {
			c++
		}
		out[i] = c
	}
	return out
}

func span(text string, toks []arabic.Token, from, to int) string {
	return text[toks[from].Start:toks[to-1].End]
}

// alignFacts groups the facts of the selected analyses by event and kind
// and flags conflicts.
func alignFacts(f *Frames, ans []*Analysis) []model.FactRow {
	type key struct {
		event int
		kind  model.FactKind
	}
	rows := map[key]*model.FactRow{}
	dates := map[key][]arabic.Date{} // parallel to Values
	for _, an := range ans {
		for _, ft := range an.facts {
			k := key{ft.event, ft.kind}
			r := rows[k]
			if r == nil {
				e := f.Events[ft.event]
				r = &model.FactRow{Event: e.ID, Name: e.Name, Kind: ft.kind}
				rows[k] = r
			}
			r.Values = append(r.Values, model.FactValue{
				Article: an.Article.ID, Value: ft.value, Text: ft.text,
				Sentence: model.ElemID(an.Article.ID, 's', ft.sent),
				Relative: ft.rel, Unresolved: ft.unres,
			})
			dates[k] = append(dates[k], ft.date)
		}
	}
	out := make([]model.FactRow, 0, len(rows))
	for k, r := range rows {
		flagConflicts(r, dates[k])
		out = append(out, *r)
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		ai, bi := eventIndex(f, a.Event), eventIndex(f, b.Event)
		if ai != bi {
			return ai < bi
		}
		return a.Kind < b.Kind
	})
	return out
}

func eventIndex(f *Frames, id string) int {
	for i, e := range f.Events {
		if e.ID == id {
			return i
		}
	}
	return len(f.Events)
}

// flagConflicts sets Conflict when two sources give the event and none of
// the values of one agrees with any value of the other, and marks the values
// of both. Each value lists the sources that agree with it, and is an
// outlier when none does and some other source gives a different value. Dates agree when equal at the precision both give ("2024-06"
// agrees with "2024-06-19"); numbers when equal. Unresolved values take no
// part. A source may give several values (two summits, two estimates): one
// shared value is enough for agreement.
func flagConflicts(r *model.FactRow, dates []arabic.Date) {
	vs := r.Values
	agree := func(i, j int) bool {
		if r.Kind == model.FactDate {
			p := min(dates[i].Precision(), dates[j].Precision())
			a, b := dates[i].Truncate(p), dates[j].Truncate(p)
			return a.Year == b.Year && a.Month == b.Month && a.Day == b.Day
		}
		return vs[i].Value == vs[j].Value
	}
	bySource := map[string][]int{}
	var order []string
	for i, v := range vs {
		if v.Unresolved {
			continue
		}
		if _, ok := bySource[v.Article]; !ok {
			order = append(order, v.Article)
		}
		bySource[v.Article] = append(bySource[v.Article], i)
	}
	// Per value: which other sources agree, and whether another source
	// gives a different value.
	for i := range vs {
		vs[i].AgreesWith = []string{}
		if vs[i].Unresolved {
			continue
		}
		disagreed := false
		for _, src := range order {
			if src == vs[i].Article {
				continue
			}
			agreed := false
			for _, j := range bySource[src] {
				if agree(i, j) {
					agreed = true
					break
				}
			}
			if agreed {
				vs[i].AgreesWith = append(vs[i].AgreesWith, src)
			} else {
				disagreed = true
			}
		}
		vs[i].Outlier = len(vs[i].AgreesWith) == 0 && disagreed
	}
	for x := range order {
		for y := x + 1; y < len(order); y++ {
			a, b := bySource[order[x]], bySource[order[y]]
			if shareAny(a, b, agree) {
				continue
			}
			r.Conflict = true
			for _, i := range a {
				vs[i].Conflicts = true
			}
			for _, i := range b {
				vs[i].Conflicts = true
			}
		}
	}
}

func shareAny(a, b []int, agree func(i, j int) bool) bool {
	for _, i := range a {
		for _, j := range b {
			if agree(i, j) {
				return true
			}
		}
	}
	return false
}
