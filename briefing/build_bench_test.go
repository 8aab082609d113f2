package briefing

import (
	"fmt"
	"os"
	"strings"
	"testing"

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
	timeBuild := func(n int) float64 {
		text := longArticle(n)
		art := summarize.Clean(text)
		r := testing.Benchmark(func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				Build(text, art, Options{Points: 5, Published: "2013-06-04"})
			}
		})
		return float64(r.NsPerOp()) / 1e9
	}
	small, large := timeBuild(500), timeBuild(5000)
	t.Logf("500 sentences %.3fs, 5000 sentences %.3fs (x%.1f)", small, large, large/small)
	if large > 1 {
		t.Errorf("5,000 sentences took %.2fs, want under 1s", large)
	}
	if large > 15*small {
		t.Errorf("5,000 sentences took %.1fx the time of 500, want at most 15x", large/small)
	}
}
