package server

// Test helpers: a server on 127.0.0.1 with a port of its own, keys written
// as OpenSSH files, a Go SSH client, and a buffer that gathers what a
// session writes so a test can wait on it.

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"encoding/pem"
	"fmt"
	"io"
	"net"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"charm.land/log/v2"
	gossh "golang.org/x/crypto/ssh"

	"github.com/isnad/isnad/data"
	"github.com/isnad/isnad/tui"
)

// testKey is a user key: its private key file (for ssh -i), its signer (for
// the Go client) and its authorized-keys line.
type testKey struct {
	file   string
	signer gossh.Signer
	line   string
}

func newTestKey(t testing.TB, dir, name, comment string) testKey {
	t.Helper()
	_, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	block, err := gossh.MarshalPrivateKey(priv, comment)
	if err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(dir, name)
	if err := os.WriteFile(file, pem.EncodeToMemory(block), 0o600); err != nil {
		t.Fatal(err)
	}
	signer, err := gossh.NewSignerFromKey(priv)
	if err != nil {
		t.Fatal(err)
	}
	line := strings.TrimSpace(string(gossh.MarshalAuthorizedKey(signer.PublicKey())))
	if comment != "" {
		line += " " + comment
	}
	return testKey{file: file, signer: signer, line: line}
}

// syncBuffer is a bytes.Buffer safe for a writer and readers at once.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.String()
}

// waitFor polls cond until it holds or the deadline passes, then fails the
// test with what show returns.
func waitFor(t *testing.T, what string, timeout time.Duration, cond func() bool, show func() string) {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("waiting for %s: timed out after %v\n%s", what, timeout, show())
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// testServer is a running server and what a test needs to reach it.
type testServer struct {
	*Server
	addr     string
	port     string
	dir      string
	keysFile string
	hostKey  gossh.PublicKey
	logs     *syncBuffer
	alice    testKey // in the authorized-keys file
	bob      testKey // not in it
}

// sharedLib is the embedded corpus, opened once for every test.
var sharedLib = sync.OnceValues(data.OpenEmbedded)

// startServer runs a server on 127.0.0.1:0 whose authorized-keys file lets
// alice in; cfg may change the configuration first. It is shut down in
// t.Cleanup.
func startServer(t testing.TB, cfg func(*Config)) *testServer {
	t.Helper()
	lib, err := sharedLib()
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	ts := &testServer{dir: dir, logs: &syncBuffer{}}
	ts.alice = newTestKey(t, dir, "alice", "alice@laptop")
	ts.bob = newTestKey(t, dir, "bob", "bob@laptop")
	ts.keysFile = filepath.Join(dir, "authorized_keys")
	if err := os.WriteFile(ts.keysFile, []byte(ts.alice.line+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	c := Config{
		Library:        lib,
		Options:        tui.DefaultOptions(),
		AuthorizedKeys: ts.keysFile,
		HostKey:        filepath.Join(dir, "host", "ssh_host_ed25519_key"),
		Logger:         log.NewWithOptions(ts.logs, log.Options{Formatter: log.LogfmtFormatter}),
	}
	if cfg != nil {
		cfg(&c)
	}
	srv, err := New(c)
	if err != nil {
		t.Fatal(err)
	}
	ts.Server = srv
	signer, _, err := hostKey(c.HostKey)
	if err != nil {
		t.Fatal(err)
	}
	ts.hostKey = signer.PublicKey()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ts.addr = ln.Addr().String()
	_, ts.port, _ = net.SplitHostPort(ts.addr)
	served := make(chan error, 1)
	go func() { served <- srv.Serve(ln) }()
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		_ = srv.Shutdown(ctx)
		if err := <-served; err != nil {
			t.Errorf("Serve: %v", err)
		}
	})
	return ts
}

// dial connects a Go client with the given key.
func (ts *testServer) dial(t testing.TB, k testKey) (*gossh.Client, error) {
	t.Helper()
	c, err := gossh.Dial("tcp", ts.addr, &gossh.ClientConfig{
		User:            "analyst",
		Auth:            []gossh.AuthMethod{gossh.PublicKeys(k.signer)},
		HostKeyCallback: gossh.FixedHostKey(ts.hostKey),
		Timeout:         10 * time.Second,
	})
	if err == nil {
		// A regression must fail the test, not hang it: the client is
		// closed after a generous deadline, which ends its sessions.
		watchdog := time.AfterFunc(clientDeadline, func() { c.Close() })
		t.Cleanup(func() {
			watchdog.Stop()
			c.Close()
		})
	}
	return c, err
}

// clientDeadline bounds the life of a test's SSH client.
const clientDeadline = 60 * time.Second

// ptySession opens a session with a w×h terminal of type xterm-256color
// and starts the shell (the explorer). Everything written to the session,
// stdout and stderr, goes to the returned buffer.
func ptySession(t testing.TB, c *gossh.Client, w, h int) (*gossh.Session, *syncBuffer, io.WriteCloser) {
	t.Helper()
	sess, err := c.NewSession()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { sess.Close() })
	out := &syncBuffer{}
	sess.Stdout, sess.Stderr = out, out
	in, err := sess.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := sess.RequestPty("xterm-256color", h, w, gossh.TerminalModes{}); err != nil {
		t.Fatal(err)
	}
	if err := sess.Shell(); err != nil {
		t.Fatal(err)
	}
	return sess, out, in
}

// exitStatus waits for the session to end and returns its exit status.
func exitStatus(t *testing.T, sess *gossh.Session) int {
	t.Helper()
	done := make(chan error, 1)
	go func() { done <- sess.Wait() }()
	select {
	case err := <-done:
		if err == nil {
			return 0
		}
		if ee, ok := err.(*gossh.ExitError); ok {
			return ee.ExitStatus()
		}
		t.Fatalf("session ended without a status: %v", err)
	case <-time.After(20 * time.Second):
		t.Fatal("session did not end within 20s")
	}
	return -1
}

// libraryHeader is on the first row of the library screen.
const libraryHeader = "isnad · embedded"

func (ts *testServer) String() string { return fmt.Sprintf("server %s; log:\n%s", ts.addr, ts.logs) }
