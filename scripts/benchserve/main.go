// Command benchserve loads `isnad serve` on loopback: N SSH sessions open
// the first article of the corpus (the longest of the embedded one) and
// scroll through it at once, a line down then back up, each key sent once
// the previous one's screen has arrived. It reports the server's CPU and
// memory per session (read from /proc, so Linux only), the bytes sent per
// scroll, and the response times: the longest is the longest stall any
// session saw while the others scrolled.
//
// Run it through scripts/bench-serve.sh, which builds isnad first. It is
// bounded: -sessions, -scrolls per session, and -timeout for the whole run.
package main

import (
	"bufio"
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	gossh "golang.org/x/crypto/ssh"
)

func main() {
	bin := flag.String("isnad", "", "the isnad binary (required)")
	sessions := flag.Int("sessions", 20, "concurrent sessions")
	scrolls := flag.Int("scrolls", 200, "scrolls per session: half down, half back up")
	pause := flag.Duration("pause", 30*time.Millisecond, "pause between a scroll's screen and the next key")
	width := flag.Int("width", 120, "terminal width")
	height := flag.Int("height", 40, "terminal height")
	timeout := flag.Duration("timeout", 3*time.Minute, "bound on the whole run")
	corpus := flag.String("corpus", "", "serve this folder instead of the embedded corpus")
	flag.Parse()
	if *bin == "" || *sessions < 1 || *scrolls < 2 {
		flag.Usage()
		os.Exit(2)
	}
	b := &bench{sessions: *sessions, scrolls: *scrolls, pause: *pause, w: *width, h: *height}
	ctx, cancel := context.WithTimeout(context.Background(), *timeout)
	defer cancel()
	if err := b.run(ctx, *bin, *corpus); err != nil {
		fmt.Fprintln(os.Stderr, "benchserve:", err)
		os.Exit(1)
	}
}

type bench struct {
	sessions, scrolls, w, h int
	pause                   time.Duration

	addr   string
	signer gossh.Signer
	srv    *exec.Cmd
}

func (b *bench) run(ctx context.Context, bin, corpus string) error {
	dir, err := os.MkdirTemp("", "benchserve")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	if err := b.start(ctx, bin, dir, corpus); err != nil {
		return err
	}
	defer b.srv.Process.Kill()
	pid := b.srv.Process.Pid
	time.Sleep(time.Second) // the library's background pass (milliseconds on the embedded corpus)

	rss0, _ := procStatus(pid, "VmRSS")
	cpu0 := procCPU(pid)
	clients := make([]*client, b.sessions)
	errs := make(chan error, b.sessions)
	for i := range clients {
		go func() {
			c, err := b.open(ctx)
			clients[i] = c
			errs <- err
		}()
	}
	for range clients {
		if err := <-errs; err != nil {
			return fmt.Errorf("opening the sessions: %w", err)
		}
	}
	rss1, _ := procStatus(pid, "VmRSS")
	cpu1 := procCPU(pid)

	// All scroll at once.
	var wg sync.WaitGroup
	start := time.Now()
	for _, c := range clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			errs <- c.scroll(ctx, b.scrolls, b.pause)
		}()
	}
	wg.Wait()
	elapsed := time.Since(start)
	cpu2 := procCPU(pid)
	for range clients {
		if err := <-errs; err != nil {
			return fmt.Errorf("scrolling: %w", err)
		}
	}
	hwm, _ := procStatus(pid, "VmHWM")

	b.report(clients, elapsed, rss0, rss1, hwm, cpu1-cpu0, cpu2-cpu1)

	for _, c := range clients {
		_, _ = c.in.Write([]byte("q"))
	}
	if err := b.srv.Process.Signal(syscall.SIGTERM); err != nil {
		return err
	}
	if err := b.srv.Wait(); err != nil {
		return fmt.Errorf("isnad serve after SIGTERM: %w", err)
	}
	fmt.Println("isnad serve: SIGTERM, exit status 0")
	return nil
}

// start writes a key and an authorized-keys file and starts the server on
// a free loopback port, read from its log.
func (b *bench) start(ctx context.Context, bin, dir, corpus string) error {
	_, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		return err
	}
	if b.signer, err = gossh.NewSignerFromKey(priv); err != nil {
		return err
	}
	ak := filepath.Join(dir, "authorized_keys")
	line := strings.TrimSpace(string(gossh.MarshalAuthorizedKey(b.signer.PublicKey()))) + " bench\n"
	if err := os.WriteFile(ak, []byte(line), 0o600); err != nil {
		return err
	}
	args := []string{"serve", "--listen", "127.0.0.1:0", "--authorized-keys", ak,
		"--host-key", filepath.Join(dir, "host_key"), "--log-format", "logfmt",
		"--max-sessions", strconv.Itoa(b.sessions)}
	if corpus != "" {
		args = append(args, "--corpus", corpus)
	}
	b.srv = exec.CommandContext(ctx, bin, args...)
	logs, err := b.srv.StderrPipe()
	if err != nil {
		return err
	}
	if err := b.srv.Start(); err != nil {
		return err
	}
	addr := make(chan string, 1)
	go func() {
		re := regexp.MustCompile(`msg=listening addr=(\S+)`)
		sc := bufio.NewScanner(logs)
		for sc.Scan() {
			if m := re.FindStringSubmatch(sc.Text()); m != nil {
				addr <- m[1]
			}
		}
	}()
	select {
	case b.addr = <-addr:
		return nil
	case <-time.After(30 * time.Second):
		return errors.New("isnad serve did not log its address within 30s")
	}
}

