package realnews

import "testing"

// The scorer on a made-up document: its arithmetic, not the analysis.
func TestScore(t *testing.T) {
	text := "وقال الوزير إن الأمر مهم. وأضاف أن كذا. وبحسب مصادر فإن ذلك صحيح."
	sp := func(a, b int) *Span { s := Span{a, b}; return &s }
	g := Gold{Doc: "x", Events: []Event{
		{ID: "e1", Cue: Span{0, 4}, Form: "verb", Speaker: sp(5, 11), Entity: "minister", Named: true},
		{ID: "e2", Cue: Span{26, 31}, Form: "verb", Entity: "minister", Named: true, Resolved: true, Antecedent: "e1"},
		{ID: "e3", Cue: Span{40, 45}, Form: "nominal", Speaker: sp(46, 51), Entity: "anon", Named: false},
	}}
	d := Doc{Text: text}
	s := SysDoc{
		Events: []SysEvent{
			{Cue: Span{0, 4}, Speaker: sp(5, 14), Entity: "m", Named: true},   // speaker too long
			{Cue: Span{27, 31}, Entity: "m", Named: true, Resolved: true},     // right
			{Cue: Span{17, 21}, Speaker: sp(5, 11), Entity: "x", Named: true}, // false
		},
		Claims: []Span{{0, 25}},
	}
	var c Counts
	c.Score(g, d, s)
	if c.Matched != 2 || c.Gold != 3 || c.Sys != 3 {
		t.Fatalf("matched %d gold %d sys %d", c.Matched, c.Gold, c.Sys)
	}
	if c.SpeakerGold != 1 || c.SpeakerExact != 0 {
		t.Errorf("speaker %d/%d, want 0/1", c.SpeakerExact, c.SpeakerGold)
	}
	if c.ResolvedGold != 1 || c.ResolvedRight != 1 {
		t.Errorf("resolved %d/%d, want 1/1", c.ResolvedRight, c.ResolvedGold)
	}
	if c.GoldEntities != 1 || c.SysEntities != 1 {
		t.Errorf("entities %d/%d", c.SysEntities, c.GoldEntities)
	}
	if c.ClaimCovered != 1 {
		t.Errorf("claims cover %d, want 1", c.ClaimCovered)
	}
	if p, r := c.Precision(), c.Recall(); p < 0.66 || p > 0.67 || r < 0.66 || r > 0.67 {
		t.Errorf("P %.3f R %.3f", p, r)
	}
}

// A resolved event whose antecedent event the system missed is right by
// entity when the system gave it the entity of another written mention of
// the same person, and wrong by the headline measure.
func TestScoreResolvedEntity(t *testing.T) {
	text := "قال الوزير إن كذا. وصرح الوزير بأن كذا. وأضاف أن كذا. وتابع أن كذا."
	sp := func(a, b int) *Span { s := Span{a, b}; return &s }
	g := Gold{Doc: "x", Events: []Event{
		{ID: "e1", Cue: Span{0, 3}, Form: "verb", Speaker: sp(4, 10), Entity: "minister", Named: true},
		{ID: "e2", Cue: Span{19, 23}, Form: "verb", Speaker: sp(24, 30), Entity: "minister", Named: true},
		{ID: "e3", Cue: Span{40, 45}, Form: "verb", Entity: "minister", Named: true, Resolved: true, Antecedent: "e2"},
		{ID: "e4", Cue: Span{54, 59}, Form: "verb", Entity: "minister", Named: true, Resolved: true, Antecedent: "e2"},
	}}
	s := SysDoc{Events: []SysEvent{
		{Cue: Span{0, 3}, Speaker: sp(4, 10), Entity: "m", Named: true},
		{Cue: Span{40, 45}, Entity: "m", Named: true, Resolved: true},     // e2 missed, entity right
		{Cue: Span{54, 59}, Entity: "other", Named: true, Resolved: true}, // wrong
	}}
	var c Counts
	c.Score(g, Doc{Text: text}, s)
	if c.ResolvedGold != 2 || c.ResolvedRight != 0 || c.ResolvedEntity != 1 {
		t.Errorf("resolved %d, by entity %d, of %d; want 0, 1, 2", c.ResolvedRight, c.ResolvedEntity, c.ResolvedGold)
	}
}
