package bidi

import xbidi "golang.org/x/text/unicode/bidi"

// Class is a Bidi_Class value (UAX #9, Table 4).
type Class uint8

// The bidi classes.
const (
	L   Class = iota // Left-to-right
	R                // Right-to-left
	AL               // Arabic letter
	EN               // European number
	ES               // European separator
	ET               // European terminator
	AN               // Arabic number
	CS               // Common separator
	NSM              // Nonspacing mark
	BN               // Boundary neutral
	B                // Paragraph separator
	S                // Segment separator
	WS               // Whitespace
	ON               // Other neutral
	LRE              // Left-to-right embedding
	LRO              // Left-to-right override
	RLE              // Right-to-left embedding
	RLO              // Right-to-left override
	PDF              // Pop directional format
	LRI              // Left-to-right isolate
	RLI              // Right-to-left isolate
	FSI              // First strong isolate
	PDI              // Pop directional isolate

	numClasses
)

var classNames = [numClasses]string{
	"L", "R", "AL", "EN", "ES", "ET", "AN", "CS", "NSM", "BN", "B", "S", "WS", "ON",
	"LRE", "LRO", "RLE", "RLO", "PDF", "LRI", "RLI", "FSI", "PDI",
}

// String returns the class's short name as the Unicode data files spell
// it ("AL", "NSM", …).
func (c Class) String() string {
	if c < numClasses {
		return classNames[c]
	}
	return "Class(" + itoa(int(c)) + ")"
}

func itoa(v int) string {
	var b [4]byte
	i := len(b)
	for {
		i--
		b[i] = byte('0' + v%10)
		v /= 10
		if v == 0 {
			return string(b[i:])
		}
	}
}

// classSet is a set of classes, one bit per class.
type classSet uint32

func (s classSet) has(c Class) bool { return s&(1<<c) != 0 }

// Class sets used on hot paths.
const (
	explicitSet classSet = 1<<LRE | 1<<LRO | 1<<RLE | 1<<RLO | 1<<PDF | 1<<LRI | 1<<RLI | 1<<FSI | 1<<PDI
	isolateSet  classSet = 1<<LRI | 1<<RLI | 1<<FSI | 1<<PDI
	// removedSet holds the classes rule X9 removes.
	removedSet classSet = 1<<LRE | 1<<LRO | 1<<RLE | 1<<RLO | 1<<PDF | 1<<BN
	// l1Set holds what rule L1 resets with trailing whitespace: whitespace,
	// isolate controls, and the characters X9 removed.
	l1Set = 1<<WS | isolateSet | removedSet
	// notPureLTR and notPureRTL hold the classes that can move a character
	// off the paragraph level of a left-to-right or right-to-left paragraph.
	notPureLTR = 1<<R | 1<<AL | 1<<AN | explicitSet
	notPureRTL = 1<<L | 1<<EN | 1<<AN | explicitSet
)

func removed(c Class) bool { return removedSet.has(c) }

// fromX maps golang.org/x/text's class numbering onto ours.
var fromX = [...]Class{
	xbidi.L: L, xbidi.R: R, xbidi.EN: EN, xbidi.ES: ES, xbidi.ET: ET, xbidi.AN: AN,
	xbidi.CS: CS, xbidi.B: B, xbidi.S: S, xbidi.WS: WS, xbidi.ON: ON, xbidi.BN: BN,
	xbidi.NSM: NSM, xbidi.AL: AL, xbidi.Control: ON,
	xbidi.LRO: LRO, xbidi.RLO: RLO, xbidi.LRE: LRE, xbidi.RLE: RLE, xbidi.PDF: PDF,
	xbidi.LRI: LRI, xbidi.RLI: RLI, xbidi.FSI: FSI, xbidi.PDI: PDI,
}

// An entry packs a class (low 5 bits) with isBracket.
type entry uint8

const isBracket entry = 0x80

func (e entry) class() Class { return Class(e &^ isBracket) }

// lookup asks x/text. Invalid code points (negative, surrogates, beyond
// U+10FFFF) are encoded as U+FFFD by LookupRune and so come out ON.
func lookup(r rune) entry {
	p, _ := xbidi.LookupRune(r)
	c := ON
	if xc := p.Class(); int(xc) < len(fromX) {
		c = fromX[xc]
	}
	e := entry(c)
	if p.IsBracket() {
		e |= isBracket
	}
	return e
}

// small caches lookup below U+0800 (Latin, Hebrew, Arabic, Syriac, Thaana,
// NKo): the trie walk of LookupRune costs more than the rest of the
// algorithm on Arabic text. It is built from x/text, so it can never
// disagree with ClassOf for other runes.
var small = func() (t [0x800]entry) {
	for r := range t {
		t[r] = lookup(rune(r))
	}
	return t
}()

// ClassOf returns the Bidi_Class of r, from golang.org/x/text/unicode/bidi
// (Unicode 15.0.0 under Go < 1.27). Unassigned code points get the
// defaults of DerivedBidiClass.txt; invalid ones get ON.
func ClassOf(r rune) Class {
	if uint32(r) < uint32(len(small)) {
		return small[r].class()
	}
	return lookup(r).class()
}

// classify stores the class of each rune of text in classes and returns
// the set of classes seen and whether any rune is a paired bracket.
func classify(text []rune, classes []Class) (classSet, bool) {
	var set classSet
	var all entry
	classes = classes[:len(text)]
	for i, r := range text {
		var e entry
		if uint32(r) < uint32(len(small)) {
			e = small[r]
		} else {
			e = lookup(r)
		}
		all |= e
		c := e.class()
		classes[i] = c
		set |= 1 << c
	}
	return set, all&isBracket != 0
}
