package cite

import (
	"strings"

	"github.com/isnad/isnad/model"
)

// Where an Arabic speaker's noun phrase ends or goes on: a clause or an
// object after the name, a circumstance or the one spoken to, a title's
// comma before the name, a body's construct after ل.

// participleAfterName reports whether toks[j] is a participle with the
// article ("المولود", "الموكل", "الموجود") right after a full name read
// from toks[k]: it opens a clause describing the person, as a relative
// pronoun does; so too after a body's name closed by its marks or
// brackets ("موقع «الخبر اليوم» المقرب من الحكومة"). A title, a body, a
// relative adjective (a family name such as "المطيري") and a name of one
// word so far ("محمد المبارك") are not.
func (f *finder) participleAfterName(toks []token, k, j int) bool {
	if j-k < 2 || j >= len(toks) {
		return false
	}
	t := &toks[j]
	if !strings.HasPrefix(t.norm, "الم") || len([]rune(t.norm)) < 6 || f.lex.titles.hasBare(t) || f.lex.honorifics.hasBare(t) ||
		f.isAdjective(t) {
		return false
	}
	if _, n, _ := f.lex.kinds.match(toks, j); n > 0 {
		return false
	}
	if _, n, _ := f.lex.anonymous.match(toks, j); n > 0 {
		return false
	}
	// a participle takes its complement ("المقيم في لندن", "المتهم
	// بالفساد"); a family name does not ("خالد بن مانع المحيميد إن")
	if j+1 >= len(toks) || !f.lex.prepositions.has(toks[j+1].norm) && !joinedPrep(&toks[j+1]) {
		return false
	}
	if c := toks[j-1]; isQuote(c) || c.raw == ")" {
		return true // "موقع «الخبر اليوم» المقرب من الحكومة", "(خليجنت) المدرجة في الدوحة": a name its marks close
	}
	s, e := f.arNameSpan(toks[k:j])
	return s >= 0 && k+e == j && e-s >= 2 && (f.hasGivenName(toks[k+s:k+e]) || f.hasTitle(toks[k:k+s]))
}

// commaBeforeName finds, after a stop word at toks[j] inside a title with
// no name yet, the comma that a name follows; 0 when there is none.
func (f *finder) commaBeforeName(toks []token, k, j int) int {
	if !f.hasTitle(toks[k:j]) {
		return 0
	}
	if s, _ := f.arNameSpan(toks[k:j]); s >= 0 {
		return 0
	}
	for c := j + 1; c < len(toks) && c < j+8; c++ {
		if isComma(toks[c]) {
			if _, ok := f.arCommaJoins(toks, k, c); ok {
				return c
			}
			return 0
		}
		if toks[c].punct || f.opensContent(toks, c) {
			return 0
		}
	}
	return 0
}

