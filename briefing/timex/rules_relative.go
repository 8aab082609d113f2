package timex

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

const (
	rePOD    = `(?P<pod>morning|afternoon|evening|night)`
	reApprox = `(?P<approx>(?:about|around|approximately|roughly|nearly|almost|some|more\s+than|less\s+than|over|at\s+least|exactly|precisely)\s+)?`
)

// relativeRules read expressions anchored to the publication date (today,
// on Friday, last week, two years ago) or to the date the narrative last
// named (a year earlier, the following month).
var relativeRules = []*rule{
	newRule("rel-day", reMod+`(?P<w>today|yesterday|tomorrow|tonight)(?:\s+`+rePOD+`)?\b`, normRelDay),
	newRule("day-before", `the\s+day\s+(?P<w>before\s+yesterday|after\s+tomorrow)`, normRelDay),
	newRule("day-before-wd", `the\s+day\s+(?P<dir>before|after)\s+(?:(?P<rel>last|next|this)\s+)?(?P<wd>`+reWeekday+`)`, normDayBeforeWeekday),
	newRule("this-pod", `(?P<rel>this|last|early\s+this|late\s+this|later\s+this|earlier\s+this)\s+`+rePOD+`\b`, normThisPOD),
	newRule("weekday", `(?:(?P<rel>last|this|next|this\s+coming|coming|past|previous|the\s+previous|the\s+following|the\s+next|that)\s+)?`+reMod+`(?P<wd>`+reWeekday+`)(?P<poss>'s)?(?:\s+`+rePOD+`(?P<plural>s)?\b)?`, normWeekday),
	newRule("present", `\b(?:now|currently|nowadays|presently|at\s+present|the\s+present(?:\s+time)?|at\s+the\s+moment|these\s+days|(?:then[\s-]+)?current)\b`, normPresent),
	newRule("past", `\b(?:recently|lately|formerly|(?P<tp>the\s+past)|recent\s+(?:times|years|decades))\b`, normPast),
	newRule("future", `\bthe\s+(?:(?:near|distant|foreseeable|immediate)\s+)?future\b`, normFuture),
	newRule("recent", `\b(?:the\s+)?(?:recent|past)\s+(?P<u>days|weeks|months|years|decades|quarters)\b`, normVagueDuration),
	newRule("fiscal-year", `\bthe\s+(?:(?P<w>latest|current|last|previous|past|next|coming)\s+)?fiscal\s+year\b`, normFiscalYear),
	newRule("the-year", reMod+`(?:the\s+)?(?:full\s+)?year\b(?P<ended>,?\s+end(?:ed|ing)\b)?`, normTheYear),
	newRule("coming", `\b(?:the\s+)?(?:coming|next\s+few|next\s+several)\s+(?P<u>days|weeks|months|years|decades)\b`, normVagueDuration),
	newRule("rel-unit", reMod+`(?P<rel>last|this|next|coming|past|previous|following|current|prior|that(?:\s+same)?|the\s+previous|the\s+following|the\s+next|the\s+same|the\s+past|the\s+last|the\s+prior|the\s+coming|the\s+current|the\s+preceding)\s+(?P<u>day|week|weekend|month|quarter|year|fiscal\s+year|decade|century)\b`, normRelUnit),
	newRule("next-pod", `\bthe\s+(?P<rel>next|following|previous)\s+`+rePOD+`\b`, normNextPOD),
	newRule("unit-before", `\bthe\s+(?P<u>day|week|month|year)\s+(?P<dir>before|after|earlier|later)\b`, normUnitBefore),
	newRule("end-of-the", `(?P<mod>(?:the\s+)?(?:end|beginning|start|middle|rest|remainder|turn|close)\s+of\s+)the\s+(?P<u>year|month|week|decade|century|quarter)\b`, normEndOfThe),
	newRule("weekend", `(?P<rel>the|this|last|next|past|coming)\s+weekend\b`, normWeekend),
	newRule("ago", reApprox+`(?P<n>`+reNumber+`)[\s-]+(?:or\s+so\s+)?(?P<u>`+reUnit+`)\s+(?:or\s+so\s+)?ago\b`, normAgo),
	newRule("vague-ago", `\b(?:(?:many|several|some|a\s+few|few)\s+)?(?P<u>years|months|weeks|days|decades|long)\s+ago\b`, fixed(Date, "PAST_REF")),
	newRule("later", reApprox+`(?P<n>`+reNumber+`)[\s-]+(?P<u>`+reUnit+`)\s+(?P<dir>earlier|later)\b`, normLater),
	newRule("later-before", reApprox+`(?P<x>(?P<n>`+reNumber+`)[\s-]+(?P<u>`+reUnit+`)\s+(?P<dir>before|after))\s*(?:[.,;:)]|$)`, normLater),
	newRule("year-earlier", `(?:the\s+)?(?P<w>year-earlier|year-ago|year\s+earlier|year\s+ago|prior-year|previous-year)\s+(?P<what>(?:(?:first|second|third|fourth)[\s-]+)?quarter|period|(?:nine|six|three)\s+months)\b`, normYearEarlier),
	newRule("period-last-year", `(?:(?:the\s+)?(?:corresponding|comparable|same)\s+(?:period|quarter)\s+(?:of\s+|in\s+)?last\s+year|last\s+year's\s+(?:period|quarter))\b`, normPeriodLastYear),
	newRule("year-earlier-adj", `\b(?P<w>year-earlier|year-ago)\b`, normYearEarlier),
	newRule("the-quarter", `(?P<rel>the(?:\s+(?:latest|most\s+recent|current|past|previous|same|comparable|recent))?|this|last|latest)\s+(?P<what>quarter|period)\b(?P<ago>\s+a\s+year\s+(?:ago|earlier)\b)?`, normTheQuarter),
	newRule("year-quarter", `the\s+(?P<y>`+reYear4+`)\s+(?P<what>quarter|period)\b`, normYearQuarter),
	newRule("pod-day", `(?:(?:mid|late|early)[\s-]*)?`+rePOD+`\s+(?:(?P<wd>`+reWeekday+`)|(?P<rd>today|yesterday|tomorrow))\b`, normPODDay),
	newRule("year-end", `\b(?:around\s+)?year(?:-|\s+|'s\s+)end\b`, normYearEnd),
	newRule("near-term", `\b(?:in|over|for)\s+(?P<x>the\s+(?:near|short)(?:\s+|-)term)\b`, fixed(Date, "FUTURE_REF")),
	newRule("ahead", `\bthe\s+(?P<u>days|weeks|months|years|decades)\s+ahead\b`, normVagueDuration),
}

