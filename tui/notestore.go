package tui

import (
	tea "charm.land/bubbletea/v2"

	"github.com/isnad/isnad/tui/common"
)

// The note store of a session: opened once off the UI goroutine
// (Options.Notes), then watched; every change, whoever made it, reaches
// the screens as a common.NotesMsg.

// notesOpenedMsg is the store opened, or why not.
type notesOpenedMsg struct {
	notes common.Notes
	err   error
}

// notesChangedMsg says the store's notes changed; open is false once the
// session's subscription is over.
type notesChangedMsg struct{ open bool }

// openNotes opens the session's note store, if it has one.
func (a *App) openNotes() tea.Cmd {
	open := a.ctx.Opts.Notes
	if open == nil {
		return nil
	}
	return func() tea.Msg {
		n, err := open()
		return notesOpenedMsg{n, err}
	}
}

// waitNotes waits for the next change of the notes.
func (a *App) waitNotes() tea.Cmd {
	ch := a.ctx.Notes.Changes()
	return func() tea.Msg {
		_, open := <-ch
		return notesChangedMsg{open: open}
	}
}

// notesUpdate acts on the store's messages; it reports whether msg was one.
func (a *App) notesUpdate(msg tea.Msg) (tea.Cmd, bool) {
	switch msg := msg.(type) {
	case notesOpenedMsg:
		if msg.err != nil || msg.notes == nil {
			a.ctx.NotesErr = msg.err
			if msg.err != nil {
				a.ctx.Note = "notes: " + msg.err.Error()
			}
			return nil, true
		}
		a.ctx.Notes = msg.notes
		return tea.Batch(a.broadcast(common.NotesMsg{}), a.waitNotes()), true
	case notesChangedMsg:
		if !msg.open {
			return nil, true
		}
		return tea.Batch(a.broadcast(common.NotesMsg{}), a.waitNotes()), true
	}
	return nil, false
}
