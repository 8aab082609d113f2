package briefing

import (
	"cmp"
	"slices"
	"sort"
	"strings"
	"time"
	"unicode"

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
	sortByDate(out)
	return out
}

// sortByDate orders events by the start of the period each value names
// ("2017-W42" before "2017-10-21", "2017-11" after both), a wider period
// first when two start together ("2017" before "2017-01-05"), then (the
// sort is stable) in text order.
func sortByDate(events []Event) {
	type dated struct {
		start time.Time
		Event
	}
	ds := make([]dated, len(events))
	for i, e := range events {
		start, _ := timex.Start(e.Value) // every value datesEvent keeps has one
		ds[i] = dated{start, e}
	}
	slices.SortStableFunc(ds, func(a, b dated) int {
		return cmp.Or(a.start.Compare(b.start), cmp.Compare(len(a.Value), len(b.Value)), strings.Compare(a.Value, b.Value))
	})
	for i, d := range ds {
		events[i] = d.Event
	}
}

// datesEvent reports whether t is a point on the calendar (not a duration, a
// set or a vague reference such as PRESENT_REF).
func datesEvent(t timex.Timex) bool {
	if t.Type != "DATE" && t.Type != "TIME" {
		return false
	}
	return t.Value != "" && t.Value[0] >= '0' && t.Value[0] <= '9'
}

// clause returns the clause of the sentence holding t: the sentence cut at
// clause boundaries (a semicolon or colon; a comma before a conjunction or
// relative word), so that two dates in one sentence date two events.
func clause(sentences []summarize.Sentence, t timex.Timex) string {
	i := sort.Search(len(sentences), func(i int) bool { return sentences[i].End > t.Start })
	if i == len(sentences) || sentences[i].Start > t.Start {
		return ""
	}
	s := sentences[i]
	at := t.Start - s.Start
	from, to := 0, len(s.Text)
	for _, b := range clauseBounds(s.Text) {
		if b <= at {
			from = b
		} else if b < to {
			to = b
			break
		}
	}
	c := strings.Trim(Fold(s.Text[from:to]), " ,;:")
	if len(strings.Fields(c)) < minClauseWords {
		return Fold(s.Text)
	}
	return c
}

// minClauseWords: a clause shorter than this says too little alone, and the
// whole sentence is used.
const minClauseWords = 5

// clauseOpeners start a new clause after a comma.
var clauseOpeners = map[string]bool{
	"which": true, "when": true, "while": true, "whereas": true, "but": true, "and": true, "after": true,
	"before": true, "because": true, "although": true, "though": true, "since": true, "where": true,
	"who": true, "as": true, "so": true, "yet": true, "until": true,
}

// clauseBounds lists the byte offsets in sentence where clauses begin.
func clauseBounds(sentence string) []int {
	var out []int
	for i := 0; i < len(sentence); i++ {
		switch sentence[i] {
		case ';', ':':
			out = append(out, i+1)
		case ',':
			if w := firstWord(sentence[i+1:]); clauseOpeners[strings.ToLower(w)] {
				out = append(out, i+1)
			}
		}
	}
	return out
}

// firstWord is the first run of letters in s after leading spaces.
func firstWord(s string) string {
	s = strings.TrimLeft(s, " \t\n")
	end := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) })
	if end < 0 {
		return s
	}
	return s[:end]
}