// anaphoricRules resolve against the narrative's last date.
var anaphoricRules = map[string]bool{
	"ago": true, "later": true, "later-before": true, "year-earlier": true, "period-last-year": true, "year-earlier-adj": true,
	"the-quarter": true, "year-quarter": true,
}

func init() {
	for _, r := range relativeRules {
		r.anaphoric = anaphoricRules[r.name]
	}
}

// normPresent reads "now", "currently": PRESENT_REF, but for "Now," opening
// a sentence, a discourse marker rather than a time, and "then current", a
// present in the past.
func normPresent(m *match) (string, string) {
	if m.text() == "Now" && (strings.HasPrefix(m.r.text[m.end:], ",") || m.after() == "for") {
		return "", "" // "Now, ...", "Now for the weather": a turn in the talk
	}
	if t := m.text(); len(t) >= 4 && strings.EqualFold(t[:4], "then") {
		return Date, "PAST_REF" // "the then-current price": current back then
	}
	return Date, "PRESENT_REF"
}

// normPast reads "recently", "the past": PAST_REF, but not "most recently"
// before a date ("most recently last October"): the date is the time; nor
// "the past" before a count ("the past three summers"): a span of those.
func normPast(m *match) (string, string) {
	a := m.after()
	if m.has("tp") && a != "" && (isDigit(a[0]) || countWord(a)) {
		return "", ""
	}
	if m.before() == "most" {
		switch {
		case a == "last" || a == "in" || a == "on" || a == "this" || a == "earlier" || a == "during":
			return "", ""
		case a != "" && isDigit(a[0]):
			return "", ""
		}
		if a := strings.TrimLeft(m.r.text[m.end:], " "); a != "" && a[0] >= 'A' && a[0] <= 'Z' {
			return "", ""
		}
	}
	return Date, "PAST_REF"
}

