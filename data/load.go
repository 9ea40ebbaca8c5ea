package data

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/isnad/isnad/model"
	"github.com/isnad/isnad/text"
)

// ErrNoArticles is returned (wrapped) when a folder holds no article that
// could be opened.
var ErrNoArticles = errors.New("no articles")

// Limits of what is read.
const (
	// DefaultMaxArticleBytes is the largest article read: larger files and
	// records are refused with a problem (Options.MaxArticleBytes).
	DefaultMaxArticleBytes = 64 << 20
	headBytes              = 2 << 10  // read at open time for metadata and a title
	maxHeadBytes           = 64 << 10 // … or more, to reach the end of a front matter block
	maxDepth               = 16       // folder nesting
	// maxCatalogBytes bounds catalog.yaml: YAML takes many times its size
	// in memory while it is parsed.
	maxCatalogBytes = 8 << 20
	// maxValueBytes bounds each metadata value (title, author, URL…);
	// longer ones are cut, with a problem.
	maxValueBytes = 4 << 10
)

// entry is what the scan of a corpus found: an article file, or a
// collection of articles.
type entry struct {
	org     origin
	coll    *collection // nil for an article file
	written metaFields  // from the catalog, when it lists the file
	listed  bool
	size    int64 // as stat says, -1 unknown: only used to refuse a file early
}

// path is the entry as the catalog and problems name it.
func (e *entry) path() string { return e.org.String() }

// scanner lists a corpus: every article file (.txt, .md) and collection
// (.json, .jsonl, .csv, .tsv), gzip-compressed or not, in the folder, its
// subfolders (hidden ones skipped) and its zip archives.
type scanner struct {
	fsys  fs.FS
	root  string // the folder on disk, "" for the embedded corpus
	real  string // root with its links resolved
	o     Options
	arch  *archives
	probs []model.Problem
}

// scan lists the corpus in catalog order first and then by path.
// Files that are not articles are ignored; entries of the catalog that name
// no file are reported.
func (sc *scanner) scan() ([]entry, error) {
	catalog, catFields := sc.readCatalog()
	var found []entry
	err := fs.WalkDir(sc.fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if p == "." {
				return err
			}
			sc.probs = append(sc.probs, model.Problem{Path: p, Kind: model.ProblemUnreadable, Fatal: true,
				Detail: "cannot be read: " + errText(err)})
			return nil
		}
		if p != "." && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			if strings.Count(p, "/") >= maxDepth {
				return fs.SkipDir
			}
			return nil
		}
		name, gz := isCompressedName(p)
		isZip := !gz && strings.EqualFold(path.Ext(p), ".zip")
		format := collectionFormat(name)
		if !isArticleName(name) && format == "" && !isZip {
			if d.Type()&fs.ModeSymlink != 0 && sc.root != "" {
				sc.checkDirLink(p)
			}
			return nil
		}
		if !utf8.ValidString(p) { // os.DirFS opens no such name (fs.ValidPath)
			sc.probs = append(sc.probs, model.Problem{Path: p, Kind: model.ProblemUnreadable, Fatal: true,
				Detail: "its name is not valid UTF-8, which isnad cannot open: rename it (convmv)"})
			return nil
		}
		size, ok := sc.regular(p, d)
		if !ok {
			return nil
		}
		o := origin{file: p, gz: gz}
		switch {
		case isZip:
			found = append(found, sc.zipEntries(p)...)
		case format != "":
			found = append(found, entry{org: o, coll: &collection{org: o, format: format}, size: size})
		default:
			found = append(found, entry{org: o, size: size})
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	sort.SliceStable(found, func(i, j int) bool { return found[i].path() < found[j].path() })
	at := make(map[string]int, len(found))
	for i, e := range found {
		at[e.path()] = i
	}
	var out []entry
	inCatalog := make(map[string]bool, len(catalog))
	for _, c := range catalog {
		i, exists := at[c.File]
		switch {
		case inCatalog[c.File]:
			sc.probs = append(sc.probs, model.Problem{Path: catalogNames[0], Kind: model.ProblemMeta,
				Detail: fmt.Sprintf("%s is listed twice: the first entry is used", text.Quote(c.File))})
		case !exists:
			sc.probs = append(sc.probs, model.Problem{Path: catalogNames[0], Kind: model.ProblemMeta,
				Detail: fmt.Sprintf("lists %s, which is not an article or collection of the folder", text.Quote(c.File))})
		default:
			inCatalog[c.File] = true
			e := found[i]
			e.written, e.listed = c, true
			out = append(out, e)
		}
	}
	for _, e := range found {
		if !inCatalog[e.path()] {
			out = append(out, e)
		}
	}
	for i := range out {
		if c := out[i].coll; c != nil {
			var bad []string
			c.fields, bad = newFieldMap(catFields, out[i].written.Fields, sc.o.Fields)
			c.defaults = out[i].written
			for _, b := range bad {
				sc.probs = append(sc.probs, model.Problem{Path: catalogNames[0], Kind: model.ProblemMeta,
					Detail: fmt.Sprintf("fields: no field %s (title, content, author, date, outlet, url, lang, dir, genre)", text.Quote(b))})
			}
		}
	}
	return out, nil
}

