package tui

import "github.com/isnad/isnad/tui/common"

// jumpList records where the user jumped from, like vim's: ctrl-o walks back,
// ctrl-i forward. Jumping from the middle of the list drops the entries ahead,
// as a browser's history does.
type jumpList struct {
	entries []common.Location
	pos     int // index of the entry ctrl-i returns to; len(entries) when at the head
}

const maxJumps = 100

// push records from as the place the user is leaving. Leaving the same
// place twice in a row is recorded once.
func (j *jumpList) push(from common.Location) {
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
func (j *jumpList) back(cur common.Location) (common.Location, bool) {
	if j.pos == 0 {
		return common.Location{}, false
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
func (j *jumpList) forward(cur common.Location) (common.Location, bool) {
	if j.pos+1 >= len(j.entries) {
		return common.Location{}, false
	}
	j.entries[j.pos] = cur
	j.pos++
	return j.entries[j.pos], true
}
