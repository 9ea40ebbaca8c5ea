package cite

import (
	"strings"

	"github.com/isnad/isnad/model"
)

// Arabic noun phrases: where a speaker ends, where a person's name starts
// inside a title, and what kind of source a phrase names.

// arSpeaker reads the speaker starting at toks[k]. When what was said
// follows it (the verb needs content and it is there), the speaker is all
// that stands before it, affiliations and places included ("مسؤول السلامة
// عن المعدات في البعثة الأردنية سامر الحوراني"); otherwise it ends with
// its noun phrase (arNPCut).
func (f *finder) arSpeaker(toks []token, k int, fam *family) [2]int {
	if k >= len(toks) {
		return [2]int{}
	}
	if loneParticle(&toks[k]) {
		if end, _, ok := f.arChannelAt(toks, k); ok && end > k+1 {
			return f.arSpeaker(toks, end, fam) // "ذكر لـ"الوطن" رئيس اللجنة": the channel, then the speaker
		}
		return [2]int{} // "وذكّر بـ«…»": a particle, written apart, then what it governs
	}
	if at := k; at+3 < len(toks) {
		if toks[at].norm == "نحو" || toks[at].norm == "حوالي" {
			at++
		}
		if at+3 < len(toks) && isNumber(toks[at].norm) && percentAfter(toks, at) && toks[at+2].norm == "من" {
			// "وقال 41% من الطلاب الذين شاركوا في الاستطلاع إنهم", "أفاد 38٪ من
			// أصحاب المتاجر أنهم": a share of a group, which speaks
			if sp := f.arSpeaker(toks, at+3, fam); sp[1] > sp[0] {
				return [2]int{k, sp[1]}
			}
		}
		if isNumber(toks[at].norm) && percentAfter(toks, at) && f.opensContent(toks, at+2) {
			return [2]int{k, at + 2} // "في حين قال 10% إنهم": the share alone
		}
	}
	if _, n, _ := f.lex.listOpeners.match(toks, k); n > 0 && k+n+1 < len(toks) && f.lex.resumptives.has(toks[k+n+1].norm) {
		return [2]int{} // "كل من تسول له نفسه": whoever, an object
	}
	if _, n, _ := f.lex.listOpeners.match(toks, k); n > 0 && k+n < len(toks) && !toks[k+n].punct {
		k += n // "كل من روسيا وكوريا الشمالية": the list, not its opener
	}
	if t := &toks[k]; !isQuote(*t) && (t.punct || f.lex.stops.has(t.norm) || f.lex.prepositions.has(t.norm) && !aliName(t) && !imamNoun(t) || asIf(t) ||
		strings.ContainsRune(t.raw, 'ً') || definitePP(t) || isNegation(*t)) {
		// No subject starts with a particle, a preposition or a negation
		// ("أكد لا يوجد موعد"), nor in the accusative ("يعتبرهما تهديداً
		// لأمنه").
		return [2]int{}
	}
	if v, ok := f.lex.verbAt(&toks[k]); ok && !(v.kind == formMasdar && f.lex.families[v.fam].nounContent) {
		// (a verbal noun that reports only with what was said after its
		// own subject may head the subject: "ويقول إعلان الشركة إن")
		return [2]int{} // "غرد فيه قائلاً": a participle, no subject
	}
	if f.honorificPronoun(&toks[k]) && strings.HasSuffix(toks[k].norm, "ه") && !(k+1 < len(toks) && strings.HasPrefix(toks[k+1].norm, "و")) {
		return [2]int{k, k + 1} // "ووصف سموه الإنجاز بأنه": the pronoun is the whole subject, its object follows
	}
	j, joined := k, -1
	for j < len(toks) && j < k+maxSpeaker {
		t := &toks[j]
		if t.punct {
			if j > k && f.initialDot(toks, j) {
				j++ // "د. ب. أ"
				continue
			}
			if innerDot(toks, j) && j > k && !toks[j+1].punct || j > k && gluedHyphen(toks, j) {
				j += 2 // a name spelt with dots, whatever its letters spell: "سي.ان.ان", "إل.جي"; "ماري-كلير"
				continue
			}
			if isQuote(*t) {
				if c := quotedRun(toks, j); c > j && !vowelled(toks[j+1:c]) && (j == k || f.quotedNameLike(toks, j, c) && f.quoteNamesSpeaker(toks, j, c) ||
					!f.personLike(toks[k:j])) { // (never a verse: "قال الله تعالى {…}")
					j = c + 1
					continue
				}
				// "وقال المسؤول سالم الهاشمي "رأينا ثلاث سيارات محترقة"", "وقال الوزير
				// «العمل مستمر»", "وقال كارتر «…»": after a name, a title or
				// someone met before, what was said (after "مسرحية" or "تهمة",
				// a title in marks)
				break
			}
			if t.raw == "(" && j > k && !(j+1 < len(toks) && isNumber(toks[j+1].norm)) {
				// a short parenthesis inside the name: "شركة الإمارات (دو)";
				// not an age, "سميث (46 عاما)", which follows the name
				c := j + 1
				for c < len(toks) && c < j+5 && toks[c].raw != ")" && !toks[c].punct {
					c++
				}
				if c < len(toks) && toks[c].raw == ")" && c > j+1 {
					j = c + 1
					continue
				}
				break
			}
			if isComma(*t) {
				if j+1 < len(toks) && f.anonymityAt(toks, j+1) > 0 {
					break // "مسؤول في الشرطة، مفضلاً عدم ذكر اسمه،": the source withholds its name
				}
				if end, ok := f.arCommaJoins(toks, k, j); ok {
					joined, j = j, end
					continue
				}
			}
			break
		}
		if f.participleAfterName(toks, k, j) || f.clauseOnDocument(toks, k, j) || f.clauseOnUnnamed(toks, k, j) {
			break // "جهاد الناصر المولود في القرية", "تحقيق أجرته اللجنة": a clause describing the name
		}
		if j > k && f.anonymityAt(toks, j) > 0 {
			break // "مسؤول مشترطا عدم نشر اسمه": no name given
		}
		if j > k && f.secondSource(toks, k, j) {
			break // "ناشطون وسكان": the first of two sources
		}
		if j > k && f.possessedObject(fam, toks, k, j) {
			break // "وبررت الوكالة قرارها بأن": the object, its pronoun the speaker's
		}
		if j > k {
			if f.lex.honorifics.hasBare(&toks[j-1]) || j >= 2 && f.initialDot(toks, j-1) {
				// After "د." or "العميد" a name, even one spelt like a verb
				// ("روي") or like على ("علي").
				if v, isVerb := f.lex.verbAt(t); isVerb && v.kind != formNoun && v.kind != formParticiple && !f.lex.prepositions.has(t.norm) || aliName(t) {
					// (not a particle spelt like a verb: "الوزير عبر حسابه")
					j++
					continue
				}
			}
			if f.opensPrep(fam, toks, j) && f.titleRunsOn(toks, k, j) {
				j++ // "مسؤول التفتيش عن السلامة … فلان أن": the particle is the title's
				continue
			}
			if f.lex.adverbs.has(t.norm) && f.strongName(toks, j+1) && f.hasTitle(toks[k:j]) {
				j++ // "المرشح لرئاسة النادي سابقا زياد …": the adverb is the title's
				continue
			}
			if f.baFamilyName(toks, j) {
				j++ // "المهندس سالم باوزير في تصريح": a family name in با, not the particle ب
				continue
			}
			if f.channelObjectAfterName(toks, k, j) {
				break // "ألقى السفير فلان كلمة": the medium, the verb's object
			}
			if f.mediumOfHis(toks, j, fam) {
				// "واختتم الوزير كلمته": the object; "في عنوانها": with its particle
				if j-1 > k && (f.lex.prepositions.has(toks[j-1].norm) || f.lex.affiliations.has(toks[j-1].norm)) {
					j--
				}
				break
			}
			if f.opensContent(toks, j) || f.opensPrep(fam, toks, j) && !f.affiliationBeforePrep(fam, toks, j) && !f.partitive(toks, j) ||
				f.lex.adverbs.has(t.norm) || f.lex.relatives.has(t.norm) || f.joinedRelative(t) || anyWord(t) || f.lex.unmarkedOpeners.has(t.norm) ||
				isNegation(*t) && !strings.HasPrefix(t.norm, "و") && j > k+1 && f.strongName(toks, k) || // "وبين عبدالله بترجي لا توجد نية": what was said, denied
				nounNegation(*t) || // "وأكد الوزير عدم وجود نية": the object
				f.verbalNounAfterB(toks, j) || // "ورد مزارعون بإغلاق الطريق": what they did
				f.objectHeadAfterName(toks, k, j) || f.constructAfterFamilyName(toks, k, j) || // "وعد الأمير فلان رئيس الهيئة تسجيل المواقع بـ": the object
				f.metNameThenObject(fam, toks, k, j) || // "واقترح غرانت تشكيل لجنة" after "قال جون غرانت": the object
				t.norm == "ما" && j > k || // "وانتقد الوزير ما اعتبره": what, the object
				t.norm == "في" && j > k && j+1 < len(toks) && (f.isMonth(toks, j+1) || f.timePhraseAt(toks, j+1) > 0) || // "وقالت البحرين في يونيو الماضي": when
				f.placeOfHis(toks, k, j) || f.spokeFromHis(toks, k, j) || // "وصرح فلان … في مكتبه", "وكتب سالمون في مدونته": where
				t.norm == "في" && j > k && j+1 < len(toks) && f.lex.occasions.hasBare(&toks[j+1]) && f.personLike(toks[k:j]) &&
					(!f.isAdjective(&toks[j-1]) || f.nameEndsAt(toks, k, j)) || // "وقال الوزير في حفل التكريم": where (not "المرشح الفائز في …": which one)
				f.mannerNoun(t) || f.sayingParticiple(t) || // "وشدد الوزير بالقول", "بقوله": by saying
				f.lex.demonstratives.has(t.norm) || j > k && t.norm == "وذلك" || // "وصف محللون هذه الخطوة بأنها": the object; "سياسي يمني وذلك في …"
				strings.ContainsRune(t.raw, 'ً') && !(j > k && isNumber(toks[j-1].norm)) || // "وقال فلان مخاطباً الحضور": a circumstance, accusative (not "25 عاماً")
				f.prayedTo(fam, toks, j) || // "ودعا الإمام الغامدي المولى جل وعلا أن": the one prayed to
				f.lex.appositionPronouns.has(t.norm) || f.lex.seats.has(t.norm) || // "يقول أحدهم وهو يعلق": a clause on the speaker
				f.adverbialAt(toks, j) > 0 || j > k && f.unveiledObject(toks, j) || // "كشفت شركة نوران النقاب عن": the object
				f.nominalCueAt(toks, j) { // "وقالت الشركة نقلا عن بيانات …": a source of its own
				break
			}
			if f.circumstanceAfterName(toks, k, j) || f.circumstanceAfterMarks(toks, k, j) || f.aboutAfterTitledName(toks, k, j) {
				break // "وقال جون كارتر في افتتاح القمة إن": where he spoke, not who
			}
			if f.lex.prepositions.has(t.norm) && f.titleRunsOn(toks, k, j) ||
				f.lex.postPreps.has(t.norm) && f.titledTail(toks, k, j) && f.postedAt(toks, j, len(toks)) {
				j++ // "نائب مندوب تونس لدى الأمم المتحدة سامي علي سامي “…”", "فلان سفير المملكة لدى اليمن"
				continue
			}
			if f.lex.stops.has(t.norm) && isGivenName(f.lex, t) && j+1 < len(toks) && f.nameLike(toks, j+1) &&
				(f.lex.titles.hasBare(&toks[j-1]) || f.lex.honorifics.hasBare(&toks[j-1]) || hasAl(&toks[j-1]) && f.hasTitle(toks[k:j])) {
				j++ // "رئيس المجلس صباح كرحوت": the name صباح, not the morning
				continue
			}
			if j > k && f.negatedAdjective(toks, j) && (hasAl(&toks[j+1]) || f.negatedCloses(toks, j+2)) {
				j += 2 // "جهاز الكسب غير المشروع", "مصادر غير رسمية"
				continue
			}
			if f.lex.stops.has(t.norm) {
				// A title's affiliation may run past a stop word up to the comma
				// that brings the name: "سفيرة الولايات المتحدة لدى الأمم
				// المتحدة، ليندا توماس جرينفيلد، …".
				if c := f.commaBeforeName(toks, k, j); c > j {
					j = c // the comma: it joins on the next turn
					continue
				}
				break
			}
			if j+1 < len(toks) && isQuote(toks[j+1]) && (f.bareAnonymous(toks[k:j]) && f.placesSource(toks, j, len(toks)) || f.employerInMarks(toks, k, j)) {
				j++ // "مسؤول في «الهيئة»", "محلل الأسواق في «نوفا بنك»": where the source works, not the medium
				continue
			}
			if _, _, ok := f.arChannelAt(toks, j); ok && !(j == k+1 && strings.HasPrefix(t.norm, "ل") && f.lex.wrappers.hasBare(&toks[k]) && !f.unnamedAt(toks, [2]int{k, j})) {
				break // (not "مسح لرويترز", "تعداد لوكالة الصحافة الفرنسية": whose survey, its author; "مصادر لـ«عكاظ»" told the paper)
			}
			if _, ok := f.lex.verbAt(t); ok && !f.lex.nameJoins.has(toks[j-1].norm) {
				break // (after آل or أبو a verb's form is a name: "صالح آل طالب")
			}
		}
		j++
	}
	stop := j
	var scratch event
	if stop < len(toks) && (f.lex.relatives.has(toks[stop].norm) || f.joinedRelative(&toks[stop]) || f.participleAfterName(toks, k, stop) || f.clauseOnDocument(toks, k, stop) ||
		f.clauseOnUnnamed(toks, k, stop)) {
		scratch.sp = [2]int{k, stop} // the speaker so far, which a relative clause describes
	}
	after := f.arAdjuncts(toks, stop, &scratch)
	if after < len(toks) && isComma(toks[after]) {
		after++
	}
	delimited := fam != nil && fam.content && after < len(toks) && (f.opensContent(toks, after) || f.opensPrep(fam, toks, after))
	// (a comma right before the particle closes a titled name: "حذر الشيخ
	// فلان عضو هيئة التدريس بالجامعة، من التبذير" addresses no one)
	addressed := delimited && fam.objectPrep && f.opensPrep(fam, toks, after) &&
		!(after > 0 && isComma(toks[after-1]) && f.hasGivenName(toks[k:stop]) && f.hasTitle(toks[k:stop]))
	if addressed {
		delimited = false // "طالب البيان المجتمع الدولي بـ": the speaker, then the one addressed
	}
	if !delimited {
		full := stop
		if joined >= 0 {
			stop = f.arNPCut(toks, joined+1, stop) // the name after a title and its comma
		} else {
			stop = f.arNPCut(toks, k, stop)
		}
		if f.objectAfterComma(toks, k, stop, full, after, fam) {
			stop = full // "وصف فلان النائب في المجلس البلدي، قرار الوزارة بـ": the comma closes the subject
		}
		if addressed {
			stop = f.nameAfterTitle(toks, k, stop, full)
		}
	}
	for stop > k && toks[stop-1].punct && !isQuote(toks[stop-1]) && toks[stop-1].raw != "." &&
		!(toks[stop-1].raw == ")" && hasRaw(toks[k:stop], "(")) { // "شركة الإمارات (دو)" keeps its mark
		stop--
	}
	if stop <= k {
		return [2]int{}
	}
	return [2]int{k, stop}
}

