package timex

import (
	"strings"
	"time"
)

// anchorLayouts are the publication-date forms ParseAnchor accepts, most
// precise first.
var anchorLayouts = []string{
	time.RFC3339, "2006-01-02T15:04:05", "2006-01-02T15:04", "2006-01-02T15", "2006-01-02",
}

// ParseAnchor parses a publication date given as an ISO date or date-time
// ("2013-06-04", "2013-06-04T19:15", "2013-06-04 19:15:00"). ok is false
// when s is empty or not such a date. The time zone, if any, is dropped: the
// calendar date as written is what relative expressions resolve against.
func ParseAnchor(s string) (t time.Time, ok bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, false
	}
	if len(s) > 10 && s[10] == ' ' {
		s = s[:10] + "T" + s[11:]
	}
	for _, l := range anchorLayouts {
		if p, err := time.Parse(l, s); err == nil {
			return time.Date(p.Year(), p.Month(), p.Day(), p.Hour(), p.Minute(), p.Second(), 0, time.UTC), true
		}
	}
	return time.Time{}, false
}
