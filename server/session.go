package server

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"sync/atomic"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/log/v2"
	"charm.land/ssh"
	bm "charm.land/wish/v2/bubbletea"
	gossh "golang.org/x/crypto/ssh"

	"github.com/isnad/isnad/text"
	"github.com/isnad/isnad/tui"
	"github.com/isnad/isnad/tui/terminal"
)

// endReason says why a session ended.
type endReason int

const (
	endUser     endReason = iota // the analyst quit or went away
	endIdle                      // no input for IdleTimeout
	endShutdown                  // the server is stopping
	endError                     // the explorer could not start
)

func (r endReason) String() string {
	return [...]string{"quit", "idle", "shutdown", "error"}[r]
}

// session is one analyst's session: one explorer program on one terminal.
type session struct {
	ssh     ssh.Session
	analyst string
	log     *log.Logger
	started time.Time
	bidi    tui.BidiMode  // the session's choice (ISNAD_BIDI), else the server's
	term    terminal.Caps // the client's terminal, from its TERM and environment
	hs      tui.Handshake // for the client's terminal
	lib     tui.Library   // the shared library, with this session's Updates
	release func()        // lets go of lib
	notes   tui.Notes     // the shared note store, with this session's Changes; nil for none
	unnote  func()        // lets go of notes

	lastInput atomic.Int64 // unix nanoseconds

	// Guarded by Server.mu.
	prog   *tea.Program
	reason endReason
	idle   *time.Timer
}

// serveSession is the middleware in front of the program: it refuses what
// is not a terminal session, bounds the sessions, and after the program
// writes the handshake's reset and says why the session ended, if the
// analyst did not end it.
func (s *Server) serveSession(next ssh.Handler) ssh.Handler {
	return func(sess ssh.Session) {
		addr := sess.RemoteAddr().String()
		analyst, ok := s.keys.lookup(sess.PublicKey())
		if !ok {
			// Removed from the file between authentication and session.
			s.log.Warn("session refused", "addr", addr, "reason", "key no longer authorized")
			refuse(sess, "isnad: this key is not authorized")
			return
		}
		l := s.log.With("analyst", analyst, "addr", addr, "key", gossh.FingerprintSHA256(sess.PublicKey()))
		pty, _, hasPty := sess.Pty()
		if cmd := sess.RawCommand(); cmd != "" {
			l.Info("session refused", "reason", "command", "command", text.Sanitize(cmd))
			refuse(sess, "isnad: commands are not run here; connect without one, with ssh -t")
			return
		}
		if !hasPty {
			l.Info("session refused", "reason", "no terminal")
			refuse(sess, "isnad: the explorer needs a terminal; connect with ssh -t")
			return
		}
		ss, err := s.open(sess, analyst, pty.Term, l)
		if err != nil {
			l.Warn("session refused", "reason", err)
			refuse(sess, "isnad: "+err.Error())
			return
		}
		defer s.close(ss)
		l.Info("session opened", "term", text.Sanitize(pty.Term), "width", pty.Window.Width, "height", pty.Window.Height)

		next(sess) // the Bubble Tea middleware: runs the program built by s.program

		if ss.hs.Leave != "" {
			_, _ = io.WriteString(sess, ss.hs.Leave)
		}
		s.mu.Lock()
		reason := ss.reason
		s.mu.Unlock()
		switch reason {
		case endIdle:
			fmt.Fprintf(sess, "isnad: session closed after %v without input\n", s.cfg.IdleTimeout)
		case endShutdown:
			fmt.Fprintln(sess, "isnad: the server is shutting down; session closed")
		}
		l.Info("session closed", "reason", reason, "duration", time.Since(ss.started).Round(time.Second))
		if reason != endUser {
			_ = sess.Exit(1)
		}
	}
}

// refuse writes a one-line message on the session's stderr and ends it
// with status 1.
func refuse(sess ssh.Session, msg string) {
	fmt.Fprintln(sess.Stderr(), msg)
	_ = sess.Exit(1)
}

