// Command isnad reads a corpus of articles — many in Arabic — in the terminal:
// page through them, follow each claim to its source and back, and compare how
// the sources frame the story.
//
// This file only wires the command tree: the root command is the full-screen
// explorer (explore.go, the tui package), and each subcommand lives in its own
// file (cat.go, list.go, …) as a new…Cmd constructor. Flags are parsed by
// cobra (interspersed with arguments, `-h`/`--help` everywhere) under
// charm.land/fang, which adds `--version`, shell completions and man pages.
//
// Exit status, the same in every command:
//
//	0  everything asked for was done
//	1  some input failed (an unreadable file, a store that cannot be written)
//	2  usage: a bad flag or argument, or nothing to open
package main

import (
	"context"
	"errors"
	"fmt"
	goio "io"
	"os"
	"runtime/debug"
	"strings"

	"charm.land/fang/v2"
	"github.com/charmbracelet/x/term"
	"github.com/spf13/cobra"

	"github.com/isnad/isnad/text"
)

// version is set at build time (-ldflags "-X main.version=v1.2.3"); the
// build's VCS revision is added when known.
var version = ""

// stdio is where a command reads and writes; tests pass buffers. corpus
// holds the flags every command that opens a corpus shares (nil: defaults).
type stdio struct {
	in       goio.Reader
	out, err goio.Writer
	corpus   *corpusFlags
}

// Exit statuses.
const (
	exitOK    = 0
	exitInput = 1 // some input failed
	exitUsage = 2 // bad usage, or nothing to open
)

// exitError carries the exit status of a failed command. Its message has
// been printed already when quiet is set (problems listed line by line).
type exitError struct {
	code  int
	err   error
	quiet bool
}

func (e *exitError) Error() string { return e.err.Error() }
func (e *exitError) Unwrap() error { return e.err }

// usageErrorf is a usage error: exit status 2.
func usageErrorf(format string, a ...any) error {
	return &exitError{code: exitUsage, err: fmt.Errorf(format, a...)}
}

// inputError is an input failure: exit status 1.
func inputError(err error) error { return &exitError{code: exitInput, err: err} }

// silent is a failure already reported on stderr.
func silent(code int) error {
	return &exitError{code: code, err: errors.New("failed"), quiet: true}
}

func main() {
	// A corpus's analyses are many small values that live as long as the
	// library (claim rows, source mentions: ≈70 MB for SaudiNewsNet); the
	// default GC target, twice the live heap, put the peak RSS of
	// `isnad list --json` on it at 197 MB. Half that margin peaks at 150 MB
	// for the same CPU time (18.9 s user either way).
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(50)
	}
	os.Exit(run(os.Args[1:], stdio{in: os.Stdin, out: os.Stdout, err: os.Stderr}))
}

// run executes one command line and returns its exit status.
func run(args []string, io stdio) int {
	io.corpus = &corpusFlags{}
	root := newRootCmd(io)
	io.corpus.register(root)
	root.AddCommand(
		newListCmd(io),
		newCatCmd(io),
		newClaimsCmd(io),
		newRefsCmd(io),
		newSourcesCmd(io),
		newCompareCmd(io),
		newSearchCmd(io),
		newNotesCmd(io),
		newExportCmd(io),
		newServeCmd(io),
	)
	visualHelp(root, io.out)
	root.SetArgs(args)
	root.SetIn(io.in)
	root.SetOut(io.out)
	root.SetErr(io.err)
	// A bad flag is a usage error, whichever command it was given to.
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error {
		return &exitError{code: exitUsage, err: err}
	})
	rev, modified := buildRevision()
	opts := []fang.Option{
		fang.WithErrorHandler(func(w goio.Writer, _ fang.Styles, err error) {
			var e *exitError
			if errors.As(err, &e) && e.quiet {
				return
			}
			// Messages may quote file names and arguments: sanitised.
			fmt.Fprintf(w, "isnad: %s\n", text.Sanitize(err.Error()))
		}),
		fang.WithoutManpage(),
		fang.WithVersion(versionString(rev, modified)),
	}
	err := fang.Execute(context.Background(), root, opts...)
	return exitCode(err)
}

// exitCode maps a command's error to the exit status.
func exitCode(err error) int {
	if err == nil {
		return exitOK
	}
	var e *exitError
	if errors.As(err, &e) {
		return e.code
	}
	// Cobra's own errors (unknown command, bad arguments) are usage errors.
	return exitUsage
}

// buildRevision reads the VCS revision the go command stamped in.
func buildRevision() (rev string, modified bool) {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return "", false
	}
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.modified":
			modified = s.Value == "true"
		}
	}
	return rev, modified
}

// versionString is what --version prints.
func versionString(rev string, modified bool) string {
	v := version
	if v == "" {
		v = "devel"
		if info, ok := debug.ReadBuildInfo(); ok && info.Main.Version != "" && info.Main.Version != "(devel)" {
			v = info.Main.Version
		}
	}
	if len(rev) > 12 {
		rev = rev[:12]
	}
	if rev != "" {
		v += " (" + rev
		if modified {
			v += ", modified"
		}
		v += ")"
	}
	return v
}

// maxArgs is cobra.MaximumNArgs as a usage error.
func maxArgs(n int, what string) cobra.PositionalArgs {
	return func(_ *cobra.Command, args []string) error {
		if len(args) > n {
			if n == 1 {
				return usageErrorf("one %s at most", what)
			}
			return usageErrorf("%d %ss at most", n, what)
		}
		return nil
	}
}

// visualHelp lays out the Arabic examples of the commands' descriptions for
// a terminal: help is plain text printed by fang, and a terminal that does
// not reorder would show "الشمالية" letter by letter backwards. Each line is
// a left-to-right paragraph; to a pipe the text stays in logical order.
func visualHelp(root *cobra.Command, out goio.Writer) {
	f, ok := out.(*os.File)
	if !ok || !term.IsTerminal(f.Fd()) {
		return
	}
	eng := text.NewEngine(text.Options{NoPad: true})
	var walk func(c *cobra.Command)
	walk = func(c *cobra.Command) {
		lines := strings.Split(c.Long, "\n")
		for i, ln := range lines {
			if hasRTL(ln) {
				lines[i], _ = eng.Fit(ln, 1<<12, text.LTR).Content()
			}
		}
		c.Long = strings.Join(lines, "\n")
		for _, sub := range c.Commands() {
			walk(sub)
		}
	}
	walk(root)
}

// hasRTL tells whether s holds a right-to-left letter.
func hasRTL(s string) bool {
	for _, r := range s {
		if r >= 0x0590 && r <= 0x08FF || r >= 0xFB1D && r <= 0xFEFC {
			return true
		}
	}
	return false
}
