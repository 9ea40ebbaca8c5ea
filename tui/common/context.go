// Package common is what every screen of the explorer shares: the Context
// (size, styles, key map, text engine, the Library), the key map and its
// actions, the styles, the messages screens send the App, the Screen
// interface, and the one scroller and one filter input every screen uses.
//
// Screens live in their own packages (tui/library, tui/reader, …) and know
// each other only through this package: a screen asks for another by a
// message (ShowMsg, PushMsg, GoToMsg), never by calling it.
package common

import (
	"fmt"
	"strings"

	"github.com/isnad/isnad/model"
	"github.com/isnad/isnad/text"
)

// Library is what the explorer reads the corpus through. data.Library
// implements it; tests may use a fake. The explorer never imports data: a
// new kind of query (search, notes) is one method here and one there.
type Library interface {
	Name() string
	// Articles lists the articles (metadata) in catalog order; Stats fill
	// in as the background pass reaches each article. While Listing, the
	// list grows: the articles listed so far, in their places.
	Articles() []*model.Article
	// Listing says whether articles are still being listed.
	Listing() bool
	// Article returns a fully parsed article.
	Article(id string) (*model.Article, error)
	// ArticleStart returns the whole article (as Article does) when it is
	// at most upTo bytes long, else its first start bytes or so parsed on
	// their own; whole says which. The reader shows the start while Article
	// parses the rest.
	ArticleStart(id string, upTo, start int) (a *model.Article, whole bool, err error)
	Problems() []model.Problem
	Progress() (done, total int)
	// Updates receives when progress or problems changed and is closed when
	// the background pass is over.
	Updates() <-chan struct{}

	// The claims layer.
	Sourcing(id string) (*model.Sourcing, error)
	Claims() []model.ClaimRef
	Sources() []model.Source
	Source(id string) (model.Source, bool)
	Backlinks(source string) []string
	Diagnostics() []model.Diagnostics

	// The comparison layer.
	Compare(ids []string) (*model.Comparison, error)
}

// BidiMode says who reorders right-to-left text.
type BidiMode int

const (
	// BidiApp: isnad lays text out in visual order and asks the terminal for
	// explicit mode (CSI 8 l) so that it does not reorder again.
	BidiApp BidiMode = iota
	// BidiTerminal: isnad passes logical text, for terminals that reorder by
	// themselves and ignore the handshake.
	BidiTerminal
)

// Options are the user's choices for a session.
type Options struct {
	Bidi         BidiMode
	Shape        bool // join Arabic letters into presentation forms
	ShowControls bool // show bidi controls and other invisible characters
	// MaxWidth caps the width of running text on wide terminals (0: no cap).
	MaxWidth int
	// KeyFile rebinds keys (see KeyMap.LoadKeyFile); empty for none.
	KeyFile string
	// Kitty: the terminal reverses right-to-left words by itself (kitty
	// 0.26); they are sent so that its reversal turns them right. tui.Run
	// sets it when it detects kitty.
	Kitty bool
	// Eight: the terminal has the 8 basic colours only (terminfo
	// colors#8, e.g. TERM=screen); the palette keeps to them. tui.Run and
	// the server set it from terminal detection.
	Eight bool
	// Analyst is who is reading, when known: over SSH, the name the
	// server gives the session's key; locally --analyst. The session's
	// notes carry it (else the login name: see Context.Analyst).
	Analyst string
	// Notes opens the session's note store. The App calls it once, off
	// the UI goroutine (a PostgreSQL server may take its time to answer);
	// nil: the session has no notes.
	Notes func() (Notes, error)
	// Search opens the corpus-wide search index (nil: no search); Export
	// copies claims and writes reports (nil: neither). See findings.go.
	Search OpenSearch
	Export Exporter
}

// DefaultOptions are the options of a plain `isnad`.
func DefaultOptions() Options {
	return Options{Bidi: BidiApp, Shape: true, MaxWidth: 110}
}

// Minimum usable size; below it the App shows a notice instead of a broken
// layout, so no screen needs to handle less.
const (
	MinWidth  = 40
	MinHeight = 10
)

