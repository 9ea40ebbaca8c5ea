package main

import (
	"encoding/json"
	"fmt"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"
)

func newSourcesCmd(io stdio) *cobra.Command {
	var f sourcingFlags
	cmd := &cobra.Command{
		Use:   "sources",
		Short: "List the sources of the corpus with counts per article",
		Long: `Lists the sources of the corpus — outlets, organisations, people, vague
sources — with the spellings met and how many claims of each article rely on them.`,
		Args: maxArgs(0, "argument"),
		RunE: func(*cobra.Command, []string) error { return sources(f, io) },
	}
	f.register(cmd)
	return cmd
}

func sources(f sourcingFlags, io stdio) (err error) {
	lib, err := f.open(true, io)
	if err != nil {
		return err
	}
	defer lib.Close()
	defer func() { err = problemsStatus(io, lib.Problems(), err) }()
	lib.Wait()
	srcs := lib.Sources()
	if f.json {
		return printJSON(io, srcs)
	}
	vis := display(io.out)
	w := tabwriter.NewWriter(io.out, 0, 0, 2, ' ', 0)
	fmt.Fprintln(w, "SOURCE\tKIND\tCLAIMS\tPER ARTICLE\tNAME")
	for _, s := range srcs {
		var per []string
		for _, c := range s.Articles {
			cell := fmt.Sprintf("%s:%d", c.Article, c.Claims)
			if c.References > 0 {
				cell += fmt.Sprintf("+%dr", c.References)
			}
			per = append(per, cell)
		}
		fmt.Fprintf(w, "%s\t%s\t%d\t%s\t%s\n", vis(s.ID), s.Kind, s.Claims, strings.Join(per, " "), vis(s.Name))
	}
	return w.Flush()
}

func printJSON(io stdio, v any) error {
	enc := json.NewEncoder(jsonWriter(io.out))
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return inputError(err)
	}
	return nil
}