// regular checks that p can be read as a file: a regular file, or a link
// to one inside the corpus folder (outside it only with FollowSymlinks).
// Devices, pipes and sockets are never opened: a pipe would block. size is
// what stat says, -1 when unknown.
func (sc *scanner) regular(p string, d fs.DirEntry) (size int64, ok bool) {
	if d.Type().IsRegular() {
		if info, err := d.Info(); err == nil {
			return info.Size(), true
		}
		return -1, true
	}
	if d.Type()&fs.ModeSymlink != 0 && sc.root != "" {
		target, out, err := sc.linkTarget(p)
		if err != nil {
			sc.probs = append(sc.probs, model.Problem{Path: p, Kind: model.ProblemUnreadable, Fatal: true,
				Detail: "cannot be opened: " + errText(err)})
			return 0, false
		}
		if out && !sc.o.FollowSymlinks {
			sc.probs = append(sc.probs, model.Problem{Path: p, Kind: model.ProblemSymlink, Fatal: true,
				Detail: fmt.Sprintf("a symbolic link out of the corpus folder, to %s: not followed (--follow-symlinks reads it)", text.Quote(target))})
			return 0, false
		}
	}
	st, err := fs.Stat(sc.fsys, p)
	if err != nil {
		sc.probs = append(sc.probs, model.Problem{Path: p, Kind: model.ProblemUnreadable, Fatal: true,
			Detail: "cannot be opened: " + errText(err)})
		return 0, false
	}
	if !st.Mode().IsRegular() {
		sc.probs = append(sc.probs, model.Problem{Path: p, Kind: model.ProblemUnreadable, Fatal: true,
			Detail: "not a regular file: skipped"})
		return 0, false
	}
	return st.Size(), true
}

// linkTarget resolves a link of the corpus and says whether it leads out
// of the folder.
func (sc *scanner) linkTarget(p string) (target string, out bool, err error) {
	target, err = filepath.EvalSymlinks(filepath.Join(sc.root, filepath.FromSlash(p)))
	if err != nil {
		return "", false, err
	}
	rel, err := filepath.Rel(sc.real, target)
	out = err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) || filepath.IsAbs(rel)
	return target, out, nil
}

// checkDirLink reports a link to a folder out of the corpus: links to
// folders are never walked, and one leading out deserves a word.
func (sc *scanner) checkDirLink(p string) {
	target, out, err := sc.linkTarget(p)
	if err != nil || !out {
		return
	}
	if st, err := os.Stat(target); err == nil && st.IsDir() {
		sc.probs = append(sc.probs, model.Problem{Path: p, Kind: model.ProblemSymlink, Fatal: true,
			Detail: fmt.Sprintf("a symbolic link out of the corpus folder, to the folder %s: not followed", text.Quote(target))})
	}
}

