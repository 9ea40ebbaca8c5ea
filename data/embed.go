package data

import (
	"embed"
	"io/fs"
)

// The embedded corpus: five Arabic articles on the 2024–25 Russia–North
// Korea alignment and their catalog, copied byte for byte from the shared
// corpus.
//
//go:embed corpus/*.txt corpus/*.yaml
var embedded embed.FS

const embeddedName = "embedded"

func embeddedFS() fs.FS {
	sub, err := fs.Sub(embedded, "corpus")
	if err != nil {
		panic(err) // "corpus" is a valid path; fs.Sub cannot fail on it
	}
	return sub
}

// EmbeddedFS is the embedded corpus folder as a file system: the articles,
// catalog.yaml and the data files other layers keep next to the corpus
// (frames.yaml, read by data/compare).
func EmbeddedFS() fs.FS { return embeddedFS() }