// seatEnd is, when toks[k] opens the seat of a body ("ومقره واشنطن")
// and what was said follows it within a few words, where that starts;
// else k.
func (f *finder) seatEnd(toks []token, k int) int {
	if !f.lex.seats.has(toks[k].norm) {
		return k
	}
	j := k + 1
	for j < len(toks) && j < k+5 && !toks[j].punct && !f.opensContent(toks, j) {
		j++
	}
	if j >= len(toks) || !f.opensContent(toks, j) {
		return k
	}
	return j
}

// titleRunsOn reports whether a title with no name yet goes on past
// toks[j] to a given name before what was said: the particle at j is part
// of the title ("مسؤول التفتيش عن السلامة في الفريق عبدالرحمن الناصر أن").
func (f *finder) titleRunsOn(toks []token, k, j int) bool {
	if !f.hasTitle(toks[k:j]) || f.hasGivenName(toks[k:j]) {
		return false
	}
	for c := j + 1; c < len(toks) && c < j+16; c++ {
		if toks[c].punct || f.opensContent(toks, c) || pronounSuffixed(&toks[c]) ||
			strings.HasPrefix(toks[c].norm, "و") && f.lex.prepositions.has(strings.TrimPrefix(toks[c].norm, "و")) {
			return false // (not "بجهود الجهات … وعلى رأسها مدير الشرطة اللواء فلان": another person)
		}
		if toks[c].norm == "علي" && !strings.HasSuffix(toks[c].raw, "ي") {
			continue // the preposition على, folded like the name علي
		}
		if c < j+10 && (isGivenName(f.lex, &toks[c]) || f.lex.honorifics.hasBare(&toks[c]) && !hasAl(&toks[c])) {
			return true
		}
		if f.lex.honorifics.has(toks[c].norm) && hasAl(&toks[c]) && !f.lex.namesakes.has(toks[c].norm) && f.familyNameAfter(toks, c+1) {
			return true // "المشرف على البرنامج في الجامعة الدكتور مساعد الأحمد"
		}
	}
	return false
}

