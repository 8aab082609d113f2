package timex

import (
	"os"
	"path/filepath"
	"testing"
)

func BenchmarkZZCorpus(b *testing.B) {
	files, _ := filepath.Glob("/work/shared/eval/timex/*/*.txt")
	var docs []string
	n := 0
	for _, f := range files {
		d, _ := os.ReadFile(f)
		docs = append(docs, string(d))
		n += len(d)
	}
	b.SetBytes(int64(n))
	for b.Loop() {
		for _, d := range docs {
			Tag(d, "1998-03-04")
		}
	}
}
