package timex

import (
	"strconv"
	"strings"
	"time"
)

// partOfDayHour is where each TIMEX3 part of the day starts, for ordering.
var partOfDayHour = map[string]int{"MO": 6, "MI": 12, "AF": 12, "EV": 18, "NI": 21, "DT": 9}

// Start is the first instant of the period a TIMEX3 DATE or TIME value
// names: "2017" is 2017-01-01, "199" (the 1990s) 1990-01-01, "2017-W42" its
// Monday, "2025-W09-WE" its Saturday, "2016-02-15T13:00" that minute,
// "2021-02-25TNI" that night and "2024-11-XX" its month. A timeline orders
// its events by it, as the values' text would put "2017-W42" after
// "2017-11". ok is false for values that name no calendar period
// (PRESENT_REF, XXXX-…, P3Y).
func Start(value string) (time.Time, bool) {
	date, clock, _ := strings.Cut(value, "T")
	if known, _, partial := strings.Cut(date, "X"); partial {
		// "2024-11-XX" starts with its month, "199X" with its decade,
		// "1989-WXX" with its year; the clock of such a day is unknown.
		date, clock = strings.TrimRight(known, "-W"), ""
	}
	var t time.Time
	switch {
	case len(date) == 2 || len(date) == 3: // a century or a decade
		n, err := strconv.Atoi(date)
		if err != nil {
			return time.Time{}, false
		}
		if len(date) == 2 {
			n *= 10
		}
		t = day(n*10, 1, 1)
	case strings.HasSuffix(date, "-WE"):
		p, ok := parsePoint(strings.TrimSuffix(date, "-WE"))
		if !ok || p.g != granWeek {
			return time.Time{}, false
		}
		t = p.t.AddDate(0, 0, 5)
	default:
		p, ok := parsePoint(date)
		if !ok {
			return time.Time{}, false
		}
		t = p.t
	}
	if clock == "" {
		return t, true
	}
	if h, ok := partOfDayHour[clock]; ok {
		return t.Add(time.Duration(h) * time.Hour), true
	}
	if len(clock) >= 2 {
		h, err := strconv.Atoi(clock[:2])
		if err == nil && h <= 24 {
			mi := 0
			if len(clock) >= 5 && clock[2] == ':' {
				mi, _ = strconv.Atoi(clock[3:5])
			}
			return t.Add(time.Duration(h)*time.Hour + time.Duration(mi)*time.Minute), true
		}
	}
	return t, true
}
