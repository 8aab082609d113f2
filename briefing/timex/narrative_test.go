package timex

import "testing"

// TestNarrativeYear: in a story telling an earlier year, a past-tense month
// that the publication year would put after publication takes the year the
// narrative last named; without such a year nearby, the publication year's
// rules stand.
func TestNarrativeYear(t *testing.T) {
	const dct = "2026-02-18"
	check(t, "The first talks took place in February 2022. The two sides held three rounds of talks, ending on March 7.", dct,
		want{"February 2022", Date, "2022-02"}, want{"March 7", Date, "2022-03-07"})
	check(t, "The first talks took place in February 2022. Forces withdrew in early April.", dct,
		want{"February 2022", Date, "2022-02"}, want{"early April", Date, "2022-04"})
	// A future tense is a plan, not the story of 2022.
	check(t, "The first talks took place in February 2022. Talks will resume on March 7.", dct,
		want{"February 2022", Date, "2022-02"}, want{"March 7", Date, "2026-03-07"})
	// A month before the year last named is not that year's.
	check(t, "The deal was signed in June 2022. It had been drafted by March 7.", dct,
		want{"June 2022", Date, "2022-06"}, want{"March 7", Date, "2026-03-07"})
}

// TestMonthAsName: a bare month followed by a capitalised word and with no
// preposition before it is a name ("June Carter Cash"), not a date.
func TestMonthAsName(t *testing.T) {
	const dct = "2026-02-27"
	check(t, "He wrote the song with June Carter Cash.", dct)
	check(t, "April Ryan asked the first question.", dct)
	check(t, "In June Parliament voted on the budget.", dct, want{"June", Date, "2025-06"})
	check(t, "The vote was held in June.", dct, want{"June", Date, "2025-06"})
}

// TestNumberBeforeMonthDay: a number before "of January 17, 2014" is not the
// day of the month; the month's own day is.
func TestNumberBeforeMonthDay(t *testing.T) {
	const dct = "2022-10-07"
	check(t, "It was set by Directive 28 of January 17, 2014.", dct, want{"January 17, 2014", Date, "2014-01-17"})
	check(t, "The talks began on the 28th of January.", dct, want{"the 28th of January", Date, "2022-01-28"})
	check(t, "The talks began on 28 January 2014.", dct, want{"28 January 2014", Date, "2014-01-28"})
}

// TestStepFromCoarserDate: a step of a day from a date named only to the
// month is a day of that month, not of the month before.
func TestStepFromCoarserDate(t *testing.T) {
	const dct = "2024-11-20"
	check(t, "Earlier this month, the minister resigned. The day before, officials met.", dct,
		want{"Earlier this month", Date, "2024-11"}, want{"The day before", Date, "2024-11-XX"})
	check(t, "On November 12, the minister resigned. The day before, officials met.", dct,
		want{"November 12", Date, "2024-11-12"}, want{"The day before", Date, "2024-11-11"})
}

// TestNineEleven: "9/11" and "the Sept. 11 attacks" are 2001-09-11 whatever
// the publication year; a bare "Sept. 11" is a date near publication.
func TestNineEleven(t *testing.T) {
	const dct = "2024-11-20"
	check(t, "The 9/11 attacks changed policy.", dct, want{"9/11", Date, "2001-09-11"})
	check(t, "After the Sept. 11 attacks, the law passed.", dct, want{"Sept. 11", Date, "2001-09-11"})
	check(t, "The September 11th terrorist attacks shaped a generation.", dct, want{"September 11th", Date, "2001-09-11"})
	check(t, "The vote was held on Sept. 11.", dct, want{"Sept. 11", Date, "2024-09-11"})
	check(t, "Planes struck on 9/11/2001.", dct, want{"9/11/2001", Date, "2001-09-11"})
	check(t, "Form 9/11/20015 was filed.", dct) // part of a longer number
}

// TestScheduledPresent: a present tense that schedules ("starts", "opens",
// "expires", "ends") points ahead, as "will" does.
func TestScheduledPresent(t *testing.T) {
	const dct = "2013-03-15" // a Friday
	check(t, "The new budget starts in October.", dct, want{"October", Date, "2013-10"})
	check(t, "The mandate expires in June.", dct, want{"June", Date, "2013-06"})
	check(t, "The truce ends on Tuesday.", dct, want{"Tuesday", Date, "2013-03-19"})
	check(t, "The truce ended on Tuesday.", dct, want{"Tuesday", Date, "2013-03-12"})
}