// countWord reports a number word or a vague count ("three", "few").
func countWord(w string) bool {
	if _, ok := numWords[w]; ok && w != "a" && w != "an" && w != "half" {
		return true
	}
	return w == "several" || w == "few" || w == "many"
}

// normFuture reads "the future" as FUTURE_REF, but not "the future of
// NATO": the prospects of something, not a time; nor "for the foreseeable
// future": an idiom for "indefinitely", a span without an end.
func normFuture(m *match) (string, string) {
	if m.after() == "of" {
		return "", ""
	}
	if m.before() == "for" && strings.Contains(strings.ToLower(m.text()), "foreseeable") {
		return "", ""
	}
	return Date, "FUTURE_REF"
}

func fixed(typ, val string) func(*match) (string, string) {
	return func(*match) (string, string) { return typ, val }
}

// genericNouns after "today's" make it mean "nowadays": "today's world".
var genericNouns = map[string]bool{
	"world": true, "youth": true, "society": true, "generation": true, "children": true, "kids": true,
	"economy": true, "culture": true, "technology": true, "computers": true, "standards": true,
	"terms": true, "dollars": true, "age": true, "times": true, "environment": true, "market": false,
	"young": true, "modern": true, "global": true, "military": true, "army": true, "wars": true,
}

func normRelDay(m *match) (string, string) {
	if m.s("w") == "Today" && !m.has("mod") && nameBefore(m) {
		return "", "" // a title: "USA Today", "VOA Today"
	}
	w := strings.ToLower(m.s("w"))
	if w == "tomorrow" && genericOf(m) {
		return "", "" // "the leaders of tomorrow": any time to come
	}
	if w == "today" && strings.HasPrefix(m.r.text[m.end:], "'s ") {
		next := strings.Fields(m.r.text[m.end+3:min(len(m.r.text), m.end+40)] + " x")[0]
		if genericNouns[strings.ToLower(strings.Trim(next, ",.;:"))] {
			return "", ""
		}
	}
	n := 0
	switch {
	case strings.HasPrefix(w, "yesterday"):
		n = -1
	case strings.HasPrefix(w, "tomorrow"):
		n = 1
	case strings.HasPrefix(w, "before"):
		n = -2
	case strings.HasPrefix(w, "after"):
		n = 2
	}
	v := m.dctShift(n, uDay, granDay, "XXXX-XX-XX")
	if m.has("pod") && (n == 0 || !dayValued(m)) {
		return Time, v + "T" + partCode(m.s("pod"))
	}
	return Date, v
}

// normDayBeforeWeekday reads "the day before last Tuesday('s hearing)": a
// day from a weekday resolved as it would be alone.
func normDayBeforeWeekday(m *match) (string, string) {
	wd, _ := weekdayOf(m.s("wd"))
	v := m.weekdayValue(wd, strings.ToLower(m.s("rel")))
	p, ok := parsePoint(v)
	if !ok {
		return Date, "XXXX-XX-XX"
	}
	n := 1
	if strings.EqualFold(m.s("dir"), "before") {
		n = -1
	}
	return Date, p.shift(n, uDay).String()
}

// genericOf reports "of" before the match after a noun ("the leaders of
// tomorrow"), not after "as" ("as of tomorrow" is a date), with no "'s"
// after it ("the release of tomorrow's report" is one).
func genericOf(m *match) bool {
	if m.has("mod") || strings.HasPrefix(m.r.text[m.end:], "'") {
		return false
	}
	f := strings.Fields(strings.ToLower(m.r.text[max(0, m.start-30):m.start]))
	return len(f) >= 2 && f[len(f)-1] == "of" && f[len(f)-2] != "as"
}

