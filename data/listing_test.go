package data

import (
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"testing/fstest"
	"time"

	"github.com/isnad/isnad/model"
)

// listingFS is a corpus of files and collections mixed, in catalog order
// by path: records of two collections share outlets and dates, so their
// ids count across collections.
func listingFS() fstest.MapFS {
	body := "فقرة من النص فيها جملة كاملة. وجملة ثانية.\n"
	fsys := fstest.MapFS{}
	for _, name := range []string{"a.txt", "c/b.md", "e.txt", "e.md", "z.txt"} {
		fsys[name] = &fstest.MapFile{Data: []byte("عنوان " + name + "\n\n" + body)}
	}
	for k, name := range []string{"b.jsonl", "d.jsonl"} {
		var recs strings.Builder
		for i := range 300 {
			fmt.Fprintf(&recs, `{"title": "خبر %d %d", "source": "outlet%d", "date": "2015-07-2%d", "content": %q}`+"\n",
				k, i, i%3, i%2, strings.TrimSpace(body))
		}
		fsys[name] = &fstest.MapFile{Data: []byte(recs.String())}
	}
	fsys["d.jsonl"].Data = append(fsys["d.jsonl"].Data, []byte("{not json\n")...)
	return fsys
}

// TestProgressiveListing: a library that lists in the background ends
// with the same articles, ids, order and problems as one that lists
// before Open returns.
func TestProgressiveListing(t *testing.T) {
	whole, err := openFS("mixed", "", listingFS(), Options{NoPass: true})
	if err != nil {
		t.Fatal(err)
	}
	defer whole.Close()
	if whole.Listing() {
		t.Error("Open returned while listing")
	}
	want := whole.Articles()
	if len(want) != 605 {
		t.Fatalf("%d articles, want 5 files and 600 records", len(want))
	}
	if a := want[1]; a.ID != "outlet0/2015-07-20/1" || a.Path != "b.jsonl#1" {
		t.Errorf("first record %s (%s)", a.ID, a.Path)
	}
	if a := want[302]; a.ID != "outlet0/2015-07-20/51" || a.Path != "d.jsonl#1" {
		t.Errorf("the second collection's first record: %s (%s): ids count across collections", a.ID, a.Path)
	}
	for range 5 {
		l, err := openFS("mixed", "", listingFS(), Options{NoPass: true, Progressive: true})
		if err != nil {
			t.Fatal(err)
		}
		if len(l.Articles()) == 0 {
			t.Fatal("Open returned an empty library")
		}
		l.WaitListed()
		got := l.Articles()
		if !slices.EqualFunc(got, want, func(a, b *model.Article) bool {
			return a.ID == b.ID && a.Path == b.Path && a.Meta.Title == b.Meta.Title
		}) {
			t.Fatalf("listed in the background:\n%v\nat once:\n%v", ids(got), ids(want))
		}
		if !slices.Equal(l.Problems(), whole.Problems()) {
			t.Errorf("problems: %v, want %v", l.Problems(), whole.Problems())
		}
		for _, a := range want {
			if b, err := l.Article(a.ID); err != nil || b.Path != a.Path {
				t.Fatalf("Article(%s): %v", a.ID, err)
			}
		}
		l.Close()
	}
}

func ids(arts []*model.Article) []string {
	var out []string
	for _, a := range arts {
		out = append(out, a.ID)
	}
	return out
}

