package server

// End-to-end tests with the real OpenSSH client (openssh-client; .ci/run
// installs it), each in its own tmux server so that each has a terminal of
// its own size. They skip with a message when ssh or tmux is absent.

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/mattn/go-runewidth"
	gossh "golang.org/x/crypto/ssh"
)

func needOpenSSH(t *testing.T) {
	t.Helper()
	if testing.Short() {
		t.Skip("real-terminal test")
	}
	for _, bin := range []string{"ssh", "tmux"} {
		if _, err := exec.LookPath(bin); err != nil {
			t.Skipf("%s not installed: skipping the OpenSSH test (apt-get install openssh-client tmux)", bin)
		}
	}
}

// sshArgs are the OpenSSH client's arguments for key k: no user
// configuration, no agent, no prompt, and the server's host key pinned.
func (ts *testServer) sshArgs(t *testing.T, k testKey, extra ...string) []string {
	t.Helper()
	kh := filepath.Join(ts.dir, "known_hosts")
	line := fmt.Sprintf("[127.0.0.1]:%s %s", ts.port, gossh.MarshalAuthorizedKey(ts.hostKey))
	if err := os.WriteFile(kh, []byte(line), 0o600); err != nil {
		t.Fatal(err)
	}
	args := []string{"-F", "/dev/null", "-p", ts.port,
		"-o", "UserKnownHostsFile=" + kh, "-o", "StrictHostKeyChecking=yes",
		"-o", "BatchMode=yes", "-o", "IdentityAgent=none", "-o", "LogLevel=ERROR"}
	if k.file != "" {
		args = append(args, "-i", k.file, "-o", "IdentitiesOnly=yes")
	}
	return append(append(args, extra...), "analyst@127.0.0.1")
}

// runSSH runs the client outside a terminal and returns its stderr and exit
// status.
func runSSH(t *testing.T, args []string) (string, int) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, "ssh", args...)
	var stderr bytes.Buffer
	cmd.Stdin, cmd.Stderr = nil, &stderr
	err := cmd.Run()
	if ctx.Err() != nil {
		t.Fatalf("ssh %v: still running after 30s", args)
	}
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return stderr.String(), code
}

var panes atomic.Int64

// pane is a tmux server of its own with one window running a command.
type pane struct {
	t    *testing.T
	sock string
}

// newPane runs cmd in a detached w×h tmux window; the window stays after
// cmd exits (its status is printed), until the test ends.
func newPane(t *testing.T, w, h int, cmd string) *pane {
	t.Helper()
	p := &pane{t: t, sock: fmt.Sprintf("isnadserve-%d-%d", os.Getpid(), panes.Add(1))}
	var socket string
	// One cleanup, the server killed before its socket is removed: the
	// other way round, kill-server could no longer reach it, and every
	// test left its server (and ssh) running.
	t.Cleanup(func() {
		_, _ = p.tmux("kill-server")
		if socket != "" {
			os.Remove(socket)
		}
	})
	if out, err := p.tmux("new-session", "-d", "-x", strconv.Itoa(w), "-y", strconv.Itoa(h),
		cmd+"; echo EXIT:$?; sleep 600"); err != nil {
		t.Fatalf("tmux new-session: %v %s", err, out)
	}
	if path, err := p.tmux("display-message", "-p", "#{socket_path}"); err == nil {
		socket = strings.TrimSpace(path)
	}
	return p
}

func (p *pane) tmux(args ...string) (string, error) {
	cmd := exec.Command("tmux", append([]string{"-u", "-L", p.sock, "-f", "/dev/null"}, args...)...)
	cmd.Env = append(os.Environ(), "LANG=C.UTF-8", "LC_ALL=C.UTF-8")
	out, err := cmd.CombinedOutput()
	return string(out), err
}

func (p *pane) run(args ...string) string {
	p.t.Helper()
	out, err := p.tmux(args...)
	if err != nil {
		p.t.Fatalf("tmux %s: %v %s", strings.Join(args, " "), err, out)
	}
	return out
}

func (p *pane) keys(keys ...string) {
	p.t.Helper()
	p.run(append([]string{"send-keys", "-t", "0"}, keys...)...)
}

func (p *pane) resize(w, h int) {
	p.t.Helper()
	p.run("resize-window", "-t", "0", "-x", strconv.Itoa(w), "-y", strconv.Itoa(h))
}

// screen returns the visible rows.
func (p *pane) screen() []string {
	p.t.Helper()
	return strings.Split(strings.TrimSuffix(p.run("capture-pane", "-p", "-t", "0"), "\n"), "\n")
}

// waitFor polls the screen until ok holds; after timeout it fails the test
// with the screen.
func (p *pane) waitFor(what string, timeout time.Duration, ok func([]string) bool) []string {
	p.t.Helper()
	deadline := time.Now().Add(timeout)
	for {
		s := p.screen()
		if ok(s) {
			return s
		}
		if time.Now().After(deadline) {
			p.t.Fatalf("waiting for %s: timed out after %v; screen:\n%s", what, timeout, strings.Join(s, "\n"))
		}
		time.Sleep(50 * time.Millisecond)
	}
}

