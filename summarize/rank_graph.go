package summarize

import (
	"cmp"
	"math/bits"
	"slices"
)

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

// rankScratch holds the ranker's working arrays, kept with a word table
// between texts so that ranking an article allocates little besides its
// results.
type rankScratch struct {
	count, first        []int
	seen                []int
	all                 []posting
	postings            [][]posting
	acc, idf, out, next []float64
	share               []float64
	from                []int32
	fill                []int
	rowFrom             [][]int32
	rowShare            [][]float64
	// The similarity graph's edge lists, cut from shared arrays.
	edges, back, backSorted, merged []edge
	backFrom                        []int32
	backCount                       []int
	touched                         []int
	marks                           []uint64 // a bit per sentence, all clear between uses
	cursor                          []int
	words, terms                    []int32 // every sentence's words and terms
}

// zeroed returns s resized to n elements, all zero, reusing its array when
// it is large enough.
func zeroed[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	s = s[:n]
	clear(s)
	return s
}

// simGraph links sentences by the cosine of their TF-IDF vectors.
func simGraph(vecs []termVec, nterms int, sc *rankScratch) [][]edge {
	postings := invertedIndex(vecs, nterms, sc)
	sc.acc = zeroed(sc.acc, len(vecs))
	sc.marks = zeroed(sc.marks, (len(vecs)+63)/64)
	acc := sc.acc
	adj := make([][]edge, len(vecs))
	edges, touched := sc.edges[:0], sc.touched[:0] // all lists share one array
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
		sortTouched(touched, sc.marks)
		n := len(edges)
		edges = strongest(edges, touched, acc, vecs, i)
		adj[i] = edges[n:len(edges):len(edges)]
		for _, j := range touched {
			acc[j] = 0
		}
	}
	sc.edges, sc.touched = edges, touched
	return symmetric(adj, sc)
}

// posting is a sentence holding a term, with the term's weight there.
type posting struct {
	s int32
	w float64
}

// invertedIndex lists, for each term, the sentences holding it in
// sentence order; all lists share one backing array (two passes: count,
// then fill), so the index costs two allocations, not one per term.
func invertedIndex(vecs []termVec, nterms int, sc *rankScratch) [][]posting {
	sc.count = zeroed(sc.count, nterms)
	count := sc.count
	total := 0
	for _, v := range vecs {
		for _, t := range v.ids {
			count[t]++
		}
		total += len(v.ids)
	}
	sc.all = zeroed(sc.all, total)
	sc.postings = zeroed(sc.postings, nterms)
	all, postings := sc.all, sc.postings
	at := 0
	for t, c := range count {
		postings[t] = all[at : at : at+c]
		at += c
	}
	for i, v := range vecs {
		for k, t := range v.ids {
			postings[t] = append(postings[t], posting{int32(i), v.vals[k]})
		}
	}
	return postings
}

// sortTouched sorts the sentences a row touched (each once: every weight
// is positive, so a sentence's sum leaves zero at its first term), so that
// edges come in sentence order, mostly without a second sort. When they
// are dense in their range, as in an article of a few dozen sentences,
// reading them back from a bitmap is cheaper than sorting; marks is left
// clear.
func sortTouched(touched []int, marks []uint64) {
	if len(touched) < 2 {
		return
	}
	lo, hi := touched[0], touched[0]
	for _, j := range touched {
		lo, hi = min(lo, j), max(hi, j)
	}
	if hi>>6-lo>>6 >= len(touched) {
		slices.Sort(touched)
		return
	}
	for _, j := range touched {
		marks[j>>6] |= 1 << (j & 63)
	}
	k := 0
	for w := lo >> 6; w <= hi>>6; w++ {
		for m := marks[w]; m != 0; m &= m - 1 {
			touched[k] = w<<6 + bits.TrailingZeros64(m)
			k++
		}
		marks[w] = 0
	}
}

// strongest turns accumulated dot products into cosines and keeps the
// maxNeighbours largest (ties to the earlier sentence), in sentence order.
// touched is sorted.
func strongest(dst []edge, touched []int, acc []float64, vecs []termVec, i int) []edge {
	n := len(dst)
	for _, j := range touched {
		if c := acc[j] / (vecs[i].norm * vecs[j].norm); c > 0 {
			dst = append(dst, edge{j, c})
		}
	}
	if out := dst[n:]; len(out) > maxNeighbours {
		slices.SortFunc(out, func(a, b edge) int {
			if a.w != b.w {
				return cmp.Compare(b.w, a.w)
			}
			return cmp.Compare(a.to, b.to)
		})
		out = out[:maxNeighbours]
		slices.SortFunc(out, func(a, b edge) int { return cmp.Compare(a.to, b.to) })
		dst = dst[:n+maxNeighbours]
	}
	return dst
}

