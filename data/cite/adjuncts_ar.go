package cite

import (
	"strings"

	"github.com/isnad/isnad/model"
)

// What stands around an Arabic speaker without being it: adverbs, dates,
// insertions between commas, the channel the speaker used ("لـ«سبق»", "في
// تصريح صحفي", "تحدثوا إلى رويترز"), a condition ("شريطة عدم الكشف عن
// هويتهم") or a circumstance ("خلال المؤتمر الصحفي").

// arAdjuncts skips what may stand between a verb and its speaker, or
// between the speaker and what was said: adverbs ("أمس", "يوم الأحد"), a
// channel ("لـ«سبق»", "للصحفيين", "في تصريح لقناة …", "عبر حسابه في
// تويتر"), recorded in e, or a circumstance ("خلال المؤتمر الصحفي") when
// what was said follows it. It returns the index after them.
func (f *finder) arAdjuncts(toks []token, k int, e *event) int {
	afterMedium := false // "في تصريحات" read: what follows may describe it
	for guard := 0; k < len(toks) && guard < 6; guard++ {
		t := &toks[k]
		switch {
		case k == e.sp[1] && k > e.sp[0] && f.secondSource(toks, e.sp[0], k):
			// "وذكرت مصادر عسكرية وسكان أن": the second of two sources,
			// its own attribution (arSpeaker stops before it; emit splits)
			sub := f.arSpeaker(toks, k, e.fam)
			if sub[1] <= k {
				return k
			}
			k, e.also = sub[1], sub
		case k == e.sp[1] && k > e.sp[0] && e.also[1] == e.also[0] && isComma(*t) && f.commaConjunct(toks, e.sp, k+1, e.fam) > k+1:
			// "وأكد الوزير فلان، ونظيره الألماني فلان، أن": a second person
			// set off by commas, its own attribution (emit splits)
			e.also = [2]int{k + 1, f.commaConjunct(toks, e.sp, k+1, e.fam)}
			k = e.also[1]
		case f.lex.seats.has(t.norm):
			// "المرصد ومقره بريطانيا أن": the body's seat, then what was said
			if k = f.seatEnd(toks, k); k < len(toks) && f.lex.seats.has(toks[k].norm) {
				return k
			}
		case !e.hasSpeaker() && f.objectThenSource(toks, k, e) > k:
			k = f.objectThenSource(toks, k, e) // "وأكد صحتها مصدر", "أبلغ «الصحيفة» مسؤول": the object, then the source
		case t.raw == "(" && e.fam != nil && e.fam.speech && f.parenQuote(toks, k):
			return k // "وقال أحد المشجعين (المدرب أخطأ …).": what was said, in brackets
		case isDash(*t) || t.raw == "(":
			// a parenthesis: "مارك هولدن -وهو مهندس عمل في المشروع- للصحفيين";
			// a dash closes with any dash ("-مستشار إداري–")
			closes := func(u token) bool { return u.raw == ")" }
			if t.raw != "(" {
				closes = isDash
			}
			j := k + 1
			for j < len(toks) && j < k+16 && !closes(toks[j]) &&
				(!isTerminal(toks[j]) || abbrevDot(toks, j) || innerDot(toks, j)) {
				if isDash(*t) && j > k+2 && f.opensContent(toks, j) && !f.lex.stops.has(toks[j-1].norm) &&
					!f.lex.prepositions.has(toks[j-1].norm) {
					return j // "وأضاف فلان - المدير التنفيذي للشؤون العامة أن": no dash closes the title
				}
				j++ // "(د. ب. أ)", "(ايه.تي.في)": the dots of an abbreviation end nothing
			}
			if j >= len(toks) || !closes(toks[j]) || j == k+1 {
				return k
			}
			k = j + 1
			for k < len(toks) && hasAl(&toks[k]) && f.isAdjective(&toks[k]) {
				k++ // "لقناة (ايه.تي.في) التركية": the channel's adjective
			}
		case isComma(*t):
			// insertions between commas before what was said: "وقالت
			// الشركة، ومقرها ألمانيا، إن", "وقال فلان، رئيس البلدية،
			// للصحافيين، إنه" — a channel among them is kept.
			j := k
			for n := 0; n < 5 && j < len(toks) && isComma(toks[j]); n++ {
				c := j + 1
				if e.fam != nil && c+1 < len(toks) && e.fam.idiomObjects.has(toks[c].norm) && f.opensPrep(e.fam, toks, c+1) {
					return c + 1 // "ولفت الطبيب المناوب، الانتباه إلى أن": the idiom's object
				}
				if end, ch, ok := f.arChannelAt(toks, c); ok {
					if ch[1] > ch[0] && e.ch[1] == e.ch[0] {
						e.ch = ch
					}
					f.noteMedium(toks, c, e)
					c = end // "، في تصريح له اليوم عن …"
					for c < len(toks) && (f.lex.adverbs.has(toks[c].norm) || f.lex.timeAdjs.has(toks[c].norm)) {
						c++
					}
				}
				if c < len(toks) && (f.opensContent(toks, c) || f.opensPrep(e.fam, toks, c)) {
					return c
				}
				if _, m, _ := f.lex.clauseOpeners.match(toks, c); n == 0 && m > 0 && f.pastTime(toks, c) <= c && f.adverbialAt(toks, c) == 0 {
					return k // "كشف التقرير التعاقد مع …، في حين لوحظ أنه": a clause of its own (not "في وقت سابق")
				}
				if a := f.pastTime(toks, c); a > c && a < len(toks) && (f.opensContent(toks, a) || f.opensPrep(e.fam, toks, a)) {
					return a // "وأعلن فلان، رئيس اللجنة، أمس أن"
				}
				if c < len(toks) && f.lex.relatives.has(toks[c].norm) {
					if o := f.afterRelative(toks, c, e); o > 0 {
						return o // "، الذي أجرى العملية إلى أن"
					}
				}
				if c < len(toks) && f.lex.appositionPronouns.has(toks[c].norm) && e.hasSpeaker() {
					if o := f.reachOpener(toks, c, e, 30); o > 0 {
						return o // "وقال فلان، وهو رئيس مجلس إدارة شركة كبرى «إن …»"
					}
				}
				reach := 12
				if j+1 < len(toks) && (f.lex.titles.hasBare(&toks[j+1]) || f.ownTitle(&toks[j+1])) && !f.nameInClause(toks, j+1) {
					reach = 24 // "فلان، المسؤول السابق في هيئة الموانئ والمختص بملفات … ويشغل الآن منصبا في …، أن": a long role
				}
				for c < len(toks) && c < j+reach && (!toks[c].punct || isQuote(toks[c]) && quotedRun(toks, c) > c ||
					toks[c].raw == "(" && closingParen(toks, c, 8) > 0) {
					if toks[c].raw == "(" {
						c = closingParen(toks, c, 8) + 1 // "، أمس (الثلاثاء)، إن", "، السفير لدى الحلف (ناتو)، إن"
						continue
					}
					if toks[c].punct {
						c = quotedRun(toks, c) + 1 // a name in quotes: "، صاحب «…»، أن", "لدى «…» إنه"
						if c < len(toks) && (f.opensContent(toks, c) || f.opensPrep(e.fam, toks, c)) {
							return c
						}
						continue
					}
					if c > j+2 && f.opensContent(toks, c) && !f.lex.stops.has(toks[c-1].norm) && !f.lex.prepositions.has(toks[c-1].norm) &&
						!strings.HasPrefix(toks[j+1].norm, "و") && !(strings.HasPrefix(toks[j+1].norm, "ف") && !f.lex.prepositions.has(toks[j+1].norm)) {
						return c // "قال اللواء فلان، الخبير الاستراتيجي ورئيس مركز … إن": no comma closes the title
					}
					c++
				}
				if from := j + 1; n == 0 && e.hasSpeaker() && e.sp[1] == k && e.role[1] == e.role[0] && from < c && c <= len(toks) &&
					(f.lex.titles.hasBare(&toks[from]) || f.ownTitle(&toks[from])) {
					e.role = [2]int{from, c} // "فلان، مفتي مصر،": who the speaker is, for the reader and for "المفتي" later
				}
				if c < len(toks) && toks[c].raw == ":" {
					return c // "قال فلان، القاضي اليمني السابق: إن"
				}
				j = c
			}
			return k
		case t.raw == "؛" && k+1 < len(toks) && (f.opensContent(toks, k+1) || f.opensPrep(e.fam, toks, k+1)):
			return k + 1 // "ولفت المواطن فلان؛ إلى أن"
		case !e.hasSpeaker() && f.toldInMarks(toks, k):
			k = f.markTold(toks, k, e) // "أبلغ «الصحيفة» مسؤول": the paper told, then who spoke
		case afterMedium && f.interviewer(toks, k, e) > k:
			k = f.interviewer(toks, k, e) // "في حوار خص به «النهار»": who it was given to
		case t.punct:
			return k
		case (f.lex.relatives.has(t.norm) || e.sp[1] == k && (f.participleAfterName(toks, e.sp[0], k) || f.clauseOnDocument(toks, e.sp[0], k) ||
			f.clauseOnUnnamed(toks, e.sp[0], k))) && e.hasSpeaker() &&
			(f.speakerLike(toks, e.sp) || e.sp[0] == e.cue[1] && (e.sp[1]-e.sp[0] <= 3 || f.documentWord(toks, e.sp[0]))):
			// "وأشار التقرير الذي أصدرته الشركة إلى أن": the clause
			// describes the speaker; what was said follows it. Right after
			// the verb, its subject needs no other sign ("وقالت الدوسري
			// التي …", "أظهر مسح شهري لقطاع النسيج نشر اليوم أن").
			return max(f.afterRelative(toks, k, e), k)
		case (isNumber(t.norm) && !percentAfter(toks, k)) || t.norm == "الموافق" || (t.norm == "م" || t.norm == "ه") && k > 0 && isNumber(toks[k-1].norm):
			k++ // a date: "الموافق 7 نوفمبر 2024"; "م. خالد" is an engineer"
		case f.isMonth(toks, k):
			k++
		case t.norm == "شريطه" || t.norm == "بشرط":
			// a condition: "شريطة عدم الكشف عن هويتهم إنهم …"
			for j := k + 1; j < len(toks) && j < k+10 && !toks[j].punct; j++ {
				if f.opensContent(toks, j) {
					return j
				}
			}
			return k
		case f.lex.spokeTo.has(t.norm) && k+1 < len(toks):
			// "تحدثوا إلى رويترز": the channel
			end, ch, ok := f.arChannelAt(toks, k+1)
			if !ok || ch[1] <= ch[0] {
				return k
			}
			if e.ch[1] == e.ch[0] {
				e.ch = ch
			}
			k = end
		case f.nominalCueAt(toks, k):
			// "وتابع فلان بحسب عناصر التحقيق المتوفرة لديه أن": a source of
			// its own, then what was said
			sp := f.arSpeaker(toks, f.nominalSourceFrom(toks, k), nil)
			if sp[1] <= sp[0] {
				return k
			}
			if c := f.reachOpener(toks, sp[1]-1, e, 6); c > 0 {
				return c // "… المتوفرة لديه أن": its source's words run on to it
			}
			k = sp[1]
		case f.anonymityAt(toks, k) > 0:
			k += f.anonymityAt(toks, k) // "ضابط … رفض الكشف عن هويته لوكالة …": no name given
		case f.mannerNoun(t) || f.sayingParticiple(t) || f.sayingImperfect(t, e):
			k++ // "وشدد بالقول:", "وأردف قائلاً:": by saying
		case f.adverbialAt(toks, k) > 0 && f.lex.resumptives.has(t.norm):
			k += f.adverbialAt(toks, k) // "قال عليه الصلاة والسلام:": a blessing, not "عليه" and a subject
		case f.mannerBeforeSaid(toks, k, k == e.sp[1] && k > e.sp[0]) > 0:
			k += f.mannerBeforeSaid(toks, k, k == e.sp[1] && k > e.sp[0]) // "فقال لي مبتسماً:": how he spoke, an accusative no name is written with
		case f.toldCircumstance(toks, k, e) > 0:
			return f.toldCircumstance(toks, k, e) // "قال لي وهو يبتسم:": the one who went on
		case f.toldPronounAt(toks, k):
			k++ // "فقال لي إن", "ويضيف لنا:": whom he told, never who spoke (but "وصرح لي ولوسكي": Lee)
		case f.lex.resumptives.has(t.norm) && k > 0 && !toks[k-1].punct, f.prepWithPronoun(t):
			k++ // "اعترف به المدرب", "أشاد خلالها الرئيس"
			if f.lex.demonstratives.hasBare(t) {
				return k // "كما أفادت بذلك وسائل الإعلام": the speaker, right after
			}
		case f.timePhraseAt(toks, k) > 0:
			k += f.timePhraseAt(toks, k) // "هذا الأسبوع", "الشهر الماضي"
		case f.adverbialAt(toks, k) > 0:
			k += f.adverbialAt(toks, k) // "من جهة أخرى"
		case f.lex.adverbs.has(t.norm):
			k++
			for k < len(toks) && (f.lex.timeAdjs.has(toks[k].norm) || f.lex.adverbs.has(toks[k].norm)) {
				k++
			}
		default:
			if e.fam != nil && e.fam.preps.has(t.norm) && k+1 < len(toks) && isQuote(toks[k+1]) {
				if a, n := f.z.aliases.find(toks, k+2); n == 0 || a.Kind != model.SourceOutlet {
					return k // "دعا إلى «تعاون أكبر»": the verb's own particle, then what was said
				}
			}
			if end, ch, ok := f.arChannelAt(toks, k); ok {
				if ch[1] > ch[0] && e.ch[1] == e.ch[0] {
					e.ch = ch
				}
				f.noteMedium(toks, k, e)
				k = end
				afterMedium = true
				if k < len(toks) && f.mediumVerb(toks, k) {
					k++ // "في كلمة ألقاها خلال الحفل": the verb of the medium, no speaker
				}
				continue
			}
			if f.opensContent(toks, k) || f.opensPrep(e.fam, toks, k) {
				return k
			}
			if n := f.addresseeEnd(toks, k, e.hasSpeaker()); n > k {
				k = n // "وقال للحكام:", "وقال فلان لنظيره التركي إن": the one spoken to
				continue
			}
			if e.fam != nil && e.fam.speech {
				// After a verb that is nothing but saying, whatever stands
				// between its speaker and إن, a colon or a quotation is the
				// circumstance: "وقال رينيه مارتان خلال جولة في ميناء … حيث دشن
				// رصيفاً …، إن «…»", "وقال فلان حين سئل عن …: «…»". Before a
				// speaker is read, only a circumstance a preposition opens and
				// a colon closes, the subject dropped: "وقال أمام ممثلي …: «…»".
				after := e.hasSpeaker() && k >= e.sp[1]
				if j := f.reachOpener(toks, k, e, 48); j > 0 && (after && (saidParticle(toks[j]) || isQuote(toks[j])) || toks[j].raw == ":" &&
					(after || !e.hasSpeaker() && (f.lex.prepositions.has(t.norm) && !imamNoun(t) || strings.HasPrefix(t.norm, "لل")))) {
					return j
				}
			}
			if f.lex.prepositions.has(t.norm) && !aliName(t) && !imamNoun(t) || afterMedium && e.hasSpeaker() {
				// A circumstance: skipped only when what was said follows it,
				// within a few words, or after a source within a sentence's
				// length: "خلال رعايته لحفل تخريج الدفعة الذي أقيم مساء
				// أمس … إن", "في تصريحات أدلى بها عصر الخميس إن".
				// Past a few words, the complement must follow a source, or
				// be إن, which only a verb of saying takes: not "وأوضح دليل
				// على ذلك …، من أن", nor "وجدت في المعاهدة … مسوغاً …
				// باعتبار أن".
				sp := toks[e.sp[0]:e.sp[1]]
				source := len(sp) > 0 && (f.sourceHead(sp) || f.metBefore(sp) ||
					len(sp) == 1 && hasAl(&sp[0]) && f.isAdjective(&sp[0])) // a family name: "وأكد الزياني"
				if j := f.reachOpener(toks, k, e, 30); j > 0 && (j < k+10 || source || isInna(toks[j]) ||
					len(sp) == 0 && isComma(toks[j-1])) { // "وأشار خلال المؤتمر الذي عقده …، إلى أنه"

					return j
				}
			}
			return k
		}
	}
	return k
}

