package notes

import (
	"fmt"
	"slices"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textarea"
	tea "charm.land/bubbletea/v2"

	"github.com/isnad/isnad/model"
	"github.com/isnad/isnad/text"
	"github.com/isnad/isnad/tui/common"
)

// FormID is the note form's id.
const FormID common.ID = "note"

// maxNote bounds a note's text, in characters.
const maxNote = 10000

// Form writes a note: a new one on a sentence, or a new revision of one.
// The verdict is picked from the team's verdicts with ↑/↓; the text is
// typed below. bubbles' textarea does the editing (typing, backspace,
// ctrl+w, ctrl+u, paste, control characters dropped) and the text engine
// draws it, so that Arabic shows joined and in visual order; as in the
// filter, the cursor stays at the end. Keys reach it through the key map:
// save, a new line, cancel are bindings; every other key types.
type Form struct {
	ctx      *common.Context
	target   string     // the sentence
	quote    string     // its text now
	note     model.Note // the note edited; ID 0 for a new one
	verdicts []model.Verdict
	choice   int
	text     textarea.Model
	err      string
	saving   bool
	req      int
}

// savedMsg is the store's answer to a save.
type savedMsg struct {
	form *Form
	req  int
	note model.Note
	err  error
}

// newForm is the form for a new note on target (its text quote), or, when
// note.ID is set, for editing note.
func newForm(ctx *common.Context, target, quote string, note model.Note) *Form {
	f := &Form{ctx: ctx, target: target, quote: quote, note: note, verdicts: ctx.Notes.Verdicts()}
	if note.ID != 0 && !slices.Contains(f.verdicts, note.Verdict) {
		// A verdict the team has since dropped stays choosable on its notes.
		f.verdicts = append(slices.Clone(f.verdicts), note.Verdict)
	}
	f.choice = max(slices.Index(f.verdicts, note.Verdict), 0)
	ta := textarea.New()
	ta.KeyMap = textarea.KeyMap{
		DeleteCharacterBackward: key.NewBinding(key.WithKeys("backspace", "ctrl+h")),
		DeleteWordBackward:      key.NewBinding(key.WithKeys("ctrl+w", "alt+backspace")),
		DeleteBeforeCursor:      key.NewBinding(key.WithKeys("ctrl+u")),
	}
	ta.CharLimit = maxNote
	ta.SetVirtualCursor(false)
	ta.SetValue(note.Text)
	ta.Focus()
	f.text = ta
	f.SetSize(ctx.Width, ctx.Height)
	return f
}

// ID is the form's id.
func (f *Form) ID() common.ID { return FormID }

// Overlay: the form is no place; a jump from under it is recorded below.
func (f *Form) Overlay() {}

// SetSize: the form lays itself out as it draws.
func (f *Form) SetSize(int, int) {}

// Actions: the form always types; save, new line and cancel are its keys,
// ↑/↓ pick the verdict.
func (f *Form) Actions() []common.Action {
	return []common.Action{common.ActSave, common.ActNewline, common.ActCancel, common.ActType}
}

// ShortHelp is the status bar's hints.
func (f *Form) ShortHelp() []key.Binding {
	k := f.ctx.Keys
	return []key.Binding{k.Get(common.ActSave), arrows(k, "verdict"), k.Get(common.ActNewline), k.Get(common.ActCancel)}
}

// arrows is the hint of the keys that pick the verdict: the up and down
// keys that type nothing (j and k type).
func arrows(k common.KeyMap, desc string) key.Binding {
	var keys, names []string
	for _, a := range []common.Action{common.ActUp, common.ActDown} {
		for _, s := range k.Get(a).Keys() {
			if len([]rune(s)) > 1 && s != "space" {
				keys = append(keys, s)
				names = append(names, map[string]string{"up": "↑", "down": "↓"}[s]+strings.TrimPrefix(strings.TrimPrefix(s, "up"), "down"))
				break
			}
		}
	}
	return key.NewBinding(key.WithKeys(keys...), key.WithHelp(strings.Join(names, "/"), desc))
}

// FullHelp is the form's keys for the help screen.
func (f *Form) FullHelp() [][]key.Binding {
	k := f.ctx.Keys
	return [][]key.Binding{{k.Described(common.ActSave, "save the note"), arrows(k, "previous/next verdict"),
		k.Get(common.ActNewline), k.Described(common.ActCancel, "leave unsaved")}}
}

// Update picks, types, saves.
func (f *Form) Update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case savedMsg:
		if msg.form == f && msg.req == f.req {
			return f.saved(msg)
		}
	case tea.PasteMsg:
		f.text, _ = f.text.Update(msg)
	case common.ActionMsg:
		switch msg.Action {
		case common.ActCancel:
			return common.BackCmd()
		case common.ActSave:
			return f.save()
		case common.ActUp:
			f.choice = (f.choice + len(f.verdicts) - 1) % len(f.verdicts)
		case common.ActDown:
			f.choice = (f.choice + 1) % len(f.verdicts)
		case common.ActNewline:
			f.text.InsertString("\n")
		case common.ActType:
			f.text, _ = f.text.Update(msg.Key)
		}
	}
	return nil
}

// Value is the note's text as typed, without trailing blanks.
func (f *Form) Value() string { return strings.TrimRight(f.text.Value(), " \t\n") }

// Verdict is the verdict picked.
func (f *Form) Verdict() model.Verdict { return f.verdicts[f.choice] }

