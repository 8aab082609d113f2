package briefing

import (
	"strings"
	"testing"

	"brief/briefing/timex"
	"brief/summarize"
)

func TestClause(t *testing.T) {
	sentence := "In 2007, the network came under massive attacks, which prompted the alliance to set up a centre one year later in Tallinn."
	tests := []struct {
		date string
		want string
	}{
		{"2007", "In 2007, the network came under massive attacks"},
		{"one year later", "which prompted the alliance to set up a centre one year later in Tallinn."},
	}
	sentences := []summarize.Sentence{{Start: 0, End: len(sentence), Text: sentence}}
	for _, tt := range tests {
		i := strings.Index(sentence, tt.date)
		got := clause(sentences, timex.Timex{Start: i, End: i + len(tt.date), Text: tt.date})
		if got != tt.want {
			t.Errorf("clause(%q) = %q, want %q", tt.date, got, tt.want)
		}
	}
	short := "On Monday, and then it rained."
	if got := clause([]summarize.Sentence{{End: len(short), Text: short}}, timex.Timex{Start: 3, End: 9}); got != short {
		t.Errorf("short clause = %q, want the whole sentence", got)
	}
}

func TestTimelineOrderAndFilter(t *testing.T) {
	text := "It began in 2011. Talks ran for two years. It ended on 2009-05-01 for now."
	art := summarize.RawArticle(text)
	found := []timex.Timex{
		{Start: 12, End: 16, Text: "2011", Type: "DATE", Value: "2011"},
		{Start: 31, End: 40, Text: "two years", Type: "DURATION", Value: "P2Y"},
		{Start: 55, End: 65, Text: "2009-05-01", Type: "DATE", Value: "2009-05-01"},
		{Start: 66, End: 73, Text: "for now", Type: "DATE", Value: "PRESENT_REF"},
	}
	got := timeline(&art, found, summarize.Split(text))
	if len(got) != 2 || got[0].Value != "2009-05-01" || got[1].Value != "2011" {
		t.Errorf("timeline = %+v, want 2009-05-01 then 2011 only", got)
	}
}

// TestTimelineDateOrder: events are in calendar order whatever the form of
// their values: a week falls among the days it holds, a decade before its
// years, a wider period before a narrower one that starts with it.
func TestTimelineDateOrder(t *testing.T) {
	values := []string{"2017-11", "2017-10-21", "2017-W42", "2017-10", "199", "2017", "2017-10-16T09:00", "2017-10-16", "1995", "2017-10-XX"}
	want := []string{"199", "1995", "2017", "2017-10", "2017-10-XX", "2017-W42", "2017-10-16", "2017-10-16T09:00", "2017-10-21", "2017-11"}
	var events []Event
	for i, v := range values {
		events = append(events, Event{Value: v, Start: i})
	}
	sortByDate(events)
	var got []string
	for _, e := range events {
		got = append(got, e.Value)
	}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("sortByDate = %v, want %v", got, want)
	}
}
