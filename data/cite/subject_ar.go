// Arabic speakers written before their verb: "أما X فأوضح", "X الذي قال",
// "وكان X قد قال".

package cite

import "strings"

// arSubjectBefore finds a speaker written before its verb: "أما X فأوضح",
// "X الذي قال" (the head of the relative clause), "وكان X قد قال", or a
// known name or vague noun right before it ("المحللون يقولون").
func (f *finder) arSubjectBefore(toks []token, i int, vf verbForm, evs []event) ([2]int, bool) {
	sp := f.arSubjectBefore1(toks, i, vf, evs)
	if sp[1] <= sp[0] && f.pronounSubject(toks, i, vf) {
		return [2]int{i - 1, i}, true // "وهي تؤكد أن": she, whom the resolver finds
	}
	if sp[1] > sp[0] || vf.object || i == 0 || vf.kind != formPresent && (vf.kind != formPast || f.lex.conjoined(&toks[i])) ||
		f.afterAdverbial(toks, i) || f.afterTopic(toks, i) || f.lex.goOnVerbs.has(toks[i-1].norm) { // (or "ومضى يقول": went on saying)
		return sp, true // "ومن جانبه يقول فلان": the adverbial opens the clause, no noun before the verb
	}
	// A perfect is such a clause only after an indefinite object in the
	// accusative ("أعدت الوزارة تقريراً كشف عن"): after "من جانب آخر" it
	// is the sentence's own verb.
	if vf.kind == formPast && (!strings.HasSuffix(toks[i-1].raw, "ا") && !strings.HasSuffix(toks[i-1].raw, "اً") ||
		i >= 2 && f.lex.prepositions.has(toks[i-2].norm)) {
		if r := f.reportBefore(toks, i, vf); r[1] > r[0] {
			return r, true // "بعد تقارير تحدثت عن": the report speaks
		}
		return sp, true // "في فيينا قال": after a preposition the word is no object
	}
	// An imperfect right after an indefinite noun is a clause describing it:
	// "تقارير تفيد بأن" (the reports speak), "بلاغاً يفيد" (no source).
	p := &toks[i-1]
	if p.punct || hasAl(p) || f.isParticle(toks, i-1) {
		if agr, ok := f.lex.pronouns[strings.TrimPrefix(p.norm, "و")]; ok && agr != anyAgreement && p.norm != "هذا" {
			return [2]int{i - 1, i}, true // "وهو يقول"
		}
		return sp, true
	}
	start := i - 1
	for start > 0 && start > i-4 && f.isAdjective(&toks[start]) && !toks[start-1].punct && !hasAl(&toks[start-1]) &&
		!f.isParticle(toks, start-1) {
		start-- // "تقارير استخباراتية غربية تشير": the noun before its adjectives
	}
	if f.looksLikeSpeaker(toks[start:i]) {
		return [2]int{start, i}, true
	}
	return sp, false
}

// isParticle reports whether toks[k] is a function word: no noun a clause
// can describe.
func (f *finder) isParticle(toks []token, k int) bool {
	t := &toks[k]
	if f.lex.stops.hasBare(t) || f.lex.prepositions.hasBare(t) || f.lex.asWords.hasBare(t) ||
		f.lex.relatives.hasBare(t) || f.lex.nameJoins.has(t.norm) || f.lex.adverbs.has(t.norm) ||
		isNegation(*t) || f.lex.resumptives.has(t.norm) || f.prepWithPronoun(t) {
		return true
	}
	// particles with a pronoun or a conjunction: "لكنهم", "وقد", "لقد", "بل"
	for _, p := range []string{"لكن", "ولكن", "ان", "وان", "لان", "قد", "وقد", "لقد", "فقد", "بل"} {
		if strings.HasPrefix(t.norm, p) && len(t.norm) <= len(p)+4 {
			return true
		}
	}
	if _, n, _ := f.lex.complements.match(toks, k); n > 0 {
		return true
	}
	if f.quantifierAt(toks, k) {
		return true
	}
	switch t.norm {
	case "ما", "من", "ثم", "او", "و", "ف", "وما", "ومن", "فما", "لما", "مما", "عما":
		return true
	}
	_, isVerb := f.lex.verbAt(t)
	return isVerb
}

