package summarize

import (
	"fmt"
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

// BenchmarkSplitNews splits 1,000, 5,000 and 25,000 sentences of news copy:
// time per op grows with the size (linear), MB/s stays flat.
func BenchmarkSplitNews(b *testing.B) {
	for _, n := range []int{1000, 5000, 25000} {
		text := newsText(n)
		b.Run(fmt.Sprintf("sentences=%d", n), func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for b.Loop() {
				Split(text)
			}
		})
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

// TestSplitHostileInputs: runs of dots, titles, markers, bullets, short
// lines or one long token must not make splitting quadratic. 200 KB of each
// takes about 0.1 s when linear and hours when quadratic; the benchmarks
// show the scaling.
func TestSplitHostileInputs(t *testing.T) {
	units := []string{"a.", ". ", "Mr. ", "1) x ", "x", "U.S. ", "\n", "...", "a\n", "• ", "a b\n", ". . ", "[1]", "<p>", ". </p> ", "<a ", "x. <b>"}
	for _, u := range units {
		text := strings.Repeat(u, 200000/len(u))
		start := time.Now()
		Split(text)
		if d := time.Since(start); d > 10*time.Second {
			t.Errorf("unit %q: 200 KB took %v", u, d)
		}
	}
}