// familyNameAfter reports whether a given name and a family name start at
// toks[c] ("مساعد الأحمد", "ساندرا ندف"), not a noun of its own ("الفريق
// بداية الموسم": the team, not the general).
func (f *finder) familyNameAfter(toks []token, c int) bool {
	if c+1 >= len(toks) || !f.nameLike(toks, c) || strings.HasSuffix(toks[c].raw, "ة") {
		return false
	}
	return f.nameLike(toks, c+1) || hasAl(&toks[c+1]) && !f.lex.titles.hasBare(&toks[c+1]) && !toks[c+1].punct
}

// hasGivenName reports whether a phrase holds a given name.
func (f *finder) hasGivenName(ts []token) bool {
	for k := range ts {
		if isGivenName(f.lex, &ts[k]) && !f.lex.titles.hasBare(&ts[k]) {
			return true
		}
	}
	return false
}

// strongName reports whether a name surely starts at toks[k]: an honorific
// or a given name ("العقيد عاطي القرشي").
func (f *finder) strongName(toks []token, k int) bool {
	return k < len(toks) && (f.lex.honorifics.hasBare(&toks[k]) || isGivenName(f.lex, &toks[k]))
}

// hasTitle reports whether a phrase holds a title or an honorific.
func (f *finder) hasTitle(ts []token) bool {
	for k := range ts {
		if f.lex.titles.hasBare(&ts[k]) || f.lex.honorifics.hasBare(&ts[k]) {
			return true
		}
	}
	return false
}

