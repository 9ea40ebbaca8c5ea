// Package server serves the explorer over SSH (isnad serve): a team reaches
// one corpus with nothing but `ssh -p 2222 box`, each analyst known by their
// key.
//
// Flow of a connection: it is counted and bounded (accept), then
// authenticated by public key only — the keys and the analysts' names come
// from an authorized-keys file read again when it changes (keys.go); no
// password, no keyboard-interactive, and a connection that has not
// authenticated within AuthTimeout is dropped. Refused connections are
// logged with their address and the fingerprints of the keys they offered.
// Only session channels are served, and within them no agent or X11
// forwarding and no subsystem such as SFTP (channel.go). A session must ask
// for a terminal and no command; it then runs its own Bubble Tea program of
// the explorer through wish's Bubble Tea middleware, on the session's size,
// TERM, environment and colour profile, with the bidi handshake before it and
// its reset after (session.go). Every session reads the same library, loaded
// once (library.go), and the same note store, opened once: its notes carry
// the session's analyst, and a note written in one session shows in the
// others at once (Config.Notes). Shutdown tells each session, closes it, and returns
// when they are gone.
package server

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"sync"
	"time"

	"charm.land/log/v2"
	"charm.land/ssh"
	"charm.land/wish/v2"
	bm "charm.land/wish/v2/bubbletea"
	"github.com/pires/go-proxyproto"
	gossh "golang.org/x/crypto/ssh"

	"github.com/isnad/isnad/text"
	"github.com/isnad/isnad/tui"
)

// Config is what a server needs. Library, AuthorizedKeys and HostKey are
// required; zero limits take the defaults.
type Config struct {
	// Library is the corpus every session reads. It is the caller's to
	// close, after Shutdown.
	Library tui.Library
	// Options are the explorer's options for every session; the session
	// adds its analyst and may choose its bidi mode (ISNAD_BIDI). Their
	// Search and Export are shared by every session: one search index for
	// all, opened once (cmd/isnad opens it when a session first searches).
	Options tui.Options
	// Notes subscribes a session to the note store every session shares
	// (data/notes.Live): the session's view of it, and what to call when
	// the session ends. Nil: no notes. The store is the caller's to close,
	// after Shutdown.
	Notes func() (tui.Notes, func())
	// AuthorizedKeys is the file of the keys let in (see authorizedKeys).
	AuthorizedKeys string
	// HostKey is the server's private key file, created when missing.
	HostKey string

	// ProxyProtocol: every connection comes through a TCP load balancer
	// that opens it with a PROXY protocol header (v1 or v2), which gives
	// the client's address for the log; a connection without one is
	// dropped.
	ProxyProtocol bool

	MaxSessions int           // sessions at once (default 32)
	IdleTimeout time.Duration // a session without input is closed (default 30 min)
	AuthTimeout time.Duration // a connection must authenticate within (default 30 s)

	Logger *log.Logger // default log.Default()
}

// Defaults for the zero values of Config.
const (
	DefaultMaxSessions = 32
	DefaultIdleTimeout = 30 * time.Minute
	DefaultAuthTimeout = 30 * time.Second
)

// Server is an SSH server of the explorer.
type Server struct {
	cfg  Config
	log  *log.Logger
	keys *authorizedKeys
	lib  *sharedLibrary
	ssh  *ssh.Server

	mu       sync.Mutex
	closing  bool
	sessions map[ssh.Session]*session
	conns    map[string]*connRecord // by remote address, until closed
	live     sync.WaitGroup         // session handlers running
}

// connRecord is what is known of a connection while it authenticates, for
// the log line if it is refused.
type connRecord struct {
	user    string
	keys    []string // fingerprints of the keys refused
	methods []string // methods tried and failed, "none" aside
}

