package common

import (
	tea "charm.land/bubbletea/v2"

	"github.com/isnad/isnad/model"
)

// This file holds the messages screens and the App exchange. A screen
// never calls another: it returns one of these as a command and the App
// acts (ShowMsg, PushMsg, BackMsg, GoToMsg, StatusMsg) or passes it to
// every screen (the others).

// ActionMsg is a key press on the screen on top, as the key map read it:
// the action it means (see KeyMap.Resolve) and the key itself, for typing
// and for keys that carry a value (the view digits).
type ActionMsg struct {
	Action Action
	Key    tea.KeyPressMsg
}

// ShowMsg asks the App to show a registered screen: pushed on the stack,
// or, with Alone, right above the root with everything else closed (the
// reader opening an article).
type ShowMsg struct {
	ID    ID
	Alone bool
}

// ShowCmd shows a registered screen over the current one.
func ShowCmd(id ID) tea.Cmd { return msgCmd(ShowMsg{ID: id}) }

// ShowAloneCmd shows a registered screen right above the root.
func ShowAloneCmd(id ID) tea.Cmd { return msgCmd(ShowMsg{ID: id, Alone: true}) }

// PushMsg asks the App to show a screen made for the occasion (an outline,
// a panel of evidence) over the current one. With Jump, opening it is a
// jump: the App records the place being left, and ctrl+o comes back to it.
type PushMsg struct {
	Screen Screen
	Jump   bool
}

// PushCmd shows s over the current screen.
func PushCmd(s Screen) tea.Cmd { return msgCmd(PushMsg{Screen: s}) }

// PushJumpCmd shows s over the current screen, recorded as a jump.
func PushJumpCmd(s Screen) tea.Cmd { return msgCmd(PushMsg{Screen: s, Jump: true}) }

// BackMsg asks the App to close the screen on top (never the root).
type BackMsg struct{}

// BackCmd closes the screen on top.
func BackCmd() tea.Cmd { return msgCmd(BackMsg{}) }

// GoToMsg goes to a place: the App restores a list screen (To.View) and
// passes any other place to the screens (the reader opens the article).
// With Jump, the App first records where the user is, for ctrl+o.
type GoToMsg struct {
	To   Location
	Jump bool
	// Found are the words a search found in the sentence To.Claim, as byte
	// ranges of its text: the reader highlights them until it goes
	// elsewhere. (Not part of Location: the jump list compares places.)
	Found []model.Span
}

// GoToCmd goes to a place without recording a jump (opening an article
// from the library).
func GoToCmd(to Location) tea.Cmd { return msgCmd(GoToMsg{To: to}) }

// JumpCmd goes to a place and records the place left.
func JumpCmd(to Location) tea.Cmd { return msgCmd(GoToMsg{To: to, Jump: true}) }

// JumpToClaimCmd jumps to a claim (any sentence id), or says why not.
func JumpToClaimCmd(id string) tea.Cmd {
	loc, err := ClaimLocation(id)
	if err != nil {
		return StatusCmd(err.Error())
	}
	return JumpCmd(loc)
}

// JumpToFoundCmd jumps to a sentence a search found (a sentence id), with
// the words it matched highlighted.
func JumpToFoundCmd(id string, found []model.Span) tea.Cmd {
	loc, err := ClaimLocation(id)
	if err != nil {
		return StatusCmd(err.Error())
	}
	return msgCmd(GoToMsg{To: loc, Jump: true, Found: found})
}

// StatusMsg is a one-shot message for the status bar, shown until the next
// key.
type StatusMsg struct{ Text string }

// StatusCmd shows a one-shot message in the status bar.
func StatusCmd(text string) tea.Cmd { return msgCmd(StatusMsg{Text: text}) }

// OpenMsg is sent to a registered screen alone when the user presses its
// global key (C, S, c, !, ?) on another screen: From is the screen on top.
// The screen gets ready (refreshes, loads) and answers ShowCmd when it is.
type OpenMsg struct{ From Screen }

// ProgressMsg says the library's background pass moved on; Done when it is
// over, so that lists built on it are complete.
type ProgressMsg struct{ Done bool }

// RestyleMsg says the styles or the text engine changed (the terminal's
// background, ctrl+t): whatever was pre-rendered is drawn again.
type RestyleMsg struct{}

// RestyleCmd asks every screen to draw again what it pre-rendered.
func RestyleCmd() tea.Cmd { return msgCmd(RestyleMsg{}) }

// StepArticleMsg asks for the article By places after From in the
// library's order (the reader's next and previous article keys); the
// library answers with GoToCmd.
type StepArticleMsg struct {
	From string
	By   int
}

// StepArticleCmd asks for the article by places after from.
func StepArticleCmd(from string, by int) tea.Cmd {
	return msgCmd(StepArticleMsg{From: from, By: by})
}

// CompareMsg asks the compare screen to compare articles. With no IDs it
// asks the library for its selection (the marked articles), which answers
// with the IDs.
type CompareMsg struct{ IDs []string }

// CompareCmd compares the given articles (none: the library's selection).
func CompareCmd(ids []string) tea.Cmd { return msgCmd(CompareMsg{IDs: ids}) }

// BackgroundMsg carries work no key waits for: the rest of an article the
// reader is already showing, its analysis. The App runs Cmd as it comes,
// outside the type-ahead queue, so that keys pressed meanwhile (q above
// all) are answered at once; what Cmd returns comes back as any message
// does, and its sender drops it if it is stale (a request id).
type BackgroundMsg struct{ Cmd tea.Cmd }

// BackgroundCmd runs cmd in the background: no key waits for it.
func BackgroundCmd(cmd tea.Cmd) tea.Cmd {
	if cmd == nil {
		return nil
	}
	return msgCmd(BackgroundMsg{Cmd: cmd})
}

func msgCmd(m tea.Msg) tea.Cmd { return func() tea.Msg { return m } }
