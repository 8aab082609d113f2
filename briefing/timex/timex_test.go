package timex

import (
	"strings"
	"testing"
)

// want is one expected expression: its text, type and value.
type want struct{ text, typ, value string }

// check tags text against published and compares with the expected
// expressions, in order.
func check(t *testing.T, text, published string, ws ...want) {
	t.Helper()
	got := Tag(text, published)
	var g []string
	for _, x := range got {
		g = append(g, x.Text+"|"+x.Type+"|"+x.Value)
	}
	var w []string
	for _, x := range ws {
		w = append(w, x.text+"|"+x.typ+"|"+x.value)
	}
	if strings.Join(g, "\n") != strings.Join(w, "\n") {
		t.Errorf("Tag(%q, %q)\n got: %v\nwant: %v", text, published, g, w)
	}
}

func TestExplicitDates(t *testing.T) {
	const dct = "2013-06-04T19:15"
	tests := []struct {
		text string
		want []want
	}{
		{"The treaty was signed on March 12, 1999, in Missouri.", []want{{"March 12, 1999", Date, "1999-03-12"}}},
		{"Talks resume on 5 July 2014.", []want{{"5 July 2014", Date, "2014-07-05"}}},
		{"The plan dates from October 2011.", []want{{"October 2011", Date, "2011-10"}}},
		{"Updated: 2013-06-04 19:15", []want{{"2013-06-04 19:15", Time, "2013-06-04T19:15"}}},
		{"The report is dated 2012-11-30.", []want{{"2012-11-30", Date, "2012-11-30"}}},
		{"It was filed on 3/15/2012.", []want{{"3/15/2012", Date, "2012-03-15"}}},
		{"In 2007, Estonia came under attack.", []want{{"2007", Date, "2007"}}},
		{"Spending rose in the 1990s.", []want{{"the 1990s", Date, "199"}}},
		{"Troops stay until mid-2014.", []want{{"mid-2014", Date, "2014"}}},
		{"The budget for FY2025 is larger than for fiscal 2024.", []want{{"FY2025", Date, "2025"}, {"fiscal 2024", Date, "2024"}}},
		{"Profit fell in the third quarter.", []want{{"the third quarter", Date, "2012-Q3"}}},
		{"They met in the summer of 2010.", []want{{"the summer of 2010", Date, "2010-SU"}}},
		{"Rome in the 20th century was poorer.", []want{{"the 20th century", Date, "19"}}},
		{"Ships sailed on Christmas Day 2012.", []want{{"Christmas Day 2012", Date, "2012-12-25"}}},
		{"Votes in January nineteen ninety-seven were close.", []want{{"January nineteen ninety-seven", Date, "1997-01"}}},
		{"Deliveries slipped to Q3 2024 and H1 2025.", []want{{"Q3 2024", Date, "2024-Q3"}, {"H1 2025", Date, "2025-H1"}}},
		{"The summit is on April 24 and 25.", []want{{"April 24", Date, "2013-04-24"}, {"25", Date, "2013-04-25"}}},
		{"Flights resume at 14:30, officials said.", []want{{"14:30", Time, "2013-06-04T14:30"}}},
	}
	for _, tt := range tests {
		check(t, tt.text, dct, tt.want...)
	}
}

func TestRelativeDates(t *testing.T) {
	const dct = "2013-06-04T19:15" // a Tuesday
	tests := []struct {
		text string
		want []want
	}{
		{"Ministers met on Tuesday.", []want{{"Tuesday", Date, "2013-06-04"}}},
		{"The article was published on Sunday.", []want{{"Sunday", Date, "2013-06-02"}}},
		{"The ministers will meet again on Friday.", []want{{"Friday", Date, "2013-06-07"}}},
		{"He said so last Friday.", []want{{"last Friday", Date, "2013-05-31"}}},
		{"Prices rose yesterday and will fall tomorrow.", []want{{"yesterday", Date, "2013-06-03"}, {"tomorrow", Date, "2013-06-05"}}},
		{"Rasmussen said earlier this year that attacks grew.", []want{{"earlier this year", Date, "2013"}}},
		{"Sales fell last year and last month.", []want{{"last year", Date, "2012"}, {"last month", Date, "2013-05"}}},
		{"They will vote next week.", []want{{"next week", Date, "2013-W24"}}},
		{"The base closed a year ago.", []want{{"a year ago", Date, "2012"}}},
		{"The base closed two weeks ago.", []want{{"two weeks ago", Date, "2013-W21"}}},
		{"In 2007, the alliance set up a centre one year later.", []want{{"2007", Date, "2007"}, {"one year later", Date, "2008"}}},
		{"The mission ends after 2014.", []want{{"2014", Date, "2014"}}},
		{"Allies are now more careful, and currently spend less.", []want{{"now", Date, "PRESENT_REF"}, {"currently", Date, "PRESENT_REF"}}},
		{"Officials met this morning.", []want{{"this morning", Time, "2013-06-04TMO"}}},
		{"The vote came at 10:35 a.m. on Monday.", []want{{"10:35 a.m. on Monday", Time, "2013-06-03T10:35"}}},
		{"Exports fell in May.", []want{{"May", Date, "2013-05"}}},
		{"Troops left last winter.", []want{{"last winter", Date, "2012-WI"}}},
	}
	for _, tt := range tests {
		check(t, tt.text, dct, tt.want...)
	}
}

