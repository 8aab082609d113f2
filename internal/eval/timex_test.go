package main

import "testing"

func TestConventionTally(t *testing.T) {
	for _, tc := range []struct {
		line       string
		gold, sys  string
		pair, conv bool
	}{
		{"PAIR\tgold '1968' DATE 1968-XX | sys '1968' DATE 1968", "1968-XX", "1968", true, true},
		{"PAIR\tgold 'this week' DATE 2000-W7 | sys 'this week' DATE 2000-W07", "2000-W7", "2000-W07", true, true},
		{"PAIR\tgold 'the 1980s' DATE 198X | sys 'the 1980s' DATE 198", "198X", "198", true, true},
		{"PAIR\tgold 'Friday' DATE 1998-08-07 | sys 'Friday' DATE 1998-08-14", "1998-08-07", "1998-08-14", true, false},
		{"PAIR\tgold 'next week' DATE 1998-WXX | sys 'next week' DATE XXXX-WXX", "1998-WXX", "XXXX-WXX", true, false},
		{"MISS\tgold 'week' DURATION P1W @70", "", "", false, false},
	} {
		gold, sys, ok := pairValues(tc.line)
		if ok != tc.pair || gold != tc.gold || sys != tc.sys {
			t.Errorf("pairValues(%q) = %q, %q, %v", tc.line, gold, sys, ok)
		}
		if ok && conventionOnly(gold, sys) != tc.conv {
			t.Errorf("conventionOnly(%q, %q) = %v, want %v", gold, sys, !tc.conv, tc.conv)
		}
	}
	g, s, c := timexCounts([]byte("documents 73 | gold TIMEX3 579 | system TIMEX3 604 | relaxed matches 561 | strict matches 508 | value-correct 483 | type-correct 536\n"))
	if g != 579 || s != 604 || c != 483 {
		t.Errorf("timexCounts = %d, %d, %d", g, s, c)
	}
}
