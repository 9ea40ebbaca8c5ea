// Command isnad reads a corpus of articles — many in Arabic — in the terminal:
// page through them, follow each claim to its source and back, and compare how
// the sources frame the story.
//
// This file only wires flags to the packages that do the work: the subcommands
// live one per file (cat.go, list.go, …) and the full-screen explorer in tui/.
package main

import (
	"io"
	"os"
)

// stdio is where a subcommand reads and writes; tests pass buffers.
type stdio struct {
	in       io.Reader
	out, err io.Writer
}

// command is one `isnad NAME …` subcommand. run gets the arguments after NAME
// and returns the exit status.
type command struct {
	name, usage, summary string
	run                  func(args []string, io stdio) int
}

// commands lists the subcommands in the order `isnad help` shows them.
var commands = []command{
	{"list", listUsage, "list the articles of the corpus with their metadata and counts", runList},
	{"cat", catUsage, "lay out text for a terminal, like fribidi (visual order, shaped, wrapped)", runCat},
	{"claims", claimsUsage, "list the checkable claims with their citations and attributions", runClaims},
	{"refs", refsUsage, "list reference entries, unresolved and ambiguous citations, unused entries", runRefs},
	{"sources", sourcesUsage, "list the sources of the corpus with counts per article", runSources},
	{"compare", compareUsage, "compare how the sources frame the story, name it, and where their facts disagree", runCompare},
}

func main() {
	os.Exit(run(os.Args[1:], stdio{os.Stdin, os.Stdout, os.Stderr}))
}

func run(args []string, io stdio) int {
	if len(args) > 0 {
		switch args[0] {
		case "help", "-h", "-help", "--help":
			usage(io.out)
			return 0
		}
		for _, c := range commands {
			if args[0] == c.name {
				return c.run(args[1:], io)
			}
		}
	}
	return runExplorer(args, io)
}
