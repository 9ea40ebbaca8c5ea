package tui

import (
	"fmt"
	"strings"

	tea "charm.land/bubbletea/v2"

	"github.com/isnad/isnad/model"
	"github.com/isnad/isnad/text"
)

// App is the root model: it owns the screens, routes keys and keeps the jump
// list.
type App struct {
	ctx *Context

	stack []screen // navigation stack; the last is shown

	library  libraryModel
	reader   readerModel
	outline  outlineModel
	problems problemsModel
	help     helpModel
	claims   claimsModel
	sources  sourcesModel
	compare  compareModel
	panels   []panelModel // scrPanel shows the last: a claim's sources, a source's claims

	jumps jumpList

	status string // one-shot message for the status bar
	sized  bool   // a WindowSizeMsg has arrived
}

// progressMsg says the library's background pass moved on.
type progressMsg struct{ open bool }

// articleMsg carries a parsed article and its claims to the reader.
type articleMsg struct {
	art      *model.Article
	sourcing *model.Sourcing
	loc      location
	err      error
	// jump is true when the open should be recorded in the jump list.
	jump bool
	from location
}

// NewApp builds the root model.
func NewApp(lib Library, opts Options) (*App, error) {
	keys := DefaultKeyMap()
	if opts.KeyFile != "" {
		if err := keys.LoadKeyFile(opts.KeyFile); err != nil {
			return nil, err
		}
	}
	ctx := &Context{
		Styles: NewStyles(NewTheme(true)),
		Keys:   keys,
		Engine: newEngine(opts),
		Lib:    lib,
		Opts:   opts,
		Dark:   true,
	}
	a := &App{ctx: ctx, stack: []screen{scrLibrary}}
	a.library = newLibrary(ctx)
	a.reader = newReader(ctx)
	a.outline = newOutline(ctx)
	a.problems = newProblems(ctx)
	a.help = newHelp(ctx)
	a.claims = newClaims(ctx)
	a.sources = newSources(ctx)
	a.compare = newCompare(ctx)
	return a, nil
}

// Init starts listening to the library and asks for the background colour.
func (a *App) Init() tea.Cmd {
	return tea.Batch(a.waitProgress(), tea.RequestBackgroundColor)
}

// waitProgress waits for the next library update.
func (a *App) waitProgress() tea.Cmd {
	ch := a.ctx.Lib.Updates()
	if ch == nil {
		return nil
	}
	return func() tea.Msg {
		_, open := <-ch
		return progressMsg{open: open}
	}
}

func (a *App) top() screen { return a.stack[len(a.stack)-1] }

func (a *App) push(s screen) {
	if a.top() != s {
		a.stack = append(a.stack, s)
	}
}

func (a *App) pop() {
	if len(a.stack) > 1 {
		a.stack = a.stack[:len(a.stack)-1]
	}
}

// Update routes messages: global ones here, the rest to the active screen.
func (a *App) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		a.setSize(msg.Width, msg.Height)
		return a, nil
	case tea.BackgroundColorMsg:
		if dark := msg.IsDark(); dark != a.ctx.Dark {
			a.ctx.Dark = dark
			*a.ctx.Styles = *NewStyles(NewTheme(dark))
			a.restyle()
		}
		return a, nil
	case progressMsg:
		a.library.refresh()
		if !msg.open {
			// The pass is over: lists built on it are complete now.
			switch a.top() {
			case scrClaims:
				a.claims.refresh()
			case scrSources:
				a.sources.refresh()
			}
		}
		if msg.open {
			return a, a.waitProgress()
		}
		return a, nil
	case openArticleMsg:
		return a, a.load(msg.id, msg.loc, false, location{})
	case articleMsg:
		return a, a.show(msg)
	case compareMsg:
		if msg.err != nil {
			a.status = "cannot compare: " + msg.err.Error()
			return a, nil
		}
		a.compare.open(msg.cmp, msg.arts)
		a.push(scrCompare)
		return a, nil
	case tea.MouseWheelMsg:
		if a.top() == scrReader {
			a.reader = a.reader.mouseScroll(msg)
		}
		return a, nil
	case tea.KeyPressMsg:
		return a, a.key(msg)
	}
	return a, nil
}

