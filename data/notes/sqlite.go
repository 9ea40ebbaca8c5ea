package notes

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	_ "modernc.org/sqlite" // the "sqlite" database/sql driver
)

// applicationID marks an SQLite file as an isnad store ("isnd"), in the
// database header (offset 68), so that a file is recognised before it is
// opened for writing.
const applicationID = 0x69736e64

var sqliteMagic = []byte("SQLite format 3\x00")

var sqliteDialect = dialect{
	name:        "sqlite",
	serial:      "INTEGER",
	articleOf:   `CASE WHEN instr(target, '#') > 0 THEN substr(target, 1, instr(target, '#') - 1) ELSE target END`,
	rebind:      func(q string) string { return q },
	tableExists: `SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?`,
}

// openSQLite opens (or creates) a store file. A file that is there and not
// empty must be an isnad store: it is checked from its header before SQLite
// opens it, and with SQLite's quick check after, and left untouched when
// it fails either.
func openSQLite(ctx context.Context, path string, mode Mode) (*Store, error) {
	if strings.ContainsAny(path, "?#") {
		return nil, fmt.Errorf("%s: a store file name may not hold ? or #", path)
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, err
	}
	fresh, err := prepareFile(abs, mode)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", abs, err)
	}
	// WAL and SHM files are created by SQLite with the database file's
	// permissions. synchronous=NORMAL in WAL mode survives a crash of the
	// process (a killed writer loses nothing committed); only a power loss
	// may lose the last commits.
	dsn := abs + "?_pragma=busy_timeout(10000)&_pragma=synchronous(NORMAL)&_txlock=immediate"
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, err
	}
	db.SetMaxOpenConns(4)
	s := &Store{db: db, d: sqliteDialect, name: abs}
	if err := s.initSQLite(ctx, fresh); err != nil {
		db.Close()
		return nil, fmt.Errorf("%s: %w", abs, err)
	}
	return s, nil
}

// prepareFile checks the file a store is to live in, or creates it with
// the mode's permissions. fresh says it is new or empty.
func prepareFile(path string, mode Mode) (fresh bool, err error) {
	perm, dirPerm := os.FileMode(0o600), os.FileMode(0o700)
	if mode == Group {
		perm, dirPerm = 0o660, 0o770
	}
	st, err := os.Stat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		if err := os.MkdirAll(filepath.Dir(path), dirPerm); err != nil {
			return false, err
		}
		f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE|os.O_EXCL, perm)
		if errors.Is(err, fs.ErrExist) {
			return prepareFile(path, mode) // another process was first
		}
		if err != nil {
			return false, err
		}
		// The umask may have taken bits the mode asks for.
		if err := f.Chmod(perm); err != nil {
			f.Close()
			return false, err
		}
		return true, f.Close()
	case err != nil:
		return false, err
	case !st.Mode().IsRegular():
		return false, fmt.Errorf("%w (not a regular file)", ErrNotStore)
	case st.Size() == 0:
		return true, nil
	}
	f, err := os.Open(path)
	if err != nil {
		return false, err
	}
	defer f.Close()
	head := make([]byte, 100)
	if _, err := io.ReadFull(f, head); err != nil || !bytes.Equal(head[:16], sqliteMagic) {
		return false, fmt.Errorf("%w (not an SQLite database): left as it is", ErrNotStore)
	}
	if id := binary.BigEndian.Uint32(head[68:72]); id != applicationID {
		return false, fmt.Errorf("%w (an SQLite database of another program, application id %#x): left as it is", ErrNotStore, id)
	}
	return false, nil
}

// initSQLite checks an existing store's integrity, marks a new one as
// isnad's, and puts the file in WAL mode.
func (s *Store) initSQLite(ctx context.Context, fresh bool) error {
	if !fresh {
		var res string
		if err := s.db.QueryRowContext(ctx, `PRAGMA quick_check`).Scan(&res); err != nil {
			return fmt.Errorf("%w: %v", ErrCorrupt, busy(err))
		}
		if res != "ok" {
			return fmt.Errorf("%w: %s", ErrCorrupt, res)
		}
	} else {
		// Written to the main file (the journal is not WAL yet), so that
		// a process opening the store next reads it from the header.
		if _, err := s.db.ExecContext(ctx, fmt.Sprintf(`PRAGMA application_id = %d`, applicationID)); err != nil {
			return busy(err)
		}
	}
	var jm string
	if err := s.db.QueryRowContext(ctx, `PRAGMA journal_mode = WAL`).Scan(&jm); err != nil {
		return busy(err)
	}
	if !strings.EqualFold(jm, "wal") {
		return fmt.Errorf("cannot use WAL mode (journal mode %q)", jm)
	}
	return nil
}
