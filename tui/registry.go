package tui

import (
	"github.com/isnad/isnad/tui/claims"
	"github.com/isnad/isnad/tui/common"
	"github.com/isnad/isnad/tui/compare"
	"github.com/isnad/isnad/tui/help"
	"github.com/isnad/isnad/tui/library"
	"github.com/isnad/isnad/tui/notes"
	"github.com/isnad/isnad/tui/problems"
	"github.com/isnad/isnad/tui/reader"
	"github.com/isnad/isnad/tui/search"
	"github.com/isnad/isnad/tui/sources"
)

// registration is a screen the App builds at start: its constructor, and
// the global key that opens it from any screen (ActNone: opened by other
// screens only).
type registration struct {
	new func(*common.Context) common.Screen
	key common.Action
}

func screen[S common.Screen](newS func(*common.Context) S, key common.Action) registration {
	return registration{func(c *common.Context) common.Screen { return newS(c) }, key}
}

// registry is every screen of the explorer, the root first: a new screen
// is a package and a line here. (Outlines and panels are made for the
// occasion by the screens that open them.)
var registry = []registration{
	screen(library.New, common.ActNone),
	screen(reader.New, common.ActNone),
	screen(claims.New, common.ActClaims),
	screen(sources.New, common.ActSources),
	screen(compare.New, common.ActCompare),
	screen(search.New, common.ActSearch),
	screen(problems.New, common.ActProblems),
	screen(notes.New, common.ActNotes),
	screen(help.New, common.ActHelp),
}
