package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/charmbracelet/x/term"
	"github.com/spf13/cobra"

	"github.com/isnad/isnad/data"
	"github.com/isnad/isnad/data/search"
	"github.com/isnad/isnad/model"
)

// isnad search runs one query over the corpus's search index, building or
// updating the index first when the corpus changed (data/search).

func newSearchCmd(io stdio) *cobra.Command {
	var (
		asJSON        bool
		limit         int
		corpus, index string
	)
	cmd := &cobra.Command{
		Use:   "search [flags] QUERY...",
		Short: "Search every sentence of the corpus",
		Long: `Searches every sentence of the corpus, Arabic and English, and prints the
best hits first. Words are folded (hamza forms, ة/ه, ى/ي, tatweel, harakat)
and stemmed, so "الشماليه" finds "الشمالية" and "لأوكرانيا" finds "أوكرانيا".

  "كوريا الشمالية"        a phrase
  -روسيا                  must not contain
  outlet:WORDS            the article's outlet
  date:2024-06  date:>2024-06  date:<=2025-01-15
  status:anonymous        claims of a status (cited, attributed, anonymous, unsourced)
  source:reuters          claims that cite, quote or name a source
  article:000  lang:en

The index is kept in the cache folder (--index to choose) and reused while
the corpus is unchanged; changed files are indexed again on the next search.`,
		Args: func(_ *cobra.Command, args []string) error {
			if len(args) == 0 {
				return usageErrorf("search: give a QUERY")
			}
			return nil
		},
		RunE: func(_ *cobra.Command, args []string) error {
			if limit < 1 {
				return usageErrorf("--limit %d: want 1 or more", limit)
			}
			lib, err := openCorpus(corpus, corpusOptions{}, io)
			if err != nil {
				return err
			}
			defer lib.Close()
			x, err := openIndex(lib, corpus, index)
			if err != nil {
				return inputError(err)
			}
			defer x.Close()
			if err := waitIndex(x, io); err != nil {
				return inputError(fmt.Errorf("search index: %w", err))
			}
			res, err := x.Search(context.Background(), strings.Join(args, " "), search.Options{Limit: limit})
			if err != nil {
				return usageErrorf("%v", err)
			}
			if asJSON {
				return printJSON(io, res.Hits)
			}
			return printHits(io, res)
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the hits as JSON")
	cmd.Flags().IntVarP(&limit, "limit", "n", search.DefaultLimit, "print at most N hits")
	cmd.Flags().StringVar(&corpus, "corpus", "", "search the articles of DIR instead of the embedded corpus")
	cmd.Flags().StringVar(&index, "index", "", "keep the index in DIR (default: the user cache folder)")
	_ = cmd.MarkFlagDirname("corpus")
	_ = cmd.MarkFlagDirname("index")
	return cmd
}

// openIndex opens the search index of a corpus (dir empty: the embedded
// one), in indexDir or the default place.
func openIndex(lib *data.Library, dir, indexDir string) (*search.Index, error) {
	if indexDir == "" {
		key := "embedded"
		if dir != "" {
			abs, err := filepath.Abs(dir)
			if err != nil {
				return nil, err
			}
			key = abs
		}
		var err error
		if indexDir, err = search.DefaultDir(key); err != nil {
			return nil, err
		}
	}
	return search.Open(lib, indexDir)
}

// waitIndex waits for the index to be up to date, saying how far it is on
// a terminal's stderr.
func waitIndex(x *search.Index, io stdio) error {
	f, ok := io.err.(*os.File)
	tty := ok && term.IsTerminal(f.Fd())
	shown := false
	tick := time.NewTicker(200 * time.Millisecond)
	defer tick.Stop()
	for !x.Ready() {
		select {
		case <-x.Updates():
		case <-tick.C:
		}
		if done, total := x.Progress(); tty && total > 0 && done < total {
			fmt.Fprintf(io.err, "\rindexing %d/%d articles…", done, total)
			shown = true
		}
	}
	if shown {
		fmt.Fprint(io.err, "\r\x1b[K")
	}
	err := x.Err()
	if errors.Is(err, search.ErrBusy) {
		return err
	}
	return err
}

// printHits prints hits as a table: sentence, score, and the sentence
// around its first match.
func printHits(io stdio, res *model.SearchResult) error {
	vis := display(io.out)
	tw := tabwriter.NewWriter(io.out, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "SENTENCE\tSCORE\tTEXT")
	for _, h := range res.Hits {
		fmt.Fprintf(tw, "%s\t%.2f\t%s\n", h.Sentence, h.Score, vis(kwic(h, 40)))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	switch {
	case res.More:
		fmt.Fprintf(io.out, "%d hits shown; %d articles match (--limit for more)\n", len(res.Hits), res.Articles)
	case res.Total > len(res.Hits):
		fmt.Fprintf(io.out, "%d of %d hits (--limit for more)\n", len(res.Hits), res.Total)
	}
	return nil
}

// kwic cuts a hit's text to n runes either side of its first match.
func kwic(h model.Hit, n int) string {
	if len(h.Matches) == 0 {
		return clipRunes(h.Text, 2*n)
	}
	m := h.Matches[0]
	before := []rune(h.Text[:m.Start])
	after := []rune(h.Text[m.End:])
	pre, post := "", ""
	if len(before) > n {
		before, pre = before[len(before)-n:], "…"
	}
	if len(after) > n {
		after, post = after[:n], "…"
	}
	return pre + string(before) + h.Text[m.Start:m.End] + string(after) + post
}
