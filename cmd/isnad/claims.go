package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"text/tabwriter"

	"github.com/isnad/isnad/data"
	"github.com/isnad/isnad/data/cite"
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

// sourcingLexicon is the file a corpus folder may hold to replace the
// default cue and vague-source lists.
const sourcingLexicon = "sourcing.yaml"

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

// analysis is a corpus read through the sourcing layer.
type analysis struct {
	corpus   *model.Corpus
	sourcing []*model.Sourcing // one per article, corpus order
	index    *cite.Index
}

// analyse loads the corpus, its alias table and lexicon, and runs the
// sourcing layer over every article.
func analyse(f *sourcingFlags) (*analysis, error) {
	var c *model.Corpus
	var err error
	var dir fs.FS
	if f.corpus != "" {
		c, err = data.LoadDir(f.corpus)
		dir = os.DirFS(f.corpus)
	} else {
		c, err = data.LoadEmbedded()
	}
	if err != nil {
		return nil, err
	}
	aliases := &cite.Aliases{}
	switch {
	case f.table != "":
		aliases, err = cite.LoadAliases(os.DirFS(filepath.Dir(f.table)), filepath.Base(f.table))
		if err == nil && aliases.Len() == 0 {
			err = fmt.Errorf("%s: no such file or no sources", f.table)
		}
	case dir != nil:
		aliases, err = cite.LoadAliases(dir, "sources.yaml")
	}
	if err != nil {
		return nil, err
	}
	lex := cite.DefaultLexicon()
	if dir != nil {
		if lex, err = cite.LoadLexicon(dir, sourcingLexicon); err != nil {
			return nil, err
		}
	}
	z := cite.New(aliases, lex)
	an := &analysis{corpus: c, index: cite.NewIndex()}
	for _, a := range c.Articles {
		s := z.Analyze(a)
		an.sourcing = append(an.sourcing, s)
		an.index.Add(s)
	}
	return an, nil
}

// pick keeps the sourcing of one article, or all when id is empty.
func (an *analysis) pick(id string) ([]*model.Sourcing, error) {
	if id == "" {
		return an.sourcing, nil
	}
	for _, s := range an.sourcing {
		if s.Article == id {
			return []*model.Sourcing{s}, nil
		}
	}
	return nil, fmt.Errorf("no article %q", id)
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
	an, err := analyse(f)
	if err != nil {
		fmt.Fprintf(io.err, "isnad claims: %v\n", err)
		return 1
	}
	ss, err := an.pick(id)
	if err != nil {
		fmt.Fprintf(io.err, "isnad claims: %v\n", err)
		return 1
	}
	claims := []model.Claim{}
	for _, s := range ss {
		for _, c := range s.Claims {
			if *status == "" || string(c.Status) == *status {
				claims = append(claims, c)
			}
		}
	}
	if f.json {
		return printJSON(io, claims)
	}
	w := tabwriter.NewWriter(io.out, 0, 0, 2, ' ', 0)
	fmt.Fprintln(w, "CLAIM\tSTATUS\tSOURCES\tTEXT")
	for _, c := range claims {
		fmt.Fprintf(w, "%s\t%s\t%s\t%s\n", c.ID, c.Status, claimSources(c), clipRunes(c.Text, 70))
	}
	w.Flush()
	return 0
}

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
	an, err := analyse(f)
	if err == nil {
		var ss []*model.Sourcing
		if ss, err = an.pick(id); err == nil {
			return printRefs(io, ss, f.json)
		}
	}
	fmt.Fprintf(io.err, "isnad refs: %v\n", err)
	return 1
}

func printRefs(io stdio, ss []*model.Sourcing, asJSON bool) int {
	reports := make([]refsReport, 0, len(ss))
	for _, s := range ss {
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
		reports = append(reports, r)
	}
	if asJSON {
		return printJSON(io, reports)
	}
	for i, r := range reports {
		if i > 0 {
			fmt.Fprintln(io.out)
		}
		fmt.Fprintf(io.out, "%s: %d references, %d unresolved, %d ambiguous, %d unused\n",
			r.Article, len(r.References), len(r.Unresolved), len(r.Ambiguous), len(r.Unused))
		if len(r.References) > 0 {
			w := tabwriter.NewWriter(io.out, 0, 0, 2, ' ', 0)
			fmt.Fprintln(w, "REF\tDATE\tAUTHOR\tCITED BY\tTITLE")
			for _, ref := range r.References {
				fmt.Fprintf(w, "%s\t%s\t%s\t%d\t%s\n", ref.ID, orDash(ref.Date), clipRunes(ref.Author, 24), len(ref.CitedBy), clipRunes(ref.Title, 60))
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
	return 0
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
	an, err := analyse(f)
	if err != nil {
		fmt.Fprintf(io.err, "isnad sources: %v\n", err)
		return 1
	}
	srcs := an.index.Sources()
	if f.json {
		return printJSON(io, srcs)
	}
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
		fmt.Fprintf(w, "%s\t%s\t%d\t%s\t%s\n", s.ID, s.Kind, s.Claims, strings.Join(per, " "), s.Name)
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
