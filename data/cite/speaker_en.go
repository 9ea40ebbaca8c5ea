package cite

import (
	"strings"

	"github.com/isnad/isnad/model"
)

// English speakers. The subject comes before the verb ("Velora's chief
// executive Dan Whitlock said", "Mr Smith, a spokesman for the bakery, said"
// — the apposition left out, "Last month the watchdog said" — the time
// left out), or after it once a quotation or a clause is closed ('"…," said
// Mr Smith', "…, said the company"). The noun phrase runs back to the start
// of its clause: a sentence start, a quotation mark, a comma, or a word that
// starts a clause (and, but, as, that, which, …).

// enMaxNP bounds an English noun phrase in tokens.
const enMaxNP = 16

// enVerb reads an English reporting verb at toks[i] with its speaker.
func (f *finder) enVerb(toks []token, i int, vf verbForm, evs []event, qs quoteInfo) (event, int, bool) {
	fam := &f.lex.families[vf.fam]
	e := event{cue: [2]int{i, i + 1}, form: model.FormVerb, fam: fam, vf: vf, main: -1, content: len(toks)}
	if i > 0 && isCapitalised(toks[i]) && !isTerminal(toks[i-1]) && !isQuote(toks[i-1]) {
		return event{}, 0, false // "the United States": a name, not a verb
	}
	if i+1 < len(toks) && fam.notBefore.has(toks[i+1].norm) {
		return event{}, 0, false // "agreed to install": a deal, nothing said
	}
	// "The council is reiterating its cap": be and an -ing form are a
	// finite verb, its subject before it, as "reiterates" would have.
	progressive := vf.kind == formParticiple && i > 0 && f.passiveBefore(toks, i)
	if i > 0 {
		p := toks[i-1].norm
		if f.lex.determiners.has(p) || p == "to" || isNegation(toks[i-1]) || toks[i-1].raw == "'" ||
			f.lex.futureAux.has(p) && !isCapitalised(toks[i-1]) || // not '," May wrote', "Will said": names
			p == "than" || toks[i-1].raw == "-" && toks[i-1].end == toks[i].start || // "than expected", "quicker-than-expected"
			i > 1 && toks[i-1].norm == "s" && (toks[i-2].raw == "'" || toks[i-2].raw == "’") {
			return event{}, 0, false // "the said agreement", "declined to comment", "the firm's claims"
		}
		if f.passiveBefore(toks, i) && !progressive {
			return event{}, 0, false // "are believed to", "it is understood"
		}
	}
	end := i + 1
	if vf.kind == formPast && end < len(toks) && isBeForm(toks[end].norm) && !isCapitalised(toks[i]) {
		return event{}, 0, false // "consumers asked are interested": a participle describing them
	}
	if fam.needsPrep {
		if end >= len(toks) || !fam.preps.has(toks[end].norm) {
			// "He called the film "pornographic"": described as, in marks
			q := -1
			for k := end; k < len(toks) && k < end+6; k++ {
				if isQuote(toks[k]) {
					q = k
					break
				}
				if toks[k].punct {
					break
				}
			}
			if q <= end || vf.kind == formParticiple {
				return event{}, 0, false
			}
			sp, _ := f.enSubject(toks, i)
			if sp[1] <= sp[0] && i > 0 && (toks[i-1].norm == "and" || toks[i-1].norm == "but") && lastMain(evs) >= 0 {
				// "Mr Sullivan said … and described him as "…"": the speaker before
				e.main, e.shared, e.content = lastMain(evs), true, q
				return e, q, true
			}
			if sp[1] <= sp[0] {
				return event{}, 0, false
			}
			e.sp, e.content = sp, q
			return e, q, true
		}
		end++
		e.cue[1] = end
	}
	if vf.kind == formParticiple && !progressive {
		// "with the label saying …": the participle's own subject.
		np := f.enNPBefore(toks, i)
		if np[1] > np[0]+1 && toks[np[0]].norm == "with" {
			np[0]++ // the phrase read from its preposition: ", with the label saying"
		}
		if np[1] > np[0] && np[0] > 0 && toks[np[0]-1].norm == "with" && f.enHeadOK(toks, np) {
			e.form, e.sp = model.FormParticiple, np
			e.content = f.contentAt(toks, end, fam)
			if fam.content && e.content >= len(toks) && !f.enClauseFollows(toks, end-1) {
				q := end
				for q < len(toks) && q < end+8 && !isQuote(toks[q]) && !isTerminal(toks[q]) {
					q++
				}
				if q >= len(toks) || !isQuote(toks[q]) {
					return event{}, 0, false // "with China adding 178 million PCs": no report
				}
				e.content = q // "with the magazine describing it as "a mix …""
			}
			return e, end, true
		}
		if i > 1 && toks[i-1].norm == "as" && toks[i-2].norm == "well" || i > 0 && toks[i-1].norm == "than" {
			return event{}, 0, false // "as well as writing poetry", "than writing them": a gerund
		}
		there := end+1 < len(toks) && toks[end].norm == "there" && f.lex.auxiliaries.has(toks[end+1].norm) ||
			end+1 < len(toks) && toks[end].norm == "there" && isBeForm(toks[end+1].norm) // "saying there was", not "showing there."
		follows := end < len(toks) && (f.opensContent(toks, end) || f.lex.pronouns[toks[end].norm] != anyAgreement || there)
		if i == 0 || !(isComma(toks[i-1]) || f.lex.clauseStarts.has(toks[i-1].norm) || toks[i-1].norm == "by" ||
			toks[i-1].norm == "in" || follows && !f.lex.determiners.has(toks[i-1].norm)) {
			return event{}, 0, false // "the saying goes"
		}
		e.form = model.FormParticiple
		for k := len(evs) - 1; k >= 0; k-- {
			if evs[k].form != model.FormParticiple {
				e.main = k
				break
			}
		}
		if e.main < 0 {
			from := 0
			if c := f.timeOpener(toks); c > 0 {
				from = c // "Last week, the group rejected …, claiming": the group
			}
			if sp := f.enNPAfter(toks, from); sp[1] > sp[0] && sp[1] < i && f.enHeadOK(toks, sp) && !f.lex.clauseStarts.has(toks[sp[0]].norm) &&
				!(sp[1]-sp[0] == 1 && strings.HasSuffix(toks[sp[0]].norm, "ing")) { // "Getting involved is …": a gerund
				if end := f.enSubjectEnd(toks, sp); end < sp[1] && f.pastVerbAt(toks, end) {
					sp[1] = end // "The firm closed the book, saying": the firm
				}
				e.sp, e.subject = sp, true
			}
		}
		e.content = f.contentAt(toks, end, fam)
		return e, end, true
	}
	sp, role := f.enSubject(toks, i)
	if progressive && sp[1] > sp[0] && (sp[0] > 0 && toks[sp[0]-1].norm == "what" || f.lex.firstPersons.has(toks[sp[1]-1].norm)) {
		return event{}, 0, false // "what he was writing", "I hope we are saying": nothing reported
	}
	if sp[1] <= sp[0] && i > 1 && (toks[i-1].norm == "who" || toks[i-1].norm == "which") {
		// "some Leeds fans, who booed …": the head before
		// the relative pronoun.
		end := i - 1
		if isComma(toks[end-1]) {
			end--
		}
		if np := f.enNPBefore(toks, end); np[1] > np[0] && f.enHeadOK(toks, np) {
			// the last noun phrase: "criticism from the Harbour Board
			// Committee, which said" is the committee's
			for k := np[1] - 1; k > np[0]; k-- {
				if isPrepositionEn(toks[k].norm) && !(toks[k].norm == "of" && isCapitalised(toks[k-1])) {
					np[0] = k + 1
					break
				}
			}
			sp = np
		}
	}
	conj := i - 1
	for conj > 0 && isAdverbLy(toks[conj]) {
		conj-- // "and sarcastically branded"
	}
	if sp[1] <= sp[0] && conj > 0 && conj == i-1 && (toks[conj].norm == "and" || toks[conj].norm == "but") &&
		lastMain(evs) >= 0 {
		// "Baxter insisted talks go on, but added the door …", "described
		// them as "friends" and said …": the speaker of the verb before.
		e.main, e.shared = lastMain(evs), true // its speaker, as a participle's: not resolved
		if e.content = f.contentAt(toks, end, fam); e.content >= len(toks) && f.enReportedClause(toks, end) {
			e.content = end
		}
		for k := end; e.content >= len(toks) && k < len(toks) && k < end+6 && (!toks[k].punct || isQuote(toks[k])); k++ {
			if isQuote(toks[k]) {
				e.content = k // "… and described her as "tireless""
			}
		}
		if e.content >= len(toks) && fam.content {
			return event{}, 0, false
		}
		return e, end, true
	}
	far := false // the subject read from the sentence's start
	if sp[1] <= sp[0] && conj >= 0 && (toks[conj].norm == "and" || toks[conj].norm == "but") {
		// "Halvorsen is also unhappy and says": the subject of the clause.
		c := conj
		for c > 0 && (!toks[c-1].punct || toks[c-1].raw == "'" || toks[c-1].raw == "’" || toks[c-1].raw == "-") {
			c-- // back to the clause's start, past "Arsenal's", "arch-rivals"
		}
		if c == conj || c > 0 && !isComma(toks[c-1]) {
			// "Volkswagen is considering a plant in India, but said …",
			// "Heineken saw profits drop 33% and warned …": the subject
			// that opens the sentence, past a circumstance set off by a
			// comma ("In 2003, Barclays reported …, and it has forecast").
			c = 0
			if c < len(toks) && isPrepositionEn(toks[c].norm) {
				for k := 1; k < conj && k < 8; k++ {
					if isComma(toks[k]) {
						c = k + 1
						break
					}
				}
			}
			if c < len(toks) && (isQuote(toks[c]) || toks[c].punct) {
				c = conj // a quotation opens it: no subject of the writer's
			}
			far = true
		}
		if np := f.enNPAfter(toks, c); np[1] > np[0] && np[1] <= conj && f.enHeadOK(toks, np) {
			np[0] = enTrimLead(toks, np[0], np[1])
			// the subject only: "The Everton striker signed Morrison … and
			// claims" is the striker's
			np[1] = f.enSubjectEnd(toks, np)
			if np[1] < conj && !toks[np[1]].punct { // a verb of its own between: "defended Rock and confirmed"
				sp = np
			}
		}
	}
	inverted := false
	if sp[1] <= sp[0] && i > 0 && (isComma(toks[i-1]) || isQuote(toks[i-1])) || sp[1] <= sp[0] && i == 0 {
		// '"…," said Mr Smith': the speaker after the verb, starting as a
		// noun phrase does ("…, recalled in place of X" is no report).
		if end < len(toks) && !f.lex.stops.has(toks[end].norm) && !isPrepositionEn(toks[end].norm) &&
			(isCapitalised(toks[end]) || f.lex.determiners.has(toks[end].norm) || capitalSoon(toks, end) ||
				f.lex.quantifiers.byFirst[toks[end].norm] != nil || // "said one woman who took part"
				f.lex.anonymousWord(toks[end].norm) || // "said analysts"
				f.lex.titles.has(toks[end].norm) && f.titleRunAhead(toks, end)) { // "said founder and chief executive officer Ann Dorsey"
			sp = f.enNPAfter(toks, end)
			if sp[1] > sp[0] && f.verbAfterInverted(toks, i, sp) {
				sp = f.subjectBeforeApposition(toks, i) // "…, said Terrix was": no inversion
			} else if sp[1] > sp[0] {
				end, inverted = sp[1], true
			}
		}
	}
	if sp[1] <= sp[0] {
		return event{}, 0, false
	}
	if sp[1]-sp[0] >= 2 && toks[sp[1]-1].norm == "one" {
		return event{}, 0, false // "The second one says a little more": a thing, no speaker
	}
	if vf.kind == formPresent && vf.agr == plural && !f.pluralSubject(toks, sp) {
		return event{}, 0, false // "TVs in high demand", "New South Wales state inquiry"
	}
	if role[1] <= role[0] {
		sp, role = f.nameBeforeApposition(toks, sp)
	}
	e.sp, e.role = sp, role
	if p := f.pronounAgr(toks, sp); p == anyAgreement && (toks[sp[0]].norm == "i" || toks[sp[0]].norm == "we" || toks[sp[0]].norm == "you") {
		return event{}, 0, false // first and second person: the quoted speaker's own voice
	}
	// A channel: "told Reuters", "told the BBC News website", "said in a statement".
	if end < len(toks) && f.lex.spokeTo.has(toks[i].norm) {
		if ch := f.enNPAfter(toks, end); ch[1] > ch[0] {
			e.ch, end = ch, ch[1]
			if end+1 < len(toks) && toks[end].norm == "to" && !toks[end+1].punct && !isCapitalised(toks[end+1]) {
				e.content = end // "has told England to stop …": what they were told to do
				return e, end, true
			}
		}
	} else if end+1 < len(toks) && toks[end].norm == "in" {
		k := end + 1
		if k < len(toks) && f.lex.determiners.has(toks[k].norm) {
			k++
		}
		if _, n, _ := f.lex.channelNouns.match(toks, k); n > 0 {
			e.ch, end = [2]int{end + 1, k + n}, k+n
		}
	}
	if fam.channelSubject {
		// "The Telegraph quoted an executive as saying …": the subject is
		// the medium, the speaker stands between the verb and "as saying".
		for k := end; k+1 < len(toks) && k < end+16 && !isTerminal(toks[k]); k++ {
			if toks[k].norm != "as" {
				continue
			}
			if v, ok := f.lex.verbAt(&toks[k+1]); !ok || v.kind != formParticiple {
				break
			}
			sp := f.enNPAfter(toks, end)
			if sp[1] <= sp[0] {
				break
			}
			e.ch, e.sp = e.sp, [2]int{sp[0], min(sp[1], k)}
			for e.sp[1] > e.sp[0]+1 && (toks[e.sp[1]-1].punct || isPrepositionEn(toks[e.sp[1]-1].norm)) {
				e.sp[1]--
			}
			e.content = k + 2
			return e, k + 2, true
		}
	}
	e.content = f.contentAt(toks, end, fam)
	for k := end; e.content >= len(toks) && k < len(toks) && k < end+10; k++ {
		// past an object or a listener and the time: "told a jury in New
		// York on Wednesday that …"
		if toks[k].punct && !isComma(toks[k]) && !f.opensContent(toks, k) {
			break
		}
		if f.opensContent(toks, k) {
			e.content = k
		}
	}
	if e.content >= len(toks) && f.enReportedClause(toks, end) {
		e.content = end // "claims the champion tested positive": a clause with no "that"
	}
	if far && (e.content > end+1 || e.content < len(toks) && isPrepositionEn(toks[e.content].norm)) {
		return event{}, 0, false // "…, but demand for steel was later hit": a noun, nothing said
	}
	// What was said may come before: "as X said", '"…," he added', or a
	// clause closed by the report ("…, a study found.", "…, said Mr Smith").
	as := e.sp[0] > 0 && f.lex.asWords.has(toks[e.sp[0]-1].norm)
	first := min(e.sp[0], i)
	// "…, a study found." — or '"…?" he asked.' cut after the mark.
	// A sentence opening in lower case ("he asked.") is the tail of a
	// quotation cut at its "?" or "!".
	before := (first > 0 && isComma(toks[first-1]) || first == 0 && (f.since == 0 || !isCapitalised(toks[0]))) &&
		onlyPunctAfter(toks, f.listenerTail(toks, i, end))
	if fam.content && e.content >= len(toks) && !quoteBefore(toks, e.sp[0]) && !quoteBefore(toks, i) && !as && !inverted && !before &&
		!f.quoteBeforeNP(toks, e.sp[0]) {
		return event{}, 0, false
	}
	if len(fam.subjects) > 0 && f.pronounAgr(toks, sp) == anyAgreement {
		kind := f.kindOf(toks[sp[0]:sp[1]])
		// a body finds what it reports when a clause follows: "The
		// committee found the council had failed", not "police found a body"
		ok := kind == model.SourceGovernment && e.content < len(toks) && e.content > end-1 && !toks[e.content].punct && f.enClauseFollows(toks, e.content-1)
		for _, k := range fam.subjects {
			ok = ok || k == kind
		}
		if !ok {
			return event{}, 0, false // the police "found" a body
		}
	}
	return e, max(end, i+1), true
}

