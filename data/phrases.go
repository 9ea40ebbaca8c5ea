package data

// phrases finds which phrases of a list a folded text contains on word
// boundaries (as containsPhrase decides) in one walk over the text: the
// chrome rules try some sixty phrases on every short paragraph, and one
// strings.Index per phrase was a third of the parse of a 10 MB article
// (Arabic text offers a candidate at every other byte).
type phrases struct {
	byHead map[uint64][]string // by their first phraseHead bytes
	filter [1 << 10]uint64     // a bit per head hash: most places are no head
	short  []string            // shorter than that: tried one by one
}

// phraseHead is how much of a phrase finds it: three Arabic letters (two
// start too many words).
const phraseHead = 6

func newPhrases(list []string) *phrases {
	x := &phrases{byHead: map[uint64][]string{}}
	seen := map[string]bool{}
	for _, p := range list {
		if seen[p] {
			continue // "copyright ©" and "© copyright" fold alike
		}
		seen[p] = true
		if len(p) < phraseHead {
			x.short = append(x.short, p)
			continue
		}
		h := phraseKey(p)
		x.byHead[h] = append(x.byHead[h], p)
		b := bit(h)
		x.filter[b/64] |= 1 << (b % 64)
	}
	return x
}

func phraseKey(s string) uint64 {
	var h uint64
	for i := range phraseHead {
		h |= uint64(s[i]) << (8 * i)
	}
	return h
}

func bit(h uint64) uint64 { return (h * 0x9E3779B97F4A7C15) >> (64 - 16) }

// each calls fn with each phrase s contains, once, until fn returns false.
// A phrase starts where a character does, so only those places are looked
// up; a phrase met there is checked by containsPhrase over the whole text,
// once.
func (x *phrases) each(s string, fn func(p string) bool) {
	for _, p := range x.short {
		if containsPhrase(s, p) && !fn(p) {
			return
		}
	}
	var tried []string
	for i := 0; i+phraseHead <= len(s); i++ {
		if !isRuneStart(s[i]) {
			continue
		}
		h := phraseKey(s[i:])
		if b := bit(h); x.filter[b/64]&(1<<(b%64)) == 0 {
			continue
		}
	next:
		for _, p := range x.byHead[h] {
			for _, t := range tried {
				if t == p {
					continue next
				}
			}
			tried = append(tried, p)
			if containsPhrase(s, p) && !fn(p) {
				return
			}
		}
	}
}

// any reports whether s contains one of the phrases.
func (x *phrases) any(s string) bool {
	found := false
	x.each(s, func(string) bool {
		found = true
		return false
	})
	return found
}

// count is how many of the phrases s contains.
func (x *phrases) count(s string) int {
	n := 0
	x.each(s, func(string) bool {
		n++
		return true
	})
	return n
}
