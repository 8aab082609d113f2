package summarize

import (
	"fmt"
	"os"
	"testing"
)

// TestDebugPage prints how a page was cut up: DEBUG_PAGE=FILE go test -run TestDebugPage -v
func TestDebugPage(t *testing.T) {
	f := os.Getenv("DEBUG_PAGE")
	if f == "" {
		t.Skip()
	}
	data, _ := os.ReadFile(f)
	p := analyse(string(data))
	for i, b := range p.blocks {
		mark := " "
		if i >= p.first && i < p.last {
			mark = "R"
			if p.keep(i) {
				mark = "K"
			}
		}
		ft := p.feats[i]
		fmt.Printf("%4d %s c%d u%3d s%.2f %-5v %q\n", i, mark, p.classes[i], ft.units(), ft.stopShare(), ft.sentence, trunc(b.text, 90))
	}
}

func trunc(s string, n int) string {
	r := []rune(s)
	if len(r) > n {
		return string(r[:n])
	}
	return s
}
