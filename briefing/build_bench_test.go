package briefing

import (
	"fmt"
	"math"
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"brief/summarize"
)

// longArticle writes an article of n varied sentences in paragraphs of four,
// with quotes and dates among them, as wire copy has.
func longArticle(n int) string {
	subjects := []string{"NATO defense ministers", "The alliance", "Estonia's government", "Officials in Brussels", "The Pentagon", "Allied commanders"}
	verbs := []string{"agreed to strengthen", "discussed", "announced plans for", "warned about", "approved funding for", "reviewed"}
	objects := []string{"cyber defense", "the mission in Afghanistan", "air policing over the Baltic", "a rapid response force", "the 2015 budget", "training centres"}
	var b strings.Builder
	for i := 0; i < n; i++ {
		switch i % 7 {
		case 3:
			fmt.Fprintf(&b, "\"We will act on %s by %d,\" Secretary General Anders Rasmussen said on Tuesday.", objects[i%6], 2010+i%9)
		default:
			fmt.Fprintf(&b, "%s %s %s in %d, %d officials said.", subjects[i%6], verbs[(i/6)%6], objects[(i/36)%6], 2000+i%20, i%50+2)
		}
		if i%4 == 3 {
			b.WriteString("\n\n")
		} else {
			b.WriteString(" ")
		}
	}
	return b.String()
}

func benchBuild(b *testing.B, text string) {
	art := summarize.Clean(text)
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Build(text, art, Options{Points: 5, Published: "2013-06-04"})
	}
}

// BenchmarkBuild: the whole briefing after cleaning (split, rank, select,
// quotes, dates, timeline, actors, topics).
func BenchmarkBuild(b *testing.B) {
	sample, err := os.ReadFile("../testdata/articles/nato-cyber-2013.txt")
	if err != nil {
		b.Fatal(err)
	}
	b.Run("sample", func(b *testing.B) { benchBuild(b, string(sample)) })
	b.Run("500-sentences", func(b *testing.B) { benchBuild(b, longArticle(500)) })
	b.Run("5000-sentences", func(b *testing.B) { benchBuild(b, longArticle(5000)) })
}

// TestBuildScales: a 5,000-sentence article is briefed in under a second and
// in at most 15 times the time of a 500-sentence one (issue 10).
func TestBuildScales(t *testing.T) {
	if testing.Short() {
		t.Skip("timing")
	}
	// The best of three runs of each, taken in turn, so that a busy spell
	// of the machine (which slows a run, never speeds it) hits both sizes.
	timeBuild := func(text string) float64 {
		art := summarize.Clean(text)
		r := testing.Benchmark(func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				Build(text, art, Options{Points: 5, Published: "2013-06-04"})
			}
		})
		return float64(r.NsPerOp()) / 1e9
	}
	smallText, largeText := longArticle(500), longArticle(5000)
	small, large := math.Inf(1), math.Inf(1)
	for range 3 {
		small = min(small, timeBuild(smallText))
		large = min(large, timeBuild(largeText))
	}
	t.Logf("500 sentences %.3fs, 5000 sentences %.3fs (x%.1f)", small, large, large/small)
	if large > 1 {
		t.Errorf("5,000 sentences took %.2fs, want under 1s", large)
	}
	if large > 15*small {
		t.Errorf("5,000 sentences took %.1fx the time of 500, want at most 15x", large/small)
	}
}

// FuzzBuild: for any input, cleaned or raw, every key point, quote and
// timeline entry points into the input, on rune boundaries, and says what
// the input says there.
func FuzzBuild(f *testing.F) {
	f.Add("NATO met on Tuesday. \"We will act,\" Rasmussen said.\n\nIn 2007, Estonia was attacked.", false)
	f.Add("<html><body><p>\"Quote here now,\" he said on 2013-06-04.</p></body></html>", false)
	f.Add("a\n\n\"b c d e\" x said .", true)
	f.Fuzz(func(t *testing.T, data string, raw bool) {
		input, _, err := summarize.Decode([]byte(data)) // as the CLI does: valid UTF-8 from here
		if err != nil {
			return
		}
		art := summarize.Clean(input)
		if raw {
			art = summarize.RawArticle(input)
		}
		b := Build(input, art, Options{Points: 3, Published: "2013-06-04"})
		valid := func(what string, s, e int) string {
			if s < 0 || e < s || e > len(input) || !utf8.RuneStart(input[s]) && s < len(input) {
				t.Fatalf("%s offsets %d:%d out of range or off a rune boundary (len %d)", what, s, e, len(input))
			}
			return input[s:e]
		}
		for _, p := range b.KeyPoints {
			if got := Fold(valid("key point", p.Start, p.End)); got != p.Text && raw {
				t.Fatalf("key point %q but input says %q", p.Text, got)
			}
		}
		for _, q := range b.Quotes {
			if got := valid("quote", q.Start, q.End); got != q.Text && raw {
				t.Fatalf("quote %q but input says %q", q.Text, got)
			}
		}
		for _, e := range b.Timeline {
			valid("date", e.Start, e.End)
		}
	})
}
