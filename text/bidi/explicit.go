package bidi

import "slices"

// matchIsolates pairs isolate initiators with PDIs (BD9). An isolate left
// open at a paragraph separator or at the end is matched with that
// position instead, which is where its content ends.
func (p *Paragraph) matchIsolates() {
	n := len(p.classes)
	if cap(p.match) < n {
		p.match = make([]int32, n)
	}
	p.match = p.match[:n]
	open := p.open[:0]
	for i, c := range p.classes {
		switch c {
		case LRI, RLI, FSI:
			open = append(open, int32(i))
		case PDI:
			p.match[i] = -1
			if k := len(open) - 1; k >= 0 {
				p.match[open[k]] = int32(i)
				p.match[i] = open[k]
				open = open[:k]
			}
		case B:
			for _, o := range open {
				p.match[o] = int32(i)
			}
			open = open[:0]
		}
	}
	for _, o := range open {
		p.match[o] = int32(n)
	}
	p.open = open
}

// matchedPDI returns the PDI matching isolate initiator i, if any.
func (p *Paragraph) matchedPDI(i int) (int, bool) {
	j := int(p.match[i])
	return j, j < len(p.classes) && p.classes[j] == PDI
}

// firstStrong applies rules P2 and P3 to classes[start:end]: 1 if the first
// strong character outside isolates is R or AL, else 0.
func (p *Paragraph) firstStrong(start, end int) Level {
	return p.firstStrongOr(start, end, 0)
}

// firstStrongOr is firstStrong with level none when there is no strong
// character outside isolates.
func (p *Paragraph) firstStrongOr(start, end int, none Level) Level {
	for i := start; i < end; i++ {
		switch p.classes[i] {
		case L:
			return 0
		case R, AL:
			return 1
		case LRI, RLI, FSI:
			i = int(p.match[i]) // the loop steps over the PDI
		}
	}
	return none
}

// status is an entry of the directional status stack (X1).
type status struct {
	level    Level
	override Class // ON, L or R
	isolate  bool
}

// explicitLevels applies rules X1–X8: levels of all characters and the
// classes overrides impose. Characters X9 removes get levels here too, but
// resolve replaces them.
func (p *Paragraph) explicitLevels() {
	var stack [maxDepth + 2]status
	stack[0] = status{level: p.base, override: ON}
	top := 0
	var overflowIsolates, overflowEmbeddings, validIsolates int

	for i, c := range p.classes {
		switch c {
		case LRE, RLE, LRO, RLO, LRI, RLI, FSI:
			cur := stack[top]
			isolate := isInitiator(c)
			rtl := c == RLE || c == RLO || c == RLI
			if c == FSI {
				rtl = p.firstStrong(i+1, int(p.match[i])) == 1
			}
			p.levels[i] = cur.level
			if isolate && cur.override != ON {
				p.types[i] = cur.override
			}
			next := (cur.level + 2) &^ 1 // least greater even
			if rtl {
				next = (cur.level + 1) | 1 // least greater odd
			}
			switch {
			case next <= maxDepth && overflowIsolates == 0 && overflowEmbeddings == 0:
				if isolate {
					validIsolates++
				}
				override := ON
				switch c {
				case LRO:
					override = L
				case RLO:
					override = R
				}
				top++
				stack[top] = status{level: next, override: override, isolate: isolate}
			case isolate:
				overflowIsolates++
			case overflowIsolates == 0:
				overflowEmbeddings++
			}

		case PDI: // X6a
			switch {
			case overflowIsolates > 0:
				overflowIsolates--
			case validIsolates == 0:
			default:
				overflowEmbeddings = 0
				for !stack[top].isolate {
					top--
				}
				top--
				validIsolates--
			}
			p.levels[i] = stack[top].level
			if o := stack[top].override; o != ON {
				p.types[i] = o
			}

		case PDF: // X7
			p.levels[i] = stack[top].level
			switch {
			case overflowIsolates > 0:
			case overflowEmbeddings > 0:
				overflowEmbeddings--
			case !stack[top].isolate && top > 0:
				top--
			}

		case B: // X8
			top = 0
			overflowIsolates, overflowEmbeddings, validIsolates = 0, 0, 0
			p.levels[i] = p.base

		default: // X6
			p.levels[i] = stack[top].level
			if o := stack[top].override; o != ON && c != BN {
				p.types[i] = o
			}
		}
	}
}

// levelRun is a maximal run of characters at one level, ignoring the
// characters X9 removes (BD7): text[start:end], where text[start] and
// text[end-1] are not removed.
type levelRun struct {
	start, end int32
	level      Level // as X1–X8 left it
	chained    bool  // continues an earlier isolating run sequence
}

// resolveRunSequences finds the level runs and isolating run sequences
// (X9, X10) and resolves each sequence.
func (p *Paragraph) resolveRunSequences() {
	p.findLevelRuns()
	runs := p.runs
	for r := range runs {
		if runs[r].chained {
			continue
		}
		last := p.gatherSequence(r)
		idx, types := p.seqIdx, p.seqTypes
		if cap(p.seqLevels) < len(idx) {
			p.seqLevels = make([]Level, len(idx), cap(idx))
		}
		levels := p.seqLevels[:len(idx)]

		// sos and eos come from the levels X1–X8 gave the neighbouring
		// runs (p.levels may hold resolved levels by now).
		level := runs[r].level
		before, after := p.base, p.base
		if r > 0 {
			before = runs[r-1].level
		}
		if !isInitiator(p.classes[idx[len(idx)-1]]) && last+1 < len(runs) {
			after = runs[last+1].level
		}
		p.resolveSequence(sequence{
			types:  types,
			levels: levels,
			idx:    idx,
			level:  level,
			sos:    direction(max(before, level)),
			eos:    direction(max(after, level)),
		})
		for k, i := range idx {
			p.levels[i] = levels[k]
		}
	}
}

func (p *Paragraph) findLevelRuns() {
	runs := p.runs[:0]
	for i, c := range p.classes {
		if removed(c) {
			continue
		}
		if l := p.levels[i]; len(runs) == 0 || l != runs[len(runs)-1].level {
			runs = append(runs, levelRun{start: int32(i), level: l})
		}
		runs[len(runs)-1].end = int32(i + 1)
	}
	p.runs = runs
}

// gatherSequence collects into seqIdx and seqTypes the isolating run
// sequence starting with run r, and returns the index of its last run: a
// run ending with an isolate initiator continues with the run starting at
// the matching PDI.
func (p *Paragraph) gatherSequence(r int) int {
	runs := p.runs
	idx, types := p.seqIdx[:0], p.seqTypes[:0]
	for {
		for i := runs[r].start; i < runs[r].end; i++ {
			if !removed(p.classes[i]) {
				idx = append(idx, i)
				types = append(types, p.types[i])
			}
		}
		lastChar := int(runs[r].end - 1)
		if !isInitiator(p.classes[lastChar]) {
			break
		}
		pdi, ok := p.matchedPDI(lastChar)
		if !ok {
			break
		}
		next, found := slices.BinarySearchFunc(runs[r+1:], int32(pdi), func(run levelRun, pos int32) int {
			return int(run.start - pos)
		})
		if !found {
			break // cannot happen: a matched PDI starts a run when its initiator ends one
		}
		r += 1 + next
		runs[r].chained = true
	}
	p.seqIdx, p.seqTypes = idx, types
	return r
}

func isInitiator(c Class) bool { return c == LRI || c == RLI || c == FSI }
