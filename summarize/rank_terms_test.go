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
		out = append(out, t.word(id))
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

// TestRankIndependentOfHistory: ranking a text gives the same scores
// whatever texts the reused word tables saw before it.
func TestRankIndependentOfHistory(t *testing.T) {
	texts := []string{
		"NATO DEFENSE MINISTERS MET IN BRUSSELS. Ministers agreed to boost cyber defense. The alliance will fund a new centre in Tallinn. Estonia welcomed the plan.",
		"Defense budgets rose. DEFENSE SPENDING ROSE AGAIN in 2013, officials said. Budgets were cut in Europe. Spending on drones rose fastest.",
		"The Pentagon said troops would deploy. TROOPS DEPLOYED TO THE BORDER on Tuesday. The deployment was approved by Congress. Congress approved it quickly.",
	}
	rank := func(text string) []Scored { return Rank(Split(text), RankOptions{Title: "Defense ministers meet"}) }
	fresh := make([][]Scored, len(texts))
	for i, text := range texts {
		for len(wordTables) > 0 { // start from empty tables
			<-wordTables
		}
		fresh[i] = rank(text)
	}
	for round := 0; round < 3; round++ {
		for i, text := range texts {
			got := rank(text)
			for k := range got {
				if got[k].Score != fresh[i][k].Score {
					t.Fatalf("round %d, text %d, sentence %d: score %v after other texts, %v on a fresh table", round, i, k, got[k].Score, fresh[i][k].Score)
				}
			}
		}
	}
}
