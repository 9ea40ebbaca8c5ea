package cite

// filter is a one-hash Bloom filter of words: mayHave is false for most
// words never added and true for every word added, so that a lookup in a
// table of a few hundred words can skip hashing the map for most words of
// a text. It hashes a word's length and three of its bytes (the second,
// the middle and the last: the first of an Arabic letter is one of two).
type filter struct {
	bits  []uint64
	shift uint
}

// newFilter makes a filter sized for n words, about 16 bits a word.
func newFilter(n int) filter {
	shift := uint(64 - 9) // at least 512 bits
	for size := 512; size < 16*n && shift > 64-20; size *= 2 {
		shift--
	}
	return filter{bits: make([]uint64, 1<<(64-shift)/64), shift: shift}
}

// capacity is how many words the filter was sized for.
func (f *filter) capacity() int { return len(f.bits) * 64 / 16 }

func (f *filter) hash(w string) uint64 {
	n := len(w)
	if n == 0 {
		return 0
	}
	h := uint64(n)<<24 | uint64(w[min(1, n-1)])<<16 | uint64(w[n/2])<<8 | uint64(w[n-1])
	return (h * 0x9E3779B97F4A7C15) >> f.shift
}

func (f *filter) add(w string) {
	if f.bits == nil {
		*f = newFilter(0)
	}
	h := f.hash(w)
	f.bits[h/64] |= 1 << (h % 64)
}

// mayHave reports whether w may have been added; an empty filter has nothing.
func (f *filter) mayHave(w string) bool {
	if f.bits == nil {
		return false
	}
	h := f.hash(w)
	return f.bits[h/64]&(1<<(h%64)) != 0
}
