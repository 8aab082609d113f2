package main

import (
	"strings"
	"time"
)

// publishedLayouts are the --published forms accepted, most precise first.
var publishedLayouts = []string{
	time.RFC3339, "2006-01-02T15:04:05", "2006-01-02T15:04", "2006-01-02", "2006-01", "2006",
}

// normalizePublished checks a --published value: an ISO date or date-time
// ("2013-06-04", "2013-06-04T19:15", "2013-06-04 19:15"). It returns the
// value with T between date and time, or "" for "".
func normalizePublished(s string) (string, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return "", nil
	}
	if len(s) > 10 && s[10] == ' ' {
		s = s[:10] + "T" + s[11:]
	}
	for _, l := range publishedLayouts {
		if _, err := time.Parse(l, s); err == nil {
			return s, nil
		}
	}
	return "", usagef("--published %q is not an ISO date or date-time (e.g. 2013-06-04 or 2013-06-04T19:15)", s)
}

// publishedFor is the publication date used for one input: the input's own
// (a JSON Lines record's), else --published, else the one detected in the text.
func publishedFor(in input, flag, detected string) string {
	for _, p := range []string{in.published, flag, detected} {
		if p != "" {
			return p
		}
	}
	return ""
}
