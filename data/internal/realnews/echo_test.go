package realnews_test

import (
	"bufio"
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"github.com/isnad/isnad/data/internal/realnews"
)

// echoRun is how many consecutive words of an article make a copy: six
// already catch stock formulas ("at the end of the last"), seven only what
// was lifted or a long public name.
const echoRun = 7

// refPattern matches a reference to an article (its file name or address
// spells its headline), which the gold and selection files hold by design.
var refPattern = regexp.MustCompile(`https?://\S+|bbc-news/[^\s"'\]]+\.txt|saudinewsnet/[^\s"'#]+\.zip#\d+`)

// TestNoArticleTextInRepository reads every text file of the repository and
// fails on any run of echoRun words that also stands in a SaudiNewsNet or
// BBC article: article text is never copied into the project (tests and
// comments use invented sentences). Runs holding a phrase of
// testdata/echo_allowed.txt (public names) are let through.
func TestNoArticleTextInRepository(t *testing.T) {
	dir, err := realnews.Dir()
	if err != nil {
		t.Skip(err)
	}
	_, self, _, _ := runtime.Caller(0)
	root := filepath.Join(filepath.Dir(self), "..", "..", "..")
	allowed := readAllowed(t, filepath.Join(filepath.Dir(self), "testdata", "echo_allowed.txt"))

	grams := map[string][]string{} // run → "file:line"
	err = filepath.WalkDir(root, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, path)
		if d.IsDir() {
			switch rel {
			case ".git", filepath.Join("data", "corpus"): // the project's own articles
				return filepath.SkipDir
			}
			return nil
		}
		b, err := os.ReadFile(path)
		if err != nil || bytes.IndexByte(b, 0) >= 0 {
			return nil // binary
		}
		for n, line := range strings.Split(string(b), "\n") {
			ws := echoWords(refPattern.ReplaceAllString(line, " "))
			for i := 0; i+echoRun <= len(ws); i++ {
				g := strings.Join(ws[i:i+echoRun], " ")
				grams[g] = append(grams[g], rel+":"+strconv.Itoa(n+1))
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}

	found := map[string]string{} // run → an article holding it
	scan := func(ref, text string) {
		ws := echoWords(text)
		for i := 0; i+echoRun <= len(ws); i++ {
			g := strings.Join(ws[i:i+echoRun], " ")
			if _, ok := grams[g]; ok {
				if _, seen := found[g]; !seen {
					found[g] = ref
				}
			}
		}
	}
	days, err := filepath.Glob(filepath.Join(dir, "saudinewsnet", "*.zip"))
	if err != nil || len(days) == 0 {
		t.Fatalf("no SaudiNewsNet zips in %s", dir)
	}
	for _, day := range days {
		docs, err := realnews.SaudiDay(dir, filepath.Base(day))
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range docs {
			scan(d.Ref, d.Title+"\n"+d.Text)
		}
	}
	bbc, _ := filepath.Glob(filepath.Join(dir, "bbc-news", "*", "*.txt"))
	for _, f := range bbc {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		rel, _ := filepath.Rel(dir, f)
		scan(filepath.ToSlash(rel), string(b))
	}

	var bad []string
	names := 0
	for g, ref := range found {
		if allowedRun(g, allowed) {
			names++
			continue
		}
		for _, at := range grams[g] {
			bad = append(bad, at+": \""+g+"\" (as in "+ref+")")
		}
	}
	sort.Strings(bad)
	for _, b := range bad {
		t.Error(b)
	}
	t.Logf("%d runs of %d words in the repository, %d found in %d SaudiNewsNet days and %d BBC articles, %d of them public names",
		len(grams), echoRun, len(found), len(days), len(bbc), names)
}

// echoWords folds text to its words: diacritics and tatweel dropped, alef
// forms, ة and ى folded, Latin lower-cased.
func echoWords(s string) []string {
	var ws []string
	var b strings.Builder
	flush := func() {
		if b.Len() > 0 {
			ws = append(ws, b.String())
			b.Reset()
		}
	}
	for _, r := range s {
		switch {
		case r >= 0x064B && r <= 0x0652 || r == 0x0640:
			continue // diacritics, tatweel: inside the word
		case r == 'أ' || r == 'إ' || r == 'آ':
			b.WriteRune('ا')
		case r == 'ة':
			b.WriteRune('ه')
		case r == 'ى':
			b.WriteRune('ي')
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(unicode.ToLower(r))
		default:
			flush()
		}
	}
	flush()
	return ws
}

func readAllowed(t *testing.T, path string) []string {
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		out = append(out, " "+strings.Join(echoWords(line), " ")+" ")
	}
	return out
}

// allowedRun reports whether the run holds a whole allowed phrase.
func allowedRun(g string, allowed []string) bool {
	for _, a := range allowed {
		if strings.Contains(" "+g+" ", a) {
			return true
		}
	}
	return false
}
