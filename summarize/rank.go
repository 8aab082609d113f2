package summarize

import "math"

// RankOptions tune Rank.
type RankOptions struct {
	Title string // the article title, when known
	// Weights switches and weighs the features; nil means DefaultWeights.
	// The evaluation sets it to measure each feature (ablation).
	Weights *Weights
}

// Weights of the features Rank combines. A zero weight switches a
// feature off.
type Weights struct {
	Centrality float64 // TextRank centrality over TF-IDF cosine similarity
	Frequency  float64 // mean document frequency of the sentence's content words (SumBasic)
	Position   float64 // earlier sentences and paragraphs first
	Title      float64 // similarity to the title
	Salience   float64 // defense-policy salience: decisions, forces, budgets, weapons, alliances, dates
	Length     float64 // informative (longer) sentences over short ones
	Penalty    float64 // 0..1: how hard fragments, captions and questions are pushed down
}

// DefaultWeights are the weights tuned on the development set. The title
// weight is light: on BBC News the lead already carries the headline's
// words, and more title weight costs ROUGE (go run ./internal/eval summ,
// ablation rows "- title" and "title at 0.3"); it stays as a tie-breaker
// for sentences that echo the headline.
var DefaultWeights = Weights{
	Centrality: 1, Frequency: 1.2, Position: 0.2, Title: 0.05, Salience: 0.1, Length: 1.5, Penalty: 1,
}

// Rank scores every sentence; the result is in document order. The score
// is a weighted sum of features each scaled to 0..1, times a penalty for
// fragments, captions and questions.
func Rank(sentences []Sentence, opt RankOptions) []Scored {
	w := DefaultWeights
	if opt.Weights != nil {
		w = *opt.Weights
	}
	out := make([]Scored, len(sentences))
	if len(sentences) == 0 {
		return out
	}
	f := rankFeatures(sentences, opt.Title)
	for i, s := range sentences {
		score := w.Centrality*f.centrality[i] + w.Frequency*f.frequency[i] + w.Position*f.position[i] + w.Title*f.title[i] +
			w.Salience*f.salience[i] + w.Length*f.length[i]
		score *= 1 - w.Penalty*(1-f.penalty[i])
		out[i] = Scored{Sentence: s, Score: round(score), vec: f.vecs[i], hasVec: true, leads: f.leads[i]}
	}
	return out
}

// round keeps scores to 1e-9 so that sums taken in another order cannot
// change a ranking.
func round(x float64) float64 { return math.Round(x*1e9) / 1e9 }