// arCommaJoins decides whether the comma at toks[j] joins a title to the
// name after it ("الناطق الإعلامي بشرطة منطقة تبوك، العقيد سالم العنزي، أن"):
// the left part has a title and no name, the right part is a name ending
// at a comma or at what was said. It returns where the speaker goes on.
func (f *finder) arCommaJoins(toks []token, k, j int) (int, bool) {
	left := toks[k:j]
	if j+2 < len(toks) && f.hasGivenName(left) && strings.HasPrefix(toks[j+1].raw, "و") {
		// "فهد القحطاني، وماجد الشمري، وخالد العنزي": people named
		// together, each split off later (coordination)
		bare := word(toks[j+1].raw[len("و"):], 0, len(toks[j+1].raw)-len("و"))
		if isGivenName(f.lex, &bare) {
			r := j + 2
			for r < len(toks) && r < j+6 && !toks[r].punct && !f.opensContent(toks, r) && !f.opensPrep(nil, toks, r) {
				r++
			}
			if r < len(toks) && r > j+2 {
				return r, true
			}
		}
	}
	// A given name in the title's body ("المشرف العام على مركز الملك فهد للإغاثة، الدكتور
	// سالم الفهد") is no name of the speaker's when an honorific opens the name after the comma.
	bodyName := len(left) > 0 && f.lex.titles.hasBare(&left[0]) && j+1 < len(toks) && f.lex.honorifics.hasBare(&toks[j+1])
	if f.hasGivenName(left) && !bodyName || !f.hasTitle(left) {
		return 0, false
	} else if r, ok := f.commaNameEnd(toks, j); ok {
		return r, true // "مدير المركز، "خالد العمري"؛ أن", "…، اللواء سالم العمري."
	}
	r := j + 1
	for r < len(toks) && r < j+10 && !toks[r].punct && !f.opensContent(toks, r) && !f.channelAfterName(toks, j+1, r) {
		r++
	}
	if r == j+1 || r >= len(toks) || !(isComma(toks[r]) || f.opensContent(toks, r) || f.channelAfterName(toks, j+1, r)) {
		return 0, false
	}
	right := toks[j+1 : r]
	if s, _ := f.arNameSpan(right); s < 0 {
		return 0, false
	}
	// A name guessed in the title gives way to a sure one: "مدير مكتب الجمعية …، في الأردن ماهر بن سعد العتيبي".
	if s, _ := f.arNameSpan(left); s >= 0 && !f.strongName(toks, j+1) && !f.hasGivenName(right) {
		return 0, false
	}
	return r, true
}

// channelAfterName reports whether the name after a title's comma, from
// toks[n] (a sure name: an honorific or a given name), ends at toks[r]
// before the medium it was said to: "وقال رئيس
// النقابة، المهندس سامر الحلبي لـ«الأخبار» إن …" has the speaker up to
// الحلبي; the channel, then what was said, follow.
func (f *finder) channelAfterName(toks []token, n, r int) bool {
	if r <= n || !strings.HasPrefix(toks[r].norm, "ل") || !f.strongName(toks, n) && !f.hasGivenName(toks[n:r]) {
		return false
	}
	for c := n; c < r; c++ {
		if f.lex.prepositions.has(toks[c].norm) {
			return false // "…، الدكتور فلان في بيانه لـ…": a circumstance came first
		}
	}
	end, _, ok := f.arChannelAt(toks, r)
	return ok && end > r
}

// nameAfterTitle extends a speaker cut before the one it addresses over the
// name its title calls for: "دعا وزير الشؤون الاجتماعية | نور الدين الحكيمي |
// مفوض الأمم المتحدة إلى". Words a name is made of (not a title, kind,
// vague source or particle) are taken, up to four, and a family name with
// the article closes the name.
func (f *finder) nameAfterTitle(toks []token, k, cut, full int) int {
	if cut >= full || !f.hasTitle(toks[k:cut]) || cut > k && !hasAl(&toks[cut-1]) && !f.isAdjective(&toks[cut-1]) ||
		f.hasGivenName(toks[k:cut]) {
		return cut // no title, or the title already runs into a name ("… ناصر البدري | مفوض")
	}
	j, al := cut, 0
	for n := 0; j < full && n < 4; n++ {
		if f.nameLike(toks, j) && al == 0 {
			j++
			continue
		}
		_, kind, _ := f.lex.kinds.match(toks, j)
		_, vague, _ := f.lex.anonymous.match(toks, j)
		if j > cut && hasAl(&toks[j]) && !f.lex.titles.hasBare(&toks[j]) && kind == 0 && vague == 0 {
			j, al = j+1, al+1 // "… الاصبحي": the family name closes the name
			if al == 1 && f.lex.nameParts.has(toks[j-1].norm) {
				continue // "عز الدين", "عبد الله": a given name's part
			}
		}
		break
	}
	if j == cut || al == 0 && j < full && f.nameLike(toks, j) {
		return cut // no name, or more words than a name has: the object
	}
	return j
}

