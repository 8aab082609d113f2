package briefing

import (
	"encoding/json"
	"io"

	"brief/briefing/actors"
)

// The JSON contract of ../shared/DESIGN.md. Field order follows it.
type jsonBriefing struct {
	Source    string         `json:"source"`
	Title     *string        `json:"title"`
	Outlet    *string        `json:"outlet"`
	Agency    *string        `json:"agency"`
	Published *string        `json:"published"`
	Dateline  *string        `json:"dateline"`
	BLUF      *string        `json:"bluf"`
	KeyPoints []jsonPoint    `json:"key_points"`
	Quotes    []jsonQuote    `json:"quotes"`
	Timeline  []jsonEvent    `json:"timeline"`
	Actors    []actors.Actor `json:"actors"`
	Topics    []string       `json:"topics"`
	Method    jsonMethod     `json:"method"`
	Warnings  []string       `json:"warnings"`
}

type jsonPoint struct {
	Text  string  `json:"text"`
	Start int     `json:"start"`
	End   int     `json:"end"`
	Score float64 `json:"score"`
}

type jsonQuote struct {
	Text    string  `json:"text"`
	Speaker *string `json:"speaker"`
	Role    *string `json:"role"`
	Cue     *string `json:"cue"`
	Start   int     `json:"start"`
	End     int     `json:"end"`
}

type jsonEvent struct {
	Value string  `json:"value"`
	Type  string  `json:"type"`
	Text  string  `json:"text"`
	Event *string `json:"event"`
	Start int     `json:"start"`
	End   int     `json:"end"`
}

type jsonMethod struct {
	Extractive string  `json:"extractive"`
	LLM        *string `json:"llm"`
}

// Null is nil for "" so that absent facts marshal as JSON null.
func Null(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func renderJSON(w io.Writer, b Briefing) error {
	j := jsonBriefing{
		Source: b.Source, Title: Null(b.Title), Outlet: Null(b.Outlet), Agency: Null(b.Agency),
		Published: Null(b.Published), Dateline: Null(b.Dateline), BLUF: Null(b.BLUF),
		KeyPoints: []jsonPoint{}, Quotes: []jsonQuote{}, Timeline: []jsonEvent{},
		Actors: append([]actors.Actor{}, b.Actors...), Topics: append([]string{}, b.Topics...),
		Method:   jsonMethod{Extractive: b.Method.Extractive, LLM: Null(b.Method.LLM)},
		Warnings: append([]string{}, b.Warnings...),
	}
	for _, p := range b.KeyPoints {
		j.KeyPoints = append(j.KeyPoints, jsonPoint{p.Text, p.Start, p.End, round(p.Score)})
	}
	for _, q := range b.Quotes {
		j.Quotes = append(j.Quotes, jsonQuote{q.Text, Null(q.Speaker), Null(q.Role), Null(q.Cue), q.Start, q.End})
	}
	for _, e := range b.Timeline {
		j.Timeline = append(j.Timeline, jsonEvent{e.Value, e.Type, e.Text, Null(e.Event), e.Start, e.End})
	}
	_, err := w.Write(appendBriefingJSON(make([]byte, 0, 4096), &j))
	return err
}

// WriteJSONLine writes v as one line of JSON Lines, without HTML escaping.
func WriteJSONLine(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

// round keeps scores stable across platforms in golden files.
func round(f float64) float64 {
	const scale = 1e4
	if f < 0 {
		return -float64(int64(-f*scale+0.5)) / scale
	}
	return float64(int64(f*scale+0.5)) / scale
}
