package briefing

import (
	"sort"
	"strings"
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