func (f *finder) arSubjectBefore1(toks []token, i int, vf verbForm, evs []event) [2]int {
	none := [2]int{}
	if vf.object || i == 0 {
		return none
	}
	if sp := f.topicBeforeIdh(toks, i); sp[1] > sp[0] {
		return sp // "وأمانة المنطقة، إذ تعلن هذه النتائج"
	}
	t := toks[i].norm
	// أما … ف (or "فقد" before the verb: "أما فلان فقد أكد")
	if strings.HasPrefix(t, "ف") || i > 0 && toks[i-1].norm == "فقد" {
		for k := i - 1; k >= 0 && k >= i-maxSpeaker; k-- {
			if toks[k].norm == "اما" || toks[k].norm == "واما" {
				end := i
				faqad := toks[i-1].norm == "فقد"
				if faqad {
					end-- // "أما فلان فقد أكد"
				}
				for end > k+1 && toks[end-1].punct {
					end--
				}
				for r := k + 2; r < end; r++ {
					if f.lex.relatives.has(toks[r].norm) {
						end = r // "أما الإعلامي فلان الذي حضر المسرحية فقد أبدى": the head
						break
					}
					if isComma(toks[r]) && r+1 < end && f.lex.appositionPronouns.has(toks[r+1].norm) {
						end = r // "أما الشيخ فلان، وهو الإمام السابق، فقد غرد": the name
						break
					}
				}
				if end > k+1 && (f.lex.prepositions.has(toks[k+1].norm) || joinedPrep(&toks[k+1]) || toks[k+1].norm == "فيما" ||
					faqad && !f.looksLikeSpeaker(toks[k+1:end]) && !f.metBefore(toks[k+1:end])) {
					return none // "أما بالنسبة إلى التوسع …، فقد رأى فلان": a topic, the subject after the verb
				}
				if end > k+1 {
					return [2]int{k + 1, end}
				}
				return none
			}
			if toks[k].punct && !isComma(toks[k]) && !isQuote(toks[k]) && !isDash(toks[k]) {
				break // (a dash may join words: "غرفة التجارة السويسرية ـ الأمريكية")
			}
		}
	}
	// After a particle, the subject and an apposition between commas:
	// "غير أن توماس فريدمان، الصحفي الأمريكي الذي حاور الرئيس، قال".
	if i >= 4 && isComma(toks[i-1]) && !f.lex.conjoined(&toks[i]) {
		open := -1
		for c := i - 2; c > 0 && c >= i-20; c-- {
			if toks[c].punct && !isQuote(toks[c]) {
				if isComma(toks[c]) {
					open = c
				}
				break
			}
		}
		for k := open - 1; open > 0 && k >= 0 && k >= open-6; k-- {
			if toks[k].punct {
				break
			}
			if f.lex.subjectParticles.has(toks[k].norm) {
				if k+1 < open && f.looksLikeSpeaker(toks[k+1:open]) {
					return [2]int{k + 1, open}
				}
				break
			}
		}
	}
	// After a particle that takes a noun: "ولكن متحدثاً باسم الوحدات قال",
	// "إلا أن البيت الأبيض أكد", "مع أن قائد المشاة صعّد" — the noun phrase
	// between them is the subject.
	vEnd := i
	if i > 2 && isComma(toks[i-1]) && !f.lex.conjoined(&toks[i]) {
		vEnd = i - 1 // "يذكر أن إحصائيات الوزارة، أكدت" (not "بعد أن بدأ الكونغرس …، قال")
	}
	for k := vEnd - 1; k >= 0 && k >= vEnd-10; k-- {
		if toks[k].punct && !isQuote(toks[k]) {
			break // (a name in marks: "أن إدارة قناة “العربية” ذكرت")
		}
		if f.lex.subjectParticles.has(toks[k].norm) {
			end := vEnd
			for end > k+1 && (f.lex.possibility.has(toks[end-1].norm) || f.lex.pastAux.has(toks[end-1].norm)) {
				end-- // "رغم أن الجهاز الفني قد طالب": قد is no part of the subject
			}
			if f.lex.conjoined(&toks[i]) {
				for v := k + 2; v < end; v++ {
					if vf, ok := f.lex.verbAt(&toks[v]); ok && (vf.kind == formPast || vf.kind == formPresent) {
						end = v // "فإن الهيئة عبرت عن صدمتها وقالت": the subject of both verbs
						break
					}
				}
			}
			from := k + 1
			if from+1 < end && f.lex.pastAux.hasBare(&toks[from]) {
				from++ // "فإن كان المجلس البلدي قد أكد": كان is no part of the subject
			}
			if vEnd < i && (k > 0 && f.lex.timeConjunctions.has(toks[k-1].norm) || from < end && !hasAl(&toks[from]) &&
				!f.lex.titles.hasBare(&toks[from]) && !isGivenName(f.lex, &toks[from])) {
				break // "بعد أن بدأ الكونغرس مراجعة، قال": a clause of time, not the subject
			}
			if from < end && end-from <= 8 && !f.lex.relatives.has(toks[end-1].norm) && f.looksLikeSpeaker(toks[from:end]) {
				if _, verb := f.lex.verbAt(&toks[from]); !verb {
					return [2]int{from, end}
				}
			}
			if vEnd == i && f.contrastName(toks, k, from, i, vf) {
				return [2]int{from, i}
			}
			break // the nearest particle only
		}
	}
	// The relative clause: "الباحث فلان الذي قال".
	if sp, ok := f.relativeHeadSubject(toks, i, vf, evs); ok {
		return sp
	}
	if sp := f.subjectBeforeRelative(toks, i, vf); sp[1] > sp[0] {
		return sp // "البحوث التي نشرتها الجامعة … بيّنت"
	}
	// وكانت وزارة المالية أعلنت …; "وكان نائب رئيس مجلس الوزراء … الصباح، أكد"
	kEnd, window := i, 6
	if i > 2 && isComma(toks[i-1]) && !f.lex.conjoined(&toks[i]) {
		kEnd, window = i-1, 14
	}
	for k := kEnd - 1; k >= 0 && k > kEnd-window; k-- {
		if toks[k].punct {
			break
		}
		// (or a verb of going on before an imperfect: "ومضى الوزير يقول:")
		if n := toks[k].norm; (n == "كان" || n == "وكان" || n == "كانت" || n == "وكانت" || vf.kind == formPresent && f.lex.goOnVerbs.has(n)) && k+1 < kEnd &&
			f.looksLikeSpeaker(toks[k+1:kEnd]) && (kEnd == i || (k == 0 || toks[k-1].punct || strings.HasPrefix(n, "و")) &&
			(f.hasTitle(toks[k+1:kEnd]) || f.hasGivenName(toks[k+1:kEnd]))) { // (not "إذا كان كلام فلان …،")
			end := kEnd
			for end > k+2 && (f.lex.stops.has(toks[end-1].norm) || f.lex.goOnVerbs.has(toks[end-1].norm)) {
				end-- // "وكان المحللون قد توقعوا", "عاد صياد من أفريقيا وأخذ يتحدث"
			}
			return [2]int{k + 1, end}
		}
		if kEnd == i && k+2 == i && vf.kind == formPast && f.kanaNameSubject(toks, k) {
			return [2]int{k + 1, i} // "وكانت موسكو أعلنت أن"
		}
	}
	if sp := f.longKanaSubject(toks, kEnd, window); sp[1] > sp[0] {
		return sp
	}
	// وكان X قد قال
	if toks[i-1].norm == "قد" {
		for k := i - 2; k >= 0 && k > i-maxSpeaker; k-- {
			if n := toks[k].norm; n == "كان" || n == "وكان" || n == "كانت" || n == "وكانت" {
				if k+1 < i-1 {
					return [2]int{k + 1, i - 1}
				}
				return none
			}
			if toks[k].punct && !isQuote(toks[k]) {
				break // (a name in marks goes on: "وكانت «الوادي» قد نقلت")
			}
		}
	}
	// The verb written twice: "وقال الحكم فلان قال: …" — the subject
	// between them is the second's too.
	if i >= 2 && i <= maxSpeaker {
		if v, ok := f.lex.verbAt(&toks[0]); ok && v.fam == vf.fam && v.kind == formPast && vf.kind == formPast &&
			!f.lex.conjoined(&toks[i]) && f.looksLikeSpeaker(toks[1:i]) && !f.hasVerb(toks[1:i]) {
			return [2]int{1, i}
		}
	}
	// A sentence opening with its subject: "عبدالرحمن القحطاني أحد
	// المشاركين في الملتقى قال إن" — a name or a title, no verb before.
	if i >= 2 && i <= 10 && f.startsWithName(toks[:i]) {
		return [2]int{0, i}
	}
	if c := f.nameCommaTitle(toks[:i]); c > 0 {
		return [2]int{0, c} // "فلان الفلاني، رئيس جمعية الصيادين قال": the apposition left out
	}
	if sp := f.openingSubject(toks[:i]); sp[1] > sp[0] && !f.lex.conjoined(&toks[i]) && !f.bodyNotSubject(toks, sp, i, vf) {
		return sp // "التقرير السابق ذكر أن", "الناقد فلان، رئيس تحرير …، يرى أن"
	}
	if sp := f.openingIndefinite(toks[:i], vf); sp[1] > sp[0] && !f.lex.conjoined(&toks[i]) {
		return sp // "خبراء التسويق الرياضي قالوا", "دراسة حديثة لجامعة فلوريدا تشير"
	}
	// A known name or a vague noun standing right before the verb.
	for m := 1; m <= 4 && i-m >= 0; m++ {
		seg := toks[i-m : i]
		if seg[0].punct {
			break
		}
		afterAn := i-m > 0 && (toks[i-m-1].norm == "ان" || toks[i-m-1].norm == "لان")
		if i-m > 0 && !toks[i-m-1].punct && toks[i-m-1].norm != "لكن" && toks[i-m-1].norm != "ولكن" && !afterAn {
			continue
		}
		if e, n := f.z.aliases.find(toks, i-m); n == m && e.ID != "" {
			return [2]int{i - m, i}
		}
		but := i-m > 0 && (toks[i-m-1].norm == "لكن" || toks[i-m-1].norm == "ولكن")
		if (afterAn || but) && (m <= 2 && (f.metBefore(seg) || f.bodyMetBefore(seg)) || f.sourceHead(seg) && f.kindOf(seg[:1]) != "") {
			return [2]int{i - m, i} // "إلا أن المخلافي أكد": someone met before, after أن or لكن
		}
		if _, n, _ := f.lex.anonymous.match(toks, i-m); n > 0 && f.adjectivesOnly(seg[n:]) && !f.lex.conjoined(&toks[i]) &&
			(n == m || seg[n-1].norm != "من") { // (not "هناك من إجراء يُنصح": "any measure", no one)
			return [2]int{i - m, i} // (not before "ودعا": its subject follows it)
		}
	}
	return none
}