// zipEntries lists the articles and collections inside a zip archive.
func (sc *scanner) zipEntries(p string) []entry {
	zr, err := guarded(sc.o.openTimeout(), func(w *watch) (*zip.Reader, error) {
		return sc.arch.zip(sc.fsys, p, w, sc.o.MaxArticleBytes)
	})
	if err != nil {
		prob := readProblem(p, err)
		if !errors.Is(err, errTimedOut) {
			prob.Detail = "not a zip archive that can be read: " + errText(err)
		}
		sc.probs = append(sc.probs, *prob)
		return nil
	}
	var out []entry
	for _, f := range zr.File {
		m := f.Name
		if f.FileInfo().IsDir() || strings.HasPrefix(path.Base(m), ".") || strings.HasPrefix(m, "__MACOSX/") {
			continue
		}
		name, gz := isCompressedName(m)
		if !fs.ValidPath(m) { // not opened in place; said when it would be read
			if collectionFormat(name) != "" || isArticleName(name) {
				sc.probs = append(sc.probs, model.Problem{Path: p, Kind: model.ProblemUnreadable, Fatal: true,
					Detail: fmt.Sprintf("member %s: its name is no plain path inside the archive (.., absolute, or not UTF-8): skipped", text.Quote(m))})
			}
			continue
		}
		o := origin{file: p, member: m, gz: gz}
		switch format := collectionFormat(name); {
		case format != "":
			out = append(out, entry{org: o, coll: &collection{org: o, format: format}, size: int64(f.UncompressedSize64)})
		case isArticleName(name):
			out = append(out, entry{org: o, size: int64(f.UncompressedSize64)})
		}
	}
	return out
}

// readCatalog reads catalog.yaml (or .yml): its entries and its fields
// mapping. A catalog that is too large or a link out of the folder is
// reported and ignored.
func (sc *scanner) readCatalog() ([]metaFields, map[string]string) {
	for _, name := range catalogNames {
		if _, err := fs.Stat(sc.fsys, name); err != nil {
			continue
		}
		if sc.root != "" && !sc.o.FollowSymlinks {
			if fi, err := os.Lstat(filepath.Join(sc.root, name)); err == nil && fi.Mode()&fs.ModeSymlink != 0 {
				if target, out, err := sc.linkTarget(name); err == nil && out {
					sc.probs = append(sc.probs, model.Problem{Path: name, Kind: model.ProblemSymlink, Fatal: true,
						Detail: fmt.Sprintf("a symbolic link out of the corpus folder, to %s: not followed (--follow-symlinks reads it)", text.Quote(target))})
					return nil, nil
				}
			}
		}
		type res struct {
			raw      []byte
			complete bool
		}
		r, err := guarded(sc.o.openTimeout(), func(w *watch) (res, error) {
			raw, complete, err := sc.arch.readLimited(sc.fsys, origin{file: name}, maxCatalogBytes, w)
			return res{raw, complete}, err
		})
		if err != nil {
			sc.probs = append(sc.probs, *readProblem(name, err))
			return nil, nil
		}
		if !r.complete {
			sc.probs = append(sc.probs, model.Problem{Path: name, Kind: model.ProblemTooLarge, Fatal: true,
				Detail: fmt.Sprintf("catalog ignored: larger than %d MB", maxCatalogBytes>>20)})
			return nil, nil
		}
		cat, fields, p := parseCatalog(name, r.raw)
		sc.probs = append(sc.probs, p...)
		return cat, fields
	}
	return nil, nil
}

func isArticleName(p string) bool {
	switch strings.ToLower(path.Ext(p)) {
	case ".txt", ".text", ".md", ".markdown", ".mdown", ".mkd":
		return true
	}
	return false
}

// articleID: the leading digits of "000_d495414d1009f6e2.txt" ("000"), else
// a slug of the file name ("Mon Article.md" → "mon-article").
func articleID(p string) string {
	base := path.Base(p)
	stem := strings.TrimSuffix(base, path.Ext(base))
	i := 0
	for i < len(stem) && stem[i] >= '0' && stem[i] <= '9' {
		i++
	}
	if i > 0 && (i == len(stem) || stem[i] == '_') {
		return stem[:i]
	}
	return slug(stem)
}

// slug keeps the letters and digits of s, lower case, runs of anything
// else as one "-"; "article" when nothing is left.
func slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(r)
			dash = false
		} else {
			dash = true
		}
	}
	if b.Len() == 0 {
		return "article"
	}
	return b.String()
}

func uniqueID(id string, taken map[string]bool) string {
	out := id
	for n := 2; taken[out]; n++ {
		out = fmt.Sprintf("%s-%d", id, n)
	}
	taken[out] = true
	return out
}

// checkText rejects what cannot be an article: binary data, or nothing.
func checkText(p string, raw []byte, complete bool) ([]byte, bool, *model.Problem) {
	switch {
	case looksBinary(raw):
		return nil, complete, &model.Problem{Path: p, Kind: model.ProblemBinary, Fatal: true,
			Detail: "binary data, not text: skipped"}
	case complete && isBlank(string(raw)):
		return nil, complete, &model.Problem{Path: p, Kind: model.ProblemEmpty, Fatal: true,
			Detail: "empty file: skipped"}
	}
	return raw, complete, nil
}

