package briefing

import (
	"bytes"
	"math"
	"testing"

	"brief/briefing/actors"
)

// fuzzedBriefing fills every field of the JSON contract from a few
// inputs; empty strings become nulls and nil lists where the type allows.
func fuzzedBriefing(a, b, c string, n int, score float64) jsonBriefing {
	lists := n%2 == 0
	j := jsonBriefing{Source: a, Title: Null(b), Outlet: Null(c), Agency: Null(a + b),
		Published: Null(c), Dateline: Null(b), BLUF: Null(a),
		Method: jsonMethod{Extractive: c, LLM: Null(b)}}
	if lists {
		j.KeyPoints = []jsonPoint{{a, n, -n, score}, {b, 0, 1, round(score)}}
		j.Quotes = []jsonQuote{{c, Null(a), Null(""), Null(b), n, n + 1}}
		j.Timeline = []jsonEvent{{a, b, c, Null(a), -1, n}, {"", "", "", nil, 0, 0}}
		j.Actors = []actors.Actor{{Name: a, Kind: b, Mentions: n}}
		j.Topics = []string{a, b, c}
		j.Warnings = []string{c}
	} else {
		j.KeyPoints, j.Quotes, j.Timeline = []jsonPoint{}, []jsonQuote{}, []jsonEvent{}
		j.Actors, j.Topics, j.Warnings = []actors.Actor{}, []string{}, []string{}
	}
	return j
}

func checkBriefingJSON(t *testing.T, j jsonBriefing) {
	t.Helper()
	var want bytes.Buffer
	if err := WriteJSONLine(&want, j); err != nil {
		return // encoding/json refuses NaN and infinities; scores never are
	}
	if got := appendBriefingJSON(nil, &j); !bytes.Equal(got, want.Bytes()) {
		t.Errorf("appendBriefingJSON:\n got %s\nwant %s", got, want.Bytes())
	}
}

func TestBriefingJSONAsEncodingJSON(t *testing.T) {
	for _, tc := range []struct {
		a, b, c string
		n       int
		score   float64
	}{
		{"", "", "", 0, 0},
		{"plain", "NATO's \"cyber\" <plan> & more", "tab\there\nline\r\b\f\x00\x1f\x7f", 12, 0.8125},
		{"caf\xc3\xa9 \xff bad", "\u2028 line \u2029 para", "emoji 😀 \\ back", -3, 1e-7},
		{"x", "y", "z", 7, 1e21},
		{"x", "y", "z", 8, -2.5e-9},
		{"x", "y", "z", 8, 123456789.125},
		{"x", "y", "z", 8, math.Copysign(0, -1)},
	} {
		checkBriefingJSON(t, fuzzedBriefing(tc.a, tc.b, tc.c, tc.n, tc.score))
	}
}

func FuzzBriefingJSON(f *testing.F) {
	f.Add("source.txt", "A \"title\"", "caf\xc3\xa9\xff\u2028", 4, 0.5)
	f.Add("", "\t\n", "<&>", 3, 1e-9)
	f.Fuzz(func(t *testing.T, a, b, c string, n int, score float64) {
		checkBriefingJSON(t, fuzzedBriefing(a, b, c, n, score))
	})
}
