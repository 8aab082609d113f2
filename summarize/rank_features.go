package summarize

import (
	"math"
	"slices"
	"strings"
	"unicode/utf8"
)

// featureSet holds each feature of each sentence, scaled to 0..1.
type featureSet struct {
	centrality, frequency, position, title, salience, length, penalty []float64
	vecs                                                              []termVec
	leads                                                             []bool // fit to be the BLUF
}

func rankFeatures(sentences []Sentence, title string) featureSet {
	n := len(sentences)
	table := getWordTable()
	defer putWordTable(table)
	d := tfidf(table, sentences)
	ws, docs := d.words, d.terms
	// The title is compared in the article's own term space: a title word
	// no sentence holds (its term id comes after every body term's, past
	// the idf table) can match nothing.
	bodyTerms := table.nterms()
	titleTerms := slices.DeleteFunc(table.termsOf(table.words(nil, title)), func(t int32) bool { return int(t) >= bodyTerms })
	f := featureSet{vecs: d.vecs, position: make([]float64, n), title: make([]float64, n),
		salience: make([]float64, n), length: make([]float64, n), penalty: make([]float64, n), leads: make([]bool, n)}
	g := simGraph(f.vecs, bodyTerms, &table.sc)
	f.centrality = scaleMax(pageRank(g, nil, &table.sc))
	f.frequency = scaleMax(meanFrequency(docs, bodyTerms))
	tv := vector(titleTerms, d.idf, &d.scratch)
	dense := make([]float64, termSpan(f.vecs, []termVec{tv}))
	spread(dense, tv)
	for i, s := range sentences {
		f.position[i] = position(s, i)
		f.title[i] = cosineTo(f.vecs[i], dense, tv) // cosine(tv, f.vecs[i])
		f.salience[i] = table.salience(ws[i])
		f.length[i] = lengthScore(len(ws[i]))
		f.penalty[i] = penalty(s.Text, len(ws[i]), table.furniture(ws[i]))
		f.leads[i] = f.penalty[i] == 1 && (len(ws[i]) == 0 || table.flags[ws[i][0]]&isDangling == 0)
	}
	return f
}

// tfidfDocs are a text's sentences in the terms of one word table.
type tfidfDocs struct {
	words, terms [][]int32 // each sentence's word ids and content terms, in text order
	idf          []float64 // of each term
	vecs         []termVec // each sentence's TF-IDF vector
	scratch      []int32   // vector's scratch, for more vectors in these terms
}

// tfidf cuts the sentences into words and terms in a table fresh from
// getWordTable and weighs them: the one TF-IDF pipeline, for Rank and for
// Select's redundancy. Only vecs outlive the table (the rest is its
// scratch).
func tfidf(table *wordTable, sentences []Sentence) tfidfDocs {
	n := len(sentences)
	d := tfidfDocs{words: make([][]int32, n), terms: make([][]int32, n), vecs: make([]termVec, n)}
	sc := &table.sc
	allWords, allTerms := sc.words[:0], sc.terms[:0] // every sentence's slices cut from these two
	for i, s := range sentences {
		k := len(allWords)
		allWords = table.words(allWords, s.Text)
		d.words[i] = allWords[k:len(allWords):len(allWords)]
		k = len(allTerms)
		allTerms = table.appendTerms(allTerms, d.words[i])
		d.terms[i] = allTerms[k:len(allTerms):len(allTerms)]
	}
	sc.words, sc.terms = allWords, allTerms
	d.idf = idf(d.terms, table.nterms(), sc)
	arena := newVecArena(len(allTerms))
	for i, t := range d.terms {
		d.vecs[i] = arena.vector(t, d.idf, &d.scratch)
	}
	return d
}

// scaleMax divides by the largest value.
func scaleMax(xs []float64) []float64 {
	m := 0.0
	for _, x := range xs {
		m = max(m, x)
	}
	if m > 0 {
		for i := range xs {
			xs[i] /= m
		}
	}
	return xs
}

// position favours the lead: news puts what matters first.
func position(s Sentence, i int) float64 {
	return 1 / math.Sqrt(float64(i+1))
}

// lengthScore rises with the number of words and saturates: a long
// sentence carries more facts, up to a point.
func lengthScore(n int) float64 {
	return math.Min(1, float64(n)/35)
}

// penalty is 1 for a full sentence and lower for a fragment, a caption or
// a question, which make poor key points.
func penalty(text string, nwords int, furniture bool) float64 {
	p := 1.0
	t := strings.TrimSpace(text)
	switch {
	case nwords < 4:
		p *= 0.2
	case nwords < 8:
		p *= 0.6
	}
	last, _ := utf8.DecodeLastRuneInString(strings.TrimRight(t, "\"'”’)] "))
	switch last {
	case '?':
		p *= 0.4
	case '.', '!', ':', ';', '…':
	default:
		p *= 0.5 // no final stop: a caption, heading or cut-off line
	}
	if furniture {
		p *= 0.2
	}
	return p
}

// furnitureFirst holds the first word of each of furnitureCues.
var furnitureFirst = func() map[string]bool {
	m := map[string]bool{}
	for _, c := range furnitureCues {
		m[strings.Fields(c)[0]] = true
	}
	return m
}()

// furnitureCues mark page furniture that the cleaner may have left in the
// body: calls to action, sharing and legal lines.
var furnitureCues = []string{
	"click here", "subscribe", "sign up", "read more", "all rights reserved", "cookies",
	"newsletter", "follow us", "share this", "terms of use", "privacy policy",
}

// furniture tells whether the words hold a furniture cue.
func furniture(ws []string) bool {
	if !slices.ContainsFunc(ws, func(w string) bool { return furnitureFirst[w] }) {
		return false // the common case, without joining the words
	}
	return hasFurnitureCue(ws)
}

// furniture is furniture for word types.
func (t *wordTable) furniture(ws []int32) bool {
	if !slices.ContainsFunc(ws, func(w int32) bool { return t.flags[w]&isFurniture != 0 }) {
		return false
	}
	strs := make([]string, len(ws))
	for i, w := range ws {
		strs[i] = t.word(w)
	}
	return hasFurnitureCue(strs)
}

// hasFurnitureCue looks for a whole furniture cue among the words.
func hasFurnitureCue(ws []string) bool {
	joined := " " + strings.Join(ws, " ") + " "
	for _, c := range furnitureCues {
		if strings.Contains(joined, " "+c+" ") {
			return true
		}
	}
	return false
}

// meanFrequency is SumBasic's sentence weight: the mean, over its content
// words, of how often each occurs in the whole text.
func meanFrequency(docs [][]int32, nterms int) []float64 {
	count := make([]float64, nterms)
	for _, d := range docs {
		for _, t := range d {
			count[t]++
		}
	}
	out := make([]float64, len(docs))
	for i, d := range docs {
		if len(d) == 0 {
			continue
		}
		sum := 0.0
		for _, t := range d {
			sum += count[t]
		}
		out[i] = sum / float64(len(d))
	}
	return out
}
