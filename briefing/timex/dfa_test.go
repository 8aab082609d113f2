package timex

import (
	"strings"
	"testing"
)

// checkPrefilter verifies that the prefilter is a superset: at every word
// start, each rule whose regexp matches there (on the full window) is among
// the rules the DFA allows, with a furthest end no shorter than the match,
// and the start is not one the table of dead starts skips.
func checkPrefilter(t *testing.T, text string) {
	t.Helper()
	d := theDFA()
	var rs []reach
	for _, p := range paragraphs(text) {
		for at := p[0]; at < p[1]; at++ {
			if at > p[0] && isWordByte(text[at-1]) || !isWordByte(text[at]) && !yearQuote(text, at) {
				continue
			}
			end := min(p[1], at+window)
			dead := d.knownDead(text[:end], at)
			rs = d.walk(rs, text, at, end)
			for ri, r := range rules {
				loc := r.anchored.FindStringIndex(text[at:end])
				if loc == nil {
					continue
				}
				ok := false
				for _, m := range rs {
					ok = ok || m.rule == ri && m.end >= at+loc[1]
				}
				if !ok || dead {
					t.Fatalf("prefilter drops rule %s at %d in %q (known dead: %v)", r.name, at, text[at:end], dead)
				}
			}
		}
	}
}

func TestPrefilterSuperset(t *testing.T) {
	for _, text := range []string{
		sample,
		"Q3 2024 and H2 FY25; 1990s, '98, mid-2014, the late 1980s, Christmas Eve 2012.",
		"On Tuesday, June 4, 2013 at 10:30 a.m. EST, six months later — every Monday night.",
		"May 3–5, 2011; 2011-05-03T10:00Z; 5/3/11; the week of Nov. 6, 1989; two days before.",
		strings.Repeat("Ministers met ", 20) + "earlier this year.",
	} {
		checkPrefilter(t, text)
	}
}
