package tui

import (
	"errors"
	"io"
	"os"
	"os/signal"
	"syscall"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
)

// Handshake is what isnad tells the terminal about bidi on the way in and
// on the way out.
//
// Terminals that reorder right-to-left text by themselves (VTE: GNOME
// Terminal, Tilix…) would reverse isnad's already-visual rows. ECMA-48's BDSM
// reset, CSI 8 l, switches them to explicit mode row by row as rows are
// written, so it goes out before the first paint, and CSI 8 h on every way
// out. tmux swallows it, so inside tmux it is also sent wrapped for
// passthrough (effective with `allow-passthrough on`). mlterm ignores BDSM and
// has its own switch.
type Handshake struct {
	Enter, Leave string
}

// NewHandshake picks the sequences for the terminal described by getenv.
// In BidiTerminal mode the terminal does the work and nothing is sent.
func NewHandshake(mode BidiMode, getenv func(string) string) Handshake {
	if mode == BidiTerminal {
		return Handshake{}
	}
	h := Handshake{Enter: "\x1b[8l", Leave: "\x1b[8h"}
	if getenv("TMUX") != "" {
		h.Enter += "\x1bPtmux;\x1b\x1b[8l\x1b\\"
		h.Leave += "\x1bPtmux;\x1b\x1b[8h\x1b\\"
	}
	if getenv("MLTERM") != "" {
		h.Enter += "\x1b]5379;use_ctl=false\x07"
		h.Leave += "\x1b]5379;use_ctl=true\x07"
	}
	return h
}

// Run starts the explorer on lib and returns when the user quits. The
// terminal is restored — alternate screen left, bidi mode reset — on every
// way out: quit, error, panic, SIGINT, SIGTERM and SIGHUP.
func Run(lib Library, opts Options) error {
	hs := NewHandshake(opts.Bidi, os.Getenv)
	app, err := NewApp(lib, opts)
	if err != nil {
		return err
	}
	var progOpts []tea.ProgramOption
	if os.Getenv("NO_COLOR") != "" {
		// no-color.org: any non-empty value. Attributes (reverse, bold) stay,
		// so the screen remains readable.
		progOpts = append(progOpts, tea.WithColorProfile(colorprofile.Ascii))
	}
	return runProgram(app, hs, os.Stdout, progOpts...)
}

// runProgram runs m and writes hs.Leave to out however the program ends.
func runProgram(m tea.Model, hs Handshake, out io.Writer, opts ...tea.ProgramOption) (err error) {
	p := tea.NewProgram(m, append([]tea.ProgramOption{tea.WithOutput(out)}, opts...)...)

	// Bubble Tea handles SIGINT and SIGTERM; a hang-up would otherwise kill
	// the process without restoring anything.
	hup := make(chan os.Signal, 1)
	signal.Notify(hup, syscall.SIGHUP)
	done := make(chan struct{})
	defer func() {
		signal.Stop(hup)
		close(done)
	}()
	go func() {
		select {
		case <-hup:
			p.Quit()
		case <-done:
		}
	}()

	// Before the program starts, so before the alternate screen and the
	// first paint: a terminal in explicit mode applies it to rows as they
	// are written. (A tea.Raw from Init may reach the terminal after the
	// alternate screen switch.)
	if hs.Enter != "" {
		if _, err := io.WriteString(out, hs.Enter); err != nil {
			return err
		}
	}
	defer func() {
		// Runs on every way out, a panic included (Bubble Tea recovers
		// panics in Update and View and returns an error; anything else
		// re-panics after the terminal is reset).
		if hs.Leave != "" {
			_, _ = io.WriteString(out, hs.Leave)
		}
	}()
	_, err = p.Run()
	if errors.Is(err, tea.ErrInterrupted) {
		return nil
	}
	return err
}
