package timex

import "testing"

// TestResultsQuarter: in a results report, "a year ago" and "the 2012
// period" compare with the latest quarter ended that the report names, and
// a span of months named since makes them years.
func TestResultsQuarter(t *testing.T) {
	const dct = "2013-10-25"
	tests := []struct {
		text string
		want []want
	}{
		{"Acme said third-quarter profit rose 12%. After a weak second quarter, sales recovered. Profit was $5 million a year ago.",
			[]want{{"third-quarter", Date, "2013-Q3"}, {"second quarter", Date, "2013-Q2"}, {"a year ago", Date, "2012-Q3"}}},
		{"Acme said third-quarter profit rose. Sales in the 2012 period were lower.",
			[]want{{"third-quarter", Date, "2013-Q3"}, {"the 2012 period", Date, "2012-Q3"}}},
		{"Acme said third-quarter profit rose. In the first nine months, profit rose to $9 million from $7 million in the 2012 period.",
			[]want{{"third-quarter", Date, "2013-Q3"}, {"the first nine months", Duration, "P9M"}, {"the 2012 period", Date, "2012"}}},
		{"Acme said third-quarter profit rose. In the first nine months, sales rose from year-earlier levels.",
			[]want{{"third-quarter", Date, "2013-Q3"}, {"the first nine months", Duration, "P9M"}, {"year-earlier", Date, "2012"}}},
		{"Acme said third-quarter profit rose. For the quarter a year ago, it earned $2 million.",
			[]want{{"third-quarter", Date, "2013-Q3"}, {"the quarter a year ago", Date, "2012-Q3"}}},
		{"Acme posted a third-quarter loss, against a profit for the corresponding period last year.",
			[]want{{"third-quarter", Date, "2013-Q3"}, {"the corresponding period last year", Date, "2012-Q3"}}},
		{"Acme posted a third-quarter loss; last year's quarter was better.",
			[]want{{"third-quarter", Date, "2013-Q3"}, {"last year's quarter", Date, "2012-Q3"}}},
		{"In the fiscal year ended Jan. 31, Acme earned $9 million.", []want{{"the fiscal year", Duration, "P1Y"}, {"Jan. 31", Date, "2013-01-31"}}},
		{"In the quarter ended Nov. 30, Acme earned $9 million.", []want{{"the quarter", Date, "2012-Q4"}, {"Nov. 30", Date, "2012-11-30"}}},
		{"Acme said third-quarter profit rose. For the nine months, it earned $9 million, up from $7 million a year earlier.",
			[]want{{"third-quarter", Date, "2013-Q3"}, {"the nine months", Duration, "P9M"}, {"a year earlier", Date, "2012"}}},
		{"Acme said third-quarter profit rose. For the nine months, sales grew; in the year-earlier quarter they fell.",
			[]want{{"third-quarter", Date, "2013-Q3"}, {"the nine months", Duration, "P9M"}, {"the year-earlier quarter", Date, "2012-Q3"}}},
		{"Acme expects fourth-quarter profit to beat the 2012 period.",
			[]want{{"fourth-quarter", Date, "2013-Q4"}, {"the 2012 period", Date, "2012-Q4"}}},
		{"Acme said profit for the year-ago quarter was higher.", []want{{"the year-ago quarter", Date, "2012-Q3"}}},
		{"Shares have risen 5% since year-end.", []want{{"year-end", Date, "2012-12-31"}}},
		{"The deal should close by year-end.", []want{{"year-end", Date, "2013-12-31"}}},
	}
	for _, tt := range tests {
		check(t, tt.text, dct, tt.want...)
	}
}
