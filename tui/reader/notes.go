package reader

import (
	"slices"
	"sort"

	tea "charm.land/bubbletea/v2"

	"github.com/isnad/isnad/model"
	"github.com/isnad/isnad/tui/common"
	"github.com/isnad/isnad/tui/panel"
)

// Notes in the reader: the sentences that carry analysts' notes have a
// mark, ✎, in the verdict's colour, on the free side of their lines — the
// side the claim marks are not on: left of right-to-left text, right of
// left-to-right text — so it reads without colour and beside a claim's
// mark. The marks are placed when an article opens, when its whole text
// comes and when the notes change (common.NotesMsg), from
// NoteSet().Annotated: a map of the article's sentences, so placing them
// costs the sentences noted, not the article. A drawn line finds its own by
// a binary search, as the claim marks do.

// noteMark is the mark shown on the free side of a noted sentence's lines.
const noteMark = panel.NoteMark

// noted is one sentence of the article that carries notes, placed on the
// text the reader shows, with its mark drawn in the colour of its latest
// note's verdict (once: a mark is drawn for every line).
type noted struct {
	para, start, end int
	mark             string
}

// placeNotes places the notes of the session on the article shown, and
// redraws the rows when that changed them.
func (r *Reader) placeNotes() {
	var order []noted
	if r.art != nil {
		order = placeNotes(r.art, r.ctx.NoteSet(), r.ctx.Styles)
	}
	if !slices.Equal(order, r.notes) {
		r.notes = order
		r.flow.redraw(-1)
	}
}

// placeNotes is the sentences of a that carry notes in set, in reading
// order.
func placeNotes(a *model.Article, set *model.NoteSet, st *common.Styles) []noted {
	ann := set.Annotated(a.ID)
	if len(ann) == 0 {
		return nil
	}
	sens := make([]*model.Sentence, 0, len(ann))
	for id := range ann {
		if s := a.Sentence(id); s != nil && s.Para < len(a.Paragraphs) {
			sens = append(sens, s)
		}
	}
	slices.SortFunc(sens, func(x, y *model.Sentence) int { return x.N - y.N })
	out := make([]noted, 0, len(sens))
	marks := map[model.Verdict]string{}
	var sh shifter
	for _, s := range sens {
		p := &a.Paragraphs[s.Para]
		if sh.p != p || sh.from > s.Start {
			sh = shifter{p: p}
		}
		start := sh.at(s.Start)
		n, _ := set.Latest(s.ID)
		v := n.Verdict
		if _, ok := marks[v]; !ok {
			marks[v] = st.VerdictStyle(v)(noteMark)
		}
		out = append(out, noted{para: s.Para, start: start, end: sh.at(s.End), mark: marks[v]})
	}
	return out
}

// noteGutter is the mark beside a line showing bytes [from, to) of a
// paragraph: the verdict of the first noted sentence on it, or a blank.
func (r *Reader) noteGutter(para, from, to int) string {
	ns := r.notes
	i := sort.Search(len(ns), func(i int) bool { return ns[i].para > para || ns[i].para == para && ns[i].end > from })
	if i == len(ns) || ns[i].para != para || ns[i].start >= to {
		return ""
	}
	return ns[i].mark
}

// addNote asks for the note form on the claim under the cursor (the one
// selected, else the first on screen), else on the sentence at the top of
// the screen: a note may go on any sentence.
func (r *Reader) addNote() tea.Cmd {
	if c := r.claimOnScreen(); c != nil {
		return common.NoteCmd(c.id)
	}
	top := r.anchor()
	if top.Para >= len(r.art.Paragraphs) {
		return common.StatusCmd("no sentence on screen")
	}
	p := &r.art.Paragraphs[top.Para]
	off := paraOffset(p, top.Offset)
	sents := r.art.Sentences[p.SentFrom:min(p.SentTo, len(r.art.Sentences))]
	k := sort.Search(len(sents), func(i int) bool { return sents[i].End > off })
	if k == len(sents) {
		return common.StatusCmd("no sentence on screen")
	}
	return common.NoteCmd(sents[k].ID)
}
