package main

import (
	"os"
	"path/filepath"

	"github.com/charmbracelet/x/term"
	"github.com/spf13/cobra"

	"github.com/isnad/isnad/tui"
)

// newRootCmd is `isnad [flags] [DIR]`: the full-screen explorer on the
// embedded corpus or on a folder.
func newRootCmd(io stdio) *cobra.Command {
	opts := tui.DefaultOptions()
	var (
		corpus, bidi, shape, keys string
		store                     storeFlags
		found                     findingsFlags
	)
	cmd := &cobra.Command{
		Use:   "isnad [DIR]",
		Short: "Read a corpus of articles, follow each claim to its source, compare the sources",
		Long: `isnad opens the explorer: the library of articles, the reader, the claims and
their sources, and the comparison of how the sources frame the story. Without
DIR it opens the embedded corpus (five Arabic articles).

Exit status: 0 ok, 1 some input failed, 2 usage or nothing to open.`,
		Example: `  isnad                      # the embedded corpus
  isnad ~/articles           # a folder of .txt and .md articles
  isnad --bidi=terminal DIR  # for terminals that reorder right-to-left text themselves`,
		Args:              maxArgs(1, "folder"),
		ValidArgsFunction: completeDirs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := layoutFlags(bidi, shape, &opts); err != nil {
				return err
			}
			opts.KeyFile = keys
			if store.analyst != "" {
				name, err := store.who()
				if err != nil {
					return err
				}
				opts.Analyst = name
			}
			if err := found.check(); err != nil {
				return err
			}
			if cmd.Flags().Changed("keys") {
				// Named on the command line: it must be there (the
				// default may be missing).
				if _, err := os.Stat(keys); err != nil {
					return inputError(fileError("--keys", keys, err))
				}
			}
			dir, err := corpusArg(corpus, args)
			if err != nil {
				return err
			}
			lib, err := openCorpus(dir, corpusOptions{pass: true, progressive: true}, io)
			if err != nil {
				return err
			}
			defer lib.Close()
			limitMemory(lib)
			if f, ok := io.out.(*os.File); !ok || !term.IsTerminal(f.Fd()) {
				return usageErrorf("the explorer needs a terminal; `isnad list` and `isnad cat` work in pipes")
			}
			// A store that cannot be opened leaves the explorer without
			// notes (it says why), not without the corpus.
			ns := openLiveLater(&store, lib)
			defer ns.Close()
			opts.Notes = ns.Open
			idx := found.wire(&opts, lib, dir, true)
			defer idx.Close()
			if err := tui.Run(lib, opts); err != nil {
				return inputError(err)
			}
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&corpus, "corpus", "", "open the articles in DIR instead of the embedded corpus")
	f.StringVar(&bidi, "bidi", "app", "who reorders right-to-left text: app, or terminal (for terminals that reorder by themselves)")
	f.StringVar(&shape, "shape", "on", "join Arabic letters into presentation forms: on or off")
	f.BoolVar(&opts.ShowControls, "show-controls", false, "show bidi controls and other invisible characters as visible marks")
	f.IntVar(&opts.MaxWidth, "max-width", opts.MaxWidth, "cap running text at N columns on wide terminals (0: no cap)")
	f.StringVar(&keys, "keys", defaultKeyFile(), "key bindings FILE (YAML)")
	store.registerStore(cmd, f)
	f.StringVar(&store.analyst, "analyst", "", "who writes the notes (default: the login name)")
	found.register(cmd, "the folder the reports (e) go to (default: the current folder)")
	_ = cmd.RegisterFlagCompletionFunc("bidi", cobra.FixedCompletions([]string{"app", "terminal"}, cobra.ShellCompDirectiveNoFileComp))
	_ = cmd.RegisterFlagCompletionFunc("shape", cobra.FixedCompletions([]string{"on", "off"}, cobra.ShellCompDirectiveNoFileComp))
	_ = cmd.MarkFlagDirname("corpus")
	_ = cmd.MarkFlagFilename("keys", "yaml", "yml")
	return cmd
}

// layoutFlags sets the explorer's --bidi and --shape options.
func layoutFlags(bidi, shape string, opts *tui.Options) error {
	switch bidi {
	case "app":
		opts.Bidi = tui.BidiApp
	case "terminal":
		opts.Bidi = tui.BidiTerminal
	default:
		return usageErrorf("--bidi=%s: want app or terminal", bidi)
	}
	switch shape {
	case "on":
		opts.Shape = true
	case "off":
		opts.Shape = false
	default:
		return usageErrorf("--shape=%s: want on or off", shape)
	}
	return nil
}

// defaultKeyFile is $XDG_CONFIG_HOME/isnad/keys.yaml (or ~/.config/…); a
// missing file is fine.
func defaultKeyFile() string {
	if d, err := os.UserConfigDir(); err == nil {
		return filepath.Join(d, "isnad", "keys.yaml")
	}
	return ""
}

// completeDirs completes a folder argument.
func completeDirs(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
	return nil, cobra.ShellCompDirectiveFilterDirs
}