// joinedPrep reports whether an Arabic word starts with a joined ب or ل
// that is a preposition ("بمنطقة", "لهيئة", "للجمارك").
func joinedPrep(t *token) bool {
	w := t.norm
	return len(w) > 6 && (strings.HasPrefix(w, "ب") || strings.HasPrefix(w, "ل")) && w[0] >= 0x80
}

// quotedNameLike reports whether the words between the marks at toks[open]
// and toks[close] can be a name ("وكالة «سبوتنيك»"), not something said
// ("«هذا الكلام لم يصدر عني»"): a few words, no particle, pronoun or verb.
func (f *finder) quotedNameLike(toks []token, open, close int) bool {
	if close-open-1 > 5 {
		return false
	}
	for k := open + 1; k < close; k++ {
		t := &toks[k]
		if _, verb := f.lex.verbAt(t); verb || isNegation(*t) || isPronoun(f.lex, t.norm) ||
			f.lex.prepositions.has(t.norm) && t.norm != "علي" || f.lex.complements.byFirst[t.norm] != nil {
			return false
		}
	}
	return true
}

// hasRaw reports whether one of ts is written raw.
func hasRaw(ts []token, raw string) bool {
	for _, t := range ts {
		if t.raw == raw {
			return true
		}
	}
	return false
}