// isMonth reports whether a month name starts at toks[k].
func (f *finder) isMonth(toks []token, k int) bool {
	_, n, _ := f.lex.months.match(toks, k)
	return n > 0
}

// prepWithPronoun reports whether t is a preposition with a pronoun
// ("خلالها", "منه"): it points back, and is no speaker.
func (f *finder) prepWithPronoun(t *token) bool {
	for _, suf := range possessives {
		if rest, ok := strings.CutSuffix(t.norm, suf); ok && len(rest) >= 4 && f.lex.prepositions.has(rest) {
			return true
		}
	}
	return false
}

// adverbialAt is the length of an adverbial phrase at toks[k], or 0.
func (f *finder) adverbialAt(toks []token, k int) int {
	_, n, _ := f.lex.adverbials.match(toks, k)
	return n
}

// timePhraseAt is the length of a time phrase at toks[k]: a noun of time
// after a demonstrative or before a time adjective ("هذا الأسبوع", "الشهر
// الماضي"), with the adjectives after it; 0 when there is none.
func (f *finder) timePhraseAt(toks []token, k int) int {
	j := k
	if f.lex.demonstratives.has(toks[j].norm) {
		j++
	}
	if j >= len(toks) || !f.lex.timeWords.has(toks[j].norm) {
		return 0
	}
	j++
	adj := j
	for j < len(toks) && f.lex.timeAdjs.has(toks[j].norm) {
		j++
	}
	if j == adj && k == j-1 {
		return 0 // a bare "اليوم" is an adverb already; "العام" may be a noun
	}
	return j - k
}