// New checks the configuration, reads the authorized keys and the host key
// (creating it on first start) and returns a server ready to Serve.
func New(cfg Config) (*Server, error) {
	if cfg.Library == nil {
		return nil, errors.New("server: no library")
	}
	if cfg.AuthorizedKeys == "" {
		return nil, errors.New("server: no authorized-keys file")
	}
	if cfg.HostKey == "" {
		return nil, errors.New("server: no host key file")
	}
	if cfg.MaxSessions <= 0 {
		cfg.MaxSessions = DefaultMaxSessions
	}
	if cfg.IdleTimeout <= 0 {
		cfg.IdleTimeout = DefaultIdleTimeout
	}
	if cfg.AuthTimeout <= 0 {
		cfg.AuthTimeout = DefaultAuthTimeout
	}
	if cfg.Logger == nil {
		cfg.Logger = log.Default()
	}
	s := &Server{
		cfg:      cfg,
		log:      cfg.Logger,
		sessions: map[ssh.Session]*session{},
		conns:    map[string]*connRecord{},
	}
	var err error
	if s.keys, err = loadAuthorizedKeys(cfg.AuthorizedKeys, s.log); err != nil {
		return nil, err
	}
	signer, created, err := hostKey(cfg.HostKey)
	if err != nil {
		return nil, err
	}
	if created {
		s.log.Info("host key created", "file", cfg.HostKey)
	}
	s.log.Info("host key", "fingerprint", gossh.FingerprintSHA256(signer.PublicKey()))

	s.ssh, err = wish.NewServer(
		// Given as an option: a server without one gets a key wish writes
		// to ./id_ed25519.
		func(srv *ssh.Server) error { srv.AddHostKey(signer); return nil },
		wish.WithVersion("isnad"),
		wish.WithPublicKeyAuth(s.publicKey),
		// Last listed runs first: the session checks, then the program.
		wish.WithMiddleware(bm.MiddlewareWithProgramHandler(s.program), s.serveSession),
	)
	if err != nil {
		return nil, err
	}
	s.ssh.HandshakeTimeout = cfg.AuthTimeout
	// A backstop for connections holding no session (ssh -N): sessions
	// close themselves on idle input a minute earlier, with a message.
	s.ssh.IdleTimeout = cfg.IdleTimeout + time.Minute
	s.ssh.ConnCallback = s.accept
	s.ssh.ServerConfigCallback = s.sshConfig
	s.ssh.ConnectionFailedCallback = s.refused
	s.ssh.ConnectionCloseCallback = s.closed
	s.ssh.ChannelHandlers = map[string]ssh.ChannelHandler{"session": sessionChannel}
	s.lib = newSharedLibrary(cfg.Library)
	return s, nil
}

// Serve accepts connections on l until Shutdown, when it returns nil.
func (s *Server) Serve(l net.Listener) error {
	s.mu.Lock()
	closing := s.closing
	s.mu.Unlock()
	if closing { // Shutdown came first
		return l.Close()
	}
	s.log.Info("listening", "addr", l.Addr().String(), "max-sessions", s.cfg.MaxSessions,
		"idle-timeout", s.cfg.IdleTimeout, "auth-timeout", s.cfg.AuthTimeout, "proxy-protocol", s.cfg.ProxyProtocol)
	if s.cfg.ProxyProtocol {
		// Required on every connection (the package's default policy).
		l = &proxyproto.Listener{Listener: l, ReadHeaderTimeout: s.cfg.AuthTimeout}
	}
	err := s.ssh.Serve(l)
	if errors.Is(err, ssh.ErrServerClosed) {
		return nil
	}
	return err
}

// shutdownGrace is how long clients get to close their connections once
// their sessions have ended, before the server closes them.
const shutdownGrace = 2 * time.Second