// aliasAt is the length of a name of the alias table at toks[k], or 0.
func (f *finder) aliasAt(toks []token, k int) int {
	_, n := f.z.aliases.find(toks, k)
	return n
}

// quoteNamesSpeaker reports whether the short phrase in marks at
// toks[open:close+1] is a name in the speaker phrase before it: a body's
// after its kind word ("وكالة «سبوتنيك»", "حزب «القوات اللبنانية»"), a
// person's after a title ("المتحدث "صالح القرعوطي"", "الإمام «أحمد بن
// حنبل»"). Right after a title or a name, words in marks that open with
// the article and end the sentence are what was said: "وقال الوزير «العمل
// مستمر»." (Saudi papers mark names so: "بالمحافظة "الخضر لصور" سقط").
func (f *finder) quoteNamesSpeaker(toks []token, open, close int) bool {
	if open == 0 || open+1 >= close || !hasAl(&toks[open+1]) {
		return true
	}
	p := &toks[open-1]
	if f.lex.nameWrappers.hasBare(p) || f.kindOf(toks[open-1:open]) != "" && f.kindOf(toks[open-1:open]) != model.SourcePerson {
		return true
	}
	if close+1 < len(toks) && f.opensContent(toks, close+1) && !f.lex.titles.hasBare(p) && !f.lex.honorifics.hasBare(p) &&
		!isGivenName(f.lex, p) && hasAl(p) && f.kindOf(toks[open-1:open]) == "" {
		return false // "وأبلغ الدكتور فلان العتيبي "الوطن" أن": after a family name, the one told
	}
	ends := close+1 >= len(toks) || isTerminal(toks[close+1]) // nothing of the phrase after it
	return !(ends && (f.lex.titles.hasBare(p) || f.lex.honorifics.hasBare(p) || isGivenName(f.lex, p) || f.nameLike(toks, open-1)))
}

