package timex

import (
	"fmt"
	"strings"
	"time"
)

// explicitRules read calendar dates that are spelled out: ISO and numeric
// dates, month-day(-year), month-year, years, decades, centuries, seasons,
// quarters, halves, fiscal years and fixed holidays.
var explicitRules = []*rule{
	newRule("iso", `\b(?P<y>`+reYear4+`)-(?P<mo>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])(?:(?:T|\s+)(?P<h>[01]\d|2[0-3]):(?P<mi>[0-5]\d)(?::(?P<s>[0-5]\d))?(?:\.\d+)?(?-i:Z|[+-][01]\d:?[0-5]\d)?)?`, normISO),
	// "9/11" and "the Sept. 11 attacks" name one day in 2001, whatever the
	// publication year; a bare "Sept. 11" stays a date near publication.
	newRule("nine-eleven", `\b(?P<x>9/11|(?:Sept\.?|September)\s+11(?:th)?)(?:\s+(?:terrorist\s+|terror\s+)?(?:attacks?|hijackings?|hijackers|commission|memorial|era|generation))?\b`, normNineEleven),
	newRule("numeric", `\b(?P<mo>0?[1-9]|1[0-2])/(?P<d>0?[1-9]|[12]\d|3[01])/(?P<y>\d{4}|\d{2})\b`, normNumeric),
	newRule("month-day", reMod+`(?:(?P<wd>`+reWeekday+`),?\s+)?(?P<m>`+reMonth+`)\s*(?P<d>`+reDayNum+`)\b(?:,?\s+(?P<y>`+reYear+`)\b)?(?:,?\s+(?:at\s+)?(?P<h>[01]?\d):(?P<mi>[0-5]\d)\s*(?P<ap>[ap]\.?\s?m\b\.?)?`+reTZ+`)?`, normMonthDay),
	newRule("day-month", `(?:(?P<wd>`+reWeekday+`),?\s+)?(?:the\s+)?(?P<d>`+reDayNum+`)\s+(?:of\s+)?(?P<m>`+reMonth+`)(?:,?\s+(?P<y>`+reYear4+`))?`, normMonthDay),
	newRule("day-range", `(?P<m>`+reMonth+`)\s*`+reDayNum+`\s*(?:and|or|to|through|-|–)\s*(?P<x>(?P<d>`+reDayNum+`))\b(?:,?\s+(?P<y>`+reYear+`)\b)?`, normMonthDay),
	newRule("q-form", `\b(?P<x>(?-i:Q)(?P<q>[1-4])(?:\s*(?:FY\s*)?(?P<y>`+reYear4+`|'?\d\d))?)\b`, normQForm),
	newRule("h-form", `\b(?P<x>(?-i:H)(?P<h>[12])(?:\s*(?:FY\s*)?(?P<y>`+reYear4+`|'?\d\d))?)\b`, normQForm),
	newRule("week-of", `\bthe\s+week\s+of\s+(?P<m>`+reMonth+`)\s*(?P<d>`+reDayNum+`)\b(?:,?\s+(?P<y>`+reYear+`)\b)?`, normWeekOf),
	newRule("month-year", reMod+`(?P<m>`+reMonth+`)(?:\s+of)?,?\s+(?P<y>`+reYear+`)\b`, normMonthYear),
	newRule("month-rel-year", reMod+`(?P<m>`+reMonth+`)\s+(?P<rel>last|this|next)\s+year`, normMonthRelYear),
	newRule("month", `(?:(?P<rel>last|this|next|coming|past)\s+)?`+reMod+`(?P<m>`+reMonthFull+`)\b`, normMonth),
	newRule("year", reMod+`(?:(?P<fy>fiscal\s+year|fiscal|FY|calendar\s+year|calendar|the\s+year|model\s+year)\s*)?(?P<y>`+reYear4+`|`+reYearWords+`)\b`, normYear),
	newRule("fy2", `\b(?:FY|fiscal\s+(?:year\s+)?)(?P<y>'?\d\d)\b`, normYear),
	newRule("decade", `(?:the\s+)?`+reMod+`(?P<dec>1[0-9]\d0|20\d0|'\d0)'?s\b`, normDecade),
	newRule("decade-word", `the\s+(?:nineteen[\s-]+)?`+reMod+`(?P<dw>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b`, normDecade),
	newRule("century", `(?:the\s+)?`+reMod+`(?P<c>\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first)\s+century`, normCentury),
	newRule("season", `(?:(?P<rel>the|last|this|next|past|coming|previous|that)\s+)?`+reMod+`(?P<s>`+reSeason+`)(?:\s+(?:of\s+)?(?P<y>`+reYear4+`|`+reYearWords+`))?\b`, normSeason),
	newRule("year-season", `(?P<y>`+reYear4+`)\s+(?P<s>`+reSeason+`)\b`, normSeason),
	newRule("quarter", `(?:the\s+)?(?:(?P<yr>`+reYear4+`)\s+|(?P<ty>this|last|next)\s+year's\s+)?(?:(?P<rel>fiscal|calendar|year-earlier|year-ago|same|comparable|latest|current|recent|final)\s+)*(?P<ord>`+reOrdinal+`)[\s-]+(?:fiscal[\s-]+)?quarter\b(?:\s+of\s+(?:fiscal\s+|the\s+year\s+)?(?P<y>`+reYear4+`|this\s+year|last\s+year|next\s+year))?`, normQuarter),
	newRule("half", `(?:the\s+)?(?:(?P<ord>first|second|last|latter)\s+half|(?P<two>first|last)\s+two\s+quarters)(?:\s+of\s+(?:fiscal\s+)?(?P<y>`+reYear4+`|this\s+year|last\s+year|next\s+year))?`, normHalf),
	newRule("holiday", `(?-i:(?P<h>Christmas(?:\s+Day|\s+Eve)?|New\s+Year's\s+(?:Day|Eve)|Thanksgiving(?:\s+Day)?|Independence\s+Day|Halloween|Valentine's\s+Day|Memorial\s+Day|Labor\s+Day|Veterans\s+Day|Election\s+Day|Easter(?:\s+Sunday)?))(?:\s+(?P<wk>week)\b)?(?:\s+(?P<y>`+reYear4+`))?`, normHoliday),
}