// open registers a session, within the limit.
func (s *Server) open(sess ssh.Session, analyst, term string, l *log.Logger) (*session, error) {
	getenv := terminalEnv(append(sess.Environ(), "TERM="+term))
	bidi := s.cfg.Options.Bidi
	switch getenv("ISNAD_BIDI") {
	case "app":
		bidi = tui.BidiApp
	case "terminal":
		bidi = tui.BidiTerminal
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closing {
		return nil, errors.New("the server is shutting down")
	}
	if len(s.sessions) >= s.cfg.MaxSessions {
		return nil, fmt.Errorf("the server is full (%d sessions); try again later", s.cfg.MaxSessions)
	}
	lib, release := s.lib.forSession()
	var notes tui.Notes
	unnote := func() {}
	if s.cfg.Notes != nil {
		notes, unnote = s.cfg.Notes()
	}
	// The client's tmux, if any, is not ours to ask: what it is comes from
	// the environment the client sent and the terminfo database here.
	caps := terminal.Detect(terminal.Env{Getenv: getenv, Terminfo: terminal.OS().Terminfo})
	ss := &session{
		ssh: sess, analyst: analyst, log: l, started: time.Now(),
		bidi: bidi, term: caps, hs: tui.NewHandshake(bidi, caps),
		lib: lib, release: release, notes: notes, unnote: unnote,
	}
	ss.touch()
	ss.idle = time.AfterFunc(s.cfg.IdleTimeout, func() { s.checkIdle(ss) })
	s.sessions[sess] = ss
	s.live.Add(1)
	return ss, nil
}

// close forgets a session that ended.
func (s *Server) close(ss *session) {
	s.mu.Lock()
	delete(s.sessions, ss.ssh)
	ss.idle.Stop()
	s.mu.Unlock()
	ss.release()
	ss.unnote()
	s.live.Done()
}

// end asks a session's program to quit, saying why.
func (s *Server) end(ss *session, r endReason) {
	s.mu.Lock()
	if ss.reason == endUser {
		ss.reason = r
	}
	p := ss.prog
	s.mu.Unlock()
	if p != nil {
		// Quit waits for the program's loop to take it, which may not
		// have started yet.
		go p.Quit()
	}
}

// checkIdle ends the session if no input came for IdleTimeout, else waits
// for the rest.
func (s *Server) checkIdle(ss *session) {
	left := s.cfg.IdleTimeout - time.Since(time.Unix(0, ss.lastInput.Load()))
	if left > 0 {
		s.mu.Lock()
		ss.idle.Reset(left)
		s.mu.Unlock()
		return
	}
	s.end(ss, endIdle)
}

func (ss *session) touch() { ss.lastInput.Store(time.Now().UnixNano()) }

// program builds the session's explorer, for wish's Bubble Tea middleware,
// and writes the handshake before the program starts, so before the
// alternate screen and the first paint (see tui.Handshake). A nil program
// ends the session.
func (s *Server) program(sess ssh.Session) *tea.Program {
	s.mu.Lock()
	ss := s.sessions[sess]
	s.mu.Unlock()
	if ss == nil {
		return nil
	}
	opts := s.cfg.Options
	opts.Bidi = ss.bidi
	opts.Analyst = ss.analyst
	opts.Kitty = opts.Kitty || ss.term.Kind == terminal.Kitty
	opts.Eight = ss.term.Eight
	if ss.notes != nil {
		opts.Notes = func() (tui.Notes, error) { return ss.notes, nil }
	}
	app, err := tui.NewApp(ss.lib, opts)
	if err != nil {
		ss.log.Error("explorer", "err", err)
		fmt.Fprintln(sess.Stderr(), "isnad: the explorer could not start")
		s.end(ss, endError)
		return nil
	}
	// MakeOptions gives the session's input and output, size, environment
	// (TERM included); the input is then wrapped to see activity. The server handles signals,
	// not each program.
	popts := append(bm.MakeOptions(sess),
		tea.WithInput(activityReader{sess, ss}),
		// The depth terminfo gives the client's TERM (screen: 8 colours),
		// as for a local run.
		tea.WithColorProfile(ss.term.Profile),
		tea.WithoutSignalHandler(),
	)
	p := tea.NewProgram(app, popts...)
	s.mu.Lock()
	if ss.reason != endUser {
		s.mu.Unlock()
		return nil
	}
	ss.prog = p
	s.mu.Unlock()
	if ss.hs.Enter != "" {
		_, _ = io.WriteString(sess, ss.hs.Enter)
	}
	return p
}

// activityReader is the session's input, noting when the analyst types.
type activityReader struct {
	r  io.Reader
	ss *session
}

func (a activityReader) Read(p []byte) (int, error) {
	n, err := a.r.Read(p)
	if n > 0 {
		a.ss.touch()
	}
	return n, err
}

// terminalEnv is the client's environment as the handshake reads it.
// Locally isnad looks at $TMUX and $MLTERM; an SSH client sends TERM, and
// other variables only as its SendEnv or SetEnv lists them, so TERM stands
// in for them: tmux and GNU screen set TERM=tmux-…/screen-…, mlterm users
// may set TERM=mlterm.
func terminalEnv(environ []string) func(string) string {
	vars := make(map[string]string, len(environ)+2)
	for _, kv := range environ {
		if k, v, ok := strings.Cut(kv, "="); ok {
			vars[k] = v
		}
	}
	term := vars["TERM"]
	if vars["TMUX"] == "" && (strings.HasPrefix(term, "tmux") || strings.HasPrefix(term, "screen")) {
		vars["TMUX"] = "TERM=" + term
	}
	if vars["MLTERM"] == "" && strings.HasPrefix(term, "mlterm") {
		vars["MLTERM"] = "TERM=" + term
	}
	return func(k string) string { return vars[k] }
}
