package rouge

import (
	"sort"
	"strings"
)

// rougeLsum is the summary-level LCS of ROUGE-1.5.5 as rouge-score computes
// it: for each reference line, the union of its LCS positions with every
// candidate line, each token counted no more often than it occurs in
// either text.
func rougeLsum(reference, candidate string) Score {
	refs, cands := lines(reference), lines(candidate)
	if len(refs) == 0 || len(cands) == 0 {
		return Score{}
	}
	refCount, m := counts(refs)
	candCount, n := counts(cands)
	if m == 0 || n == 0 {
		return Score{}
	}
	hits := 0
	for _, r := range refs {
		union := map[int]bool{}
		for _, c := range cands {
			for _, i := range lcsIndices(r, c) {
				union[i] = true
			}
		}
		idx := make([]int, 0, len(union))
		for i := range union {
			idx = append(idx, i)
		}
		sort.Ints(idx)
		for _, i := range idx {
			t := r[i]
			if candCount[t] > 0 && refCount[t] > 0 {
				hits++
				candCount[t]--
				refCount[t]--
			}
		}
	}
	return score(float64(hits)/float64(n), float64(hits)/float64(m))
}

// lines tokenises each non-empty line.
func lines(text string) [][]string {
	var out [][]string
	for _, l := range strings.Split(text, "\n") {
		if l != "" {
			out = append(out, Tokens(l))
		}
	}
	return out
}

func counts(sents [][]string) (map[string]int, int) {
	c := map[string]int{}
	n := 0
	for _, s := range sents {
		for _, t := range s {
			c[t]++
			n++
		}
	}
	return c, n
}
