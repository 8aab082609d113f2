package briefing

import (
	"strings"
	"unicode"
)

// stopWords carry no content: a rewrite may add or drop them freely.
var stopWords = toSet(`a about above after again against all also am an and any are as at be been
before being below between both but by can could did do does doing down during each few for from
further had has have having he her here hers herself him himself his how i if in into is it its
itself just me more most my no nor not now of off on once only or other our ours out over own same
she should so some such than that the their theirs them then there these they this those through
to too under until up very was we were what when where which while who whom why will with would
you your yours said says say told according while whilst amid its it's per via upon`)

func toSet(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// word is one content word of a text.
type word struct {
	stem    string
	number  bool // holds a digit: must be found exactly
	capital bool // capitalised inside a sentence: a name, must be found
}

// contentWords lists the content words of s in order.
func contentWords(s string) []word {
	var out []word
	first := true
	for _, tok := range strings.FieldsFunc(s, func(r rune) bool { return !isWord(r) && r != ',' && r != '.' }) {
		tok = strings.Trim(tok, ",.")
		if tok == "" {
			continue
		}
		sentenceStart := first
		first = false
		w, ok := contentWord(tok)
		if !ok {
			continue
		}
		w.capital = !sentenceStart && unicode.IsUpper(firstRune(tok))
		out = append(out, w)
	}
	return out
}

// contentWord is tok as a content word; ok is false for stop words and
// single letters. Numbers lose their thousands separators ("1,000" = "1000").
func contentWord(tok string) (word, bool) {
	if strings.IndexFunc(tok, unicode.IsDigit) >= 0 {
		return word{stem: strings.ReplaceAll(tok, ",", ""), number: true}, true
	}
	lower := strings.ToLower(dropPunct.Replace(tok))
	if len([]rune(lower)) < 2 || stopWords[lower] {
		return word{}, false
	}
	return word{stem: stem(lower)}, true
}

// dropPunct removes the commas and dots kept inside tokens ("U.S.").
var dropPunct = strings.NewReplacer(",", "", ".", "")

// vocabulary is the set of content-word stems of the article.
type vocabulary map[string]bool

func newVocabulary(texts ...string) vocabulary {
	v := vocabulary{}
	for _, t := range texts {
		for _, w := range contentWords(t) {
			v[w.stem] = true
		}
	}
	return v
}

// minContentShare is the share of a rewrite's content words that must occur
// in the article. It leaves room for a paraphrase's new verbs and joins, not
// for new facts: numbers and names must all be found (see grounded).
const minContentShare = 0.7

// grounded reports whether enough of s's content words occur in the article:
// at least minContentShare of them, and every number and name.
func (v vocabulary) grounded(s string) bool {
	words := contentWords(s)
	if len(words) == 0 {
		return false
	}
	found := 0
	for _, w := range words {
		if v[w.stem] {
			found++
		} else if w.number || w.capital {
			return false
		}
	}
	return float64(found) >= minContentShare*float64(len(words))
}

// overlap is the number of s's content words in set.
func overlap(words []word, set vocabulary) int {
	n := 0
	for _, w := range words {
		if set[w.stem] {
			n++
		}
	}
	return n
}

var suffixes = []struct{ suffix, repl string }{
	{"ies", "y"}, {"ing", ""}, {"ed", ""}, {"es", ""}, {"s", ""}, {"ly", ""},
}

// stem strips common English inflections and folds British spellings into
// American ones, so that "defences" meets "defense". It is written here
// because a light, symmetric suffix rule is all the check needs; a full
// Porter stemmer (none is in our dependency set) would change little.
func stem(w string) string {
	for _, r := range suffixes {
		if strings.HasSuffix(w, r.suffix) && len(w)-len(r.suffix) >= 3 && !strings.HasSuffix(w, "ss") {
			w = w[:len(w)-len(r.suffix)] + r.repl
			break
		}
	}
	switch {
	case strings.HasSuffix(w, "enc"), strings.HasSuffix(w, "ence"):
		w = strings.TrimSuffix(strings.TrimSuffix(w, "e"), "c") + "s"
	case strings.HasSuffix(w, "ens"), strings.HasSuffix(w, "ense"):
		w = strings.TrimSuffix(strings.TrimSuffix(w, "e"), "s") + "s"
	}
	w = strings.TrimRight(w, "e")
	if strings.HasSuffix(w, "is") {
		w = strings.TrimSuffix(w, "is") + "iz"
	}
	return strings.Replace(w, "our", "or", 1)
}
