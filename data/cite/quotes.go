package cite

import (
	"strings"
	"unicode/utf8"

	"github.com/isnad/isnad/model"
)

// Quotations. A cue inside a quotation is the quoted speaker's, never the
// article's; a sentence that opens a quotation with no cue of its own
// continues the last speaker ("quote" attributions); a quotation left open
// at the end of a sentence governs the sentences inside it, which are
// claims of its speaker without being attributions of their own.
//
// « » “ ” „ are unambiguous, and so are { }, which some papers quote with
// (الشرق الأوسط: "وأكد لـ{الشرق الأوسط}", the Qur'an after "قال تعالى:"). A straight mark " opens when a word follows it
// without a space and closes when one precedes it; one that opens while a
// straight quotation is open, right after the end of a sentence, reopens it;
// one glued to what stands before it (not a colon: "وزاد:" لقد") and to
// nothing after it, with no quotation open, closes one the writer never
// opened and opens nothing; inside a
// straight quotation, one that opens (a space or a proclitic before it, a
// word after it) starts an inner quotation, which the next closing mark
// ends. News writes a quotation of several paragraphs with an opening mark on each
// and a closing mark on the last only.

// quoteInfo is the quotation structure of one sentence.
type quoteInfo struct {
	in         []bool   // the token stands inside a quotation (marks excluded)
	startsOpen bool     // the sentence starts inside a quotation opened before
	endsOpen   bool     // a quotation is still open at its end
	spans      [][2]int // quotations opened in the sentence: open mark, close mark (len when open)
}

// hasQuote reports whether a sentence holds a quotation mark.
func hasQuote(toks []token) bool {
	for k := range toks {
		if toks[k].punct && isQuote(toks[k]) {
			return true
		}
	}
	return false
}

// inside reports whether toks[k] stands inside a quotation.
func (q *quoteInfo) inside(k int) bool { return q.in != nil && q.in[k] }

// quotations reads the quotation marks of a sentence, starting from the
// state the previous sentence left.
func (f *finder) quotations(toks []token, rest string) quoteInfo {
	if f.qOpen && len(toks) > 0 && !isQuote(toks[0]) && f.startsReport(toks) {
		// A sentence that starts by reporting ("وقال:", "He added:") is the
		// writer's again: the quotation before it was never closed.
		f.qOpen, f.qOwner = false, -1
	}
	q := quoteInfo{startsOpen: f.qOpen}
	if f.qOpen || hasQuote(toks) {
		q.in = make([]bool, len(toks)) // most sentences quote nothing
	}
	open, straight, depth, start := f.qOpen, f.qStraight, 0, -1
	revClose := -1  // the “ that closes a quotation opened by ”
	nextCurly := -1 // the first ” or “ after the last inch sign read, or len(toks)
	for k, t := range toks {
		if open && k > 0 && isTerminal(toks[k-1]) && !t.punct && f.startsReport(toks[k:]) {
			// "… promoted. He added: “…”": a quotation never closed before
			// the writer speaks again.
			q.spans = append(q.spans, [2]int{start, k - 1})
			open = false
		}
		if !t.punct {
			if q.in != nil {
				q.in[k] = open
			}
			continue
		}
		switch t.raw {
		case "«", "“", "„", "{":
			if open && k == revClose {
				open = false
				q.spans = append(q.spans, [2]int{start, k})
			} else if open {
				depth++
			} else {
				open, straight, start = true, false, k
			}
		case "»", "”", "}":
			switch {
			case depth > 0:
				depth--
			case open:
				open = false
				q.spans = append(q.spans, [2]int{start, k})
			case t.raw == "”":
				if j := reversedClose(toks, k); j > 0 {
					open, straight, start, revClose = true, false, k, j
				}
			}
		case "″":
			if open && nextCurly <= k {
				nextCurly = nextCurlyMark(toks, k+1) // once for a run of inch signs: no rescan
			}
			if open && closesWithPrime(toks, start, k, depth, nextCurly) {
				open = false
				q.spans = append(q.spans, [2]int{start, k})
			} else if q.in != nil {
				q.in[k] = open
			}
		case "\"":
			left := k > 0 && toks[k-1].end == t.start && !toks[k-1].punct
			right := k+1 < len(toks) && toks[k+1].start == t.end && !toks[k+1].punct
			switch {
			case !open && !right && k > 0 && toks[k-1].end == t.start && toks[k-1].raw != ":":
				// a closing mark whose opening one the writer left out
				// ("…المطبقة هنا".): it opens nothing
			case !open:
				open, straight, start = true, true, k
			case !straight:
				// a straight mark inside « »: an inner quotation, no change
			case right && !left && (k == 0 || isTerminal(toks[k-1])):
				// reopened for a new paragraph of the same quotation
			case right && (!left || isProclitic(toks[k-1].norm)):
				// an inner quotation ("… عبارات "لا شيء يدعو للقلق"، لكن …",
				// "بـ"الششة""): its own closing mark does not end the outer one
				depth++
			case depth > 0:
				depth--
			default:
				open = false
				q.spans = append(q.spans, [2]int{start, k})
			}
		default:
			if q.in != nil {
				q.in[k] = open
			}
		}
	}
	if open {
		q.spans = append(q.spans, [2]int{start, len(toks)})
		// A straight mark never closed in the paragraph ends with its sentence.
		q.endsOpen = !straight || closesLater(rest)
		open = q.endsOpen
	}
	f.qOpen, f.qStraight = open, straight
	return q
}

