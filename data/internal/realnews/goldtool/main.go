// Command goldtool helps annotate real news for isnad's gold files without
// copying any article text into the repository.
//
//	goldtool show REF              print the article, paragraphs numbered
//	goldtool resolve DRAFT OUT     turn a draft (text anchors) into a gold file (offsets)
//	goldtool check GOLD...         verify gold files and print each event's spans
//	goldtool list [SOURCE]         list SaudiNewsNet articles: ref, source, length, title
package main

import (
	"fmt"
	"os"
	"sort"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/isnad/isnad/data/internal/realnews"
)

func main() {
	if len(os.Args) < 2 {
		usage()
	}
	dir, err := realnews.Dir()
	if err != nil {
		fail(err)
	}
	switch os.Args[1] {
	case "show":
		for _, ref := range os.Args[2:] {
			show(dir, ref)
		}
	case "resolve":
		if len(os.Args) != 4 {
			usage()
		}
		resolve(dir, os.Args[2], os.Args[3])
	case "check":
		bad := false
		for _, p := range os.Args[2:] {
			if !check(dir, p) {
				bad = true
			}
		}
		if bad {
			os.Exit(1)
		}
	case "list":
		list(dir, os.Args[2:])
	default:
		usage()
	}
}

func usage() {
	fmt.Fprintln(os.Stderr, "usage: goldtool show REF... | resolve DRAFT OUT | check GOLD... | list [SOURCE]")
	os.Exit(2)
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "goldtool:", err)
	os.Exit(1)
}

func show(dir, ref string) {
	d, err := realnews.Load(dir, ref)
	if err != nil {
		fail(err)
	}
	fmt.Printf("== %s  source=%s date=%s\n== title: %s\n== url: %s\n", d.Ref, d.Source, d.Date, d.Title, d.URL)
	for _, p := range realnews.Paras(d.Text) {
		fmt.Printf("[p%d @%d] %s\n", p.N, p.Start, p.Text)
	}
	fmt.Println()
}

func resolve(dir, in, out string) {
	b, err := os.ReadFile(in)
	if err != nil {
		fail(err)
	}
	var dr realnews.Draft
	if err := yaml.Unmarshal(b, &dr); err != nil {
		fail(fmt.Errorf("%s: %v", in, err))
	}
	d, err := realnews.Load(dir, dr.Doc)
	if err != nil {
		fail(err)
	}
	g, errs := dr.Resolve(d)
	for _, e := range errs {
		fmt.Fprintln(os.Stderr, in+":", e)
	}
	if len(errs) > 0 {
		os.Exit(1)
	}
	y, err := yaml.Marshal(g)
	if err != nil {
		fail(err)
	}
	header := "# Gold attributions, written by reading the article (see data/internal/realnews).\n# Offsets are runes in the collection's text; no article text is stored here.\n"
	if err := os.WriteFile(out, append([]byte(header), y...), 0o644); err != nil {
		fail(err)
	}
	fmt.Printf("%s: %d events\n", out, len(g.Events))
}

func check(dir, path string) bool {
	g, err := realnews.ReadGoldFile(path)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return false
	}
	d, err := realnews.Load(dir, g.Doc)
	if err != nil {
		fmt.Fprintln(os.Stderr, path+":", err)
		return false
	}
	errs := g.Check(d)
	for _, e := range errs {
		fmt.Fprintln(os.Stderr, path+":", e)
	}
	fmt.Printf("== %s (%s, %d events)\n", path, g.Doc, len(g.Events))
	for _, e := range g.Events {
		sp := "—"
		if e.Speaker != nil {
			sp = realnews.Slice(d.Text, e.Speaker[0], e.Speaker[1])
		}
		extra := ""
		if e.Resolved {
			extra = " resolved←" + e.Antecedent
		}
		if e.Channel != nil {
			extra += " via «" + realnews.Slice(d.Text, e.Channel[0], e.Channel[1]) + "»"
		}
		fmt.Printf("  %s %-11s cue «%s» speaker «%s» = %s (%s, named=%v)%s\n", e.ID, e.Form,
			realnews.Slice(d.Text, e.Cue[0], e.Cue[1]), sp, e.Entity, e.EntityKind, e.Named, extra)
	}
	return len(errs) == 0
}

func list(dir string, args []string) {
	ents, err := os.ReadDir(dir + "/saudinewsnet")
	if err != nil {
		fail(err)
	}
	var names []string
	for _, e := range ents {
		if strings.HasSuffix(e.Name(), ".zip") {
			names = append(names, e.Name())
		}
	}
	sort.Strings(names)
	for _, n := range names {
		docs, err := realnews.SaudiDay(dir, n)
		if err != nil {
			fail(err)
		}
		for _, d := range docs {
			if len(args) > 0 && d.Source != args[0] {
				continue
			}
			fmt.Printf("%s\t%s\t%d\t%s\n", d.Ref, d.Source, len([]rune(d.Text)), strings.ReplaceAll(d.Title, "\t", " "))
		}
	}
}
