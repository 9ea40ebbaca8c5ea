package notes

import (
	"context"
	"database/sql"
	"fmt"
	"net/url"
	"strconv"
	"strings"

	_ "github.com/jackc/pgx/v5/stdlib" // the "pgx" database/sql driver
)

var postgresDialect = dialect{
	name:      "postgres",
	serial:    "BIGSERIAL",
	articleOf: `split_part(target, '#', 1)`,
	rebind:    rebindDollar,
	// Two processes opening a new database at once take turns.
	lock:        `SELECT pg_advisory_xact_lock(1769172580)`,
	tableExists: `SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = ?`,
}

// openPostgres opens a store in a PostgreSQL database. Its tables are
// named isnad_*, so the database may hold others.
func openPostgres(ctx context.Context, target string) (*Store, error) {
	name := redact(target)
	db, err := sql.Open("pgx", target)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	db.SetMaxOpenConns(4)
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return &Store{db: db, d: postgresDialect, name: name}, nil
}

// rebindDollar turns ? placeholders into $1, $2, … (the statements here
// hold no other question mark).
func rebindDollar(q string) string {
	if !strings.Contains(q, "?") {
		return q
	}
	var b strings.Builder
	n := 0
	for _, r := range q {
		if r == '?' {
			n++
			b.WriteString("$" + strconv.Itoa(n))
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// redact hides a URL's password for messages.
func redact(target string) string {
	u, err := url.Parse(target)
	if err != nil {
		return "postgres://…"
	}
	return u.Redacted()
}
