package briefing

import "brief/briefing/actors"

// Briefing is everything brief says about one article. Offsets (Start, End)
// are byte offsets into the input as given. Empty strings are facts not
// found; they render as null in JSON.
type Briefing struct {
	Source    string
	Title     string
	Outlet    string
	Agency    string
	Published string
	Dateline  string
	BLUF      string
	KeyPoints []KeyPoint
	Quotes    []Quote
	Timeline  []Event
	Actors    []actors.Actor
	Topics    []string
	Method    Method
	Warnings  []string
}

// KeyPoint is one key point: a sentence of the article (whitespace folded),
// or an LLM rewrite of one that passed the grounding check.
type KeyPoint struct {
	Text  string
	Start int
	End   int
	Score float64
}

// Quote is one key quote, verbatim, with its speaker.
type Quote struct {
	Text    string
	Speaker string
	Role    string
	Cue     string
	Start   int
	End     int
}

// Event is one timeline entry: a date expression, its normalised value and
// the clause it dates.
type Event struct {
	Value string
	Type  string
	Text  string
	Event string
	Start int
	End   int
}

// Method says how the briefing was made.
type Method struct {
	Extractive string
	LLM        string // the model name when an LLM pass succeeded
}
