package common

import (
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"github.com/isnad/isnad/text"
)

// Filter is the one filter input of the explorer: bubbles' textinput does
// the editing (typing, backspace, ctrl+w, ctrl+u, paste, control
// characters dropped) and the text engine draws the query like any other
// text, so an Arabic query shows joined and in visual order. The cursor
// stays at the end (the keys that move it are not bound): inside
// right-to-left text a cursor in the middle would show at a place that
// depends on the layout.
//
// Keys reach it through the key map: a screen that is typing lists the
// filter's Actions, and passes every ActionMsg to Handle first.
type Filter struct {
	in textinput.Model
}

// NewFilter returns an empty, closed filter.
func NewFilter() Filter {
	in := textinput.New()
	in.Prompt = ""
	in.SetVirtualCursor(false)
	km := &in.KeyMap
	for _, b := range []*key.Binding{
		&km.CharacterForward, &km.CharacterBackward, &km.WordForward, &km.WordBackward,
		&km.LineStart, &km.LineEnd, &km.DeleteAfterCursor, &km.DeleteCharacterForward,
		&km.DeleteWordForward, &km.AcceptSuggestion, &km.NextSuggestion, &km.PrevSuggestion,
	} {
		b.SetEnabled(false)
	}
	return Filter{in: in}
}

// Typing reports whether keys go to the filter.
func (f *Filter) Typing() bool { return f.in.Focused() }

// Query is what the filter holds.
func (f *Filter) Query() string { return f.in.Value() }

// Active reports whether the filter is open or holds a query.
func (f *Filter) Active() bool { return f.Typing() || f.Query() != "" }

// Actions are the actions of a screen with this filter whose own actions
// are rest: while typing only the filter's (keep, clear, type); otherwise
// rest, with clear first when a query is set, so that Esc empties the
// filter in one key before it means anything else.
func (f *Filter) Actions(rest ...Action) []Action {
	if f.Typing() {
		return []Action{ActAccept, ActClear, ActType}
	}
	if f.Query() != "" {
		return append([]Action{ActClear}, rest...)
	}
	return rest
}

// Update takes the filter's messages: its actions (see Handle) and text
// pasted while typing. When the query changes it calls changed (the
// screen filters again). It reports whether msg was the filter's.
func (f *Filter) Update(msg tea.Msg, changed func()) bool {
	var handled, moved bool
	switch msg := msg.(type) {
	case ActionMsg:
		handled, moved = f.Handle(msg)
	case tea.PasteMsg:
		handled = f.Typing()
		moved = handled && f.Paste(msg)
	}
	if moved {
		changed()
	}
	return handled
}

// Handle applies an action that is the filter's: ActFilter opens it,
// ActAccept keeps the query, ActClear empties and closes it, ActType edits.
// It reports whether the action was the filter's and whether the query
// changed.
func (f *Filter) Handle(m ActionMsg) (handled, changed bool) {
	old := f.in.Value()
	switch m.Action {
	case ActFilter:
		f.in.Focus()
	case ActAccept:
		f.in.Blur()
	case ActClear:
		f.in.Reset()
		f.in.Blur()
	case ActType:
		f.in, _ = f.in.Update(m.Key)
	default:
		return false, false
	}
	return true, f.in.Value() != old
}

// Paste types pasted text into an open filter; it reports whether the
// query changed.
func (f *Filter) Paste(m tea.PasteMsg) bool {
	old := f.in.Value()
	f.in, _ = f.in.Update(m)
	return f.in.Value() != old
}

// View is "/query" laid out in at most w cells, with a bar for the cursor
// while typing; empty when the filter is neither open nor set.
func (f *Filter) View(eng *text.Engine, w int) string {
	if !f.Active() {
		return ""
	}
	cursor := ""
	if f.Typing() {
		cursor = "▏"
	}
	q, _ := eng.Fit(f.Query(), max(w-1-text.Width(cursor), 1), text.Auto).Content()
	return "/" + q + cursor
}