// titleBeforeName extends the head of a relative clause, a person's name
// at toks[start:end], back over the title phrase that runs into it: the
// earliest title or honorific, in the words before the name with no mark
// or verb between, from which the title and the name read as one noun
// phrase up to end. "ومنذ تولي الرئيس الغاني كوفي منصور، الذي تعهد" →
// "الرئيس الغاني كوفي منصور"; "فجرها رئيس لجنة التحقيق في أحداث
// المدينة سالم الكعبي الذي أعلن" → from رئيس. A title that another
// person's name closes ("الوزير فلان الرئيس …") does not read through.
// The phrase is read on the words up to end, where the clause starts.
func (f *finder) titleBeforeName(toks []token, start, end int) int {
	if start >= end || hasAl(&toks[start]) || !f.strongName(toks, start) && !f.nameLike(toks, start) {
		return start
	}
	best := start
	for p := start - 1; p >= 0 && p >= start-12; p-- {
		t := &toks[p]
		if t.punct {
			break
		}
		if _, verb := f.lex.verbAt(t); verb && !f.lex.titles.hasBare(t) {
			break
		}
		title := f.lex.titles.hasBare(t) || f.lex.honorifics.hasBare(t)
		if title && f.titleClitic(t) {
			break // "مع المخرج فلان وكاتب السيناريو علان الذي": a title with و or a particle opens another phrase
		}
		if title && f.arNPCut(toks[:end], p, end) == end {
			best = p
		}
	}
	return best
}