// nameBefore reports a capitalised word just before the match on the same
// line and in the same sentence: the match is then part of a name.
func nameBefore(m *match) bool {
	s := m.r.text[max(0, m.start-30):m.start]
	t := strings.TrimRight(s, " \t")
	if len(t) == len(s) || t == "" || strings.ContainsAny(t[len(t)-1:], ".!?:;,\"'”’)\n") {
		return false
	}
	w := t[strings.LastIndexAny(t, " \t\n(")+1:]
	return w[0] >= 'A' && w[0] <= 'Z'
}

func normThisPOD(m *match) (string, string) {
	n := 0
	if strings.EqualFold(m.s("rel"), "last") {
		if !strings.EqualFold(m.s("pod"), "night") {
			return "", ""
		}
		n = -1
	}
	return Time, m.dctShift(n, uDay, granDay, "XXXX-XX-XX") + "T" + partCode(m.s("pod"))
}

// notWeekday follows a weekday that names a newspaper or an institution.
var notWeekday = map[string]bool{
	"times": true, "telegraph": true, "express": true, "mirror": true, "herald": true, "post": true,
	"tribune": true, "school": true, "service": true, "mass": true, "bloody": true, "night's": false,
	"independent": true, "observer": true, "mail": true,
}

func normWeekday(m *match) (string, string) {
	wd, _ := weekdayOf(m.s("wd"))
	if notWeekday[m.after()] {
		return "", ""
	}
	rel := strings.ToLower(m.s("rel"))
	if m.has("poss") {
		m.end = m.idx[2*m.rule.names["poss"]] // "Friday's vote": the vote is past news
		if rel == "" {
			rel = "past-or-today"
		}
	}
	if m.has("plural") {
		return Set, fmt.Sprintf("XXXX-WXX-%dT%s", isoWeekday(wd), partCode(m.s("pod"))) // "Tuesday nights"
	}
	if rel == "" && !m.has("pod") {
		if c := sharedPlural.FindStringSubmatch(m.r.text[m.end:min(len(m.r.text), m.end+40)]); c != nil {
			return Set, fmt.Sprintf("XXXX-WXX-%dT%s", isoWeekday(wd), partCode(c[1])) // "Monday and Tuesday nights"
		}
	}
	v := m.weekdayValue(wd, rel)
	if m.has("pod") && !dayValued(m) {
		return Time, v + "T" + partCode(m.s("pod"))
	}
	return Date, v
}

// dayValued reports a part of the day that news annotation gives the day's
// value when it follows a named day: "Friday night", "Tuesday morning",
// "yesterday afternoon" date an event to the day. The evening and a
// modified part ("early Friday morning") keep their part of the day.
func dayValued(m *match) bool {
	switch strings.ToLower(m.s("pod")) {
	case "night":
		return true
	case "morning", "afternoon":
		return !m.has("mod")
	}
	return false
}

// sharedPlural is a weekday's coordinated partner with a plural part of the
// day that both share: "(Monday) and Tuesday nights".
var sharedPlural = regexp.MustCompile(`^\s+(?:and|or)\s+` + reWeekday + `\s+(morning|afternoon|evening|night)s\b`)

func normRelUnit(m *match) (string, string) {
	rel := strings.Join(strings.Fields(strings.ToLower(m.s("rel"))), " ")
	us := strings.ToLower(m.s("u"))
	u, weekend := unitOf(us), strings.HasPrefix(us, "weekend")
	if weekend {
		u = uWeek
	}
	if strings.HasPrefix(us, "fiscal") {
		u = uYear
	}
	g := granOf(u)
	suffix := ""
	if weekend {
		suffix = "-WE"
	}
	switch rel {
	case "the past", "the last":
		if u == uWeek && !m.has("mod") && !weekend && m.r.hasDCT {
			// the seven days up to the publication date: the ISO week
			// holding most of them, the one of the day three days back
			return Date, point{m.r.dct.t.AddDate(0, 0, -3), granWeek, ""}.String()
		}
		if m.has("mod") || weekend || u == uYear || u == uMonth || u == uWeek {
			break // "the past year": news annotation takes the year before
		}
		return Duration, durValue(1, true, u)
	case "the previous", "the prior", "the preceding":
		return Date, m.refAt(-1, u) + suffix
	case "the following", "the next":
		return Date, m.refAt(1, u) + suffix
	case "that", "the same", "that same":
		if v, ok := m.partialRef(u, g); ok {
			if u == uDay && m.tense() != tensePast {
				return "", "" // "on such days you sell, and lose that day": any day
			}
			return Date, v
		}
		return Date, m.refAt(0, u) + suffix
	}
	n := 0
	switch rel {
	case "last", "past", "previous", "prior", "the past", "the last":
		n = -1
	case "next", "coming", "the coming":
		n = 1
	}
	if u == uDay && n == 0 && rel != "this" && rel != "current" {
		return "", ""
	}
	if u == uQuarter && rel == "this" && strings.HasPrefix(m.r.text[m.end:], "'s") {
		if v, ok := m.r.thisQuarter(m.start); ok {
			return Date, v // "this quarter's loss" in a results report: the quarter reported
		}
	}
	if strings.HasPrefix(m.text(), "This Week") {
		return "", "" // a title: ABC's "This Week"
	}
	return Date, m.dctShift(n, u, g, underFor(g)) + suffix
}

