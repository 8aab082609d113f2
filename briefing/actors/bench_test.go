package actors

import (
	"os"
	"testing"

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
// the whole set), when ../shared/eval is there.
func BenchmarkAnalyzeBBC(b *testing.B) {
	docs, err := bbc.Load("../../../shared/eval")
	if err != nil {
		b.Skip("no BBC set:", err)
	}
	n := 0
	for _, d := range docs {
		n += len(d.Text)
	}
	Analyze("", nil) // load the gazetteers
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			Analyze(d.Title+"\n\n"+d.Body, nil)
		}
	}
}