// circumstanceAfterName reports whether the preposition at toks[j] opens a
// circumstance after a person's name that closes the phrase from toks[k]:
// "الرئيس الأمريكي جون كارتر في افتتاح القمة", or the one it was said to
// ("روحاني لإردوغان إن"). The name must be sure: it holds a given name, or follows an
// honorific or a title's adjective ("الرئيس الكيني", "العميد"), and no name comes after
// the preposition ("مبعوث الاتحاد الأفريقي إلى مالي بيتر …"). "من" may give the person's
// body ("من جامعة …"), "لدى" the post, a body after another preposition an affiliation
// ("في وزارة الخارجية"): none ends the name; "عن" is "about" unless sitsFor.
func (f *finder) circumstanceAfterName(toks []token, k, j int) bool {
	t := &toks[j]
	// "وقال روحاني لإردوغان إن"; not ل with the article, which may join a name's body
	// ("مركز الملك عبدالعزيز للحوار الوطني"), unless a colon or a manner of saying follows (told)
	told := f.toldBeforeSaying(toks, k, j)
	addressee := !strings.HasPrefix(t.norm, "لل") && f.addresseeEnd(toks, j, true) > j || told
	if addressee && strings.HasPrefix(t.raw, "لا") && j > k+1 && !strings.HasSuffix(t.raw, "ه") && !pronounSuffixed(t) {
		// "وزير الخارجية الروسي سيرجي لافروف إن": ل before a name with a
		// hamza is written لأ or لإ ("لإردوغان"); after a title and a
		// name, "لا" starts the next part of the name
		addressee = false
	}
	about := t.norm == "عن" && !f.sitsFor(toks[k:j]) // "وقال الوزير سعد الحربي عن المشروع إنه": what about
	if !addressee {
		if !f.lex.prepositions.has(t.norm) || t.norm == "من" || t.norm == "عن" && !about || t.norm == "علي" || t.norm == "لدي" || j+1 >= len(toks) {
			return false
		}
		if _, n, _ := f.lex.kinds.match(toks, j+1); n > 0 && !about || toks[j+1].punct {
			return false
		}
	}
	s, e := f.arNameSpan(toks[k:j])
	if s < 0 || k+e != j || hasAl(&toks[k+s]) {
		return false
	}
	met := s == 0 && f.nameMet(toks[k:j]) // "وأضافت كلارك أمام الحضور" after "ماري كلارك"
	if !f.hasGivenName(toks[k+s:j]) && !met && !(addressee && s == 0 && !f.hasTitle(toks[k:j])) && !(told && s > 0 && f.hasTitle(toks[k:k+s])) {
		if s == 0 {
			return false
		}
		prev := &toks[k+s-1]
		// (not a title used as one: "وأكد الوزير أهمية …" has an object)
		if !(f.lex.honorifics.hasBare(prev) && !f.lex.titles.hasBare(prev)) &&
			!(hasAl(prev) && f.isAdjective(prev) && f.hasTitle(toks[k:k+s-1])) {
			return false
		}
	}
	// (after a given name, a name after عن is whom it is about: "وقال سالم الفهد عن الفريق سعد …")
	for c := j + 1; !(about && f.hasGivenName(toks[k+s:j])) && c < len(toks) && c < j+10 && !toks[c].punct && !f.opensContent(toks, c); c++ {
		if f.strongName(toks, c) {
			return false
		}
	}
	return true
}

// bodyChainAt reports whether toks[j] is a body's kind word joined to ل
// that opens a construct chain of two words: "لهيئة كبار العلماء" (not a
// verbal noun of purpose, "لدراسة كافة الأوضاع").
func (f *finder) bodyChainAt(toks []token, j, stop int) bool {
	if j+2 >= stop || !strings.HasPrefix(toks[j].norm, "ل") || hasAl(&toks[j+1]) || toks[j+1].punct || !hasAl(&toks[j+2]) {
		return false
	}
	bare := stripJoined(toks[j])
	k, n, _ := f.lex.kinds.match([]token{bare}, 0)
	return n > 0 && (k == model.SourceOrg || k == model.SourceGovernment)
}

