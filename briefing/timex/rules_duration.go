package timex

import (
	"fmt"
	"strings"
)

// durationRules read lengths of time: "two years", "a two-day meeting",
// "the past three months", "nearly forty years", "for weeks".
var durationRules = []*rule{
	newRule("duration", `(?P<pre>(?:(?:around|approximately|roughly|nearly|almost|some|more\s+than|less\s+than|fewer\s+than|no\s+more\s+than|under|at\s+least|at\s+most|up\s+to|well\s+over|another|an\s+additional)\s+|(?:(?P<the>the\s+)(?:(?:next|past|last|first|final|previous|coming|following|latest|remaining|recent)\s+)?|(?:past|next)\s+)(?:(?:around|approximately|roughly|nearly|almost|some|more\s+than|less\s+than|at\s+least)\s+)?)?)(?P<n>`+reNumber+`)[\s-]+(?:(?:full|straight|consecutive|more|additional|long|calendar|fiscal|whole|extra)[\s-]+)?(?P<u>`+reUnit+`)(?P<half>\s+and\s+a\s+half)?(?P<old>[\s-]+old)?\b`, normDuration),
	newRule("long-adj", `\b(?:(?P<n>`+reNumber+`)-)?(?P<u>`+reUnit+`)-?long\b`, normLongAdj),
	newRule("vague-duration", `\b(?:for|in|within|over|after|take|takes|took|lasted|last|spent|spend)\s+(?P<x>(?:many\s+|several\s+|some\s+)?(?P<u>seconds|minutes|hours|days|weeks|months|years|decades|centuries))\b`, normVagueDuration),
}

func normDuration(m *match) (string, string) {
	us := strings.ToLower(m.s("u"))
	u := unitOf(us)
	ns := strings.ToLower(strings.Join(strings.Fields(m.s("n")), " "))
	if u == uNone || m.has("old") || strings.HasPrefix(m.r.text[m.end:], "-") {
		return "", ""
	}
	if us != m.s("u") && m.s("u")[0] >= 'A' && m.s("u")[0] <= 'Z' && strings.ToUpper(m.s("u")) != m.s("u") {
		return "", "" // a title: CBS's "60 Minutes"
	}
	if ns == "one" && us == "day" && m.s("pre") == "" && someday[m.before()] {
		return Date, "FUTURE_REF" // "Islam will one day be...": some day ahead
	}
	n, known := numberOf(ns)
	if m.has("half") {
		n += 0.5
	}
	if len(ns) == 4 && n >= 1600 && n < 2100 {
		return "", "" // "the 1988 quarter": a year
	}
	a := ns == "a" || ns == "an"
	if (u == uSecond || u == uQuarter) && (a || ns == "one") && !strings.HasSuffix(us, "s") {
		return "", "" // "a second term", "a quarter of"
	}
	if u == uQuarter && known && m.after() == "of" {
		return "", "" // "three quarters of the vote"; "several quarters of losses" is a span
	}
	if known && n != float64(int(n)) && n > 1 && !strings.Contains(ns, "half") {
		if strings.Contains(ns, ".") && u > uMonth {
			return "", ""
		}
	}
	if m.s("pre") == m.s("the") && m.has("the") && strings.Contains(m.r.text[m.idx[2*m.rule.names["n"]]:m.end], "-") {
		m.start = m.idx[2*m.rule.names["n"]] // "the two-day meeting": the extent is the adjective
	}
	if a && perPrefix(m) {
		return Set, durValue(1, true, u)
	}
	if known && n > 1 && m.r.text[m.idx[2*m.rule.names["n"]]] >= '0' && m.r.text[m.idx[2*m.rule.names["n"]]] <= '9' && numPrefix(m) {
		return "", ""
	}
	return Duration, durValue(n, known, u)
}

// someday are the words before "one day" that make it "some day" rather
// than a length of time: modals and subjects of the verb after it.
var someday = map[string]bool{
	"will": true, "would": true, "could": true, "may": true, "might": true, "can": true, "shall": true,
	"should": true, "must": true, "he": true, "she": true, "they": true, "we": true, "i": true, "you": true,
	"it": true, "hope": true, "hopes": true,
}

