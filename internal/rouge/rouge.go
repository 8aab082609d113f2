// Package rouge computes ROUGE-1, ROUGE-2, ROUGE-L and ROUGE-Lsum with the
// rules of Google's rouge-score package (tokenisation, NLTK-compatible Porter
// stemming, F1 per document).
package rouge

// Score is precision, recall and F1 of one ROUGE variant.
type Score struct {
	Precision, Recall, F1 float64
}

// Scores are the four variants for one reference and candidate.
type Scores struct {
	R1, R2, RL, RLsum Score
}

// Compute scores candidate against reference. For ROUGE-Lsum both texts
// hold one sentence per line. Placeholder: not built yet.
func Compute(reference, candidate string) Scores {
	return Scores{}
}