// titleClitic reports whether a title is written with a conjunction or a
// preposition joined to it ("وكاتب", "لمدير"), not the article alone.
func (f *finder) titleClitic(t *token) bool {
	w := f.lex.titles.bareOf(t)
	if w == "" {
		w = f.lex.honorifics.bareOf(t)
	}
	p := strings.TrimSuffix(t.norm, w)
	return p != "" && p != "ال" && strings.IndexAny(p, "وفبل") == 0
}

// kanaNameSubject decides that the one word between an auxiliary كان that
// opens its clause and the past verb right after it is the verb's subject
// when it is a bare name: "وكان فيرنوف أعلن أن الفرقة ستعود", "وكانت موسكو
// أعلنت …" — the noun of كان, whose predicate the verb is (a pluperfect:
// what was said before). A particle, adverb, pronoun, title or word with
// the article is no bare name ("وكان قد أعلن", "وكان ذلك أعلن"). The caller
// asks for a past verb: "وكان فيرنوف يشير إلى القرار" tells what he meant,
// mostly no new statement.
func (f *finder) kanaNameSubject(toks []token, k int) bool {
	n := toks[k].norm
	if n != "كان" && n != "وكان" && n != "كانت" && n != "وكانت" {
		return false
	}
	if k > 0 && !toks[k-1].punct && !strings.HasPrefix(n, "و") {
		return false // "اللاتي كان يعولهن": no clause of its own
	}
	return f.nameLike(toks, k+1) && !f.lex.demonstratives.has(toks[k+1].norm)
}

