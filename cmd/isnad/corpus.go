package main

import (
	"errors"
	goio "io"
	"os"
	"runtime"
	"strconv"

	"github.com/charmbracelet/x/term"
	"github.com/spf13/cobra"

	"github.com/isnad/isnad/data"
	"github.com/isnad/isnad/model"
	"github.com/isnad/isnad/text"
)

// Helpers the subcommands share: opening the corpus, walking its articles
// through the claims layer, completing article ids.

// corpusOptions are the corpus flags a command takes beyond --corpus.
type corpusOptions struct {
	sources, frames string // alias table and frames file, default: next to the articles
	pass            bool   // run the background pass (the corpus-wide source index)
	// progressive: return once the first articles are listed, the others
	// join while the explorer shows them (data.Options.Progressive).
	progressive bool
}

// corpusArg is the folder to open: the DIR argument or --corpus (empty for
// the embedded corpus).
func corpusArg(flag string, args []string) (string, error) {
	switch {
	case len(args) == 0:
		return flag, nil
	case len(args) > 1:
		return "", usageErrorf("one corpus folder at most")
	case flag != "" && flag != args[0]:
		return "", usageErrorf("two corpus folders: --corpus %s and %s", flag, args[0])
	}
	return args[0], nil
}

// corpusFlags are the flags of every command that opens a corpus: how its
// collections' fields are named, whether links out of it are followed, how
// large an article may be.
type corpusFlags struct {
	fields     string
	follow     bool
	maxArticle int // MB
}

func (f *corpusFlags) register(root *cobra.Command) {
	fl := root.PersistentFlags()
	fl.StringVar(&f.fields, "fields", "", "names of the fields in JSON and CSV collections: FIELD=NAME,… (title, content, author, date, outlet, url, lang, dir, genre)")
	fl.BoolVar(&f.follow, "follow-symlinks", false, "read symbolic links that lead out of the corpus folder")
	fl.IntVar(&f.maxArticle, "max-article-mb", data.DefaultMaxArticleBytes>>20, "refuse articles larger than N MB")
}

// options adds the shared flags to o.
func (f *corpusFlags) options(o data.Options) (data.Options, error) {
	if f == nil {
		return o, nil
	}
	if f.fields != "" {
		m, err := data.ParseFields(f.fields)
		if err != nil {
			return o, usageErrorf("%s", err)
		}
		o.Fields = m
	}
	if f.maxArticle <= 0 {
		return o, usageErrorf("--max-article-mb=%d: want a size above 0", f.maxArticle)
	}
	o.FollowSymlinks, o.MaxArticleBytes = f.follow, int64(f.maxArticle)<<20
	return o, nil
}

// openCorpus opens the embedded corpus (dir empty) or a folder. A folder
// that is missing or holds no article is "nothing to open" (status 2); its
// problems are listed first. A data file named on the command line that
// cannot be read is an input failure (status 1).
func openCorpus(dir string, co corpusOptions, io stdio) (*data.Library, error) {
	o, err := io.corpus.options(data.Options{NoPass: !co.pass, Progressive: co.progressive, SourcesFile: co.sources, FramesFile: co.frames})
	if err != nil {
		return nil, err
	}
	for _, f := range []string{o.SourcesFile, o.FramesFile} {
		if f == "" {
			continue
		}
		if _, err := os.Stat(f); err != nil {
			return nil, inputError(err)
		}
	}
	var lib *data.Library
	if dir == "" {
		lib, err = data.OpenEmbeddedWith(o)
	} else {
		lib, err = data.OpenWith(dir, o)
	}
	if err == nil {
		return lib, nil
	}
	var none *data.NoArticlesError
	if errors.As(err, &none) {
		printProblems(io, none.Problems)
	}
	if errors.Is(err, data.ErrNoArticles) {
		return nil, usageErrorf("%s holds no article that could be opened (isnad reads .txt and .md files, JSON, JSON Lines and CSV collections)", quote(dir))
	}
	return nil, &exitError{code: exitUsage, err: err}
}

// quote shows a file name in a message: quoted, controls made visible.
func quote(name string) string { return strconv.Quote(text.Sanitize(name)) }

// completeArticles completes ARTICLE arguments with the ids of the corpus
// the command line names.
func completeArticles(cmd *cobra.Command, _ []string, _ string) ([]string, cobra.ShellCompDirective) {
	dir, _ := cmd.Flags().GetString("corpus")
	var lib *data.Library
	var err error
	if dir == "" {
		lib, err = data.OpenEmbeddedWith(data.Options{NoPass: true})
	} else {
		lib, err = data.OpenWith(dir, data.Options{NoPass: true})
	}
	if err != nil {
		return nil, cobra.ShellCompDirectiveNoFileComp
	}
	defer lib.Close()
	var ids []string
	for _, a := range lib.Articles() {
		ids = append(ids, a.ID+"\t"+text.Sanitize(a.Meta.Title))
	}
	return ids, cobra.ShellCompDirectiveNoFileComp
}

// eachSourcing runs the claims layer over the articles, on all cores, and
// hands the results to fn in the order of ids. Only a few parsed articles
// are alive at a time, so a corpus of any size fits in memory.
func eachSourcing(lib *data.Library, ids []string, fn func(*model.Sourcing) error) error {
	type result struct {
		s   *model.Sourcing
		err error
	}
	workers := runtime.GOMAXPROCS(0)
	// One channel per article, handed out in order: the consumer waits on
	// them in order while up to 2×workers are being analysed.
	pending := make(chan chan result, 2*workers)
	go func() {
		defer close(pending)
		sem := make(chan struct{}, workers)
		for _, id := range ids {
			ch := make(chan result, 1)
			pending <- ch
			sem <- struct{}{}
			go func(id string) {
				defer func() { <-sem }()
				s, err := lib.Sourcing(id)
				ch <- result{s, err}
			}(id)
		}
	}()
	var first error
	for ch := range pending {
		r := <-ch
		if first != nil {
			continue // drain, so no goroutine is left blocked
		}
		if r.err != nil {
			first = r.err
			continue
		}
		first = fn(r.s)
	}
	return first
}

// articleIDs lists the ids of the library's articles, or checks the one
// asked for.
func articleIDs(lib *data.Library, only string) ([]string, error) {
	var ids []string
	for _, a := range lib.Articles() {
		if only == "" || a.ID == only {
			ids = append(ids, a.ID)
		}
	}
	if only != "" && len(ids) == 0 {
		return nil, usageErrorf("no article %s", quote(only))
	}
	return ids, nil
}

// display returns how a command prints content in its plain (non-JSON)
// output. To a terminal, through the text engine: visual order, letters
// joined, nothing that could drive the terminal. To a pipe or a file, in
// logical order, which is what other programs expect, with controls made
// visible all the same: a pipe often ends on a terminal.
func display(out goio.Writer) func(string) string {
	f, ok := out.(*os.File)
	if !ok || !term.IsTerminal(f.Fd()) {
		return text.Sanitize
	}
	eng := text.NewEngine(text.Options{NoPad: true})
	return func(s string) string {
		v, _ := eng.Fit(s, 1<<12, text.Auto).Content()
		return v
	}
}
