package main

import (
	"bufio"
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"encoding/pem"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"

	gossh "golang.org/x/crypto/ssh"
)

func TestServeUsage(t *testing.T) {
	dir := t.TempDir()
	keys := filepath.Join(dir, "authorized_keys")
	if err := os.WriteFile(keys, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	hk := "--host-key=" + filepath.Join(dir, "hk")
	foreign := filepath.Join(dir, "foreign.db") // no isnad store: refused, left as it was
	if err := os.WriteFile(foreign, []byte("not a database at all\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		args []string
		want int
	}{
		{[]string{"serve", "-h"}, exitOK},
		{[]string{"serve", "--log-format=xml"}, exitUsage},
		{[]string{"serve", "--bidi=both"}, exitUsage},
		{[]string{"serve", "--max-sessions=0"}, exitUsage},
		{[]string{"serve", "--idle-timeout=-1s"}, exitUsage},
		{[]string{"serve", "--corpus", filepath.Join(dir, "nowhere")}, exitUsage},
		{[]string{"serve", "--authorized-keys", filepath.Join(dir, "missing"), hk}, exitInput},
		{[]string{"serve", "--authorized-keys", keys, hk, "--listen", "127.0.0.1:99999"}, exitInput},
		{[]string{"serve", "--authorized-keys", keys, hk, "--store", foreign, "--listen", "127.0.0.1:0"}, exitInput},
		{[]string{"serve", "--authorized-keys", keys, hk, "--store-mode", "world", "--listen", "127.0.0.1:0"}, exitUsage},
	} {
		if code, _, errOut := cli(c.args...); code != c.want {
			t.Errorf("isnad %v: exit %d, want %d; stderr %q", c.args, code, c.want, errOut)
		}
	}
}

// serveKey writes an Ed25519 key for ssh -i and returns its file and its
// authorized-keys line.
func serveKey(t *testing.T, dir, name string) (file, line string) {
	t.Helper()
	_, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	block, err := gossh.MarshalPrivateKey(priv, "")
	if err != nil {
		t.Fatal(err)
	}
	file = filepath.Join(dir, name)
	if err := os.WriteFile(file, pem.EncodeToMemory(block), 0o600); err != nil {
		t.Fatal(err)
	}
	signer, err := gossh.NewSignerFromKey(priv)
	if err != nil {
		t.Fatal(err)
	}
	return file, strings.TrimSpace(string(gossh.MarshalAuthorizedKey(signer.PublicKey()))) + " " + name
}

// TestServeSIGTERM runs the built binary on a loopback port, connects with
// OpenSSH in tmux, and sends SIGTERM: the session is told and closed, the
// server exits 0.
func TestServeSIGTERM(t *testing.T) {
	if testing.Short() {
		t.Skip("real-terminal test")
	}
	if _, err := exec.LookPath("ssh"); err != nil {
		t.Skip("ssh not installed: skipping the isnad serve test (apt-get install openssh-client)")
	}
	bin := isnadBinary(t)
	dir := t.TempDir()
	key, line := serveKey(t, dir, "alice")
	keys := filepath.Join(dir, "authorized_keys")
	if err := os.WriteFile(keys, []byte(line+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	srv := exec.CommandContext(ctx, bin, "serve", "--listen", "127.0.0.1:0",
		"--authorized-keys", keys, "--host-key", filepath.Join(dir, "host_key"), "--log-format", "logfmt",
		"--store", filepath.Join(dir, "notes.db"))
	stderr, err := srv.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := srv.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = srv.Process.Kill() })

	// The port comes from the log; the rest of the log is kept.
	logs := &strings.Builder{}
	port := make(chan string, 1)
	copied := make(chan struct{})
	go func() {
		defer close(copied)
		re := regexp.MustCompile(`msg=listening addr=127\.0\.0\.1:(\d+)`)
		sc := bufio.NewScanner(stderr)
		for sc.Scan() {
			fmt.Fprintln(logs, sc.Text())
			if m := re.FindStringSubmatch(sc.Text()); m != nil {
				port <- m[1]
			}
		}
		_, _ = io.Copy(io.Discard, stderr)
	}()
	var p string
	select {
	case p = <-port:
	case <-time.After(30 * time.Second):
		t.Fatal("isnad serve did not log its address within 30s")
	}

	ssh := fmt.Sprintf("ssh -tt -F /dev/null -p %s -i %s -o IdentitiesOnly=yes -o IdentityAgent=none "+
		"-o BatchMode=yes -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null -o LogLevel=ERROR analyst@127.0.0.1",
		p, key)
	tm := newTmux(t, 100, 30, false, ssh+"; echo EXIT:$?; sleep 600")
	tm.waitFor("the library over ssh", 20*time.Second, screenHas("isnad · embedded"))

	if err := srv.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	// The log is read to its end before Wait, which closes the pipe: a
	// Wait racing the reader loses the last lines on a busy machine.
	select {
	case <-copied:
	case <-time.After(30 * time.Second):
		t.Fatal("isnad serve still running 30s after SIGTERM")
	}
	if err := srv.Wait(); err != nil {
		t.Errorf("isnad serve after SIGTERM: %v, want exit status 0", err)
	}
	tm.waitFor("the session told and closed", 10*time.Second, func(rows []string) bool {
		s := strings.Join(rows, "\n")
		return strings.Contains(s, "the server is shutting down; session closed") && strings.Contains(s, "EXIT:1")
	})
	for _, want := range []string{`msg="shut down"`, `msg="note store closed" store=` + filepath.Join(dir, "notes.db")} {
		if !strings.Contains(logs.String(), want) {
			t.Errorf("no %s in the log:\n%s", want, logs)
		}
	}
}