// closesLater reports whether the rest of a paragraph holds a closing
// straight quotation mark: one written right after a word or a stop.
func closesLater(rest string) bool {
	for p := 1; p < len(rest); p++ {
		if rest[p] == '"' && rest[p-1] != ' ' && rest[p-1] != '\n' {
			return true
		}
	}
	return false
}

// startsReport reports whether a sentence opens with a reporting verb whose
// speaker and content follow at once: "وقال:", "He added:", "وأضاف أن".
func (f *finder) startsReport(toks []token) bool {
	if v, ok := f.lex.verbAt(&toks[0]); ok && v.kind == formPast && f.lex.conjoined(&toks[0]) {
		return true // "وقال", "وأضاف": Arabic news starts its own sentences so
	}
	for k := 0; k < len(toks) && k < 4; k++ {
		if _, ok := f.lex.verbAt(&toks[k]); !ok {
			continue
		}
		if k > 0 && f.lex.futureAux.has(toks[k-1].norm) {
			return false // "The kids will ask: '…'": a saying to come, still the quoted speaker's
		}
		for j := k + 1; j < len(toks) && j < k+4; j++ {
			if toks[j].raw == ":" || isQuote(toks[j]) || !hasLatin(toks[k].raw) && f.opensContent(toks, j) {
				return true
			}
		}
		return false
	}
	return false
}

// isTerminal reports whether t ends a sentence.
func isTerminal(t token) bool {
	return t.punct && (t.raw == "." || t.raw == "?" || t.raw == "!" || t.raw == "؟" || t.raw == "…")
}

// quoteEvent makes the attribution of a quotation with no cue that
// continues the last speaker: one opening the sentence, or opening after a
// sentence end the splitter did not cut ('… she said. "The WTA …'), that
// runs to the sentence's end, with a speaker met within the last two
// sentences and no cue right after its closing mark — '"…?" Dechy said.'
// is Dechy's, however the sentences were cut (rest is the paragraph after
// the sentence).
func (f *finder) quoteEvent(toks []token, q quoteInfo, evs []event, rest string) (event, bool) {
	if e, ok := f.forwardQuote(toks, q, evs, rest); ok {
		return e, true
	}
	if len(f.out) == 0 && len(evs) == 0 || f.since > 2 {
		return event{}, false
	}
	for _, sp := range q.spans {
		if sp[0] < 0 || !(sp[0] == 0 && !q.startsOpen || sp[0] > 0 && isTerminal(toks[sp[0]-1])) {
			continue
		}
		if sp[1]-sp[0] < 4 || cueAfter(toks, sp[1]) {
			continue // a quoted title or phrase, or a quotation the sentence attributes
		}
		if vowelled(toks[sp[0]+1 : min(sp[1], len(toks))]) {
			continue // "{إِنَّا لِلّهِ وَإِنَّا إِلَيْهِ رَاجِعونَ}": scripture or verse, no one's next words
		}
		// '"… only 19." Hartley has also hinted he expects …': the
		// quotation closes its own sentence, and a report of its own follows
		// (the splitter kept them together).
		own := sp[1] > 0 && sp[1] < len(toks) && isTerminal(toks[sp[1]-1]) && f.newReportAfter(evs, sp[1])
		if sp[0] < len(toks) && len(evs) > 0 && evs[len(evs)-1].cue[0] > sp[0] && !own {
			continue
		}
		tail := 0
		for k := sp[1] + 1; k < len(toks); k++ {
			if !toks[k].punct {
				tail++
			}
		}
		if tail > 0 && !own {
			continue
		}
		switch {
		case sp[1] < len(toks) && endsWithMark(toks) && f.cueAfterText(rest):
			continue // '"…?" Dechy said.' cut after the mark
		case sp[1] >= len(toks) && f.cueAfterClose(rest):
			continue // '"A. "B," he said.': the speaker comes after it closes
		}
		return event{cue: [2]int{sp[0], sp[0] + 1}, form: model.FormQuote, main: -1, content: sp[0] + 1}, true
	}
	return event{}, false
}

