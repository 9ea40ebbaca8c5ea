// A subject set off from its verb by an aside between dashes or brackets.

package cite

// subjectBeforeAside is arSubjectBefore, reading past an aside set off by
// dashes or brackets right before the verb: a blessing ("فالإمام فلان -
// رحمه الله - يقول:") or a title ("فلان الفلاني -رئيس اللجنة- قال إن",
// invented) stands between the subject and its verb the way an apposition
// between commas does, and is no part of the subject. Read only when no
// subject was found with it, and not for a dateline's agency
// ("الرياض (واس) قال": the aside opens at the second word or later).
func (f *finder) subjectBeforeAside(toks []token, i int, vf verbForm, evs []event) ([2]int, bool) {
	sp, ok := f.arSubjectBefore(toks, i, vf, evs)
	if sp[1] > sp[0] || i < 4 {
		return sp, ok
	}
	open := asideOpen(toks, i)
	if open < 2 {
		return sp, ok
	}
	cut := make([]token, 0, open+len(toks)-i)
	cut = append(append(cut, toks[:open]...), toks[i:]...)
	var before []event
	for _, e := range evs {
		if e.cue[1] <= open && e.sp[1] <= open && e.content <= open {
			before = append(before, e)
		}
	}
	if sp2, ok2 := f.arSubjectBefore(cut, open, vf, before); sp2[1] > sp2[0] && sp2[1] <= open {
		if sp2[1] == open && toks[open].raw == "(" && f.startsWithName(toks[open+1:i-1]) {
			sp2[1] = i // "المتحدث باسم النادي (فلان الفلاني) قال": the name the title is
		}
		return sp2, ok2
	}
	return sp, ok
}

// asideOpen is the index of the dash or bracket opening an aside that the
// mark at toks[i-1] closes, the aside of one to six words with no other
// mark in it; -1 when there is none.
func asideOpen(toks []token, i int) int {
	c := i - 1
	closing := toks[c]
	if !isDash(closing) && closing.raw != ")" {
		return -1
	}
	for k := c - 1; k >= 0 && k >= c-7; k-- {
		t := toks[k]
		if isDash(closing) && isDash(t) || closing.raw == ")" && t.raw == "(" {
			if k == c-1 {
				return -1
			}
			return k
		}
		if t.punct {
			return -1
		}
	}
	return -1
}
