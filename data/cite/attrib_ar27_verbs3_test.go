package cite_test

import "testing"

// Constructions of the twenty-seventh session's third verb audit (plain
// verb–subject–أن sentences missed). Sentences and names invented.

func TestArabicConsidererBeforeThat(t *testing.T) {
	runCases(t, []attrCase{
		{"after اعتبر, a bare definite noun phrase followed by أن is the one who holds the view",
			[]string{"واعتبر الدوسري أن خطة النقل الجديدة جاءت متأخرة.",
				"ويعتبر الحمداني أن ملعب المدينة يحتاج إلى صيانة.",
				"واعتبر المتطوعون، في ختام الحملة، أن المشاركة فاقت التوقعات."},
			"واعتبر|الدوسري|الدوسري ; ويعتبر|الحمداني|الحمداني ; واعتبر|المتطوعون|المتطوعون"},
		{"an object and its predicate stay what is considered",
			[]string{"واعتبر القرار خطوة في الاتجاه الصحيح."},
			""},
		{"an أن further on belongs to another clause: the verb is the passive \"is considered\"",
			[]string{"وتعتبر البحيرة من أجمل المعالم السياحية في المنطقة، حيث إنها تستقبل آلاف الزوار.",
				"ويعتبر الحمداني من أبرز المواهب التي ظهرت هذا الموسم إلا أن الإصابات أبعدته.",
				"ويعتبر الملعب من أكبر الملاعب إلا أن صيانته متأخرة.",
				"وتعتبر البحيرة من أجمل المعالم، غير أن الوصول إليها صعب."},
			""},
	})
}
