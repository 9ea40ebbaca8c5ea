package data

import (
	"strings"
	"testing"
)

func TestSplitSentences(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"arabic full stops", "قال الرئيس ذلك. ثم غادر.", []string{"قال الرئيس ذلك.", "ثم غادر."}},
		{"arabic question and exclamation", "هل انتهى؟ نعم! انتهى.", []string{"هل انتهى؟", "نعم!", "انتهى."}},
		{"doctor abbreviation", "إعداد: د. مصطفى عيد إبراهيم- خبير في الشئون الدولية", []string{"إعداد: د. مصطفى عيد إبراهيم- خبير في الشئون الدولية"}},
		{"doctor mid-text", "وقال د. أحمد إن الأمر خطير. وأضاف آخرون.", []string{"وقال د. أحمد إن الأمر خطير.", "وأضاف آخرون."}},
		{"latin abbreviations", "The U.S. and Japan agreed, e.g. on trade. Talks went on.", []string{"The U.S. and Japan agreed, e.g. on trade.", "Talks went on."}},
		{"initials", "Written by J. R. Smith in 2024. Next.", []string{"Written by J. R. Smith in 2024.", "Next."}},
		{"arabic middle initial", "وقال ماثيو جيه. كارتر إن الأسعار ارتفعت. وانتهى.", []string{"وقال ماثيو جيه. كارتر إن الأسعار ارتفعت.", "وانتهى."}},
		{"letter acronym ends a sentence", "وفقاً لشركة «إس تي إل». وقال آخرون.", []string{"وفقاً لشركة «إس تي إل».", "وقال آخرون."}},
		{"letters ending an acronym", "أعلنت شركة جي إل إل. وقال آخرون.", []string{"أعلنت شركة جي إل إل.", "وقال آخرون."}},
		{"page and n.d.", "See Smith (n.d.) at p. 12 for this. Then go.", []string{"See Smith (n.d.) at p. 12 for this.", "Then go."}},
		{"decimals and thousands", "ارتفع بنسبة 3.5 في المئة إلى 1.000 جندي. ثم توقف.", []string{"ارتفع بنسبة 3.5 في المئة إلى 1.000 جندي.", "ثم توقف."}},
		{"number ends a sentence", "بلغ العدد 12. وقال آخرون.", []string{"بلغ العدد 12.", "وقال آخرون."}},
		{"domain", "زوروا موقع reuters.com للمزيد. شكراً.", []string{"زوروا موقع reuters.com للمزيد.", "شكراً."}},
		{"url with query", "See https://example.org/a?b=1.html now. Done.", []string{"See https://example.org/a?b=1.html now.", "Done."}},
		{"list number at start", "1. التحولات الجيوسياسية: نص. تسعى موسكو.", []string{"1. التحولات الجيوسياسية: نص.", "تسعى موسكو."}},
		{"citation group", "وصلت القوات (Reuters, 2024d؛ Al Jazeera, 2024). ثم بدأت.", []string{"وصلت القوات (Reuters, 2024d؛ Al Jazeera, 2024).", "ثم بدأت."}},
		{"citation with periods inside", "كما ورد (Smith et al., n.d.; p. 5). وانتهى.", []string{"كما ورد (Smith et al., n.d.; p. 5).", "وانتهى."}},
		{"quotation kept whole", "وقال: “الأمر خطير. سنرد. هذا مؤكد”. ثم غادر.", []string{"وقال: “الأمر خطير. سنرد. هذا مؤكد”.", "ثم غادر."}},
		{"quotation ending in a period", "He said “It is over.” Then he left.", []string{"He said “It is over.”", "Then he left."}},
		{"unbalanced quote then another", "قال “إن الأمر خطير. وأضاف أنه قلق. وقال: “أعتقد ذلك”. انتهى.",
			[]string{"قال “إن الأمر خطير.", "وأضاف أنه قلق.", "وقال: “أعتقد ذلك”.", "انتهى."}},
		{"quote never closed", "“يبدو هذا صحيحاً. لكن لا. فعلاً.", []string{"“يبدو هذا صحيحاً.", "لكن لا.", "فعلاً."}},
		{"closing mark without opening", "كلام مختلفة”، كما يقول فلان. وانتهى.", []string{"كلام مختلفة”، كما يقول فلان.", "وانتهى."}},
		{"straight closing mark without opening", `وقال إن الكلفة مرتفعة". وخضع الملعب للصيانة. وأوضح المصدر "نعم".`,
			[]string{`وقال إن الكلفة مرتفعة".`, "وخضع الملعب للصيانة.", `وأوضح المصدر "نعم".`}},
		{"straight mark after a colon and a space still opens", `وزاد:" لقد تابعته. وكان نجماً". وانتهى.`,
			[]string{`وزاد:" لقد تابعته. وكان نجماً".`, "وانتهى."}},
		{"guillemets", "قال «انتهى الأمر. نعم» ثم خرج. وعاد.", []string{"قال «انتهى الأمر. نعم» ثم خرج.", "وعاد."}},
		{"ascii quotes", `وصفوه بأنه "محور كيم-بوتين" جديد. وانتهى.`, []string{`وصفوه بأنه "محور كيم-بوتين" جديد.`, "وانتهى."}},
		{"ellipsis ends", "وانتظر… ثم عاد.", []string{"وانتظر…", "ثم عاد."}},
		{"three dots end", "وانتظر... ثم عاد.", []string{"وانتظر...", "ثم عاد."}},
		{"elision inside", "كتب ... في الصحيفة أن الأمر انتهى.", []string{"كتب ... في الصحيفة أن الأمر انتهى."}},
		{"lower-case after period", "approx. three hundred. Then more.", []string{"approx. three hundred.", "Then more."}},
		{"glued arabic sentences", "انتهى الأمر.وقال آخرون شيئاً.", []string{"انتهى الأمر.", "وقال آخرون شيئاً."}},
		{"a name spelt with dots is no glued sentence", "وقالت إل.جي إنها ستطرحه. وقالت بي.إم.آي إنها قلقة.", []string{"وقالت إل.جي إنها ستطرحه.", "وقالت بي.إم.آي إنها قلقة."}},
		{"a name of letters three long with dots is no glued sentence", "وقالت جيه.إل.إل إن الطلب تراجع. وأضافت أنه سيعود.", []string{"وقالت جيه.إل.إل إن الطلب تراجع.", "وأضافت أنه سيعود."}},
		{"a title of one letter with its name glued on is no sentence end", "وذكر د.عبدالرحمن الحقباني أنه يؤيد. وأشار م.القحطاني إلى ذلك.", []string{"وذكر د.عبدالرحمن الحقباني أنه يؤيد.", "وأشار م.القحطاني إلى ذلك."}},
		{"a sentence glued to the next one still ends", "وقعت الاتفاقية الدولية.وقال الوزير إنها مهمة.", []string{"وقعت الاتفاقية الدولية.", "وقال الوزير إنها مهمة."}},
		{"a sentence glued to the next, a closing quote before the period", "نقلت ذلك «الصحيفة الدولية».وقال الوزير إنها مهمة.", []string{"نقلت ذلك «الصحيفة الدولية».", "وقال الوزير إنها مهمة."}},
		{"a sentence glued to the next, a closing quote after the period", "وقال: «انتهت المهمة.»وأضاف أن العمل مستمر.", []string{"وقال: «انتهت المهمة.»", "وأضاف أن العمل مستمر."}},
		{"a sentence glued to the next after a word of three letters", "وقال الوزير ذلك.وأضاف أن العمل مستمر.", []string{"وقال الوزير ذلك.", "وأضاف أن العمل مستمر."}},
		{"interrobang", "حقاً؟! نعم.", []string{"حقاً؟!", "نعم."}},
		{"no terminator", "نص بلا نهاية", []string{"نص بلا نهاية"}},
		{"lone mark glued back", "انتهى. ”", []string{"انتهى. ”"}},
		{"far parenthesis does not protect", "بدأ (" + strings.Repeat("كلام طويل جداً هنا. ", 80) + ") انتهى.", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			spans := splitSentences(tc.in, false)
			var got []string
			for _, sp := range spans {
				got = append(got, tc.in[sp[0]:sp[1]])
			}
			if tc.want == nil { // only: the far parenthesis did not glue everything
				if len(got) < 10 {
					t.Fatalf("an unclosed-for-long parenthesis swallowed the text: %d sentences", len(got))
				}
				return
			}
			if strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("\n got %q\nwant %q", got, tc.want)
			}
		})
	}
}

func TestSplitSentencesWhole(t *testing.T) {
	s := "  Reuters. (2024, December 5). North Korea-Russia treaty. "
	sp := splitSentences(s, true)
	if len(sp) != 1 || s[sp[0][0]:sp[0][1]] != strings.TrimSpace(s) {
		t.Fatalf("whole: got %v", sp)
	}
	if splitSentences("   ", false) != nil {
		t.Fatal("blank text has no sentence")
	}
}

func BenchmarkSplitSentences(b *testing.B) {
	raw, err := embedded.ReadFile("corpus/000_d495414d1009f6e2.txt")
	if err != nil {
		b.Fatal(err)
	}
	s := collapseSpace(string(raw))
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		splitSentences(s, false)
	}
}
