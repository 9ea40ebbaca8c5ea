package bidi

import (
	"os"
	"strings"
	"testing"
	"unicode/utf8"
)

// The benchmarks resolve each paragraph of a file and put it in visual
// order line by line, lines of lineWidth characters, as a display would.
// The bytes counted are the text's UTF-8 bytes, so MB/s compare with a
// tool reading UTF-8 (fribidi); the UTF-8 to rune conversion is not
// timed.
const lineWidth = 80

func benchmarkParagraphs(b *testing.B, text string) {
	var paras [][]rune
	for _, line := range strings.Split(strings.TrimSpace(text), "\n") {
		paras = append(paras, []rune(line))
	}
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	var p Paragraph
	var order []int
	for b.Loop() {
		for _, para := range paras {
			p.Resolve(para, Auto)
			for start := 0; start < len(para); start += lineWidth {
				order = p.VisualOrder(start, min(start+lineWidth, len(para)), ReorderNSM, order)
			}
		}
	}
}

func readTestdata(b *testing.B, name string) string {
	data, err := os.ReadFile("testdata/" + name)
	if err != nil {
		b.Fatal(err)
	}
	if !utf8.Valid(data) {
		b.Fatalf("%s: invalid UTF-8", name)
	}
	return string(data)
}

// Arabic paragraphs of the corpus, with a few digits.
func BenchmarkArabic(b *testing.B) { benchmarkParagraphs(b, readTestdata(b, "arabic.txt")) }

// Arabic with Latin names, digits, quotes and brackets.
func BenchmarkMixed(b *testing.B) { benchmarkParagraphs(b, readTestdata(b, "mixed.txt")) }

// Arabic without digits or Latin: the right-to-left fast path.
func BenchmarkArabicNoDigits(b *testing.B) {
	text := strings.Map(func(r rune) rune {
		if ClassOf(r) == EN || ClassOf(r) == ES {
			return -1
		}
		return r
	}, readTestdata(b, "arabic.txt"))
	benchmarkParagraphs(b, text)
}

// Pure ASCII: the left-to-right fast path.
func BenchmarkASCII(b *testing.B) {
	const sentence = "The treaty signed in Pyongyang in June 2024 (Article 4) commits each side to assist the other. "
	benchmarkParagraphs(b, strings.Repeat(strings.Repeat(sentence, 20)+"\n", 3))
}

// ClassOf alone, on runes decoded beforehand.
func BenchmarkClassOf(b *testing.B) {
	data := readTestdata(b, "mixed.txt")
	text := []rune(data)
	b.SetBytes(int64(len(data)))
	var sink Class
	for b.Loop() {
		for i := range text {
			sink |= ClassOf(text[i])
		}
	}
	_ = sink
}
