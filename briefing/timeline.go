package briefing

import (
	"sort"
	"strings"

	"brief/briefing/timex"
	"brief/summarize"
)

// timeline keeps the expressions that date something (DATE and TIME with a
// calendar value), each with the clause it dates, in date order.
func timeline(art *summarize.Article, found []timex.Timex, sentences []summarize.Sentence) []Event {
	var out []Event
	seen := map[string]bool{}
	for _, t := range found {
		if !datesEvent(t) {
			continue
		}
		ev := clause(sentences, t)
		key := t.Value + "\x00" + ev
		if seen[key] {
			continue
		}
		seen[key] = true
		out = append(out, Event{
			Value: t.Value, Type: t.Type, Text: t.Text, Event: ev,
			Start: art.InputOffset(t.Start), End: art.InputOffset(t.End),
		})
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Value != out[j].Value {
			return out[i].Value < out[j].Value
		}
		return out[i].Start < out[j].Start
	})
	return out
}

// datesEvent reports whether t is a point on the calendar (not a duration, a
// set or a vague reference such as PRESENT_REF).
func datesEvent(t timex.Timex) bool {
	if t.Type != "DATE" && t.Type != "TIME" {
		return false
	}
	return t.Value != "" && t.Value[0] >= '0' && t.Value[0] <= '9'
}

// maxEventBytes is the length past which a sentence is cut to the clause
// around the date.
const maxEventBytes = 160

// clause returns the sentence holding t, cut down to the clause around t when
// the sentence is long.
func clause(sentences []summarize.Sentence, t timex.Timex) string {
	i := sort.Search(len(sentences), func(i int) bool { return sentences[i].End > t.Start })
	if i == len(sentences) || sentences[i].Start > t.Start {
		return ""
	}
	s := sentences[i]
	if s.End-s.Start <= maxEventBytes {
		return Fold(s.Text)
	}
	at := t.Start - s.Start
	from := strings.LastIndexAny(s.Text[:at], ";:") + 1
	to := len(s.Text)
	if k := strings.IndexAny(s.Text[at:], ";:"); k >= 0 {
		to = at + k
	}
	return Fold(s.Text[from:to])
}
