// Package compare is isnad's comparison layer: how a selection of sources
// frames the story, how each names the relationship, which words set each
// apart, and where their dates and figures disagree.
//
// The work is split so that the compare screen stays cheap. Analyze reads
// one article once (tokens, frame and name matches, vocabulary counts,
// facts); an Index keeps those analyses, and choosing another selection of
// sources or another frame only combines them: Compare for the whole
// model.Comparison, FrameRow for one frame's cells. Build does both for a
// one-off comparison, as `isnad compare` does.
//
// What the layer looks for is data, not code: a frames file next to the
// corpus (see Frames and data/corpus/frames.yaml) lists the frames and their
// cue terms, the names of the relationship, the events facts are grouped by
// and the reference-list headings to skip. Cue terms are matched on stems
// (package arabic), phrases on consecutive stems, leftmost and longest
// first: where "شراكة استراتيجية" matches, "شراكة" does not count again.
//
// Rows and cells share slices with the analyses they come from: treat them
// as read-only. An analysis keeps about six times its article's text in
// memory (vocabulary counts above all), so for a large corpus an Index
// should hold the articles being compared, not the whole corpus; the
// vocabulary prior is the selection's own counts anyway.
//
// Every number carries its evidence: a frame score the ids of the sentences
// that carry the frame, a name count the sentences it was counted in, a
// vocabulary term a few sentences it occurs in, a fact the sentence it was
// read from.
package compare

import (
	"math"
	"sort"

	"github.com/isnad/isnad/model"
)

// Index holds the analyses of the articles compared so far, so that a new
// selection reuses them. It is not safe for concurrent use.
type Index struct {
	frames *Frames
	byID   map[string]*Analysis
}

// NewIndex returns an empty index; nil frames means Empty().
func NewIndex(f *Frames) *Index {
	if f == nil {
		f = Empty()
	}
	return &Index{frames: f, byID: map[string]*Analysis{}}
}

// Frames returns the frames the index scores with.
func (x *Index) Frames() *Frames { return x.frames }

// Add analyses an article unless the index already has it (by id), and
// returns its analysis. An article that is not parsed yet is analysed as
// empty; add it again after parsing by calling Forget first.
func (x *Index) Add(a *model.Article) *Analysis {
	if an, ok := x.byID[a.ID]; ok {
		return an
	}
	an := Analyze(a, x.frames)
	x.byID[a.ID] = an
	return an
}

// Forget drops an article's analysis.
func (x *Index) Forget(id string) { delete(x.byID, id) }

// Analysis returns the analysis of an article added before, or nil.
func (x *Index) Analysis(id string) *Analysis { return x.byID[id] }

func (x *Index) selection(ids []string) []*Analysis {
	ans := make([]*Analysis, 0, len(ids))
	for _, id := range ids {
		if an := x.byID[id]; an != nil {
			ans = append(ans, an)
		}
	}
	return ans
}

// Compare compares the given articles (ids of articles added before;
// unknown ids are skipped). Vocabulary is distinctive against the other
// articles of the selection, so it changes with the selection; frames,
// names and facts are only gathered.
func (x *Index) Compare(ids []string) *model.Comparison {
	ans := x.selection(ids)
	f := x.frames
	c := &model.Comparison{
		Sources: make([]string, len(ans)),
		Frames:  make([]model.FrameRow, len(f.Frames)),
	}
	for i, an := range ans {
		c.Sources[i] = an.Article.ID
	}
	for fi := range f.Frames {
		c.Frames[fi] = frameRow(f, fi, ans)
	}
	c.Naming, c.NamingRows = naming(f, ans)
	c.Vocabulary = vocabulary(f, ans)
	c.Facts = alignFacts(f, ans)
	return c
}

// FrameRow builds one frame's cells for a selection: what the compare
// screen recomputes when the frame or the sources change.
func (x *Index) FrameRow(frame int, ids []string) model.FrameRow {
	if frame < 0 || frame >= len(x.frames.Frames) {
		return model.FrameRow{}
	}
	return frameRow(x.frames, frame, x.selection(ids))
}

// Cell is one frame in one article, straight from its analysis: score,
// evidence and terms without building a row. Out-of-range frames and
// unknown articles give a zero Cell.
func (x *Index) Cell(frame int, id string) model.Cell {
	an := x.byID[id]
	if an == nil || frame < 0 || frame >= len(x.frames.Frames) {
		return model.Cell{}
	}
	c := model.Cell{Evidence: sentenceIDs(id, an.frames[frame]), Terms: an.terms[frame]}
	if an.Countable > 0 {
		c.Score = float64(len(an.frames[frame])) / float64(an.Countable)
	}
	return c
}

// Build analyses the articles and compares them: the one-off path.
func Build(arts []*model.Article, f *Frames) *model.Comparison {
	x := NewIndex(f)
	ids := make([]string, len(arts))
	for i, a := range arts {
		x.Add(a)
		ids[i] = a.ID
	}
	return x.Compare(ids)
}

func frameRow(f *Frames, fi int, ans []*Analysis) model.FrameRow {
	fr := f.Frames[fi]
	r := model.FrameRow{
		ID: fr.ID, Name: fr.Name,
		Scores:   make(map[string]float64, len(ans)),
		Evidence: make(map[string][]string, len(ans)),
		Negated:  make(map[string][]string, len(ans)),
		Terms:    make(map[string][]model.TermCount, len(ans)),
	}
	for _, an := range ans {
		id := an.Article.ID
		hits := an.frames[fi]
		r.Evidence[id] = sentenceIDs(id, hits)
		r.Negated[id] = sentenceIDs(id, an.negated[fi])
		r.Terms[id] = an.terms[fi] // shared with the analysis: read-only
		if an.Countable > 0 {
			r.Scores[id] = float64(len(hits)) / float64(an.Countable)
		} else {
			r.Scores[id] = 0
		}
	}
	return r
}

func naming(f *Frames, ans []*Analysis) (map[string]map[string]int, []model.NamingRow) {
	table := make(map[string]map[string]int, len(f.Naming))
	rows := make([]model.NamingRow, 0, len(f.Naming))
	totals := make([]int, 0, len(f.Naming))
	for ni, n := range f.Naming {
		r := model.NamingRow{
			Term:        n.Term,
			Counts:      make(map[string]int, len(ans)),
			PerThousand: make(map[string]float64, len(ans)),
			Evidence:    make(map[string][]string, len(ans)),
		}
		total := 0
		for _, an := range ans {
			id := an.Article.ID
			st := an.naming[ni]
			r.Counts[id] = st.count
			r.PerThousand[id] = perThousand(st.count, an.Words)
			r.Evidence[id] = sentenceIDs(id, st.sents)
			total += st.count
		}
		table[n.Term] = r.Counts
		rows = append(rows, r)
		totals = append(totals, total)
	}
	idx := make([]int, len(rows))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return totals[idx[a]] > totals[idx[b]] })
	sorted := make([]model.NamingRow, len(rows))
	for i, k := range idx {
		sorted[i] = rows[k]
	}
	return table, sorted
}

// perThousand is n per 1,000 of words, rounded to two decimals; 0 when
// there are no words.
func perThousand(n, words int) float64 {
	if words == 0 {
		return 0
	}
	return math.Round(float64(n)*1000/float64(words)*100) / 100
}
