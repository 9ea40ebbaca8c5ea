package server

import (
	"context"
	"fmt"
	"io"
	"net"
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"charm.land/log/v2"
	gossh "golang.org/x/crypto/ssh"
	"golang.org/x/crypto/ssh/agent"
)

// These tests drive the server with Go's SSH client, for what OpenSSH's
// client cannot show plainly: each forwarding refused, the limits, the
// session's handshake bytes. The OpenSSH client is in openssh_test.go.

func TestSessionShowsLibraryWithHandshake(t *testing.T) {
	ts := startServer(t, nil)
	c, err := ts.dial(t, ts.alice)
	if err != nil {
		t.Fatal(err)
	}
	sess, out, in := ptySession(t, c, 100, 30)
	waitFor(t, "the library", 20*time.Second, func() bool { return strings.Contains(out.String(), libraryHeader) }, out.String)
	// Explicit mode is asked for before the first paint.
	first := out.String()
	if i, j := strings.Index(first, "\x1b[8l"), strings.Index(first, libraryHeader); i < 0 || i > j {
		t.Errorf("CSI 8 l missing or after the first paint: at %d, header at %d", i, j)
	}
	waitFor(t, "the session in the log", 5*time.Second, func() bool {
		return strings.Contains(ts.logs.String(), `msg="session opened" analyst=alice@laptop`)
	}, ts.String)
	if _, err := in.Write([]byte("q")); err != nil {
		t.Fatal(err)
	}
	if st := exitStatus(t, sess); st != 0 {
		t.Errorf("exit status after q: %d, want 0", st)
	}
	if !strings.HasSuffix(out.String(), "\x1b[8h") {
		t.Errorf("the session does not end with CSI 8 h: %q", tail(out.String(), 80))
	}
}

func TestRefusedKeyIsLoggedWithFingerprint(t *testing.T) {
	ts := startServer(t, nil)
	if _, err := ts.dial(t, ts.bob); err == nil {
		t.Fatal("bob's key, not in the file, was let in")
	}
	fp := gossh.FingerprintSHA256(ts.bob.signer.PublicKey())
	waitFor(t, "the refusal in the log", 5*time.Second, func() bool {
		l := ts.logs.String()
		return strings.Contains(l, "msg=refused") && strings.Contains(l, fp) && strings.Contains(l, "addr=127.0.0.1:")
	}, ts.String)
}

func TestPasswordAndKeyboardInteractiveRefused(t *testing.T) {
	ts := startServer(t, nil)
	for name, auth := range map[string]gossh.AuthMethod{
		"password": gossh.Password("secret"),
		"keyboard-interactive": gossh.KeyboardInteractive(func(string, string, []string, []bool) ([]string, error) {
			return []string{"secret"}, nil
		}),
	} {
		_, err := gossh.Dial("tcp", ts.addr, &gossh.ClientConfig{
			User: "alice", Auth: []gossh.AuthMethod{auth},
			HostKeyCallback: gossh.FixedHostKey(ts.hostKey), Timeout: 10 * time.Second,
		})
		if err == nil {
			t.Errorf("%s: let in", name)
		} else if !strings.Contains(err.Error(), "attempted methods [none]") {
			// The server offers publickey only: the client cannot even try.
			t.Errorf("%s: %v", name, err)
		}
	}
}

func TestForwardingAndSubsystemsRefused(t *testing.T) {
	ts := startServer(t, nil)
	c, err := ts.dial(t, ts.alice)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := c.Dial("tcp", "127.0.0.1:1"); err == nil {
		t.Error("local port forwarding (direct-tcpip) accepted")
	}
	if _, err := c.Listen("tcp", "127.0.0.1:0"); err == nil {
		t.Error("remote port forwarding (tcpip-forward) accepted")
	}
	sess, err := c.NewSession()
	if err != nil {
		t.Fatal(err)
	}
	defer sess.Close()
	if err := agent.RequestAgentForwarding(sess); err == nil {
		t.Error("agent forwarding accepted")
	}
	if ok, err := sess.SendRequest("x11-req", true, gossh.Marshal(struct {
		Single        bool
		Proto, Cookie string
		Screen        uint32
	}{false, "MIT-MAGIC-COOKIE-1", "00", 0})); ok || err != nil {
		t.Errorf("X11 forwarding: ok=%v err=%v", ok, err)
	}
	if err := sess.RequestSubsystem("sftp"); err == nil {
		t.Error("the sftp subsystem was accepted")
	}
}

