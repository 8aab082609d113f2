package timex

import (
	"fmt"
	"strings"
)

const reTZ = `(?:\s+(?-i:[ECMP][SD]T|GMT|UTC|Z)\b)?`

// timeRules read clock times, alone or with the day they fall on: "10:35
// a.m.", "5 p.m. EST, Nov. 6", "noon Thursday", "19:15 GMT".
var timeRules = []*rule{
	newRule("clock", `(?:(?:about|around|approximately|shortly\s+(?:before|after)|just\s+(?:before|after))\s+)?\b(?P<h>[01]?\d)(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ap>[ap]\.\s?m\b\.?|[ap]m\b)`+reTZ+`(?:,?\s+(?:on\s+)?(?:(?P<wd>`+reWeekday+`)|(?P<rd>today|yesterday|tomorrow|tonight)|(?P<m>`+reMonth+`)\s*(?P<d>`+reDayNum+`)\b))?`, normClock),
	newRule("clock-24", `\b(?P<h>[01]\d|2[0-3]):(?P<mi>[0-5]\d)(?P<tz>\s*(?:GMT|UTC|local\s+time|hours|hrs)\b)`, normZoneClock),
	// Military and wire style writes a 24-hour time without a colon: "1900
	// GMT", "at 0600 hours". A zone or "at ... hours" tells it from a year
	// or a count ("2000 hours of flight time").
	newRule("clock-hhmm", `\b(?P<h>[01]\d|2[0-3])(?P<mi>[0-5]\d)\s*(?:(?-i:GMT|UTC|BST|CES?T|[ECMP][SD]T)|local\s+time|Zulu)\b(?:,?\s+(?:on\s+)?(?:(?P<wd>`+reWeekday+`)|(?P<rd>today|yesterday|tomorrow)))?`, normZoneClock),
	newRule("clock-hhmm-at", `\b(?:at|by|from|until|before|after|around|about)\s+(?P<x>(?P<h>[01]\d|2[0-3])(?P<mi>[0-5]\d)\s*(?:hours|hrs)\b)`, normClock),
	newRule("clock-at", `\b(?:at|by|from|until|before|after)\s+(?P<x>(?P<h>[01]?\d|2[0-3]):(?P<mi>[0-5]\d))\b`, normClock),
	newRule("clock-pod", `\b(?P<h>[01]?\d)(?:\s+o'clock)?\s+in\s+the\s+(?P<pod>morning|afternoon|evening)\b`, normClock),
	newRule("noon", `\b(?P<nm>noon|midnight|midday)(?:\s+(?:on\s+)?(?:(?P<wd>`+reWeekday+`)|(?P<rd>today|yesterday|tomorrow)))?`, normClock),
	newRule("day-noon", `(?:(?P<wd>`+reWeekday+`)|(?P<rd>today|yesterday|tomorrow))\s+(?:at\s+)?(?P<nm>noon|midnight)\b`, normClock),
}

func normClock(m *match) (string, string) {
	if m.has("nm") && strings.EqualFold(m.prevWord(), "high") {
		return "", "" // "high noon": a showdown, not a time
	}
	hm, ok := clockOf(m)
	if !ok {
		return "", ""
	}
	return Time, clockDate(m) + "T" + hm
}

// normZoneClock reads a 24-hour time with its zone, unless it restates in
// brackets the clock time just before it ("10:35 a.m. (0735 GMT)", "midnight
// local time (2100 GMT)"): that is the same moment, and a second entry would
// only repeat it.
func normZoneClock(m *match) (string, string) {
	s := strings.TrimRight(m.r.text[max(0, m.start-20):m.start], " ")
	if s, ok := strings.CutSuffix(s, "("); ok {
		s = strings.ToLower(strings.TrimRight(s, " "))
		if strings.HasSuffix(s, "m.") || strings.HasSuffix(s, "am") || strings.HasSuffix(s, "pm") ||
			strings.HasSuffix(s, "time") || strings.HasSuffix(s, "noon") || strings.HasSuffix(s, "midnight") ||
			s != "" && s[len(s)-1] >= '0' && s[len(s)-1] <= '9' {
			return "", "" // "10:35 a.m. (0735 GMT)", "midnight local time (2100 GMT)"
		}
	}
	return normClock(m)
}

// clockOf reads the hh:mm of a match's nm (noon, midnight) or h, mi and ap
// groups.
func clockOf(m *match) (string, bool) {
	switch strings.ToLower(m.s("nm")) {
	case "noon", "midday":
		return "12:00", true
	case "midnight":
		return "24:00", true
	}
	h, mi := atoi(m.s("h")), atoi(m.s("mi"))
	ap := strings.ToLower(m.s("ap"))
	switch strings.ToLower(m.s("pod")) {
	case "morning":
		ap = "am"
	case "afternoon", "evening":
		ap = "pm"
	}
	if ap != "" && (h < 1 || h > 12) || h > 23 {
		return "", false
	}
	if strings.HasPrefix(ap, "p") && h < 12 {
		h += 12
	} else if strings.HasPrefix(ap, "a") && h == 12 {
		h = 0
	}
	return fmt.Sprintf("%02d:%02d", h, mi), true
}

// clockDate is the day a clock time falls on: the one named with it, else
// the last day the text named, else the publication date.
func clockDate(m *match) string {
	switch {
	case m.has("wd"):
		wd, _ := weekdayOf(m.s("wd"))
		return m.weekdayValue(wd, "")
	case m.has("rd"):
		n := map[string]int{"yesterday": -1, "tomorrow": 1}[strings.ToLower(m.s("rd"))]
		return m.dctShift(n, uDay, granDay, "XXXX-XX-XX")
	case m.has("m"):
		return m.monthDay(monthOf(m.s("m")), atoi(m.s("d")))
	}
	if b := m.r.byGran[granDay]; b.ok {
		return b.p.String() // "at 10:35 a.m." on the day the story is telling
	}
	return m.dctShift(0, uDay, granDay, "XXXX-XX-XX")
}