// key handles a key press: global actions first, then the active screen.
func (a *App) key(msg tea.KeyPressMsg) tea.Cmd {
	a.status = ""
	s := a.top()
	if s == scrLibrary && a.library.filtering {
		var cmd tea.Cmd
		a.library, cmd = a.library.Update(msg, ActNone)
		return cmd
	}
	if s == scrClaims && a.claims.filtering {
		a.claims, _ = a.claims.Update(msg, ActNone)
		return nil
	}
	if a.tooSmall() {
		if a.ctx.Keys.Action(s, msg) == ActQuit || msg.String() == "q" {
			return a.quit()
		}
		return nil
	}
	act := a.ctx.Keys.Action(s, msg)
	switch act {
	case ActQuit:
		return a.quit()
	case ActHelp:
		if s == scrHelp {
			a.pop()
		} else {
			a.help.show(s)
			a.push(scrHelp)
		}
		return nil
	case ActProblems:
		if s != scrProblems {
			a.problems.refresh()
			a.push(scrProblems)
		}
		return nil
	case ActJumpBack:
		if loc, ok := a.jumps.back(a.here()); ok {
			return a.goTo(loc)
		}
		a.status = "no older jump"
		return nil
	case ActJumpForward:
		if loc, ok := a.jumps.forward(a.here()); ok {
			return a.goTo(loc)
		}
		a.status = "no newer jump"
		return nil
	case ActBack:
		if s == scrPanel && len(a.panels) > 0 {
			a.panels = a.panels[:len(a.panels)-1]
			if len(a.panels) > 0 {
				return nil
			}
		}
		a.pop()
		return nil
	case ActClaims:
		if s != scrClaims {
			a.leaveReader()
			a.claims.refresh()
			a.push(scrClaims)
		}
		return nil
	case ActSources:
		if s != scrSources {
			a.leaveReader()
			a.sources.refresh()
			a.push(scrSources)
		}
		return nil
	case ActCompare:
		if s != scrCompare {
			a.leaveReader()
			return a.loadCompare(a.library.compareSelection())
		}
		return nil
	}

	switch s {
	case scrLibrary:
		var cmd tea.Cmd
		a.library, cmd = a.library.Update(msg, act)
		return cmd
	case scrReader:
		return a.readerKey(act)
	case scrOutline:
		var sel *model.Section
		a.outline, sel = a.outline.Update(act)
		if sel != nil {
			a.pop()
			from := a.reader.here()
			a.jumps.push(from)
			a.reader.scrollTo(location{Article: a.reader.art.ID, Para: sel.Para})
		}
	case scrProblems:
		a.problems = a.problems.Update(act)
	case scrHelp:
		a.help = a.help.Update(act)
	case scrClaims:
		var id string
		if a.claims, id = a.claims.Update(msg, act); id != "" {
			return a.jumpToClaim(id)
		}
	case scrSources:
		var t *panelTarget
		if a.sources, t = a.sources.Update(act); t != nil {
			return a.follow(*t)
		}
	case scrPanel:
		var t *panelTarget
		top := &a.panels[len(a.panels)-1]
		if *top, t = top.Update(act); t != nil {
			return a.follow(*t)
		}
	case scrCompare:
		var out compareOut
		a.compare, out = a.compare.Update(msg, act)
		switch {
		case out.panel != nil:
			a.panels = append(a.panels, *out.panel)
			a.push(scrPanel)
		case out.jump != "":
			return a.jumpToClaim(out.jump)
		}
	}
	return nil
}

// compareMsg carries a comparison to the compare screen.
type compareMsg struct {
	cmp  *model.Comparison
	arts []*model.Article // the sources, in the comparison's order
	err  error
}

// loadCompare compares the given articles off the event loop.
func (a *App) loadCompare(ids []string) tea.Cmd {
	lib := a.ctx.Lib
	return func() tea.Msg {
		cmp, err := lib.Compare(ids)
		if err != nil {
			return compareMsg{err: err}
		}
		arts := make([]*model.Article, 0, len(ids))
		for _, id := range cmp.Sources {
			art, err := lib.Article(id)
			if err != nil {
				return compareMsg{err: err}
			}
			arts = append(arts, art)
		}
		return compareMsg{cmp: cmp, arts: arts}
	}
}

// follow does what Enter on a panel item asks: list a source's claims, or
// jump to a claim.
func (a *App) follow(t panelTarget) tea.Cmd {
	switch {
	case t.source != "":
		a.panels = append(a.panels, backlinksPanel(a.ctx, t.source, claimIndex(a.ctx.Lib)))
		a.push(scrPanel)
	case t.claim != "":
		return a.jumpToClaim(t.claim)
	}
	return nil
}

