package notes

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/isnad/isnad/model"
	"github.com/isnad/isnad/text"
	"github.com/isnad/isnad/tui/common"
	"github.com/isnad/isnad/tui/panel"
)

// What the screen asks of the store and the library, in commands, and
// what comes back.

// formMsg is the sentence a new note goes on, read from its article, or
// why it cannot.
type formMsg struct {
	req    int
	target string
	quote  string
	err    error
}

// removedMsg is the store's answer to a removal.
type removedMsg struct {
	req int
	id  int64
	err error
}

// historyMsg is a note's history, read from the store.
type historyMsg struct {
	req  int
	id   int64
	revs []model.NoteRevision
	err  error
}

// ask answers a request for the form: an edit is shown at once, a new
// note once its sentence's text is read (the article may have to be
// parsed: off the UI goroutine).
func (n *Notes) ask(m common.NoteMsg) tea.Cmd {
	if why := n.ctx.NotesUnavailable(); why != "" {
		return common.StatusCmd(why)
	}
	if m.Note != 0 {
		x, ok := n.ctx.NoteSet().Get(m.Note)
		if !ok {
			return common.StatusCmd(fmt.Sprintf("note %d is gone", m.Note))
		}
		target := x.Sentence
		if target == "" {
			target = x.Target
		}
		return common.PushCmd(newForm(n.ctx, target, x.Quote, x))
	}
	n.req++
	req, lib, target := n.req, n.ctx.Lib, m.Target
	return func() tea.Msg {
		r, err := model.ParseRef(target)
		if err == nil && r.Kind != 's' {
			err = fmt.Errorf("%s is no sentence: a note goes on a claim or sentence", target)
		}
		if err != nil {
			return formMsg{req: req, target: target, err: err}
		}
		a, err := lib.Article(r.Article)
		if err != nil {
			return formMsg{req: req, target: target, err: err}
		}
		s := a.Sentence(target)
		if s == nil {
			return formMsg{req: req, target: target, err: fmt.Errorf("no sentence %s", target)}
		}
		return formMsg{req: req, target: target, quote: s.Text}
	}
}

// showForm shows the form for a new note once its sentence is known.
func (n *Notes) showForm(m formMsg) tea.Cmd {
	if m.err != nil {
		return common.StatusCmd("no note: " + m.err.Error())
	}
	return common.PushCmd(newForm(n.ctx, m.target, m.quote, model.Note{}))
}

// remove asks about the note under the cursor on the first press, and
// removes it on the second.
func (n *Notes) remove(t panel.Target, ok bool) tea.Cmd {
	if !ok {
		return nil
	}
	if n.removing != t.Note {
		n.removing = t.Note
		return nil
	}
	n.removing = 0
	n.req++
	req, store, who, id := n.req, n.ctx.Notes, n.ctx.Analyst(), t.Note
	return func() tea.Msg {
		ctx, cancel := storeCtx()
		defer cancel()
		return removedMsg{req, id, store.Remove(ctx, id, who)}
	}
}

func (n *Notes) removed(m removedMsg) tea.Cmd {
	if m.err != nil {
		return common.StatusCmd(fmt.Sprintf("note %d not removed: %v", m.id, m.err))
	}
	return common.StatusCmd(fmt.Sprintf("note %d removed (its history keeps it: %s)", m.id,
		common.FirstKey(n.ctx.Keys.Get(common.ActHistory))))
}

// history reads a note's history in a command.
func (n *Notes) history(id int64) tea.Cmd {
	n.req++
	req, store := n.req, n.ctx.Notes
	return func() tea.Msg {
		ctx, cancel := storeCtx()
		defer cancel()
		revs, err := store.History(ctx, id)
		return historyMsg{req, id, revs, err}
	}
}

// showHistory shows a note's revisions in a panel, the first first.
func (n *Notes) showHistory(m historyMsg) tea.Cmd {
	if m.err != nil {
		return common.StatusCmd(fmt.Sprintf("history of note %d: %v", m.id, m.err))
	}
	return common.PushCmd(History(n.ctx, m.id, m.revs))
}

// History is a panel of a note's revisions: who changed what, when.
func History(ctx *common.Context, id int64, revs []model.NoteRevision) *panel.Panel {
	st, eng := ctx.Styles, ctx.Engine
	p := panel.Laid(ctx, fmt.Sprintf("history of note %d: %d revision%s", id, len(revs), common.Plural(len(revs))), func() []panel.Item {
		var items []panel.Item
		for _, r := range revs {
			what := st.VerdictStyle(r.Verdict)(common.Inline(eng, string(r.Verdict), 30))
			if r.Deleted {
				what = st.Warn.Render("removed")
			}
			head := fmt.Sprintf(" rev %d  %s  ", r.Rev, st.Muted.Render(r.At.Local().Format("2006-01-02 15:04:05")))
			head += common.Inline(eng, r.Analyst, 30) + "  " + what
			lines := []string{common.Fit(head, ctx.Width-1)}
			if !r.Deleted {
				for _, p := range strings.Split(r.Text, "\n") {
					lines = append(lines, panel.Text(ctx, p, 4, text.Auto, nil)...)
				}
			}
			items = append(items, panel.Item{Lines: append(lines, "")})
		}
		return items
	})
	p.Hints = []key.Binding{ctx.Keys.Described(common.ActBack, "close")}
	return p
}
