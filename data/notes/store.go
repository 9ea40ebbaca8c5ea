// Package notes keeps analysts' notes — a verdict and free text on a claim
// or sentence, who wrote it and when, every edit kept — in a store shared by
// every isnad process that names it: an SQLite file (modernc.org/sqlite,
// pure Go) on one box, or a PostgreSQL database (github.com/jackc/pgx/v5)
// for a team past one box. Both sit behind one type, Store, with the same
// schema, the same statements and the same tests.
//
// Concurrency: SQLite runs in WAL mode with a busy timeout, and every
// writing transaction starts with BEGIN IMMEDIATE (_txlock=immediate), so
// two processes writing at once wait for each other instead of failing
// with SQLITE_BUSY half-way through a read-then-write. Every write bumps a
// version counter in the same transaction: Version is a cheap way for a
// long-running session to learn that someone else changed the store (Watch
// polls it).
//
// Safety: a file given as the store is opened only if it is empty, new, or
// an isnad store (SQLite header and application id); anything else is an
// error and the file is left as it was. The schema is versioned
// (isnad_meta) and migrated forward in one transaction; a store written by a
// newer isnad is refused.
package notes

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/isnad/isnad/model"
)

// Errors a caller may tell apart.
var (
	ErrNotFound = errors.New("no such note")
	// ErrNotStore: the file is not an isnad note store (another program's
	// database, or not a database at all). It was not changed.
	ErrNotStore = errors.New("not an isnad note store")
	// ErrNewer: the store was written by a newer isnad.
	ErrNewer = errors.New("the note store was written by a newer isnad")
	// ErrCorrupt: the store fails SQLite's integrity check.
	ErrCorrupt = errors.New("the note store is damaged")
)

// Mode is who may read and write a store file created by Open.
type Mode int

const (
	// Private: the owner only (0600).
	Private Mode = iota
	// Group: the owner and the file's group (0660), for a team on one box.
	Group
)

// Options change how Open opens a store.
type Options struct {
	// Mode applies when the SQLite file is created.
	Mode Mode
	// now stamps changes; tests fix it.
	now func() time.Time
}

// Store is an open note store. It implements model.NoteStore.
type Store struct {
	db   *sql.DB
	d    dialect
	name string // for messages: the file, or the database without password
	now  func() time.Time
}

var _ model.NoteStore = (*Store)(nil)

// IsURL says whether a --store value names a PostgreSQL database.
func IsURL(target string) bool {
	return strings.HasPrefix(target, "postgres://") || strings.HasPrefix(target, "postgresql://")
}

// Open opens the store a --store value names: a postgres:// URL, or an
// SQLite file (created if missing, with its folder).
func Open(ctx context.Context, target string, o Options) (*Store, error) {
	return openAt(ctx, target, o, len(migrations))
}

// openAt opens a store and migrates it to schema version (tests make
// older stores with it).
func openAt(ctx context.Context, target string, o Options, version int) (*Store, error) {
	if o.now == nil {
		o.now = time.Now
	}
	var s *Store
	var err error
	if IsURL(target) {
		s, err = openPostgres(ctx, target)
	} else {
		s, err = openSQLite(ctx, target, o.Mode)
	}
	if err != nil {
		return nil, err
	}
	s.now = o.now
	if err := s.migrate(ctx, version); err != nil {
		s.db.Close()
		return nil, fmt.Errorf("%s: %w", s.name, err)
	}
	return s, nil
}

// DefaultPath is the store of a user who names none:
// $XDG_DATA_HOME/isnad/notes.db (~/.local/share/isnad/notes.db).
func DefaultPath() (string, error) {
	base := os.Getenv("XDG_DATA_HOME")
	if base == "" || !filepath.IsAbs(base) {
		home, err := os.UserHomeDir()
		if err != nil {
			return "", err
		}
		base = filepath.Join(home, ".local", "share")
	}
	return filepath.Join(base, "isnad", "notes.db"), nil
}

// Close closes the store.
func (s *Store) Close() error { return s.db.Close() }

// Name is the file, or the database URL without its password.
func (s *Store) Name() string { return s.name }

// Watch polls the store's version every interval and sends it on the
// channel when it changed (the first value is sent at once). The channel is
// closed when ctx ends. A failed poll is skipped: the next one tries again.
func Watch(ctx context.Context, s model.NoteStore, every time.Duration) <-chan int64 {
	ch := make(chan int64, 1)
	go func() {
		defer close(ch)
		last := int64(-1)
		t := time.NewTicker(every)
		defer t.Stop()
		for {
			if v, err := s.Version(ctx); err == nil && v != last {
				last = v
				select {
				case ch <- v:
				case <-ctx.Done():
					return
				}
			}
			select {
			case <-t.C:
			case <-ctx.Done():
				return
			}
		}
	}()
	return ch
}