func TestCommandAndNoTerminalToldAndClosed(t *testing.T) {
	ts := startServer(t, nil)
	c, err := ts.dial(t, ts.alice)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, cmd, want string
		pty             bool
	}{
		{"shell without pty", "", "needs a terminal", false},
		{"command", "cat /etc/passwd", "commands are not run here", true},
		{"command without pty", "ls", "commands are not run here", false},
	} {
		sess, err := c.NewSession()
		if err != nil {
			t.Fatal(err)
		}
		if tc.pty {
			if err := sess.RequestPty("xterm", 24, 80, nil); err != nil {
				t.Fatal(err)
			}
		}
		var out []byte
		if tc.cmd == "" {
			out, err = shellOutput(sess)
		} else {
			out, err = sess.CombinedOutput(tc.cmd)
		}
		ee, ok := err.(*gossh.ExitError)
		if !ok || ee.ExitStatus() != 1 {
			t.Errorf("%s: want exit status 1, got %v", tc.name, err)
		}
		if lines := strings.Split(strings.TrimSpace(string(out)), "\n"); len(lines) != 1 || !strings.Contains(lines[0], tc.want) {
			t.Errorf("%s: want one line saying %q, got %q", tc.name, tc.want, out)
		}
	}
}

// shellOutput starts the shell and returns everything it writes.
func shellOutput(sess *gossh.Session) ([]byte, error) {
	var out syncBuffer
	sess.Stdout, sess.Stderr = &out, &out
	if err := sess.Shell(); err != nil {
		return nil, err
	}
	err := sess.Wait()
	return []byte(out.String()), err
}

func TestMaxSessions(t *testing.T) {
	ts := startServer(t, func(c *Config) { c.MaxSessions = 1 })
	c, err := ts.dial(t, ts.alice)
	if err != nil {
		t.Fatal(err)
	}
	_, out, _ := ptySession(t, c, 80, 24)
	waitFor(t, "the first session's library", 20*time.Second, func() bool { return strings.Contains(out.String(), libraryHeader) }, out.String)
	second, out2, _ := ptySession(t, c, 80, 24)
	if st := exitStatus(t, second); st != 1 {
		t.Errorf("second session: exit status %d, want 1", st)
	}
	if !strings.Contains(out2.String(), "the server is full (1 sessions)") {
		t.Errorf("second session was told %q", out2.String())
	}
}

func TestIdleSessionClosed(t *testing.T) {
	ts := startServer(t, func(c *Config) { c.IdleTimeout = 1500 * time.Millisecond })
	c, err := ts.dial(t, ts.alice)
	if err != nil {
		t.Fatal(err)
	}
	sess, out, in := ptySession(t, c, 80, 24)
	waitFor(t, "the library", 20*time.Second, func() bool { return strings.Contains(out.String(), libraryHeader) }, out.String)
	// Input keeps it open: keys sent more often than the timeout, for
	// twice the timeout.
	start := time.Now()
	for time.Since(start) < 3*time.Second {
		if _, err := in.Write([]byte("j")); err != nil {
			t.Fatalf("session closed while in use: %v\n%s", err, ts)
		}
		time.Sleep(300 * time.Millisecond)
	}
	if strings.Contains(out.String(), "without input") {
		t.Fatal("closed while keys were coming in")
	}
	if st := exitStatus(t, sess); st != 1 {
		t.Errorf("exit status %d, want 1", st)
	}
	if !strings.Contains(out.String(), "isnad: session closed after 1.5s without input") {
		t.Errorf("not told why: %q", tail(out.String(), 200))
	}
	if !strings.Contains(ts.logs.String(), "reason=idle") {
		t.Errorf("no reason=idle in the log:\n%s", ts.logs)
	}
}

func TestUnauthenticatedConnectionDropped(t *testing.T) {
	ts := startServer(t, func(c *Config) { c.AuthTimeout = 500 * time.Millisecond })
	conn, err := net.Dial("tcp", ts.addr)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	_ = conn.SetDeadline(time.Now().Add(20 * time.Second))
	// Read the server's version line, then say nothing: EOF must come.
	_, err = io.Copy(io.Discard, conn)
	if ne, ok := err.(net.Error); ok && ne.Timeout() {
		t.Fatal("the connection was still open after 20s")
	}
	waitFor(t, "the drop in the log", 5*time.Second, func() bool {
		return strings.Contains(ts.logs.String(), "not authenticated within 500ms")
	}, ts.String)
}