// partialRef is "that day" or "that month" when the narrative named no date
// that fine: a day of the month it last named ("last October ... that same
// day"), or of the year.
func (m *match) partialRef(u unit, g gran) (string, bool) {
	if u != uDay && u != uMonth {
		return "", false
	}
	p, ok := m.r.refFor(g)
	if u == uDay && m.r.hasRef && m.r.ref.g == granMonth {
		p, ok = m.r.ref, true
	}
	if !ok || p.g >= g {
		return "", false
	}
	return partial(p, g), true
}

// partial formats a coarse point p at the finer granularity g, the finer
// parts unknown: 1987 at day is 1987-XX-XX, 1989-09 at day is 1989-09-XX.
func partial(p point, g gran) string {
	v := p.String()
	if p.g != granYear && p.g != granMonth {
		v = p.at(granYear).String()
	}
	if len(v) == 4 {
		v += "-XX"
	}
	if g == granDay {
		v += "-XX"
	}
	return v
}

// refAt shifts the date the narrative last named (else the publication date)
// by n units and formats it at the unit's granularity.
func (m *match) refAt(n int, u unit) string {
	g := granOf(u)
	p, ok := m.r.refFor(g)
	if !ok || p.g < g && g != granWeek {
		if !m.r.hasDCT {
			return underFor(g)
		}
		if !ok {
			p = m.r.dct
		}
	}
	if p.g < g && n != 0 && g != granWeek {
		// A step of a day from a month ("earlier this month ... the day
		// before") lands on a day of that month we cannot name: shifting
		// the month's first day would wrongly give the month before.
		return partial(p, g)
	}
	if p.g < g {
		return p.shift(n, u).String()
	}
	return p.at(g).shift(n, u).String()
}

func normNextPOD(m *match) (string, string) {
	n := 1
	if strings.EqualFold(m.s("rel"), "previous") {
		n = -1
	}
	v := m.refAt(n, uDay)
	if strings.EqualFold(m.s("pod"), "night") {
		return Date, v
	}
	return Time, v + "T" + partCode(m.s("pod"))
}

// normUnitBefore reads "the year before", "the day after": a step from the
// date the narrative last named.
func normUnitBefore(m *match) (string, string) {
	u := unitOf(m.s("u"))
	n := 1
	if d := strings.ToLower(m.s("dir")); d == "before" || d == "earlier" {
		n = -1
	}
	if m.after() != "" && !strings.ContainsAny(m.r.text[m.end:min(len(m.r.text), m.end+2)], ".,;:)") && !strings.EqualFold(m.s("dir"), "earlier") && !strings.EqualFold(m.s("dir"), "later") {
		return "", "" // "the day before the vote": an interval we do not resolve
	}
	return Date, m.refAt(n, u)
}

func normEndOfThe(m *match) (string, string) {
	u := unitOf(m.s("u"))
	g := granOf(u)
	return Date, m.dctShift(0, u, g, underFor(g))
}

