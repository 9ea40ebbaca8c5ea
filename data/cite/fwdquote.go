package cite

import (
	"strings"
	"unicode/utf8"

	"github.com/isnad/isnad/model"
)

// A quotation standing alone in its paragraph, its speaker named at the
// start of the next one: "«حان الوقت لإجراء تسوية».\nالمستشارة الألمانية
// أنجيلا ميركل تدعو …" (the quotes of a column, a caption), or, with no
// speaker before it, '"We will not wait."\nThe minister, Salem Kandi, said
// …'. A quotation after a speaker who spoke just before continues that
// speaker (quoteEvent), unless the next paragraph opens with its subject
// before the verb, which Arabic news writes only so.

// maxLookahead bounds how much of the next paragraph is read for its
// speaker (bytes): its first words are enough, and a paragraph may be huge.
const maxLookahead = 400

// forwardQuote reads a sentence that is one quotation closing its
// paragraph, for a speaker at the start of the next paragraph.
func (f *finder) forwardQuote(toks []token, q quoteInfo, evs []event, rest string) (event, bool) {
	if len(evs) > 0 || len(q.spans) != 1 || q.startsOpen || f.next == "" || strings.TrimSpace(rest) != "" {
		return event{}, false
	}
	sp := q.spans[0]
	for k := 0; k < sp[0]; k++ {
		if !toks[k].punct || isQuote(toks[k]) {
			return event{}, false // words before it: not a quotation alone
		}
	}
	if sp[1] >= len(toks) || sp[1]-sp[0] < 4 || vowelled(toks[sp[0]+1:sp[1]]) {
		return event{}, false // open to the end, a title in marks, a verse
	}
	for k := sp[1] + 1; k < len(toks); k++ {
		if !toks[k].punct {
			return event{}, false
		}
	}
	next := f.next
	if len(next) > maxLookahead {
		cut := maxLookahead
		for cut > 0 && !utf8.RuneStart(next[cut]) {
			cut--
		}
		next = next[:cut]
	}
	ntoks := tokenize(next)
	speaker, subjectFirst := f.openingSpeaker(ntoks)
	if len(speaker) == 0 || len(speaker) == 1 && f.lex.firstPersons.has(speaker[0].norm) {
		// (not the writer's "I remember …" after a quotation of his own)
		return event{}, false
	}
	reach := len(f.out) > 0 && f.since <= 2
	if reach && !(subjectFirst && !hasLatin(speaker[0].raw)) {
		return event{}, false // the speaker just before goes on (quoteEvent)
	}
	return event{cue: [2]int{sp[0], sp[0] + 1}, form: model.FormQuote, main: -1, content: sp[0] + 1, fwd: speaker}, true
}

// openingSpeaker is the speaker a paragraph opens with, before or right
// after its first reporting verb, and whether it stands before the verb.
func (f *finder) openingSpeaker(toks []token) ([]token, bool) {
	s := 0
	for s < len(toks) && toks[s].punct && !isQuote(toks[s]) {
		s++ // a bullet, a dash
	}
	rel := -1 // a relative pronoun after the subject: its clause describes it
	for v := s + 1; v < len(toks) && v < s+14; v++ {
		if toks[v].punct && !isComma(toks[v]) && !isQuote(toks[v]) {
			return nil, false
		}
		if rel < 0 && f.lex.relatives.has(toks[v].norm) {
			rel = v
			continue
		}
		vf, ok := f.lex.verbAt(&toks[v])
		if !ok || vf.object || vf.kind != formPast && vf.kind != formPresent {
			continue
		}
		end := v
		if rel > s && !hasLatin(toks[v].raw) {
			// "النائب فلان الذي يترأس لجنة … يدعو": the subject ends where
			// the clause describing it starts
			end = rel
		}
		for end > s && isComma(toks[end-1]) {
			end-- // "The minister, Salem Kandi, said"
		}
		if hasLatin(toks[v].raw) {
			if np := f.enNPBefore(toks, end); np[1] == end && np[1] > np[0] && f.enHasName(toks[np[0]:end]) {
				return toks[np[0]:end], true
			}
			return nil, false
		}
		if f.lex.conjoined(&toks[v]) {
			return nil, false
		}
		if end > s && (f.startsWithName(toks[s:end]) || f.openingSubject(toks[s:end]) == [2]int{0, end - s}) &&
			f.looksLikeSpeaker(toks[s:end]) {
			return toks[s:end], true
		}
		return nil, false
	}
	return nil, false
}