// leaveReader records the reader's place when a list screen opens over it:
// that is a jump, and ctrl-o comes back to it.
func (a *App) leaveReader() {
	if a.top() == scrReader {
		a.jumps.push(a.reader.here())
	}
}

// openClaimPanel shows the sources of the claim on screen. Opening it is a
// jump: ctrl-o comes back to this place.
func (a *App) openClaimPanel() tea.Cmd {
	c := a.reader.claimOnScreen()
	if c == nil {
		a.status = "no claim on screen"
		return nil
	}
	a.jumps.push(a.reader.here())
	a.panels = []panelModel{claimPanel(a.ctx, a.reader.art, a.reader.marks.sourcing, c.id)}
	a.push(scrPanel)
	return nil
}

func (a *App) readerKey(act Action) tea.Cmd {
	switch act {
	case ActOutline:
		if len(a.reader.art.Sections) == 0 {
			a.status = "this article has no headings"
			return nil
		}
		a.outline.show(a.reader.art, a.reader.anchor())
		a.push(scrOutline)
		return nil
	case ActNextArticle, ActPrevArticle:
		n := 1
		if act == ActPrevArticle {
			n = -1
		}
		next := a.library.neighbour(a.reader.art.ID, n)
		if next == nil {
			a.status = "no " + map[bool]string{true: "next", false: "previous"}[n > 0] + " article"
			return nil
		}
		return a.load(next.ID, location{}, false, location{})
	case ActOpen:
		return a.openClaimPanel()
	case ActBoilerplate:
		a.reader, _ = a.reader.Update(act)
		a.status = "web chrome " + map[bool]string{true: "shown", false: "hidden"}[a.reader.showBoiler]
		return nil
	case ActControls:
		a.ctx.Opts.ShowControls = !a.ctx.Opts.ShowControls
		a.ctx.Engine = newEngine(a.ctx.Opts)
		a.restyle()
		a.status = "invisible controls " + map[bool]string{true: "shown", false: "hidden"}[a.ctx.Opts.ShowControls]
		return nil
	}
	var cmd tea.Cmd
	a.reader, cmd = a.reader.Update(act)
	return cmd
}

// load parses and analyses an article off the event loop (a large one
// takes a moment) and shows it.
func (a *App) load(id string, loc location, jump bool, from location) tea.Cmd {
	lib := a.ctx.Lib
	return func() tea.Msg {
		art, err := lib.Article(id)
		if err != nil {
			return articleMsg{err: err}
		}
		s, err := lib.Sourcing(id)
		if err != nil {
			s = nil // the reader still shows the text
		}
		return articleMsg{art: art, sourcing: s, loc: loc, jump: jump, from: from}
	}
}

// jumpToClaim opens the article of a claim (a sentence id) with the claim
// selected, recording the current place in the jump list.
func (a *App) jumpToClaim(id string) tea.Cmd {
	r, err := model.ParseRef(id)
	if err != nil {
		a.status = err.Error()
		return nil
	}
	return a.jumpTo(location{Article: r.Article, Claim: id, Para: -1})
}

// show puts a loaded article in the reader.
func (a *App) show(m articleMsg) tea.Cmd {
	if m.err != nil {
		a.status = "cannot open: " + m.err.Error()
		return nil
	}
	if m.jump {
		a.jumps.push(m.from)
	}
	a.reader.open(m.art, m.sourcing, m.loc)
	a.toReader()
	a.reader.restore(m.loc)
	return nil
}

// toReader shows the reader on top of the library, closing everything else.
func (a *App) toReader() {
	for a.top() != scrLibrary {
		a.pop()
	}
	a.panels = nil
	a.push(scrReader)
}

// here is where the user is, for the jump list: a place in the reader, or
// a list screen (claims, sources, a panel, compare) as it stands.
func (a *App) here() location {
	switch a.top() {
	case scrClaims, scrSources, scrPanel, scrCompare:
		return location{view: &viewState{
			stack:  append([]screen(nil), a.stack...),
			panels: append([]panelModel(nil), a.panels...),
		}}
	}
	return a.reader.here()
}