// client is one session and what it measured.
type client struct {
	sess   *gossh.Session
	in     io.Writer
	wire   *countingConn
	notify chan struct{} // a value when output came (coalesced)

	mu      sync.Mutex
	out     []byte
	firstAt time.Time // the first byte since the mark
	lastAt  time.Time // the last byte

	payload, wireBytes []int           // per scroll
	first, complete    []time.Duration // per scroll: first byte, last byte
}

// Write receives the session's output.
func (c *client) Write(p []byte) (int, error) {
	now := time.Now()
	c.mu.Lock()
	c.out = append(c.out, p...)
	if c.firstAt.IsZero() {
		c.firstAt = now
	}
	c.lastAt = now
	c.mu.Unlock()
	select {
	case c.notify <- struct{}{}:
	default:
	}
	return len(p), nil
}

// mark starts a measure: the output so far, and the wire bytes.
func (c *client) mark() (out int, wire int64) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.firstAt = time.Time{}
	return len(c.out), c.wire.read.Load()
}

// open connects, starts the explorer and opens the first article.
func (b *bench) open(ctx context.Context) (*client, error) {
	raw, err := (&net.Dialer{}).DialContext(ctx, "tcp", b.addr)
	if err != nil {
		return nil, err
	}
	conn := &countingConn{Conn: raw}
	cc, chans, reqs, err := gossh.NewClientConn(conn, b.addr, &gossh.ClientConfig{
		User: "bench", Auth: []gossh.AuthMethod{gossh.PublicKeys(b.signer)},
		HostKeyCallback: gossh.InsecureIgnoreHostKey(), // loopback, a key made for this run
	})
	if err != nil {
		return nil, err
	}
	sess, err := gossh.NewClient(cc, chans, reqs).NewSession()
	if err != nil {
		return nil, err
	}
	c := &client{sess: sess, wire: conn, notify: make(chan struct{}, 1)}
	sess.Stdout, sess.Stderr = c, c
	if c.in, err = sess.StdinPipe(); err != nil {
		return nil, err
	}
	if err := sess.RequestPty("xterm-256color", b.h, b.w, gossh.TerminalModes{}); err != nil {
		return nil, err
	}
	if err := sess.Shell(); err != nil {
		return nil, err
	}
	if err := c.waitFor(ctx, 0, "isnad · "); err != nil {
		return nil, err
	}
	from, _ := c.mark()
	if _, err := c.in.Write([]byte("\r")); err != nil {
		return nil, err
	}
	// The reader's status bar gives the position in percent.
	return c, c.waitFor(ctx, from, "%")
}

// waitFor waits until the output from byte from on holds s.
func (c *client) waitFor(ctx context.Context, from int, s string) error {
	for {
		c.mu.Lock()
		ok := strings.Contains(string(c.out[from:]), s)
		c.mu.Unlock()
		if ok {
			return nil
		}
		select {
		case <-c.notify:
		case <-ctx.Done():
			return fmt.Errorf("waiting for %q: %w; output ends %q", s, ctx.Err(), tailOf(c))
		}
	}
}

// quiet is how long no byte must come for a scroll's screen to be complete
// (Bubble Tea paints at most 60 times a second: a frame is one write).
const quiet = 20 * time.Millisecond

// scroll sends n keys, half j then half k, each once the previous screen
// is complete, and records per key the time to the first byte and to the
// last, and the bytes.
func (c *client) scroll(ctx context.Context, n int, pause time.Duration) error {
	for i := range n {
		key := "j"
		if i >= n/2 {
			key = "k"
		}
		select { // nothing pending from before
		case <-c.notify:
		default:
		}
		out0, wire0 := c.mark()
		sent := time.Now()
		if _, err := io.WriteString(c.in, key); err != nil {
			return err
		}
		select {
		case <-c.notify:
		case <-time.After(5 * time.Second):
			return fmt.Errorf("no screen 5s after scroll %d", i)
		case <-ctx.Done():
			return ctx.Err()
		}
		for quietDone := false; !quietDone; {
			select {
			case <-c.notify:
			case <-time.After(quiet):
				quietDone = true
			}
		}
		c.mu.Lock()
		c.payload = append(c.payload, len(c.out)-out0)
		c.first = append(c.first, c.firstAt.Sub(sent))
		c.complete = append(c.complete, c.lastAt.Sub(sent))
		c.mu.Unlock()
		c.wireBytes = append(c.wireBytes, int(c.wire.read.Load()-wire0))
		time.Sleep(pause)
	}
	return nil
}

