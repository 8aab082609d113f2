package summarize

import (
	"os"
	"strings"
	"testing"
	"time"
)

// newsText builds about n sentences of wire-like copy: paragraphs of four
// sentences with titles, abbreviations, numbers, quotes and ellipses, hard-
// wrapped at 72 columns every other paragraph.
func newsText(n int) string {
	sentences := []string{
		`Lt. Gen. Mark Reed told reporters the U.S. Army would send 1,200 troops to the region.`,
		`"We will do more...I believe the allies agree," NATO Secretary General Anna Berg said on Tuesday.`,
		`The plan, first proposed by Sen. Jane Ward in Jan. 2019, would cost about $1.5 billion.`,
		`Officials in Washington D.C. declined to comment. (Talks resume on Monday.)`,
		`The E.U. and the U.K. backed the No. 2 option, according to J.G. Wentworth Co. analysts.`,
	}
	var b strings.Builder
	for i := 0; i < n; i += 4 {
		var p strings.Builder
		for k := 0; k < 4; k++ {
			p.WriteString(sentences[(i+k)%len(sentences)])
			p.WriteByte(' ')
		}
		if i%8 == 0 {
			b.WriteString(wrap(p.String(), 72))
		} else {
			b.WriteString(strings.TrimSpace(p.String()))
		}
		b.WriteString("\n\n")
	}
	return b.String()
}

func BenchmarkSplitNews5000(b *testing.B) {
	text := newsText(5000)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Split(text)
	}
}

func BenchmarkSplitSample(b *testing.B) {
	buf, err := os.ReadFile("../testdata/articles/nato-cyber-2013.txt")
	if err != nil {
		b.Skip(err)
	}
	text := string(buf)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Split(text)
	}
}

// TestSplitLinear guards against quadratic behaviour on hostile input: runs
// of dots, of markers, of one long token, of one long line of titles. Each
// input is 16 times the size of the small one; linear splitting takes about
// 16 times as long, quadratic 256 times; the bound allows for noise.
func TestSplitLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("timing test")
	}
	units := []string{"a.", ". ", "Mr. ", "1) x ", "x", "U.S. ", "\n", "...", "a\n", "• ", "a b\n"}
	for _, u := range units {
		small := measure(strings.Repeat(u, 5000))
		large := measure(strings.Repeat(u, 80000))
		if large > 100*small && large > 50*time.Millisecond {
			t.Errorf("unit %q: 16x input took %v vs %v", u, large, small)
		}
	}
}

// measure is the best of three runs.
func measure(text string) time.Duration {
	best := time.Duration(1 << 62)
	for range 3 {
		start := time.Now()
		Split(text)
		best = min(best, time.Since(start))
	}
	return best
}