// goTo shows a location (from the jump list, or a jump's target).
func (a *App) goTo(loc location) tea.Cmd {
	if v := loc.view; v != nil {
		a.stack = append([]screen(nil), v.stack...)
		a.panels = append([]panelModel(nil), v.panels...)
		for i := range a.panels {
			a.panels[i].SetSize(a.ctx.Width, a.ctx.Height)
		}
		return nil
	}
	if a.reader.art != nil && a.reader.art.ID == loc.Article {
		a.toReader()
		a.reader.restore(loc)
		return nil
	}
	return a.load(loc.Article, loc, false, location{})
}

// jumpTo opens loc and records the current place in the jump list.
func (a *App) jumpTo(loc location) tea.Cmd {
	from := a.here()
	record := from.Article != "" || from.view != nil
	if a.reader.art != nil && a.reader.art.ID == loc.Article {
		if record {
			a.jumps.push(from)
		}
		return a.goTo(loc)
	}
	return a.load(loc.Article, loc, record, from)
}

func (a *App) quit() tea.Cmd { return tea.Quit }

func (a *App) tooSmall() bool {
	return a.ctx.Width < minWidth || a.ctx.Height < minHeight
}

// setSize pushes a new size down to every screen, once.
func (a *App) setSize(w, h int) {
	a.sized = true
	a.ctx.Width, a.ctx.Height = w, h
	if a.tooSmall() {
		return
	}
	a.library.SetSize(w, h)
	a.reader.geometry(w, h)
	a.reader.SetSize(w, h)
	a.outline.SetSize(w, h)
	a.problems.SetSize(w, h)
	a.help.SetSize(w, h)
	a.claims.SetSize(w, h)
	a.sources.SetSize(w, h)
	a.compare.SetSize(w, h)
	for i := range a.panels {
		a.panels[i].SetSize(w, h)
	}
}

// restyle re-renders what was pre-rendered with the old styles or engine.
func (a *App) restyle() {
	if a.reader.art != nil && len(a.reader.rows) > 0 {
		anchor := a.reader.anchor()
		a.reader.layout()
		a.reader.scrollTo(anchor)
	}
	a.compare.SetSize(a.ctx.Width, a.ctx.Height)
}

// statusLine is the shared part of every status bar: a one-shot message,
// the background progress and the problem count.
func (a *App) statusLine() string {
	var parts []string
	if a.status != "" {
		// Messages may quote content (an error naming a file): through the
		// engine, like any content, and kept to half the width.
		msg, _ := a.ctx.Engine.Fit(a.status, max(a.ctx.Width/2, 1), text.LTR).Content()
		parts = append(parts, msg)
	}
	if done, total := a.ctx.Lib.Progress(); done < total {
		parts = append(parts, fmt.Sprintf("reading %d/%d", done, total))
	}
	if n := countProblems(a.ctx.Lib.Problems()); n > 0 {
		parts = append(parts, fmt.Sprintf("⚠ %d problem%s (!)", n, plural(n)))
	}
	return strings.Join(parts, " │ ")
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// View draws the active screen.
func (a *App) View() tea.View {
	var v tea.View
	v.AltScreen = true
	v.MouseMode = tea.MouseModeCellMotion
	v.WindowTitle = "isnad"
	if !a.sized {
		return v
	}
	if a.tooSmall() {
		v.SetContent(tooSmallView(a.ctx.Width, a.ctx.Height))
		return v
	}
	status := a.statusLine()
	switch a.top() {
	case scrLibrary:
		v.SetContent(a.library.View(status))
	case scrReader:
		v.SetContent(a.reader.View(status))
	case scrOutline:
		v.SetContent(a.outline.View())
	case scrProblems:
		v.SetContent(a.problems.View())
	case scrHelp:
		v.SetContent(a.help.View())
	case scrClaims:
		v.SetContent(a.claims.View(status))
	case scrSources:
		v.SetContent(a.sources.View(status))
	case scrPanel:
		if len(a.panels) > 0 {
			v.SetContent(a.panels[len(a.panels)-1].View(status))
		}
	case scrCompare:
		v.SetContent(a.compare.View(status))
	}
	return v
}

// tooSmallView is shown below 40x10; it fits any size down to 1x1.
func tooSmallView(w, h int) string {
	lines := []string{"terminal too small", fmt.Sprintf("%dx%d, need 40x10", w, h), "q quits"}
	var out []string
	for i := 0; i < h && i < len(lines); i++ {
		out = append(out, fitUI(lines[i], w))
	}
	return strings.Join(out, "\n")
}
