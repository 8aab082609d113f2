package summarize

import "sort"

// RankOptions tune Rank.
type RankOptions struct {
	Title string // the article title, when known
}

// Rank scores every sentence; the result is in document order.
// Placeholder: earlier sentences score higher.
func Rank(sentences []Sentence, opt RankOptions) []Scored {
	out := make([]Scored, len(sentences))
	for i, s := range sentences {
		out[i] = Scored{Sentence: s, Score: 1 / float64(i+1)}
	}
	return out
}

// Select picks up to n key points from scored sentences, in document order.
func Select(scored []Scored, n int) []Scored {
	byScore := append([]Scored(nil), scored...)
	sort.SliceStable(byScore, func(i, j int) bool {
		if byScore[i].Score != byScore[j].Score {
			return byScore[i].Score > byScore[j].Score
		}
		return byScore[i].Index < byScore[j].Index
	})
	if n < len(byScore) {
		byScore = byScore[:n]
	}
	sort.Slice(byScore, func(i, j int) bool { return byScore[i].Index < byScore[j].Index })
	return byScore
}

// BLUF picks the bottom-line-up-front sentence; ok is false when there is none.
func BLUF(scored []Scored) (best Scored, ok bool) {
	if len(scored) == 0 {
		return Scored{}, false
	}
	return scored[0], true
}
