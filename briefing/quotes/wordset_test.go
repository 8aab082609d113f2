package quotes

import (
	"math/rand/v2"
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
