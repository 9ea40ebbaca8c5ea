package realnews

import (
	"fmt"
	"strings"
)

// Draft is how an annotator writes a gold file: spans given by the text
// they cover inside a numbered paragraph (as `goldtool show` numbers them),
// turned into offsets by Resolve. Only the final, offset-based gold file is
// committed.
type Draft struct {
	Doc       string       `yaml:"doc"`
	Split     string       `yaml:"split"`
	Annotator string       `yaml:"annotator,omitempty"`
	Notes     string       `yaml:"notes,omitempty"`
	Events    []DraftEvent `yaml:"events"`
}

// DraftEvent is an Event with anchors instead of offsets.
type DraftEvent struct {
	ID   string `yaml:"id"`
	Para int    `yaml:"para"`
	// Cue is the exact text of the cue in the paragraph; CueIn, when given,
	// is a longer text of the paragraph, found once, that contains it;
	// CueNth picks the nth occurrence (1-based) otherwise.
	Cue    string `yaml:"cue"`
	CueIn  string `yaml:"cue_in,omitempty"`
	CueNth int    `yaml:"cue_nth,omitempty"`
	Form   string `yaml:"form"`
	// Speaker is the exact text of the speaker, in SpeakerPara (default
	// Para); the occurrence nearest the cue is taken unless SpeakerNth.
	Speaker     string `yaml:"speaker,omitempty"`
	SpeakerPara *int   `yaml:"speaker_para,omitempty"`
	SpeakerNth  int    `yaml:"speaker_nth,omitempty"`
	Entity      string `yaml:"entity"`
	EntityKind  string `yaml:"entity_kind"`
	Named       bool   `yaml:"named"`
	Resolved    bool   `yaml:"resolved,omitempty"`
	Antecedent  string `yaml:"antecedent,omitempty"`
	// Channel, like Speaker.
	Channel       string `yaml:"channel,omitempty"`
	ChannelPara   *int   `yaml:"channel_para,omitempty"`
	ChannelEntity string `yaml:"channel_entity,omitempty"`
	// QuoteStart and QuoteEnd are the first and last words of a quotation
	// (quotation marks included), in QuotePara and QuoteEndPara (default
	// Para).
	QuoteStart   string `yaml:"quote_start,omitempty"`
	QuoteEnd     string `yaml:"quote_end,omitempty"`
	QuotePara    *int   `yaml:"quote_para,omitempty"`
	QuoteEndPara *int   `yaml:"quote_end_para,omitempty"`
}

// Resolve turns a draft into a gold file, checking every anchor.
func (dr Draft) Resolve(d Doc) (Gold, []error) {
	paras := Paras(d.Text)
	g := Gold{Doc: dr.Doc, URL: d.URL, Source: d.Source, Lang: d.Lang, Split: dr.Split, Annotator: dr.Annotator, Notes: dr.Notes}
	var errs []error
	for _, de := range dr.Events {
		fail := func(f string, a ...any) {
			errs = append(errs, fmt.Errorf("%s: %s", de.ID, fmt.Sprintf(f, a...)))
		}
		para := func(n int) (Para, bool) {
			if n < 0 || n >= len(paras) {
				fail("no paragraph %d (the article has %d)", n, len(paras))
				return Para{}, false
			}
			return paras[n], true
		}
		p, ok := para(de.Para)
		if !ok {
			continue
		}
		e := Event{ID: de.ID, Form: de.Form, Entity: de.Entity, EntityKind: de.EntityKind,
			Named: de.Named, Resolved: de.Resolved, Antecedent: de.Antecedent, ChannelEntity: de.ChannelEntity}
		cue, err := findCue(p, de)
		if err != nil {
			fail("%v", err)
			continue
		}
		e.Cue, e.CueSum = cue, Sum(Slice(d.Text, cue[0], cue[1]))
		if de.Speaker != "" {
			sp := p
			if de.SpeakerPara != nil {
				if sp, ok = para(*de.SpeakerPara); !ok {
					continue
				}
			}
			s, err := findNear(sp, de.Speaker, de.SpeakerNth, cue)
			if err != nil {
				fail("speaker: %v", err)
				continue
			}
			e.Speaker, e.SpeakerSum = &s, Sum(Slice(d.Text, s[0], s[1]))
		}
		if de.Channel != "" {
			cp := p
			if de.ChannelPara != nil {
				if cp, ok = para(*de.ChannelPara); !ok {
					continue
				}
			}
			s, err := findNear(cp, de.Channel, 0, cue)
			if err != nil {
				fail("channel: %v", err)
				continue
			}
			e.Channel = &s
		}
		if de.QuoteStart != "" {
			qp, qe := p, p
			if de.QuotePara != nil {
				if qp, ok = para(*de.QuotePara); !ok {
					continue
				}
				qe = qp
			}
			if de.QuoteEndPara != nil {
				if qe, ok = para(*de.QuoteEndPara); !ok {
					continue
				}
			}
			s, err := findNear(qp, de.QuoteStart, 0, cue)
			if err != nil {
				fail("quote_start: %v", err)
				continue
			}
			end := de.QuoteEnd
			if end == "" {
				end = de.QuoteStart
			}
			t, err := findNear(qe, end, 0, s)
			if err != nil {
				fail("quote_end: %v", err)
				continue
			}
			q := Span{s[0], t[1]}
			e.Quote = &q
		}
		g.Events = append(g.Events, e)
	}
	errs = append(errs, g.Check(d)...)
	return g, errs
}

