package main

import (
	"strings"
	"testing"
)

func TestJSONLInputs(t *testing.T) {
	stream := `{"id":"a","text":"First."}` + "\n" +
		"\n" + // blank lines are skipped
		`{"id":7,"text":"Second.","published":"2013-06-04"}` + "\r\n" +
		`{"text":"No id."}` + "\n" +
		`{"id":"b"}` + "\n" +
		`{"id":"c","text":"x","published":"last week"}` + "\n" +
		`[1,2]` + "\n" +
		`{"id":"big","text":"` + strings.Repeat("y", 200) + `"}` + "\n" +
		`{"id":"last","text":"No final newline."}`
	want := []struct{ name, text, published, err string }{
		{"a", "First.", "", ""},
		{"7", "Second.", "2013-06-04", ""},
		{"line 4", "No id.", "", ""},
		{"b", "", "", `no "text"`},
		{"c", "", "", `bad "published"`},
		{"line 7", "", "", "not a JSON object"},
		{"line 8", "", "", "larger than --max-bytes"},
		{"last", "No final newline.", "", ""},
	}
	var got []input
	for in := range jsonlInputs(strings.NewReader(stream), 100) {
		got = append(got, in)
	}
	if len(got) != len(want) {
		t.Fatalf("got %d inputs, want %d: %+v", len(got), len(want), got)
	}
	for i, w := range want {
		g := got[i]
		if g.name != w.name || string(g.data) != w.text || g.published != w.published {
			t.Errorf("input %d = {%q %q %q}, want {%q %q %q}", i, g.name, g.data, g.published, w.name, w.text, w.published)
		}
		if w.err == "" && g.err != nil || w.err != "" && (g.err == nil || !strings.Contains(g.err.Error(), w.err)) {
			t.Errorf("input %d error = %v, want %q", i, g.err, w.err)
		}
	}
}

// FuzzJSONLInputs: any stream gives at most one input per line, each with a
// name, and text or an error, never a panic.
func FuzzJSONLInputs(f *testing.F) {
	f.Add(`{"id":"a","text":"x"}` + "\n" + `{"id":1}` + "\nnot json\n")
	f.Add("\n\n\r\n{}")
	f.Fuzz(func(t *testing.T, stream string) {
		lines := strings.Count(stream, "\n") + 1
		n := 0
		for in := range jsonlInputs(strings.NewReader(stream), 64) {
			n++
			if in.name == "" {
				t.Fatal("input without a name")
			}
			if in.err == nil && !in.hasData {
				t.Fatalf("input %q has neither text nor an error", in.name)
			}
		}
		if n > lines {
			t.Fatalf("%d inputs from %d lines", n, lines)
		}
	})
}
