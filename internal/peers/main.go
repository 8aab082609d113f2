// Command peers runs a Go peer summarizer, DavidBelicza/TextRank v2, side by
// side with brief on BBC News Summary and prints ROUGE (R1/R2/RLsum F1 x100)
// and wall time for each. It is a module of its own so that the peer never
// becomes a dependency of brief.
//
//	cd internal/peers && go run . [EVAL_DIR]     (default ../../../shared/eval)
//
// Times: the peer summarizing only (its parse, rank and sentence pick),
// against brief's whole briefing of each article as the CLI makes it with
// --points 3 --format json (decode, clean, split, rank, select, quotes,
// dates, actors, topics and rendering), no file I/O; each the best of
// five passes over all articles (the two summarizers in turn) on one
// goroutine, then on all cores.
//
// -cpuprofile FILE [-memprofile FILE] [-rounds N] profiles brief's whole
// briefings alone instead.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"math"
	"os"
	"runtime"
	"runtime/debug"
	"runtime/pprof"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/DavidBelicza/TextRank/v2"

	"brief/briefing"
	"brief/internal/bbc"
	"brief/internal/rouge"
	"brief/summarize"
)

func main() {
	profile := flag.String("cpuprofile", "", "only brief's whole briefings, -rounds times over, with a CPU profile written to `FILE`")
	rounds := flag.Int("rounds", 3, "with -cpuprofile: how many times to brief all the articles")
	memProfile := flag.String("memprofile", "", "with -cpuprofile: also write an allocation profile to `FILE`")
	flag.Parse()
	// The brief CLI collects garbage every 400% of heap growth unless GOGC
	// is set; do as it does, for both summarizers alike.
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(400)
	}
	dir := "../../../shared/eval"
	if flag.NArg() > 0 {
		dir = flag.Arg(0)
	}
	run := run
	if *profile != "" {
		run = func(dir string) error { return profileBriefings(dir, *profile, *memProfile, *rounds) }
	}
	if err := run(dir); err != nil {
		fmt.Fprintln(os.Stderr, "peers:", err)
		os.Exit(1)
	}
}

type means struct{ r1, r2, rlsum float64 }

func (m *means) add(ref, cand string) {
	s := rouge.Compute(ref, cand)
	m.r1 += s.R1.F1
	m.r2 += s.R2.F1
	m.rlsum += s.RLsum.F1
}

func (m means) show(n int) string {
	k := 100 / float64(n)
	return fmt.Sprintf("%6.2f %6.2f %6.2f", m.r1*k, m.r2*k, m.rlsum*k)
}

func run(dir string) error {
	docs, err := bbc.Load(dir)
	if err != nil {
		return err
	}
	var lead3, leadK, peer3, peerK, ours3, oursK means
	for _, d := range docs {
		k := bbc.RefSentences(d.Reference)
		leads := bbc.LeadSentences(d.Body)
		lead3.add(d.Reference, bbc.Lead(leads, 3))
		leadK.add(d.Reference, bbc.Lead(leads, k))

		p := textRank(d.Body, 3)
		peer3.add(d.Reference, p)
		peerK.add(d.Reference, textRank(d.Body, k))

		if _, err := wholeBriefing(d.Text); err != nil {
			return fmt.Errorf("%s: %w", d.ID, err)
		}
		ours3.add(d.Reference, keyPoints(d, 3))
		oursK.add(d.Reference, keyPoints(d, k))
	}
	n := len(docs)
	fmt.Printf("BBC News Summary, %d articles; mean F1 x100        R1     R2  RLsum\n", n)
	fmt.Printf("  Lead-3                                      %s\n", lead3.show(n))
	fmt.Printf("  DavidBelicza/TextRank v2.2.0, 3 sentences   %s\n", peer3.show(n))
	fmt.Printf("  brief --points 3                            %s\n", ours3.show(n))
	fmt.Printf("  Lead-k (k = reference sentences)            %s\n", leadK.show(n))
	fmt.Printf("  DavidBelicza/TextRank v2.2.0, k sentences   %s\n", peerK.show(n))
	fmt.Printf("  brief --points k                            %s\n", oursK.show(n))
	peer := func(d bbc.Doc) { textRank(d.Body, 3) }
	ours := func(d bbc.Doc) { wholeBriefing(d.Text) }
	peerTime, oursTime := bestOf(docs, 1, peer, ours)
	fmt.Printf("wall time, all articles, one goroutine: peer summarizing %v; brief whole briefing %v (ratio %.2f)\n",
		peerTime.Round(time.Millisecond), oursTime.Round(time.Millisecond),
		float64(oursTime)/float64(peerTime))
	cores := runtime.NumCPU()
	peerPar, oursPar := bestOf(docs, cores, peer, ours)
	fmt.Printf("wall time on %d cores (one article per worker at a time): peer summarizing %v; brief whole briefing %v (ratio %.2f)\n",
		cores, peerPar.Round(time.Millisecond), oursPar.Round(time.Millisecond), float64(oursPar)/float64(peerPar))
	fmt.Printf("(each time the best of %d passes over all articles, one summarizer per pass, the two in turn, garbage collected between passes)\n", passes)
	return nil
}

