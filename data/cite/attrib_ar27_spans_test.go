package cite_test

import "testing"

// Speaker spans of the twenty-seventh session: exactly the speaker, not
// what follows it. Sentences and names invented.

func TestArabicChannelAfterCommaName(t *testing.T) {
	runCases(t, []attrCase{
		{"after a title, its comma and a sure name, the medium it was said to closes the name",
			[]string{"وقال رئيس نقابة الخبازين في المدينة، المهندس سامر الحلبي لـ«الأخبار» إن الأسعار سترتفع.",
				"وأوضح نائب مدير المصنع، فيصل سلوم لـ\"الصباح\" أن الإنتاج توقف."},
			"وقال|رئيس نقابة الخبازين في المدينة، المهندس سامر الحلبي|سامر-الحلبي|ch=الاخبار ; " +
				"وأوضح|نائب مدير المصنع، فيصل سلوم|فيصل-سلوم|ch=الصباح"},
	})
}
