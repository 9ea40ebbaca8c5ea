package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	goio "io"
	"strings"
	"text/tabwriter"

	"github.com/isnad/isnad/data"
	"github.com/isnad/isnad/model"
)

// isnad claims, refs and sources print what the sourcing layer (data/cite)
// finds: the checkable sentences and what backs them, each article's
// reference list with its diagnostics, and the sources across the corpus.

const (
	claimsUsage  = `isnad claims [--json] [--status S] [--corpus DIR] [--sources FILE] [ARTICLE]`
	refsUsage    = `isnad refs [--json] [--corpus DIR] [--sources FILE] [ARTICLE]`
	sourcesUsage = `isnad sources [--json] [--corpus DIR] [--sources FILE]`
)

// sourcingFlags are the flags the three commands share.
type sourcingFlags struct {
	json          bool
	corpus, table string
}

func newSourcingFlags(name, usage, about string, io stdio) (*flag.FlagSet, *sourcingFlags) {
	fl := flag.NewFlagSet(name, flag.ContinueOnError)
	fl.SetOutput(io.err)
	fl.Usage = func() {
		fmt.Fprintf(io.err, "usage: %s\n\n%s\n\n", usage, about)
		fl.PrintDefaults()
	}
	f := &sourcingFlags{}
	fl.BoolVar(&f.json, "json", false, "print JSON")
	fl.StringVar(&f.corpus, "corpus", "", "read the articles of `DIR` instead of the embedded corpus")
	fl.StringVar(&f.table, "sources", "", "alias table `FILE` (default: sources.yaml in the corpus folder)")
	return fl, f
}

// open opens the corpus with the alias table the flags name; pass says
// whether the background pass (the source index) is needed.
func (f *sourcingFlags) open(cmd string, pass bool, io stdio) (*data.Library, int) {
	return openCorpus(cmd, f.corpus, data.Options{NoPass: !pass, SourcesFile: f.table}, io)
}

// walk runs the claims layer over one article (id) or all, handing each
// result to fn in corpus order, and reports problems and errors; it
// returns the exit status. end finishes the output.
func (f *sourcingFlags) walk(cmd, id string, io stdio, fn func(*model.Sourcing) error, end func() error) int {
	lib, code := f.open(cmd, false, io)
	if lib == nil {
		return code
	}
	defer lib.Close()
	defer func() { printProblems(io, lib.Problems()) }()
	ids, err := articleIDs(lib, id)
	if err == nil {
		err = eachSourcing(lib, ids, fn)
	}
	if err == nil {
		err = end()
	}
	if err != nil {
		fmt.Fprintf(io.err, "%s: %v\n", cmd, err)
		return 1
	}
	return 0
}

// oneArg reads the optional ARTICLE argument.
func oneArg(fl *flag.FlagSet, args []string, name string, io stdio) (string, bool) {
	rest, ok := parseInterleaved(fl, args)
	if !ok {
		return "", false
	}
	if len(rest) > 1 {
		fmt.Fprintf(io.err, "%s: one ARTICLE at most\n", name)
		return "", false
	}
	if len(rest) == 1 {
		r, err := model.ParseRef(rest[0])
		if err != nil {
			fmt.Fprintf(io.err, "%s: %v\n", name, err)
			return "", false
		}
		return r.Article, true
	}
	return "", true
}

func runClaims(args []string, io stdio) int {
	fl, f := newSourcingFlags("isnad claims", claimsUsage,
		"Lists the claims (sentences that assert something checkable) with their\ncitations and attributions. STATUS is cited, attributed, anonymous or unsourced.", io)
	status := fl.String("status", "", "only claims of status `S`")
	id, ok := oneArg(fl, args, "isnad claims", io)
	if !ok {
		return 2
	}
	if *status != "" && !validStatus(*status) {
		fmt.Fprintf(io.err, "isnad claims: status %q: want cited, attributed, anonymous or unsourced\n", *status)
		return 2
	}
	// Streamed, article by article: a large corpus is never all in memory.
	var out claimWriter
	if f.json {
		out = newJSONArray(io.out)
	} else {
		out = newClaimTable(io.out)
	}
	return f.walk("isnad claims", id, io, func(s *model.Sourcing) error {
		for _, c := range s.Claims {
			if *status == "" || string(c.Status) == *status {
				if err := out.claim(c); err != nil {
					return err
				}
			}
		}
		return nil
	}, out.close)
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
	_, err := a.w.Write(bytes.TrimSuffix(a.buf.Bytes(), []byte("\n")))
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

// refsReport is what `isnad refs --json` prints per article.
type refsReport struct {
	Article    string            `json:"article"`
	References []model.Reference `json:"references"`
	Unresolved []model.Citation  `json:"unresolved"`
	Ambiguous  []model.Citation  `json:"ambiguous"`
	Unused     []string          `json:"unused"`
}

func runRefs(args []string, io stdio) int {
	fl, f := newSourcingFlags("isnad refs", refsUsage,
		"Lists each article's reference entries with the claims citing them, and the\ndiagnostics: unresolved and ambiguous citations, unused entries.", io)
	id, ok := oneArg(fl, args, "isnad refs", io)
	if !ok {
		return 2
	}
	arr := newJSONArray(io.out)
	first := true
	return f.walk("isnad refs", id, io, func(s *model.Sourcing) error {
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
			fmt.Fprintf(io.out, "unresolved %s (%s) in %s: %s\n", c.ID, c.Raw, c.Sentence, c.Note)
		}
		for _, c := range r.Ambiguous {
			fmt.Fprintf(io.out, "ambiguous  %s (%s) in %s: %s — %s\n", c.ID, c.Raw, c.Sentence, strings.Join(c.Candidates, " "), c.Note)
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

func runSources(args []string, io stdio) int {
	fl, f := newSourcingFlags("isnad sources", sourcesUsage,
		"Lists the sources of the corpus — outlets, organisations, people, vague\nsources — with the spellings met and how many claims of each article rely on them.", io)
	rest, ok := parseInterleaved(fl, args)
	if !ok {
		return 2
	}
	if len(rest) > 0 {
		fmt.Fprintln(io.err, "isnad sources: no arguments expected")
		return 2
	}
	lib, code := f.open("isnad sources", true, io)
	if lib == nil {
		return code
	}
	defer lib.Close()
	defer func() { printProblems(io, lib.Problems()) }()
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
	w.Flush()
	return 0
}

func printJSON(io stdio, v any) int {
	enc := json.NewEncoder(io.out)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		fmt.Fprintf(io.err, "isnad: %v\n", err)
		return 1
	}
	return 0
}
