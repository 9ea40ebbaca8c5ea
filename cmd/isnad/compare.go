package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	goio "io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"text/tabwriter"

	"github.com/isnad/isnad/data"
	"github.com/isnad/isnad/data/compare"
	"github.com/isnad/isnad/model"
)

// isnad compare prints the comparison layer (data/compare): how each source
// frames the story, how it names the relationship, its distinctive words,
// and the dates and figures the sources give for the same events.

const compareUsage = `isnad compare [--json] [--corpus DIR] [--frames FILE] [ARTICLE...]`

func runCompare(args []string, io stdio) int {
	fl := flag.NewFlagSet("compare", flag.ContinueOnError)
	fl.SetOutput(io.err)
	fl.Usage = func() {
		fmt.Fprintf(io.err, "usage: %s\n\ncompare how the articles (all, or those named) frame the story, name the\nrelationship, which words set each apart, and where their facts disagree\n\n", compareUsage)
		fl.PrintDefaults()
	}
	asJSON := fl.Bool("json", false, "print JSON")
	dir := fl.String("corpus", "", "read the articles of `DIR` instead of the embedded corpus")
	framesPath := fl.String("frames", "", "frames `FILE` (default: frames.yaml in the corpus folder)")
	if err := fl.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	corpus, frames, err := loadForCompare(*dir, *framesPath)
	if err != nil {
		fmt.Fprintln(io.err, "isnad compare:", err)
		return 1
	}
	arts, err := selectArticles(corpus, fl.Args())
	if err != nil {
		fmt.Fprintln(io.err, "isnad compare:", err)
		return 2
	}
	c := compare.Build(arts, frames)
	if *asJSON {
		enc := json.NewEncoder(io.out)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		if err := enc.Encode(c); err != nil {
			fmt.Fprintln(io.err, "isnad compare:", err)
			return 1
		}
		return 0
	}
	printComparison(io.out, c)
	return 0
}

// loadForCompare opens the corpus and its frames file. A folder without a
// frames file compares with empty frames (vocabulary only); a frames file
// named on the command line must exist.
func loadForCompare(dir, framesPath string) (*model.Corpus, *compare.Frames, error) {
	var corpus *model.Corpus
	var fsys fs.FS
	var err error
	if dir != "" {
		corpus, err = data.LoadDir(dir)
		fsys = os.DirFS(dir)
	} else {
		corpus, err = data.LoadEmbedded()
		fsys = data.EmbeddedFS()
	}
	if err != nil {
		return nil, nil, err
	}
	if framesPath != "" {
		f, err := compare.LoadFrames(os.DirFS(filepath.Dir(framesPath)), filepath.Base(framesPath))
		return corpus, f, err
	}
	f, err := compare.LoadFrames(fsys, compare.FramesFile)
	if errors.Is(err, fs.ErrNotExist) {
		return corpus, compare.Empty(), nil
	}
	return corpus, f, err
}

// selectArticles picks the named articles, in the order named, or all.
func selectArticles(c *model.Corpus, ids []string) ([]*model.Article, error) {
	if len(ids) == 0 {
		return c.Articles, nil
	}
	arts := make([]*model.Article, 0, len(ids))
	for _, id := range ids {
		a := c.Article(id)
		if a == nil {
			return nil, fmt.Errorf("no article %q", id)
		}
		arts = append(arts, a)
	}
	return arts, nil
}

// printComparison writes the four tables as plain text.
func printComparison(w goio.Writer, c *model.Comparison) {
	tw := tabwriter.NewWriter(w, 2, 4, 2, ' ', 0)
	head := "\t" + strings.Join(c.Sources, "\t")
	if len(c.Frames) > 0 {
		fmt.Fprintln(tw, "FRAMES (share of sentences, sentences)"+head)
		for _, r := range c.Frames {
			fmt.Fprint(tw, r.Name)
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
			fmt.Fprint(tw, r.Term)
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
			terms = append(terms, fmt.Sprintf("%s %.1f (%d)", v.Term, v.Z, v.Count))
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
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\n", name, r.Kind, v.Article, value, v.Text, v.Sentence)
		}
	}
	tw.Flush()
}