func TestDurationsAndSets(t *testing.T) {
	const dct = "2013-06-04"
	tests := []struct {
		text string
		want []want
	}{
		{"He arrived for the two-day meeting.", []want{{"two-day", Duration, "P2D"}}},
		{"The war lasted a decade.", []want{{"a decade", Duration, "P10Y"}}},
		{"Talks went on for nearly three years.", []want{{"nearly three years", Duration, "P3Y"}}},
		{"Growth was slow over the past six months.", []want{{"the past six months", Duration, "P6M"}}},
		{"It took 45 minutes.", []want{{"45 minutes", Duration, "PT45M"}}},
		{"The summit is held every year.", []want{{"every year", Set, "P1Y"}}},
		{"Patrols run daily.", []want{{"daily", Set, "P1D"}}},
		{"The council meets every Monday.", []want{{"every Monday", Set, "XXXX-WXX-1"}}},
		{"The plan costs $5 billion a year.", []want{{"a year", Set, "P1Y"}}},
	}
	for _, tt := range tests {
		check(t, tt.text, dct, tt.want...)
	}
}

// TestNotDates covers words that only look like dates.
func TestNotDates(t *testing.T) {
	for _, text := range []string{
		"They may decide to march on the capital.",
		"Protesters will March to the square.",
		"She sat down and we may go.",
		"Turnout rose 2013% and cost $1999.",
		"The sun rose; spring water was cold.",
		"It was a big fall for the market.",
		"China Daily reported the news.",
		"The company has 2000 employees.",
	} {
		check(t, text, "2013-06-04")
	}
}

// TestNoPublished: relative expressions stay underspecified, never invented.
func TestNoPublished(t *testing.T) {
	check(t, "Ministers met on Tuesday and again yesterday, in May and last year; in 2007 too.", "",
		want{"Tuesday", Date, "XXXX-WXX-2"}, want{"yesterday", Date, "XXXX-XX-XX"},
		want{"May", Date, "XXXX-05"}, want{"last year", Date, "XXXX"}, want{"2007", Date, "2007"})
}

func TestParseAnchor(t *testing.T) {
	for _, s := range []string{"2013-06-04", "2013-06-04T19:15", "1998-02-06T22:19:00", "2013-06-04 19:15", "2013-06-04T19:15:00Z"} {
		if a, ok := ParseAnchor(s); !ok || a.Year() != 2013 && a.Year() != 1998 {
			t.Errorf("ParseAnchor(%q) = %v, %v", s, a, ok)
		}
	}
	for _, s := range []string{"", "yesterday", "2013-13-01"} {
		if _, ok := ParseAnchor(s); ok {
			t.Errorf("ParseAnchor(%q) ok, want not", s)
		}
	}
}

func TestFractionalDurations(t *testing.T) {
	check(t, "The siege lasted 2 1/2 years.", "2013-06-04", want{"2 1/2 years", Duration, "P2Y6M"})
	check(t, "She waited a minute and a half.", "2013-06-04", want{"a minute and a half", Duration, "PT1M30S"})
	check(t, "The flight took 5.5 hours.", "2013-06-04", want{"5.5 hours", Duration, "PT5H30M"})
}

func TestDateTime(t *testing.T) {
	check(t, "Published July 7, 2025, 8:32 PM UTC by staff.", "", want{"July 7, 2025, 8:32 PM UTC", Time, "2025-07-07T20:32"})
}

func TestDateBadClock(t *testing.T) {
	check(t, "On Oct. 5, 29:30 was shown.", "2013-06-04", want{"Oct. 5", Date, "2012-10-05"})
	check(t, "Talks begin Oct. 5 at 10:30 a.m.", "2013-06-04", want{"Oct. 5 at 10:30 a.m.", Time, "2013-10-05T10:30"})
}

// TestNarrativeAnchor: relative expressions follow the dates the story names.
func TestNarrativeAnchor(t *testing.T) {
	check(t, "Troops arrived in early June. By 2022 the base had grown, and later that month it opened.", "2022-07-13",
		want{"early June", Date, "2022-06"}, want{"2022", Date, "2022"}, want{"later that month", Date, "2022-06"})
	check(t, "The treaty was signed on March 3, 1999. Two days later it was ratified.", "2013-06-04",
		want{"March 3, 1999", Date, "1999-03-03"}, want{"Two days later", Date, "1999-03-05"})
}