// Context is shared by all screens of one session. Only the App writes
// Width, Height, Note and Notes; a screen may change Opts and Engine (the reader's
// ctrl+t) and then sends RestyleMsg.
type Context struct {
	Width, Height int
	Styles        *Styles
	Keys          KeyMap
	Engine        *text.Engine
	Lib           Library
	Opts          Options
	Dark          bool
	// Note is a one-shot message for the status bars (StatusMsg), cleared
	// at the next key.
	Note string
	// Globals are the actions that work from every screen, as the App
	// routes them; help lists them.
	Globals []Action
	// Notes is the note store once open (nil before, or without one);
	// NotesErr why it could not be opened. Only the App writes them.
	Notes    Notes
	NotesErr error
}

// NewContext builds the context of a session: the default styles, the key
// map (rebound from opts.KeyFile), the text engine the options ask for.
func NewContext(lib Library, opts Options) (*Context, error) {
	keys := DefaultKeyMap()
	if opts.KeyFile != "" {
		if err := keys.LoadKeyFile(opts.KeyFile); err != nil {
			return nil, err
		}
	}
	return &Context{
		Styles: NewStyles(NewTheme(true, opts.Eight)),
		Keys:   keys,
		Engine: NewEngine(opts),
		Lib:    lib,
		Opts:   opts,
		Dark:   true,
	}, nil
}

// NewEngine builds the text engine the options ask for.
func NewEngine(o Options) *text.Engine {
	return text.NewEngine(text.Options{
		NoShape:      !o.Shape || o.Bidi == BidiTerminal,
		Logical:      o.Bidi == BidiTerminal,
		ShowControls: o.ShowControls,
		TabWidth:     4,
		Kitty:        o.Kitty && o.Bidi == BidiApp,
	})
}

// DirOf is the direction the engine should use for an article's paragraphs:
// each finds its own (UAX #9 P2/P3), so an English reference list in an
// Arabic article reads left to right; the article's direction decides only
// paragraphs without a letter.
func DirOf(a *model.Article) text.Direction {
	if a.Meta.Dir == model.DirRTL {
		return text.AutoRTL
	}
	return text.Auto
}

// StatusLine is the shared part of every status bar: the one-shot note,
// the background progress and the problem count.
func (c *Context) StatusLine() string {
	var parts []string
	if c.Note != "" {
		// Notes may quote content (an error naming a file): through the
		// engine, like any content, and kept to half the width.
		msg, _ := c.Engine.Fit(c.Note, max(c.Width/2, 1), text.LTR).Content()
		parts = append(parts, msg)
	}
	if c.Lib.Listing() {
		parts = append(parts, "listing…")
	} else if done, total := c.Lib.Progress(); done < total {
		parts = append(parts, fmt.Sprintf("reading %d/%d", done, total))
	}
	n := countProblems(c.Lib.Problems())
	if n > 0 {
		parts = append(parts, fmt.Sprintf("⚠ %d problem%s (%s)", n, Plural(n), c.Keys.Get(ActProblems).Help().Key))
	}
	if c.NotesDown() != nil {
		// The reason, which may be long, is on the problems screen.
		why := "⚠ note store unreachable"
		if n == 0 {
			why += " (" + c.Keys.Get(ActProblems).Help().Key + ")"
		}
		parts = append(parts, why)
	}
	return strings.Join(parts, " │ ")
}

// countProblems counts what is wrong with the files; notices (boilerplate
// counts, a language without a lexicon) are listed on the problems screen
// but raise no warning.
func countProblems(ps []model.Problem) int {
	n := 0
	for _, p := range ps {
		if !p.Notice {
			n++
		}
	}
	return n
}

// Plural is "s" unless n is 1.
func Plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// NonEmpty drops empty strings.
func NonEmpty(ss ...string) []string {
	out := ss[:0:0]
	for _, s := range ss {
		if s != "" {
			out = append(out, s)
		}
	}
	return out
}
