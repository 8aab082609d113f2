package main

import (
	"bytes"
	"encoding/json"
	"os"
	"slices"
	"strings"
	"testing"
)

const sample = "testdata/articles/nato-cyber-2013.txt"

// sampleBriefing is the JSON briefing of the bundled sample in one format run.
type sampleBriefing struct {
	Title, Outlet, Agency, Published, Dateline, BLUF string
	KeyPoints                                        []struct {
		Text       string
		Start, End int
	} `json:"key_points"`
	Quotes []struct {
		Text, Speaker, Role string
		Start, End          int
	}
	Timeline []struct{ Value, Text, Event string }
	Actors   []struct{ Name, Kind string }
	Topics   []string
}

// TestSampleFacts pins what issue 2 says the sample briefing must get right,
// in JSON; TestSampleFormats checks the same facts show in text and markdown.
func TestSampleFacts(t *testing.T) {
	input, err := os.ReadFile(sample)
	if err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	if code := run([]string{"brief", "--format", "json", sample}, nil, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	var b sampleBriefing
	if err := json.Unmarshal(stdout.Bytes(), &b); err != nil {
		t.Fatal(err)
	}
	header := map[string][2]string{
		"title": {b.Title, "NATO defense ministers focus on cyber security"}, "outlet": {b.Outlet, "China Daily"},
		"agency": {b.Agency, "Xinhua"}, "published": {b.Published, "2013-06-04T19:15"}, "dateline": {b.Dateline, "BRUSSELS"},
	}
	for k, v := range header {
		if v[0] != v[1] {
			t.Errorf("%s = %q, want %q", k, v[0], v[1])
		}
	}
	if !strings.HasPrefix(b.BLUF, "NATO defense ministers convened on Tuesday") {
		t.Errorf("BLUF = %q, want the lead sentence", b.BLUF)
	}
	if len(b.KeyPoints) != 5 {
		t.Errorf("%d key points, want 5", len(b.KeyPoints))
	}
	for _, p := range b.KeyPoints {
		if got := strings.Join(strings.Fields(string(input[p.Start:p.End])), " "); got != p.Text {
			t.Errorf("key point %q is not the input's sentence at %d:%d (%q)", p.Text, p.Start, p.End, got)
		}
	}
	if out := stdout.String(); strings.Contains(out, "left corner") || strings.Contains(out, "Durban") || strings.Contains(out, "BRICS") {
		t.Errorf("page furniture or the teaser leaked into the briefing:\n%s", out)
	}

	// Six quotes of four words or more, verbatim, all Rasmussen's, and not the scare quote.
	if len(b.Quotes) != 6 {
		t.Errorf("%d quotes, want 6: %+v", len(b.Quotes), b.Quotes)
	}
	var partial bool
	for _, q := range b.Quotes {
		if string(input[q.Start:q.End]) != q.Text {
			t.Errorf("quote %q is not input[%d:%d]", q.Text, q.Start, q.End)
		}
		if q.Speaker != "Ander Fogh Rasmussen" || q.Role != "NATO Secretary General" {
			t.Errorf("quote %.40q: speaker %q, role %q", q.Text, q.Speaker, q.Role)
		}
		if q.Text == "regular" {
			t.Error("the scare quote \"regular\" is a key quote")
		}
		partial = partial || strings.HasPrefix(q.Text, "so far we have successfully protected our systems")
	}
	if !partial {
		t.Error("the partial quote \"so far we have successfully protected our systems.\" is missing")
	}

	var values []string
	for _, e := range b.Timeline {
		values = append(values, e.Value)
	}
	for _, v := range []string{"2007", "2008", "2011", "2013", "2013-06-02", "2013-06-04", "2014", "2015"} {
		if !slices.Contains(values, v) {
			t.Errorf("timeline lacks %s (has %v)", v, values)
		}
	}
	if !slices.IsSorted(values) {
		t.Errorf("timeline not in date order: %v", values)
	}

	var actors []string
	for _, a := range b.Actors {
		actors = append(actors, a.Name)
	}
	for _, a := range []string{"NATO", "Estonia", "Tallinn", "Afghanistan", "Syria", "ISAF", "Anders Fogh Rasmussen"} {
		if !slices.Contains(actors, a) {
			t.Errorf("actors lack %s (have %v)", a, actors)
		}
	}
	for _, topic := range []string{"cyber defense", "Afghanistan mission"} {
		if !slices.Contains(b.Topics, topic) {
			t.Errorf("topics lack %q (have %v)", topic, b.Topics)
		}
	}
}

// TestSampleFormats: the header facts and a quote show in text and markdown.
func TestSampleFormats(t *testing.T) {
	for _, format := range []string{"text", "markdown"} {
		var stdout, stderr bytes.Buffer
		if code := run([]string{"brief", "--format", format, sample}, nil, &stdout, &stderr); code != 0 {
			t.Fatalf("%s: exit %d: %s", format, code, stderr.String())
		}
		out := stdout.String()
		for _, want := range []string{"NATO defense ministers focus on cyber security", "China Daily", "Xinhua",
			"2013-06-04T19:15", "BRUSSELS", "Ander Fogh Rasmussen, NATO Secretary General", "so far we have successfully protected our systems.", "2008"} {
			if !strings.Contains(out, want) {
				t.Errorf("%s output lacks %q:\n%s", format, want, out)
			}
		}
		if strings.Contains(out, "\x1b[") {
			t.Errorf("%s output to a non-terminal is coloured", format)
		}
	}
}
