package text

// clusterStart returns the first glyph of cluster i.
func (l *layouter) clusterStart(i int) int32 {
	if i == 0 {
		return 0
	}
	return l.clusters[i-1].g1
}

// wrap breaks the paragraph into lines of at most width cells, greedily, at
// line break opportunities; a word wider than the line is broken between
// grapheme clusters, and a cluster wider than the line is replaced. Spaces
// at the end of a line may hang: those that do not fit are not printed.
func (l *layouter) wrap(width int) {
	l.segment(true, width)
	cl := l.clusters
	n := len(cl)
	if n == 0 {
		l.lines = append(l.lines, lineRec{end: l.offs[len(l.offs)-1]})
		return
	}
	for i := 0; i < n; {
		w, last, j, overflow := 0, -1, i, false
		for ; j < n; j++ {
			c := &cl[j]
			if w+int(c.w) > width && !c.space {
				overflow = true
				break
			}
			w += int(c.w)
			if c.brk != brkNone {
				last = j
				if c.brk == brkMust {
					break
				}
			}
		}
		end := min(j, n-1) // last cluster of the line
		switch {
		case !overflow:
		case last >= i:
			end = last
		case j > i:
			end = j - 1 // no opportunity: break between clusters
		default:
			// One cluster wider than the line: print a one-cell stand-in.
			g0, g1 := l.clusterStart(j), cl[j].g1
			l.flag(int(g0), gSubst)
			for g := g0 + 1; g < g1; g++ {
				l.flag(int(g), gHidden)
			}
			cl[j].w = int32(runeWidth(tooWide))
		}
		// Trailing spaces hang: print those that fit.
		k := end
		for k >= i && cl[k].space {
			k--
		}
		w = 0
		for _, c := range cl[i : k+1] {
			w += int(c.w)
		}
		for k < end && w+int(cl[k+1].w) <= width {
			k++
			w += int(cl[k].w)
		}
		next := end + 1
		ln := lineRec{
			g0:    l.clusterStart(i),
			g1:    l.clusterStart(k + 1),
			start: l.offs[l.clusterStart(i)],
			width: int32(w),
		}
		if next < n {
			ln.end = l.offs[l.clusterStart(next)]
		} else {
			ln.end = l.offs[len(l.offs)-1]
		}
		l.lines = append(l.lines, ln)
		i = next
	}
}