// enSubjectEnd is where the subject that opens np ends when a verb of its
// own follows it inside the phrase read: a head word, then a lower-case
// word that is no head, preposition or determiner ("The firm closed the
// book" is the firm's, "Finnish security firm F-Secure" stays one).
func (f *finder) enSubjectEnd(toks []token, np [2]int) int {
	for k := np[0] + 1; k < np[1]; k++ {
		if f.enHeadWord(toks[k-1]) && !f.lex.determiners.has(toks[k-1].norm) && !isCapitalised(toks[k]) && !isPrepositionEn(toks[k].norm) &&
			!f.lex.determiners.has(toks[k].norm) && !f.enHeadWord(toks[k]) && toks[k].norm != "s" && !toks[k].punct &&
			!f.headBeforeName(toks, k, np[1]) {
			return k
		}
	}
	return np[1]
}

// quoteBeforeNP reports whether a quotation closes right before the
// speaker's description, its determiner and adjectives left out of the
// speaker: '"I can't believe it," a tearful Okafor told BBC Sport'.
func (f *finder) quoteBeforeNP(toks []token, s int) bool {
	for k := s - 1; k >= 0 && k >= s-3; k-- {
		switch {
		case quoteBefore(toks, k+1):
			return k+1 < s && f.lex.determiners.has(toks[k+1].norm)
		case toks[k].punct || isCapitalised(toks[k]):
			return false
		}
	}
	return false
}

