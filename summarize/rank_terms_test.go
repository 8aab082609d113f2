package summarize

import (
	"slices"
	"testing"
)

// tableWords cuts text with a word table and spells the words out.
func tableWords(text string) []string {
	t := getWordTable()
	defer putWordTable(t)
	var out []string
	for _, id := range t.words(nil, text) {
		out = append(out, t.info[id].word)
	}
	return out
}

func TestWordTableCutsAsWords(t *testing.T) {
	for _, text := range []string{
		"", "NATO's 28 allies met in Brussels.", "“Quoted,” he said — then left…",
		"Zürich ÉCOLE naïve İstanbul straße ΣΊΣΥΦΟΣ", "\xff\xfeBAD\xc3 bytes", "a1b2 C3D4 e_f",
		"日本語のテキスト and English", "“", "word”", "«Non»", "x\u00a0y\u2028z",
	} {
		if got, want := tableWords(text), words(text); !slices.Equal(got, want) {
			t.Errorf("%q: table cuts %q, words cuts %q", text, got, want)
		}
	}
}

// FuzzWordTable: the word table cuts and lower-cases any text exactly as
// words does, however often it has seen the words before.
func FuzzWordTable(f *testing.F) {
	f.Add("NATO's “28” allies")
	f.Add("ÉCOLE\xffnaïve")
	f.Fuzz(func(t *testing.T, text string) {
		if got, want := tableWords(text), words(text); !slices.Equal(got, want) {
			t.Errorf("%q: table cuts %q, words cuts %q", text, got, want)
		}
	})
}
