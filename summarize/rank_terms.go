package summarize

import (
	"math"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"

	"brief/internal/rouge"
)

// termVec is a sparse TF-IDF vector, sorted by term id.
type termVec struct {
	ids  []int32
	vals []float64
	norm float64
}

// words splits text into lower-case words of letters and digits; it leans
// on no capitals, so lower-cased text ranks as its original would.
func words(text string) []string {
	return strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

// vocab maps content-word stems to ids, caching the stem of each word.
type vocab struct {
	ids   map[string]int32
	stems map[string]string
}

func newVocab() *vocab { return &vocab{ids: map[string]int32{}, stems: map[string]string{}} }

// terms are the stemmed content words of text, as ids, in text order.
func (v *vocab) terms(text string) []int32 { return v.termsOf(words(text)) }

// termsOf is terms for text already cut into words.
func (v *vocab) termsOf(ws []string) []int32 {
	var out []int32
	for _, w := range ws {
		if stopword[w] || len(w) < 2 {
			continue
		}
		st, ok := v.stems[w]
		if !ok {
			st = stem(w)
			v.stems[w] = st
		}
		id, ok := v.ids[st]
		if !ok {
			id = int32(len(v.ids))
			v.ids[st] = id
		}
		out = append(out, id)
	}
	return out
}

// idf is the smoothed inverse sentence frequency of each term.
func idf(docs [][]int32, nterms int) ([]float64, []int) {
	df := make([]int, nterms)
	seen := make([]int, nterms)
	for i := range seen {
		seen[i] = -1
	}
	for d, terms := range docs {
		for _, t := range terms {
			if seen[t] != d {
				seen[t] = d
				df[t]++
			}
		}
	}
	w := make([]float64, nterms)
	n := float64(len(docs))
	for t, f := range df {
		w[t] = math.Log((n + 1) / float64(f))
	}
	return w, df
}

// vector builds the TF-IDF vector of a term list (log-scaled term counts).
func vector(terms []int32, idf []float64) termVec {
	counts := map[int32]int{}
	for _, t := range terms {
		counts[t]++
	}
	v := termVec{ids: make([]int32, 0, len(counts))}
	for t := range counts {
		v.ids = append(v.ids, t)
	}
	sort.Slice(v.ids, func(i, j int) bool { return v.ids[i] < v.ids[j] })
	v.vals = make([]float64, len(v.ids))
	sum := 0.0
	for i, t := range v.ids {
		x := (1 + math.Log(float64(counts[t]))) * idf[t]
		v.vals[i] = x
		sum += x * x
	}
	v.norm = math.Sqrt(sum)
	return v
}

// cosine of two sorted sparse vectors.
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

// stemCache keeps stems across the articles of a batch: most words recur,
// and Porter stemming is the ranker's hottest step. It stops growing at
// maxStemCache words so a stream of junk cannot exhaust memory.
var (
	stemCache     sync.Map
	stemCacheSize atomic.Int64
)

const maxStemCache = 200_000

func stem(w string) string {
	if st, ok := stemCache.Load(w); ok {
		return st.(string)
	}
	st := rouge.Stem(w)
	if stemCacheSize.Load() < maxStemCache {
		stemCache.Store(strings.Clone(w), st)
		stemCacheSize.Add(1)
	}
	return st
}
