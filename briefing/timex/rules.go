package timex

// reMod is an optional modifier that belongs to the expression it precedes
// ("early", "late", "mid-", "the end of", "earlier"): TIMEX3 keeps it in the
// extent and in the value's granularity.
const reMod = `(?P<mod>(?:(?:very\s+)?(?:early|earlier|late|later|mid)(?:\s+in(?:\s+the)?)?|(?:the\s+)?(?:end|beginning|start|middle|close|turn)\s+of(?:\s+the)?)(?:\s+|-))?`

// rules are tried everywhere; where matches overlap the longest leftmost one
// wins, and among equal extents the earlier rule.
var rules = concat(timeRules, explicitRules, relativeRules, durationRules, setRules)

func concat(groups ...[]*rule) []*rule {
	var out []*rule
	for _, g := range groups {
		out = append(out, g...)
	}
	return out
}