// objectAfterAdverb finds what was said as the verb's object, a noun
// standing after the speaker past an adverb of time, a channel or a title
// between commas ("أعلنت شرطة المنطقة، اليوم (الخميس)، مقتل 3
// مهربين", "وذكرت مصادر لـ«اليمامة» أمس، وصول الوفد"): these close
// the speaker, so the noun after them is no part of it. Between them only
// commas, adverbs and a day in parentheses; 0 when nothing closes the
// speaker or no such noun follows.
func (f *finder) objectAfterAdverb(toks []token, k int) int {
	timed := false
	for guard := 0; k < len(toks) && guard < 8; guard++ {
		t := &toks[k]
		switch {
		case isComma(*t) && k+1 < len(toks) && f.lex.titles.hasBare(&toks[k+1]):
			// "وأعلن سليمان الراشد، رئيس نادي الساحل، ترشحه": a title set
			// off by commas closes the speaker
			c := k + 2
			for c < len(toks) && c < k+12 && !toks[c].punct {
				if _, verb := f.lex.verbAt(&toks[c]); verb {
					return 0
				}
				c++
			}
			if c >= len(toks) || !isComma(toks[c]) {
				return 0
			}
			timed = true
			k = c + 1
		case isComma(*t):
			k++
		case t.raw == "(":
			c := closingParen(toks, k, 4)
			if c == 0 {
				return 0
			}
			k = c + 1
		case f.lex.timeAdverbs.has(t.norm):
			timed = true
			k++
		case f.lex.adverbs.has(t.norm) || f.lex.timeAdjs.has(t.norm):
			k++
		case f.timePhraseAt(toks, k) > 0:
			timed = true
			k += f.timePhraseAt(toks, k)
		case f.lex.prepositions.has(t.norm) && k > 0 && isComma(toks[k-1]) && f.commaClosesAt(toks, k) > 0:
			timed = true // "أكد السفير هانسن، خلال الزيارة، أهمية …": the occasion, set off by commas
			k = f.commaClosesAt(toks, k)
		default:
			end, _, ok := f.arChannelAt(toks, k)
			if !ok || end <= k {
				guard = 8
				continue
			}
			k = end
			timed = true // "كشف أحد الناشرين لـ«الاقتصادية»، تراجع …": the channel closes the speaker too
		}
	}
	if !timed || k >= len(toks) {
		return 0
	}
	t := &toks[k]
	if t.punct || f.lex.prepositions.has(t.norm) || f.lex.stops.has(t.norm) || f.lex.relatives.has(t.norm) || isNegation(*t) ||
		f.lex.demonstratives.has(t.norm) || f.lex.subjectParticles.has(t.norm) ||
		isNumber(t.norm) || f.lex.titles.hasBare(t) || f.lex.honorifics.hasBare(t) {
		return 0
	}
	if _, ok := f.lex.verbAt(t); ok {
		return 0
	}
	return k
}

// partitive reports whether the particle at toks[j] closes a quantifier
// ("عدد من", "بعض من"): the speaker goes on to the group it counts —
// "شكا عدد من سكان الحي من انقطاع المياه".
func (f *finder) partitive(toks []token, j int) bool {
	if j == 0 {
		return false
	}
	for back := 1; back <= 2 && j-back >= 0; back++ {
		if _, n, _ := f.lex.quantifiers.match(toks, j-back); n == back+1 {
			return true
		}
	}
	return false
}

