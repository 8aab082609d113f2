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
		{"PAIR\tgold '1994' DATE 1994-XX-XX | sys '1994' DATE 1994", "1994-XX-XX", "1994", true, true},
		{"PAIR\tgold 'the 20th century' DATE 19XX | sys 'the 20th century' DATE 19", "19XX", "19", true, true},
		{"PAIR\tgold 'the quarter' DATE 1989-QX | sys 'the quarter' DATE 1989-Q3", "1989-QX", "1989-Q3", true, true},
		{"PAIR\tgold 'last week' DATE 1989-WXX | sys 'last week' DATE 1989-W43", "1989-WXX", "1989-W43", true, true},
		// A different value, not a notation of the same one.
		{"PAIR\tgold 'last week' DATE 2000-W7 | sys 'last week' DATE 2000-W05", "2000-W7", "2000-W05", true, false},
		{"PAIR\tgold 'a few years ago' DATE 199X | sys 'a few years ago' DATE PAST_REF", "199X", "PAST_REF", true, false},
		{"PAIR\tgold 'recent years' DATE PXY | sys 'recent years' DATE PAST_REF", "PXY", "PAST_REF", true, false},
		{"PAIR\tgold 'early this week' DATE 1998-12-XX | sys 'early this week' DATE 1998-W49", "1998-12-XX", "1998-W49", true, false},
		{"PAIR\tgold '1968' DATE 1968-XX | sys '1968' DATE 1969", "1968-XX", "1969", true, false},
		{"PAIR\tgold \"Friday's\" DATE 1999-03-12 | sys 'Friday' DATE 1999-03-12", "1999-03-12", "1999-03-12", true, true},
		{"MISS\tgold 'week' DURATION P1W @70", "", "", false, false},
	} {
		g, sy, ok := parsePair(tc.line)
		gold, sys := g.value, sy.value
		if ok != tc.pair || gold != tc.gold || sys != tc.sys {
			t.Errorf("parsePair(%q) = %q, %q, %v", tc.line, gold, sys, ok)
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

func TestGoldContradicts(t *testing.T) {
	for _, tc := range []struct {
		line, want string
	}{
		// 2000-04-05 is a Wednesday.
		{"PAIR\tgold 'Tuesday' DATE 2000-04-05 | sys 'Tuesday' DATE 2000-04-04", "weekday"},
		{"PAIR\tgold '9 a.m. EST Tuesday' DATE 2000-04-03T09:00 | sys '9 a.m. EST Tuesday' TIME 2000-04-04T09:00", "weekday"},
		{"PAIR\tgold 'Tuesday' DATE 2000-04-04 | sys 'Tuesday' DATE 2000-04-11", ""},
		// Counting from a weekday lands on another day.
		{"PAIR\tgold 'day before last Tuesday' DATE 2000-02-21 | sys 'The day before' DATE 2000-02-20", ""},
		{"PAIR\tgold \"Friday's\" DATE 2000-04-05 | sys 'Friday' DATE 2000-04-07", "weekday"},
		{"PAIR\tgold 'last week' DURATION 1998-08-04 | sys 'last week' DATE 1998-W32", "type"},
		{"PAIR\tgold 'this week' DATE P1W | sys 'this week' DATE 2000-W02", "type"},
		{"PAIR\tgold 'now' DATE PRESENT_REF | sys 'now' DATE 2000-01-02", ""},
		{"PAIR\tgold 'a week' DURATION P1W | sys 'a week' DURATION P7D", ""},
		{"MISS\tgold 'week' DURATION P1W @70", ""},
	} {
		g, _, _ := parsePair(tc.line)
		if got := goldContradicts(g); got != tc.want {
			t.Errorf("goldContradicts(%q) = %q, want %q", tc.line, got, tc.want)
		}
	}
}
