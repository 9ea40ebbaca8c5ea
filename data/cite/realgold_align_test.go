package cite_test

import (
	"strings"
	"testing"

	"github.com/isnad/isnad/data"
	"github.com/isnad/isnad/model"
)

// The scorer places what the analysis found back in the document: every
// character of a parsed paragraph must land on the same character of the
// document, or an event the analysis found is scored as a miss and a false
// event at once (invented texts).
func TestParaMapsLandOnTheText(t *testing.T) {
	for _, text := range []string{
		// a heading with no closing stop, which the parser joins to the
		// line after it; the report is in the second line
		"وقال المدير إن العمل مستمر.\n\nالهلال يجدد مع لاعبيه.. والنصر يودع مدربه\n\nمن جهة ثانية أعلن نادي النصر أنه أنهى عقد مدربه.\n",
		"The club said the deal was done. The young player rallied well but could not stop\n\npowered her way into the next round and said she was pleased.\n",
		// a list item whose opening word has a shadda before its vowel,
		// which the parser writes the other way round
		"* في معركةِ الكر\u0651\u0650 والفر\u0651\u0650 بين الفريقين قال المدرب إنه راضٍ.\n\n* إلى متى يظن\u0651\u064f كل\u0651\u064f هؤلاء أنهم على حق؟\n",
	} {
		lang := "ar"
		if strings.HasPrefix(text, "The") {
			lang = "en"
		}
		a := data.ParseArticle("x", "x.txt", []byte(text), model.Meta{Lang: lang})
		maps := paraMaps(text, a)
		doc := []rune(text)
		for i, p := range a.Paragraphs {
			m := maps[i]
			if m == nil {
				t.Errorf("%q: paragraph %d has no map", p.Text, i)
				continue
			}
			for bi, r := range p.Text {
				if r == ' ' || strings.ContainsRune("\u064b\u064c\u064d\u064e\u064f\u0650\u0651", r) {
					continue // spaces collapse; a shadda and its vowel trade places
				}
				if o := m(bi); o >= len(doc) || doc[o] != r {
					got := ""
					if o < len(doc) {
						got = string(doc[o:min(len(doc), o+12)])
					}
					t.Errorf("paragraph %d %q: byte %d (%q) lands on %q", i, p.Text, bi, p.Text[bi:min(len(p.Text), bi+12)], got)
					break
				}
			}
		}
	}
}