func normWeekend(m *match) (string, string) {
	if !m.r.hasDCT {
		return Date, "XXXX-WXX-WE"
	}
	rel := strings.ToLower(m.s("rel"))
	d := m.r.dct.t
	wd := isoWeekday(d.Weekday())
	t := d
	switch {
	case rel == "last" || rel == "past":
		t = d.AddDate(0, 0, -wd) // the Sunday before
	case rel == "next" || rel == "coming":
		t = d.AddDate(0, 0, 7-wd+6)
	case rel == "the" && wd < 6 && m.tense() != tenseFuture:
		t = d.AddDate(0, 0, -wd)
	case rel == "the" || rel == "this":
		t = d.AddDate(0, 0, 6-wd)
	}
	return Date, point{t, granWeek, ""}.String() + "-WE"
}

func normAgo(m *match) (string, string) {
	n, known := numberOf(m.s("n"))
	u := unitOf(m.s("u"))
	if u == uNone {
		return "", ""
	}
	if !known {
		return Date, "PAST_REF"
	}
	if v, ok := m.r.yearAgo(m.start); ok && u == uYear && n == 1 {
		return Date, v
	}
	g := granOf(u)
	if u < uDay {
		g = granDay
	}
	if u == uDecade || u == uCentury {
		g = granYear
	}
	return Date, m.dctShift(-int(n), u, g, underFor(g))
}

func normLater(m *match) (string, string) {
	n, known := numberOf(m.s("n"))
	u := unitOf(m.s("u"))
	if u == uNone || !known {
		return "", ""
	}
	if u < uDay {
		return Duration, durValue(n, known, u)
	}
	dir := strings.ToLower(m.s("dir"))
	if v, ok := m.r.yearAgo(m.start); ok && u == uYear && n == 1 && dir == "earlier" {
		return Date, v
	}
	k := int(n)
	if dir == "earlier" || dir == "before" {
		k = -k
	}
	return Date, m.refShift(k, u, underFor(granOf(u)))
}

func normYearEarlier(m *match) (string, string) {
	what := strings.ToLower(m.s("what"))
	if strings.HasSuffix(what, "months") {
		n, _ := numberOf(strings.Fields(what)[0])
		return Duration, durValue(n, true, uMonth)
	}
	if q := ordinalOf(strings.Fields(what + " x")[0]); q > 0 {
		if y, ok := m.quarterYear(q); ok {
			return Date, fmt.Sprintf("%04d-Q%d", y-1, q)
		}
		return Date, fmt.Sprintf("XXXX-Q%d", q)
	}
	isQuarter := strings.HasPrefix(what, "quarter")
	ago := m.r.yearAgo
	if isQuarter {
		ago = m.r.quarterYearAgo
	}
	if v, ok := ago(m.start); ok {
		return Date, v
	}
	if !m.r.hasDCT {
		return Date, "XXXX"
	}
	if isQuarter {
		return Date, m.r.dct.at(granQuarter).shift(-5, uQuarter).String()
	}
	return Date, m.r.dct.at(granYear).shift(-1, uYear).String()
}

// normPeriodLastYear reads "the corresponding period last year" and "last
// year's quarter": the results quarter, a year back.
func normPeriodLastYear(m *match) (string, string) {
	if v, ok := m.r.periodYearAgo(m.start); ok {
		return Date, v
	}
	return Date, m.dctShift(-1, uYear, granYear, "XXXX")
}

func normTheQuarter(m *match) (string, string) {
	rel := strings.Join(strings.Fields(strings.ToLower(m.s("rel"))), " ")
	what := strings.ToLower(m.s("what"))
	if what == "period" && rel != "the latest" && rel != "the most recent" {
		return "", ""
	}
	if strings.HasPrefix(m.after(), "of") || strings.HasPrefix(m.after(), "century") {
		return "", ""
	}
	if strings.HasPrefix(m.r.text[m.end:], "-to-") {
		return "", "" // "the quarter-to-quarter comparison": no quarter in particular
	}
	if v, ok := quarterEnded(m); ok {
		return Date, v
	}
	if m.has("ago") { // "the quarter a year ago": the results quarter, a year back
		if v, ok := m.r.periodYearAgo(m.start); ok {
			return Date, v
		}
		return Date, m.dctShift(-5, uQuarter, granQuarter, "XXXX-QX")
	}
	switch rel {
	case "this", "the current":
		return Date, m.dctShift(0, uQuarter, granQuarter, "XXXX-QX")
	case "last", "the previous", "the past":
		return Date, m.dctShift(-1, uQuarter, granQuarter, "XXXX-QX")
	case "the same", "the comparable":
		return "", ""
	}
	if rel == "the" {
		if v, ok := m.r.thisQuarter(m.start); ok {
			return Date, v
		}
	}
	return Date, m.dctShift(-1, uQuarter, granQuarter, "XXXX-QX")
}

