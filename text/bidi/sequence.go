package bidi

// sequence is an isolating run sequence (BD13) being resolved.
type sequence struct {
	types  []Class // classes after X1–X8, changed in place by the rules
	levels []Level // receives the resolved levels
	idx    []int32 // text index of each position; nil when position i is text index i
	level  Level
	sos    Class // L or R
	eos    Class // L or R
}

func (s *sequence) pos(k int) int {
	if s.idx == nil {
		return k
	}
	return int(s.idx[k])
}

// resolveSequence applies rules W1–W7, N0–N2 and I1–I2 to s.
func (p *Paragraph) resolveSequence(s sequence) {
	if len(s.types) == 0 {
		return
	}
	resolveWeak(s.types, s.sos, s.eos)
	if p.text != nil {
		p.resolveBrackets(&s)
	}
	resolveNeutralImplicit(s.types, s.levels, s.level, s.sos, s.eos)
}

// resolveWeak applies rules W1–W7. Afterwards only L, R, EN, AN and the
// neutrals (B, S, WS, ON and the isolate controls) remain.
func resolveWeak(t []Class, sos, eos Class) {
	// W1–W3 in one pass. prev is the class W1 gives the next NSM; strong
	// is the last strong class for W2, before W3 turns AL into R.
	prev, strong := sos, sos
	for i, c := range t {
		if c == NSM {
			c = prev // W1
		}
		prev = c
		switch c {
		case L, R:
			strong = c
		case AL:
			strong = AL
			c = R // W3
		case EN:
			if strong == AL {
				c = AN // W2
			}
		case LRI, RLI, FSI, PDI:
			prev = ON // W1: an NSM after an isolate control is ON
		}
		t[i] = c
	}

	// W4. A change here can only matter to the next position if that is a
	// separator, and then this one was not, so scanning forward is safe.
	for i := 1; i+1 < len(t); i++ {
		switch t[i] {
		case ES:
			if t[i-1] == EN && t[i+1] == EN {
				t[i] = EN
			}
		case CS:
			if a := t[i-1]; (a == EN || a == AN) && t[i+1] == a {
				t[i] = a
			}
		}
	}

	// W5–W7 in one pass. before is the class of the previous position
	// after W5 (W7 may since have made an EN into L); strong is the last
	// L or R for W7.
	before, strong := sos, sos
	for i := 0; i < len(t); i++ {
		c := t[i]
		switch c {
		case L, R:
			strong = c
		case EN:
			if strong == L {
				t[i] = L // W7
			}
		case ES, CS:
			t[i] = ON // W6
		case ET:
			j := i + 1
			for j < len(t) && t[j] == ET {
				j++
			}
			after := eos
			if j < len(t) {
				after = t[j]
			}
			to := ON // W6
			if before == EN || after == EN {
				c, to = EN, EN // W5
				if strong == L {
					to = L // W7
				}
			}
			for k := i; k < j; k++ {
				t[k] = to
			}
			i = j - 1
		}
		before = c
	}
}

// resolveNeutralImplicit applies rules N1 and N2 to the neutrals and I1
// and I2 to everything, writing levels.
func resolveNeutralImplicit(t []Class, levels []Level, level Level, sos, eos Class) {
	e := direction(level)
	// raise[c] is what I1 (even level) or I2 (odd level) adds to a
	// character of class c.
	raise := &raiseEven
	if level&1 != 0 {
		raise = &raiseOdd
	}
	prev := sos // last strong direction, EN and AN counting as R
	for i := 0; i < len(t); i++ {
		switch c := t[i]; c {
		case L:
			prev = L
			levels[i] = level + raise[L]
		case R, EN, AN:
			prev = R
			levels[i] = level + raise[c]
		default: // a neutral: resolve the whole run of them
			j := i + 1
			for j < len(t) && isNeutral(t[j]) {
				j++
			}
			next := eos
			if j < len(t) {
				next = R
				if t[j] == L {
					next = L
				}
			}
			d := e // N2
			if prev == next {
				d = prev // N1
			}
			l := level + raise[d]
			for k := i; k < j; k++ {
				levels[k] = l
			}
			i = j - 1
		}
	}
}

var (
	raiseEven = [numClasses]Level{R: 1, AN: 2, EN: 2}
	raiseOdd  = [numClasses]Level{L: 1, AN: 1, EN: 1}
)

func isNeutral(c Class) bool { return c != L && c != R && c != EN && c != AN }
