package main

import (
	"fmt"
	goio "io"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/isnad/isnad/data"
	"github.com/isnad/isnad/model"
	"github.com/isnad/isnad/text"
)

// isnad compare prints the comparison layer (data/compare): how each source
// frames the story, how it names the relationship, its distinctive words,
// and the dates and figures the sources give for the same events.

func newCompareCmd(io stdio) *cobra.Command {
	var (
		asJSON         bool
		corpus, frames string
	)
	cmd := &cobra.Command{
		Use:   "compare [ARTICLE...]",
		Short: "Compare how the sources frame the story, name it, and where their facts disagree",
		Long: `Compares how the articles (all, or those named) frame the story, name the
relationship, which words set each apart, and where their facts disagree.`,
		ValidArgsFunction: completeArticles,
		RunE: func(_ *cobra.Command, args []string) (err error) {
			lib, err := openCorpus(corpus, corpusOptions{frames: frames}, io)
			if err != nil {
				return err
			}
			defer lib.Close()
			defer func() { err = problemsStatus(io, lib.Problems(), err) }()
			ids, err := selection(lib, args, io)
			if err != nil {
				return err
			}
			c, err := lib.Compare(ids)
			if err != nil {
				return inputError(err)
			}
			if asJSON {
				return printJSON(io, c)
			}
			printComparison(io.out, c, display(io.out))
			return nil
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	cmd.Flags().StringVar(&corpus, "corpus", "", "read the articles of DIR instead of the embedded corpus")
	cmd.Flags().StringVar(&frames, "frames", "", "frames FILE (default: frames.yaml in the corpus folder)")
	_ = cmd.MarkFlagDirname("corpus")
	_ = cmd.MarkFlagFilename("frames", "yaml", "yml")
	return cmd
}

// maxDefaultSelection is how many articles isnad compare takes when none is
// named: a comparison is of a selection of sources, and on a large corpus
// comparing everything with everything tells nothing (and an analysis holds
// about six times its article's text).
const maxDefaultSelection = 50

// selection is the articles named, in that order, or every article of the
// corpus up to maxDefaultSelection. Nothing is left out silently: articles
// past the limit, and articles that cannot be read, are named on stderr
// with the reason.
func selection(lib *data.Library, named []string, io stdio) ([]string, error) {
	arts := lib.Articles()
	var ids []string
	if len(named) > 0 {
		known := make(map[string]bool, len(arts))
		for _, a := range arts {
			known[a.ID] = true
		}
		for _, id := range named {
			if !known[id] {
				return nil, usageErrorf("no article %s", quote(id))
			}
		}
		ids = named
	} else {
		for _, a := range arts {
			ids = append(ids, a.ID)
		}
		if len(ids) > maxDefaultSelection {
			left := ids[maxDefaultSelection:]
			fmt.Fprintf(io.err, "isnad compare: compared the first %d of %d articles; left out %d (%s): more than %d sources at once are not compared unless named\n",
				maxDefaultSelection, len(ids), len(left), text.Sanitize(idRange(left)), maxDefaultSelection)
			ids = ids[:maxDefaultSelection]
		}
	}
	kept := ids[:0:0]
	for _, id := range ids {
		if _, err := lib.Article(id); err != nil {
			fmt.Fprintf(io.err, "isnad compare: left out %s: %s\n", quote(id), text.Sanitize(err.Error()))
			continue
		}
		kept = append(kept, id)
	}
	if len(kept) == 0 {
		return nil, inputError(fmt.Errorf("no article of the selection could be read"))
	}
	return kept, nil
}

// idRange names a list of ids: all of a short one, else the first and last.
func idRange(ids []string) string {
	if len(ids) <= 10 {
		return strings.Join(ids, ", ")
	}
	return ids[0] + " … " + ids[len(ids)-1]
}

// printComparison writes the four tables as plain text.
func printComparison(w goio.Writer, c *model.Comparison, vis func(string) string) {
	tw := tabwriter.NewWriter(w, 2, 4, 2, ' ', 0)
	head := "\t" + strings.Join(c.Sources, "\t")
	if len(c.Frames) > 0 {
		fmt.Fprintln(tw, "FRAMES (share of sentences, sentences)"+head)
		for _, r := range c.Frames {
			fmt.Fprint(tw, vis(r.Name))
			for _, s := range c.Sources {
				fmt.Fprintf(tw, "\t%4.1f%% %3d", 100*r.Scores[s], len(r.Evidence[s]))
			}
			fmt.Fprintln(tw)
		}
		fmt.Fprintln(tw)
	}
	if len(c.NamingRows) > 0 {
		fmt.Fprintln(tw, "NAMING"+head)
		for _, r := range c.NamingRows {
			fmt.Fprint(tw, vis(r.Term))
			for _, s := range c.Sources {
				fmt.Fprintf(tw, "\t%d", r.Counts[s])
			}
			fmt.Fprintln(tw)
		}
		fmt.Fprintln(tw)
	}
	tw.Flush()
	fmt.Fprintln(w, "DISTINCTIVE VOCABULARY (z of weighted log-odds, count)")
	for _, s := range c.Sources {
		var terms []string
		for _, v := range c.Vocabulary[s] {
			terms = append(terms, fmt.Sprintf("%s %.1f (%d)", vis(v.Term), v.Z, v.Count))
		}
		fmt.Fprintf(w, "%s  %s\n", s, strings.Join(terms, ", "))
	}
	if len(c.Facts) == 0 {
		return
	}
	fmt.Fprintln(w)
	fmt.Fprintln(tw, "FACTS\tKIND\tSOURCE\tVALUE\tAS WRITTEN\tSENTENCE")
	for _, r := range c.Facts {
		name := r.Name
		if r.Conflict {
			name += "  [CONFLICT]"
		}
		for i, v := range r.Values {
			value := v.Value
			if v.Unresolved {
				value = "? (no article date)"
			}
			if v.Conflicts {
				value += " !"
			}
			if i > 0 {
				name = ""
			}
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\n", name, r.Kind, v.Article, value, vis(v.Text), v.Sentence)
		}
	}
	tw.Flush()
}