// newReportAfter reports whether, after a quotation that closes its own
// sentence ('"… only 19." Hartley has also hinted he expects …', the
// splitter keeping them together), the sentence goes on with a report of
// its own: a cue whose speaker is written after the closing mark.
func (f *finder) newReportAfter(evs []event, close int) bool {
	for _, e := range evs {
		if e.cue[0] > close && e.hasSpeaker() && e.sp[0] > close && e.form == model.FormVerb {
			return true
		}
	}
	return false
}

// cueAfter reports whether a reporting verb stands within the few words
// after toks[k] ('," said Mr Smith', '," he added').
func cueAfter(toks []token, k int) bool {
	for j := k + 1; j < len(toks) && j < k+5; j++ {
		if toks[j].punct && !isComma(toks[j]) {
			return false
		}
		if _, ok := DefaultLexicon().verbAt(&toks[j]); ok {
			return true
		}
	}
	return false
}

// cueAfterText reports whether the text after a sentence starts with a
// report of the quotation just closed: "Dechy said.", "he asked." — a few
// words, a reporting verb, and the end of that sentence.
func (f *finder) cueAfterText(rest string) bool {
	if len(rest) > 200 {
		rest = rest[:200]
	}
	toks := tokenize(rest)
	for j := 0; j < len(toks) && j < 5; j++ {
		if toks[j].punct {
			return false
		}
		if _, ok := f.lex.verbAt(&toks[j]); ok {
			// '"…?" Dechy said.' reports the quotation before; 'She added:
			// "…"' opens a quotation of its own, and 'Hartley has also
			// hinted he expects …' is a report with what was said of its own.
			if j+1 < len(toks) && (toks[j+1].raw == ":" || isQuote(toks[j+1])) {
				return false
			}
			for k := 0; k < j; k++ {
				switch toks[k].norm {
				case "has", "have", "had", "will", "would", "also":
					return false // "Hartley has also hinted": no tag on a quotation
				}
			}
			for k := j + 1; k < len(toks) && k <= j+8; k++ {
				if isTerminal(toks[k]) {
					return true
				}
				if _, verb := f.lex.verbAt(&toks[k]); verb || toks[k].norm == "that" || f.opensContent(toks, k) {
					return false
				}
				switch toks[k].norm {
				case "he", "she", "they", "we", "i", "it", "you":
					return false // "hinted he thinks …": a clause of its own
				}
			}
			return len(toks) <= j+8
		}
	}
	return false
}

// cueAfterClose reports whether, in the rest of a paragraph, the
// quotation still open closes with a report of it: '…," he said.'
func (f *finder) cueAfterClose(rest string) bool {
	for p := 1; p < len(rest) && p < 2000; p++ {
		c := rest[p]
		closing := c == '"' && rest[p-1] != ' ' || strings.HasPrefix(rest[p:], "”") || strings.HasPrefix(rest[p:], "»") || c == '}'
		if !closing {
			continue
		}
		_, n := utf8.DecodeRuneInString(rest[p:])
		return f.cueAfterText(strings.TrimLeft(rest[p+n:], " ,،"))
	}
	return false
}

// endsWithMark reports whether the sentence ends with a closing quotation
// mark (possibly after its stop).
func endsWithMark(toks []token) bool {
	for k := len(toks) - 1; k >= 0; k-- {
		if isQuote(toks[k]) {
			return true
		}
		if !toks[k].punct {
			return false
		}
	}
	return false
}