// perPrefix reports "$5 a year", "twice a day": a rate, i.e. a SET.
func perPrefix(m *match) bool {
	if m.has("pre") && m.s("pre") != "" {
		return false
	}
	b := m.before()
	if b == "" {
		return false
	}
	if b == "once" || b == "twice" || b == "times" || strings.HasSuffix(b, "%") || b == "percent" {
		return true
	}
	c := b[len(b)-1]
	return c >= '0' && c <= '9' || strings.HasSuffix(b, "million") || strings.HasSuffix(b, "billion")
}

// numPrefix reports a number run into a larger one ("1,500 years" is fine,
// "3.5 days" too); it rejects "$5 days".
func numPrefix(m *match) bool {
	return m.start > 0 && strings.ContainsAny(m.r.text[m.start-1:m.start], "$£€")
}

// normLongAdj reads a length given as an adjective: "a day-long meeting",
// "a three-week-long strike", "decades-long feuds", "a yearlong inquiry".
func normLongAdj(m *match) (string, string) {
	us := strings.ToLower(m.s("u"))
	u := unitOf(us)
	if u == uNone {
		return "", ""
	}
	if !m.has("n") {
		if strings.HasSuffix(us, "s") {
			return Duration, vagueDur(u)
		}
		return Duration, durValue(1, true, u)
	}
	n, known := numberOf(m.s("n"))
	return Duration, durValue(n, known, u)
}

func normVagueDuration(m *match) (string, string) {
	u := unitOf(m.s("u"))
	return Duration, vagueDur(u)
}

// setRules read recurrences: "every year", "each Monday", "daily".
var setRules = []*rule{
	newRule("every", `\b(?P<w>every|each|per)\s+(?:(?P<n>other|`+reNumber+`)\s+)?(?P<u>`+reUnit+`|(?P<wd>`+reWeekday+`)|`+reMonthFull+`)\b`, normEvery),
	newRule("weekdays", `\b(?P<wd>(?-i:Mondays|Tuesdays|Wednesdays|Thursdays|Fridays|Saturdays|Sundays))(?:\s+(?P<pod>mornings|afternoons|evenings|nights))?\b`, normWeekdays),
	newRule("adverb-set", `\b(?P<w>(?-i:daily|weekly|monthly|yearly|nightly|hourly|biweekly|bimonthly|semiannually|biannually))\b`, normAdverbSet),
}

func normEvery(m *match) (string, string) {
	if m.has("wd") {
		wd, _ := weekdayOf(m.s("wd"))
		return Set, fmt.Sprintf("XXXX-WXX-%d", isoWeekday(wd))
	}
	u := unitOf(m.s("u"))
	if u == uNone {
		if mo := monthOf(m.s("u")); mo != 0 {
			return Set, fmt.Sprintf("XXXX-%02d", mo)
		}
		return "", ""
	}
	n := 1.0
	if ns := strings.ToLower(m.s("n")); ns == "other" {
		n = 2
	} else if ns != "" {
		v, ok := numberOf(ns)
		if !ok {
			return "", ""
		}
		n = v
	}
	return Set, durValue(n, true, u)
}

// normWeekdays reads "on Mondays", "Tuesday nights" as recurring days.
func normWeekdays(m *match) (string, string) {
	wd, _ := weekdayOf(m.s("wd"))
	v := fmt.Sprintf("XXXX-WXX-%d", isoWeekday(wd))
	if m.has("pod") {
		v += "T" + partCode(strings.TrimSuffix(m.s("pod"), "s"))
	}
	return Set, v
}

func normAdverbSet(m *match) (string, string) {
	switch strings.ToLower(m.s("w")) {
	case "daily":
		return Set, "P1D"
	case "weekly":
		return Set, "P1W"
	case "biweekly":
		return Set, "P2W"
	case "monthly":
		return Set, "P1M"
	case "bimonthly":
		return Set, "P2M"
	case "quarterly":
		return Set, "P3M"
	case "nightly":
		return Set, "XXXX-XX-XXTNI"
	case "hourly":
		return Set, "PT1H"
	case "semiannually", "biannually":
		return Set, "P6M"
	}
	return Set, "P1Y"
}
