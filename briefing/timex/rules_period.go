package timex

import (
	"fmt"
	"strings"
	"time"
)

// seasonIndex orders seasons within a "season year": winter belongs to the
// year its December is in.
var seasonIndex = map[string]int{"SP": 0, "SU": 1, "FA": 2, "WI": 3}

// currentSeason is the season year and index of t.
func currentSeason(t time.Time) (int, int) {
	y, mo := t.Year(), t.Month()
	if mo <= 2 {
		return y - 1, 3
	}
	return y, seasonIndex[seasonOf(mo)]
}

var seasonCue = map[string]bool{
	"in": true, "this": true, "the": true, "during": true, "by": true, "since": true, "until": true,
	"over": true, "through": true, "early": true, "late": true, "mid": true, "last": true, "next": true,
	"of": true, "for": true, "before": true, "after": true, "throughout": true,
}

func normSeason(m *match) (string, string) {
	code := seasonCode(m.s("s"))
	rel := strings.ToLower(m.s("rel"))
	if m.has("y") {
		return Date, fmt.Sprintf("%04d-%s", year2(m.s("y")), code)
	}
	if rel == "" && !m.has("mod") && !seasonCue[m.before()] {
		return "", ""
	}
	if rel == "the" && m.after() == "of" {
		return "", "" // "the fall of the Berlin Wall"
	}
	if rel == "that" {
		if m.r.hasRef {
			return Date, fmt.Sprintf("%04d-%s", m.r.ref.t.Year(), code)
		}
		return Date, "XXXX-" + code
	}
	if !m.r.hasDCT {
		return Date, "XXXX-" + code
	}
	y, cur := currentSeason(m.r.dct.t)
	want := seasonIndex[code]
	switch {
	case rel == "last" || rel == "past" || rel == "previous":
		if want >= cur {
			y--
		}
	case rel == "next" || rel == "coming":
		if want <= cur {
			y++
		}
	case rel == "this":
	default: // "the summer", "in summer"
		t := m.tense()
		if t == tenseFuture && want < cur {
			y++
		} else if (t == tensePast || t == tenseNone) && want > cur {
			y--
		}
	}
	return Date, fmt.Sprintf("%04d-%s", y, code)
}

// relYear reads "this year", "last year", "next year" (or the first word
// alone, as in "last year's third quarter") or a year number.
func (m *match) relYear(s string) (int, bool) {
	s = strings.ToLower(strings.Join(strings.Fields(s), " "))
	word, _, _ := strings.Cut(s, " ")
	step := 0
	switch word {
	case "this":
	case "last":
		step = -1
	case "next":
		step = 1
	default: // a number, written or spoken ("nineteen ninety")
		n := year2(s)
		return n, n > 0
	}
	if !m.r.hasDCT {
		return 0, false
	}
	return m.r.dct.t.Year() + step, true
}

func normQuarter(m *match) (string, string) {
	if t := m.text(); len(t) > 4 && strings.EqualFold(t[:4], "the ") && strings.Contains(t, "-quarter") && !m.has("y") {
		m.start += 4 + len(t[4:]) - len(strings.TrimLeft(t[4:], " \t\n")) // "the third-quarter results": an adjective
	}
	q := ordinalOf(m.s("ord"))
	rel := strings.ToLower(m.s("rel"))
	var y int
	var ok bool
	switch {
	case m.has("y"):
		y, ok = m.relYear(m.s("y"))
	case m.has("yr"):
		y, ok = m.relYear(m.s("yr"))
	case m.has("ty"):
		y, ok = m.relYear(m.s("ty"))
	case strings.Contains(rel, "year-"):
		y, ok = m.quarterYear(q)
		y--
	default:
		y, ok = m.quarterYear(q)
	}
	if !ok {
		return Date, fmt.Sprintf("XXXX-Q%d", q)
	}
	return Date, fmt.Sprintf("%04d-Q%d", y, q)
}