func normISO(m *match) (string, string) {
	d := m.s("y") + "-" + m.s("mo") + "-" + m.s("d")
	if _, err := time.Parse("2006-01-02", d); err != nil {
		return "", ""
	}
	if !m.has("h") {
		return Date, d
	}
	v := d + "T" + m.s("h") + ":" + m.s("mi")
	if m.has("s") && m.s("s") != "00" {
		v += ":" + m.s("s")
	}
	return Time, v
}

func normNumeric(m *match) (string, string) {
	y := year2(m.s("y"))
	mo, d := atoi(m.s("mo")), atoi(m.s("d"))
	if !validDay(y, time.Month(mo), d) {
		return "", ""
	}
	return Date, fmt.Sprintf("%04d-%02d-%02d", y, mo, d)
}

func validDay(y int, mo time.Month, d int) bool {
	return mo >= 1 && mo <= 12 && d >= 1 && d <= day(y, mo+1, 0).Day()
}

func normMonthDay(m *match) (string, string) {
	mo, d := monthOf(m.s("m")), atoi(m.s("d"))
	if mo == 0 || d < 1 || d > 31 {
		return "", ""
	}
	if m.rule.name == "day-month" && !m.has("y") && dayFollows(m.r.text[m.end:]) {
		return "", "" // "Directive 28 of January 17, 2014": the date is the month's own day
	}
	var v string
	switch {
	case m.has("y"):
		y := year2(m.s("y"))
		if !validDay(y, mo, d) {
			return "", ""
		}
		v = fmt.Sprintf("%04d-%02d-%02d", y, mo, d)
	case m.has("wd") && m.r.hasDCT:
		v = weekdayMonthDay(m, mo, d)
	default:
		v = m.monthDay(mo, d)
	}
	if m.has("h") {
		if hm, ok := clockOf(m); ok {
			return Time, v + "T" + hm
		}
		m.end = m.idx[2*m.rule.names["d"]+1] // keep the date, drop a bad clock
		if m.has("y") {
			m.end = m.idx[2*m.rule.names["y"]+1]
		}
	}
	return Date, v
}

