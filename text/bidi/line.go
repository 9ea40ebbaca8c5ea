package bidi

import "slices"

// LineLevels applies rule L1 to text[start:end] (a line of the paragraph)
// and returns its levels (index 0 = text[start]): segment and paragraph
// separators, and whitespace, isolate controls and X9-removed characters
// before them or at the end of the line, take the paragraph level. It
// reuses dst's storage when large enough. Bounds outside the text are
// clamped.
func (p *Paragraph) LineLevels(start, end int, dst []Level) []Level {
	start, end = p.clamp(start, end)
	dst = append(dst[:0], p.levels[start:end]...)
	classes := p.classes[start:end]
	i := len(dst) - 1
	for ; i >= 0 && l1Set.has(classes[i]); i-- {
		dst[i] = p.base
	}
	if p.set&(1<<S|1<<B) == 0 {
		return dst
	}
	for ; i >= 0; i-- {
		if c := classes[i]; c != S && c != B {
			continue
		}
		dst[i] = p.base
		for i > 0 && l1Set.has(classes[i-1]) {
			i--
			dst[i] = p.base
		}
	}
	return dst
}

func (p *Paragraph) clamp(start, end int) (int, int) {
	n := len(p.levels)
	end = min(max(end, 0), n)
	start = min(max(start, 0), end)
	return start, end
}

// Flags select optional steps of VisualOrder.
type Flags uint8

const (
	// ReorderNSM applies rule L3: after L2, a combining mark (NSM, and
	// BN/X9-removed chars between) in a right-to-left run is moved back
	// AFTER its base character in the output order, as terminals attach a
	// mark to the cell before it.
	ReorderNSM Flags = 1 << iota
)

// VisualOrder returns the indexes (absolute, into text) of
// text[start:end] in visual order, left to right: rules L1, L2 (reverse
// by levels), and L3 when flags has ReorderNSM. X9-removed characters are
// included (the caller may drop them). It reuses dst's storage when large
// enough.
func (p *Paragraph) VisualOrder(start, end int, flags Flags, dst []int) []int {
	start, end = p.clamp(start, end)
	dst = dst[:0]
	marks := flags&ReorderNSM != 0 && p.set.has(NSM)
	if p.uniform {
		// Every level is the paragraph level, which L1 keeps.
		return p.appendRun(dst, start, end, p.base, marks)
	}

	p.line = p.LineLevels(start, end, p.line)
	runs := p.lineRuns[:0]
	for i, l := range p.line {
		if i == 0 || l != runs[len(runs)-1].level {
			runs = append(runs, levelRun{start: int32(start + i), level: l})
		}
		runs[len(runs)-1].end = int32(start + i + 1)
	}
	p.lineRuns = runs
	reverseRuns(runs)
	for _, r := range runs {
		dst = p.appendRun(dst, int(r.start), int(r.end), r.level, marks)
	}
	return dst
}

// reverseRuns applies rule L2 to a line's level runs: from the highest
// level to the lowest odd one, reverse every sequence of runs at that
// level or higher. Characters end up reversed when their level is odd,
// which appendRun does.
func reverseRuns(runs []levelRun) {
	var highest Level
	lowestOdd := Level(maxDepth + 2)
	for _, r := range runs {
		highest = max(highest, r.level)
		if r.level&1 != 0 {
			lowestOdd = min(lowestOdd, r.level)
		}
	}
	for l := highest; l >= lowestOdd; l-- {
		for i := 0; i < len(runs); i++ {
			if runs[i].level < l {
				continue
			}
			j := i + 1
			for j < len(runs) && runs[j].level >= l {
				j++
			}
			slices.Reverse(runs[i:j])
			i = j
		}
	}
}

// appendRun appends the indexes of text[start:end], all at one level, in
// visual order: reversed when the level is odd. With marks (rule L3), a
// reversed run keeps each base character before its combining marks, and
// the X9-removed characters between them, as terminals draw a mark on the
// cell before it.
func (p *Paragraph) appendRun(dst []int, start, end int, level Level, marks bool) []int {
	if level&1 == 0 {
		for i := start; i < end; i++ {
			dst = append(dst, i)
		}
		return dst
	}
	if !marks {
		for i := end - 1; i >= start; i-- {
			dst = append(dst, i)
		}
		return dst
	}
	markish := func(c Class) bool { return c == NSM || removed(c) }
	for i := end - 1; i >= start; {
		if p.classes[i] != NSM {
			dst = append(dst, i) // not a mark, or a removed character after the last mark
			i--
			continue
		}
		last := i // the last mark of a cluster; find its base
		for i >= start && markish(p.classes[i]) {
			i--
		}
		if i < start { // no base in the run: leave the marks reversed
			for k := last; k >= start; k-- {
				dst = append(dst, k)
			}
			break
		}
		for k := i; k <= last; k++ {
			dst = append(dst, k)
		}
		i--
	}
	return dst
}
