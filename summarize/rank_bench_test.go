package summarize

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
)

// syntheticSentences makes n news-like sentences from a Zipf-distributed
// vocabulary (fixed seed), so that common words recur as in real text.
func syntheticSentences(n int) []Sentence {
	r := rand.New(rand.NewPCG(1, 2))
	zipf := rand.NewZipf(r, 1.1, 1, 20000)
	out := make([]Sentence, n)
	off := 0
	for i := range out {
		var b strings.Builder
		for k := range 8 + r.IntN(25) {
			if k > 0 {
				b.WriteByte(' ')
			}
			fmt.Fprintf(&b, "w%dx", zipf.Uint64())
		}
		b.WriteByte('.')
		text := b.String()
		out[i] = Sentence{Index: i, Paragraph: i / 3, Start: off, End: off + len(text), Text: text}
		off += len(text) + 1
	}
	return out
}

func benchRank(b *testing.B, n int) {
	sents := syntheticSentences(n)
	b.ResetTimer()
	for b.Loop() {
		sc := Rank(sents, RankOptions{Title: "w1x w2x w3x"})
		Select(sc, 5)
		BLUF(sc)
	}
}

func BenchmarkRank20(b *testing.B)   { benchRank(b, 20) }
func BenchmarkRank500(b *testing.B)  { benchRank(b, 500) }
func BenchmarkRank5000(b *testing.B) { benchRank(b, 5000) }
