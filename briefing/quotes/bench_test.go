package quotes

import (
	"os"
	"testing"

	"brief/internal/bbc"
)

// BenchmarkExtractArticle runs on one news article of BBC size (2.7 KB).
func BenchmarkExtractArticle(b *testing.B) {
	data, err := os.ReadFile("../../testdata/articles/nato-cyber-2013.txt")
	if err != nil {
		b.Fatal(err)
	}
	text := string(data)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Extract(text)
	}
}

// BenchmarkExtractBBC runs on every BBC News Summary article (one op is
// the whole set), when ../shared/eval is there.
func BenchmarkExtractBBC(b *testing.B) {
	docs, err := bbc.Load("../../../shared/eval")
	if err != nil {
		b.Skip("no BBC set:", err)
	}
	n := 0
	for _, d := range docs {
		n += len(d.Body)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			Extract(d.Body)
		}
	}
}

// BenchmarkTokenizeBBC tokenizes every BBC article that has quotes.
func BenchmarkTokenizeBBC(b *testing.B) {
	docs, err := bbc.Load("../../../shared/eval")
	if err != nil {
		b.Skip("no BBC set:", err)
	}
	var texts []string
	var spans [][]span
	for _, d := range docs {
		if s := findSpans(d.Body); len(s) > 0 {
			texts, spans = append(texts, d.Body), append(spans, s)
		}
	}
	var toks []token
	var low []byte
	b.ReportAllocs()
	for b.Loop() {
		for k, t := range texts {
			toks = tokenize(t, spans[k], nil, toks, &low)
		}
	}
}
