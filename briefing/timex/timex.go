// Package timex finds temporal expressions in text and normalises them to
// TimeML TIMEX3 types and values, resolving relative ones against a
// publication date.
//
// The design follows HeidelTime: word-class resources (lexicon.go), rules
// that pair a pattern with a normalisation (rules*.go), and a resolution pass
// in text order that anchors relative expressions to the publication date or
// to the date the narrative last named. Without a publication date relative
// expressions keep underspecified values (XXXX-XX-XX forms): nothing is
// invented.
package timex

// Timex is one temporal expression. Start and End are byte offsets into the
// text given to Tag; Text is exactly text[Start:End].
type Timex struct {
	Start, End int
	Text       string
	Type       string // DATE, TIME, DURATION or SET
	Value      string // TIMEX3 value, e.g. 2013-06-04, P3Y, PRESENT_REF
}

// TIMEX3 types.
const (
	Date     = "DATE"
	Time     = "TIME"
	Duration = "DURATION"
	Set      = "SET"
)

// Tag returns the temporal expressions of text in text order. published is
// the publication date as an ISO date or date-time ("" when unknown).
func Tag(text, published string) []Timex {
	dct, ok := ParseAnchor(published)
	r := resolver{text: text, hasDCT: ok}
	if ok {
		r.dct = point{day(dct.Year(), dct.Month(), dct.Day()), granDay, ""}
	}
	var out []Timex
	end := -1
	for _, c := range candidates(text) {
		if c.start < end {
			continue
		}
		m := &match{cand: c, r: &r}
		typ, val := r.resolve(m)
		if typ == "" {
			continue // a shorter candidate at the same place may still fit
		}
		end = m.end
		out = append(out, Timex{Start: m.start, End: m.end, Text: text[m.start:m.end], Type: typ, Value: val})
	}
	return out
}

// resolver carries what normalisation needs across one text: the anchor and
// the date the narrative last named.
type resolver struct {
	text   string
	dct    point
	hasDCT bool
	ref    point
	hasRef bool
	// quarter is the last fiscal quarter named, and where: in results
	// reports "a year ago" compares with that quarter.
	quarter   point
	quarterAt int
	hasQtr    bool
}

// quarterNear is the quarter named within the last few paragraphs, if any.
func (r *resolver) quarterNear(at int) (point, bool) {
	return r.quarter, r.hasQtr && at-r.quarterAt < quarterReach
}

const quarterReach = 2500

// resolve normalises one candidate and remembers calendar dates as the
// reference for later narrative-relative expressions.
func (r *resolver) resolve(m *match) (string, string) {
	typ, val := m.rule.norm(m)
	if typ == Date || typ == Time {
		if p, ok := parsePoint(val); ok && val[0] != 'X' && !m.rule.anaphoric {
			r.ref, r.hasRef = p, true
			if p.g == granQuarter {
				r.quarter, r.quarterAt, r.hasQtr = p, m.start, true
			}
		}
	}
	return typ, val
}
