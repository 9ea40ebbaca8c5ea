package notes

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strconv"
)

// The schema, version by version. Each migration takes the store from the
// version before it; Open applies those the store lacks, all in one
// transaction, and records the version reached in isnad_meta.
//
//	1  notes: target, verdict, text, analyst, time of creation
//	2  notes gain their article, their anchor (the sentence's text), the
//	   time and author of the last change, a revision number and a removal
//	   mark; every change becomes a row of isnad_revisions (the history);
//	   isnad_version counts changes, for sessions that watch the store
//
// Times are Unix nanoseconds (BIGINT) on both back ends.

// dialect is what differs between SQLite and PostgreSQL.
type dialect struct {
	name string
	// serial is the type of an auto-incremented key column.
	serial string
	// articleOf is an SQL expression: the article part of target.
	articleOf string
	// rebind turns ? placeholders into the back end's.
	rebind func(string) string
	// lock serialises migrations across processes, inside the
	// transaction (PostgreSQL; SQLite's BEGIN IMMEDIATE already does).
	lock string
	// tableExists is a query taking a table name, counting 1 if it exists.
	tableExists string
}

// migrations[i] takes a store from version i to i+1.
var migrations = []func(d dialect) []string{
	func(d dialect) []string {
		return []string{
			`CREATE TABLE isnad_notes (
				id ` + d.serial + ` PRIMARY KEY,
				target TEXT NOT NULL,
				verdict TEXT NOT NULL,
				body TEXT NOT NULL DEFAULT '',
				analyst TEXT NOT NULL,
				created BIGINT NOT NULL)`,
		}
	},
	func(d dialect) []string {
		return []string{
			`ALTER TABLE isnad_notes ADD COLUMN article TEXT NOT NULL DEFAULT ''`,
			`ALTER TABLE isnad_notes ADD COLUMN quote TEXT NOT NULL DEFAULT ''`,
			`ALTER TABLE isnad_notes ADD COLUMN edited_by TEXT NOT NULL DEFAULT ''`,
			`ALTER TABLE isnad_notes ADD COLUMN updated BIGINT NOT NULL DEFAULT 0`,
			`ALTER TABLE isnad_notes ADD COLUMN rev INTEGER NOT NULL DEFAULT 1`,
			`ALTER TABLE isnad_notes ADD COLUMN deleted INTEGER NOT NULL DEFAULT 0`,
			`UPDATE isnad_notes SET article = ` + d.articleOf + `, edited_by = analyst, updated = created`,
			`CREATE INDEX isnad_notes_article ON isnad_notes (article)`,
			`CREATE TABLE isnad_revisions (
				note BIGINT NOT NULL REFERENCES isnad_notes (id),
				rev INTEGER NOT NULL,
				verdict TEXT NOT NULL,
				body TEXT NOT NULL,
				analyst TEXT NOT NULL,
				at BIGINT NOT NULL,
				deleted INTEGER NOT NULL DEFAULT 0,
				PRIMARY KEY (note, rev))`,
			`INSERT INTO isnad_revisions (note, rev, verdict, body, analyst, at)
				SELECT id, 1, verdict, body, analyst, created FROM isnad_notes`,
			`CREATE TABLE isnad_version (id INTEGER PRIMARY KEY CHECK (id = 1), v BIGINT NOT NULL)`,
			`INSERT INTO isnad_version (id, v) VALUES (1, 1)`,
		}
	},
}

// appName marks a store as isnad's in isnad_meta.
const appName = "isnad notes"

// migrate brings the store to version want (len(migrations) but in tests).
func (s *Store) migrate(ctx context.Context, want int) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return busy(err)
	}
	defer tx.Rollback()
	if s.d.lock != "" {
		if _, err := tx.ExecContext(ctx, s.d.lock); err != nil {
			return err
		}
	}
	var n int
	if err := tx.QueryRowContext(ctx, s.d.rebind(s.d.tableExists), "isnad_meta").Scan(&n); err != nil {
		return err
	}
	have := 0
	if n == 0 {
		if _, err := tx.ExecContext(ctx, `CREATE TABLE isnad_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)`); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, s.d.rebind(`INSERT INTO isnad_meta (key, value) VALUES (?, ?), (?, ?)`),
			"app", appName, "schema", "0"); err != nil {
			return err
		}
	} else {
		var app, ver string
		err := tx.QueryRowContext(ctx, s.d.rebind(`SELECT value FROM isnad_meta WHERE key = ?`), "app").Scan(&app)
		if err == nil {
			err = tx.QueryRowContext(ctx, s.d.rebind(`SELECT value FROM isnad_meta WHERE key = ?`), "schema").Scan(&ver)
		}
		if errors.Is(err, sql.ErrNoRows) || app != appName {
			return ErrNotStore
		}
		if err != nil {
			return err
		}
		if have, err = strconv.Atoi(ver); err != nil {
			return fmt.Errorf("%w: schema version %q", ErrNotStore, ver)
		}
	}
	if have > len(migrations) {
		return fmt.Errorf("%w (schema %d; this one knows %d)", ErrNewer, have, len(migrations))
	}
	if have >= want {
		return nil
	}
	for v := have; v < want; v++ {
		for _, stmt := range migrations[v](s.d) {
			if _, err := tx.ExecContext(ctx, stmt); err != nil {
				return fmt.Errorf("migrating to schema %d: %w", v+1, err)
			}
		}
	}
	if _, err := tx.ExecContext(ctx, s.d.rebind(`UPDATE isnad_meta SET value = ? WHERE key = ?`), strconv.Itoa(want), "schema"); err != nil {
		return err
	}
	return busy(tx.Commit())
}

// SchemaVersion is the version of the store's schema.
func (s *Store) SchemaVersion(ctx context.Context) (int, error) {
	var v string
	if err := s.db.QueryRowContext(ctx, s.d.rebind(`SELECT value FROM isnad_meta WHERE key = ?`), "schema").Scan(&v); err != nil {
		return 0, err
	}
	return strconv.Atoi(v)
}
