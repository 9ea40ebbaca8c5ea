package cite

// Where a speaker ends before what the verb does to something other than
// what was said: the medium it takes as its object ("ألقى … كلمة"), or
// the occasion where it spoke after a name that looks like an adjective.

// channelObjectAfterName reports whether toks[j], a bare medium noun
// without the article, a particle or a pronoun ("كلمة", "رسالة"), is the
// object of the verb after a complete subject from toks[k]: a definite
// phrase or a name cannot stand in construct before it, so "ووجه مدير
// الشرطة رسالة إلى …" and "ألقى السفير فلان علان كلمة" end the speaker
// before the medium, while "مدير برنامج الإغاثة" goes on.
func (f *finder) channelObjectAfterName(toks []token, k, j int) bool {
	if j <= k || j >= len(toks) {
		return false
	}
	prev := &toks[j-1]
	if !f.channelObjectAt(toks, j) || prev.punct {
		return false
	}
	if hasAl(prev) && !joinedPrep(prev) {
		return f.personLike(toks[k:j]) || f.lex.titles.hasBare(&toks[k]) || f.kindAt(toks, k)
	}
	return f.personLike(toks[k:j]) && f.nameEndsAt(toks, k, j)
}

// channelObjectAt reports whether toks[j] is a bare medium noun that is
// no construct's head: "كلمة في الحفل", "رسالة واضحة", not "إعلان
// الولايات المتحدة" (the announcement of someone else).
func (f *finder) channelObjectAt(toks []token, j int) bool {
	if !f.bareChannelNoun(&toks[j]) {
		return false
	}
	return j+1 >= len(toks) || !hasAl(&toks[j+1]) || f.isAdjective(&toks[j+1])
}

// nameEndsAt reports whether a person's name closes toks[k:j]: a name the
// rules find (a given name and what follows it) or one met before, so the
// word before j is the name's, not an adjective describing which one
// ("السفير فلان السعدي", not "المرشح الفائز").
func (f *finder) nameEndsAt(toks []token, k, j int) bool {
	if s, e := f.arNameSpan(toks[k:j]); s >= 0 && k+e == j && !hasAl(&toks[k+s]) {
		return true
	}
	return f.nameMet(toks[k:j])
}

// kindAt reports whether a kind of source (a ministry, a company) opens
// toks[k]: "وجهت الوزارة رسالة إلى".
func (f *finder) kindAt(toks []token, k int) bool {
	_, n, _ := f.lex.kinds.match(toks, k)
	return n > 0
}

// bareChannelNoun reports whether t is a medium noun as written bare,
// without the article, a particle or a pronoun: "كلمة", "رسالة".
func (f *finder) bareChannelNoun(t *token) bool {
	return !hasAl(t) && !joinedPrep(t) && len(f.lex.channelNouns.byFirst[t.norm]) > 0 && !f.isAdjective(t)
}
