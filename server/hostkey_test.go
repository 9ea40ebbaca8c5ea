package server

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestHostKeyCreatedOnceAndReused(t *testing.T) {
	path := filepath.Join(t.TempDir(), "state", "host_key")
	first, created, err := hostKey(path)
	if err != nil || !created {
		t.Fatalf("first start: created %v, %v", created, err)
	}
	info, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if perm := info.Mode().Perm(); perm != 0o600 {
		t.Errorf("host key mode %04o, want 0600", perm)
	}
	if dir, _ := os.Stat(filepath.Dir(path)); dir.Mode().Perm() != 0o700 {
		t.Errorf("created folder mode %04o, want 0700", dir.Mode().Perm())
	}
	second, created, err := hostKey(path)
	if err != nil || created {
		t.Fatalf("second start: created %v, %v", created, err)
	}
	if !bytes.Equal(first.PublicKey().Marshal(), second.PublicKey().Marshal()) {
		t.Error("the host key changed between starts")
	}
}

func TestHostKeyRefusedWhenOthersMayRead(t *testing.T) {
	path := filepath.Join(t.TempDir(), "host_key")
	if _, _, err := hostKey(path); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(path, 0o644); err != nil {
		t.Fatal(err)
	}
	if _, _, err := hostKey(path); err == nil || !strings.Contains(err.Error(), "chmod 600") {
		t.Errorf("a key readable by others: %v", err)
	}
	if err := os.WriteFile(path, []byte("not a key"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, _, err := hostKey(path); err == nil {
		t.Error("a file that is not a key accepted")
	}
}

func TestTerminalEnv(t *testing.T) {
	for _, tc := range []struct {
		env          []string
		tmux, mlterm bool
	}{
		{[]string{"TERM=xterm-256color"}, false, false},
		{[]string{"TERM=tmux-256color"}, true, false},
		{[]string{"TERM=screen"}, true, false},
		{[]string{"TERM=mlterm"}, false, true},
		{[]string{"TERM=xterm", "MLTERM=3.9.0"}, false, true},
		{[]string{"TERM=xterm", "TMUX=/tmp/x,1,0"}, true, false},
	} {
		get := terminalEnv(tc.env)
		if (get("TMUX") != "") != tc.tmux || (get("MLTERM") != "") != tc.mlterm {
			t.Errorf("%v: TMUX %q, MLTERM %q", tc.env, get("TMUX"), get("MLTERM"))
		}
	}
}