// arNPCut ends a noun phrase standing before a direct object: titles and
// names, a construct chain ("رئيس مجلس إدارة البنك") and its adjectives
// ("الأهلي المصري"), affiliations joined by ب or ل ("بمنطقة", "للجمارك");
// a definite noun that is no adjective after the phrase is complete, or
// any other word, starts the object ("ودانت الوزارة قيام …").
func (f *finder) arNPCut(toks []token, k, stop int) int {
	j := k
	if _, n, _ := f.lex.quantifiers.match(toks, j); n > 0 && j+n < stop {
		j += n
	}
	def, person, named, inName, given, placed, branched, issued, bracketed := false, false, false, false, false, false, false, false, false
	bare := 0 // words without the article after the preposition that placed the source
	_, nv, _ := f.lex.anonymous.match(toks, j)
	a := j // where the unnamed source starts, after a quantifier
	// a vague source and its adjective: "مصادر طبية", "وسائل إعلام محلية"
	vague := nv > 0 && j+nv < stop && (f.isAdjective(&toks[j+nv]) || f.negatedAdjective(toks, j+nv)) && !hasAl(&toks[j+nv])
	anon := nv > 0
	for ; j < stop; j++ {
		t := &toks[j]
		if bracketed && !(hasAl(t) && f.isAdjective(t)) {
			return j // "وزارة الدفاع (البنتاغون) عن التعليق": only an adjective follows a name in brackets
		}
		switch {
		case isQuote(*t):
			c := quotedRun(toks, j)
			if c < 0 || c >= stop || person && named || !f.quotedNameLike(toks, j, c) {
				return j // after a person's name, or a clause in marks: a quotation
			}
			j, named, inName = c, true, false
			def = def || placed // "مصادر من داخل «الصحيفة» استقالة …": the name ends the place
		case t.punct:
			if j > k && f.initialDot(toks, j) {
				continue
			}
			if c := f.bracketedBodyName(toks, k, j); c > j && c < stop {
				j, named, inName, bracketed = c, true, false, true // the name closes the phrase; an adjective may follow
				continue
			}
			return j
		case j > k && f.unveiledObject(toks, j):
			return j // "أزاحت شركة نوران الستار عن هاتفها": the idiom's object
		case j == k:
			def = hasAl(t)
			person = f.lex.titles.hasBare(t) || f.lex.honorifics.hasBare(t)
			inName = !def && !person && f.nameLike(toks, j)
			named = inName
		case f.nunatedPlural(toks, k, j):
			return j // "وانتقد معارضون الرئيس": a plural with its ن takes no genitive
		case !hasAl(t) && f.constructAfterAdjective(toks, a, j, stop):
			return j // "انتقدت جماعة حقوقية حكومة البلاد": the object
		case hasAl(t) && f.indefiniteWithAdjective(toks, a, j):
			return j // "وحملت فئة ثالثة اللاعبين المسؤولية": the object
		case j > k && (named || anon && j >= a+nv) && !hasAl(t) && (f.lex.objectHeads.has(t.norm) || anon && accusativeMasdar(t)) && !isGivenName(f.lex, t):
			return j // "أكد الرئيس أولي فيرتانن حرص حكومته", "وأكد خبراء أهمية …", "وتوقع محللون ارتفاعا": the object
		case j > k && given && j+1 < stop && !hasAl(t) && hasAl(&toks[j+1]) && derivedMasdar(t) && !isGivenName(f.lex, t) && !f.lex.titles.hasBare(t):
			return j // "أعلن العميد سامي الحربي انتهاء العملية": a derived verb's noun, then its complement
		case given && !inName && hasAl(t) && (f.lex.titles.hasBare(t) || f.lex.honorifics.hasBare(t)) && f.strongName(toks, j+1) || j > k && f.personAfterB(t):
			return j // "امتدح المدرب فلان اللاعب فلاناً": another person, the object; "ورحب الوزير بالسفير": whom
		case f.lex.titles.hasBare(t) || f.lex.honorifics.hasBare(t):
			person, inName, def = true, false, hasAl(t)
		case inName && f.lex.nameJoins.has(toks[j-1].norm):
			// the word after بن، آل، أبو is the name's, verb or not; after
			// آل it closes the name: "صالح آل طالب"
			if f.lex.familyJoins.has(toks[j-1].norm) {
				inName, def = false, true
			}
		case f.lex.nameJoins.has(t.norm):
			inName = true
		case j > k && f.kinApposition(toks, j, stop):
			person, inName, def = true, false, false // "الطالبة ابنة المعلمة": whose daughter she is
		case isGivenName(f.lex, t) || person && !named && def && f.nameLike(toks, j) && f.nameRunEnds(toks, j, stop):
			inName, named = true, true
			// a person's given name, not a place's ("جامعة الملك فيصل")
			given = given || isGivenName(f.lex, t) && !f.namesPlace(toks, j)
		case person && !named && def && f.z.aliases != nil && f.aliasAt(toks, j) > 0:
			// a name the alias table knows: "الرئيس الروسي فلاديمير بوتين بزيارة"
			n := f.aliasAt(toks, j)
			j += n - 1
			inName, named = false, true
		case inName && j == k+1 && f.wholeNameBeforeNoun(toks, k, j):
			return j // "وطالب كلاوس إدارة ناديه" after "يورغن كلاوس": the surname, then the object
		case inName && named && f.feminineObjectAfterName(toks, k, j, stop):
			return j // "وأطلق الرئيس فلان موروا مبادرة واسعة": the object
		case inName && f.nameLike(toks, j):
		case inName && hasAl(t) && f.lex.nameJoins.has(toks[j-1].norm):
			// "عبد الله": a compound given name; a family name may follow
		case inName && hasAl(t) && j == k+1 && !f.isAdjective(t) && f.surnameMet(toks[k:j]):
			return j // "ووصف عسيري الأنباء" after "أحمد عسيري": the surname, then the object
		case inName && hasAl(t) && f.lex.states.has(t.norm) && (given || f.lex.states.has(toks[j-1].norm)):
			// a state after a given name or another state's: the one
			// addressed ("وطالب الرئيس سامي الصين بـ", "واتهمت تونس الجزائر")
			return j
		case inName && hasAl(t):
			inName, def = false, true // the family name closes the name
		case f.lex.affiliations.has(t.norm):
			def = false // "المتحدث باسم الشركة"
		case anon && !placed && f.lex.descriptionPreps.has(t.norm) && f.bareAnonymous(toks[k:j]) && f.placesSource(toks, j, stop):
			// "مسؤول في أجهزة الإغاثة", "نشطاء من المستثمرين": an unnamed
			// source is described by where it belongs, once
			def, vague, placed = false, false, true
		case !issued && f.issuedByLen(toks, a, j, stop) > 0:
			j, issued, def, vague = j+f.issuedByLen(toks, a, j, stop)-1, true, false, false // "التقرير السنوي الصادر عن مؤسسة النقد": whose it is
		case !branched && t.norm == "في" && (f.branchPlace(toks, a, j, stop) || named && f.postAfterName(toks, k, j, stop)):
			branched, def = true, false // "مكتب الأمم المتحدة في الصومال": the office's place is its name's
		case f.lex.prepositions.has(t.norm) && person && !named && f.titleRunsOn(toks, k, j):
			def = false // "مندوب المملكة لدى الأمم المتحدة خالد …": the title's
		case f.lex.postPreps.has(t.norm) && f.titledTail(toks, k, j) && f.postedAt(toks, j, stop):
			def = false // "مندوب روسيا الدائم لدى الأمم المتحدة": where the post is held
		case f.lex.prepositions.has(t.norm):
			return j
		case hasAl(t) && vague && !def && j > a+nv && !joinedPrep(t) && !joinedPrep(&toks[j-1]) && !f.lex.adjectiveComplements.hasBare(t):
			// after an indefinite source's adjective, a definite noun is the
			// object ("مصادر مطلعة النسبة بـ20"), bar the adjective's own
			// complement ("مسؤول رفيع المستوى")
			return j
		case hasAl(t):
			if def && (!f.isAdjective(t) || f.maqsuraNoun(t)) && !strings.HasPrefix(t.norm, "وال") && !joinedPrep(t) {
				return j // "اتهم فلان الفلاني المستشفى بـ": the object
			}
			def = true
		case j > k && f.verbalNounAfterB(toks, j):
			return j // "ورد مزارعون غاضبون بإغلاق الطريق": what they did, not where they belong
		case joinedPrep(t) && !f.lex.notBPrep.has(t.norm) && (hasAl(t) || j+1 < stop && hasAl(&toks[j+1]) || f.bodyChainAt(toks, j, stop)):
			// an affiliation: "بمنطقة المدينة", "للجمارك", "لهيئة كبار العلماء";
			// not a word whose ب is its own ("بسبب", "بلدية"), which after a
			// complete phrase opens what follows it: "انتقد النائب الوزير
			// بسبب التأخير", "طالب سكان الحي بلدية المدينة بـ"
			def = hasAl(t)
		case !def && vague && j > a+nv && !f.isAdjective(t):
			return j // a noun after a vague source's adjectives: "مصادر طبية مقتل …", "وسائل إعلام محلية نبأ …"
		case j > k && f.secondSource(toks, k, j):
			return j // "مصدر في شركة الموانئ وبيانات الملاحة": a second source
		case def && f.bodyDomainAt(toks, k, j, stop):
			def = false // "الهيئة العامة للأرصاد وحماية البيئة": the body's second field, then its noun
		case !def && placed && bare == 2:
			return j // "مصادر في مستشفيات بغداد حصيلة …": a place's name closes the chain
		case !def:
			if placed {
				bare++
			}
			// the construct chain goes on: "رئيس مجلس إدارة"
		default:
			return j
		}
	}
	return j
}

