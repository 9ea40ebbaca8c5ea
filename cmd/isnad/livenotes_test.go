package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/isnad/isnad/data"
)

// TestLateNotes: the explorer's store opens in the background; a file that
// is no store is an error the explorer shows, and is left as it was.
func TestLateNotes(t *testing.T) {
	lib, err := data.OpenEmbedded()
	if err != nil {
		t.Fatal(err)
	}
	defer lib.Close()
	t.Setenv("XDG_CONFIG_HOME", t.TempDir())
	dir := t.TempDir()
	foreign := filepath.Join(dir, "foreign.db")
	if err := os.WriteFile(foreign, []byte("not a database at all\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	bad := openLiveLater(&storeFlags{store: foreign, mode: "private"}, lib)
	if _, err := bad.Open(); err == nil || !strings.Contains(err.Error(), "not an isnad note store") {
		t.Errorf("a foreign file: %v", err)
	}
	if err := bad.Close(); err != nil {
		t.Error(err)
	}
	if b, _ := os.ReadFile(foreign); string(b) != "not a database at all\n" {
		t.Errorf("the foreign file was changed: %q", b)
	}

	good := openLiveLater(&storeFlags{store: filepath.Join(dir, "notes.db"), mode: "private"}, lib)
	n, err := good.Open()
	if err != nil || n.Current().Len() != 0 || len(n.Verdicts()) != 4 {
		t.Fatalf("a new store: %v", err)
	}
	if err := good.Close(); err != nil {
		t.Error(err)
	}
	if _, open := <-n.Changes(); open {
		t.Error("the session's subscription outlived the store")
	}
}
