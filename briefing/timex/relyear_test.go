package timex

import "testing"

// TestPartOfRelativeYear: a half or quarter "of last year", "of this year"
// or "of next year" is counted from the publication year ("last year" is
// not a spoken year number).
func TestPartOfRelativeYear(t *testing.T) {
	const dct = "2026-02-27"
	tests := []struct {
		text string
		want want
	}{
		{"Production began in the second half of last year.", want{"the second half of last year", Date, "2025-H2"}},
		{"Output rose in the first half of this year.", want{"the first half of this year", Date, "2026-H1"}},
		{"Deliveries start in the second half of next year.", want{"the second half of next year", Date, "2027-H2"}},
		{"Orders fell in the second quarter of last year.", want{"the second quarter of last year", Date, "2025-Q2"}},
		{"Orders matched last year's third quarter.", want{"last year's third quarter", Date, "2025-Q3"}},
		{"The plant opened in the first half of 2024.", want{"the first half of 2024", Date, "2024-H1"}},
	}
	for _, tt := range tests {
		check(t, tt.text, dct, tt.want)
	}
}
