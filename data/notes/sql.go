package notes

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/isnad/isnad/model"
)

// The statements, the same on both back ends. Every change is one
// transaction that updates the note, appends its revision and bumps the
// version: a reader sees all three or none.

const noteColumns = `id, target, article, quote, verdict, body, analyst, edited_by, created, updated, rev`

// Add stores a new note.
func (s *Store) Add(ctx context.Context, d model.NoteDraft) (model.Note, error) {
	if err := checkDraft(d.Target, d.Verdict, d.Analyst); err != nil {
		return model.Note{}, err
	}
	at := s.now().UnixNano()
	var n model.Note
	err := s.write(ctx, func(tx *sql.Tx) error {
		var id int64
		err := tx.QueryRowContext(ctx, s.d.rebind(`INSERT INTO isnad_notes
			(target, article, quote, verdict, body, analyst, edited_by, created, updated, rev, deleted)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, 0) RETURNING id`),
			d.Target, articleOf(d.Target), d.Quote, string(d.Verdict), d.Text, d.Analyst, d.Analyst, at, at).Scan(&id)
		if err != nil {
			return err
		}
		if err := s.revise(ctx, tx, id, 1, d.Verdict, d.Text, d.Analyst, at, false); err != nil {
			return err
		}
		n, err = s.get(ctx, tx, id)
		return err
	})
	return n, err
}

// Edit changes a note's verdict and text; the old ones stay in its history.
func (s *Store) Edit(ctx context.Context, id int64, e model.NoteEdit) (model.Note, error) {
	if err := checkDraft("-", e.Verdict, e.Analyst); err != nil {
		return model.Note{}, err
	}
	at := s.now().UnixNano()
	var n model.Note
	err := s.write(ctx, func(tx *sql.Tx) error {
		old, err := s.get(ctx, tx, id)
		if err != nil {
			return err
		}
		rev := old.Rev + 1
		if _, err := tx.ExecContext(ctx, s.d.rebind(`UPDATE isnad_notes
			SET verdict = ?, body = ?, edited_by = ?, updated = ?, rev = ? WHERE id = ?`),
			string(e.Verdict), e.Text, e.Analyst, at, rev, id); err != nil {
			return err
		}
		if err := s.revise(ctx, tx, id, rev, e.Verdict, e.Text, e.Analyst, at, false); err != nil {
			return err
		}
		n, err = s.get(ctx, tx, id)
		return err
	})
	return n, err
}

// Remove takes a note off every list; its history keeps it, and who removed
// it when.
func (s *Store) Remove(ctx context.Context, id int64, analyst string) error {
	if analyst == "" {
		return errors.New("a note is removed by someone: no analyst given")
	}
	at := s.now().UnixNano()
	return s.write(ctx, func(tx *sql.Tx) error {
		old, err := s.get(ctx, tx, id)
		if err != nil {
			return err
		}
		rev := old.Rev + 1
		if _, err := tx.ExecContext(ctx, s.d.rebind(`UPDATE isnad_notes
			SET deleted = 1, edited_by = ?, updated = ?, rev = ? WHERE id = ?`), analyst, at, rev, id); err != nil {
			return err
		}
		return s.revise(ctx, tx, id, rev, old.Verdict, old.Text, analyst, at, true)
	})
}

// Get returns one note.
func (s *Store) Get(ctx context.Context, id int64) (model.Note, error) {
	return s.get(ctx, s.db, id)
}

// List returns the notes a filter selects, oldest first.
func (s *Store) List(ctx context.Context, f model.NoteFilter) ([]model.Note, error) {
	q := `SELECT ` + noteColumns + ` FROM isnad_notes WHERE deleted = 0`
	var args []any
	for _, c := range []struct{ col, v string }{
		{"article", f.Article}, {"target", f.Target}, {"analyst", f.Analyst}, {"verdict", string(f.Verdict)},
	} {
		if c.v != "" {
			q += ` AND ` + c.col + ` = ?`
			args = append(args, c.v)
		}
	}
	rows, err := s.db.QueryContext(ctx, s.d.rebind(q+` ORDER BY id`), args...)
	if err != nil {
		return nil, busy(err)
	}
	defer rows.Close()
	out := []model.Note{}
	for rows.Next() {
		n, err := scanNote(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, n)
	}
	return out, rows.Err()
}