// abbrevDot reports whether the full stop at toks[j] closes a one-letter
// abbreviation ("د. ب. أ", "U.S."), not a sentence.
func abbrevDot(toks []token, j int) bool {
	return toks[j].raw == "." && j > 0 && isInitial(toks[j-1])
}

// afterRelative is where what was said starts after a relative clause
// opened at toks[k] ("الذي أصدرته شركة «…»", "الذي يرأس اللجنة منذ عامين،
// إن"), within two dozen words, or 0. The clause may hold a name in marks,
// a parenthesis and commas; it ends at no other pause, and a reporting verb
// of its own right before a complement ("الذي كان قد أكد أن") makes what
// follows its words ("التي كانت تتحدث للفتيات …، بأن" does not).
func (f *finder) afterRelative(toks []token, k int, e *event) int {
	for j := k + 1; j < len(toks) && j < k+24; j++ {
		if isQuote(toks[j]) && j > k+1 {
			if c := quotedRun(toks, j); c > j && f.quotedNameLike(toks, j, c) {
				j = c // a name in marks: "شركة «…»"
				continue
			}
			return j // what was said, in marks
		}
		if toks[j].raw == "(" {
			if c := closingParen(toks, j, 10); c > 0 {
				j = c // "(ناتو)", "(48 عاما)"
				continue
			}
			return 0
		}
		if isComma(toks[j]) && j > k+1 {
			if j+1 < len(toks) && (f.opensContent(toks, j+1) || f.opensPrep(e.fam, toks, j+1)) {
				return j + 1
			}
			continue
		}
		if toks[j].punct && !(toks[j].raw == ":" && j > k+1) {
			return 0
		}
		if v, verb := f.lex.verbAt(&toks[j]); verb && (v.kind == formPast || v.kind == formPresent) {
			for c := j + 1; c < len(toks) && c <= j+3 && !toks[c].punct; c++ {
				if f.opensContent(toks, c) || f.opensPrep(e.fam, toks, c) {
					return 0 // "الذي قال إن", "الذي كان قد أكد أمس أن": what the clause's own verb reports
				}
			}
		}
		if (j > k+1 || !f.lex.relatives.has(toks[k].norm)) && (f.opensContent(toks, j) || f.opensPrep(e.fam, toks, j)) {
			return j // (after a participle, at once: "زوج المعلمة المتوفاة:")
		}
	}
	return 0
}

