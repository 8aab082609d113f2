package summarize

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Publication dates as pages print them: "Updated: 2013-06-04 19:15",
// "November 18, 2019 11:03 PM", "1:39 am EST, Wednesday, November 20, 2019",
// "27 Feb 2026", "04.06.2013". Relative dates ("3 hours ago") have no anchor
// and give nothing. Hand-written: date libraries (go-dateparser and the like)
// parse a whole string, not find a date inside a line, and they resolve
// "3 hours ago" against the clock, which would invent a date.

const (
	monthRe = `(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`
	timeRe  = `(\d{1,2})[:.](\d{2})(?::\d{2})?\s*([ap]\.?\s?m\b\.?)?`
)

var (
	isoDate = regexp.MustCompile(`\b(\d{4})-(\d{2})-(\d{2})(?:[T ]+` + timeRe + `)?`)
	mdyDate = regexp.MustCompile(`(?i)\b` + monthRe + `\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b(?:,?\s*(?:at\s+|[-|•@]\s*)?` + timeRe + `)?`)
	dmyDate = regexp.MustCompile(`(?i)\b(\d{1,2})(?:st|nd|rd|th)?\.?\s+` + monthRe + `,?\s+(\d{4})\b(?:,?\s*(?:at\s+|[-|•@]\s*)?` + timeRe + `)?`)
	numDate = regexp.MustCompile(`\b(\d{1,2})([./])(\d{1,2})([./])(\d{4})\b(?:,?\s+` + timeRe + `)?`)
	// A time printed before the date: "1:39 am EST, Wednesday, November 20".
	timeBefore = regexp.MustCompile(`(?i)` + timeRe + `(?:\s*[A-Z]{2,4})?,?\s*(?:on\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s*)?$`)
)

// dateIn finds the first absolute date in s and returns it as ISO 8601
// (date, or date and time when the time is printed with it), or "".
func dateIn(s string) string {
	type found struct {
		at  int
		iso string
	}
	if !strings.ContainsAny(s, "0123456789") {
		return ""
	}
	var best *found
	try := func(at int, iso string) {
		if iso != "" && (best == nil || at < best.at) {
			best = &found{at, iso}
		}
	}
	// Each regexp runs only when a byte or word it needs is there.
	if cleanDigitsAround(s, '-', 0) {
		if m := isoDate.FindStringSubmatchIndex(s); m != nil {
			try(m[0], isoFrom(s, m, 1, 2, 3, 4))
		}
	}
	if cleanHasMonth(s) {
		if m := mdyDate.FindStringSubmatchIndex(s); m != nil {
			try(m[0], withTimeBefore(s, m[0], monthFrom(s, m, 1, 2, 3, 4)))
		}
		if m := dmyDate.FindStringSubmatchIndex(s); m != nil {
			try(m[0], withTimeBefore(s, m[0], monthFrom(s, m, 2, 1, 3, 4)))
		}
	}
	if cleanDigitsAround(s, '.', '/') {
		if m := numDate.FindStringSubmatchIndex(s); m != nil {
			try(m[0], numFrom(s, m))
		}
	}
	if best == nil {
		return ""
	}
	return best.iso
}

func sub(s string, m []int, g int) string {
	if m[2*g] < 0 {
		return ""
	}
	return s[m[2*g]:m[2*g+1]]
}

func isoFrom(s string, m []int, y, mo, d, t int) string {
	return ymd(dateAtoi(sub(s, m, y)), dateAtoi(sub(s, m, mo)), dateAtoi(sub(s, m, d)), clock(s, m, t))
}

func monthFrom(s string, m []int, mon, d, y, t int) string {
	return ymd(dateAtoi(sub(s, m, y)), monthNumber(sub(s, m, mon)), dateAtoi(sub(s, m, d)), clock(s, m, t))
}

// numFrom reads 04.06.2013 as day.month.year (the European order, which is
// what dotted dates mean) and 6/4/2013 as month/day/year; a slashed date is
// taken only when the order is certain (one field above 12).
func numFrom(s string, m []int) string {
	a, b, y := dateAtoi(sub(s, m, 1)), dateAtoi(sub(s, m, 3)), dateAtoi(sub(s, m, 5))
	if sub(s, m, 2) != sub(s, m, 4) {
		return ""
	}
	if sub(s, m, 2) == "." {
		return ymd(y, b, a, clock(s, m, 6))
	}
	switch {
	case a > 12 && b <= 12:
		return ymd(y, b, a, clock(s, m, 6))
	case b > 12 && a <= 12:
		return ymd(y, a, b, clock(s, m, 6))
	}
	return ""
}

// withTimeBefore adds a time printed just before the date.
func withTimeBefore(s string, at int, iso string) string {
	if iso == "" || strings.Contains(iso, "T") {
		return iso
	}
	m := timeBefore.FindStringSubmatchIndex(s[max(0, at-40):at])
	if m == nil {
		return iso
	}
	t := clock(s[max(0, at-40):at], m, 1)
	if t == "" {
		return iso
	}
	return iso + "T" + t
}

// ampmMarks: what "a. m." has that "am" has not.
var ampmMarks = strings.NewReplacer(".", "", " ", "")

// clock reads the hour, minute and am/pm groups starting at group g.
func clock(s string, m []int, g int) string {
	if len(m) <= 2*g+5 || m[2*g] < 0 {
		return ""
	}
	h, mi := dateAtoi(sub(s, m, g)), dateAtoi(sub(s, m, g+1))
	ampm := strings.ToLower(ampmMarks.Replace(sub(s, m, g+2)))
	switch {
	case ampm == "pm" && h < 12:
		h += 12
	case ampm == "am" && h == 12:
		h = 0
	}
	if h > 23 || mi > 59 || ampm != "" && dateAtoi(sub(s, m, g)) > 12 {
		return ""
	}
	return fmt.Sprintf("%02d:%02d", h, mi)
}

func ymd(y, m, d int, t string) string {
	if y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 || d > daysIn(y, m) {
		return ""
	}
	iso := fmt.Sprintf("%04d-%02d-%02d", y, m, d)
	if t != "" {
		iso += "T" + t
	}
	return iso
}

func daysIn(y, m int) int {
	switch m {
	case 2:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

func monthNumber(s string) int {
	s = strings.ToLower(s)
	for i, p := range []string{"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"} {
		if strings.HasPrefix(s, p) {
			return i + 1
		}
	}
	return 0
}

func dateAtoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

// cleanHasMonth: s holds the first three letters of a month name, but for
// case, or a long s, which monthRe's (?i) takes for an s.
func cleanHasMonth(s string) bool {
	if strings.Contains(s, "ſ") {
		return true
	}
	for i := 0; i+3 <= len(s); i++ {
		if s[i]|s[i+1]|s[i+2] >= utf8.RuneSelf {
			continue
		}
		key := string([]byte{s[i] | cleanLowerBit[s[i]], s[i+1] | cleanLowerBit[s[i+1]], s[i+2] | cleanLowerBit[s[i+2]]})
		switch key {
		case "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec":
			return true
		}
	}
	return false
}

// cleanDigitsAround: s holds the byte a (or b, when not 0) between two
// digits, as the numeric date regexps need ("2019-03-04", "3/4/2019").
func cleanDigitsAround(s string, a, b byte) bool {
	for i := 1; i+1 < len(s); i++ {
		if c := s[i]; (c == a || c == b && b != 0) && cleanIsDigit(s[i-1]) && cleanIsDigit(s[i+1]) {
			return true
		}
	}
	return false
}

func cleanIsDigit(c byte) bool { return '0' <= c && c <= '9' }