// profileBriefings writes a CPU profile of brief's whole briefings of all
// the articles, rounds times over, for `go tool pprof` (and a heap
// profile when memPath is set).
func profileBriefings(dir, path, memPath string, rounds int) error {
	docs, err := bbc.Load(dir)
	if err != nil {
		return err
	}
	if memPath != "" {
		runtime.MemProfileRate = 64 << 10
	}
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	defer f.Close()
	if err := pprof.StartCPUProfile(f); err != nil {
		return err
	}
	start := time.Now()
	for range rounds {
		for _, d := range docs {
			wholeBriefing(d.Text)
		}
	}
	pprof.StopCPUProfile()
	if memPath != "" {
		m, err := os.Create(memPath)
		if err != nil {
			return err
		}
		defer m.Close()
		if err := pprof.Lookup("allocs").WriteTo(m, 0); err != nil {
			return err
		}
	}
	fmt.Printf("%d briefings in %v\n", rounds*len(docs), time.Since(start).Round(time.Millisecond))
	return nil
}

// passes is how many times each summarizer runs over all the articles;
// the fastest pass counts, since a busy machine slows a pass and never
// speeds it.
const passes = 5

// bestOf is the fastest of passes runs of each of two summarizers over
// all docs with the given number of workers. The passes alternate, so
// that a slow spell of the machine falls on both alike, and each starts
// from a collected heap, so neither pays for the other's garbage.
func bestOf(docs []bbc.Doc, workers int, a, b func(bbc.Doc)) (time.Duration, time.Duration) {
	bestA, bestB := time.Duration(math.MaxInt64), time.Duration(math.MaxInt64)
	for range passes {
		runtime.GC()
		bestA = min(bestA, timeParallel(docs, workers, a))
		runtime.GC()
		bestB = min(bestB, timeParallel(docs, workers, b))
	}
	return bestA, bestB
}

// timeParallel times f over all docs with the given number of workers.
func timeParallel(docs []bbc.Doc, workers int, f func(bbc.Doc)) time.Duration {
	start := time.Now()
	next := make(chan bbc.Doc)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for d := range next {
				f(d)
			}
		}()
	}
	for _, d := range docs {
		next <- d
	}
	close(next)
	wg.Wait()
	return time.Since(start)
}

// textRank is the peer's summary: its n sentences of highest phrase
// relation weight, in document order, one per line.
func textRank(body string, n int) string {
	tr := textrank.NewTextRank()
	tr.Populate(body, textrank.NewDefaultLanguage(), textrank.NewDefaultRule())
	tr.Ranking(textrank.NewDefaultAlgorithm())
	sents := textrank.FindSentencesByRelationWeight(tr, n)
	sort.Slice(sents, func(i, j int) bool { return sents[i].ID < sents[j].ID })
	var b strings.Builder
	for _, s := range sents {
		b.WriteString(strings.Join(strings.Fields(s.Value), " ") + "\n")
	}
	return b.String()
}

// keyPoints are brief's key points as `brief --points n` makes them (and
// as the summ eval task takes them).
func keyPoints(d bbc.Doc, n int) string {
	text, _, err := summarize.Decode([]byte(d.Text))
	if err != nil {
		return ""
	}
	art := summarize.Clean(text)
	scored := summarize.Rank(summarize.Split(art.Body), summarize.RankOptions{Title: art.Title})
	var b strings.Builder
	for _, s := range summarize.Select(scored, n) {
		b.WriteString(briefing.Fold(s.Text) + "\n")
	}
	return b.String()
}

// wholeBriefing is what `brief --points 3 --format json` does to one input.
func wholeBriefing(input string) ([]byte, error) {
	text, _, err := summarize.Decode([]byte(input))
	if err != nil {
		return nil, err
	}
	art := summarize.Clean(text)
	b := briefing.Build(text, art, briefing.Options{Source: "bbc.txt", Points: 3})
	var buf bytes.Buffer
	err = briefing.Render(&buf, b, "json", briefing.RenderOptions{})
	return buf.Bytes(), err
}
