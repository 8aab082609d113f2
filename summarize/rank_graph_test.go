package summarize

import (
	"cmp"
	"math"
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"
)

// denseGraph is simGraph the slow, obvious way: every pair of sentences
// compared, dot products summed in ascending term order (as the inverted
// index sums them), the maxNeighbours strongest kept, then each edge made
// two-way. simGraph must give exactly this graph, bit for bit.
func denseGraph(vecs []termVec, nterms int) [][]edge {
	df := make([]int, nterms)
	for _, v := range vecs {
		for _, t := range v.ids {
			df[t]++
		}
	}
	weight := func(v termVec, t int32) (float64, bool) {
		k, ok := slices.BinarySearch(v.ids, t)
		if !ok {
			return 0, false
		}
		return v.vals[k], true
	}
	adj := make([][]edge, len(vecs))
	for i, v := range vecs {
		var es []edge
		for j, u := range vecs {
			sum, shared := 0.0, false
			for k, t := range v.ids {
				if w, ok := weight(u, t); ok && df[t] <= maxPostings && i != j {
					sum += v.vals[k] * w
					shared = true
				}
			}
			if c := sum / (v.norm * u.norm); shared && c > 0 {
				es = append(es, edge{j, c})
			}
		}
		slices.SortStableFunc(es, func(a, b edge) int { return cmp.Compare(b.w, a.w) })
		es = es[:min(len(es), maxNeighbours)]
		slices.SortFunc(es, func(a, b edge) int { return cmp.Compare(a.to, b.to) })
		adj[i] = es
	}
	out := make([][]edge, len(vecs))
	for i := range adj {
		out[i] = append(out[i], adj[i]...)
	}
	for i := range adj {
		for _, e := range adj[i] {
			if !slices.ContainsFunc(adj[e.to], func(f edge) bool { return f.to == i }) {
				out[e.to] = append(out[e.to], edge{i, e.w})
			}
		}
	}
	for i := range out {
		slices.SortStableFunc(out[i], func(a, b edge) int { return cmp.Compare(a.to, b.to) })
		if out[i] == nil {
			out[i] = []edge{}
		}
	}
	return out
}

// checkGraph compares simGraph with denseGraph on sentences, and
// cosineTo with cosine.
func checkGraph(t *testing.T, sents []Sentence) {
	t.Helper()
	vecs, nterms := tfidfVectors(sents)
	checkCosineTo(t, vecs[:min(len(vecs), 40)])
	got := simGraph(vecs, nterms, &rankScratch{})
	for i := range got {
		if got[i] == nil {
			got[i] = []edge{}
		}
	}
	if want := denseGraph(vecs, nterms); !reflect.DeepEqual(got, want) {
		for i := range want {
			if !reflect.DeepEqual(got[i], want[i]) {
				t.Fatalf("sentence %d of %d: edges\n%v\nwant\n%v", i, len(sents), got[i], want[i])
			}
		}
	}
}

func TestGraphAsDense(t *testing.T) {
	for _, n := range []int{0, 1, 2, 20, 70, 150, 400} {
		checkGraph(t, syntheticSentences(n))
	}
	// Few words, many sentences: long rows, ties and terms past
	// maxPostings.
	r := rand.New(rand.NewPCG(3, 4))
	var sents []Sentence
	for range 300 {
		var b strings.Builder
		for range 3 + r.IntN(6) {
			b.WriteString(string(rune('a'+r.IntN(12))) + "word ")
		}
		sents = append(sents, Sentence{Text: b.String()})
	}
	checkGraph(t, sents)
}

func FuzzGraphAsDense(f *testing.F) {
	f.Add(sample)
	f.Add("a b c. a b. c d. d e f. a f.")
	f.Fuzz(func(t *testing.T, text string) {
		checkGraph(t, Split(text))
	})
}

// checkCosineTo compares cosineTo with cosine, bit for bit, on every pair.
func checkCosineTo(t *testing.T, vecs []termVec) {
	t.Helper()
	dense := make([]float64, termSpan(vecs))
	for j, v := range vecs {
		spread(dense, v)
		for i, a := range vecs {
			if got, want := cosineTo(a, dense, v), cosine(a, v); math.Float64bits(got) != math.Float64bits(want) {
				t.Fatalf("cosineTo(%d, %d) = %v, cosine %v", i, j, got, want)
			}
		}
		unspread(dense, v)
		if slices.ContainsFunc(dense, func(x float64) bool { return x != 0 }) {
			t.Fatal("unspread left values behind")
		}
	}
}

// scatterPageRank is PageRank as it was first written: each source
// scatters r[i]*w/out[i] along its edges at every iteration.
func scatterPageRank(adj [][]edge) []float64 {
	n := len(adj)
	prior := make([]float64, n)
	for i := range prior {
		prior[i] = 1 / float64(n)
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

// TestPageRankAsScatter: gathering along in-edges adds the same terms in
// the same order as scattering did, but each share w/out is divided once,
// so the last bits may differ (r*(w/out) against r*w/out). Rank rounds
// scores to 1e-9, far above that.
func TestPageRankAsScatter(t *testing.T) {
	for _, n := range []int{1, 2, 20, 150, 400} {
		vecs, nterms := tfidfVectors(syntheticSentences(n))
		adj := simGraph(vecs, nterms, &rankScratch{})
		got, want := pageRank(adj, nil, &rankScratch{}), scatterPageRank(adj)
		for i := range want {
			if d := math.Abs(got[i] - want[i]); d > 1e-12*want[i] {
				t.Fatalf("%d sentences: rank %d = %v, scattered %v", n, i, got[i], want[i])
			}
		}
	}
}

// cosine of two sorted sparse vectors, by merging their term lists: the
// reference for cosineTo.
func cosine(a, b termVec) float64 {
	if a.norm == 0 || b.norm == 0 {
		return 0
	}
	dot := 0.0
	for i, j := 0, 0; i < len(a.ids) && j < len(b.ids); {
		switch {
		case a.ids[i] < b.ids[j]:
			i++
		case a.ids[i] > b.ids[j]:
			j++
		default:
			dot += a.vals[i] * b.vals[j]
			i++
			j++
		}
	}
	return dot / (a.norm * b.norm)
}
