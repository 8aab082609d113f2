package timex

// Financial results reports name the quarter they report and then compare
// with it by convention rather than by date. This file holds that
// convention; the rules that read such phrases call it.
//
//   - A quarter named without a year is in the publication year, or the
//     year before when that quarter is still to come and the sentence is
//     not in the future tense (quarterYear): results report a quarter just
//     ended.
//   - The results quarter is the latest quarter the report names that has
//     ended by the publication date; an earlier one named after it ("after
//     a flat second quarter") is a comparison and does not replace it. It
//     holds for quarterReach bytes, a few paragraphs.
//   - "the quarter", "this quarter's loss": the results quarter
//     (thisQuarter).
//   - "a year ago", "a year earlier", "year-earlier": the results quarter a
//     year back; once a span of months ("the first nine months") has been
//     named since the quarter, the comparison is of that span and means the
//     quarter's year, a year back (yearAgo).
//   - "the year-ago quarter": the results quarter a year back, whatever
//     span came between (quarterYearAgo).
//   - "the corresponding period last year", "the quarter a year ago": the
//     results quarter a year back, while no span of months has been named
//     since (periodYearAgo).
//   - "the 1988 period": the results quarter in 1988, while no span of
//     months has been named since; else the quarter last named, when it is
//     the last date named; else the year 1988 (periodIn).
//
// Without a results quarter the rules fall back on the publication date.

// results is what the convention remembers across a text.
type results struct {
	quarter point // the results quarter
	at      int   // where it was named
	ok      bool
	// monthsAt is one past where the last span of months ("the first nine
	// months") was named, 0 when none was.
	monthsAt int
}

const quarterReach = 2500

// noteSpan notes a duration val named at at: a span of months ("the first
// nine months") makes later comparisons speak of it.
func (r *resolver) noteSpan(val string, at int) {
	if val == "P6M" || val == "P9M" {
		r.res.monthsAt = at + 1
	}
}

// noteQuarter notes a date p the text names at at: the results quarter, if
// it is a quarter that has ended and is no earlier than the one in force.
func (r *resolver) noteQuarter(p point, at int) {
	if p.g == granQuarter && r.ended(p) && r.laterQuarter(p, at) {
		r.res.quarter, r.res.at, r.res.ok = p, at, true
	}
}

// ended reports whether quarter p has ended by the publication date (any
// quarter has, when there is none).
func (r *resolver) ended(p point) bool {
	return !r.hasDCT || !p.t.AddDate(0, 3, 0).After(r.dct.t)
}

// laterQuarter reports whether quarter p, named at at, should become the
// results quarter: it is no earlier than the one in force, if any.
func (r *resolver) laterQuarter(p point, at int) bool {
	_, near := r.quarterNear(at)
	return !near || !p.t.Before(r.res.quarter.t)
}

// quarterNear is the results quarter, when one was named within reach.
func (r *resolver) quarterNear(at int) (point, bool) {
	return r.res.quarter, r.res.ok && at-r.res.at < quarterReach
}

// spanSince reports whether a span of months was named after the results
// quarter.
func (r *resolver) spanSince() bool { return r.res.monthsAt > r.res.at }

// thisQuarter is "the quarter" or "this quarter's" at at: the results quarter.
func (r *resolver) thisQuarter(at int) (string, bool) {
	q, ok := r.quarterNear(at)
	if !ok {
		return "", false
	}
	return q.String(), true
}

// yearAgo is "a year ago" or "a year earlier" at at: the results quarter a
// year back, or its year a year back after a span of months.
func (r *resolver) yearAgo(at int) (string, bool) {
	q, ok := r.quarterNear(at)
	if ok && r.spanSince() {
		q = q.at(granYear)
	}
	return yearBack(q, ok)
}

// quarterYearAgo is "the year-ago quarter" at at: the results quarter a
// year back.
func (r *resolver) quarterYearAgo(at int) (string, bool) {
	return yearBack(r.quarterNear(at))
}

// periodYearAgo is "the corresponding period last year" at at: the results
// quarter a year back, unless a span of months was named since.
func (r *resolver) periodYearAgo(at int) (string, bool) {
	return yearBack(r.periodQuarter(at))
}

// yearBack is p a year back, when ok.
func yearBack(p point, ok bool) (string, bool) {
	if !ok {
		return "", false
	}
	return p.shift(-1, uYear).String(), true
}

// periodQuarter is the results quarter, when "the period" at at means it.
func (r *resolver) periodQuarter(at int) (point, bool) {
	q, ok := r.quarterNear(at)
	return q, ok && !r.spanSince()
}

// periodIn is "the 1988 period" at at, y the year as written.
func (r *resolver) periodIn(y string, at int) string {
	if q, ok := r.periodQuarter(at); ok {
		return y + q.String()[4:]
	}
	if b := r.byGran[granQuarter]; r.hasRef && r.ref.g == granQuarter && r.res.monthsAt <= b.at {
		return y + r.ref.String()[4:] // the quarter just named, ended or not
	}
	return y
}

// quarterYear is the year of quarter q named without one: the publication
// year, moved back when the quarter is still to come and the sentence is not
// in the future tense.
func (m *match) quarterYear(q int) (int, bool) {
	if !m.r.hasDCT {
		return 0, false
	}
	y := m.r.dct.t.Year()
	cur := (int(m.r.dct.t.Month())-1)/3 + 1
	if q > cur && m.tense() != tenseFuture {
		y--
	}
	return y, true
}