// headBeforeName reports whether, from toks[k] to the next capitalised
// word before end, a head word stands: "security firm F-Secure" is a
// description of the name; "signed Morrison" is a verb and its object.
func (f *finder) headBeforeName(toks []token, k, end int) bool {
	head := false
	for c := k; c < end; c++ {
		if isCapitalised(toks[c]) {
			return head
		}
		head = head || f.enHeadWord(toks[c])
	}
	return false
}

// enSubject finds the subject before the verb at toks[i], and the
// apposition set off by commas or dashes between them, if any.
func (f *finder) enSubject(toks []token, i int) (sp, role [2]int) {
	k := i - 1
	for k >= 0 && !toks[k].punct && (f.lex.auxiliaries.has(toks[k].norm) || isAdverbLy(toks[k])) {
		k--
	}
	if k < 0 {
		return
	}
	if t := toks[k]; isComma(t) || t.raw == "-" || t.raw == "–" || t.raw == "—" {
		// "Mr Smith, a spokesman for the bakery, said": the opening mark.
		for c := k - 1; c >= 0 && c > k-enMaxNP; c-- {
			u := toks[c]
			if isComma(u) && c > 0 && c+1 < len(toks) && isNumber(toks[c-1].norm) && isNumber(toks[c+1].norm) {
				continue // "9,000"
			}
			if u.raw == t.raw || isComma(u) && isComma(t) {
				if c == k-1 {
					return
				}
				np := f.enNPBefore(toks, c)
				if np[1] > np[0] && f.enHeadOK(toks, np) && !f.enHasName(toks[np[0]:np[1]]) && f.enNameOnly(toks[c+1:k]) {
					// "Chile's trade minister, Pablo Reyes, said":
					// title, comma and name are one speaker.
					return [2]int{np[0], k}, [2]int{}
				}
				if np[1] > np[0] && np[0] > 1 && isComma(toks[np[0]-1]) && !f.enHasName(toks[np[0]:np[1]]) {
					// "Alain Terzian, president of the organisers, the
					// Academie …, said": the name before the first apposition.
					if n := f.enNPBefore(toks, np[0]-1); n[1] > n[0] && f.enHeadOK(toks, n) && f.enHasName(toks[n[0]:n[1]]) &&
						!f.enHasName(toks[np[0]:np[1]]) {
						return n, [2]int{np[0], k}
					}
				}
				if np[1] > np[0] && f.enHeadOK(toks, np) {
					// The apposition is left out of the speaker ("Mr Smith, a
					// spokesman for the bakery, said"); when it is the name of a
					// title-only subject ("The director of the museum, Ilse
					// Brandt, says") it still names the entity (identify).
					return np, [2]int{c + 1, k}
				}
				return
			}
			if isDoubleQuote(u) || u.punct && (u.raw == "." && !innerDot(toks, c) || u.raw == ";" || u.raw == ":" || u.raw == "?" || u.raw == "!") {
				return // (not the dot of "Shopping.com")
			}
		}
		return
	}
	np := f.enNPBefore(toks, k+1)
	if np[1] > np[0] && np[0] > 1 && isComma(toks[np[0]-1]) && !isCapitalised(toks[np[0]]) &&
		(f.lex.titles.has(toks[np[0]].norm) || np[0]+2 < np[1] && f.lex.titles.has(toks[np[0]+1].norm) && isPrepositionEn(toks[np[0]+2].norm)) {
		// "John Houlihan, editor of the site told", "Ann Lowe, sales
		// manager at Kestrel believes": an apposition its writer did not
		// close; the name before it is the speaker.
		if n := f.enNPBefore(toks, np[0]-1); n[1] > n[0] && f.enHasName(toks[n[0]:n[1]]) {
			return n, np
		}
	}
	if np[1] > np[0] && f.enHeadOK(toks, np) && !f.dateBefore(toks, np) {
		return np, [2]int{}
	}
	return
}

// dateBefore reports whether the phrase before a verb is a time and
// nothing else, after a word that makes it one ("last", "on", a number):
// "The report published last May warned" has no speaker "May", "Kenteris
// on Sunday blamed" none "Sunday"; "May said" and "Next said" have one.
func (f *finder) dateBefore(toks []token, np [2]int) bool {
	for k := np[0]; k < np[1]; k++ {
		if !f.lex.timeWords.has(toks[k].norm) {
			return false
		}
	}
	p := np[0] - 1
	return p >= 0 && !toks[p].punct && (f.lex.timeWords.has(toks[p].norm) || isPrepositionEn(toks[p].norm) || isNumber(toks[p].norm))
}

// timeOpener is where an English sentence goes on after a time phrase
// that opens it and a comma ("Last week, …", "On Monday, …"), or 0.
func (f *finder) timeOpener(toks []token) int {
	for c := 1; c < len(toks) && c <= 5; c++ {
		if isComma(toks[c]) {
			for k := 0; k < c; k++ {
				if f.lex.timeWords.has(toks[k].norm) {
					return c + 1
				}
			}
			return 0
		}
		if toks[c].punct {
			return 0
		}
	}
	return 0
}