// reachSaid is reachOpener for a verb of nothing but saying: what was said
// past a circumstance of any length, opened by إن, a colon or a quotation;
// 0 for anything else.
func (f *finder) reachSaid(toks []token, k int, e *event) int {
	if j := f.reachOpener(toks, k, e, 48); j > 0 && (saidParticle(toks[j]) || toks[j].raw == ":" || isQuote(toks[j])) {
		return j
	}
	return 0
}

// reachOpener finds what was said after a circumstance starting at
// toks[k]: the first complement within limit tokens, past commas, names in
// marks and parentheses, or 0 at any other pause or past a reporting verb
// of the circumstance's own, whose complement it may be ("الاجتماع الذي أكد
// فيه أن").
func (f *finder) reachOpener(toks []token, k int, e *event, limit int) int {
	for j := k + 1; j < len(toks) && j < k+limit; j++ {
		t := &toks[j]
		switch {
		case isQuote(*t):
			c := quotedRun(toks, j)
			if c > j && f.quotedNameLike(toks, j, c) {
				j = c // "في حوار لـ«اليمامة» التي زارته"
				continue
			}
			if f.opensContent(toks, j) {
				return j // what was said, in marks
			}
			return 0
		case t.raw == "(":
			c := closingParen(toks, j, 10)
			if c == 0 {
				return 0
			}
			j = c
			continue
		case saidParticle(*t) && !isInna(*t) && j-1 > k && !toks[j-1].punct && joinedPrep(&toks[j-1]) && strings.HasPrefix(toks[j-1].norm, "ب"):
			return 0 // "باعتبار أن", "بسبب أن": the complement of that noun
		case f.opensContent(toks, j) || f.opensPrep(e.fam, toks, j):
			return j // a colon too
		case isComma(*t) || isDash(*t) || t.raw == "/":
			continue // "بالتعادل 2-2", "في صحيفة /صنداي تليجراف/"
		case t.raw == "." && innerDot(toks, j) && e.fam != nil && e.fam.speech:
			continue // after قال, a name of letters: "لدى جيه.إل.إل"
		case t.punct:
			return 0
		}
		if n := f.anonymityAt(toks, j); n > 0 {
			j += n - 1 // "، طالباً عدم ذكر اسمه": the source withholds its name
			continue
		}
		if v, verb := f.lex.verbAt(t); verb && (v.kind == formPast || v.kind == formPresent) && !(v.object && f.mediumBefore(toks, j)) &&
			!strings.ContainsRune(t.raw, 'ً') && !nounNegation(toks[j-1]) && toks[j-1].norm != "تم" &&
			!(f.lex.families[v.fam].clauseInitial && !clauseStart(toks, j)) && !f.otherSense(toks, j, &f.lex.families[v.fam]) &&
			!(f.lex.families[v.fam].needsPrep && !f.opensPrep(&f.lex.families[v.fam], toks, j+1)) { // "، عبر فيسبوك:": through
			return 0 // "…، في الوقت الذي ذكرت فيه تقارير أن": the complement is that verb's
		} // ("في كلمة أمام مؤتمر نقلها التلفزيون أن": the verb carries the medium named before it;
		// "طالباً", "عدم ذكر", "تم نقل", "عبر الإذاعة": no verb)
	}
	return 0
}

