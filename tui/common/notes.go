package common

import (
	"context"
	"os"
	"os/user"
	"strings"

	tea "charm.land/bubbletea/v2"

	"github.com/isnad/isnad/model"
)

// Notes is the note store as one session of the explorer sees it
// (data/notes.Live through a Subscription implements it): every note,
// anchored in the corpus and kept current, and the writes. Reading the
// notes never touches the store, so views may ask for them; the writes and
// History do, and are called from commands, off the UI goroutine.
//
// The App opens it through Options.Notes when the session starts, keeps it
// in Context.Notes, and sends NotesMsg to every screen when the notes
// change, whoever changed them: a screen building on them (the notes
// screen, the reader's gutter through NoteSet().Annotated) builds again.
//
// The reader's gutter: on NotesMsg, and when it opens an article, it takes
// NoteSet().Annotated(article) — the article's sentences carrying notes
// now, with how many each — and marks those sentences (tui/reader's
// notes.go); its add-note key (ActNote) answers NoteCmd(the claim under
// its cursor), as the claims list does.
type Notes interface {
	// Current is every note as of the last change seen.
	Current() *model.NoteSet
	// Changes receives when Current changed; it is closed when the
	// session's subscription ends.
	Changes() <-chan struct{}
	// Verdicts are the ones a note may carry, the team's included.
	Verdicts() []model.Verdict
	Add(ctx context.Context, d model.NoteDraft) (model.Note, error)
	Edit(ctx context.Context, id int64, e model.NoteEdit) (model.Note, error)
	Remove(ctx context.Context, id int64, analyst string) error
	History(ctx context.Context, id int64) ([]model.NoteRevision, error)
	// Err is why the store cannot be read now (a database gone away), nil
	// when it can; Changes receives when that changes too.
	Err() error
}

// NoteSet is the session's notes as they stand: empty (nil) while the
// store is not open or when there is none.
func (c *Context) NoteSet() *model.NoteSet {
	if c.Notes == nil {
		return nil
	}
	return c.Notes.Current()
}

// NotesDown is why the session's open store cannot be read now, nil when
// it can (or there is none): every status bar says so, the problems
// screen says why.
func (c *Context) NotesDown() error {
	if c.Notes == nil {
		return nil
	}
	return c.Notes.Err()
}

// NotesUnavailable says why notes cannot be written in this session, ""
// when they can.
func (c *Context) NotesUnavailable() string {
	switch {
	case c.Notes != nil:
		return ""
	case c.NotesErr != nil:
		return "the note store could not be opened: " + c.NotesErr.Error()
	case c.Opts.Notes == nil:
		return "no note store in this session"
	}
	return "the note store is still opening"
}

// Analyst is who writes the session's notes: Options.Analyst (over SSH,
// the name of the session's key; locally --analyst), else the login name.
func (c *Context) Analyst() string {
	if a := strings.TrimSpace(c.Opts.Analyst); a != "" {
		return a
	}
	if u, err := user.Current(); err == nil && u.Username != "" {
		return u.Username
	}
	if name := os.Getenv("USER"); name != "" {
		return name
	}
	return "analyst"
}

// NotesMsg says the notes changed, or the store opened: what is built on
// them is built again from Context.NoteSet.
type NotesMsg struct{}

// NoteMsg asks for the note form: a new note on sentence Target (a claim
// or any sentence id), or, when Note is set, an edit of that note. The
// notes screen answers by showing the form.
type NoteMsg struct {
	Target string
	Note   int64
}

// NoteCmd asks for a new note on a sentence.
func NoteCmd(target string) tea.Cmd { return msgCmd(NoteMsg{Target: target}) }

// EditNoteCmd asks to edit a note.
func EditNoteCmd(id int64) tea.Cmd { return msgCmd(NoteMsg{Note: id}) }
