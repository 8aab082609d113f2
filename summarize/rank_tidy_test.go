package summarize

import (
	"slices"
	"testing"
)

// TestSelectVectorsAreRanks: Rank hands each sentence its own vector, the
// one Select would compute afresh for sentences Rank did not score
// together. Both come from tfidf, so this checks the hand-back (order,
// the title's terms left out), not the pipeline.
func TestSelectVectorsAreRanks(t *testing.T) {
	for _, sents := range [][]Sentence{nil, Split(sample), syntheticSentences(300)} {
		scored := Rank(sents, RankOptions{Title: "NATO allies agree w1x"})
		ranked, ok := rankedVectors(scored)
		if !ok {
			t.Fatalf("%d sentences: Rank left no vectors", len(sents))
		}
		fresh, _ := tfidfVectors(sents)
		if len(ranked) != len(fresh) {
			t.Fatalf("%d vectors from Rank, %d afresh", len(ranked), len(fresh))
		}
		for i := range fresh {
			r, f := ranked[i], fresh[i]
			if !slices.Equal(r.ids, f.ids) || !slices.Equal(r.vals, f.vals) || r.norm != f.norm {
				t.Fatalf("sentence %d: Rank's vector %v, afresh %v", i, r, f)
			}
		}
	}
}