// personLike reports whether a phrase names or describes someone who may
// speak: a given name or a title in it, a vague source's head first, or
// someone met before ("كارتر").
func (f *finder) personLike(ts []token) bool {
	if len(ts) == 0 {
		return false
	}
	if _, n, _ := f.lex.anonymous.match(ts, 0); n > 0 {
		return true
	}
	return f.hasGivenName(ts) || f.hasTitle(ts) || f.metBefore(ts)
}

// asIf reports whether t is the particle كأن ("as if"), with و or a
// pronoun, as written: it folds like كان, so no word list can hold it.
func asIf(t *token) bool {
	return strings.HasPrefix(t.raw, "كأن") || strings.HasPrefix(t.raw, "وكأن")
}

// affiliationBeforePrep reports whether a definite word joined to ل at
// toks[j], right after a body's name, is its affiliation rather than the
// particle of a verb that takes ل or إلى, when إلى comes later in the
// clause: "ودعت الإدارة العامة للمرور قائدي المركبات … إلى".
func (f *finder) affiliationBeforePrep(fam *family, toks []token, j int) bool {
	if fam == nil || !strings.HasPrefix(toks[j].norm, "لل") || !fam.preps.has("الي") || j == 0 || !hasAl(&toks[j-1]) {
		return false
	}
	for c := j + 1; c < len(toks) && c < j+16 && !isTerminal(toks[c]); c++ {
		if toks[c].norm == "الي" {
			return true
		}
	}
	return false
}

// surnameMet reports whether a one-word name is the family name of a
// person met before with a name of more words ("عسيري" after "أحمد
// عسيري"): the name is whole, and an article word after it is another
// phrase.
func (f *finder) surnameMet(ts []token) bool {
	return f.personMet(ts, 2)
}

// nameMet reports whether a one-word name is surnameMet, or a person met
// before under that word alone as a whole speaker ("قال غرانت إن …"). A
// given name never counts ("محمد" alone may open another man's name), nor
// a plural of people ("صحافيون", a group that adjectives follow).
func (f *finder) nameMet(ts []token) bool {
	if len(ts) == 1 && (soundPlural(&ts[0]) || f.lex.peoplePlurals.hasBare(&ts[0])) {
		return false
	}
	return f.personMet(ts, 1)
}

// personMet reports whether a one-word name that is no given name ends the
// name of a person of at least min words met before.
func (f *finder) personMet(ts []token, min int) bool {
	if len(ts) != 1 || isGivenName(f.lex, &ts[0]) {
		return false
	}
	w := ts[0].norm
	return f.reg.each(func(x *entity) bool {
		return x.kind == model.SourcePerson && len(x.words) >= min && x.words[len(x.words)-1] == w
	}) != nil
}

// loneParticle reports whether t is a one-letter particle written apart
// from its word, with or without a tatweel: "بـ", "لـ".
func loneParticle(t *token) bool {
	switch t.norm {
	case "ب", "ل", "ك":
		return true
	}
	return false
}

// wholeNameBeforeNoun reports whether the one-word name at toks[k] is
// whole before the bare noun at toks[j]: it was met before as the family
// name of a longer name ("كلاوس" after "المدرب يورغن كلاوس"), so the noun
// opens the verb's object, a construct ("وطالب كلاوس إدارة ناديه بـ",
// "ونفى كيري اغتيال النائب العام"), not another part of the name. A title
// after the name ("كيري وزير الخارجية") is read before this.
func (f *finder) wholeNameBeforeNoun(toks []token, k, j int) bool {
	t := &toks[j]
	if t.punct || hasAl(t) || isQuote(*t) || isGivenName(f.lex, t) || f.lex.nameJoins.has(t.norm) {
		return false
	}
	return f.surnameMet(toks[k:j])
}

// definitePP reports whether an Arabic word is a preposition joined to a
// definite noun ("بالوزارة", "للصحفيين"): never a subject.
func definitePP(t *token) bool {
	for _, p := range []string{"بال", "لل", "كال", "وبال", "ولل"} {
		if strings.HasPrefix(t.norm, p) && len(t.norm) > len(p)+2 {
			return true
		}
	}
	return false
}