// normNineEleven dates "9/11" and "Sept. 11" before a word for the
// attacks to 2001-09-11; "Sept. 11" alone is left to the month-day rule
// (same extent, later rule), which Tag tries when this one gives nothing.
func normNineEleven(m *match) (string, string) {
	if m.idx[1] == m.end && m.text() != "9/11" { // idx[1]: the whole match's end
		return "", ""
	}
	if m.text() == "9/11" && strings.HasPrefix(m.r.text[m.end:], "/") {
		return "", "" // "9/11/2001" is the numeric rule's; "9/11/20015" no date
	}
	return Date, "2001-09-11"
}

// dayFollows: s opens with a day number, as after a month ("January 17").
func dayFollows(s string) bool {
	s = strings.TrimLeft(s, " \t\n")
	n := 0
	for n < len(s) && n < 3 && s[n] >= '0' && s[n] <= '9' {
		n++
	}
	return n >= 1 && n <= 2 && (n == len(s) || s[n] < '0' || s[n] > '9')
}

// weekdayMonthDay uses the weekday to choose the year of a month-day: the
// year near the publication date in which that day falls on that weekday.
func weekdayMonthDay(m *match, mo time.Month, d int) string {
	wd, _ := weekdayOf(m.s("wd"))
	y0 := m.r.dct.t.Year()
	for _, y := range []int{y0, y0 - 1, y0 + 1} {
		if validDay(y, mo, d) && day(y, mo, d).Weekday() == wd {
			return fmt.Sprintf("%04d-%02d-%02d", y, mo, d)
		}
	}
	return m.monthDay(mo, d)
}

// normQForm reads "Q3 2024", "Q1", "H2 2025": quarters and halves.
func normQForm(m *match) (string, string) {
	kind, n := "Q", m.s("q")
	if n == "" {
		kind, n = "H", m.s("h")
	}
	if m.has("y") {
		return Date, fmt.Sprintf("%04d-%s%s", year2(m.s("y")), kind, n)
	}
	if !m.r.hasDCT {
		return Date, "XXXX-" + kind + n
	}
	if kind == "Q" {
		y, _ := m.quarterYear(atoi(n))
		return Date, fmt.Sprintf("%04d-Q%s", y, n)
	}
	return Date, fmt.Sprintf("%04d-H%s", m.r.dct.t.Year(), n)
}

// normWeekOf reads "the week of March 6" as the ISO week holding that day.
func normWeekOf(m *match) (string, string) {
	_, v := normMonthDay(m)
	p, ok := parsePoint(v)
	if !ok {
		return Date, "XXXX-WXX"
	}
	return Date, p.at(granWeek).String()
}

func normMonthYear(m *match) (string, string) {
	mo := monthOf(m.s("m"))
	if mo == 0 {
		return "", ""
	}
	return Date, fmt.Sprintf("%04d-%02d", year2(m.s("y")), mo)
}

func normMonthRelYear(m *match) (string, string) {
	mo := monthOf(m.s("m"))
	if !m.r.hasDCT {
		return Date, fmt.Sprintf("XXXX-%02d", mo)
	}
	y := m.r.dct.t.Year() + map[string]int{"last": -1, "next": 1}[strings.ToLower(m.s("rel"))]
	return Date, fmt.Sprintf("%04d-%02d", y, mo)
}

// prepositions that make "May" and "March" (and a month before a capitalised
// word) a month rather than a verb or a name.
var monthCue = map[string]bool{
	"in": true, "since": true, "until": true, "till": true, "by": true, "before": true, "after": true,
	"during": true, "through": true, "of": true, "from": true, "to": true, "between": true, "and": true,
	"early": true, "late": true, "mid": true, "last": true, "next": true, "this": true, "or": true,
	"on": true, "throughout": true, "around": true, "that": true, "in-": true, "mid-": true,
}

// modifiesNoun reports whether a month after "the" is followed by the noun
// it dates ("the March accession"), not by a preposition ("the March on
// Washington": a march).
func modifiesNoun(next string) bool {
	if next == "" || next[0] < 'a' || next[0] > 'z' {
		return false
	}
	switch next {
	case "on", "to", "of", "for", "from", "through", "across", "in", "by", "against", "and", "or", "was", "is":
		return false
	}
	return true
}

