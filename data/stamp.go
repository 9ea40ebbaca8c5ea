package data

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
)

// Stamps tell a cache built from the corpus (the search index) whether it is
// still current, without reading the articles again.

// ArticleStamp is a short string that changes when an article's file
// changes: its path, size and modification time. Where the file system
// knows no time (the embedded corpus), a hash of the content stands in.
func (l *Library) ArticleStamp(id string) (string, error) {
	i, ok := l.lookup(id)
	if !ok {
		return "", fmt.Errorf("no article %q in %s", id, l.name)
	}
	f := l.file(i)
	s, err := fileStamp(l.fsys, f.org.file)
	if err != nil {
		return "", err
	}
	// A member of an archive, a record of a collection: the file's stamp
	// and where in it.
	if f.org.member != "" {
		s += "|" + f.org.member
	}
	if f.coll != nil {
		s += fmt.Sprintf("|#%d@%d", f.rec.n, f.rec.off)
	}
	return s, nil
}

// DataStamp changes when a data file that the analysis of every article
// depends on changes: the alias table and the sourcing lexicon (the corpus's
// own, or the files named in Options).
func (l *Library) DataStamp() string {
	h := sha256.New()
	add := func(fsys fs.FS, name string) {
		if name == "" {
			return
		}
		s, err := fileStamp(fsys, name)
		if err != nil {
			s = "-"
		}
		fmt.Fprintf(h, "%s=%s\n", name, s)
	}
	add(l.fsys, SourcesFile)
	add(l.fsys, SourcingFile)
	add(osFile(l.o.SourcesFile))
	return hex.EncodeToString(h.Sum(nil)[:12])
}

// osFile splits a file named on the command line into a file system and a
// name in it; empty for none.
func osFile(name string) (fs.FS, string) {
	if name == "" {
		return nil, ""
	}
	if abs, err := filepath.Abs(name); err == nil {
		name = abs
	}
	return os.DirFS(filepath.Dir(name)), filepath.Base(name)
}

// fileStamp is path, size and modification time, or path and a content
// hash when the time is unknown.
func fileStamp(fsys fs.FS, name string) (string, error) {
	st, err := fs.Stat(fsys, name)
	if err != nil {
		return "", err
	}
	if !st.ModTime().IsZero() {
		return fmt.Sprintf("%s|%d|%d", name, st.Size(), st.ModTime().UnixNano()), nil
	}
	f, err := fsys.Open(name)
	if err != nil {
		return "", err
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return "", err
	}
	return fmt.Sprintf("%s|%d|sha256:%s", name, st.Size(), hex.EncodeToString(h.Sum(nil)[:16])), nil
}
