package compare

import (
	"math"
	"strings"
	"testing"

	"github.com/isnad/isnad/model"
)

// The worked example, by hand. Two sources of ten counted words each:
//
//	A: سلام ×3, حرب ×7      B: سلام ×1, حرب ×9      α0 = 4
//
// Prior weight of سلام: α = α0 × 4/20 = 0.8. For سلام in A against B:
//
//	δ   = ln((3+0.8)/(10+4−3−0.8)) − ln((1+0.8)/(10+4−1−0.8))
//	    = ln(3.8/10.2) − ln(1.8/12.2)
//	    = ln(0.372549) − ln(0.147541) = −0.987387 + 1.913649 = 0.926263
//	var = 1/3.8 + 1/1.8 = 0.263158 + 0.555556 = 0.818713
//	z   = 0.926263 / √0.818713 = 0.926263 / 0.904828 = 1.023689
//
// حرب in B against A (α = 4 × 16/20 = 3.2) mirrors it:
//
//	δ   = ln(12.2/1.8) − ln(10.2/3.8) = 1.913649 − 0.987387 = 0.926263
//	var = 1/12.2 + 1/10.2 = 0.081967 + 0.098039 = 0.180006
//	z   = 0.926263 / 0.424271 = 2.183183
const (
	wantZSalam = 1.023689
	wantDelta  = 0.926263
	wantZHarb  = 2.183183
)

func TestLogOddsWorkedExample(t *testing.T) {
	z, d, ok := LogOdds(3, 10, 1, 10, 0.8, 4)
	if !ok || math.Abs(z-wantZSalam) > 1e-6 || math.Abs(d-wantDelta) > 1e-6 {
		t.Errorf("LogOdds = z %.7f δ %.7f ok %v, want z %.6f δ %.6f", z, d, ok, wantZSalam, wantDelta)
	}
	z, _, _ = LogOdds(9, 10, 7, 10, 3.2, 4)
	if math.Abs(z-wantZHarb) > 1e-6 {
		t.Errorf("LogOdds for حرب = %.7f, want %.6f", z, wantZHarb)
	}
	// Symmetry: swapping the groups flips the sign.
	z2, _, _ := LogOdds(1, 10, 3, 10, 0.8, 4)
	if math.Abs(z2+wantZSalam) > 1e-6 {
		t.Errorf("swapped groups: z %.7f, want %.6f", z2, -wantZSalam)
	}
	if _, _, ok := LogOdds(12, 10, 1, 10, 3, 4); ok {
		t.Error("a count above its total must be refused (log of a non-positive number)")
	}
}

func TestVocabularyWorkedExample(t *testing.T) {
	f, err := ParseFrames([]byte("vocabulary: {alpha0: 4, min_count: 1, top: 5}"))
	if err != nil {
		t.Fatal(err)
	}
	a := mkArticle("A", "", body(strings.Repeat("سلام ", 3)+strings.Repeat("حرب ", 7)+"في على"))
	b := mkArticle("B", "", body("سلام "+strings.Repeat("حرب ", 9)+"the"))
	c := Build([]*model.Article{a, b}, f)
	va, vb := c.Vocabulary["A"], c.Vocabulary["B"]
	if len(va) != 1 || va[0].Term != "سلام" || math.Abs(va[0].Z-wantZSalam) > 1e-6 || va[0].Count != 3 || va[0].Rest != 1 {
		t.Errorf("A's vocabulary = %+v, want سلام z %.6f count 3 rest 1", va, wantZSalam)
	}
	if len(vb) != 1 || vb[0].Term != "حرب" || math.Abs(vb[0].Z-wantZHarb) > 1e-6 {
		t.Errorf("B's vocabulary = %+v, want حرب z %.6f", vb, wantZHarb)
	}
	if len(va) > 0 && (len(va[0].Sentences) != 1 || va[0].Sentences[0] != "A#s1") {
		t.Errorf("سلام's sentences = %v, want [A#s1]", va[0].Sentences)
	}
}
