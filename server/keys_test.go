package server

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"charm.land/log/v2"
	gossh "golang.org/x/crypto/ssh"
)

func TestParseKeyLineNames(t *testing.T) {
	k := newTestKey(t, t.TempDir(), "k", "")
	fp := gossh.FingerprintSHA256(k.signer.PublicKey())
	for _, tc := range []struct{ line, want string }{
		{k.line + " alice@laptop", "alice@laptop"},
		{`name="Nour Jamil" ` + k.line + " nour@desk", "Nour Jamil"},
		{`restrict,name="نور" ` + k.line, "نور"},
		{`name="" ` + k.line + " fallback", "fallback"},
		{k.line, fp},
		{k.line + " evil\x1b[2Jname", "evil␛name"}, // a whole escape sequence is one ␛
		{k.line + " " + strings.Repeat("x", 100), strings.Repeat("x", maxNameRunes)},
	} {
		key, name, err := parseKeyLine([]byte(tc.line))
		if err != nil {
			t.Errorf("%q: %v", tc.line, err)
			continue
		}
		if !bytes.Equal(key.Marshal(), k.signer.PublicKey().Marshal()) {
			t.Errorf("%q: another key", tc.line)
		}
		if name != tc.want {
			t.Errorf("%q: name %q, want %q", tc.line, name, tc.want)
		}
	}
	for _, bad := range []string{
		"not a key",
		"ssh-ed25519 AAAAnotbase64",
		"cert-authority " + k.line,
	} {
		if _, _, err := parseKeyLine([]byte(bad)); err == nil {
			t.Errorf("%q accepted", bad)
		}
	}
}

func TestAuthorizedKeysSkipBadLines(t *testing.T) {
	dir := t.TempDir()
	a := newTestKey(t, dir, "a", "a@x")
	b := newTestKey(t, dir, "b", "b@x")
	file := filepath.Join(dir, "authorized_keys")
	content := "# the team\n\n" + a.line + "\ngarbage line\n  " + b.line + "  \n"
	if err := os.WriteFile(file, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
	var logs syncBuffer
	k, err := loadAuthorizedKeys(file, log.New(&logs))
	if err != nil {
		t.Fatal(err)
	}
	for _, tk := range []testKey{a, b} {
		if _, ok := k.lookup(tk.signer.PublicKey()); !ok {
			t.Errorf("%s refused", tk.line)
		}
	}
	if !strings.Contains(logs.String(), "line=4") {
		t.Errorf("the bad line is not logged with its number:\n%s", logs.String())
	}
}

func TestAuthorizedKeysFollowTheFile(t *testing.T) {
	dir := t.TempDir()
	a := newTestKey(t, dir, "a", "a@x")
	b := newTestKey(t, dir, "b", "b@x")
	file := filepath.Join(dir, "authorized_keys")
	write := func(s string) {
		t.Helper()
		// Replaced by rename, as editors and config tools do.
		tmp := file + ".tmp"
		if err := os.WriteFile(tmp, []byte(s), 0o600); err != nil {
			t.Fatal(err)
		}
		if err := os.Rename(tmp, file); err != nil {
			t.Fatal(err)
		}
	}
	write(a.line + "\n")
	k, err := loadAuthorizedKeys(file, log.New(io.Discard))
	if err != nil {
		t.Fatal(err)
	}
	allowed := func(tk testKey) bool { _, ok := k.lookup(tk.signer.PublicKey()); return ok }
	if !allowed(a) || allowed(b) {
		t.Fatal("first read wrong")
	}
	write(b.line + "\n")
	if allowed(a) || !allowed(b) {
		t.Error("not read again after a rename")
	}
	// The same size and a rewrite in place: the key differs, the length not.
	if err := os.WriteFile(file, []byte(a.line+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if !allowed(a) || allowed(b) {
		t.Error("not read again after a rewrite in place")
	}
	if err := os.Remove(file); err != nil {
		t.Fatal(err)
	}
	if allowed(a) {
		t.Error("a key let in while the file is missing")
	}
	write(a.line + "\n")
	if !allowed(a) {
		t.Error("not read again once back")
	}
	if _, ok := k.lookup(nil); ok {
		t.Error("a nil key let in")
	}
}

func TestLoadAuthorizedKeysErrors(t *testing.T) {
	dir := t.TempDir()
	if _, err := loadAuthorizedKeys(filepath.Join(dir, "missing"), log.New(io.Discard)); err == nil {
		t.Error("a missing file accepted")
	}
	if _, err := loadAuthorizedKeys(dir, log.New(io.Discard)); err == nil {
		t.Error("a folder accepted")
	}
	empty := filepath.Join(dir, "empty")
	if err := os.WriteFile(empty, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	var logs syncBuffer
	if _, err := loadAuthorizedKeys(empty, log.New(&logs)); err != nil {
		t.Errorf("an empty file refused: %v", err)
	}
	if !strings.Contains(logs.String(), "nobody can connect") {
		t.Errorf("an empty file is not warned about: %q", logs.String())
	}
}
