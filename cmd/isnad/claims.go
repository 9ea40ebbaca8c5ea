package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	goio "io"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/isnad/isnad/data"
	"github.com/isnad/isnad/model"
	"github.com/isnad/isnad/text"
)

// isnad claims, refs and sources print what the sourcing layer (data/cite)
// finds: the checkable sentences and what backs them, each article's
// reference list with its diagnostics, and the sources across the corpus.

// sourcingFlags are the flags the three commands share.
type sourcingFlags struct {
	json          bool
	corpus, table string
}

func (f *sourcingFlags) register(cmd *cobra.Command) {
	cmd.Flags().BoolVar(&f.json, "json", false, "print JSON")
	cmd.Flags().StringVar(&f.corpus, "corpus", "", "read the articles of DIR instead of the embedded corpus")
	cmd.Flags().StringVar(&f.table, "sources", "", "alias table FILE (default: sources.yaml in the corpus folder)")
	_ = cmd.MarkFlagDirname("corpus")
	_ = cmd.MarkFlagFilename("sources", "yaml", "yml")
}

// open opens the corpus with the alias table the flags name; pass says
// whether the background pass (the source index) is needed.
func (f *sourcingFlags) open(pass bool, io stdio) (*data.Library, error) {
	return openCorpus(f.corpus, corpusOptions{sources: f.table, pass: pass}, io)
}

// walk runs the claims layer over one article (id) or all, handing each
// result to fn in corpus order, and reports problems. end finishes the
// output.
func (f *sourcingFlags) walk(id string, io stdio, fn func(*model.Sourcing) error, end func() error) (err error) {
	lib, err := f.open(false, io)
	if err != nil {
		return err
	}
	defer lib.Close()
	defer func() { err = problemsStatus(io, lib.Problems(), err) }()
	ids, err := articleIDs(lib, id)
	if err != nil {
		return err
	}
	if err := eachSourcing(lib, ids, fn); err != nil {
		return inputError(err)
	}
	if err := end(); err != nil {
		return inputError(err)
	}
	return nil
}

// articleArg reads the optional ARTICLE argument ("000", or any reference
// inside it such as "000#s4").
func articleArg(args []string) (string, error) {
	if len(args) == 0 {
		return "", nil
	}
	r, err := model.ParseRef(args[0])
	if err != nil {
		return "", usageErrorf("%v", err)
	}
	return r.Article, nil
}

func newClaimsCmd(io stdio) *cobra.Command {
	var (
		f      sourcingFlags
		status string
	)
	cmd := &cobra.Command{
		Use:   "claims [ARTICLE]",
		Short: "List the checkable claims with their citations and attributions",
		Long: `Lists the claims (sentences that assert something checkable) with their
citations and attributions. STATUS is cited, attributed, anonymous or unsourced.`,
		Args:              maxArgs(1, "ARTICLE"),
		ValidArgsFunction: completeArticles,
		RunE: func(_ *cobra.Command, args []string) error {
			id, err := articleArg(args)
			if err != nil {
				return err
			}
			if status != "" && !validStatus(status) {
				return usageErrorf("status %q: want cited, attributed, anonymous or unsourced", status)
			}
			// Streamed, article by article: a large corpus is never all in memory.
			var out claimWriter
			if f.json {
				out = newJSONArray(io.out)
			} else {
				out = newClaimTable(io.out)
			}
			return f.walk(id, io, func(s *model.Sourcing) error {
				for _, c := range s.Claims {
					if status == "" || string(c.Status) == status {
						if err := out.claim(c); err != nil {
							return err
						}
					}
				}
				return nil
			}, out.close)
		},
	}
	f.register(cmd)
	cmd.Flags().StringVar(&status, "status", "", "only claims of status S")
	_ = cmd.RegisterFlagCompletionFunc("status", cobra.FixedCompletions(
		[]string{"cited", "attributed", "anonymous", "unsourced"}, cobra.ShellCompDirectiveNoFileComp))
	return cmd
}

// claimWriter prints claims as they come.
type claimWriter interface {
	claim(model.Claim) error
	close() error
}

// jsonArray writes a JSON array one element at a time, indented as
// printJSON indents.
type jsonArray struct {
	w   goio.Writer
	n   int
	buf bytes.Buffer
	enc *json.Encoder
}

func newJSONArray(w goio.Writer) *jsonArray {
	a := &jsonArray{w: w}
	a.enc = json.NewEncoder(&a.buf)
	a.enc.SetIndent("  ", "  ")
	a.enc.SetEscapeHTML(false)
	return a
}

func (a *jsonArray) add(v any) error {
	a.buf.Reset()
	if a.n == 0 {
		a.buf.WriteString("[\n  ")
	} else {
		a.buf.WriteString(",\n  ")
	}
	if err := a.enc.Encode(v); err != nil {
		return err
	}
	a.n++
	_, err := a.w.Write(text.EscapeJSON(bytes.TrimSuffix(a.buf.Bytes(), []byte("\n"))))
	return err
}

func (a *jsonArray) claim(c model.Claim) error { return a.add(c) }

func (a *jsonArray) close() error {
	end := "\n]\n"
	if a.n == 0 {
		end = "[]\n"
	}
	_, err := goio.WriteString(a.w, end)
	return err
}

// claimTable prints claims as an aligned table, flushed every so often so
// that it streams.
type claimTable struct {
	tw  *tabwriter.Writer
	vis func(string) string
	n   int
}

func newClaimTable(w goio.Writer) *claimTable {
	t := &claimTable{tw: tabwriter.NewWriter(w, 0, 0, 2, ' ', 0), vis: display(w)}
	fmt.Fprintln(t.tw, "CLAIM\tSTATUS\tSOURCES\tTEXT")
	return t
}

func (t *claimTable) claim(c model.Claim) error {
	fmt.Fprintf(t.tw, "%s\t%s\t%s\t%s\n", c.ID, c.Status, t.vis(claimSources(c)), t.vis(clipRunes(c.Text, 70)))
	if t.n++; t.n%500 == 0 {
		return t.tw.Flush()
	}
	return nil
}

func (t *claimTable) close() error { return t.tw.Flush() }

func validStatus(s string) bool {
	for _, st := range model.ClaimStatuses {
		if string(st) == s {
			return true
		}
	}
	return false
}

// claimSources is a claim's sources in one cell: "(Reuters, 2024b)?",
// "diplomats~ via reuters".
func claimSources(c model.Claim) string {
	var parts []string
	for _, ci := range c.Citations {
		mark := map[model.Resolution]string{model.Ambiguous: "?", model.Unresolved: "!"}[ci.Resolution]
		parts = append(parts, "("+ci.Raw+")"+mark)
	}
	for _, a := range c.Attributions {
		p := a.Source
		if a.Kind == model.Anonymous {
			p += "~"
		}
		if a.Channel != "" {
			p += " via " + a.Channel
		}
		if !containsString(parts, p) {
			parts = append(parts, p)
		}
	}
	if len(parts) == 0 {
		return "-"
	}
	return strings.Join(parts, " ")
}

func containsString(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// clipRunes shortens s to n runes.
func clipRunes(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
