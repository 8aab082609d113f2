package summarize

import (
	"fmt"
	"slices"
	"testing"

	"brief/internal/ascii"
)

// tableWords cuts text with a word table and spells the words out. It
// panics if the table gave one word two ids: every path through words
// must hash a word alike.
func tableWords(text string) []string {
	t := getWordTable()
	defer putWordTable(t)
	var out []string
	ids := map[string]int32{}
	for _, id := range t.words(nil, text) {
		w := t.word(id)
		if old, ok := ids[w]; ok && old != id {
			panic(fmt.Sprintf("%q has ids %d and %d", w, old, id))
		}
		ids[w] = id
		out = append(out, w)
	}
	return out
}

// shortWordByBytes is shortWord a byte at a time, by wordLower.
func shortWordByBytes(x uint64) (n int, key uint64, lowered bool) {
	lowered = true
	for ; n < 8; n++ {
		c := byte(x >> (8 * n))
		l := wordLower[c]
		if l == 0 || l == nonASCII {
			break
		}
		key |= uint64(l) << (8 * n)
		lowered = lowered && l == c
	}
	if n == 0 || n == 8 || wordLower[byte(x>>(8*n))] == nonASCII {
		return 0, 0, false
	}
	return n, key, lowered
}

func FuzzShortWord(f *testing.F) {
	for _, s := range []string{"NATO's x", "allies, ", "Zürich  ", "2013-06-", "abcdefgh", "@[`{/:AZ", "a\xffbcdefg"} {
		f.Add(ascii.Load8(s, 0))
	}
	f.Fuzz(func(t *testing.T, x uint64) {
		n, key, lowered := shortWord(x)
		wn, wkey, wlowered := shortWordByBytes(x)
		if n != wn || key != wkey || lowered != wlowered {
			t.Errorf("shortWord(%#x) = %d, %#x, %v; byte by byte %d, %#x, %v", x, n, key, lowered, wn, wkey, wlowered)
		}
	})
}

// TestShortWordEveryPair checks shortWord on every pair of bytes that can
// open eight bytes of text, followed by a space and by a letter.
func TestShortWordEveryPair(t *testing.T) {
	for a := range 256 {
		for b := range 256 {
			for _, rest := range []uint64{0x2020202020200000, 0x2020202020610000, 0x6161616161610000} {
				x := uint64(a) | uint64(b)<<8 | rest
				n, key, lowered := shortWord(x)
				wn, wkey, wlowered := shortWordByBytes(x)
				if n != wn || key != wkey || lowered != wlowered {
					t.Fatalf("shortWord(%#x) = %d, %#x, %v; byte by byte %d, %#x, %v", x, n, key, lowered, wn, wkey, wlowered)
				}
			}
		}
	}
}

func TestWordTableCutsAsWords(t *testing.T) {
	for _, text := range []string{
		"", "NATO's 28 allies met in Brussels.", "“Quoted,” he said — then left…",
		"Zürich ÉCOLE naïve İstanbul straße ΣΊΣΥΦΟΣ", "\xff\xfeBAD\xc3 bytes", "a1b2 C3D4 e_f",
		"日本語のテキスト and English", "“", "word”", "«Non»", "x\u00a0y\u2028z", "\u212a then k then K: Kelvin", "ﬁne ﬁnal fine",
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
