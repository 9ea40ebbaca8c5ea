package tui

// location is a place in the corpus a reader can return to: an article and a
// logical position in it (paragraph and byte offset), so it survives
// re-wrapping; and the claim selected there, if any. A location with Para -1
// is "wherever Claim is" (Claim may then be any sentence id).
type location struct {
	Article string
	Para    int
	Offset  int
	Claim   string
	// view, when set, is a list screen the user jumped from (claims,
	// sources, a panel, compare), to go back to as it was.
	view *viewState
}

// viewState is the screen stack and panels of a list screen.
type viewState struct {
	stack  []screen
	panels []panelModel
}

// jumpList records where the user jumped from, like vim's: ctrl-o walks back,
// ctrl-i forward. Jumping from the middle of the list drops the entries ahead,
// as a browser's history does.
type jumpList struct {
	entries []location
	pos     int // index of the entry ctrl-i returns to; len(entries) when at the head
}

const maxJumps = 100

// push records from as the place the user is leaving. Leaving the same
// place twice in a row is recorded once.
func (j *jumpList) push(from location) {
	if j.pos > 0 && j.pos == len(j.entries) && j.entries[j.pos-1] == from {
		return
	}
	j.entries = append(j.entries[:j.pos], from)
	if len(j.entries) > maxJumps {
		j.entries = j.entries[len(j.entries)-maxJumps:]
	}
	j.pos = len(j.entries)
}

// back returns where to go when the user, now at cur, presses ctrl-o.
func (j *jumpList) back(cur location) (location, bool) {
	if j.pos == 0 {
		return location{}, false
	}
	if j.pos == len(j.entries) {
		// Remember the head so that ctrl-i can come back to it.
		j.entries = append(j.entries, cur)
	} else {
		j.entries[j.pos] = cur
	}
	j.pos--
	return j.entries[j.pos], true
}

// forward returns where ctrl-i goes, if anywhere.
func (j *jumpList) forward(cur location) (location, bool) {
	if j.pos+1 >= len(j.entries) {
		return location{}, false
	}
	j.entries[j.pos] = cur
	j.pos++
	return j.entries[j.pos], true
}
