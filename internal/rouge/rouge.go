// Package rouge computes ROUGE-1, ROUGE-2, ROUGE-L and ROUGE-Lsum with the
// rules of Google's rouge-score package: lower-case, every run of characters
// outside [a-z0-9] is a token break, tokens longer than 3 letters are
// Porter-stemmed (NLTK's stemmer, ported in porter.go), and P, R and F1 are
// computed per document. Compute agrees with the team's rouge.py, which
// matches rouge-score to the last digit.
package rouge

import "strings"

// Score is precision, recall and F1 of one ROUGE variant, each in 0..1.
type Score struct {
	Precision, Recall, F1 float64
}

// Scores are the four variants for one reference and candidate.
type Scores struct {
	R1, R2, RL, RLsum Score
}

// Compute scores candidate against reference. For ROUGE-Lsum both texts
// hold one sentence per line.
func Compute(reference, candidate string) Scores {
	ref, cand := Tokens(reference), Tokens(candidate)
	return Scores{
		R1:    rougeN(ref, cand, 1),
		R2:    rougeN(ref, cand, 2),
		RL:    rougeL(ref, cand),
		RLsum: rougeLsum(reference, candidate),
	}
}

func score(p, r float64) Score {
	f := 0.0
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return Score{Precision: p, Recall: r, F1: f}
}

// Tokens splits text as rouge-score does: lower-cased ASCII letters and
// digits, stemmed when longer than 3 characters.
func Tokens(text string) []string {
	var toks []string
	var b strings.Builder
	flush := func() {
		if b.Len() > 0 {
			t := b.String()
			if len(t) > 3 {
				t = Stem(t)
			}
			toks = append(toks, t)
			b.Reset()
		}
	}
	for _, r := range text {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			b.WriteRune(r)
		case r >= 'A' && r <= 'Z':
			b.WriteRune(r + 'a' - 'A')
		case r == '\u212A': // KELVIN SIGN: Python lower-cases it to 'k'
			b.WriteByte('k')
		case r == '\u0130': // Python lower-cases it to "i" + U+0307, a break
			b.WriteByte('i')
			flush()
		default:
			flush()
		}
	}
	flush()
	return toks
}

func rougeN(ref, cand []string, n int) Score {
	rc, cc := ngrams(ref, n), ngrams(cand, n)
	overlap, nr, nc := 0, 0, 0
	for g, v := range rc {
		overlap += min(v, cc[g])
		nr += v
	}
	for _, v := range cc {
		nc += v
	}
	return score(float64(overlap)/float64(max(nc, 1)), float64(overlap)/float64(max(nr, 1)))
}

func ngrams(toks []string, n int) map[string]int {
	m := make(map[string]int)
	for i := 0; i+n <= len(toks); i++ {
		m[strings.Join(toks[i:i+n], " ")]++
	}
	return m
}

func rougeL(ref, cand []string) Score {
	if len(ref) == 0 || len(cand) == 0 {
		return Score{}
	}
	t := lcsTable(ref, cand)
	l := float64(t[len(ref)][len(cand)])
	return score(l/float64(len(cand)), l/float64(len(ref)))
}

// lcsTable is the dynamic-programming table of the longest common
// subsequence, with rouge-score's tie-break (prefer the row above).
func lcsTable(a, b []string) [][]int {
	t := make([][]int, len(a)+1)
	for i := range t {
		t[i] = make([]int, len(b)+1)
	}
	for i := 1; i <= len(a); i++ {
		for j := 1; j <= len(b); j++ {
			switch {
			case a[i-1] == b[j-1]:
				t[i][j] = t[i-1][j-1] + 1
			case t[i-1][j] >= t[i][j-1]:
				t[i][j] = t[i-1][j]
			default:
				t[i][j] = t[i][j-1]
			}
		}
	}
	return t
}

// lcsIndices are the positions in ref of one LCS with cand, found by
// rouge-score's back-tracking.
func lcsIndices(ref, cand []string) []int {
	t := lcsTable(ref, cand)
	var out []int
	for i, j := len(ref), len(cand); i > 0 && j > 0; {
		switch {
		case ref[i-1] == cand[j-1]:
			out = append(out, i-1)
			i--
			j--
		case t[i][j-1] > t[i-1][j]:
			j--
		default:
			i--
		}
	}
	return out
}
