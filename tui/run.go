package tui

import (
	"errors"
	"io"
	"os"
	"os/signal"
	"syscall"

	tea "charm.land/bubbletea/v2"

	"github.com/isnad/isnad/model"
	"github.com/isnad/isnad/tui/terminal"
)

// Handshake is what isnad tells the terminal about bidi on the way in and
// on the way out: see terminal.Caps.Handshake.
type Handshake struct {
	Enter, Leave string
	// Redraw, when not nil, is called after Enter and after Leave are
	// written (see terminal.Caps.Redraw).
	Redraw func()
}

// NewHandshake picks the sequences for the terminal term. In BidiTerminal
// mode the terminal does the work and nothing is sent.
func NewHandshake(mode BidiMode, term terminal.Caps) Handshake {
	if mode == BidiTerminal {
		return Handshake{}
	}
	enter, leave := term.Handshake()
	return Handshake{Enter: enter, Leave: leave, Redraw: term.Redraw}
}

// termProblems adds what is wrong with the terminal to the library's
// problems, so the status bar counts them and the problems screen shows
// them with their fix.
type termProblems struct {
	Library
	extra []model.Problem
}

func (l termProblems) Problems() []model.Problem {
	p := l.Library.Problems()
	return append(p[:len(p):len(p)], l.extra...)
}

// Run starts the explorer on lib and returns when the user quits. The
// terminal is restored — alternate screen left, bidi mode reset — on every
// way out: quit, error, panic, SIGINT, SIGTERM and SIGHUP.
func Run(lib Library, opts Options) error {
	term := terminal.Detect(terminal.OS())
	opts.Kitty = opts.Kitty || term.Kind == terminal.Kitty
	opts.Eight = term.Eight
	if len(term.Problems) > 0 {
		tp := termProblems{Library: lib}
		for _, p := range term.Problems {
			tp.extra = append(tp.extra, model.Problem{Path: "terminal", Kind: "terminal", Detail: p})
		}
		lib = tp
	}
	app, err := NewApp(lib, opts)
	if err != nil {
		return err
	}
	// Colours as terminfo says (TERM=screen: 8), none with NO_COLOR
	// (attributes stay, so the screen remains readable).
	return runProgram(app, NewHandshake(opts.Bidi, term), os.Stdout, tea.WithColorProfile(term.Profile))
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
		if hs.Redraw != nil {
			hs.Redraw()
		}
	}
	defer func() {
		// Runs on every way out, a panic included (Bubble Tea recovers
		// panics in Update and View and returns an error; anything else
		// re-panics after the terminal is reset).
		if hs.Leave != "" {
			_, _ = io.WriteString(out, hs.Leave)
			if hs.Redraw != nil {
				hs.Redraw()
			}
		}
	}()
	_, err = p.Run()
	if errors.Is(err, tea.ErrInterrupted) {
		return nil
	}
	return err
}
