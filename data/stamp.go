package data

import (
	"crypto/sha256"
	"debug/elf"
	"encoding/hex"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime/debug"
	"sync"
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
// own, or the files named in Options); and when the analysis itself does
// (another build of isnad: its rules and embedded lexicons), so that a
// search index never keeps the claims of an older isnad.
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
	fmt.Fprintf(h, "build=%s\n", buildStamp())
	return hex.EncodeToString(h.Sum(nil)[:12])
}

// buildStamp names this build of isnad: the commit it was built from when
// the build recorded one and the tree was clean; else the Go build ID the
// linker wrote into the executable (a hash of everything it was built from:
// go run, go test and modified trees included); else the executable's size
// and time.
var buildStamp = sync.OnceValue(func() string {
	if bi, ok := debug.ReadBuildInfo(); ok {
		var rev string
		modified := false
		for _, s := range bi.Settings {
			switch s.Key {
			case "vcs.revision":
				rev = s.Value
			case "vcs.modified":
				modified = s.Value == "true"
			}
		}
		if rev != "" && !modified {
			return "vcs:" + rev
		}
	}
	exe, err := os.Executable()
	if err != nil {
		return "unknown"
	}
	// Linux: the image this process runs, even when its file was replaced
	// since (an upgrade under a running isnad serve); os.Executable names
	// the path, which now holds the new build.
	image := exe
	if _, err := os.Stat("/proc/self/exe"); err == nil {
		image = "/proc/self/exe"
	}
	if f, err := elf.Open(image); err == nil {
		defer f.Close()
		if sec := f.Section(".note.go.buildid"); sec != nil {
			if b, err := sec.Data(); err == nil && len(b) > 0 {
				sum := sha256.Sum256(b)
				return "buildid:" + hex.EncodeToString(sum[:12])
			}
		}
	}
	st, err := os.Stat(image)
	if err != nil {
		return "unknown"
	}
	return fmt.Sprintf("exe:%d:%d", st.Size(), st.ModTime().UnixNano())
})

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