// normFiscalYear reads "the fiscal year" as a year's span and "the latest
// fiscal year" as the year just ended.
func normFiscalYear(m *match) (string, string) {
	if a := m.after(); len(a) >= 2 && isDigit(a[0]) || strings.HasPrefix(a, "'") {
		return "", "" // "the fiscal year 2025": the year rule reads it
	}
	switch strings.ToLower(m.s("w")) {
	case "":
		return Duration, "P1Y"
	case "latest", "last", "previous", "past":
		return Date, m.dctShift(-1, uYear, granYear, "XXXX")
	case "next", "coming":
		return Date, m.dctShift(1, uYear, granYear, "XXXX")
	}
	return Date, m.dctShift(0, uYear, granYear, "XXXX")
}

// yearCue before "the year" makes it the current year ("a high for the year").
var yearCue = map[string]bool{"for": true, "of": true, "in": true, "during": true, "throughout": true}

// normTheYear reads "for the year", "the full year" (this year) and "the year
// ended June 30" (a year's span).
func normTheYear(m *match) (string, string) {
	t := strings.ToLower(m.text())
	if !strings.Contains(t, "the") || strings.HasPrefix(m.r.text[m.end:], "-") || strings.HasPrefix(m.r.text[m.end:], "'") {
		return "", ""
	}
	if m.has("ended") {
		m.end = m.idx[2*m.rule.names["ended"]]
		return Duration, "P1Y"
	}
	switch m.after() {
	case "before", "after", "earlier", "ago", "later", "two", "of", "when", "that":
		return "", ""
	}
	if !m.has("mod") && !yearCue[m.before()] {
		return "", ""
	}
	return Date, m.dctShift(0, uYear, granYear, "XXXX")
}

func normYearQuarter(m *match) (string, string) {
	return Date, m.r.periodIn(m.s("y"), m.start)
}

func normPODDay(m *match) (string, string) {
	return Time, clockDate(m) + "T" + partCode(m.s("pod"))
}

// quarterEnded reads "the quarter ended Sept. 30": the calendar quarter that
// holds most of the three months up to that day.
func quarterEnded(m *match) (string, bool) {
	loc := endedRe.FindStringSubmatch(m.r.text[m.end:min(len(m.r.text), m.end+40)])
	if loc == nil {
		return "", false
	}
	mo := monthOf(loc[2])
	if mo == 0 {
		return "", false
	}
	mid := mo - 1
	if mid == 0 {
		mid = 12
	}
	y, ok := m.yearFor(mid, 15)
	if !ok {
		return fmt.Sprintf("XXXX-Q%d", (int(mid)-1)/3+1), true
	}
	if loc[1] == "ed" { // "ended Nov. 30": the last such day before the publication date
		d, _ := strconv.Atoi(loc[3])
		dct := m.r.dct.t
		y = dct.Year()
		if mo > dct.Month() || mo == dct.Month() && d > dct.Day() {
			y--
		}
		if mid == 12 {
			y--
		}
	}
	return fmt.Sprintf("%04d-Q%d", y, (int(mid)-1)/3+1), true
}

var endedRe = regexp.MustCompile(`^,?\s+end(ed|ing)\s+(` + reMonth + `)\s*(\d+)`)

func normYearEnd(m *match) (string, string) {
	if !m.r.hasDCT {
		return Date, "XXXX-12-31"
	}
	y := m.r.dct.t.Year()
	if m.r.dct.t.Month() <= 3 && m.tense() == tensePast || m.before() == "since" {
		y-- // "since year-end": the last one passed
	}
	return Date, fmt.Sprintf("%04d-12-31", y)
}
