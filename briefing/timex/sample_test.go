package timex

import (
	"os"
	"strings"
	"testing"
)

// TestNATOSample checks the dates of the project's sample article (issue 2),
// published on Tuesday 2013-06-04 at 19:15.
func TestNATOSample(t *testing.T) {
	data, err := os.ReadFile("../../testdata/articles/nato-cyber-2013.txt")
	if err != nil {
		t.Skip("sample article not found:", err)
	}
	text := string(data)
	got := map[string]string{}
	for _, x := range Tag(text, "2013-06-04T19:15") {
		if x.Text != text[x.Start:x.End] {
			t.Fatalf("Text %q does not match its offsets", x.Text)
		}
		got[x.Text] = x.Type + " " + x.Value
	}
	for text, want := range map[string]string{
		"2013-06-04 19:15":  "TIME 2013-06-04T19:15",
		"Tuesday":           "DATE 2013-06-04",
		"two-day":           "DURATION P2D",
		"2007":              "DATE 2007",
		"one year later":    "DATE 2008",
		"2011":              "DATE 2011",
		"Sunday":            "DATE 2013-06-02",
		"2014":              "DATE 2014",
		"2015":              "DATE 2015",
		"earlier this year": "DATE 2013",
	} {
		if got[text] != want {
			t.Errorf("%q: got %q, want %q", text, got[text], want)
		}
	}
	for text := range got {
		if strings.Contains(text, "Daily") || strings.EqualFold(text, "may") {
			t.Errorf("spurious expression %q", text)
		}
	}
}