// nameRunEnds reports whether the run of name words from toks[j] ends the
// phrase (at stop, or before a stop word, a particle, what was said): a
// guessed name, not an object ("وصف مدير التعليم رباطة الجأش الذي …").
func (f *finder) nameRunEnds(toks []token, j, stop int) bool {
	k := j
	for k < stop && (f.nameLike(toks, k) || f.lex.nameJoins.has(toks[k].norm) ||
		k > j && hasAl(&toks[k]) && f.lex.nameJoins.has(toks[k-1].norm)) {
		k++ // "بن عبد الرحمن": after a join, a word with ال is the name's
	}
	if k < stop && hasAl(&toks[k]) && !f.isAdjective(&toks[k]) {
		k++ // a family name
		if k < stop && hasAl(&toks[k]) && f.isAdjective(&toks[k]) {
			k++ // after a compound given name: "عز الدين الأصبحي"
		}
	}
	if k >= len(toks) {
		return true
	}
	// Not a relative or a stop word ("رباطة الجأش الذي"), but what was
	// said or a preposition ("الوزير عز الدين الأصبحي بجهود …").
	if k == stop {
		if _, isVerb := f.lex.verbAt(&toks[k]); isVerb {
			return true // "عن الوزير ألكسندر نوفاك قوله"
		}
	}
	// A one-word name before a circumstance: "وقال الوزير كيري حول ذلك «…»".
	circumstance := k == j+1 && f.lex.prepositions.has(toks[k].norm) && !f.lex.affiliations.has(toks[k].norm) && toks[k].norm != "من" &&
		!strings.HasPrefix(toks[j].norm, "و")
	return toks[k].punct || f.opensContent(toks, k) || k == stop && (joinedPrep(&toks[k]) || f.lex.prepositions.has(toks[k].norm)) || circumstance ||
		k == stop && f.accusativeCircumstance(toks, k) && !f.placeInRun(toks, j, k) ||
		k == stop && (f.channelObjectAt(toks, k) || f.hisAfterBareName(toks, j-1, k)) // "ألقى السفير فلان علان كلمة", "اللاعب مجرشي سعادته": the object
}