// save writes the note in a command; the form stays until the store
// answers.
func (f *Form) save() tea.Cmd {
	if f.saving {
		return nil
	}
	v, body := f.Verdict(), f.Value()
	if f.note.ID != 0 && v == f.note.Verdict && body == f.note.Text {
		return tea.Batch(common.BackCmd(), common.StatusCmd(fmt.Sprintf("note %d unchanged", f.note.ID)))
	}
	f.saving, f.err = true, ""
	f.req++
	req, store, who, note, target, quote := f.req, f.ctx.Notes, f.ctx.Analyst(), f.note, f.target, f.quote
	return func() tea.Msg {
		ctx, cancel := storeCtx()
		defer cancel()
		if note.ID != 0 {
			n, err := store.Edit(ctx, note.ID, model.NoteEdit{Verdict: v, Text: body, Analyst: who})
			return savedMsg{f, req, n, err}
		}
		n, err := store.Add(ctx, model.NoteDraft{Target: target, Quote: quote, Verdict: v, Text: body, Analyst: who})
		return savedMsg{f, req, n, err}
	}
}

// saved closes the form, or shows why the store refused.
func (f *Form) saved(m savedMsg) tea.Cmd {
	f.saving = false
	if m.err != nil {
		f.err = m.err.Error()
		return nil
	}
	what := "saved"
	if f.note.ID != 0 {
		what = fmt.Sprintf("saved, revision %d", m.note.Rev)
	}
	return tea.Batch(common.BackCmd(), common.StatusCmd(fmt.Sprintf("note %d on %s %s", m.note.ID, m.note.Target, what)))
}

// View draws the claim, the verdicts, the text and the status bar.
func (f *Form) View() string {
	ctx, st, eng := f.ctx, f.ctx.Styles, f.ctx.Engine
	w, h := ctx.Width, ctx.Height
	title := "new note on " + f.target
	if f.note.ID != 0 {
		title = fmt.Sprintf("note %d on %s, revision %d", f.note.ID, f.target, f.note.Rev+1)
	}
	title += " · by " + ctx.Analyst()
	var top []string
	top = append(top, st.Title.Render(eng.Fit(title, w, text.LTR).Text))
	claim := eng.Layout(f.quote, max(w-4, 1), text.Auto)
	if room := max(h/4, 1); len(claim) > room {
		claim = claim[:room]
	}
	for _, ln := range claim {
		top = append(top, "  "+common.PadLine(ln, w-4))
	}
	top = append(top, "", f.verdictRow(w), "", st.Heading.Render("note"))

	var bottom []string
	if f.err != "" {
		bottom = append(bottom, st.Error.Render(eng.Fit("not saved: "+f.err, w, text.LTR).Text))
	}
	left := ""
	if f.saving {
		left = "saving…"
	}
	// No help key: it types.
	bottom = append(bottom, common.Bar{Left: left, Hints: f.ShortHelp(), NoHelp: true}.Render(ctx))

	room := max(h-len(top)-len(bottom), 0)
	body := f.textLines(w)
	if len(body) > room {
		body = body[len(body)-room:] // the end, where the cursor is
	}
	var b strings.Builder
	rows := append(top, body...)
	if len(rows) > h-len(bottom) {
		rows = rows[:max(h-len(bottom), 0)]
	}
	for _, r := range rows {
		b.WriteString(r)
		b.WriteByte('\n')
	}
	for i := len(rows); i < h-len(bottom); i++ {
		b.WriteByte('\n')
	}
	b.WriteString(strings.Join(bottom, "\n"))
	return b.String()
}

// verdictRow is the verdicts on one row, the one picked in brackets and
// reversed; when they do not all fit, the one picked and its place.
func (f *Form) verdictRow(w int) string {
	st, eng := f.ctx.Styles, f.ctx.Engine
	label := st.Heading.Render("verdict") + "  "
	var parts []string
	for i, v := range f.verdicts {
		name := common.Inline(eng, string(v), 30)
		if i == f.choice {
			parts = append(parts, st.Selected.Render("["+name+"]"))
		} else {
			parts = append(parts, " "+name+" ")
		}
	}
	row := label + strings.Join(parts, " ")
	if text.Width(row) > w {
		row = label + st.Selected.Render("["+common.Inline(eng, string(f.Verdict()), w/2)+"]") +
			fmt.Sprintf("  %d of %d", f.choice+1, len(f.verdicts))
	}
	return common.Fit(row, w)
}

// textLines lays the text out, each of its lines in its own direction,
// with a bar for the cursor at the end of the last.
func (f *Form) textLines(w int) []string {
	var out []string
	paras := strings.Split(f.text.Value(), "\n")
	for i, p := range paras {
		lines := f.ctx.Engine.Layout(p, max(w-5, 1), text.Auto)
		if len(lines) == 0 {
			lines = []text.Line{{}}
		}
		for j, ln := range lines {
			s := common.PadLine(ln, w-5)
			if i == len(paras)-1 && j == len(lines)-1 && !f.saving {
				if ln.RTL {
					s = strings.TrimLeft(s, " ")
					s = strings.Repeat(" ", max(w-5-text.Width(s)-1, 0)) + "▏" + s
				} else {
					s = strings.TrimRight(s, " ") + "▏"
				}
			}
			out = append(out, "  "+s)
		}
	}
	return out
}
