package timex

import "testing"

// TestPartOfDayValue: a morning or afternoon after a named day takes the
// day's value, as a night does; an evening, a modified part and "this
// morning" keep their part of the day.
func TestPartOfDayValue(t *testing.T) {
	const dct = "2013-06-05" // a Wednesday
	tests := []struct {
		text string
		want want
	}{
		{"The envoy landed on Tuesday morning.", want{"Tuesday morning", Date, "2013-06-04"}},
		{"Shelling resumed Monday afternoon.", want{"Monday afternoon", Date, "2013-06-03"}},
		{"Shelling resumed yesterday afternoon.", want{"yesterday afternoon", Date, "2013-06-04"}},
		{"The convoy left Monday night.", want{"Monday night", Date, "2013-06-03"}},
		{"The minister spoke on Tuesday evening.", want{"Tuesday evening", Time, "2013-06-04TEV"}},
		{"Troops moved in early Tuesday morning.", want{"early Tuesday morning", Time, "2013-06-04TMO"}},
		{"Officials met this morning.", want{"this morning", Time, "2013-06-05TMO"}},
	}
	for _, tt := range tests {
		check(t, tt.text, dct, tt.want)
	}
}

// TestNotATime: "the future of" is a thing's prospects, "for the
// foreseeable future" means indefinitely and "the past" before a count
// starts a span the rules do not read; none is a time.
func TestNotATime(t *testing.T) {
	const dct = "2013-06-05"
	check(t, "Ministers debated the future of the alliance.", dct)
	check(t, "Drought hit the region in the past three summers.", dct)
	check(t, "Ministers will decide in the future.", dct, want{"the future", Date, "FUTURE_REF"})
	check(t, "Troops will stay for the foreseeable future.", dct)
	check(t, "No vote is likely in the foreseeable future.", dct, want{"the foreseeable future", Date, "FUTURE_REF"})
	check(t, "Such raids were rare in the past.", dct, want{"the past", Date, "PAST_REF"})
	// Only "the past" starts such a span: "recently" before a number is
	// still a time.
	check(t, "Police recently 200 people were arrested.", dct, want{"recently", Date, "PAST_REF"})
	check(t, "The unit, formerly 300 strong, was disbanded.", dct, want{"formerly", Date, "PAST_REF"})
}

// TestTenseAcrossNoBreakSpace: a no-break space separates words for the
// tense as a space does ("will\u00a0be" is future).
func TestTenseAcrossNoBreakSpace(t *testing.T) {
	check(t, "The vote will\u00a0be held on Monday.", "2013-06-04", want{"Monday", Date, "2013-06-10"})
	check(t, "The vote will be held on Monday.", "2013-06-04", want{"Monday", Date, "2013-06-10"})
}

// TestVagueQuarters: "several quarters of losses" is a span; "three
// quarters of the vote" is a share.
func TestVagueQuarters(t *testing.T) {
	const dct = "2013-06-05"
	check(t, "The firm returned to profit after several quarters of losses.", dct, want{"several quarters", Duration, "PXQ"})
	check(t, "The party won three quarters of the vote.", dct)
}

// TestModifiedMonthRelYear: "early October this year" is one expression,
// the month of the year named.
func TestModifiedMonthRelYear(t *testing.T) {
	check(t, "Parliament approved it in early October this year.", "2013-12-03", want{"early October this year", Date, "2013-10"})
	check(t, "Parliament will vote in late April next year.", "2013-12-03", want{"late April next year", Date, "2014-04"})
}

// TestLongAdjective: a length given as an adjective ("day-long") is a
// duration; an unknown number of decades is written in years.
func TestLongAdjective(t *testing.T) {
	const dct = "2013-06-05"
	tests := []struct {
		text string
		want want
	}{
		{"Envoys ended a day-long meeting.", want{"day-long", Duration, "P1D"}},
		{"Unions began a three-week-long strike.", want{"three-week-long", Duration, "P3W"}},
		{"The ruling ends a decades-long feud.", want{"decades-long", Duration, "PXY"}},
		{"The yearlong inquiry closed.", want{"yearlong", Duration, "P1Y"}},
		{"The two clans feuded for decades.", want{"decades", Duration, "PXY"}},
	}
	for _, tt := range tests {
		check(t, tt.text, dct, tt.want)
	}
}

// TestGenericAndPastPresent: "the leaders of tomorrow" is no date, "as of
// tomorrow" is; "the then-current price" was current in the past; "the
// quarter-to-quarter comparison" names no quarter.
func TestGenericAndPastPresent(t *testing.T) {
	const dct = "2013-06-05"
	check(t, "We train the leaders of tomorrow.", dct)
	check(t, "As of tomorrow, flights resume.", dct, want{"tomorrow", Date, "2013-06-06"})
	check(t, "Holders may buy shares at half the then-current price.", dct, want{"then-current", Date, "PAST_REF"})
	check(t, "Holders may buy shares at half the then current price.", dct, want{"then current", Date, "PAST_REF"})
	check(t, "The quarter-to-quarter comparison was weak.", dct)
}

// TestThisQuarterReported: in a results report "this quarter's loss" is the
// quarter reported, not the one under way.
func TestThisQuarterReported(t *testing.T) {
	check(t, "Acme posted a loss for the third quarter ended Sept. 30. This quarter's loss includes charges.", "2013-11-01",
		want{"the third quarter", Date, "2013-Q3"}, want{"Sept. 30", Date, "2013-09-30"}, want{"This quarter", Date, "2013-Q3"})
	check(t, "Sales this quarter will rise.", "2013-11-01", want{"this quarter", Date, "2013-Q4"})
}

// TestNowFor: "Now for the weather" turns the talk; "Now with ..." is a time.
func TestNowFor(t *testing.T) {
	check(t, "Now for the weather.", "2013-11-01")
	check(t, "Now with talks under way, prices fell.", "2013-11-01", want{"Now", Date, "PRESENT_REF"})
}

// TestThePastWeek: "the past week" is the seven days up to the publication
// date, dated to the ISO week that holds most of them; "last week" is the
// week before.
func TestThePastWeek(t *testing.T) {
	check(t, "Talks dragged on over the past week.", "2013-06-07", want{"the past week", Date, "2013-W23"}) // a Friday
	check(t, "Talks dragged on over the last week.", "2013-06-03", want{"the last week", Date, "2013-W22"}) // a Monday
	check(t, "Talks dragged on last week.", "2013-06-07", want{"last week", Date, "2013-W22"})
}

// TestGenericThatDay: "that day" with no day named resolves to an unknown
// day of the month or year named only in a past narrative; in a present
// tense generalisation it is any day.
func TestGenericThatDay(t *testing.T) {
	const dct = "2013-06-05"
	check(t, "In 2011 funds changed. When news hits, you have redemptions that day.", dct,
		want{"2011", Date, "2011"})
}
