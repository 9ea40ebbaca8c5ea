package common

import tea "charm.land/bubbletea/v2"

// Listing is the life of a screen listing what the corpus holds (claims,
// sources, problems): built when the user opens the screen, then again
// when the background pass is over and on a restyle, once opened (before,
// nobody looks).
type Listing struct{ opened bool }

// Update builds the list for the messages that ask for it, with build,
// and says so; on OpenMsg it answers by showing screen id.
func (l *Listing) Update(msg tea.Msg, id ID, build func()) (tea.Cmd, bool) {
	switch msg := msg.(type) {
	case OpenMsg:
		l.opened = true
		build()
		return ShowCmd(id), true
	case ProgressMsg:
		if msg.Done && l.opened {
			build()
		}
		return nil, true
	case RestyleMsg:
		if l.opened {
			build()
		}
		return nil, true
	}
	return nil, false
}

// Opened reports whether the screen was opened once.
func (l *Listing) Opened() bool { return l.opened }