// contrastName decides that one or two bare words between a particle of
// contrast at toks[k] ("لكن", or أن after "إلا", "غير", "بيد") and a
// singular verb of saying at toks[i] name its subject, though the name is
// unknown: "لكن كيمورا رأى أن", "إلا أن كراكاس تنفي" — the noun of لكنّ or
// أنّ, whose predicate the verb is. A common noun there has the article or
// is a source by its head, read before; a particle, pronoun, number or
// verb is no name ("لكن سرعان ما", "لكن لم يعلن", "لكن يبدو").
func (f *finder) contrastName(toks []token, k, from, i int, vf verbForm) bool {
	if i-from < 1 || i-from > 2 || vf.object || vf.agr != masculine && vf.agr != feminine || f.lex.conjoined(&toks[i]) {
		return false
	}
	p := toks[k].norm
	if !f.lex.contrastParticles.has(p) && !(p == "ان" && k > 0 && f.lex.contrastParticles.has(toks[k-1].norm)) {
		return false
	}
	for m := from; m < i; m++ {
		t := &toks[m]
		if t.punct || hasAl(t) || f.isParticle(toks, m) || isNumber(t.norm) ||
			f.lex.demonstratives.has(t.norm) || f.lex.pronouns[t.norm] != anyAgreement || imperfectLike(t) {
			return false
		}
		if _, ok := f.lex.pronouns[t.norm]; ok || i-from == 1 && hasPronounSuffix(t.norm) {
			return false // "إلا أن أعلاها يشير": a noun with its pronoun, no name
		}
	}
	return true
}

// hasPronounSuffix reports whether a word ends in a plural or feminine
// object pronoun (ها، هم، هما، هن), which no bare name does.
func hasPronounSuffix(w string) bool {
	for _, p := range []string{"ها", "هم", "هما", "هن"} {
		if strings.HasSuffix(w, p) && len([]rune(w)) > len([]rune(p))+2 {
			return true
		}
	}
	return false
}

// pronounSubject reports whether a personal pronoun that opens the
// sentence, with or without its و or ف, is the subject of the verb at
// toks[i] right after it, agreeing with it: "وهي تؤكد أن أرخص شقة …",
// "هو قال: «…»". Inside a sentence "وهو يقول" is mostly a circumstance
// of what is told ("قبّلني وهو يقول", "وهو يدعو لي"), not a new report;
// an honorific pronoun (سموه) or a demonstrative is read elsewhere.
func (f *finder) pronounSubject(toks []token, i int, vf verbForm) bool {
	if i != 1 || vf.object || vf.kind != formPresent && vf.kind != formPast {
		return false
	}
	w := toks[0].norm
	if strings.HasPrefix(w, "و") || strings.HasPrefix(w, "ف") {
		w = w[len("و"):]
	}
	switch w {
	case "هو":
		return vf.agr == masculine
	case "هي":
		return vf.agr == feminine
	case "هم":
		return vf.agr == plural
	}
	return false
}
