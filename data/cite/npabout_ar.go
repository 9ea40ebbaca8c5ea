package cite

// Where an Arabic speaker's phrase ends before what the verb is about, or
// before the verb's object, though a particle or a noun could go on with it.

// sitsFor reports whether a phrase holds the title of one who sits for a
// constituency or a party ("النائب", "عضو المجلس"), which عن may follow.
func (f *finder) sitsFor(ts []token) bool {
	for k := range ts {
		if f.lex.representatives.hasBare(&ts[k]) {
			return true
		}
	}
	return false
}
