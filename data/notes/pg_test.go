package notes

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"sort"
	"strconv"
	"sync/atomic"
	"testing"
)

// A throwaway PostgreSQL cluster for the tests: initdb and pg_ctl from the
// Debian package (/usr/lib/postgresql/N/bin), run as the postgres user when
// the tests run as root, listening on a unix socket in a temporary folder
// only, stopped and removed when the test ends.

type cluster struct {
	dir  string
	dbs  atomic.Int64
	bins string
}

// pgBin finds PostgreSQL's server programs, 15 first.
func pgBin() string {
	if _, err := os.Stat("/usr/lib/postgresql/15/bin/initdb"); err == nil {
		return "/usr/lib/postgresql/15/bin"
	}
	m, _ := filepath.Glob("/usr/lib/postgresql/*/bin/initdb")
	sort.Strings(m)
	if len(m) == 0 {
		return ""
	}
	return filepath.Dir(m[len(m)-1])
}

// startCluster starts a cluster that lives as long as test t. Without
// PostgreSQL it returns nil and why (in CI, where .ci/run installs
// PostgreSQL, it fails the test instead).
func startCluster(t *testing.T) (*cluster, string) {
	t.Helper()
	bins := pgBin()
	if bins == "" {
		if os.Getenv("CI") != "" {
			t.Fatal("PostgreSQL is not installed (.ci/run installs the postgresql package)")
		}
		return nil, "PostgreSQL not installed (apt-get install postgresql): the PostgreSQL back end is not tested"
	}
	dir, err := os.MkdirTemp("", "isnad-pg-")
	if err != nil {
		t.Fatal(err)
	}
	c := &cluster{dir: dir, bins: bins}
	t.Cleanup(func() {
		c.pg("pg_ctl", "-D", filepath.Join(dir, "data"), "-m", "immediate", "-w", "stop")
		os.RemoveAll(dir)
	})
	if os.Geteuid() == 0 {
		u, err := user.Lookup("postgres")
		if err != nil {
			return nil, "running as root without a postgres user: the PostgreSQL back end is not tested"
		}
		uid, _ := strconv.Atoi(u.Uid)
		gid, _ := strconv.Atoi(u.Gid)
		if err := os.Chown(dir, uid, gid); err != nil {
			t.Fatal(err)
		}
	}
	if out, err := c.pg("initdb", "-D", filepath.Join(dir, "data"), "-A", "trust", "-U", "postgres",
		"--no-sync", "-E", "UTF8", "--no-locale"); err != nil {
		t.Fatalf("initdb: %v\n%s", err, out)
	}
	opts := fmt.Sprintf("-k %s -c listen_addresses='' -c fsync=off -c max_connections=50", dir)
	if out, err := c.pg("pg_ctl", "-D", filepath.Join(dir, "data"), "-o", opts,
		"-l", filepath.Join(dir, "log"), "-w", "-t", "60", "start"); err != nil {
		log, _ := os.ReadFile(filepath.Join(dir, "log"))
		t.Fatalf("pg_ctl start: %v\n%s\n%s", err, out, log)
	}
	return c, ""
}

// pg runs one of PostgreSQL's programs, as the postgres user under root.
func (c *cluster) pg(name string, args ...string) ([]byte, error) {
	prog := filepath.Join(c.bins, name)
	var cmd *exec.Cmd
	if os.Geteuid() == 0 {
		cmd = exec.Command("runuser", append([]string{"-u", "postgres", "--", prog}, args...)...)
	} else {
		cmd = exec.Command(prog, args...)
	}
	cmd.Dir = c.dir
	return cmd.CombinedOutput()
}

// url names a database of the cluster.
func (c *cluster) url(db string) string {
	return "postgres://postgres@/" + db + "?host=" + c.dir + "&sslmode=disable"
}

// newDB creates an empty database and returns its URL.
func (c *cluster) newDB(t *testing.T) string {
	t.Helper()
	name := fmt.Sprintf("t%d", c.dbs.Add(1))
	db, err := sql.Open("pgx", c.url("postgres"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.ExecContext(context.Background(), "CREATE DATABASE "+name); err != nil {
		t.Fatal(err)
	}
	return c.url(name)
}
