package cite_test

import "testing"

// Constructions of the twenty-seventh session (a speaker going on after
// what he reported, in the same sentence). Sentences and names invented.

func TestArabicSpeakerResumesAfterReport(t *testing.T) {
	runCases(t, []attrCase{
		{"a joined verb agreeing with the speaker, after his reported clause, is his next statement",
			[]string{"أعلن المدرب كمال الراشد أمس رحيل ثلاثة لاعبين عن الفريق.",
				"وقال إنه يريد أن يبني فريقا شابا وأضاف أن الصفقات الجديدة تكتمل الأسبوع المقبل."},
			"أعلن|المدرب كمال الراشد|كمال-الراشد ; وقال||كمال-الراشد|res ; وأضاف||كمال-الراشد|res"},
		{"a body, feminine, goes on the same way; a thing opening the clause is no one",
			[]string{"وأعلنت هيئة الموانئ أنها فتحت تحقيقا في الحادث وأكدت أن العمل في الرصيف لم يتوقف.",
				"ووصف المصرف الأهلي الاقتصاد بأنه ينمو ببطء وقال إن قطاع البناء تحسن."},
			"وأعلنت|هيئة الموانئ|هيءه-الموانء ; وأكدت||هيءه-الموانء|res ; ووصف|المصرف الأهلي|المصرف-الاهلي ; وقال||المصرف-الاهلي|res"},
		{"a subject of the reported clause keeps the joined verb inside; another gender is not his",
			[]string{"وقال المدرب كمال الراشد إن الحارس وصل متأخرا وأكد أن الفريق جاهز.",
				"وقال المهاجم سعيد النمر إن الصحف امتدحت الفريق وقالت إنه الأفضل."},
			"وقال|المدرب كمال الراشد|كمال-الراشد ; وقال|المهاجم سعيد النمر|سعيد-النمر"},
	})
}
