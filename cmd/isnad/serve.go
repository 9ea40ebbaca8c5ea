package main

import (
	"context"
	"log/slog"
	"net"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"
	"time"

	"charm.land/log/v2"
	"github.com/spf13/cobra"

	"github.com/isnad/isnad/server"
	"github.com/isnad/isnad/tui"
)

// shutdownTimeout bounds how long SIGTERM waits for sessions to close
// before closing their connections.
const shutdownTimeout = 10 * time.Second

// newServeCmd is `isnad serve`: the explorer over SSH.
func newServeCmd(io stdio) *cobra.Command {
	opts := tui.DefaultOptions()
	cfg := server.Config{
		MaxSessions: server.DefaultMaxSessions,
		IdleTimeout: server.DefaultIdleTimeout,
		AuthTimeout: server.DefaultAuthTimeout,
	}
	var listen, corpus, bidi, shape, logFormat string
	var store storeFlags
	var found findingsFlags
	cmd := &cobra.Command{
		Use:   "serve [DIR]",
		Short: "Serve the explorer over SSH to the analysts of an authorized-keys file",
		Long: `isnad serve lets a team read one corpus with nothing but ssh: each session
runs its own explorer on the analyst's terminal. Only the public keys listed in
the authorized-keys file get in (OpenSSH's format; the analyst's name is the
key's name="…" option, else its comment); the file is read again when it
changes. The host key is created on first start.

Every session reads and writes one note store (--store: an SQLite file, or a
postgres:// URL that several isnad serve may share), opened once; a session's
notes carry its analyst's name, and a note written in one session shows in
every other without a restart.

Logs go to standard error. SIGTERM or SIGINT closes every session, saying why,
and exits with status 0.`,
		Example: `  isnad serve --listen :2222 --authorized-keys /etc/isnad/authorized_keys \
      --host-key /var/lib/isnad/host_ed25519 --corpus /srv/articles
  ssh -t -p 2222 box                        # from an analyst's machine`,
		Args:              maxArgs(1, "corpus folder"),
		ValidArgsFunction: completeDirs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := layoutFlags(bidi, shape, &opts); err != nil {
				return err
			}
			var format log.Formatter
			switch logFormat {
			case "text":
				format = log.TextFormatter
			case "logfmt":
				format = log.LogfmtFormatter
			case "json":
				format = log.JSONFormatter
			default:
				return usageErrorf("--log-format=%s: want text, logfmt or json", logFormat)
			}
			if cfg.MaxSessions < 1 {
				return usageErrorf("--max-sessions=%d: want 1 or more", cfg.MaxSessions)
			}
			if cfg.IdleTimeout <= 0 || cfg.AuthTimeout <= 0 {
				return usageErrorf("timeouts must be positive")
			}
			if err := found.check(); err != nil {
				return err
			}
			dir, err := corpusArg(corpus, args)
			if err != nil {
				return err
			}
			lib, err := openCorpus(dir, corpusOptions{pass: true}, io)
			if err != nil {
				return err
			}
			defer lib.Close()

			// One search index for every session, opened when one first
			// searches; reports only to a folder given.
			idx := found.wire(&opts, lib, dir, found.reportDir != "")
			defer idx.Close()
			cfg.Library = lib
			cfg.Options = opts
			cfg.Logger = log.NewWithOptions(io.err, log.Options{
				ReportTimestamp: true, TimeFormat: time.RFC3339, Formatter: format, Prefix: "isnad serve",
			})
			// The libraries underneath log too (wish to charm's default
			// logger, the ssh package to slog's): one format for all.
			log.SetDefault(cfg.Logger)
			slog.SetDefault(slog.New(cfg.Logger))

			// One note store for every session, closed after them.
			live, err := openLive(cmd.Context(), &store, lib)
			if err != nil {
				return err
			}
			defer func() {
				if err := live.Close(); err != nil {
					cfg.Logger.Warn("note store closed", "store", live.Name(), "err", err)
					return
				}
				cfg.Logger.Info("note store closed", "store", live.Name())
			}()
			cfg.Logger.Info("note store", "store", live.Name(), "notes", live.Current().Len())
			cfg.Notes = func() (tui.Notes, func()) {
				sub := live.Subscribe()
				return sub, sub.Close
			}
			srv, err := server.New(cfg)
			if err != nil {
				return inputError(err)
			}
			ln, err := net.Listen("tcp", listen)
			if err != nil {
				return inputError(err)
			}
			return serve(cmd.Context(), srv, ln, cfg.Logger)
		},
	}
	f := cmd.Flags()
	f.StringVar(&listen, "listen", ":2222", "listen on ADDR (host:port; port 0 picks a free one, logged)")
	f.StringVar(&corpus, "corpus", "", "serve the articles in DIR instead of the embedded corpus")
	f.StringVar(&cfg.AuthorizedKeys, "authorized-keys", configFile("authorized_keys"), "the public keys let in, one a line (OpenSSH's format)")
	f.StringVar(&cfg.HostKey, "host-key", configFile("ssh_host_ed25519_key"), "the server's private key FILE, created (0600) when missing")
	f.BoolVar(&cfg.ProxyProtocol, "proxy-protocol", false, "behind a TCP load balancer: every connection starts with a PROXY protocol header")
	f.IntVar(&cfg.MaxSessions, "max-sessions", cfg.MaxSessions, "sessions at once")
	f.DurationVar(&cfg.IdleTimeout, "idle-timeout", cfg.IdleTimeout, "close a session after this long without input")
	f.DurationVar(&cfg.AuthTimeout, "auth-timeout", cfg.AuthTimeout, "drop a connection not authenticated within this time")
	f.StringVar(&logFormat, "log-format", "text", "log as text, logfmt or json")
	store.registerStore(cmd, f)
	f.StringVar(&bidi, "bidi", "app", "who reorders right-to-left text, unless a session sets ISNAD_BIDI: app or terminal")
	f.StringVar(&shape, "shape", "on", "join Arabic letters into presentation forms: on or off")
	f.IntVar(&opts.MaxWidth, "max-width", opts.MaxWidth, "cap running text at N columns on wide terminals (0: no cap)")
	found.register(cmd, "write the reports (e) of every session to DIR on the server (default: none)")
	_ = cmd.RegisterFlagCompletionFunc("bidi", cobra.FixedCompletions([]string{"app", "terminal"}, cobra.ShellCompDirectiveNoFileComp))
	_ = cmd.RegisterFlagCompletionFunc("shape", cobra.FixedCompletions([]string{"on", "off"}, cobra.ShellCompDirectiveNoFileComp))
	_ = cmd.RegisterFlagCompletionFunc("log-format", cobra.FixedCompletions([]string{"text", "logfmt", "json"}, cobra.ShellCompDirectiveNoFileComp))
	_ = cmd.MarkFlagDirname("corpus")
	return cmd
}

// serve runs srv on ln until SIGTERM or SIGINT, then shuts it down.
func serve(ctx context.Context, srv *server.Server, ln net.Listener, logger *log.Logger) error {
	ctx, stop := signal.NotifyContext(ctx, os.Interrupt, syscall.SIGTERM)
	defer stop()
	served := make(chan error, 1)
	go func() { served <- srv.Serve(ln) }()
	select {
	case err := <-served:
		return inputError(err)
	case <-ctx.Done():
	}
	stop() // a second signal kills, as usual
	sctx, cancel := context.WithTimeout(context.Background(), shutdownTimeout)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		logger.Warn("connections closed", "err", err)
	}
	if err := <-served; err != nil {
		return inputError(err)
	}
	return nil
}

// configFile is FILE in isnad's configuration folder
// ($XDG_CONFIG_HOME/isnad, else ~/.config/isnad).
func configFile(name string) string {
	if d, err := os.UserConfigDir(); err == nil {
		return filepath.Join(d, "isnad", name)
	}
	return name
}
