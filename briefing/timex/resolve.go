package timex

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"
)

// tense is the tense of the sentence around the match.
func (m *match) tense() tense { return tenseAt(m.r.text, m.start, m.end) }

// before returns the lower-cased word just before the match.
func (m *match) before() string {
	s := strings.TrimRight(m.r.text[max(0, m.start-30):m.start], " \t\n")
	i := strings.LastIndexAny(s, " \t\n(") + 1
	return strings.ToLower(s[i:])
}

// prevWord returns the word just before the match as written, without
// quotes around it.
func (m *match) prevWord() string {
	s := strings.TrimRight(m.r.text[max(0, m.start-30):m.start], " \t\n")
	i := strings.LastIndexAny(s, " \t\n(") + 1
	return strings.Trim(s[i:], "`'\"“”‘’")
}

// after returns the lower-cased word just after the match.
func (m *match) after() string {
	s := strings.TrimLeft(m.r.text[m.end:min(len(m.r.text), m.end+30)], " \t\n")
	i := strings.IndexAny(s, " \t\n,.;:)")
	if i < 0 {
		i = len(s)
	}
	return strings.ToLower(s[:i])
}

// weekdayValue resolves a weekday: rel is "last", "next", "this" or "".
func (m *match) weekdayValue(wd time.Weekday, rel string) string {
	if !m.r.hasDCT {
		return fmt.Sprintf("XXXX-WXX-%d", isoWeekday(wd))
	}
	d := m.r.dct.t
	switch rel {
	case "the previous", "the following", "the next", "that":
		if m.r.hasRef && m.r.ref.g == granDay {
			d = m.r.ref.t // relative to the day the narrative is on
		}
		rel = map[string]string{"the previous": "last", "the following": "next", "the next": "next", "that": ""}[rel]
	}
	back := (int(d.Weekday()) - int(wd) + 7) % 7
	fwd := (int(wd) - int(d.Weekday()) + 7) % 7
	switch {
	case rel == "last" || rel == "past" || rel == "previous":
		if back == 0 {
			back = 7
		}
		return d.AddDate(0, 0, -back).Format("2006-01-02")
	case rel == "next" || rel == "coming" || rel == "this coming":
		if fwd == 0 {
			fwd = 7
		}
		return d.AddDate(0, 0, fwd).Format("2006-01-02")
	}
	t := m.tense()
	if rel != "past-or-today" && (deadlineCue[m.before()] && !(t == tensePast && m.opensSentence()) || t == tenseFuture) {
		return d.AddDate(0, 0, fwd).Format("2006-01-02")
	}
	return d.AddDate(0, 0, -back).Format("2006-01-02")
}

// deadlineCue before a weekday points forward ("postponed until Tuesday")
// unless it opens a past-tense sentence ("Until Thursday, they had not...").
var deadlineCue = map[string]bool{"until": true, "till": true}

// opensSentence reports whether the word before the match starts its
// sentence (it is capitalised and nothing but space precedes it on the line
// or after a full stop).
func (m *match) opensSentence() bool {
	s := strings.TrimRight(m.r.text[max(0, m.start-40):m.start], " \t")
	i := strings.LastIndexAny(s, " \t\n") + 1
	w := s[i:]
	if w == "" || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	p := strings.TrimRight(s[:i], " \t")
	return p == "" || strings.HasSuffix(p, "\n") || strings.HasSuffix(p, ".") || strings.HasSuffix(p, "\"")
}

func isoWeekday(wd time.Weekday) int { return (int(wd)+6)%7 + 1 }

// yearFor picks the year of a month (and day) given without one: of the
// publication year and its neighbours, the one that puts the date nearest
// the publication date, where a date on the side the tense contradicts
// counts as farther (see wPast).
func (m *match) yearFor(mo time.Month, d int) (int, bool) {
	if !m.r.hasDCT {
		return 0, false
	}
	dct := m.r.dct.t
	y0 := dct.Year()
	if d == 0 && mo == dct.Month() {
		return y0, true
	}
	t := m.tense()
	b := m.before()
	if b == "effective" {
		t = tenseFuture // "effective Feb. 1": a change that takes effect
	}
	past := b == "ended" || b == "since" // "the year ended Jan. 31": passed
	best, bestDist := y0, math.MaxFloat64
	for _, y := range []int{y0, y0 - 1, y0 + 1} {
		var gap float64
		if d == 0 {
			gap = float64((y-y0)*12 + int(mo) - int(dct.Month()))
		} else {
			gap = day(y, mo, min(d, 28)).Sub(dct).Hours() / 24 / 30
		}
		dist := math.Abs(gap)
		switch {
		case gap > 0 && past:
			dist = math.Inf(1)
		case gap > 0 && t == tensePast:
			dist *= wPast
		case gap < 0 && t == tenseFuture:
			dist *= wFuture
		case gap > 0 && (t == tenseNone || t == tensePresent):
			dist *= wNone
		}
		if dist < bestDist {
			best, bestDist = y, dist
		}
	}
	if y, ok := m.narrativeYear(mo, d, best, t); ok {
		return y, true
	}
	return best, true
}

// narrativeReach is how far back (in bytes, about two short paragraphs) the
// date the narrative last named still sets the year of a bare month.
const narrativeReach = 600

// narrativeYear is the year of a past-tense month (and day) that the
// publication year would put after publication, in a story telling an
// earlier year: the year of the date the narrative last named, when the
// month falls on or after that date ("In February 2022 ... talks ended on
// March 7" is 2022-03-07, not a March still to come).
func (m *match) narrativeYear(mo time.Month, d, best int, t tense) (int, bool) {
	if t != tensePast || !m.r.hasRef {
		return 0, false
	}
	dct, ref := m.r.dct.t, m.r.ref.t
	if !day(best, mo, max(d, 1)).After(dct) || ref.Year() >= dct.Year() || m.start-m.r.byGran[m.r.ref.g].at > narrativeReach {
		return 0, false
	}
	if mo < ref.Month() {
		return 0, false // a month before the one named is not that year's
	}
	return ref.Year(), true
}