// Shutdown stops accepting connections, tells every session the server is
// going and closes it, and waits for the sessions to end (until ctx is
// done); connections still open after a short grace are closed.
func (s *Server) Shutdown(ctx context.Context) error {
	s.mu.Lock()
	s.closing = true
	live := make([]*session, 0, len(s.sessions))
	for _, ss := range s.sessions {
		live = append(live, ss)
	}
	s.mu.Unlock()
	s.log.Info("shutting down", "sessions", len(live))

	gone := make(chan error, 1)
	graceCtx, cancel := context.WithCancel(context.WithoutCancel(ctx))
	defer cancel()
	go func() { gone <- s.ssh.Shutdown(graceCtx) }() // closes the listeners now
	for _, ss := range live {
		s.end(ss, endShutdown)
	}
	ended := make(chan struct{})
	go func() {
		s.live.Wait()
		close(ended)
	}()
	var err error
	select {
	case <-ended:
	case <-ctx.Done():
		err = fmt.Errorf("sessions still open: %w", ctx.Err())
	}
	select {
	case <-gone:
	case <-time.After(shutdownGrace):
		cancel()
		<-gone
	case <-ctx.Done():
		cancel()
		<-gone
	}
	_ = s.ssh.Close() // whatever connection is left
	s.log.Info("shut down")
	return err
}

// accept bounds the connections, authenticated or not, to twice the
// sessions: enough for every session plus as many connecting.
func (s *Server) accept(_ ssh.Context, conn net.Conn) net.Conn {
	addr := conn.RemoteAddr().String()
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closing {
		return nil
	}
	if len(s.conns) >= 2*s.cfg.MaxSessions {
		s.log.Warn("refused", "addr", addr, "reason", "too many connections")
		return nil
	}
	s.conns[addr] = &connRecord{}
	return conn
}

// sshConfig records each failed authentication attempt of a connection.
func (s *Server) sshConfig(ssh.Context) *gossh.ServerConfig {
	return &gossh.ServerConfig{
		AuthLogCallback: func(cm gossh.ConnMetadata, method string, err error) {
			if err == nil {
				return
			}
			s.record(cm.RemoteAddr().String(), func(r *connRecord) {
				r.user = cm.User()
				if method != "publickey" { // recorded with the key
					r.methods = append(r.methods, method)
				}
			})
		},
	}
}

// publicKey lets in the keys of the authorized-keys file.
func (s *Server) publicKey(ctx ssh.Context, key ssh.PublicKey) bool {
	if _, ok := s.keys.lookup(key); ok {
		return true
	}
	s.record(ctx.RemoteAddr().String(), func(r *connRecord) {
		r.user = ctx.User()
		r.keys = append(r.keys, gossh.FingerprintSHA256(key))
		r.methods = append(r.methods, "publickey")
	})
	return false
}

func (s *Server) record(addr string, fn func(*connRecord)) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if r := s.conns[addr]; r != nil {
		fn(r)
	}
}

// refused logs a connection that never authenticated.
func (s *Server) refused(conn net.Conn, err error) {
	addr := conn.RemoteAddr().String()
	s.mu.Lock()
	r := s.conns[addr]
	s.mu.Unlock()
	if r == nil {
		r = &connRecord{}
	}
	reason := err.Error()
	var ne net.Error
	var auth *gossh.ServerAuthError
	switch {
	case errors.As(err, &ne) && ne.Timeout():
		reason = fmt.Sprintf("not authenticated within %v", s.cfg.AuthTimeout)
	case errors.As(err, &auth):
		reason = "authentication failed"
	}
	level := log.WarnLevel
	if len(r.methods) == 0 && errors.Is(err, io.EOF) {
		// Gone before trying to authenticate: a balancer's health check,
		// a port scan. Not a refused attempt.
		level = log.DebugLevel
	}
	s.log.Log(level, "refused", "addr", addr, "user", text.Sanitize(r.user), "keys", r.keys,
		"methods", r.methods, "reason", reason)
}

func (s *Server) closed(conn net.Conn) {
	s.mu.Lock()
	delete(s.conns, conn.RemoteAddr().String())
	s.mu.Unlock()
}
