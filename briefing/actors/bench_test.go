package actors

import (
	"os"
	"testing"

	"brief/briefing/quotes"
	"brief/internal/bbc"
)

// BenchmarkAnalyzeArticle runs on one news article of BBC size (2.7 KB).
func BenchmarkAnalyzeArticle(b *testing.B) {
	data, err := os.ReadFile("../../testdata/articles/nato-cyber-2013.txt")
	if err != nil {
		b.Fatal(err)
	}
	text := string(data)
	speakers := []string{"Anders Fogh Rasmussen"}
	Analyze("", nil) // load the gazetteers
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Analyze(text, speakers)
	}
}

// BenchmarkAnalyzeBBC runs on every BBC News Summary article (one op is
// the whole set), when ../shared/eval is there, with the quote speakers
// as a briefing gives them.
func BenchmarkAnalyzeBBC(b *testing.B) {
	docs, err := bbc.Load("../../../shared/eval")
	if err != nil {
		b.Skip("no BBC set:", err)
	}
	n := 0
	texts, speakers := make([]string, len(docs)), make([][]string, len(docs))
	for i, d := range docs {
		n += len(d.Text)
		texts[i] = d.Title + "\n\n" + d.Body
		for _, q := range quotes.Extract(d.Body) {
			if q.Speaker != "" {
				speakers[i] = append(speakers[i], q.Speaker)
			}
		}
	}
	Analyze("", nil) // load the gazetteers
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for i, text := range texts {
			Analyze(text, speakers[i])
		}
	}
}
