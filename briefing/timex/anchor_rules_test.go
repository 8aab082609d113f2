package timex

import "testing"

// TestDayBeforeWeekday: "the day before/after WEEKDAY" steps from the
// weekday as it resolves alone.
func TestDayBeforeWeekday(t *testing.T) {
	const dct = "2013-06-05" // a Wednesday
	tests := []struct {
		text string
		want []want
	}{
		{"The day before last Tuesday's hearing, the envoy flew in.", []want{{"The day before last Tuesday", Date, "2013-06-03"}}},
		{"Talks resume the day after Friday.", []want{{"the day after Friday", Date, "2013-06-01"}}},
		{"Talks will resume the day after Friday.", []want{{"the day after Friday", Date, "2013-06-08"}}},
	}
	for _, tt := range tests {
		check(t, tt.text, dct, tt.want...)
	}
	check(t, "The day before Tuesday, the envoy flew in.", "", want{"The day before Tuesday", Date, "XXXX-XX-XX"})
}

// TestHolidayWeek: "Easter week" is the ISO week holding the holiday.
func TestHolidayWeek(t *testing.T) {
	check(t, "Crowds filled Rome during Easter week.", "2013-04-10", want{"Easter week", Date, "2013-W13"})
	check(t, "Shops close in Christmas week 2012.", "2013-04-10", want{"Christmas week 2012", Date, "2012-W52"})
	check(t, "Shops close in Christmas week.", "", want{"Christmas week", Date, "XXXX-WXX"})
}

// TestThatDay: "that day" is the day the narrative last named, or an
// unknown day of the month or year it last named.
func TestThatDay(t *testing.T) {
	const dct = "2013-06-05"
	tests := []struct {
		text string
		want []want
	}{
		{"Troops arrived on May 3, 2012, and left that day.", []want{{"May 3, 2012", Date, "2012-05-03"}, {"that day", Date, "2012-05-03"}}},
		{"Rebels struck last October, and the town fell that same day.", []want{{"last October", Date, "2012-10"}, {"that same day", Date, "2012-10-XX"}}},
		{"In 1987 markets crashed, and traders lost money that day.", []want{{"1987", Date, "1987"}, {"that day", Date, "1987-XX-XX"}}},
	}
	for _, tt := range tests {
		check(t, tt.text, dct, tt.want...)
	}
}

// TestDiscourseNow: "Now," opening a sentence and "most recently" before a
// date are not times of their own.
func TestDiscourseNow(t *testing.T) {
	const dct = "2013-06-05"
	check(t, "Now, the minister says, the plan is dead.", dct)
	check(t, "Now the plan is dead, and troops are now home.", dct, want{"Now", Date, "PRESENT_REF"}, want{"now", Date, "PRESENT_REF"})
	check(t, "Three envoys were expelled, most recently last October.", dct, want{"last October", Date, "2012-10"})
	check(t, "The envoy most recently visited Kabul.", dct, want{"recently", Date, "PAST_REF"})
}

// TestNamesNotTimes: "USA Today" and "high noon" name no time.
func TestNamesNotTimes(t *testing.T) {
	const dct = "2013-06-05"
	check(t, "The poll ran in USA Today and was cited widely.", dct)
	check(t, "For the rebels, high noon comes now.", dct, want{"now", Date, "PRESENT_REF"})
	check(t, "Talks ended in Geneva. Today the envoys fly home.", dct, want{"Today", Date, "2013-06-05"})
	check(t, "Talks ended in Geneva; Today the envoys fly home.", dct, want{"Today", Date, "2013-06-05"})
	check(t, "The envoys meet at noon.", dct, want{"noon", Time, "2013-06-05T12:00"})
}

// TestMonthCues: a month that dates a noun after "the" is a date, a march
// is not; "vs." does not end the sentence whose tense dates a month.
func TestMonthCues(t *testing.T) {
	const dct = "2013-10-25"
	check(t, "The March accession was delayed.", dct, want{"March", Date, "2013-03"})
	check(t, "The March accession will go ahead.", dct, want{"March", Date, "2014-03"})
	check(t, "She spoke at the March on Washington.", dct)
	check(t, "In January, a week after the Roe vs. Wade anniversary, a clinic burned.", dct, want{"January", Date, "2013-01"}, want{"a week", Duration, "P1W"})
}

// TestOneDay: "one day" after a modal or a subject is some day ahead, not a
// length of time.
func TestOneDay(t *testing.T) {
	const dct = "2013-06-05"
	check(t, "Islam will one day be the second religion there.", dct, want{"one day", Date, "FUTURE_REF"})
	check(t, "He had been in the job only one day.", dct, want{"one day", Duration, "P1D"})
}

// TestSharedPlural: "Monday and Tuesday nights" makes both weekdays sets.
func TestSharedPlural(t *testing.T) {
	const dct = "2013-06-05"
	check(t, "Flights leave on Monday and Tuesday nights.", dct,
		want{"Monday", Set, "XXXX-WXX-1TNI"}, want{"Tuesday nights", Set, "XXXX-WXX-2TNI"})
	check(t, "Talks ended Monday and Tuesday night.", dct,
		want{"Monday", Date, "2013-06-03"}, want{"Tuesday night", Date, "2013-06-04"})
}
