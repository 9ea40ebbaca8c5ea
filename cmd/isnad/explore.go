package main

import (
	"errors"
	"flag"
	"fmt"
	goio "io"
	"os"
	"path/filepath"

	"github.com/charmbracelet/x/term"

	"github.com/isnad/isnad/data"
	"github.com/isnad/isnad/tui"
)

// runExplorer opens the full-screen explorer on the embedded corpus or on a
// folder: `isnad [flags] [DIR]`.
func runExplorer(args []string, io stdio) int {
	fs := flag.NewFlagSet("isnad", flag.ContinueOnError)
	fs.SetOutput(io.err)
	fs.Usage = func() { usage(io.err) }
	opts := tui.DefaultOptions()
	corpus := fs.String("corpus", "", "open the articles in `DIR` instead of the embedded corpus")
	bidi := fs.String("bidi", "app", "who reorders right-to-left text: app, or terminal (for terminals that reorder by themselves)")
	shape := fs.String("shape", "on", "join Arabic letters into presentation forms: on or off")
	fs.BoolVar(&opts.ShowControls, "show-controls", false, "show bidi controls and other invisible characters as visible marks")
	fs.IntVar(&opts.MaxWidth, "max-width", opts.MaxWidth, "cap running text at `N` columns on wide terminals (0: no cap)")
	keys := fs.String("keys", defaultKeyFile(), "key bindings `FILE` (YAML)")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	switch *bidi {
	case "app":
		opts.Bidi = tui.BidiApp
	case "terminal":
		opts.Bidi = tui.BidiTerminal
	default:
		fmt.Fprintf(io.err, "isnad: --bidi=%s: want app or terminal\n", *bidi)
		return 2
	}
	switch *shape {
	case "on":
		opts.Shape = true
	case "off":
		opts.Shape = false
	default:
		fmt.Fprintf(io.err, "isnad: --shape=%s: want on or off\n", *shape)
		return 2
	}
	opts.KeyFile = *keys
	dir := *corpus
	if fs.NArg() > 1 {
		fmt.Fprintln(io.err, "isnad: one folder at a time")
		return 2
	}
	if fs.NArg() == 1 {
		dir = fs.Arg(0)
	}

	var lib *data.Library
	var err error
	if dir == "" {
		lib, err = data.OpenEmbedded()
	} else {
		lib, err = data.Open(dir)
	}
	if errors.Is(err, data.ErrNoArticles) {
		fmt.Fprintf(io.err, "isnad: %s: no article found (isnad reads .txt and .md files)\n", dir)
		return 2
	}
	if err != nil {
		fmt.Fprintln(io.err, "isnad:", err)
		return 2
	}
	defer lib.Close()

	if f, ok := io.out.(*os.File); !ok || !term.IsTerminal(f.Fd()) {
		fmt.Fprintln(io.err, "isnad: the explorer needs a terminal; `isnad list` and `isnad cat` work in pipes")
		return 2
	}
	if err := tui.Run(lib, opts); err != nil {
		fmt.Fprintln(io.err, "isnad:", err)
		return 1
	}
	return 0
}

// defaultKeyFile is $XDG_CONFIG_HOME/isnad/keys.yaml (or ~/.config/…); a
// missing file is fine.
func defaultKeyFile() string {
	if d, err := os.UserConfigDir(); err == nil {
		return filepath.Join(d, "isnad", "keys.yaml")
	}
	return ""
}

// usage prints the commands table.
func usage(w goio.Writer) {
	fmt.Fprintln(w, `usage: isnad [flags] [DIR]        explore the embedded corpus, or the articles in DIR
       isnad COMMAND [flags] [ARGS]

flags of the explorer:
  --corpus DIR          open DIR instead of the embedded corpus
  --bidi app|terminal   app (default) lays right-to-left text out itself;
                        terminal passes logical text to terminals that reorder
  --shape on|off        join Arabic letters (default on)
  --show-controls       show bidi controls and invisible characters
  --max-width N         cap running text at N columns (default 110, 0: none)
  --keys FILE           key bindings (default ~/.config/isnad/keys.yaml)

commands:`)
	for _, c := range commands {
		fmt.Fprintf(w, "  %s\n      %s\n", c.usage, c.summary)
	}
	fmt.Fprintln(w, "\n`isnad COMMAND -h` describes a command's flags.")
}
