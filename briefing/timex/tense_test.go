package timex

import "testing"

// TestWeekdayTense: a bare weekday takes its direction from the clause.
func TestWeekdayTense(t *testing.T) {
	const dct = "2013-06-05" // a Wednesday
	tests := []struct {
		text string
		want want
	}{
		{"The team planned to leave Kabul on Thursday for Doha.", want{"Thursday", Date, "2013-06-06"}},
		{"The team left Kabul on Thursday.", want{"Thursday", Date, "2013-05-30"}},
		{"Until Monday, officials had not named a suspect.", want{"Monday", Date, "2013-06-03"}},
		{"The ceasefire holds until Monday.", want{"Monday", Date, "2013-06-10"}},
		{"Rebels planned a march through the capital on Saturday.", want{"Saturday", Date, "2013-06-08"}},
		{"Police said the men planned the robbery on Saturday.", want{"Saturday", Date, "2013-06-01"}},
		{"The offer had been due to expire on Friday, but it was extended.", want{"Friday", Date, "2013-05-31"}},
		{"The vote had been scheduled for Monday.", want{"Monday", Date, "2013-06-03"}},
		{"The vote is scheduled for Monday.", want{"Monday", Date, "2013-06-10"}},
	}
	for _, tt := range tests {
		check(t, tt.text, dct, tt.want)
	}
}

// TestPlansVerbOrNoun: "plans" is a future cue as a verb, not as a noun.
func TestPlansVerbOrNoun(t *testing.T) {
	const dct = "2013-06-05" // a Wednesday
	check(t, "NATO plans a vote on Friday.", dct, want{"Friday", Date, "2013-06-07"})
	check(t, "On Friday, when she set aside vacation plans, the trip began.", dct, want{"Friday", Date, "2013-05-31"})
}

// TestEffective: "effective DATE" is when a change takes effect: ahead.
func TestEffective(t *testing.T) {
	check(t, "The bank named a new chairman, effective Feb. 1.", "1989-10-26", want{"Feb. 1", Date, "1990-02-01"})
	check(t, "The bank named a new chairman in Feb. 1 talks.", "1989-10-26", want{"Feb. 1", Date, "1989-02-01"})
}

// TestUntil: "until WEEKDAY" after a past verb is still a deadline ahead.
func TestUntil(t *testing.T) {
	check(t, "Officials postponed until Monday any action on the case.", "2013-06-05", want{"Monday", Date, "2013-06-10"})
	check(t, "Talks stalled. Until Monday, officials had not named a suspect.", "2013-06-05", want{"Monday", Date, "2013-06-03"})
}
