package summarize

import "sort"

// The similarity graph is built from an inverted index, never a dense
// n x n matrix: only sentences that share a term are compared, terms found
// in more than maxPostings sentences are left out of the pairing (their IDF
// is near zero anyway), and each sentence keeps its maxNeighbours strongest
// edges. The work is then bounded by maxPostings x the number of terms,
// linear in the length of the text.
const (
	maxPostings   = 64
	maxNeighbours = 24
	damping       = 0.85
	iterations    = 40
)

type edge struct {
	to int
	w  float64
}

// simGraph links sentences by the cosine of their TF-IDF vectors.
func simGraph(vecs []termVec, nterms int) [][]edge {
	postings := make([][]posting, nterms)
	for i, v := range vecs {
		for k, t := range v.ids {
			postings[t] = append(postings[t], posting{int32(i), v.vals[k]})
		}
	}
	acc := make([]float64, len(vecs))
	adj := make([][]edge, len(vecs))
	var touched []int
	for i, v := range vecs {
		touched = touched[:0]
		for k, t := range v.ids {
			if len(postings[t]) > maxPostings {
				continue
			}
			for _, p := range postings[t] {
				if int(p.s) == i {
					continue
				}
				if acc[p.s] == 0 {
					touched = append(touched, int(p.s))
				}
				acc[p.s] += v.vals[k] * p.w
			}
		}
		adj[i] = strongest(touched, acc, vecs, i)
		for _, j := range touched {
			acc[j] = 0
		}
	}
	return symmetric(adj)
}

// posting is a sentence holding a term, with the term's weight there.
type posting struct {
	s int32
	w float64
}

// strongest turns accumulated dot products into cosines and keeps the
// maxNeighbours largest (ties to the earlier sentence).
func strongest(touched []int, acc []float64, vecs []termVec, i int) []edge {
	out := make([]edge, 0, len(touched))
	for _, j := range touched {
		if c := acc[j] / (vecs[i].norm * vecs[j].norm); c > 0 {
			out = append(out, edge{j, c})
		}
	}
	sort.Slice(out, func(a, b int) bool {
		if out[a].w != out[b].w {
			return out[a].w > out[b].w
		}
		return out[a].to < out[b].to
	})
	if len(out) > maxNeighbours {
		out = out[:maxNeighbours]
	}
	return out
}

// symmetric adds the reverse of every kept edge once, so the graph is
// undirected, and sorts each list by target for determinism.
func symmetric(adj [][]edge) [][]edge {
	has := make([]map[int]bool, len(adj))
	for i := range adj {
		has[i] = make(map[int]bool, len(adj[i]))
		for _, e := range adj[i] {
			has[i][e.to] = true
		}
	}
	out := make([][]edge, len(adj))
	for i := range adj {
		out[i] = append(out[i], adj[i]...)
	}
	for i := range adj {
		for _, e := range adj[i] {
			if !has[e.to][i] {
				has[e.to][i] = true
				out[e.to] = append(out[e.to], edge{i, e.w})
			}
		}
	}
	for i := range out {
		sort.Slice(out[i], func(a, b int) bool { return out[i][a].to < out[i][b].to })
	}
	return out
}

// pageRank is weighted PageRank (TextRank) over the graph, with a
// teleport distribution prior (nil: uniform).
func pageRank(adj [][]edge, prior []float64) []float64 {
	n := len(adj)
	if n == 0 {
		return nil
	}
	if prior == nil {
		prior = make([]float64, n)
		for i := range prior {
			prior[i] = 1 / float64(n)
		}
	}
	out := make([]float64, n)
	for i, es := range adj {
		for _, e := range es {
			out[i] += e.w
		}
	}
	r := append([]float64(nil), prior...)
	next := make([]float64, n)
	for range iterations {
		dangling := 0.0
		for i := range next {
			next[i] = 0
			if out[i] == 0 {
				dangling += r[i]
			}
		}
		for i, es := range adj {
			for _, e := range es {
				next[e.to] += r[i] * e.w / out[i]
			}
		}
		for i := range next {
			next[i] = (1-damping)*prior[i] + damping*(next[i]+dangling*prior[i])
		}
		r, next = next, r
	}
	return r
}
