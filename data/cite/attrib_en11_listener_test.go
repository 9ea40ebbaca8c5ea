package cite_test

import "testing"

// A report that closes its sentence with a verb of speaking to someone:
// past the listener, bare or with its article, and the time. Sentences and
// names invented for these tests.
func TestEnglishToldListenerClosing(t *testing.T) {
	runCases(t, []attrCase{
		{"a bare plural listener",
			[]string{"The accountant never signed the ledgers, a clerk has told jurors."},
			"told|a clerk|a-clerk"},
		{"a listener and the day",
			[]string{"The van was parked outside all night, a neighbour told the court on Friday."},
			"told|a neighbour|a-neighbour"},
		{"a body told a bare plural and the time",
			[]string{"Orders at Pellam fell sharply, the company told investors last week."},
			"told|the company|company"},
		{"nothing said before: no report",
			[]string{"The firm has told staff."},
			""},
	})
}
