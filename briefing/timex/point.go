package timex

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// gran is the granularity of a calendar point, coarsest first.
type gran int

const (
	granCentury gran = iota
	granDecade
	granYear
	granHalf
	granSeason
	granQuarter
	granMonth
	granWeek
	granDay
)

// point is a calendar point at a granularity: the TIMEX3 value of a DATE.
// t holds the first day of the period (any day of it for weeks).
type point struct {
	t      time.Time
	g      gran
	season string // SP, SU, FA, WI when g == granSeason
}

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

// String formats p as a TIMEX3 value.
func (p point) String() string {
	y := p.t.Year()
	switch p.g {
	case granCentury:
		return fmt.Sprintf("%02d", y/100)
	case granDecade:
		return fmt.Sprintf("%03d", y/10)
	case granYear:
		return fmt.Sprintf("%04d", y)
	case granHalf:
		return fmt.Sprintf("%04d-H%d", y, (int(p.t.Month())-1)/6+1)
	case granSeason:
		return fmt.Sprintf("%04d-%s", y, p.season)
	case granQuarter:
		return fmt.Sprintf("%04d-Q%d", y, (int(p.t.Month())-1)/3+1)
	case granMonth:
		return fmt.Sprintf("%04d-%02d", y, int(p.t.Month()))
	case granWeek:
		wy, w := p.t.ISOWeek()
		return fmt.Sprintf("%04d-W%02d", wy, w)
	}
	return p.t.Format("2006-01-02")
}

// unit is a calendar unit of shifts and durations.
type unit int

const (
	uNone unit = iota
	uSecond
	uMinute
	uHour
	uDay
	uWeek
	uMonth
	uQuarter
	uYear
	uDecade
	uCentury
)

// granOf is the granularity a shift by u naturally has.
func granOf(u unit) gran {
	switch u {
	case uCentury:
		return granCentury
	case uDecade:
		return granDecade
	case uYear:
		return granYear
	case uQuarter:
		return granQuarter
	case uMonth:
		return granMonth
	case uWeek:
		return granWeek
	}
	return granDay
}

// shift moves p by n units, keeping its granularity.
func (p point) shift(n int, u unit) point {
	t := p.t
	if p.g < granWeek { // month arithmetic from the first of the month never overflows
		t = day(t.Year(), t.Month(), 1)
	}
	switch u {
	case uCentury:
		t = t.AddDate(100*n, 0, 0)
	case uDecade:
		t = t.AddDate(10*n, 0, 0)
	case uYear:
		t = t.AddDate(n, 0, 0)
	case uQuarter:
		t = t.AddDate(0, 3*n, 0)
	case uMonth:
		t = t.AddDate(0, n, 0)
	case uWeek:
		t = t.AddDate(0, 0, 7*n)
	case uDay:
		t = t.AddDate(0, 0, n)
	}
	p.t = t
	return p
}

// at returns p at granularity g (coarser or finer).
func (p point) at(g gran) point {
	p.g = g
	if g == granSeason && p.season == "" {
		p.season = seasonOf(p.t.Month())
	}
	return p
}

func seasonOf(m time.Month) string {
	switch m {
	case 3, 4, 5:
		return "SP"
	case 6, 7, 8:
		return "SU"
	case 9, 10, 11:
		return "FA"
	}
	return "WI"
}

// parsePoint reads a calendar TIMEX3 value back (2013, 2013-06, 2013-06-04,
// 2013-Q2, 2013-W23, 2013-SU, 2013-H1, with an optional time part ignored).
func parsePoint(v string) (point, bool) {
	if i := strings.IndexByte(v, 'T'); i >= 0 {
		v = v[:i]
	}
	if len(v) < 4 || v[0] == 'X' || v[0] == 'P' {
		return point{}, false // XXXX-…, PRESENT_REF, P3Y: no error built to say so
	}
	y, err := strconv.Atoi(v[:4])
	if err != nil {
		return point{}, false
	}
	rest := v[4:]
	switch {
	case rest == "":
		return point{day(y, 1, 1), granYear, ""}, true
	case len(rest) == 3 && rest[1] == 'Q':
		q := int(rest[2] - '0')
		if q >= 1 && q <= 4 {
			return point{day(y, time.Month(3*q-2), 1), granQuarter, ""}, true
		}
	case len(rest) == 3 && rest[1] == 'H':
		h := int(rest[2] - '0')
		if h == 1 || h == 2 {
			return point{day(y, time.Month(6*h-5), 1), granHalf, ""}, true
		}
	case len(rest) == 4 && rest[1] == 'W':
		w, err := strconv.Atoi(rest[2:])
		if err == nil && w >= 1 && w <= 53 {
			return point{isoWeekStart(y, w), granWeek, ""}, true
		}
	case len(rest) == 3:
		if m, err := strconv.Atoi(rest[1:]); err == nil && m >= 1 && m <= 12 {
			return point{day(y, time.Month(m), 1), granMonth, ""}, true
		}
		s := rest[1:]
		if s == "SP" || s == "SU" || s == "FA" || s == "WI" {
			return point{day(y, seasonMonth[s], 1), granSeason, s}, true
		}
	case len(rest) == 6:
		t, err := time.Parse("2006-01-02", v)
		if err == nil {
			return point{t, granDay, ""}, true
		}
	}
	return point{}, false
}

var seasonMonth = map[string]time.Month{"SP": 3, "SU": 6, "FA": 9, "WI": 12}

// isoWeekStart is the Monday of ISO week w of year y.
func isoWeekStart(y, w int) time.Time {
	t := day(y, 1, 4) // always in week 1
	wd := (int(t.Weekday()) + 6) % 7
	return t.AddDate(0, 0, -wd+7*(w-1))
}
