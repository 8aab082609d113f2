package quotes

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// The maps the word sets replaced, kept as their reference.

// placeNames finds the one-word names the text puts after "in" (in Kyiv,
// in Ukraine): places, not people.
// It fills out (empty) when not nil.
func placeNames(toks []token, out map[string]bool) map[string]bool {
	if out == nil {
		out = map[string]bool{}
	}
	for i := 1; i+1 < len(toks); i++ {
		if t := &toks[i]; t.Cap && toks[i-1].low == "in" && !t.possessive() && !toks[i+1].Cap {
			out[toks[i].low] = true
		}
	}
	return out
}

// midSentenceCaps finds the words written with a capital after another
// word of the same sentence: there the capital marks a name.
// It fills out (empty) when not nil.
func midSentenceCaps(toks []token, out map[string]bool) map[string]bool {
	mid := func(i int) bool {
		t, prev := &toks[i], &toks[i-1]
		return t.Cap && prev.Para == t.Para && (prev.Word || prev.isComma() || prev.Quote >= 0)
	}
	if out == nil {
		n := 0
		for i := 1; i < len(toks); i++ {
			if mid(i) {
				n++
			}
		}
		out = make(map[string]bool, n) // sized once: no growing on the way
	}
	for i := 1; i < len(toks); i++ {
		if mid(i) {
			out[toks[i].low] = true
		}
	}
	return out
}

// TestNameSets: the word sets hold the words the maps held, both when a
// look-up scans the list and when it builds a map.
func TestNameSets(t *testing.T) {
	pieces := []string{"in ", "In ", "Kyiv ", "kyiv ", "Ukraine's ", "Berg ", "said ", ", ", ". ", "\n\n", "the ",
		"NATO ", "\"We will go on with it now,\" ", "Anna ", "x "}
	r := rand.New(rand.NewPCG(9, 10))
	var lb []byte
	for n := 0; n < 3000; n++ {
		var b strings.Builder
		for k := r.IntN(300); k > 0; k-- {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		text := b.String()
		toks := tokenize(text, findSpans(text), nil, nil, &lb)
		var mid, places wordSet
		var heads []int32
		for i := range toks {
			if toks[i].Cap {
				heads = append(heads, int32(i))
			}
		}
		nameSets(toks, heads, &mid, &places)
		wantMid, wantPlaces := midSentenceCaps(toks, nil), placeNames(toks, nil)
		words := []string{"", "zz", "in"}
		for _, tk := range toks {
			words = append(words, tk.low)
		}
		for _, w := range words {
			if got := mid.has(toks, []byte(w)); got != wantMid[w] {
				t.Fatalf("%q: mid has %q = %v, want %v", text, w, got, wantMid[w])
			}
			if got := places.has(toks, []byte(w)); got != wantPlaces[w] {
				t.Fatalf("%q: places has %q = %v, want %v", text, w, got, wantPlaces[w])
			}
		}
	}
}

// refTitleLines is titleLines as it was, counting every line to its end.
func refTitleLines(toks []token) []bool {
	if len(toks) == 0 {
		return nil
	}
	out := make([]bool, toks[len(toks)-1].Line+1)
	for i := 0; i < len(toks); {
		line, words, caps := toks[i].Line, 0, 0
		j := i
		for ; j < len(toks) && toks[j].Line == line; j++ {
			if t := &toks[j]; t.Word && !t.is(cJoiner|cTitleJoiner) {
				words++
				if t.Cap {
					caps++
				}
			}
		}
		ended := toks[j-1].isSentenceEnd()
		n := words
		if n >= 3 && caps*10 >= n*8 && !ended || n >= 5 && caps == n {
			out[line] = true
		}
		i = j
	}
	return out
}

// TestTitleLines: stopping early finds the lines counting to the end finds.
func TestTitleLines(t *testing.T) {
	pieces := []string{"Trump ", "Meets ", "in ", "of ", "the ", "Geneva ", "talks ", ". ", "\n", "\n\n", ", ", "A ", "Liar"}
	r := rand.New(rand.NewPCG(17, 18))
	var lb []byte
	for n := 0; n < 5000; n++ {
		var b strings.Builder
		for k := r.IntN(40); k > 0; k-- {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		text := b.String()
		toks := tokenize(text, findSpans(text), nil, nil, &lb)
		if got, want := titleLines(toks), refTitleLines(toks); !slices.Equal(got, want) {
			t.Fatalf("%q: titleLines %v, want %v", text, got, want)
		}
	}
}