// History lists every revision of a note, the first one first; a removed
// note still has its history.
func (s *Store) History(ctx context.Context, id int64) ([]model.NoteRevision, error) {
	rows, err := s.db.QueryContext(ctx, s.d.rebind(`SELECT note, rev, verdict, body, analyst, at, deleted
		FROM isnad_revisions WHERE note = ? ORDER BY rev`), id)
	if err != nil {
		return nil, busy(err)
	}
	defer rows.Close()
	var out []model.NoteRevision
	for rows.Next() {
		var r model.NoteRevision
		var verdict string
		var at int64
		var deleted int
		if err := rows.Scan(&r.Note, &r.Rev, &verdict, &r.Text, &r.Analyst, &at, &deleted); err != nil {
			return nil, err
		}
		r.Verdict, r.At, r.Deleted = model.Verdict(verdict), time.Unix(0, at).UTC(), deleted != 0
		out = append(out, r)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("note %d: %w", id, ErrNotFound)
	}
	return out, nil
}

// Version grows with every change to the store, whoever makes it.
func (s *Store) Version(ctx context.Context) (int64, error) {
	var v int64
	err := s.db.QueryRowContext(ctx, `SELECT v FROM isnad_version WHERE id = 1`).Scan(&v)
	return v, busy(err)
}

// write runs fn in a writing transaction (BEGIN IMMEDIATE on SQLite) and
// bumps the version with it.
func (s *Store) write(ctx context.Context, fn func(*sql.Tx) error) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return busy(err)
	}
	defer tx.Rollback()
	if err := fn(tx); err != nil {
		return busy(err)
	}
	if _, err := tx.ExecContext(ctx, `UPDATE isnad_version SET v = v + 1 WHERE id = 1`); err != nil {
		return busy(err)
	}
	return busy(tx.Commit())
}

func (s *Store) revise(ctx context.Context, tx *sql.Tx, id int64, rev int, v model.Verdict, text, analyst string, at int64, deleted bool) error {
	del := 0
	if deleted {
		del = 1
	}
	_, err := tx.ExecContext(ctx, s.d.rebind(`INSERT INTO isnad_revisions (note, rev, verdict, body, analyst, at, deleted)
		VALUES (?, ?, ?, ?, ?, ?, ?)`), id, rev, string(v), text, analyst, at, del)
	return err
}

// querier is a *sql.DB or a *sql.Tx.
type querier interface {
	QueryRowContext(ctx context.Context, q string, args ...any) *sql.Row
}

func (s *Store) get(ctx context.Context, q querier, id int64) (model.Note, error) {
	n, err := scanNote(q.QueryRowContext(ctx, s.d.rebind(`SELECT `+noteColumns+` FROM isnad_notes WHERE id = ? AND deleted = 0`), id))
	if errors.Is(err, sql.ErrNoRows) {
		return n, fmt.Errorf("note %d: %w", id, ErrNotFound)
	}
	return n, busy(err)
}

type scanner interface{ Scan(...any) error }

func scanNote(r scanner) (model.Note, error) {
	var n model.Note
	var verdict string
	var created, updated int64
	err := r.Scan(&n.ID, &n.Target, &n.Article, &n.Quote, &verdict, &n.Text, &n.Analyst, &n.EditedBy, &created, &updated, &n.Rev)
	n.Verdict = model.Verdict(verdict)
	n.Created, n.Updated = time.Unix(0, created).UTC(), time.Unix(0, updated).UTC()
	return n, err
}

// checkDraft refuses what no note may be without.
func checkDraft(target string, v model.Verdict, analyst string) error {
	switch {
	case strings.TrimSpace(target) == "":
		return errors.New("a note needs a sentence or claim")
	case strings.TrimSpace(string(v)) == "":
		return errors.New("a note needs a verdict")
	case strings.TrimSpace(analyst) == "":
		return errors.New("a note needs an analyst")
	}
	return nil
}

// articleOf is the article part of a sentence id.
func articleOf(target string) string {
	a, _, _ := strings.Cut(target, "#")
	return a
}

// busy words SQLite's "database is locked" for a person.
func busy(err error) error {
	if err != nil && (strings.Contains(err.Error(), "SQLITE_BUSY") || strings.Contains(err.Error(), "database is locked")) {
		return fmt.Errorf("the note store is busy (another process holds it too long): %w", err)
	}
	return err
}