func TestAuthorizedKeysReadAgainWhenChanged(t *testing.T) {
	ts := startServer(t, nil)
	if _, err := ts.dial(t, ts.bob); err == nil {
		t.Fatal("bob let in before being added")
	}
	content := ts.alice.line + "\n" + `name="Bob Builder" ` + ts.bob.line + "\n"
	if err := os.WriteFile(ts.keysFile, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
	c, err := ts.dial(t, ts.bob)
	if err != nil {
		t.Fatalf("bob, added to the file, refused: %v\n%s", err, ts)
	}
	_, out, _ := ptySession(t, c, 80, 24)
	waitFor(t, "bob's session", 20*time.Second, func() bool {
		return strings.Contains(out.String(), libraryHeader) && strings.Contains(ts.logs.String(), `analyst="Bob Builder"`)
	}, ts.String)
	// Removed again: refused at the next connection.
	if err := os.WriteFile(ts.keysFile, []byte(ts.alice.line+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := ts.dial(t, ts.bob); err == nil {
		t.Error("bob let in after being removed")
	}
	if _, err := ts.dial(t, ts.alice); err != nil {
		t.Errorf("alice refused: %v", err)
	}
}

func TestShutdownTellsAndClosesSessions(t *testing.T) {
	ts := startServer(t, nil)
	var sessions []*gossh.Session
	var outs []*syncBuffer
	for range 2 {
		c, err := ts.dial(t, ts.alice)
		if err != nil {
			t.Fatal(err)
		}
		s, out, _ := ptySession(t, c, 80, 24)
		sessions, outs = append(sessions, s), append(outs, out)
	}
	for _, out := range outs {
		waitFor(t, "the library", 20*time.Second, func() bool { return strings.Contains(out.String(), libraryHeader) }, out.String)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 15*time.Second)
	defer cancel()
	if err := ts.Shutdown(ctx); err != nil {
		t.Errorf("Shutdown: %v", err)
	}
	for i, s := range sessions {
		exitStatus(t, s)
		if out := outs[i].String(); !strings.Contains(out, "the server is shutting down") {
			t.Errorf("session %d not told: %q", i, tail(out, 200))
		}
	}
	if _, err := ts.dial(t, ts.alice); err == nil {
		t.Error("a connection was accepted after Shutdown")
	}
}

func tail(s string, n int) string {
	if len(s) > n {
		return s[len(s)-n:]
	}
	return s
}

func TestProxyProtocol(t *testing.T) {
	ts := startServer(t, func(c *Config) { c.ProxyProtocol = true })
	connect := func(header string, k testKey) error {
		conn, err := net.Dial("tcp", ts.addr)
		if err != nil {
			t.Fatal(err)
		}
		defer conn.Close()
		_ = conn.SetDeadline(time.Now().Add(20 * time.Second))
		if _, err := io.WriteString(conn, header); err != nil {
			return err
		}
		c, chans, reqs, err := gossh.NewClientConn(conn, ts.addr, &gossh.ClientConfig{
			User: "analyst", Auth: []gossh.AuthMethod{gossh.PublicKeys(k.signer)},
			HostKeyCallback: gossh.FixedHostKey(ts.hostKey),
		})
		if err != nil {
			return err
		}
		gossh.NewClient(c, chans, reqs).Close()
		return nil
	}
	if err := connect("PROXY TCP4 203.0.113.7 127.0.0.1 51000 2222\r\n", ts.alice); err != nil {
		t.Errorf("alice through the balancer: %v", err)
	}
	if err := connect("PROXY TCP4 203.0.113.8 127.0.0.1 51001 2222\r\n", ts.bob); err == nil {
		t.Error("bob let in")
	}
	waitFor(t, "the client's address in the log", 5*time.Second, func() bool {
		return strings.Contains(ts.logs.String(), "addr=203.0.113.8:51001")
	}, ts.String)
	if err := connect("", ts.alice); err == nil {
		t.Error("a connection without a PROXY header let in")
	}
}

func TestHealthCheckNotLoggedAsRefused(t *testing.T) {
	ts := startServer(t, func(c *Config) { c.Logger.SetLevel(log.DebugLevel) })
	conn, err := net.Dial("tcp", ts.addr)
	if err != nil {
		t.Fatal(err)
	}
	// What a balancer's TCP check does: read the version line, hang up.
	line := make([]byte, 64)
	_ = conn.SetDeadline(time.Now().Add(10 * time.Second))
	n, err := conn.Read(line)
	if err != nil || !strings.HasPrefix(string(line[:n]), "SSH-2.0-isnad") {
		t.Fatalf("version line %q, %v", line[:n], err)
	}
	conn.Close()
	waitFor(t, "the hang-up in the log", 5*time.Second, func() bool {
		return strings.Contains(ts.logs.String(), "level=debug msg=refused")
	}, ts.String)
	if strings.Contains(ts.logs.String(), "level=warn msg=refused") {
		t.Errorf("a hang-up before authenticating is logged as a refusal:\n%s", ts)
	}
}

// TestSessionTerminalAndEnvironment: the colour profile and the bidi
// handshake follow the client's TERM and the variables it sends.
func TestSessionTerminalAndEnvironment(t *testing.T) {
	ts := startServer(t, nil)
	c, err := ts.dial(t, ts.alice)
	if err != nil {
		t.Fatal(err)
	}
	truecolor := regexp.MustCompile(`\x1b\[[0-9;]*38;2;`)
	anyColour := regexp.MustCompile(`\x1b\[[0-9;]*(3[0-7]|9[0-7]|38;[25];)[0-9;]*m`)
	for _, tc := range []struct {
		name, term string
		env        map[string]string
		check      func(out string) string // what is wrong, or ""
	}{
		{"truecolor", "xterm-256color", map[string]string{"COLORTERM": "truecolor"}, func(out string) string {
			if !truecolor.MatchString(out) {
				return "no 24-bit colour"
			}
			return ""
		}},
		{"256 colours", "xterm-256color", nil, func(out string) string {
			if truecolor.MatchString(out) {
				return "24-bit colour without COLORTERM"
			}
			if !anyColour.MatchString(out) {
				return "no colour"
			}
			return ""
		}},
		{"screen: 8 colours", "screen", nil, func(out string) string {
			if m := beyondEight(out); m != "" {
				return fmt.Sprintf("more than 8 colours: %q", m)
			}
			if !anyColour.MatchString(out) {
				return "no colour"
			}
			return ""
		}},
		{"NO_COLOR", "xterm-256color", map[string]string{"NO_COLOR": "1"}, func(out string) string {
			if m := anyColour.FindString(out); m != "" {
				return fmt.Sprintf("colour %q", m)
			}
			return ""
		}},
		{"tmux", "tmux-256color", nil, func(out string) string {
			if !strings.Contains(out, "\x1bPtmux;\x1b\x1b[8l\x1b\\") {
				return "no tmux passthrough of CSI 8 l"
			}
			return ""
		}},
		{"ISNAD_BIDI=terminal", "xterm-256color", map[string]string{"ISNAD_BIDI": "terminal"}, func(out string) string {
			if strings.Contains(out, "\x1b[8l") {
				return "CSI 8 l sent in terminal mode"
			}
			return ""
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			sess, err := c.NewSession()
			if err != nil {
				t.Fatal(err)
			}
			defer sess.Close()
			for k, v := range tc.env {
				if err := sess.Setenv(k, v); err != nil {
					t.Fatal(err)
				}
			}
			out := &syncBuffer{}
			sess.Stdout, sess.Stderr = out, out
			if err := sess.RequestPty(tc.term, 30, 100, gossh.TerminalModes{}); err != nil {
				t.Fatal(err)
			}
			if err := sess.Shell(); err != nil {
				t.Fatal(err)
			}
			waitFor(t, "the library", 20*time.Second, func() bool { return strings.Contains(out.String(), "5 articles") }, out.String)
			if wrong := tc.check(out.String()); wrong != "" {
				t.Errorf("TERM=%s %v: %s in %q", tc.term, tc.env, wrong, tail(out.String(), 400))
			}
		})
	}
}

// beyondEight is the first SGR sequence of out that asks for a colour
// beyond the basic 8 (bright 90–97 and 100–107, 38/48;5 and 38/48;2), or "".
func beyondEight(out string) string {
	for _, m := range regexp.MustCompile(`\x1b\[([0-9;:]*)m`).FindAllStringSubmatch(out, -1) {
		ps := strings.FieldsFunc(m[1], func(r rune) bool { return r == ';' || r == ':' })
		for i, p := range ps {
			n, _ := strconv.Atoi(p)
			if (n >= 90 && n <= 97) || (n >= 100 && n <= 107) {
				return m[0]
			}
			if (n == 38 || n == 48 || n == 58) && i+1 < len(ps) {
				return m[0]
			}
		}
	}
	return ""
}