// monthDay formats a month and day in the year yearFor picks.
func (m *match) monthDay(mo time.Month, d int) string {
	y, ok := m.yearFor(mo, d)
	if !ok {
		return fmt.Sprintf("XXXX-%02d-%02d", mo, d)
	}
	return fmt.Sprintf("%04d-%02d-%02d", y, mo, d)
}

// dctShift shifts the publication date by n units and formats it at g, or
// returns under when there is no publication date.
func (m *match) dctShift(n int, u unit, g gran, under string) string {
	if !m.r.hasDCT {
		return under
	}
	return m.r.dct.at(g).shift(n, u).String()
}

// refShift shifts the date the narrative last named (else the publication
// date) by n units, at the reference's granularity when it is finer than the
// unit's.
func (m *match) refShift(n int, u unit, under string) string {
	p, ok := m.r.refFor(granOf(u))
	if !ok {
		if !m.r.hasDCT {
			return under
		}
		p = m.r.dct.at(granOf(u))
	}
	return p.shift(n, u).String()
}

// durValue formats n units as a TIMEX3 duration; vague quantities give X.
func durValue(n float64, known bool, u unit) string {
	if !known {
		return vagueDur(u)
	}
	switch u {
	case uDecade:
		n, u = n*10, uYear
	case uCentury:
		n, u = n*100, uYear
	case uQuarter:
		n, u = n*3, uMonth
	}
	if whole := float64(int(n)); n != whole && whole >= 1 {
		if small, ok := smaller[u]; ok {
			// "2 1/2 years" -> P2Y6M, "5 1/2 hours" -> PT5H30M
			return joinDur(durValue(whole, true, u), durValue((n-whole)*small.per, true, small.u))
		}
	}
	if n != float64(int(n)) {
		switch u {
		case uYear:
			n, u = n*12, uMonth
		case uDay:
			n, u = n*24, uHour
		case uHour:
			n, u = n*60, uMinute
		case uMinute:
			n, u = n*60, uSecond
		case uWeek:
			n, u = n*7, uDay
		}
	}
	num := strconv.FormatFloat(n, 'f', -1, 64)
	switch u {
	case uSecond:
		return "PT" + num + "S"
	case uMinute:
		return "PT" + num + "M"
	case uHour:
		return "PT" + num + "H"
	case uDay:
		return "P" + num + "D"
	case uWeek:
		return "P" + num + "W"
	case uMonth:
		return "P" + num + "M"
	}
	return "P" + num + "Y"
}

// smaller is the next unit down and how many of it make one u.
var smaller = map[unit]struct {
	u   unit
	per float64
}{uYear: {uMonth, 12}, uDay: {uHour, 24}, uHour: {uMinute, 60}, uMinute: {uSecond, 60}}

// joinDur joins two durations of adjacent units: P2Y+P6M, PT5H+PT30M,
// P1D+PT12H.
func joinDur(a, b string) string {
	if strings.HasPrefix(b, "PT") && !strings.HasPrefix(a, "PT") {
		return a + b[1:]
	}
	if strings.HasPrefix(b, "PT") {
		return a + b[2:]
	}
	return a + b[1:]
}

func vagueDur(u unit) string {
	switch u {
	case uSecond:
		return "PTXS"
	case uMinute:
		return "PTXM"
	case uHour:
		return "PTXH"
	case uDay:
		return "PXD"
	case uWeek:
		return "PXW"
	case uMonth:
		return "PXM"
	case uQuarter:
		return "PXQ"
	case uDecade:
		return "PXY" // "decades": counted decades are written in years too (P20Y)
	case uCentury:
		return "PXCE"
	}
	return "PXY"
}

// underFor is the underspecified value of a point of granularity g.
func underFor(g gran) string {
	switch g {
	case granYear, granDecade, granCentury:
		return "XXXX"
	case granQuarter:
		return "XXXX-QX"
	case granMonth:
		return "XXXX-XX"
	case granWeek:
		return "XXXX-WXX"
	}
	return "XXXX-XX-XX"
}

// year2 expands a two-digit year ('98, FY25) to four digits.
func year2(s string) int {
	s = strings.TrimLeft(s, "'’")
	if f := strings.Fields(strings.ToLower(strings.ReplaceAll(s, "-", " "))); len(f) > 1 {
		return spokenYear(f)
	}
	y, _ := strconv.Atoi(s)
	if len(s) == 2 {
		if y < 50 {
			return 2000 + y
		}
		return 1900 + y
	}
	return y
}

// spokenYear reads "nineteen ninety four" or "two thousand and one".
func spokenYear(f []string) int {
	if f[0] == "two" {
		n, _ := numberOf(strings.Join(f[2:], " "))
		return 2000 + int(n)
	}
	rest := f[1:]
	if rest[0] == "hundred" {
		n, _ := numberOf(strings.Join(rest[1:], " "))
		return 1900 + int(n)
	}
	n, _ := numberOf(strings.Join(rest, " "))
	return 1900 + int(n)
}

func atoi(s string) int {
	s = strings.TrimRight(strings.ToLower(s), "stndrh")
	n, _ := strconv.Atoi(s)
	return n
}

// Weights of the distance of a date on the side the tense contradicts: news
// mostly reports the past, so without a tense a future date counts as a
// little farther.
const (
	wPast   = 3.0 // a future date in a past-tense sentence
	wFuture = 3.0 // a past date in a future-tense sentence
	wNone   = 1.5 // a future date in a sentence with no clear tense
)
