package main

import (
	"os"
	"runtime/debug"

	"github.com/isnad/isnad/data"
)

// minMemoryLimit is the least soft memory limit set for a corpus.
const minMemoryLimit = 128 << 20

// limitMemory sets the Go runtime's soft memory limit, once the corpus is
// listed, to 1.5 times its text (128 MB at least): the background pass
// keeps about its text's size alive (counts, claim rows, the source
// index), and with the default GC the heap would grow to twice what is
// alive, past twice the text. Near the limit the GC works harder instead.
// GOMEMLIMIT in the environment is left alone.
func limitMemory(lib *data.Library) {
	if os.Getenv("GOMEMLIMIT") != "" {
		return
	}
	go func() {
		lib.WaitListed()
		debug.SetMemoryLimit(max(minMemoryLimit, lib.TextBytes()*3/2))
	}()
}