// symmetric adds the reverse of every kept edge once, so the graph is
// undirected; each list stays in sentence order for determinism. An edge
// both ends kept stays as each end weighed it.
func symmetric(adj [][]edge, sc *rankScratch) [][]edge {
	// The reverse edges, grouped by the sentence they lead from and in
	// sentence order within a group (a stable counting sort by source).
	sc.backCount = zeroed(sc.backCount, len(adj)+1)
	count := sc.backCount
	back, from := sc.back[:0], sc.backFrom[:0] // from[k] is the sentence back[k] leads from
	// Whether j's list holds i: lists are in sentence order and i only
	// grows, so a cursor per list that never steps back finds it.
	sc.cursor = zeroed(sc.cursor, len(adj))
	cursor := sc.cursor
	for i := range adj {
		for _, e := range adj[i] {
			to, c := adj[e.to], cursor[e.to]
			for c < len(to) && to[c].to < i {
				c++
			}
			cursor[e.to] = c
			if c == len(to) || to[c].to != i {
				back, from = append(back, edge{i, e.w}), append(from, int32(e.to))
				count[e.to+1]++
			}
		}
	}
	for j := range len(adj) {
		count[j+1] += count[j]
	}
	sc.backSorted = zeroed(sc.backSorted, len(back))
	sorted := sc.backSorted
	fill := append(sc.fill[:0], count[:len(adj)]...)
	for k, e := range back {
		j := from[k]
		sorted[fill[j]] = e
		fill[j]++
	}
	sc.back, sc.backFrom, sc.fill = back, from, fill
	out := make([][]edge, len(adj))
	merged := sc.merged[:0]
	for i := range adj {
		b := sorted[count[i]:count[i+1]]
		if len(b) == 0 {
			out[i] = adj[i]
			continue
		}
		n := len(merged)
		merged = mergeEdges(merged, adj[i], b)
		out[i] = merged[n:len(merged):len(merged)]
	}
	sc.merged = merged
	return out
}

// mergeEdges appends to dst the merge of two edge lists sorted by target.
func mergeEdges(dst, a, b []edge) []edge {
	for len(a) > 0 && len(b) > 0 {
		if a[0].to < b[0].to {
			dst, a = append(dst, a[0]), a[1:]
		} else {
			dst, b = append(dst, b[0]), b[1:]
		}
	}
	return append(append(dst, a...), b...)
}

// pageRank is weighted PageRank (TextRank) over the graph, with a
// teleport distribution prior (nil: uniform).
func pageRank(adj [][]edge, prior []float64, sc *rankScratch) []float64 {
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
	// Each sentence gathers from its in-edges, listed by source in
	// ascending order, so every sum adds its terms in the same order as
	// scattering from sources in ascending order would, while the sum
	// stays in a register. Each weight is divided by its source's
	// out-weight once, not at every iteration: r*(w/out) may differ from
	// r*w/out in the last bits, far below the 1e-9 Rank rounds scores to
	// (TestPageRankAsScatter).
	sc.out, sc.first = zeroed(sc.out, n), zeroed(sc.first, n+1)
	out, first := sc.out, sc.first
	for i, es := range adj {
		for _, e := range es {
			out[i] += e.w
			first[e.to+1]++
		}
	}
	for j := range n {
		first[j+1] += first[j]
	}
	nedges := first[n]
	sc.from, sc.share = zeroed(sc.from, nedges), zeroed(sc.share, nedges)
	from, share := sc.from, sc.share
	sc.fill = append(sc.fill[:0], first[:n]...)
	fill := sc.fill
	var dangles []int32
	for i, es := range adj {
		if out[i] == 0 {
			dangles = append(dangles, int32(i))
		}
		for _, e := range es {
			k := fill[e.to]
			fill[e.to]++
			from[k], share[k] = int32(i), e.w/out[i]
		}
	}
	// Each sentence's in-edges, cut once rather than at every iteration.
	sc.rowFrom, sc.rowShare = zeroed(sc.rowFrom, n), zeroed(sc.rowShare, n)
	rowFrom, rowShare := sc.rowFrom, sc.rowShare
	for j := range n {
		rowFrom[j], rowShare[j] = from[first[j]:first[j+1]], share[first[j]:first[j+1]]
	}
	r := append([]float64(nil), prior...)
	sc.next = zeroed(sc.next, n)
	next := sc.next
	for range iterations {
		dangling := 0.0
		for _, i := range dangles {
			dangling += r[i]
		}
		gather(next, r, prior, rowFrom, rowShare, dangling)
		r, next = next, r
	}
	if len(r) > 0 && &r[0] == &sc.next[0] {
		return append([]float64(nil), r...) // the result must outlive the scratch
	}
	return r
}

// gather is one PageRank iteration: each sentence sums its in-edges'
// shares of r, in the order of their sources. On its own, with few live
// values and each sentence's edges cut beforehand, the loops keep their
// values in registers.
func gather(next, r, prior []float64, rowFrom [][]int32, rowShare [][]float64, dangling float64) {
	next, rowFrom, rowShare = next[:len(prior)], rowFrom[:len(prior)], rowShare[:len(prior)]
	for j, p := range prior {
		sum := 0.0
		fs := rowFrom[j]
		ss := rowShare[j][:len(fs)] // one bounds check for the loop
		for k, i := range fs {
			sum += r[i] * ss[k]
		}
		next[j] = (1-damping)*p + damping*(sum+dangling*p)
	}
}
