package summarize

import "sort"

// Redundancy is the MMR trade-off Select uses: the share of a candidate's
// score that is traded for novelty (0 switches redundancy control off).
const Redundancy = 0.1

// duplicate is the cosine above which a sentence restates a point already
// picked.
const duplicate = 0.5

// Select picks up to n key points from scored sentences, in document order,
// by maximal marginal relevance: each pick maximises its score less its
// similarity to the points already picked.
func Select(scored []Scored, n int) []Scored {
	return SelectMMR(scored, n, Redundancy)
}

// SelectMMR is Select with an explicit redundancy trade-off lambda in 0..1.
func SelectMMR(scored []Scored, n int, lambda float64) []Scored {
	if n <= 0 || len(scored) == 0 {
		return nil
	}
	vecs := sentenceVectors(scored)
	top := 0.0
	for _, s := range scored {
		top = max(top, s.Score)
	}
	if top == 0 {
		top = 1
	}
	picked := make([]int, 0, n)
	used := make([]bool, len(scored))
	maxSim := make([]float64, len(scored))
	dense := make([]float64, termSpan(vecs))
	for len(picked) < n && len(picked) < len(scored) {
		best, bestVal := -1, 0.0
		for i, s := range scored {
			if used[i] {
				continue
			}
			v := (1-lambda)*s.Score/top - lambda*maxSim[i]
			if lambda > 0 && maxSim[i] > duplicate {
				v -= 2 // a near-duplicate comes only when nothing else is left
			}
			if best < 0 || v > bestVal {
				best, bestVal = i, v
			}
		}
		used[best] = true
		picked = append(picked, best)
		spread(dense, vecs[best])
		for i := range scored {
			if !used[i] {
				maxSim[i] = max(maxSim[i], cosineTo(vecs[i], dense, vecs[best]))
			}
		}
		unspread(dense, vecs[best])
	}
	sort.Ints(picked)
	out := make([]Scored, len(picked))
	for k, i := range picked {
		out[k] = scored[i]
	}
	return out
}

// sentenceVectors are TF-IDF vectors of the sentences, for redundancy:
// Rank's own when it scored these sentences, else computed afresh.
func sentenceVectors(scored []Scored) []termVec {
	if vecs, ok := rankedVectors(scored); ok {
		return vecs
	}
	sents := make([]Sentence, len(scored))
	for i, s := range scored {
		sents[i] = s.Sentence
	}
	vecs, _ := tfidfVectors(sents)
	return vecs
}

// tfidfVectors are the TF-IDF vectors of sentences, as Rank weighs them,
// and the number of terms.
func tfidfVectors(sentences []Sentence) ([]termVec, int) {
	table := getWordTable()
	defer putWordTable(table)
	return tfidf(table, sentences).vecs, table.nterms()
}

// rankedVectors returns the vectors Rank left on scored, when it scored all
// of them together (the same vocabulary and weights Select would compute).
func rankedVectors(scored []Scored) ([]termVec, bool) {
	vecs := make([]termVec, len(scored))
	for i, s := range scored {
		if !s.hasVec || s.Index != i {
			return nil, false
		}
		vecs[i] = s.vec
	}
	return vecs, true
}

// blufWindow is how many leading sentences may hold the BLUF.
const blufWindow = 4

// dangling are first words that tie a sentence to the one before it, so it
// cannot stand alone as the bottom line.
var dangling = map[string]bool{
	"however": true, "but": true, "and": true, "yet": true, "also": true, "meanwhile": true,
	"still": true, "instead": true, "moreover": true, "furthermore": true, "so": true,
	"this": true, "these": true, "that": true, "it": true, "they": true, "he": true, "she": true,
}

// BLUF picks the bottom-line-up-front sentence: among the first
// blufWindow full sentences (no fragment, caption, question or sentence
// that leans on the one before: "However, ..."), the best
// scored with a preference for the earliest, since news states who did
// what first. ok is false when there is no sentence.
func BLUF(scored []Scored) (best Scored, ok bool) {
	bestVal, seen := -1.0, 0
	for _, s := range scored {
		if seen == blufWindow {
			break
		}
		if !leads(s) {
			continue
		}
		seen++
		if v := s.Score * (1 - 0.15*float64(seen-1)); v > bestVal {
			best, bestVal, ok = s, v, true
		}
	}
	if !ok && len(scored) > 0 {
		return highest(scored), true
	}
	return best, ok
}

// leads tells whether a sentence can stand alone as the bottom line.
func leads(s Scored) bool {
	if s.hasVec {
		return s.leads // as Rank found it
	}
	ws := words(s.Text)
	return penalty(s.Text, len(ws), furniture(ws)) == 1 && (len(ws) == 0 || !dangling[ws[0]])
}

// highest is the top-scored sentence, the earliest on ties.
func highest(scored []Scored) Scored {
	best := scored[0]
	for _, s := range scored[1:] {
		if s.Score > best.Score {
			best = s
		}
	}
	return best
}
