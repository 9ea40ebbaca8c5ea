package main

// A small tmux harness for the end-to-end tests: build isnad once, run it in
// a detached tmux session of a given size, send keys, read the screen. The
// tests skip with a message when tmux is absent; CI installs it.
//
// The tests must hold on a loaded machine and leave nothing behind:
//   - they wait on conditions (a text on the screen, a screen or an output
//     that stops changing), never on fixed sleeps, with deadlines scaled by
//     ISNAD_TEST_TIMEOUT_SCALE (default 8: a 5 s wait may take 40 s on a
//     busy 2-core machine before it fails);
//   - each test runs its own tmux server (its own -L socket) and kills it,
//     and by id whatever it ran, in t.Cleanup; a watchdog inside the server
//     kills it too if the test binary dies without cleaning up;
//   - socket names and the build folder carry ISNAD_TEST_TAG, so that
//     .ci/run can check that no process of its run is left.

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
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

// timeoutScale multiplies every deadline of the real-terminal tests.
var timeoutScale = func() float64 {
	if f, err := strconv.ParseFloat(os.Getenv("ISNAD_TEST_TIMEOUT_SCALE"), 64); err == nil && f > 0 {
		return f
	}
	return 8
}()

// scaled is a deadline for this machine: d times ISNAD_TEST_TIMEOUT_SCALE.
func scaled(d time.Duration) time.Duration { return time.Duration(float64(d) * timeoutScale) }

// testTag names this run's tmux sockets and build folder (ISNAD_TEST_TAG,
// set by .ci/run, else "isnadtest").
var testTag = func() string {
	if t := os.Getenv("ISNAD_TEST_TAG"); t != "" {
		return "isnadtest-" + t
	}
	return "isnadtest"
}()

func TestMain(m *testing.M) {
	// Every isnad the tests start opens the default note store: a
	// throwaway one, never the user's.
	data, err := os.MkdirTemp("", "isnaddata")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	os.Setenv("XDG_DATA_HOME", data)
	code := m.Run()
	os.RemoveAll(data)
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
		buildDir, buildErr = os.MkdirTemp("", testTag+"-")
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
	pids []int  // the server and the pane's shell, killed at cleanup
	// socket is the server's socket file. (Removing it before kill-server,
	// as this harness once did, left the server running: kill-server could
	// no longer reach it.)
	socket string
}

// newTmux runs the shell command cmd in a detached w×h tmux session. With
// raw, everything the program writes to the terminal is recorded from its
// first byte on (rawOutput).
func newTmux(t *testing.T, w, h int, raw bool, cmd string) *tmuxSession {
	t.Helper()
	tm := &tmuxSession{t: t, sock: fmt.Sprintf("%s-%d-%d", testTag, os.Getpid(), sessions.Add(1))}
	t.Cleanup(tm.kill)
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
		tm.socket = strings.TrimSpace(path) // removed by kill, once the server is gone
	}
	if ids, err := tm.tmux("display-message", "-p", "-t", "0", "#{pid} #{pane_pid}"); err == nil {
		for _, f := range strings.Fields(ids) {
			if pid, err := strconv.Atoi(f); err == nil {
				tm.pids = append(tm.pids, pid)
			}
		}
	}
	// Should the test binary die (a panic, go test's -timeout), the server
	// kills itself: nothing outlives the run.
	tm.run("run-shell", "-b", fmt.Sprintf("while kill -0 %d 2>/dev/null; do sleep 1; done; tmux -L %s kill-server", os.Getpid(), tm.sock))
	if out, err := tm.tmux("wait-for", "-S", start); err != nil {
		t.Fatalf("tmux wait-for: %v %s", err, out)
	}
	return tm
}

// kill ends the server and what runs in it, and waits until they are gone;
// what ignores the hang-up is killed by id.
func (tm *tmuxSession) kill() {
	tm.tmux("kill-server")
	defer func() {
		if tm.socket != "" {
			os.Remove(tm.socket)
		}
	}()
	deadline := time.Now().Add(scaled(2 * time.Second))
	for {
		alive := tm.pids[:0:0]
		for _, pid := range tm.pids {
			if running(pid) {
				alive = append(alive, pid)
			}
		}
		// The pane's children (isnad) die with the shell's session; a
		// shell that outlives the server is killed with its group.
		if len(alive) == 0 {
			return
		}
		if time.Now().After(deadline) {
			for _, pid := range alive {
				syscall.Kill(-pid, syscall.SIGKILL)
				syscall.Kill(pid, syscall.SIGKILL)
			}
			tm.t.Logf("tmux %s: killed %v, still running after the server was told to end", tm.sock, alive)
			return
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// running reports whether a process is alive: not gone, not a zombie
// waiting for a parent that does not reap it.
func running(pid int) bool {
	if syscall.Kill(pid, 0) != nil {
		return false
	}
	stat, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return true // no /proc: trust kill
	}
	// "pid (comm) S …": the state follows the last ')'.
	if i := strings.LastIndexByte(string(stat), ')'); i >= 0 && i+2 < len(stat) {
		return stat[i+2] != 'Z' && stat[i+2] != 'X'
	}
	return true
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

// waitFor polls the screen until ok says yes on two polls in a row that
// show the same screen — so a frame tmux has only half drawn is never
// taken — and returns it; after the timeout (scaled) it fails the test,
// showing the screen.
func (tm *tmuxSession) waitFor(what string, timeout time.Duration, ok func([]string) bool) []string {
	tm.t.Helper()
	timeout = scaled(timeout)
	deadline := time.Now().Add(timeout)
	var prev string
	for {
		s := tm.screen()
		cur := strings.Join(s, "\n")
		if ok(s) && cur == prev {
			return s
		}
		prev = cur
		if time.Now().After(deadline) {
			tm.t.Fatalf("waiting for %s: timed out after %v; screen:\n%s", what, timeout, cur)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// settled waits until the screen has stopped changing — the same over a
// few polls — and returns it: what a key press does has been drawn.
func (tm *tmuxSession) settled(what string) []string {
	tm.t.Helper()
	var last string
	same := 0
	return tm.waitFor(what+" to settle", 5*time.Second, func(s []string) bool {
		cur := strings.Join(s, "\n")
		if cur == last {
			same++
		} else {
			last, same = cur, 0
		}
		return same >= 2
	})
}

// rawOutput returns what the program wrote to the terminal so far, once
// the pipe has stopped growing.
func (tm *tmuxSession) rawOutput() []byte {
	tm.t.Helper()
	if tm.raw == "" {
		tm.t.Fatal("rawOutput: session not started with raw recording")
	}
	size, same := int64(-1), 0
	deadline := time.Now().Add(scaled(3 * time.Second))
	for same < 3 && time.Now().Before(deadline) {
		st, err := os.Stat(tm.raw)
		if err == nil && st.Size() == size {
			same++
		} else if err == nil {
			size, same = st.Size(), 0
		}
		time.Sleep(30 * time.Millisecond)
	}
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
