package summarize

import (
	"math"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

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

// wordTable interns the words of one text: each distinct word is stemmed
// and classified once, at its first occurrence, and every later
// occurrence costs one map lookup that allocates nothing. Term ids are
// handed out in order of first occurrence.
type wordTable struct {
	index map[string]int32 // lower-case word -> index in types
	types []wordType
	terms map[string]int32 // stem -> term id
	buf   []byte
}

// wordType is what the ranker needs to know of a distinct word.
type wordType struct {
	word      string
	term      int32 // the stem's term id; -1 for stopwords and one-letter words
	salient   bool  // a date word or a defense-policy stem (salience)
	furniture bool  // the first word of a furniture cue (penalty)
}

// newWordTable sizes its maps for a text of about size bytes (news
// prose has a distinct word every 12 bytes or so), so they rarely grow.
func newWordTable(size int) *wordTable {
	n := min(size/12, 1<<16)
	return &wordTable{index: make(map[string]int32, n), terms: make(map[string]int32, n)}
}

// nterms is the number of distinct terms seen so far.
func (t *wordTable) nterms() int { return len(t.terms) }

// words appends to dst the types of text's words, cut and lower-cased
// exactly as words(text) cuts them, without building the strings.
func (t *wordTable) words(dst []int32, text string) []int32 {
	buf := t.buf[:0]
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case 'a' <= c && c <= 'z' || '0' <= c && c <= '9':
				buf = append(buf, c)
				continue
			case 'A' <= c && c <= 'Z':
				buf = append(buf, c+'a'-'A')
				continue
			}
		} else {
			r, size := utf8.DecodeRuneInString(text[i:])
			i += size
			if lr := unicode.ToLower(r); unicode.IsLetter(lr) || unicode.IsDigit(lr) {
				buf = utf8.AppendRune(buf, lr)
				continue
			}
		}
		if len(buf) > 0 {
			dst = append(dst, t.intern(buf))
			buf = buf[:0]
		}
	}
	if len(buf) > 0 {
		dst = append(dst, t.intern(buf))
	}
	t.buf = buf
	return dst
}

// intern returns the type of a lower-case word, classifying a new one.
func (t *wordTable) intern(b []byte) int32 {
	if id, ok := t.index[string(b)]; ok {
		return id
	}
	w := string(b)
	info := classify(w)
	wt := wordType{word: w, term: -1, salient: info.salient, furniture: info.furniture}
	if info.content {
		id, ok := t.terms[info.stem]
		if !ok {
			id = int32(len(t.terms))
			t.terms[info.stem] = id
		}
		wt.term = id
	}
	id := int32(len(t.types))
	t.types = append(t.types, wt)
	t.index[w] = id
	return id
}

// textSize is the length of the sentences' text in bytes.
func textSize(sentences []Sentence) int {
	n := 0
	for _, s := range sentences {
		n += len(s.Text)
	}
	return n
}

// termsOf are the term ids of the content words among word types, in
// text order.
func (t *wordTable) termsOf(ws []int32) []int32 {
	var out []int32
	for _, w := range ws {
		if id := t.types[w].term; id >= 0 {
			out = append(out, id)
		}
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
// scratch is reused between calls to sort the terms.
func vector(terms []int32, idf []float64, scratch *[]int32) termVec {
	sorted := append((*scratch)[:0], terms...)
	slices.Sort(sorted)
	*scratch = sorted
	distinct := 0
	for i, t := range sorted {
		if i == 0 || t != sorted[i-1] {
			distinct++
		}
	}
	v := termVec{ids: make([]int32, 0, distinct), vals: make([]float64, 0, distinct)}
	sum := 0.0
	for i := 0; i < len(sorted); {
		j := i + 1
		for j < len(sorted) && sorted[j] == sorted[i] {
			j++
		}
		t := sorted[i]
		x := (1 + math.Log(float64(j-i))) * idf[t]
		v.ids = append(v.ids, t)
		v.vals = append(v.vals, x)
		sum += x * x
		i = j
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

// wordInfo is what a word is to the ranker, whatever the article.
type wordInfo struct {
	stem      string
	content   bool // neither a stopword nor a one-letter word
	salient   bool
	furniture bool
}

// wordInfos keeps each word's info across the articles of a batch: most
// words recur, and Porter stemming and the lexicon lookups are the
// ranker's hottest step. It stops growing at maxWordInfos words so a
// stream of junk cannot exhaust memory.
var (
	wordInfos     sync.Map
	wordInfosSize atomic.Int64
)

const maxWordInfos = 200_000

func classify(w string) wordInfo {
	if info, ok := wordInfos.Load(w); ok {
		return info.(wordInfo)
	}
	info := wordInfo{
		content:   !stopword[w] && len(w) >= 2,
		salient:   isDateWord(w) || salient[stemPrefix(w)],
		furniture: furnitureFirst[w],
	}
	if info.content {
		info.stem = rouge.Stem(w)
	}
	if wordInfosSize.Load() < maxWordInfos {
		wordInfos.Store(strings.Clone(w), info)
		wordInfosSize.Add(1)
	}
	return info
}
