package cite

import (
	"strings"

	"github.com/isnad/isnad/model"
)

// Arabic speakers. News Arabic puts the reporting verb first and its
// subject right after it: "وأوضح المتحدث الرسمي لجمعية البر الخيرية بمحافظة
// رنية سعد بن ناصر الجهني أن …". The speaker runs from the verb
// to what was said; between them may stand an adverb ("أمس"), a channel
// ("لـ«سبق»", "في تصريح صحفي") or a circumstance ("خلال المؤتمر"). Verbs
// whose object follows directly ("نفى الوزير الاتهامات") end the speaker
// with the noun phrase instead (arNPCut).

// maxSpeaker bounds a speaker in tokens: long titles run to about fifteen.
const maxSpeaker = 24

// arVerb reads an Arabic reporting verb at toks[i] with its speaker.
func (f *finder) arVerb(toks []token, i int, vf verbForm, evs []event, qs quoteInfo) (event, int, bool) {
	fam := &f.lex.families[vf.fam]
	e := event{cue: [2]int{i, i + 1}, form: model.FormVerb, fam: fam, vf: vf, agr: vf.agr, main: -1, content: len(toks)}
	if f.otherWord(toks, i, vf, fam) || f.seesFit(toks, i, vf, fam) {
		return event{}, 0, false
	}
	// After a preposition only the family's own verbal noun is read: "من وصف بعض المراقبين".
	afterPrep := i > 0 && f.lex.prepositions.has(toks[i-1].norm) && !(vf.kind == formPresent && f.someWho(toks, i))
	if ev, next, ok, done := f.lightVerbNoun(toks, i, e, afterPrep); done {
		return ev, next, ok // "وجدد المرصد مطالبته لمجلس الأمن"
	}
	switch {
	case vf.kind == formMasdar || afterPrep && fam.noun != "" && toks[i].norm == fam.noun:
		if i > 0 && (nounNegation(toks[i-1]) || withoutWord(&toks[i-1])) || f.reportObject(toks, i, fam) {
			return event{}, 0, false
		}
		return f.arMasdar(toks, i, e)
	case afterPrep:
		return event{}, 0, false
	case vf.kind == formParticiple:
		return f.arParticiple(toks, i, e, evs)
	case vf.kind == formNoun:
		e.form = model.FormVerbalNoun
		if !f.opensContent(toks, i+1) {
			return event{}, 0, false
		}
		if m := lastMain(evs); m >= 0 && strings.HasPrefix(toks[i].norm, "ب") && max(evs[m].cue[1], evs[m].sp[1]) >= i-4 {
			return event{}, 0, false // "أكد فلان … بقوله:": the same act as the verb's
		}
		e.content = i + 1
		if sp := f.bySayingSubject(toks, i, vf, evs); sp[1] > sp[0] {
			e.sp, e.subject = sp, true
		}
		return e, i + 1, true
	}
	if f.nothingSaid(toks, i, vf) {
		return event{}, 0, false
	}
	var end int              // every case below sets it or returns
	unmarked, said := -1, -1 // where what was said starts with no particle ("لا يوجد", "يجب"); after "قوله"
	sp, ok := f.subjectBeforeAside(toks, i, vf, evs)
	if sp[1] <= sp[0] && !vf.object {
		if agent := f.mediumAgent(toks, i); agent[1] > agent[0] {
			// "في كلمة ألقاها المرشد أكد فيها وقوف …": whoever gave the
			// speech the verb points back to
			e.sp = agent
			e.content = f.contentAt(toks, i+2, fam)
			if e.content >= len(toks) && fam.content && !fam.objectContent {
				return event{}, 0, false
			}
			return e, i + 2, true
		}
	}
	if !ok && vf.kind == formPresent && fam.content && !fam.objectPrep && i+1 < len(toks) {
		// "غضباً يتوقع المتابعون أن يتصاعد": the clause describing the noun
		// has a source of its own after its verb, then what it says
		if after := f.arSpeaker(toks, i+1, fam); after[0] == i+1 && after[1] > after[0] && after[1] < len(toks) &&
			f.looksLikeSpeaker(toks[after[0]:after[1]]) && f.sourceHead(toks[after[0]:after[1]]) && f.opensContent(toks, after[1]) {
			sp, ok = [2]int{}, true
		}
	}
	switch {
	case !ok:
		return event{}, 0, false // "بلاغاً يفيد": a clause describing a noun that is no source
	case sp[1] <= sp[0] && f.relativeSubject(toks, i, vf) && !f.subjectThenSaid(toks, i, fam):
		return event{}, 0, false // "من أوائل الذين طالبوا الأسد": the head is the subject, and no speaker
	case sp[1] > sp[0]:
		e.sp = sp
		end = f.arAdjuncts(toks, i+1, &e)
	case fam.speech && f.prophetBlessing(toks, i+1) > i+1:
		// "قال صلى الله عليه وسلم: «…»", "يقول عليه الصلاة والسلام (…)":
		// the blessing stands in the Prophet's name's place, his words follow
		e.sp, e.cited = [2]int{i + 1, f.prophetBlessing(toks, i+1)}, true
		end = f.arAdjuncts(toks, e.sp[1], &e)
	case f.coordinatedVerb(toks, i, evs) && !f.speechSubjectAfter(toks, i, fam) && !f.sourceSubjectAfter(toks, i, vf, fam):
		// "دعت روسيا … وحث بيونغ يانغ على": the subject shared, then the object.
		end = f.arAdjuncts(toks, i+1, &e)
	default:
		k := f.arAdjuncts(toks, i+1, &e)
		if k < len(toks) && fam.idiomObjects.has(toks[k].norm) {
			k = f.arAdjuncts(toks, k+1, &e) // "ولفت النظر إلى"
		}
		if k == i+1 && k+1 < len(toks) && f.lex.demonstratives.has(toks[k].norm) && !vf.object {
			// "أوضح ذلك لـ«اليوم» الباحث فلان": what was said is the
			// sentence before; the subject follows the demonstrative.
			k = f.arAdjuncts(toks, k+1, &e)
			if k < len(toks) && !toks[k].punct && !f.opensContent(toks, k) {
				if sp := f.arSpeaker(toks, k, fam); sp[1] > sp[0] && f.sourceHead(toks[sp[0]:sp[1]]) {
					if sp[0] == i+2 && hasAl(&toks[sp[0]]) && !f.lex.honorifics.hasBare(&toks[sp[0]]) && !f.strongName(toks, sp[0]+1) &&
						(toks[i+1].norm != "ذلك" || f.saysAfter(toks, sp[1], &e)) {
						sp[0] = i + 1 // "ذلك الرجل": the demonstrative points, it is no object
					}
					e.sp = sp
					// what follows, or else what the sentence before said
					e.content = f.contentAt(toks, f.arAdjuncts(toks, sp[1], &e), fam)
					return e, sp[1], true
				}
			}
			k = i + 1
		}
		if k < len(toks) && isComma(toks[k]) && f.opensContent(toks, k+1) {
			k++ // "وأضاف، أن"
		} else if k == i+1 && k+1 < len(toks) && isComma(toks[k]) && !toks[k+1].punct && f.since == 0 && vf.kind == formPast &&
			!vf.object && f.lex.conjoined(&toks[i]) && fam.content {
			// "وأضافوا، أمس انقطع التيار": right after the speaker's last
			// words, what was said, with no particle
			e.content = k + 1
			return e, k + 1, true
		}
		saidUnmarked := 0 // what was said with no particle, right after a verb of nothing but saying
		if (fam.speech || fam.continues) && k == i+1 && k < len(toks) && vf.kind == formPast && (f.lex.conjoined(&toks[i]) || toks[k].norm == "تعالي") {
			saidUnmarked = f.unmarkedAfter(toks, k)
		}
		switch {
		case k < len(toks) && isQuote(toks[k]) && quotedRun(toks, k) > k && !(vf.object && (fam.predicate || fam.relativeOnly)) &&
			f.quotedNameLike(toks, k, quotedRun(toks, k)) && f.nameInMarksGoesOn(toks, i, quotedRun(toks, k)):
			// (or the name alone in marks, then a comma or a colon: "وتابع "الكبيسي":")
			// a quoted name, then the rest of the speaker: ذكر “باتريك رايدر” المتحدث …
			// (not a sentence in marks: "وأضاف "التحقيق جار والشرطة …" مشيرا")
			e.sp = f.arSpeaker(toks, k, fam)
			if e.sp[1] <= e.sp[0] {
				return event{}, 0, false
			}
			if q := quotedRun(toks, k); (fam.objectContent || fam.objectPrep) && e.sp[1] > q+1 && q+1 < len(toks) &&
				!f.lex.titles.hasBare(&toks[q+1]) && !f.isAdjective(&toks[q+1]) {
				e.sp[1] = q + 1 // "أكدت «تعليم الليث» توفير جميع المستلزمات": the name, then the object
			}
			end = f.arAdjuncts(toks, e.sp[1], &e)
		case k >= len(toks) || f.opensContent(toks, k) || f.opensPrep(fam, toks, k):
			// "ويذكر أن", "يشار إلى": impersonal; "تؤكد أن" may be "you" or
			// have its subject before it. Only "…، وتقول:" after a verb of
			// the same subject is she.
			if sp := f.subjectBetweenCommas(toks, i+1, k); sp[1] > sp[0] {
				e.sp, end = sp, k // "وقال لـ«اليمامة»، أمس، مصدر في النادي، إن"
				break
			}
			if bare := strings.TrimPrefix(toks[i].norm, "و"); f.lex.impersonal.has(bare) && vf.kind != formParticiple {
				return event{}, 0, false // "وتبين أن الجاني …": it turned out, no one said
			}
			if n := len(evs) - 1; vf.kind == formPresent && fam.unmarked && n >= 0 && evs[n].form == model.FormVerb && evs[n].cue[1] == i {
				e.main = n // "وأردف يقول: …": saying, the manner of the verb before, its speaker's
			} else if vf.kind == formPresent && !vf.object && !f.presentSpeaks(toks, i, k, e, evs) {
				sp := f.sentenceSubject(toks, i, vf)
				if sp[1] <= sp[0] {
					return event{}, 0, false
				}
				e.sp, e.subject = sp, true
			}
			end = k
		case toks[k].punct && f.asSaid(toks, i, k, vf, fam):
			end = k // "…، كما قال.": what the clause before says, its subject dropped
		case toks[k].punct:
			return event{}, 0, false
		case f.lex.modals.has(toks[k].norm) && fam.content && vf.kind == formPast && f.lex.conjoined(&toks[i]):
			end, unmarked = k, k // "وقال يجب أن نعمل": what was said, unmarked, with its subject dropped
		case saidUnmarked > 0:
			end, unmarked = k, saidUnmarked // "وأضاف يتم …", "وقال تعالى (…)"
			if _, n, _ := f.lex.godEpithets.match(toks, k); n > 0 && k+n <= saidUnmarked {
				e.sp = [2]int{k, k + n} // God, by His epithet: "قال تعالى", "وقال جل وعلا"
			}
		case isNegation(toks[k]) && fam.content && vf.kind == formPast && (!nounNegation(toks[k]) || f.lex.conjoined(&toks[i])):
			// "وعن الحجز أكد لا يوجد موعد": what was said, denied; "وأكد عدم
			// توفر دلائل" (not "أثبت عدم صحتها المؤتمر", its subject after)
			end, unmarked = k, k
		case vf.agr == plural && !vf.object:
			// "وطالبوا البلدية بمعالجة": the subject is in the verb (a verb
			// before its subject is singular); the noun after it is the one
			// addressed.
			obj := f.arSpeaker(toks, k, fam)
			if obj[1] <= obj[0] {
				return event{}, 0, false
			}
			end = f.arAdjuncts(toks, obj[1], &e)
		default:
			if vf.object && fam.predicate && f.accusative(&toks[k]) {
				end = k // "ويعتبره مسؤولاً مسؤولية شخصية": the predicate, the subject dropped
				break
			}
			if !(fam.speech && halParticiple(&toks[k])) {
				e.sp = f.arSpeaker(toks, k, fam) // (not "وأضاف مخاطباً الجماهير: …", the manner of saying)
			}
			if e.sp[1] <= e.sp[0] && fam.speech && k == i+1 {
				e.sp = f.nameLikePP(toks, k) // "وقال بالمر: إنه"
			}
			if e.sp[1] <= e.sp[0] && fam.objectPrep && f.lex.conjoined(&toks[i]) && f.quantifierAt(toks, k) {
				end = k // "وتحذر … كل من تسول له نفسه بأن": whoever, addressed; the subject dropped
				break
			}
			if e.sp[1] <= e.sp[0] && vf.kind == formPast && loneParticle(&toks[k]) && k+1 < len(toks) && isQuote(toks[k+1]) {
				end, unmarked = k, k // "وذكّر بـ«…»": what was said, its particle apart; the subject dropped
				break
			}
			if e.sp[1] <= e.sp[0] && fam.speech && (k > i+1 || strings.ContainsRune(toks[k].raw, 'ً') || halParticiple(&toks[k])) {
				if j := f.reachSaid(toks, k-1, &e); j > 0 {
					end, unmarked = k, j // "وقال في تصريح لواس بمناسبة …: «…»", "وقال مبتسماً: «…»": the subject dropped
					break
				}
			}
			if e.sp[1] <= e.sp[0] && fam.channelSubject && k == i+1 && fam.fromSource(toks[k].norm) && f.lex.conjoined(&toks[i]) {
				end = k // "ونقل عن كاهيل قوله «…»": the medium dropped, the speaker after عن
				break
			}
			if e.sp[1] <= e.sp[0] {
				return event{}, 0, false
			}
			if vf.object && fam.predicate {
				for q := e.sp[0] + 1; q < e.sp[1]; q++ {
					if isQuote(toks[q]) || f.accusative(&toks[q]) {
						e.sp[1] = q // "اعتبرته منظمة العفو الدولية «ارتفاعاً»": the predicate
						break
					}
				}
				if ts := toks[e.sp[0]:e.sp[1]]; !f.sourceHead(ts) && !f.metBefore(ts) && !fam.objectsSource { // (objectView judges those)
					e.sp, end = [2]int{}, k // "واعتبره أضغاث أحلام": the predicate, the subject dropped
					break
				}
			}
			vague := func(ts []token) bool {
				// "وناشد المواطنين بـ": a group in the oblique plural (a
				// subject would be "المواطنون"), addressed, not speaking
				_, n, _ := f.lex.anonymous.match(ts, 0)
				return n > 0 && strings.HasSuffix(ts[0].norm, "ين") && f.since == 0 && f.adjectivesOnly(ts[n:]) &&
					e.sp[1] < len(toks) && f.opensPrep(fam, toks, e.sp[1])
			}
			// "وطالب لاعبي المنتخب بـ": a title's plural in the oblique and
			// construct (a subject would be "لاعبو"), addressed
			oblique := func(ts []token) bool {
				w := ts[0].norm
				return !hasAl(&ts[0]) && len(ts) > 1 && strings.HasSuffix(w, "ي") &&
					(f.lex.titles.has(strings.TrimSuffix(w, "ي")) || f.lex.anonymousWord(strings.TrimSuffix(w, "ي")))
			}
			if ts := toks[e.sp[0]:e.sp[1]]; fam.objectPrep && f.lex.conjoined(&toks[i]) && !f.considererBeforeThat(toks, e, fam) && (oblique(ts) ||
				hasAl(&ts[0]) && !f.metBefore(ts) && !f.stateName(ts) && (!f.sourceHead(ts) && !f.looksLikeSpeaker(ts) || vague(ts))) {
				// "وأرجع السبب في النمو إلى …": the one addressed or what is
				// ascribed, the subject dropped (not a state: "واعتبرت الولايات
				// المتحدة أن")
				e.sp = [2]int{}
				end = k
				break
			}

			end = f.arAdjuncts(toks, e.sp[1], &e)
			if fam.channelSubject {
				for c := e.sp[0] + 1; c < e.sp[1]; c++ {
					if fam.fromSource(toks[c].norm) {
						e.sp[1], end = c, c // "نقلت وكالة واس عن …": the medium ends at عن
						break
					}
				}
			}
		}
	}
	for e.sp[1] > e.sp[0]+1 && fam.idiomObjects.has(toks[e.sp[1]-1].norm) {
		e.sp[1]-- // "ولفت الوزير النظر إلى": the idiom's object
	}
	if e.hasSpeaker() && (e.sp[1]-e.sp[0] > 1 && fam.declines.hasBare(&toks[e.sp[1]-1]) || e.sp[1] < len(toks) && fam.declines.hasBare(&toks[e.sp[1]]) ||
		e.sp[0] == i+1 && i > 0 && !f.lex.conjoined(&toks[i]) && fam.declines.hasBare(&toks[e.sp[0]])) {
		// "ورفضت أبل التعليق": declined to comment; "وأدانت المحكمة المتهم": convicted (not "وأدان المتهم الحكم");
		// "مصدر، رفض الكشف عن اسمه، أن": declined to be named, right after a verb describing a source
		return event{}, 0, false
	}
	if e.hasSpeaker() && fam.notSpeakers.has(toks[e.sp[0]].norm) {
		return event{}, 0, false // "ودعا الله أن يرحمهما": a prayer
	}
	if fam.channelSubject && e.hasSpeaker() {
		// "ونقلت عنه وكالة الأنباء", "ونقل التلفزيون عنه قوله": عن with
		// a pronoun — the speaker is the one it points to, the subject the
		// channel.
		at := -1
		switch {
		case i+1 < e.sp[0] && anPronoun(toks[i+1]) != anyAgreement:
			at = i + 1
		case e.sp[1] < len(toks) && anPronoun(toks[e.sp[1]]) != anyAgreement:
			at = e.sp[1]
		}
		if at >= 0 {
			e.ch, e.agr = e.sp, anPronoun(toks[at])
			e.sp = [2]int{}
			k := max(at+1, e.ch[1])
			if k < len(toks) {
				if v, ok := f.lex.verbAt(&toks[k]); ok && v.kind == formNoun {
					k++ // "عنه قوله"
				}
			}
			e.content = f.contentAt(toks, k, fam)
			return e, k, true
		}
	}
	if fam.channelSubject && e.hasSpeaker() {
		for c := e.sp[0] + 1; c < e.sp[1]; c++ {
			if fam.fromSource(toks[c].norm) && isQuote(toks[c-1]) {
				e.sp[1], end = c, c // "علمت «الشرق الأوسط» من مصادر": the medium in marks ends at من
				break
			}
		}
	}
	if fam.needsChannel && !e.hasSpeaker() {
		return event{}, 0, false // "علمت أن": the writer learned it; no channel, no source
	}
	asClause := i > 0 && f.lex.asWords.has(toks[i-1].norm)
	if fam.channelSubject && !e.hasSpeaker() && !asClause && i+1 < len(toks) && fam.fromSource(toks[i+1].norm) && f.lex.conjoined(&toks[i]) {
		end = i + 1 // "ونقلت عن الوزير قوله": the medium dropped, the speaker after عن
	}
	if fam.channelSubject && (e.hasSpeaker() || end == i+1 && end < len(toks) && fam.fromSource(toks[end].norm)) &&
		!(asClause && (end >= len(toks) || !fam.fromSource(toks[end].norm))) {
		if end, said, ok = f.channelSubject(toks, i, end, fam, &e); !ok {
			return event{}, 0, false
		}
	}
	describes, ok := f.whatCalled(toks, i, vf, fam, e)
	if !ok {
		return event{}, 0, false
	}
	e.content = f.contentAt(toks, end, fam)
	if e.content >= len(toks) && f.whatAfter(toks, end, fam, e) {
		e.content = end // "وأكد الحربي ما يتمتع به الفريق", "ورفض يونكر ما تردد": what, the object
	}
	if e.content >= len(toks) && said >= 0 && said < len(toks) && !toks[said].punct {
		e.content = said
	}
	if e.content >= len(toks) && fam.objectPrep {
		// "دعا الوزير مفوض الأمم المتحدة السامي للاجئين إلى": past
		// the one addressed, however long, to the particle.
		for k := end; k < len(toks) && k < end+16 && !isTerminal(toks[k]); k++ {
			if f.opensPrep(fam, toks, k) {
				e.content = k
				break
			}
		}
	}
	if unmarked >= 0 {
		e.content = unmarked
	} else if e.content >= len(toks) && e.hasSpeaker() && end < len(toks) && isNegation(toks[end]) && !strings.HasPrefix(toks[end].norm, "و") &&
		fam.content && vf.kind == formPast && (f.strongName(toks, e.sp[0]) || f.lex.titles.hasBare(&toks[e.sp[0]])) {
		e.content = end // "وبين فلان لا توجد نية": after the speaker, what was said, denied
	}
	if fam.needsPrep && !(e.content < len(toks) && f.opensPrep(fam, toks, e.content)) || fam.addressed && e.content <= e.sp[1] {
		return event{}, 0, false // (addressed) "وحمل القائد المسؤولية": bore it, blamed no one
	}
	if e.content < len(toks) && f.ritualAt(fam, toks, e.content) {
		return event{}, 0, false // "وأعرب عن أصدق التهاني": congratulations, nothing reported
	}
	if vf.object && !e.hasSpeaker() && fam.prepAnyNoun && e.content < len(toks) && joinedPrep(&toks[e.content]) && strings.HasPrefix(toks[e.content].norm, "ل") {
		return event{}, 0, false // "أرباح كبيرة دعته لهجر وظيفته": led him to, no one called
	}
	if e.content >= len(toks) && e.hasSpeaker() && fam.speech {
		// "وقال باولو، خلال ندوة في الجامعة … أمس، «إن …»", "وقال
		// هولمر الذي تسلم فريقه قبل الموسم …: «…»": whatever describes the
		// speaker or the occasion, up to إن, a colon or a quotation.
		if j := f.reachSaid(toks, e.sp[1]-1, &e); j > 0 {
			e.content = j
		} else if k := f.unmarkedAfter(toks, max(end, e.sp[1])); k > 0 {
			e.content = k // "وقال فلان هناك سوء"، "قال الله تعالى (…)": what was said, unmarked
		}
	}
	if e.content >= len(toks) && e.hasSpeaker() && fam.objectContent && !fam.needsPrep && !fam.colonOnly && !fam.channelSubject &&
		!vf.object {
		// "أعلنت أجهزة الأمن، اليوم (الاثنين)، مقتل …"; "أكد دي ميستورا، خلال
		// اللقاء، أهمية …": a name unknown, but an object only said
		if k := f.objectAfterAdverb(toks, e.sp[1]); k > 0 && (f.speakerLike(toks, e.sp) || f.lex.objectHeads.hasBare(&toks[k])) {
			e.content = k
		}
	}
	if e.hasSpeaker() && e.content > e.sp[0] && (fam.objectContent || !fam.content || e.content < len(toks)) && !vf.object &&
		(f.lex.conjoined(&toks[i]) || i > 0 && toks[i-1].norm == "كما") && // "كما ثمن جهود فريق العمل": also, its object
		e.sp[0] == f.arAdjuncts(toks, i+1, &event{fam: fam}) && (f.objectNotSubject(toks, e.sp, e.content >= len(toks) && vf.kind == formPast) || f.masdarObject(toks, e, vf)) {
		// "وأكد دعم مجلس الشورى …", "وأكدت سقوط قتلى": its object, the subject dropped
		e.content, e.sp = e.sp[0], [2]int{}
	}
	if e.hasSpeaker() && e.sp[0] == f.arAdjuncts(toks, i+1, &event{fam: fam}) &&
		(f.conjoinedVerb(toks, i) && f.feminineObject(toks, e.sp, vf) || f.obliquePluralObject(toks, e.sp, vf, fam)) {
		e.content, e.sp = e.sp[0], [2]int{} // "وطالب الحكومة بالتدخل", "حث المتدربين على": whom he called on, the subject dropped
	}
	if fam.content && e.content >= len(toks) && e.hasSpeaker() && e.sp[0] > i && f.looksLikeSpeaker(toks[e.sp[0]:e.sp[1]]) {
		e.content = f.longContentAt(toks, max(end, e.sp[1])) // "وصرح أردوغان في الطائرة …، أن"
	}
	if fam.amountObject && e.content >= len(toks) && e.hasSpeaker() && e.sp[0] > i && !vf.object {
		f.estimate(toks, &e) // "وقدّرت الوزارة الخسائر بنحو مليون ريال"
	}
	if len(fam.rituals.m) > 0 && e.content >= len(toks) && (!e.hasSpeaker() || e.sp[1] > i) {
		from := i + 1
		if e.hasSpeaker() {
			from = e.sp[1]
		}
		probe := e // a look ahead only: nothing it records is kept
		if k := f.arAdjuncts(toks, from, &probe); k < len(toks) && f.ritualAt(fam, toks, k) || e.sp[0] == i+1 && f.ritualAt(fam, toks, e.sp[0]) {
			return event{}, 0, false // "وأبدى رئيس اللجنة شكره", "كما تمنى الشفاء": its object a ritual
		}
	}
	if e.hasSpeaker() && e.sp[1] > i && e.sp[1] < len(toks) && f.prayedTo(fam, toks, e.sp[1]) {
		return event{}, 0, false // "ودعا «فلان» المولى أن": a prayer, as with the one prayed to right after the verb
	}
	// "حسبما أفادت مصادرنا", "كما قال", "وهو ما اعترف به": the clause before was said.
	as := asClause && i > 1 || f.resumesSaid(toks, i, fam)
	if fam.unmarked && e.content >= len(toks) && !vf.object && !quoteBefore(toks, i) && !as {
		e.content = f.bareSaid(toks, i, max(end, e.sp[1]), e.sp)
	}
	if fam.content && e.content >= len(toks) && !vf.object && !quoteBefore(toks, i) && !as &&
		!(fam.objectContent && (f.sourceHead(toks[e.sp[0]:e.sp[1]]) || f.metBefore(toks[e.sp[0]:e.sp[1]]) || f.stateName(toks[e.sp[0]:e.sp[1]]) ||
			e.sp[1] <= i && f.nameThenTitle(toks, e.sp) ||
			f.objectOnlySaid(toks, e) || f.addingAfter(toks, max(end, e.sp[1])))) { // "أوضح دوبفنر أهمية الحجم"
		return event{}, 0, false
	}
	if fam.definiteObject && e.content >= len(toks) && e.hasSpeaker() && !(vf.object && (hasAl(&toks[e.sp[0]]) || f.personNamed(toks[e.sp[0]:e.sp[1]]))) && !f.definiteObjectAt(toks, e) {
		// "واعتبر فلان أفضل لاعب": he was considered, no one's opinion (but
		// in "واعتبرها الوزير تاريخية" the pronoun is the object and a
		// definite noun or a name after it the one who judged)
		return event{}, 0, false
	}
	if fam.objectContent && len(fam.subjects) > 0 && e.content >= len(toks) && e.hasSpeaker() && !f.documentHead(toks[e.sp[0]:e.sp[1]]) {
		return event{}, 0, false // "أظهرت الحركة مهارة": showed a skill; "أظهرت البيانات انخفاض": the data
	}
	if !e.hasSpeaker() {
		switch {
		case i > 0 && strings.HasPrefix(toks[i-1].norm, "ان") && len(toks[i-1].norm) > len("ان"):
			// "إلا أنه قال": the pronoun on أن is the subject; resolved by
			// agreement like a pronoun, to the subject of the concession
			// before it in the sentence when there is one ("رغم أن أردوغان
			// لم يشر …، إلا أنه قال").
			e.ante = f.concessionSubject(toks, i-1)
		case describes && lastMain(evs) >= 0:
			e.main = lastMain(evs) // "وانتقد الوزير ما اعتبره تدخلاً"
		case lastMain(evs) >= 0 && (f.lex.conjoined(&toks[i]) || quoteBefore(toks, i) || i > 0 && toks[i-1].norm == "حيث" ||
			i > 0 && (strings.HasPrefix(toks[i-1].norm, "لكن") || strings.HasPrefix(toks[i-1].norm, "ولكن"))):
			// "… ، وأضاف أن", "… لكنهم قالوا": the subject of the sentence's
			// cue before it.
			e.main = subjectMain(evs)
		case lastMain(evs) < 0:
			// "تلقى الأمير اتصالاً من الوزير، أعرب فيه": the sender of the
			// medium the verb points back to; or the subject of a verb that
			// reports nothing: "أطلق رئيس النادي فلان هشتاقاً … غرد فيه
			// قائلاً".
			if sp := f.senderBefore(toks, i); sp[1] > sp[0] {
				e.sp, e.subject = sp, true
			} else if sp := f.arMainSubject(toks, i); sp[1] > sp[0] {
				e.sp, e.subject = sp, true
			}
		}
		if describes && !e.hasSpeaker() && e.main < 0 {
			if sp := f.mainSubject(toks, i, false); sp[1]-sp[0] == 1 && hasAl(&toks[sp[0]]) || f.strongName(toks, sp[0]) && sp[1] > sp[0] {
				e.sp, e.subject = sp, true // the sentence's subject, a name
			} else {
				return event{}, 0, false // no subject in the sentence: whose words, unknown
			}
		}
	}
	if vf.object && fam.objectsSource && !f.objectView(toks, i, &e) {
		return event{}, 0, false // "بالطريقة التي تراها مناسبة": as she sees fit, no one's view
	}
	if i > 0 && f.lex.goOnVerbs.has(toks[i-1].norm) && e.sp[0] > i && !f.looksLikeSpeaker(toks[e.sp[0]:e.sp[1]]) {
		e.content, e.sp = min(e.content, e.sp[0]), [2]int{} // "أخذ يروي عدة وقائع": its object; the subject the verb's before it
	}
	if e.sp[1] == i && f.adverbialMa(toks, i) {
		e.sp[1] = i - 2 // "الجانب الكردي سرعان ما نفى": the adverb and its ما are no part of the subject
		if e.sp[1] <= e.sp[0] {
			e.sp = [2]int{}
		}
	}
	// Go on reading cues after the speaker and its channel — not past what
	// was said, where the next cue may stand ("وصف X … الادعاءات التي
	// أوردتها القناة").
	next := max(e.sp[1], i+1)
	if e.ch[1] > next && e.ch[1] <= end {
		next = e.ch[1] // "وتحدث فلان لصحيفة سبق قائلاً": the participle after the channel read too
	}
	if fam.channelSubject {
		next = max(next, e.ch[1], end) // and "قوله" after "نقلت X عن Y"
	}
	return e, next, true
}

// prophetBlessing returns the end of a blessing of the Prophet that starts
// at toks[k] (prophet_blessings: "صلى الله عليه وسلم"), or k when none does.
func (f *finder) prophetBlessing(toks []token, k int) int {
	if k >= len(toks) {
		return k
	}
	_, n, _ := f.lex.prophetBlessings.match(toks, k)
	return k + n
}