func normMonth(m *match) (string, string) {
	name := m.s("m")
	mo := monthOf(name)
	rel := strings.ToLower(m.s("rel"))
	if rel == "" && !m.has("mod") {
		b := m.before()
		cue := monthCue[b] || b == "the" && modifiesNoun(m.after())
		if (mo == 3 || mo == 5) && !cue {
			return "", ""
		}
		if next := strings.TrimLeft(m.r.text[m.end:], " \t"); next != "" && next[0] >= 'A' && next[0] <= 'Z' && !cue {
			return "", "" // a name: "April Smith", "June Carter"
		}
		if strings.HasPrefix(m.r.text[m.end:], "'s") && !cue {
			return "", ""
		}
	}
	if !m.r.hasDCT {
		return Date, fmt.Sprintf("XXXX-%02d", mo)
	}
	dct := m.r.dct.t
	y := dct.Year()
	switch rel {
	case "last", "past":
		if mo >= dct.Month() {
			y--
		}
	case "next", "coming":
		if mo <= dct.Month() {
			y++
		}
	case "this":
	default:
		y, _ = m.yearFor(mo, 0)
	}
	return Date, fmt.Sprintf("%04d-%02d", y, mo)
}

// countNouns after a four-digit number make it a count, not a year.
var countNouns = map[string]bool{
	"people": true, "troops": true, "soldiers": true, "members": true, "meters": true, "metres": true,
	"feet": true, "miles": true, "km": true, "kilometers": true, "kilometres": true, "tons": true,
	"tonnes": true, "units": true, "cars": true, "jobs": true, "workers": true, "shares": true,
	"employees": true, "points": true, "percent": true, "%": true, "dollars": true, "yen": true,
	"pounds": true, "euros": true, "residents": true, "students": true, "cases": true, "deaths": true,
	"acres": true, "barrels": true, "votes": true, "delegates": true, "men": true, "women": true,
	"children": true, "houses": true, "homes": true, "rounds": true, "missiles": true, "vehicles": true,
	"aircraft": true, "marines": true, "sailors": true, "police": true, "officers": true, "hours": true,
	"days": true, "years": true, "words": true, "pages": true, "mw": true, "kg": true, "mph": true,
	"times": true, "copies": true, "computers": true, "prisoners": true, "refugees": true,
}

func normYear(m *match) (string, string) {
	s := m.r.text
	if m.start > 0 && strings.ContainsAny(s[m.start-1:m.start], "$£€#") {
		return "", ""
	}
	if countNouns[m.after()] || strings.HasPrefix(s[m.end:], "%") || strings.HasPrefix(s[m.end:], ".") && m.end+1 < len(s) && isDigit(s[m.end+1]) {
		return "", ""
	}
	if strings.HasPrefix(s[m.end:], ",") && m.end+1 < len(s) && isDigit(s[m.end+1]) {
		return "", ""
	}
	if b := m.before(); b == "no." || b == "number" || b == "flight" || b == "route" || b == "resolution" || b == "model" && !m.has("fy") {
		return "", ""
	}
	return Date, fmt.Sprintf("%04d", year2(m.s("y")))
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

func normDecade(m *match) (string, string) {
	if d := m.s("dec"); d != "" {
		if d[0] == '\'' {
			return Date, "19" + d[1:2]
		}
		return Date, d[:3]
	}
	words := []string{"twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"}
	w := strings.ToLower(m.s("dw"))
	for i, x := range words {
		if x == w {
			return Date, fmt.Sprintf("19%d", i+2)
		}
	}
	return "", ""
}

var ordinalWords = map[string]int{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
	"ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
	"fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
	"twentieth": 20, "twenty-first": 21,
}

func normCentury(m *match) (string, string) {
	c := strings.ToLower(m.s("c"))
	n, ok := ordinalWords[c]
	if !ok {
		n = atoi(c)
	}
	if n < 1 || n > 30 {
		return "", ""
	}
	return Date, fmt.Sprintf("%02d", n-1)
}