// TestBlockedHeadsHoldNothing: files whose reads block (links to
// /proc/kmsg, followed with --follow-symlinks) hold up neither the
// library nor the files after them: the library opens with the others
// while the blocked reads wait for their timeout, and their problems come
// when it is over.
func TestBlockedHeadsHoldNothing(t *testing.T) {
	old := maxOpenTimeout
	maxOpenTimeout = time.Hour // only the release ends the blocked reads
	t.Cleanup(func() { maxOpenTimeout = old })
	release := make(chan struct{})
	released := false
	t.Cleanup(func() {
		if !released {
			close(release)
		}
	})
	fsys := stallFS{MapFS: fstest.MapFS{}, stall: map[string]int{}, release: release, mu: &sync.Mutex{}}
	for i := range 12 {
		name := fmt.Sprintf("kmsg%02d.txt", i)
		fsys.MapFS[name] = &fstest.MapFile{Data: []byte("never read")}
		fsys.stall[name] = 0
	}
	fsys.MapFS["z.txt"] = &fstest.MapFile{Data: []byte("عنوان\n\nفقرة من النص.\n")}
	opened := make(chan *Library, 1)
	go func() {
		l, err := openFS("blocked", "", fsys, Options{Progressive: true, NoPass: true, ReadTimeout: time.Hour})
		if err != nil {
			t.Error(err)
		}
		opened <- l
	}()
	var l *Library
	select {
	case l = <-opened:
	case <-time.After(30 * time.Second):
		t.Fatal("the library did not open while 12 reads were blocked")
	}
	if l == nil {
		return
	}
	if got := ids(l.Articles()); !slices.Equal(got, []string{"z"}) || !l.Listing() {
		t.Fatalf("opened with %v, listing %v: want z, the blocked files still being read", got, l.Listing())
	}
	close(release)
	released = true
	l.WaitListed()
	n := 0
	for _, p := range l.Problems() {
		if strings.HasPrefix(p.Path, "kmsg") && p.Kind == model.ProblemUnreadable {
			n++
		}
	}
	if n != 12 {
		t.Errorf("%d problems for the 12 blocked files: %v", n, l.Problems())
	}
	if got := ids(l.Articles()); !slices.Equal(got, []string{"z"}) {
		t.Errorf("listed %v", got)
	}
}

// TestCompressedOverTheLimit: a .gz whose text is over the article size
// limit is skipped at open, as its trailer tells, and said to be skipped;
// one whose trailer lies is listed and, once read, said to be listed but
// not read. Either way the list and the problem agree.
func TestCompressedOverTheLimit(t *testing.T) {
	dir := t.TempDir()
	gz := func(name string, size int, lie bool) {
		var b bytes.Buffer
		zw := gzip.NewWriter(&b)
		line := []byte("سطر من نص طويل يتكرر حتى يتجاوز الحد.\n")
		for n := 0; n < size; n += len(line) {
			zw.Write(line)
		}
		zw.Close()
		raw := b.Bytes()
		if lie {
			binary.LittleEndian.PutUint32(raw[len(raw)-4:], 1000)
		}
		if err := os.WriteFile(filepath.Join(dir, name), raw, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	gz("big.txt.gz", 3<<20, false)
	gz("liar.txt.gz", 3<<20, true)
	gz("small.txt.gz", 10<<10, false)
	l, err := OpenWith(dir, Options{MaxArticleBytes: 1 << 20})
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	l.Wait()
	listed := map[string]bool{}
	for _, a := range l.Articles() {
		listed[a.Path] = true
	}
	said := map[string]string{}
	for _, p := range l.Problems() {
		if p.Kind == model.ProblemTooLarge {
			said[p.Path] = p.Detail
		}
	}
	if !listed["small.txt.gz"] {
		t.Errorf("small.txt.gz is not listed: %v", listed)
	}
	if listed["big.txt.gz"] || !strings.HasSuffix(said["big.txt.gz"], ": skipped") {
		t.Errorf("big.txt.gz: listed %v, problem %q: want skipped, and said so", listed["big.txt.gz"], said["big.txt.gz"])
	}
	if !listed["liar.txt.gz"] || !strings.Contains(said["liar.txt.gz"], "listed, but its text is not read") {
		t.Errorf("liar.txt.gz: listed %v, problem %q: want listed, and said so", listed["liar.txt.gz"], said["liar.txt.gz"])
	}
}