// closeQuotes records which attribution a quotation left open belongs to:
// the last cue before its opening mark, or the one it continues.
func (f *finder) closeQuotes(q quoteInfo, evs []event, idx []int) {
	if !q.endsOpen {
		f.qOwner = -1
		return
	}
	open := q.spans[len(q.spans)-1][0]
	if open < 0 {
		return // the quotation from before runs on
	}
	f.qOwner = -1
	for k := len(evs) - 1; k >= 0; k-- {
		if evs[k].cue[0] <= open && idx[k] >= 0 {
			f.qOwner = idx[k]
			return
		}
	}
}

// newParagraph forgets an open quotation: a paragraph that opens with a
// quotation mark starts a new one, which continues the last speaker.
func (f *finder) newParagraph() {
	f.qOpen, f.qOwner = false, -1
}

// isProclitic reports whether a folded word is only a proclitic written
// joined to what follows it ("بـ"الششة"", "و"معاريف"").
func isProclitic(w string) bool {
	for _, p := range proclitics {
		if w == p {
			return true
		}
	}
	return false
}

// vowelled reports whether words are written with their short vowels, as
// the Qur'an, hadith and verse are and news is not: a third of the letters
// or more carry a haraka, in a phrase longer than a name.
func vowelled(toks []token) bool {
	letters, marks := 0, 0
	for k := range toks {
		for _, r := range toks[k].raw {
			switch {
			case r >= 0x064B && r <= 0x0652:
				marks++
			case r >= 0x0621 && r <= 0x064A:
				letters++
			}
		}
	}
	return letters >= 12 && marks*3 >= letters // (not a short name with a tanween: "معاً", "رِفقًا")
}

// opensQuoteEn reports whether an English sentence opens with a quotation
// mark: a speaker's own words, whose subject is what the speaker talks
// about, not someone the writer brings in. '"Corvex's network is limited,"
// he said' is not Corvex speaking, so that subject is no "mentioned" one.
func opensQuoteEn(toks []token) bool {
	return len(toks) > 1 && isDoubleQuote(toks[0]) && !toks[1].punct && hasLatin(toks[1].raw)
}

// closesWithPrime reports whether the double prime at toks[k] closes the
// “ quotation opened at toks[start]. Publishing software turns a straight
// mark written after a digit into an inch sign, so a quotation of a name
// ending in a number closes with one: "بحسب منظمة “سبيد 100″ التي ترصد";
// not when the sentence closes it with ” later, before any other opens
// (next, the first ” or “ after it, says): a measure inside it.
func closesWithPrime(toks []token, start, k, depth, next int) bool {
	if depth > 0 || start < 0 || toks[start].raw != "“" || k == 0 {
		return false
	}
	prev := toks[k-1]
	if prev.punct || prev.end != toks[k].start || prev.raw == "" {
		return false
	}
	last := prev.raw[len(prev.raw)-1]
	if last < '0' || last > '9' {
		return false
	}
	// "“اشتريت شاشة 55″ الأسبوع الماضي”": a measure, its ” to come;
	// "“1835-1919″، … “US Steel”": another quotation opens after it
	return next >= len(toks) || toks[next].raw != "”"
}

// nextCurlyMark is the index of the first ” or “ from toks[from], or
// len(toks).
func nextCurlyMark(toks []token, from int) int {
	for j := from; j < len(toks); j++ {
		if toks[j].raw == "”" || toks[j].raw == "“" {
			return j
		}
	}
	return len(toks)
}

// reversedClose returns the index of the “ that closes a quotation opened by
// the ” at toks[k], or -1. Some papers write the marks reversed, each set off
// by spaces: "وقال ” المكان جميل “، بينما …", "فيلم ” النجوم “، الذي". The ”
// opens one when nothing is open, it is not glued to the word before it and
// a word follows; the “ closes it when it is the next mark of the sentence
// and no word is glued after it.
func reversedClose(toks []token, k int) int {
	if k > 0 && !toks[k-1].punct && toks[k-1].end == toks[k].start {
		return -1
	}
	if k+1 >= len(toks) || toks[k+1].punct {
		return -1
	}
	for j := k + 1; j < len(toks); j++ {
		if !isQuote(toks[j]) {
			continue
		}
		if toks[j].raw != "“" {
			return -1
		}
		if j+1 < len(toks) && !toks[j+1].punct {
			return -1
		}
		return j
	}
	return -1
}