// countingConn counts the bytes read from the wire (encrypted SSH).
type countingConn struct {
	net.Conn
	read atomic.Int64
}

func (c *countingConn) Read(p []byte) (int, error) {
	n, err := c.Conn.Read(p)
	c.read.Add(int64(n))
	return n, err
}

func (b *bench) report(clients []*client, elapsed time.Duration, rss0, rss1, hwm int, cpuOpen, cpuScroll time.Duration) {
	var payload, wire []int
	var first, complete []time.Duration
	for _, c := range clients {
		payload = append(payload, c.payload...)
		wire = append(wire, c.wireBytes...)
		first = append(first, c.first...)
		complete = append(complete, c.complete...)
	}
	n := len(complete)
	fmt.Printf("isnad serve on loopback: %d sessions at %dx%d, %d scrolls each (%d in all) in %v\n",
		b.sessions, b.w, b.h, b.scrolls, n, elapsed.Round(time.Millisecond))
	fmt.Printf("server CPU: opening %v (%v a session); scrolling %v = %.1f%% of one core per session, %.2f ms a scroll\n",
		cpuOpen, cpuOpen/time.Duration(b.sessions), cpuScroll,
		100*cpuScroll.Seconds()/elapsed.Seconds()/float64(b.sessions), 1000*cpuScroll.Seconds()/float64(n))
	fmt.Printf("server memory: RSS %.1f MB before, %.1f MB with %d sessions open (%.2f MB a session), peak %.1f MB\n",
		mb(rss0), mb(rss1), b.sessions, mb(rss1-rss0)/float64(b.sessions), mb(hwm))
	fmt.Printf("bytes a scroll: screen %d median, %.0f mean; on the wire (SSH, encrypted) %d median, %.0f mean\n",
		median(payload), mean(payload), median(wire), mean(wire))
	fmt.Printf("response (key → first byte): median %v, p99 %v, max %v\n",
		pct(first, 50), pct(first, 99), pct(first, 100))
	goal := "met"
	if pct(complete, 100) > 100*time.Millisecond {
		goal = "NOT met"
	}
	fmt.Printf("response (key → screen complete): median %v, p99 %v; longest stall %v (goal ≤ 100ms: %s)\n",
		pct(complete, 50), pct(complete, 99), pct(complete, 100), goal)
	var ru syscall.Rusage
	_ = syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	fmt.Printf("this load generator, same machine: CPU %v\n",
		(time.Duration(ru.Utime.Nano()) + time.Duration(ru.Stime.Nano())).Round(time.Millisecond))
}

func mb(kb int) float64 { return float64(kb) / 1024 }

func median(v []int) int {
	if len(v) == 0 {
		return 0
	}
	s := slices.Sorted(slices.Values(v))
	return s[len(s)/2]
}

func mean(v []int) float64 {
	if len(v) == 0 {
		return 0
	}
	t := 0
	for _, x := range v {
		t += x
	}
	return float64(t) / float64(len(v))
}

// pct is the p-th percentile (100: the maximum).
func pct(v []time.Duration, p int) time.Duration {
	if len(v) == 0 {
		return 0
	}
	s := slices.Sorted(slices.Values(v))
	i := (len(s) - 1) * p / 100
	return s[i].Round(100 * time.Microsecond)
}

// procCPU is the user and system time of a process (Linux /proc, ticks
// of 1/100 s).
func procCPU(pid int) time.Duration {
	raw, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return 0
	}
	// Fields after the command name, which is in parentheses.
	f := strings.Fields(string(raw[strings.LastIndexByte(string(raw), ')')+2:]))
	if len(f) < 13 {
		return 0
	}
	ut, _ := strconv.Atoi(f[11])
	st, _ := strconv.Atoi(f[12])
	return time.Duration(ut+st) * 10 * time.Millisecond
}

// procStatus reads a kB field of /proc/PID/status.
func procStatus(pid int, field string) (int, error) {
	raw, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0, err
	}
	for _, l := range strings.Split(string(raw), "\n") {
		if v, ok := strings.CutPrefix(l, field+":"); ok {
			return strconv.Atoi(strings.TrimSuffix(strings.TrimSpace(v), " kB"))
		}
	}
	return 0, fmt.Errorf("no %s", field)
}

func tailOf(c *client) string {
	c.mu.Lock()
	defer c.mu.Unlock()
	return string(c.out[max(0, len(c.out)-300):])
}
