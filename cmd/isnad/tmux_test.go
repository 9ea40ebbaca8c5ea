package main

// A small tmux harness for the end-to-end tests: build isnad once, run it in
// a detached tmux session of a given size, send keys, read the screen. The
// tests skip with a message when tmux is absent; CI installs it.

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

var (
	buildOnce sync.Once
	buildDir  string
	builtBin  string
	buildErr  error
	sessions  atomic.Int64
)

func TestMain(m *testing.M) {
	code := m.Run()
	if buildDir != "" {
		os.RemoveAll(buildDir)
	}
	os.Exit(code)
}

// isnadBinary skips the test when tmux is absent, else builds isnad once
// (go build to a temporary directory) and returns its path.
func isnadBinary(t *testing.T) string {
	t.Helper()
	if _, err := exec.LookPath("tmux"); err != nil {
		t.Skip("tmux not installed: skipping the real-terminal test (apt-get install tmux)")
	}
	return builtIsnad(t)
}

// builtIsnad builds isnad once and returns its path.
func builtIsnad(t *testing.T) string {
	t.Helper()
	buildOnce.Do(func() {
		buildDir, buildErr = os.MkdirTemp("", "isnadtest")
		if buildErr != nil {
			return
		}
		builtBin = filepath.Join(buildDir, "isnad")
		if out, err := exec.Command("go", "build", "-o", builtBin, ".").CombinedOutput(); err != nil {
			buildErr = fmt.Errorf("go build: %v\n%s", err, out)
		}
	})
	if buildErr != nil {
		t.Fatal(buildErr)
	}
	return builtBin
}

// tmuxSession is one tmux server (its own socket) with one session, "0".
type tmuxSession struct {
	t    *testing.T
	sock string
	raw  string // file receiving what the program writes, "" if not recorded
}

// newTmux runs the shell command cmd in a detached w×h tmux session. With
// raw, everything the program writes to the terminal is recorded from its
// first byte on (rawOutput).
func newTmux(t *testing.T, w, h int, raw bool, cmd string) *tmuxSession {
	t.Helper()
	tm := &tmuxSession{t: t, sock: fmt.Sprintf("isnadtest-%d-%d", os.Getpid(), sessions.Add(1))}
	t.Cleanup(func() { tm.tmux("kill-server") })
	start := "start-" + tm.sock
	// The command waits until the pipe is in place, so no byte is missed.
	script := fmt.Sprintf("tmux -L %s wait-for %s; %s", tm.sock, start, cmd)
	if out, err := tm.tmux("start-server", ";", "set-option", "-g", "history-limit", "100000", ";",
		"new-session", "-d", "-x", strconv.Itoa(w), "-y", strconv.Itoa(h), script); err != nil {
		t.Fatalf("tmux new-session: %v %s", err, out)
	}
	if raw {
		tm.raw = filepath.Join(t.TempDir(), "raw")
		if out, err := tm.tmux("pipe-pane", "-t", "0", "-o", "cat >> "+tm.raw); err != nil {
			t.Fatalf("tmux pipe-pane: %v %s", err, out)
		}
	}
	if path, err := tm.tmux("display-message", "-p", "#{socket_path}"); err == nil {
		t.Cleanup(func() { os.Remove(strings.TrimSpace(path)) }) // after kill-server
	}
	if out, err := tm.tmux("wait-for", "-S", start); err != nil {
		t.Fatalf("tmux wait-for: %v %s", err, out)
	}
	return tm
}

func (tm *tmuxSession) tmux(args ...string) (string, error) {
	cmd := exec.Command("tmux", append([]string{"-u", "-L", tm.sock, "-f", "/dev/null"}, args...)...)
	cmd.Env = append(os.Environ(), "LANG=C.UTF-8", "LC_ALL=C.UTF-8")
	out, err := cmd.CombinedOutput()
	return string(out), err
}

// run runs a tmux command and returns its output; it fails the test on error.
func (tm *tmuxSession) run(args ...string) string {
	tm.t.Helper()
	out, err := tm.tmux(args...)
	if err != nil {
		tm.t.Fatalf("tmux %s: %v %s", strings.Join(args, " "), err, out)
	}
	return out
}

// keys sends key names (as tmux send-keys takes them: "Enter", "j", …).
func (tm *tmuxSession) keys(keys ...string) {
	tm.t.Helper()
	tm.run(append([]string{"send-keys", "-t", "0"}, keys...)...)
}

// format returns a tmux format variable of the pane, e.g. "alternate_on".
func (tm *tmuxSession) format(name string) string {
	tm.t.Helper()
	return strings.TrimSpace(tm.run("display-message", "-p", "-t", "0", "#{"+name+"}"))
}

// screen returns the visible rows of the pane, exactly its height.
func (tm *tmuxSession) screen() []string {
	tm.t.Helper()
	h, _ := strconv.Atoi(tm.format("pane_height"))
	rows := strings.Split(strings.TrimSuffix(tm.run("capture-pane", "-p", "-t", "0"), "\n"), "\n")
	for len(rows) < h {
		rows = append(rows, "")
	}
	return rows
}

// history returns every row the pane holds, scrollback included, without
// the blank rows at the bottom.
func (tm *tmuxSession) history() []string {
	tm.t.Helper()
	rows := strings.Split(strings.TrimRight(tm.run("capture-pane", "-p", "-t", "0", "-S", "-", "-E", "-"), "\n"), "\n")
	for len(rows) > 0 && strings.TrimSpace(rows[len(rows)-1]) == "" {
		rows = rows[:len(rows)-1]
	}
	return rows
}

// waitFor polls the screen until ok says yes, and returns it; after timeout
// it fails the test, showing the screen.
func (tm *tmuxSession) waitFor(what string, timeout time.Duration, ok func([]string) bool) []string {
	tm.t.Helper()
	deadline := time.Now().Add(timeout)
	for {
		s := tm.screen()
		if ok(s) {
			return s
		}
		if time.Now().After(deadline) {
			tm.t.Fatalf("waiting for %s: timed out after %v; screen:\n%s", what, timeout, strings.Join(s, "\n"))
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// rawOutput returns what the program wrote to the terminal so far.
func (tm *tmuxSession) rawOutput() []byte {
	tm.t.Helper()
	if tm.raw == "" {
		tm.t.Fatal("rawOutput: session not started with raw recording")
	}
	time.Sleep(100 * time.Millisecond) // let the pipe flush
	b, err := os.ReadFile(tm.raw)
	if err != nil {
		tm.t.Fatal(err)
	}
	return b
}

// screenHas returns a waitFor condition: some row contains s.
func screenHas(s string) func([]string) bool {
	return func(rows []string) bool { return strings.Contains(strings.Join(rows, "\n"), s) }
}