// isInna reports whether t is إنّ, with or without its pronoun ("إنه"):
// the particle after a verb of saying, never after a noun or other verb.
func isInna(t token) bool { return strings.HasPrefix(t.raw, "إن") && saidParticle(t) }

// pastTime skips the adverbs and the time phrase at toks[c]: "أمس",
// "يوم الجمعة الماضي".
func (f *finder) pastTime(toks []token, c int) int {
	for c < len(toks) && (f.lex.adverbs.has(toks[c].norm) || f.lex.timeAdjs.has(toks[c].norm)) {
		c++
	}
	if c < len(toks) {
		c += f.timePhraseAt(toks, c)
	}
	return c
}

// closingParen is the index of the ")" closing the "(" at toks[j] within
// n tokens, or 0.
func closingParen(toks []token, j, n int) int {
	for c := j + 1; c < len(toks) && c <= j+n; c++ {
		switch {
		case toks[c].raw == ")":
			return c
		case isTerminal(toks[c]) && !abbrevDot(toks, c) && !innerDot(toks, c):
			return 0
		}
	}
	return 0
}

// mannerNoun reports whether t is a reporting family's verbal noun after
// بال: "بالقول", "بالتأكيد" — the manner of the verb before, no speaker.
// A plural is what the verb was about ("ندد بالتصريحات"), never a manner.
func (f *finder) mannerNoun(t *token) bool {
	rest, ok := strings.CutPrefix(t.norm, "بال")
	if !ok || rest == "" || strings.HasSuffix(rest, "ات") {
		return false
	}
	for k := range f.lex.families {
		if n := f.lex.families[k].noun; n != "" && n == rest {
			return true
		}
	}
	return false
}

// speakerLike reports whether toks[sp[0]:sp[1]] can be someone who speaks:
// a title, body, vague source or known name, someone met before, or words
// a name is made of ("بويتشينكو") — not "مشكلات الذاكرة".
func (f *finder) speakerLike(toks []token, sp [2]int) bool {
	ts := toks[sp[0]:sp[1]]
	return f.looksLikeSpeaker(ts) || f.metBefore(ts) || f.allNameLike(toks, sp[0], sp[1])
}
