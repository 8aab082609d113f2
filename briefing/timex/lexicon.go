package timex

import (
	"strconv"
	"strings"
	"time"
)

// Regular-expression fragments for the word classes the rules are built
// from, in the manner of HeidelTime's English resources. Month and weekday
// names are case-sensitive ("may" the verb, "sat", "march" are not dates).
const (
	reMonthFull = `(?-i:January|February|March|April|May|June|July|August|September|October|November|December|JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)`
	reMonthAbbr = `(?-i:(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec|JAN|FEB|MAR|APR|JUN|JUL|AUG|SEPT|SEP|OCT|NOV|DEC)\.?)`
	// reMonth is a month name or abbreviation: only used next to numbers.
	reMonth   = `(?:` + reMonthFull + `|` + reMonthAbbr + `)`
	reWeekday = `(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY|(?:Mon|Tues|Tue|Wed|Thurs|Thur|Thu|Fri)\.)`
	reDayNum  = `(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?`
	reYear4   = `(?:1[6-9]\d\d|20\d\d)`
	reYear    = `(?:` + reYear4 + `|'\d\d|` + reYearWords + `)`
	// reYearWords is a year as said on air: "nineteen ninety-four", "two
	// thousand and one".
	reYearWords = `(?:nineteen[\s-]+(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-]+(?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|hundred(?:\s+and)?(?:\s+(?:one|two|three|four|five|six|seven|eight|nine))?)|two\s+thousand(?:(?:\s+and)?\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty))?)`
	reNumWord   = `(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)`
	reNumber    = `(?:\d+(?:\s+1/2|\.\d+)?|` + reNumWord + `(?:[\s-]+(?:one|two|three|four|five|six|seven|eight|nine))?(?:\s+and\s+a\s+half)?|(?:a|one)\s+(?:hundred|thousand)|a\s+couple\s+of|a\s+couple|couple\s+of|a\s+dozen|dozens\s+of|hundreds\s+of|a\s+few|few|several|many|some|a|an|half\s+an?|a\s+half)`
	reOrdinal   = `(?:first|second|third|fourth|1st|2nd|3rd|4th)`
	reUnit      = `(?:seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|quarters?|years?|decades?|century|centuries)`
	reSeason    = `(?:spring|summer|fall|autumn|winter)`
	rePartOfDay = `(?:morning|afternoon|evening|night|overnight)`
)

var monthNum = map[string]time.Month{
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
	"jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}

// monthOf returns the month a name or abbreviation denotes, or 0.
func monthOf(s string) time.Month {
	s = strings.ToLower(strings.TrimSuffix(s, "."))
	if len(s) < 3 {
		return 0
	}
	return monthNum[s[:3]]
}

var weekdayNum = map[string]time.Weekday{
	"mon": time.Monday, "tue": time.Tuesday, "wed": time.Wednesday, "thu": time.Thursday,
	"fri": time.Friday, "sat": time.Saturday, "sun": time.Sunday,
}

func weekdayOf(s string) (time.Weekday, bool) {
	s = strings.ToLower(s)
	if len(s) < 3 {
		return 0, false
	}
	w, ok := weekdayNum[s[:3]]
	return w, ok
}

var numWords = map[string]float64{
	"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
	"fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
	"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
	"hundred": 100, "couple": 2, "dozen": 12, "half": 0.5,
}

// parseFloat is strconv.ParseFloat without the error it builds for a word
// (most number phrases are words): a lower-case word other than inf or nan
// is no number.
func parseFloat(s string) (float64, bool) {
	if c := s[0]; c >= 'a' && c <= 'z' && c != 'i' && c != 'n' {
		return 0, false
	}
	v, err := strconv.ParseFloat(s, 64)
	return v, err == nil
}

// numberOf returns the quantity a number phrase denotes; ok is false for a
// vague one ("several", "a few", "dozens of").
func numberOf(s string) (float64, bool) {
	f := strings.Fields(strings.ToLower(strings.ReplaceAll(s, "-", " ")))
	if len(f) == 0 {
		return 0, false
	}
	if v, ok := parseFloat(f[0]); ok {
		if len(f) > 1 && f[1] == "1/2" {
			v += 0.5
		}
		return v, true
	}
	switch f[0] {
	case "several", "few", "many", "some", "dozens", "hundreds":
		return 0, false
	}
	if len(f) >= 2 && f[0] == "a" && f[1] == "few" {
		return 0, false
	}
	total, half := 0.0, false
	for _, w := range f {
		if w == "half" {
			half = true
			continue
		}
		if (w == "a" || w == "an") && len(f) > 1 {
			continue
		}
		if v, ok := numWords[w]; ok {
			if w == "hundred" && total > 0 {
				total *= 100
			} else {
				total += v
			}
		}
	}
	if half {
		total += 0.5
		if total > 1 && (f[0] == "half") {
			total = 0.5
		}
	}
	return total, total > 0
}

// unitOf maps a unit word to its unit.
func unitOf(s string) unit {
	s = strings.ToLower(s)
	switch {
	case strings.HasPrefix(s, "sec"):
		return uSecond
	case strings.HasPrefix(s, "min"):
		return uMinute
	case strings.HasPrefix(s, "hour"):
		return uHour
	case strings.HasPrefix(s, "day"), s == "night", s == "nights":
		return uDay
	case strings.HasPrefix(s, "weekend"):
		return uNone
	case strings.HasPrefix(s, "week"):
		return uWeek
	case strings.HasPrefix(s, "fortnight"):
		return uWeek
	case strings.HasPrefix(s, "month"):
		return uMonth
	case strings.HasPrefix(s, "quarter"):
		return uQuarter
	case strings.HasPrefix(s, "year"):
		return uYear
	case strings.HasPrefix(s, "decade"):
		return uDecade
	case strings.HasPrefix(s, "centur"):
		return uCentury
	}
	return uNone
}

// seasonCode maps a season word to its TIMEX3 code.
func seasonCode(s string) string {
	switch strings.ToLower(s) {
	case "spring":
		return "SP"
	case "summer":
		return "SU"
	case "fall", "autumn":
		return "FA"
	}
	return "WI"
}

// partCode maps a part of the day to its TIMEX3 code.
func partCode(s string) string {
	switch strings.ToLower(s) {
	case "morning":
		return "MO"
	case "afternoon":
		return "AF"
	case "evening":
		return "EV"
	}
	return "NI"
}

func ordinalOf(s string) int {
	switch strings.ToLower(s) {
	case "first", "1st":
		return 1
	case "second", "2nd":
		return 2
	case "third", "3rd":
		return 3
	case "fourth", "4th":
		return 4
	}
	return 0
}