func TestTheYear(t *testing.T) {
	check(t, "Shares hit a high for the year in June.", "1989-10-30", want{"the year", Date, "1989"}, want{"June", Date, "1989-06"})
	check(t, "Net rose 5% in the year ended March 31.", "1989-10-30", want{"the year", Duration, "P1Y"}, want{"March 31", Date, "1989-03-31"})
	check(t, "Costs rose from the year before.", "1989-10-30", want{"the year before", Date, "1988"})
}

func TestMoreForms(t *testing.T) {
	check(t, "The father will leave at 4 in the morning.", "2000-04-05", want{"4 in the morning", Time, "2000-04-05T04:00"})
	check(t, "Cuts are due by year's end, and trouble may come in the near term.", "1989-10-30",
		want{"year's end", Date, "1989-12-31"}, want{"the near term", Date, "FUTURE_REF"})
	check(t, "Prices may fall in the weeks ahead.", "1989-10-30", want{"the weeks ahead", Duration, "PXW"})
}

func TestRecurringDays(t *testing.T) {
	check(t, "Flights leave on Mondays and Tuesday nights.", "1998-02-13",
		want{"Mondays", Set, "XXXX-WXX-1"}, want{"Tuesday nights", Set, "XXXX-WXX-2TNI"})
}

func TestLastThisNext(t *testing.T) {
	const dct = "2013-06-04" // Tuesday, ISO week 23
	tests := []struct{ text, value string }{
		{"last week", "2013-W22"}, {"this week", "2013-W23"}, {"next week", "2013-W24"},
		{"last month", "2013-05"}, {"this month", "2013-06"}, {"next month", "2013-07"},
		{"last year", "2012"}, {"this year", "2013"}, {"next year", "2014"},
		{"last quarter", "2013-Q1"}, {"this quarter", "2013-Q2"},
		{"last summer", "2012-SU"}, {"this spring", "2013-SP"}, {"next winter", "2013-WI"},
		{"late last year", "2012"}, {"early next year", "2014"},
	}
	for _, tt := range tests {
		check(t, "It happens "+tt.text+".", dct, want{tt.text, Date, tt.value})
	}
}

// TestDefenseNews covers forms common in defence reporting.
func TestDefenseNews(t *testing.T) {
	const dct = "2024-03-15T09:00"
	tests := []struct{ text, expr, typ, value string }{
		{"The FY24 budget was late.", "FY24", Date, "2024"},
		{"Deliveries start in Q4 FY2025.", "Q4 FY2025", Date, "2025-Q4"},
		{"The fiscal year 2025 request grew.", "fiscal year 2025", Date, "2025"},
		{"The army plans to field it by 2030.", "2030", Date, "2030"},
		{"Forces were cut over the past two decades.", "the past two decades", Duration, "P20Y"},
		{"More strikes may come in the coming days.", "the coming days", Duration, "PXD"},
		{"The Jan 6 attack was investigated.", "Jan 6", Date, "2024-01-06"},
		{"The order was signed on 6 January 2021.", "6 January 2021", Date, "2021-01-06"},
		{"A 48-hour ceasefire began.", "48-hour", Duration, "PT48H"},
		{"The drills ended in the early 2000s.", "the early 2000s", Date, "200"},
		{"The report lands at 2021-01-06T14:00:00Z.", "2021-01-06T14:00:00Z", Time, "2021-01-06T14:00"},
		{"Strikes continued overnight and again this afternoon.", "this afternoon", Time, "2024-03-15TAF"},
	}
	for _, tt := range tests {
		found := false
		for _, x := range Tag(tt.text, dct) {
			if x.Text == tt.expr {
				found = true
				if x.Type != tt.typ || x.Value != tt.value {
					t.Errorf("%q: %s %s, want %s %s", tt.expr, x.Type, x.Value, tt.typ, tt.value)
				}
			}
		}
		if !found {
			t.Errorf("%q: not found in %q (got %v)", tt.expr, tt.text, Tag(tt.text, dct))
		}
	}
}

// TestHalves: halves of a year, spelled several ways.
func TestHalves(t *testing.T) {
	const dct = "1989-10-26"
	check(t, "Profits rose in the last half of 1989.", dct, want{"the last half of 1989", Date, "1989-H2"})
	check(t, "Sales fell in the first two quarters of 1990.", dct, want{"the first two quarters of 1990", Date, "1990-H1"})
	check(t, "Output should recover in the second half.", dct, want{"the second half", Date, "1989-H2"})
	check(t, "He scored in the first half of the match.", dct)
}

// TestThePastUnit: "the past year" is the year before; with a number it is a
// length of time.
func TestThePastUnit(t *testing.T) {
	const dct = "2013-06-04"
	check(t, "Sales fell during the past year.", dct, want{"the past year", Date, "2012"})
	check(t, "Sales fell during the past two years.", dct, want{"the past two years", Duration, "P2Y"})
}
