// Package timex finds temporal expressions in text and normalises them to
// TimeML TIMEX3 types and values, resolving relative ones against a
// publication date.
package timex

// Timex is one temporal expression. Start and End are byte offsets into the
// text given to Tag; Text is exactly text[Start:End].
type Timex struct {
	Start, End int
	Text       string
	Type       string // DATE, TIME, DURATION or SET
	Value      string // TIMEX3 value, e.g. 2013-06-04, P3Y, PRESENT_REF
}

// Tag returns the temporal expressions of text in text order. published is
// the publication date as an ISO date or date-time ("" when unknown).
// Placeholder: finds nothing.
func Tag(text, published string) []Timex {
	return nil
}
