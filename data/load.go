package data

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
	"unicode"

	"github.com/isnad/isnad/model"
)

// ErrNoArticles is returned (wrapped) when a folder holds no article that
// could be opened.
var ErrNoArticles = errors.New("no articles")

// Limits of what is read as an article.
const (
	maxArticleBytes = 64 << 20 // larger files are reported and skipped
	headBytes       = 2 << 10  // read at open time for metadata and a title
	maxHeadBytes    = 64 << 10 // … or more, to reach the end of a front matter block
	maxDepth        = 16       // folder nesting
)

// file is one article file found in a corpus folder.
type file struct {
	path    string // slash-separated, relative to the root
	id      string
	written metaFields // from the catalog, when it lists the file
	listed  bool
}

// scan lists the articles of a folder: every .txt and .md file, in the
// folder and its subfolders (hidden ones skipped), in catalog order first and
// then by path, each with its id. Files that are not articles are ignored;
// entries of the catalog that name no file are reported.
func scan(fsys fs.FS) ([]file, []model.Problem, error) {
	var probs []model.Problem
	var catalog []metaFields
	for _, name := range catalogNames {
		raw, err := fs.ReadFile(fsys, name)
		if err == nil {
			var p []model.Problem
			catalog, p = parseCatalog(name, raw)
			probs = append(probs, p...)
			break
		}
	}
	var found []string
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if p == "." {
				return err
			}
			probs = append(probs, model.Problem{Path: p, Kind: model.ProblemUnreadable, Fatal: true,
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
		if !isArticleName(p) {
			return nil
		}
		if !d.Type().IsRegular() {
			// A symbolic link (followed if it leads to a file) or a device,
			// pipe or socket, which must not be opened: a pipe would block.
			st, err := fs.Stat(fsys, p)
			if err != nil {
				probs = append(probs, model.Problem{Path: p, Kind: model.ProblemUnreadable, Fatal: true,
					Detail: "cannot be opened: " + errText(err)})
				return nil
			}
			if !st.Mode().IsRegular() {
				probs = append(probs, model.Problem{Path: p, Kind: model.ProblemUnreadable, Fatal: true,
					Detail: "not a regular file: skipped"})
				return nil
			}
		}
		found = append(found, p)
		return nil
	})
	if err != nil {
		return nil, probs, err
	}
	sort.Strings(found)
	exists := make(map[string]bool, len(found))
	for _, p := range found {
		exists[p] = true
	}
	var files []file
	taken := make(map[string]bool, len(found))
	add := func(p string, w metaFields, listed bool) {
		files = append(files, file{path: p, id: uniqueID(articleID(p), taken), written: w, listed: listed})
	}
	inCatalog := make(map[string]bool, len(catalog))
	for _, e := range catalog {
		switch {
		case inCatalog[e.File]:
			probs = append(probs, model.Problem{Path: catalogNames[0], Kind: model.ProblemMeta,
				Detail: fmt.Sprintf("%s is listed twice: the first entry is used", e.File)})
		case !exists[e.File]:
			probs = append(probs, model.Problem{Path: catalogNames[0], Kind: model.ProblemMeta,
				Detail: fmt.Sprintf("lists %s, which is not an article of the folder", e.File)})
		default:
			inCatalog[e.File] = true
			add(e.File, e, true)
		}
	}
	for _, p := range found {
		if !inCatalog[p] {
			add(p, metaFields{}, false)
		}
	}
	return files, probs, nil
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
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(stem) {
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

// readArticle reads up to limit bytes of an article file and checks that it
// can be one: not empty, not binary, not too large. complete says the whole
// file was read.
func readArticle(fsys fs.FS, p string, limit int64) (raw []byte, complete bool, prob *model.Problem) {
	f, err := fsys.Open(p)
	if err != nil {
		return nil, false, &model.Problem{Path: p, Kind: model.ProblemUnreadable, Fatal: true,
			Detail: "cannot be opened: " + errText(err)}
	}
	defer f.Close()
	size := int64(-1)
	if st, err := f.Stat(); err == nil {
		size = st.Size()
	}
	if size > maxArticleBytes {
		return nil, false, &model.Problem{Path: p, Kind: model.ProblemUnreadable, Fatal: true,
			Detail: fmt.Sprintf("%d MB is too large for an article (limit %d MB): skipped", size>>20, maxArticleBytes>>20)}
	}
	if size >= 0 && size <= limit {
		// The usual case: one read into a buffer of the right size.
		raw = make([]byte, size+1)
		n, err := io.ReadFull(f, raw)
		if err != nil && err != io.ErrUnexpectedEOF && err != io.EOF {
			return nil, false, &model.Problem{Path: p, Kind: model.ProblemUnreadable, Fatal: true,
				Detail: "cannot be read: " + errText(err)}
		}
		raw = raw[:n]
		if int64(n) <= size {
			return checkText(p, raw, true)
		}
		// The file grew since Stat: read the rest as below.
		rest, err := io.ReadAll(io.LimitReader(f, limit+1-int64(n)))
		if err != nil {
			return nil, false, &model.Problem{Path: p, Kind: model.ProblemUnreadable, Fatal: true,
				Detail: "cannot be read: " + errText(err)}
		}
		raw = append(raw, rest...)
	} else {
		raw, err = io.ReadAll(io.LimitReader(f, limit+1))
	}
	if err != nil {
		return nil, false, &model.Problem{Path: p, Kind: model.ProblemUnreadable, Fatal: true,
			Detail: "cannot be read: " + errText(err)}
	}
	complete = int64(len(raw)) <= limit
	if !complete {
		raw = raw[:limit]
	}
	return checkText(p, raw, complete)
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
func metaFor(f file, raw []byte) (model.Meta, []model.Problem) {
	written, src := f.written, catalogNames[0]
	var probs []model.Problem
	if !f.listed {
		if fm := frontMatterBytes(raw); fm != nil {
			text, _ := decode(f.path, fm)
			if w, p, ok := readFrontMatter(f.path, text); ok {
				written, src, probs = w, f.path, p
			}
		}
	}
	meta, p := written.toMeta(src)
	probs = append(probs, p...)
	if needsInference(written) {
		ps, _ := parseParas(f.path, cutAtLine(raw))
		meta = inferMeta(meta, written, f.path, ps)
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
	if st, err := os.Stat(dir); err != nil {
		return nil, fmt.Errorf("open %s: %s", dir, errText(err))
	} else if !st.IsDir() {
		return nil, fmt.Errorf("open %s: not a folder", dir)
	}
	return load(folderName(dir), dir, os.DirFS(dir))
}

// LoadEmbedded parses the embedded corpus at once.
func LoadEmbedded() (*model.Corpus, error) {
	return load(embeddedName, "", embeddedFS())
}

func load(name, root string, fsys fs.FS) (*model.Corpus, error) {
	files, probs, err := scan(fsys)
	if err != nil {
		return nil, err
	}
	c := &model.Corpus{Name: name, Root: root, Problems: probs}
	for _, f := range files {
		raw, _, prob := readArticle(fsys, f.path, maxArticleBytes)
		if prob != nil {
			c.Problems = append(c.Problems, *prob)
			continue
		}
		meta, mp := metaFor(f, raw)
		c.Problems = append(c.Problems, mp...)
		c.Articles = append(c.Articles, ParseArticle(f.id, f.path, raw, meta))
	}
	if len(c.Articles) == 0 {
		return nil, &NoArticlesError{Name: name, Problems: c.Problems}
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