func has(s string) func([]string) bool {
	return func(rows []string) bool { return strings.Contains(strings.Join(rows, "\n"), s) }
}

// libraryAt is true when the screen shows the library laid out for a w×h
// terminal: the header's article count ends at column w, the status bar is
// on row h.
func libraryAt(w, h int) func([]string) bool {
	return func(rows []string) bool {
		if len(rows) < h || !strings.HasPrefix(rows[0], libraryHeader) {
			return false
		}
		head := strings.TrimRight(rows[0], " ")
		return strings.HasSuffix(head, "5 articles") && runewidth.StringWidth(head) == w &&
			strings.Contains(rows[h-1], "? help")
	}
}

func sshCommand(args []string) string {
	q := make([]string, len(args))
	for i, a := range args {
		q[i] = "'" + strings.ReplaceAll(a, "'", `'\''`) + "'"
	}
	return "ssh -tt " + strings.Join(q, " ")
}

func TestOpenSSHAuthorizedKeyGetsLibrary(t *testing.T) {
	needOpenSSH(t)
	ts := startServer(t, nil)
	p := newPane(t, 100, 30, sshCommand(ts.sshArgs(t, ts.alice)))
	p.waitFor("the library", 20*time.Second, libraryAt(100, 30))
	p.keys("q")
	p.waitFor("ssh to exit 0", 10*time.Second, has("EXIT:0"))
}

func TestOpenSSHUnknownKeyAndPasswordRefused(t *testing.T) {
	needOpenSSH(t)
	ts := startServer(t, nil)
	stderr, code := runSSH(t, ts.sshArgs(t, ts.bob, "-tt"))
	if code != 255 || !strings.Contains(stderr, "Permission denied (publickey)") {
		t.Errorf("unknown key: status %d, stderr %q", code, stderr)
	}
	fp := gossh.FingerprintSHA256(ts.bob.signer.PublicKey())
	waitFor(t, "the refused key in the log", 5*time.Second, func() bool {
		return strings.Contains(ts.logs.String(), fp)
	}, ts.String)

	// A password: the server offers public keys only (the list in the
	// message), so the client has nothing to try.
	stderr, code = runSSH(t, ts.sshArgs(t, testKey{}, "-tt",
		"-o", "PubkeyAuthentication=no", "-o", "PreferredAuthentications=password,keyboard-interactive"))
	if code != 255 || !strings.Contains(stderr, "Permission denied (publickey)") {
		t.Errorf("password: status %d, stderr %q", code, stderr)
	}
}

func TestOpenSSHWithoutTerminalTold(t *testing.T) {
	needOpenSSH(t)
	ts := startServer(t, nil)
	for _, flag := range []string{"-T", ""} { // -T: no pty; none: stdin is not a terminal
		var extra []string
		if flag != "" {
			extra = append(extra, flag)
		}
		stderr, code := runSSH(t, ts.sshArgs(t, ts.alice, extra...))
		lines := strings.Split(strings.TrimSpace(stderr), "\n")
		if code != 1 || len(lines) != 1 || !strings.Contains(lines[0], "needs a terminal; connect with ssh -t") {
			t.Errorf("ssh %s: status %d, stderr %q", flag, code, stderr)
		}
	}
}

func TestOpenSSHTwoSessionsOwnScreensAndSizes(t *testing.T) {
	needOpenSSH(t)
	ts := startServer(t, nil)
	a := newPane(t, 100, 30, sshCommand(ts.sshArgs(t, ts.alice)))
	b := newPane(t, 120, 40, sshCommand(ts.sshArgs(t, ts.alice)))
	a.waitFor("A's library at 100×30", 20*time.Second, libraryAt(100, 30))
	b.waitFor("B's library at 120×40", 20*time.Second, libraryAt(120, 40))

	// A resizes: A is laid out again, B is not touched.
	a.resize(80, 24)
	a.waitFor("A's library at 80×24", 10*time.Second, libraryAt(80, 24))
	b.resize(140, 45)
	b.waitFor("B's library at 140×45", 10*time.Second, libraryAt(140, 45))
	a.waitFor("A still at 80×24", time.Second, libraryAt(80, 24))

	// A opens an article; B stays on its library.
	a.keys("Enter")
	a.waitFor("A's reader", 10*time.Second, func(rows []string) bool {
		return len(rows) > 0 && !strings.HasPrefix(rows[0], libraryHeader) && strings.Contains(rows[len(rows)-1], "%")
	})
	b.waitFor("B still on the library", time.Second, libraryAt(140, 45))
	a.keys("q", "q")
	b.keys("q")
	a.waitFor("A's ssh to exit 0", 10*time.Second, has("EXIT:0"))
	b.waitFor("B's ssh to exit 0", 10*time.Second, has("EXIT:0"))
}
