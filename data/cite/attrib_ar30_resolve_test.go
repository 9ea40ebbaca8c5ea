package cite_test

import "testing"

// Constructions of the thirtieth session (resolution: an event tied to
// the entity its speaker names). Sentences and names invented.

func TestArabicUnveiledObject(t *testing.T) {
	runCases(t, []attrCase{
		{"the idiom of revealing: النقاب before عن is the verb's object, not a word of the speaker's name",
			[]string{"كشفت شركة نوران النقاب عن جهازها اللوحي الجديد."},
			"كشفت|شركة نوران|نوران"},
		{"so the body met as the subject of أزاح … الستار عن is the company a later الشركة speaks for",
			[]string{"أزاحت شركة نوران الستار عن جهازها اللوحي الجديد أمس.", "وقالت الشركة إن الجهاز يصل الأسواق الشهر المقبل."},
			"وقالت|الشركة|نوران"},
		{"a name ending in a definite word keeps it when no عن follows",
			[]string{"وقال رئيس نادي الستار الرياضي سالم العتيبي إن الفريق جاهز."},
			"وقال|رئيس نادي الستار الرياضي سالم العتيبي|سالم-العتيبي"},
	})
}

func TestArabicBodyMetBefore(t *testing.T) {
	runCases(t, []attrCase{
		{"a sentence whose only cue passes the news on still names its subject: the company a later الشركة is",
			[]string{"أزاحت شركة نوران الستار عن جهازها اللوحي الجديد، بحسب موقع تقني متخصص.", "وقالت الشركة إن الجهاز يصل الأسواق الشهر المقبل."},
			"بحسب|موقع تقني متخصص|تقني-متخصص ; وقالت|الشركة|نوران"},
		{"a body met with its kind word before its name is what that word names later, though a person spoke in between",
			[]string{"صرفت جمعية «آفاق» مليون ريال للأسر المحتاجة.", "وقال رئيس المجلس البلدي سالم العتيبي إن الدعم مستمر.", "وتدعو الجمعية الأسر إلى تحديث بياناتها."},
			"وقال|رئيس المجلس البلدي سالم العتيبي|سالم-العتيبي ; وتدعو|الجمعية|افاق"},
		{"not a thing whose phrase only holds the kind word: a plane of the company is no company",
			[]string{"سقطت طائرة تابعة لشركة الطيران الوطنية أمس.", "وقال شاهد عيان إن الطائرة اشتعلت.", "وأعلنت الشركة فتح تحقيق في الحادث."},
			"وقال|شاهد عيان|anon-witnesses ; وأعلنت|الشركة|الشركه"},
	})
}

func TestArabicFamilyNameArticle(t *testing.T) {
	runCases(t, []attrCase{
		{"a family name written without its article after the given name is the same person",
			[]string{"وأوضح مدير المهرجان سامر اليماني أن الفعاليات متجددة.", "وأشار سامر يماني إلى أن الإقبال كبير."},
			"وأوضح|مدير المهرجان سامر اليماني|سامر-اليماني ; وأشار|سامر يماني|سامر-اليماني"},
		{"another given name with that family name is someone else",
			[]string{"وأوضح مدير المهرجان سامر اليماني أن الفعاليات متجددة.", "وأشار خالد يماني إلى أن الإقبال كبير."},
			"وأوضح|مدير المهرجان سامر اليماني|سامر-اليماني ; وأشار|خالد يماني|خالد-يماني"},
	})
}

func TestArabicNationalityBeforeName(t *testing.T) {
	runCases(t, []attrCase{
		{"the adjective of nationality before a foreigner's name is no word of the name: the surname alone later is he",
			[]string{"وقال البرتغالي فرناندو كوستاس مدرب الفريق إن اللاعبين جاهزون.", "وأضاف كوستاس أن المباراة صعبة."},
			"وقال|البرتغالي فرناندو كوستاس مدرب الفريق|فرناندو-كوستاس ; وأضاف|كوستاس|فرناندو-كوستاس"},
		{"a state's adjective before a description is no name",
			[]string{"وقال السعودي الأول في الترتيب إن الفريق جاهز."},
			"وقال|السعودي الأول في الترتيب|السعودي-الاول-في-الترتيب"},
	})
}

func TestArabicForeignGivenName(t *testing.T) {
	runCases(t, []attrCase{
		{"a foreigner brought in by his nationality is called by his first name alone later",
			[]string{"قال الكرواتي ستيبان كوفاتش، مدرب الفريق، إن اللاعبين جاهزون.", "وأعرب ستيبان عن سعادته بالأداء."},
			"قال|الكرواتي ستيبان كوفاتش|ستيبان-كوفاتش ; وأعرب|ستيبان|ستيبان-كوفاتش"},
		{"not when no nationality brought him in",
			[]string{"قال المدرب ستيبان كوفاتش إن اللاعبين جاهزون.", "وأعرب ستيبان عن سعادته بالأداء."},
			"قال|المدرب ستيبان كوفاتش|ستيبان-كوفاتش ; وأعرب|ستيبان|ستيبان"},
	})
}
