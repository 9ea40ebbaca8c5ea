package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"strconv"
	"text/tabwriter"

	"github.com/isnad/isnad/data"
	"github.com/isnad/isnad/model"
)

const listUsage = `isnad list [--json] [--corpus DIR] [DIR]`

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
	Inferred   []string    `json:"inferred"`
}

func runList(args []string, io stdio) int {
	fl := flag.NewFlagSet("isnad list", flag.ContinueOnError)
	fl.SetOutput(io.err)
	fl.Usage = func() {
		fmt.Fprintf(io.err, "usage: %s\n\nLists the articles of the corpus (the embedded one without DIR) with their\nmetadata and counts. Problems with the files go to standard error.\n\n", listUsage)
		fl.PrintDefaults()
	}
	asJSON := fl.Bool("json", false, "print a JSON array of objects")
	dir := fl.String("corpus", "", "read the articles of `DIR` instead of the embedded corpus")
	rest, ok := parseInterleaved(fl, args)
	if !ok {
		return 2
	}
	switch {
	case len(rest) > 1, len(rest) == 1 && *dir != "" && *dir != rest[0]:
		fmt.Fprintf(io.err, "isnad list: one corpus folder at most\nusage: %s\n", listUsage)
		return 2
	case len(rest) == 1:
		*dir = rest[0]
	}

	var lib *data.Library
	var err error
	if *dir == "" {
		lib, err = data.OpenEmbedded()
	} else {
		lib, err = data.Open(*dir)
	}
	if err != nil {
		var none *data.NoArticlesError
		if errors.As(err, &none) {
			printProblems(io, none.Problems)
		}
		if errors.Is(err, data.ErrNoArticles) {
			fmt.Fprintf(io.err, "isnad list: %s holds no article that could be opened (isnad reads .txt and .md files)\n", *dir)
		} else {
			fmt.Fprintf(io.err, "isnad list: %v\n", err)
		}
		return 2
	}
	lib.Wait()
	arts := lib.Articles()
	if *asJSON {
		rows := make([]listRow, len(arts))
		for i, a := range arts {
			rows[i] = listRow{ID: a.ID, Path: a.Path, Title: a.Meta.Title, Author: a.Meta.Author, Outlet: a.Meta.Outlet,
				Date: a.Meta.Date, Lang: a.Meta.Lang, Dir: a.Meta.Dir, Genre: a.Meta.Genre, URL: a.Meta.URL,
				Words: a.Stats.Words, Sentences: a.Stats.Sentences, Paragraphs: a.Stats.Paragraphs,
				Claims: a.Stats.Claims, Citations: a.Stats.Citations,
				Inferred: append([]string{}, a.Meta.Inferred...)}
		}
		enc := json.NewEncoder(io.out)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		if err := enc.Encode(rows); err != nil {
			fmt.Fprintf(io.err, "isnad list: %v\n", err)
			return 1
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
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", a.ID, listCell(a.Meta.Date), listCell(string(a.Meta.Genre)),
				words, claims, cites, vis(listCell(a.Meta.Outlet)), vis(listCell(a.Meta.Author)), vis(a.Meta.Title))
		}
		tw.Flush()
	}
	printProblems(io, lib.Problems())
	return 0
}

// printProblems writes one line per problem, then their count.
func printProblems(io stdio, probs []model.Problem) {
	for _, p := range probs {
		fmt.Fprintf(io.err, "isnad: %v\n", p)
	}
	if n := len(probs); n > 0 {
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