// normHalf reads "the second half", "the last half of 1989" and "the first
// two quarters of 1990" as halves of a year.
func normHalf(m *match) (string, string) {
	h := 1
	switch strings.ToLower(m.s("ord") + m.s("two")) {
	case "second", "last", "latter":
		h = 2
	}
	if !m.has("y") && !strings.HasPrefix(strings.ToLower(m.text()), "the") {
		return "", "" // "first half" alone is too often a game's
	}
	if !m.has("y") && m.after() == "of" {
		return "", "" // "the last half of the '80s", "the first half of the match"
	}
	y, ok := 0, false
	if m.has("y") {
		y, ok = m.relYear(m.s("y"))
	} else if m.r.hasDCT {
		y, ok = m.r.dct.t.Year(), true
		if h == 2 && m.r.dct.t.Month() <= 6 && m.tense() != tenseFuture {
			y--
		}
	}
	if !ok {
		return Date, fmt.Sprintf("XXXX-H%d", h)
	}
	return Date, fmt.Sprintf("%04d-H%d", y, h)
}

func normHoliday(m *match) (string, string) {
	typ, v := normHolidayDay(m)
	if p, ok := parsePoint(v); ok && m.has("wk") {
		return typ, p.at(granWeek).String() // "Easter week", "Christmas week"
	}
	if m.has("wk") {
		return typ, "XXXX-WXX"
	}
	return typ, v
}

func normHolidayDay(m *match) (string, string) {
	name := strings.ToLower(strings.Join(strings.Fields(m.s("h")), " "))
	if m.has("y") {
		return Date, holiday(name, year2(m.s("y"))).Format("2006-01-02")
	}
	if !m.r.hasDCT {
		return Date, "XXXX-XX-XX"
	}
	y0 := m.r.dct.t.Year()
	t := holiday(name, y0)
	mo, d := t.Month(), t.Day()
	y, _ := m.yearFor(mo, d)
	if y != y0 {
		t = holiday(name, y)
	}
	return Date, t.Format("2006-01-02")
}

// holiday is the date of a named holiday in year y.
func holiday(name string, y int) time.Time {
	var t time.Time
	switch {
	case strings.HasPrefix(name, "christmas eve"):
		t = day(y, 12, 24)
	case strings.HasPrefix(name, "christmas"):
		t = day(y, 12, 25)
	case name == "new year's eve":
		t = day(y, 12, 31)
	case strings.HasPrefix(name, "new year"):
		t = day(y, 1, 1)
	case strings.HasPrefix(name, "thanksgiving"):
		t = nthWeekday(y, 11, time.Thursday, 4)
	case strings.HasPrefix(name, "independence"):
		t = day(y, 7, 4)
	case name == "halloween":
		t = day(y, 10, 31)
	case strings.HasPrefix(name, "valentine"):
		t = day(y, 2, 14)
	case strings.HasPrefix(name, "memorial"):
		t = nthWeekday(y, 6, time.Monday, 0).AddDate(0, 0, -7)
	case strings.HasPrefix(name, "labor"):
		t = nthWeekday(y, 9, time.Monday, 1)
	case strings.HasPrefix(name, "election"):
		t = nthWeekday(y, 11, time.Monday, 1).AddDate(0, 0, 1) // the Tuesday after the first Monday
	case strings.HasPrefix(name, "veterans"):
		t = day(y, 11, 11)
	default:
		t = easter(y)
	}
	return t
}

// nthWeekday is the n-th weekday wd of a month (n = 0: the first of the
// following month's first such weekday, used to count back).
func nthWeekday(y int, mo time.Month, wd time.Weekday, n int) time.Time {
	t := day(y, mo, 1)
	for t.Weekday() != wd {
		t = t.AddDate(0, 0, 1)
	}
	if n == 0 {
		return t
	}
	return t.AddDate(0, 0, 7*(n-1))
}

// easter is Easter Sunday of year y (anonymous Gregorian algorithm).
func easter(y int) time.Time {
	a, b, c := y%19, y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	mm := (a + 11*h + 22*l) / 451
	mo := (h + l - 7*mm + 114) / 31
	dd := (h+l-7*mm+114)%31 + 1
	return day(y, time.Month(mo), dd)
}