// occurrences lists the rune spans of needle in the paragraph.
func occurrences(p Para, needle string) []Span {
	var out []Span
	if needle == "" {
		return nil
	}
	rs := []rune(p.Text)
	nr := []rune(needle)
	for i := 0; i+len(nr) <= len(rs); i++ {
		if string(rs[i:i+len(nr)]) == needle {
			out = append(out, Span{p.Start + i, p.Start + i + len(nr)})
		}
	}
	return out
}

func findCue(p Para, de DraftEvent) (Span, error) {
	if de.CueIn != "" {
		if !strings.Contains(de.CueIn, de.Cue) {
			return Span{}, fmt.Errorf("cue_in %q does not contain the cue %q", de.CueIn, de.Cue)
		}
		in := occurrences(p, de.CueIn)
		if len(in) != 1 {
			return Span{}, fmt.Errorf("cue_in %q found %d times in paragraph %d, want once", de.CueIn, len(in), p.N)
		}
		off := len([]rune(de.CueIn[:strings.Index(de.CueIn, de.Cue)]))
		return Span{in[0][0] + off, in[0][0] + off + len([]rune(de.Cue))}, nil
	}
	occ := occurrences(p, de.Cue)
	switch {
	case len(occ) == 0:
		return Span{}, fmt.Errorf("cue %q not in paragraph %d", de.Cue, p.N)
	case de.CueNth > 0:
		if de.CueNth > len(occ) {
			return Span{}, fmt.Errorf("cue %q found %d times in paragraph %d, not %d", de.Cue, len(occ), p.N, de.CueNth)
		}
		return occ[de.CueNth-1], nil
	case len(occ) > 1:
		return Span{}, fmt.Errorf("cue %q found %d times in paragraph %d: give cue_in or cue_nth", de.Cue, len(occ), p.N)
	}
	return occ[0], nil
}

// findNear finds text in the paragraph: the nth occurrence, or the one
// nearest the anchor span.
func findNear(p Para, text string, nth int, anchor Span) (Span, error) {
	occ := occurrences(p, text)
	if len(occ) == 0 {
		return Span{}, fmt.Errorf("%q not in paragraph %d", text, p.N)
	}
	if nth > 0 {
		if nth > len(occ) {
			return Span{}, fmt.Errorf("%q found %d times in paragraph %d, not %d", text, len(occ), p.N, nth)
		}
		return occ[nth-1], nil
	}
	best, bestD := occ[0], -1
	for _, s := range occ {
		d := s[0] - anchor[1]
		if d < 0 {
			d = anchor[0] - s[1]
		}
		if d < 0 {
			d = 0
		}
		if bestD < 0 || d < bestD {
			best, bestD = s, d
		}
	}
	return best, nil
}
