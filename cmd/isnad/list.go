package main

import (
	"bufio"
	"fmt"
	"strconv"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/isnad/isnad/data"
	"github.com/isnad/isnad/model"
)

// listRow is one article as `isnad list --json` prints it.
type listRow struct {
	ID         string      `json:"id"`
	Path       string      `json:"path"`
	Title      string      `json:"title"`
	Author     string      `json:"author"`
	Outlet     string      `json:"outlet"`
	Date       string      `json:"date"`
	Lang       string      `json:"lang"`
	Dir        model.Dir   `json:"dir"`
	Genre      model.Genre `json:"genre"`
	URL        string      `json:"url"`
	Words      int         `json:"words"`
	Sentences  int         `json:"sentences"`
	Paragraphs int         `json:"paragraphs"`
	Claims     int         `json:"claims"`
	Citations  int         `json:"citations"`
	// Boilerplate counts the paragraphs classed as boilerplate or web
	// chrome (not analysed; the reader shows them with B).
	Boilerplate int      `json:"boilerplate_paragraphs"`
	Inferred    []string `json:"inferred"`
}

func newListCmd(io stdio) *cobra.Command {
	var (
		asJSON bool
		corpus string
	)
	cmd := &cobra.Command{
		Use:   "list [DIR]",
		Short: "List the articles of the corpus with their metadata and counts",
		Long: `Lists the articles of the corpus (the embedded one without DIR) with their
metadata and counts. Problems with the files go to standard error; the
exit status is 1 when a file could not be read (the list holds the rest).`,
		Args:              maxArgs(1, "corpus folder"),
		ValidArgsFunction: completeDirs,
		RunE: func(_ *cobra.Command, args []string) error {
			dir, err := corpusArg(corpus, args)
			if err != nil {
				return err
			}
			lib, err := openCorpus(dir, corpusOptions{pass: true}, io)
			if err != nil {
				return err
			}
			defer lib.Close()
			limitMemory(lib)
			return list(lib, asJSON, io)
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print a JSON array of objects")
	cmd.Flags().StringVar(&corpus, "corpus", "", "read the articles of DIR instead of the embedded corpus")
	_ = cmd.MarkFlagDirname("corpus")
	return cmd
}

func list(lib *data.Library, asJSON bool, io stdio) error {
	lib.Wait()
	arts := lib.Articles()
	if asJSON {
		// Row by row: 25,000 articles are not encoded at once in memory.
		w := bufio.NewWriter(io.out)
		out := newJSONArray(w)
		for _, a := range arts {
			row := listRow{ID: a.ID, Path: a.Path, Title: a.Meta.Title, Author: a.Meta.Author, Outlet: a.Meta.Outlet,
				Date: a.Meta.Date, Lang: a.Meta.Lang, Dir: a.Meta.Dir, Genre: a.Meta.Genre, URL: a.Meta.URL,
				Words: a.Stats.Words, Sentences: a.Stats.Sentences, Paragraphs: a.Stats.Paragraphs,
				Claims: a.Stats.Claims, Citations: a.Stats.Citations, Boilerplate: a.Stats.Boilerplate,
				Inferred: append([]string{}, a.Meta.Inferred...)}
			if err := out.add(row); err != nil {
				return inputError(err)
			}
		}
		if err := out.close(); err != nil {
			return inputError(err)
		}
		if err := w.Flush(); err != nil {
			return inputError(err)
		}
	} else {
		vis := display(io.out)
		tw := tabwriter.NewWriter(io.out, 0, 0, 2, ' ', 0)
		fmt.Fprintln(tw, "ID\tDATE\tGENRE\tWORDS\tCLAIMS\tCITES\tOUTLET\tAUTHOR\tTITLE")
		for _, a := range arts {
			words, claims, cites := "?", "?", "?"
			if a.Stats.Known {
				words, claims, cites = strconv.Itoa(a.Stats.Words), strconv.Itoa(a.Stats.Claims), strconv.Itoa(a.Stats.Citations)
			}
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", vis(a.ID), vis(listCell(a.Meta.Date)), vis(listCell(string(a.Meta.Genre))),
				words, claims, cites, vis(listCell(a.Meta.Outlet)), vis(listCell(a.Meta.Author)), vis(a.Meta.Title))
		}
		tw.Flush()
	}
	return problemsStatus(io, lib.Problems(), nil)
}

// problemsStatus prints the problems (printProblems) and returns the
// command's status: err when there is one; else exit status 1 when a file
// or record could not be read (its output is whole for the rest, the
// lines on stderr say what is missing), so that a script knows its
// listing lacks what was there; nil when everything was read, even with
// problems of the data itself (binary or empty files, malformed records,
// links not followed), which reading again would not change.
func problemsStatus(io stdio, probs []model.Problem, err error) error {
	printProblems(io, probs)
	if err != nil {
		return err
	}
	n := 0
	for _, p := range probs {
		if p.Kind == model.ProblemUnreadable && !p.Notice {
			n++
		}
	}
	if n > 0 {
		return &exitError{code: exitInput, err: fmt.Errorf("%d file(s) could not be read", n), quiet: true}
	}
	return nil
}

// printProblems writes one line per problem, then their count. Notices
// are not problems: a language without a lexicon is said as a note;
// boilerplate counts are in list --json and the problems screen.
func printProblems(io stdio, probs []model.Problem) {
	n := 0
	for _, p := range probs {
		switch {
		case !p.Notice:
			fmt.Fprintf(io.err, "isnad: %s\n", problemLine(p))
			n++
		case p.Kind == model.ProblemLanguage:
			fmt.Fprintf(io.err, "isnad: note: %s\n", problemLine(p))
		}
	}
	if n > 0 {
		fmt.Fprintf(io.err, "isnad: %d problem(s) with the corpus files\n", n)
	}
}

// listCell shows an unknown field as "-" so the columns stay aligned.
func listCell(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