// errText is an error without the path the problem already names.
func errText(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

// metaFor works out an article's metadata from its catalog entry or front
// matter and, for what neither says, from the text (raw may be only the
// head of the file). Only the front matter is decoded when it says it all,
// so that listing a large corpus reads little and parses nothing.
func metaFor(e *entry, raw []byte) (model.Meta, []model.Problem) {
	p := e.path()
	written, src := e.written, catalogNames[0]
	var probs []model.Problem
	if !e.listed {
		if fm := frontMatterBytes(raw); fm != nil {
			text, _ := decode(p, fm)
			if w, fp, ok := readFrontMatter(p, text); ok {
				written, src, probs = w, p, fp
			}
		} else if tooLongFrontMatter(raw) {
			probs = append(probs, model.Problem{Path: p, Kind: model.ProblemTooLarge, Line: 1,
				Detail: fmt.Sprintf("front matter longer than %d KB: read as text", maxFrontMatter>>10)})
		}
	}
	meta, mp := written.toMeta(src)
	probs = append(probs, mp...)
	if needsInference(written) {
		ps, _ := parseParas(p, cutAtLine(raw))
		meta = inferMeta(meta, written, p, ps)
	}
	return meta, probs
}

// frontMatterBytes is the front matter block at the top of raw, with its
// "---" lines, or nil.
func frontMatterBytes(raw []byte) []byte {
	raw = bytes.TrimPrefix(raw, []byte{0xEF, 0xBB, 0xBF})
	if !bytes.HasPrefix(raw, []byte("---\n")) && !bytes.HasPrefix(raw, []byte("---\r\n")) {
		return nil
	}
	for off := 4; off < len(raw); {
		end := bytes.IndexByte(raw[off:], '\n')
		if end < 0 {
			end = len(raw) - off
		}
		ln := bytes.TrimRight(raw[off:off+end], " \r")
		if string(ln) == "---" || string(ln) == "..." {
			return raw[:min(off+end+1, len(raw))]
		}
		off += end + 1
	}
	return nil
}

// tooLongFrontMatter reports a head that opens a front matter block and
// does not close it within the most that is read for one.
func tooLongFrontMatter(raw []byte) bool {
	return len(raw) >= maxHeadBytes && frontMatterBytes(raw) == nil &&
		(bytes.HasPrefix(bytes.TrimPrefix(raw, []byte{0xEF, 0xBB, 0xBF}), []byte("---\n")) ||
			bytes.HasPrefix(bytes.TrimPrefix(raw, []byte{0xEF, 0xBB, 0xBF}), []byte("---\r\n")))
}

func needsInference(w metaFields) bool {
	return w.Title == nil || w.Author == nil || w.Date == nil || w.Lang == nil || w.Dir == nil
}

// cutAtLine drops a partial last line of a file's head, so that a title is
// never cut in the middle of a word.
func cutAtLine(raw []byte) []byte {
	if len(raw) < headBytes {
		return raw
	}
	if i := bytes.LastIndexByte(raw, '\n'); i > 0 {
		return raw[:i+1]
	}
	return raw
}

// LoadDir parses every article of a folder at once (see Open for large
// corpora). When none could be opened the error is a *NoArticlesError.
func LoadDir(dir string) (*model.Corpus, error) {
	l, err := OpenWith(dir, Options{NoPass: true})
	if err != nil {
		return nil, err
	}
	return l.load(dir)
}

// LoadEmbedded parses the embedded corpus at once.
func LoadEmbedded() (*model.Corpus, error) {
	l, err := OpenEmbeddedWith(Options{NoPass: true})
	if err != nil {
		return nil, err
	}
	return l.load("")
}

// load parses every article of the library into a corpus.
func (l *Library) load(root string) (*model.Corpus, error) {
	c := &model.Corpus{Name: l.name, Root: root, Problems: l.Problems()}
	for _, i := range l.order {
		a, _, prob := l.parse(i)
		if prob != nil {
			c.Problems = append(c.Problems, *prob)
			continue
		}
		c.Articles = append(c.Articles, a)
	}
	if len(c.Articles) == 0 {
		return nil, &NoArticlesError{Name: l.name, Problems: c.Problems}
	}
	return c, nil
}

func folderName(dir string) string {
	abs, err := filepath.Abs(dir)
	if err != nil {
		abs = dir
	}
	return filepath.Base(abs)
}
