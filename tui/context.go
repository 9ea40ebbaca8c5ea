// Package tui is isnad's full-screen explorer: the library of articles, the
// reader, and the screens built on the analysis (claims, sources, compare).
//
// Event flow: App (app.go) is the root Bubble Tea model. It handles global
// keys (quit, help, problems, the jump list) and routes everything else to the
// active screen, each in its own file with New…, Update returning its concrete
// type, View and SetSize. All screens share one *Context: size, styles, key
// map, the text engine and the library. Text never reaches the terminal
// without going through the text engine (text), which lays right-to-left
// text out in visual order, joins Arabic letters and makes sure no content
// byte can drive the terminal.
package tui

import (
	"github.com/isnad/isnad/model"
	"github.com/isnad/isnad/text"
)

// Library is what the explorer reads the corpus through. data.Library
// implements it; tests may use a fake.
type Library interface {
	Name() string
	// Articles lists every article at once (metadata), in catalog order;
	// Stats fill in as the background pass reaches each article.
	Articles() []*model.Article
	// Article returns a fully parsed article.
	Article(id string) (*model.Article, error)
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
}

// DefaultOptions are the options of a plain `isnad`.
func DefaultOptions() Options {
	return Options{Bidi: BidiApp, Shape: true, MaxWidth: 110}
}

// Minimum usable size; below it the app shows a notice instead of a broken
// layout.
const (
	minWidth  = 40
	minHeight = 10
)

// Context is shared by all screens of one session.
type Context struct {
	Width, Height int
	Styles        *Styles
	Keys          KeyMap
	Engine        *text.Engine
	Lib           Library
	Opts          Options
	Dark          bool
}

// newEngine builds the text engine the options ask for.
func newEngine(o Options) *text.Engine {
	return text.NewEngine(text.Options{
		NoShape:      !o.Shape || o.Bidi == BidiTerminal,
		Logical:      o.Bidi == BidiTerminal,
		ShowControls: o.ShowControls,
		TabWidth:     4,
	})
}

// dirOf is the direction the engine should use for an article's paragraphs:
// forced when the metadata says, else decided per paragraph.
func dirOf(a *model.Article) text.Direction {
	switch a.Meta.Dir {
	case model.DirRTL:
		return text.RTL
	case model.DirLTR:
		return text.LTR
	}
	return text.Auto
}
