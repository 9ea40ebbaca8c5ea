package main

import (
	"fmt"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/isnad/isnad/model"
)

// refsReport is what `isnad refs --json` prints per article.
type refsReport struct {
	Article    string            `json:"article"`
	References []model.Reference `json:"references"`
	Unresolved []model.Citation  `json:"unresolved"`
	Ambiguous  []model.Citation  `json:"ambiguous"`
	Unused     []string          `json:"unused"`
}

func newRefsCmd(io stdio) *cobra.Command {
	var f sourcingFlags
	cmd := &cobra.Command{
		Use:   "refs [ARTICLE]",
		Short: "List reference entries, unresolved and ambiguous citations, unused entries",
		Long: `Lists each article's reference entries with the claims citing them, and the
diagnostics: unresolved and ambiguous citations, unused entries.`,
		Args:              maxArgs(1, "ARTICLE"),
		ValidArgsFunction: completeArticles,
		RunE: func(_ *cobra.Command, args []string) error {
			id, err := articleArg(args)
			if err != nil {
				return err
			}
			arr := newJSONArray(io.out)
			first := true
			return f.walk(id, io, func(s *model.Sourcing) error {
				r := refsOf(s)
				if f.json {
					return arr.add(r)
				}
				if !first {
					fmt.Fprintln(io.out)
				}
				first = false
				printRefs(io, r)
				return nil
			}, func() error {
				if f.json {
					return arr.close()
				}
				return nil
			})
		},
	}
	f.register(cmd)
	return cmd
}

// refsOf is an article's reference list and diagnostics.
func refsOf(s *model.Sourcing) refsReport {
	{
		r := refsReport{Article: s.Article, References: s.References, Unresolved: []model.Citation{},
			Ambiguous: []model.Citation{}, Unused: s.Unused}
		if r.References == nil {
			r.References = []model.Reference{}
		}
		for _, c := range s.Citations {
			switch c.Resolution {
			case model.Unresolved:
				r.Unresolved = append(r.Unresolved, c)
			case model.Ambiguous:
				r.Ambiguous = append(r.Ambiguous, c)
			}
		}
		return r
	}
}

// printRefs prints one article's reference list as text.
func printRefs(io stdio, r refsReport) {
	vis := display(io.out)
	{
		fmt.Fprintf(io.out, "%s: %d references, %d unresolved, %d ambiguous, %d unused\n",
			r.Article, len(r.References), len(r.Unresolved), len(r.Ambiguous), len(r.Unused))
		if len(r.References) > 0 {
			w := tabwriter.NewWriter(io.out, 0, 0, 2, ' ', 0)
			fmt.Fprintln(w, "REF\tDATE\tAUTHOR\tCITED BY\tTITLE")
			for _, ref := range r.References {
				fmt.Fprintf(w, "%s\t%s\t%s\t%d\t%s\n", ref.ID, orDash(ref.Date), vis(clipRunes(ref.Author, 24)), len(ref.CitedBy), vis(clipRunes(ref.Title, 60)))
			}
			w.Flush()
		}
		for _, c := range r.Unresolved {
			fmt.Fprintf(io.out, "unresolved %s (%s) in %s: %s\n", c.ID, vis(c.Raw), c.Sentence, vis(c.Note))
		}
		for _, c := range r.Ambiguous {
			fmt.Fprintf(io.out, "ambiguous  %s (%s) in %s: %s — %s\n", c.ID, vis(c.Raw), c.Sentence, strings.Join(c.Candidates, " "), vis(c.Note))
		}
		for _, u := range r.Unused {
			fmt.Fprintf(io.out, "unused     %s\n", u)
		}
	}
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
