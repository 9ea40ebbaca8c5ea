package bidi

import "slices"

// bracket is a row of BidiBrackets.txt.
type bracket struct {
	pair rune // Bidi_Paired_Bracket
	open bool // Bidi_Paired_Bracket_Type Open, else Close
}

// lookupBracket returns the bracket properties of r.
func lookupBracket(r rune) (bracket, bool) {
	switch r { // the common ones, without the search
	case '(':
		return bracket{')', true}, true
	case ')':
		return bracket{'(', false}, true
	case '[':
		return bracket{']', true}, true
	case ']':
		return bracket{'[', false}, true
	}
	i, ok := slices.BinarySearch(bracketRunes[:], r)
	if !ok {
		return bracket{}, false
	}
	return bracketData[i], true
}

// canonical maps U+232A RIGHT-POINTING ANGLE BRACKET onto its canonical
// equivalent U+3009, as BD16 compares brackets under canonical
// equivalence. Only closing brackets are compared (an opener's pair with a
// closer), so U+2329 needs no mapping.
func canonical(r rune) rune {
	if r == 0x232A {
		return 0x3009
	}
	return r
}

// maxOpeners is the size of the bracket stack of BD16.
const maxOpeners = 63

type opener struct {
	pos   int32 // in the sequence
	close rune  // the canonical closing bracket it waits for
}

type bracketPair struct{ open, close int32 }

// resolveBrackets applies rule N0 to s: it pairs brackets (BD16) and
// gives both brackets of a pair the direction of the strong types inside
// them or, failing that, of the context.
func (p *Paragraph) resolveBrackets(s *sequence) {
	t := s.types
	openers, pairs := p.openers[:0], p.pairs[:0]
scan:
	for k, c := range t {
		if c != ON {
			continue
		}
		r := p.text[s.pos(k)]
		b, ok := lookupBracket(r)
		if !ok {
			continue
		}
		if b.open {
			if len(openers) == maxOpeners {
				break scan // BD16: stop pairing for the rest of the sequence
			}
			openers = append(openers, opener{pos: int32(k), close: canonical(b.pair)})
			continue
		}
		r = canonical(r)
		for j := len(openers) - 1; j >= 0; j-- {
			if openers[j].close == r {
				pairs = append(pairs, bracketPair{openers[j].pos, int32(k)})
				openers = openers[:j]
				break
			}
		}
	}
	p.openers, p.pairs = openers, pairs
	if len(pairs) == 0 {
		return
	}
	slices.SortFunc(pairs, func(a, b bracketPair) int { return int(a.open - b.open) })

	e := direction(s.level)
	for _, pr := range pairs {
		inside := ON
		for k := pr.open + 1; k < pr.close; k++ {
			if d := strongN0(t[k]); d != ON {
				inside = d
				if d == e {
					break
				}
			}
		}
		if inside == ON {
			continue // N0 d: no strong type inside, leave the pair alone
		}
		d := inside // N0 b
		if inside != e {
			// N0 c: opposite direction inside; keep it only if the
			// context before the opener has it too.
			before := s.sos
			for k := pr.open - 1; k >= 0; k-- {
				if x := strongN0(t[k]); x != ON {
					before = x
					break
				}
			}
			if before != inside {
				d = e
			}
		}
		p.setPair(s, pr, d)
	}
}

// setPair gives a resolved bracket pair its direction, and also any NSMs
// right after either bracket (W1 had made them ON like their bracket).
func (p *Paragraph) setPair(s *sequence, pr bracketPair, d Class) {
	t := s.types
	for _, at := range [2]int32{pr.open, pr.close} {
		t[at] = d
		for k := int(at) + 1; k < len(t) && p.classes[s.pos(k)] == NSM; k++ {
			t[k] = d
		}
	}
}

// strongN0 returns the direction a class counts as in N0: EN and AN count
// as R.
func strongN0(c Class) Class {
	switch c {
	case L:
		return L
	case R, EN, AN:
		return R
	}
	return ON
}
