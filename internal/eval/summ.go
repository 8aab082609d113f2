package main

import (
	"brief/internal/bbc"
	"fmt"
	"io"
	"strings"
	"time"

	"brief/internal/rouge"
	"brief/summarize"
)

// The summ task measures key points on BBC News Summary against Lead-3 and
// Lead-k computed in the same run, cross-checks the Go ROUGE against
// shared/eval/summ/rouge.py on every document's Lead-3, and prints an
// ablation table (each ranking feature switched off in turn).
//
// The pipeline is what `brief --points N` runs on each article file:
// summarize.Decode, summarize.Clean (which finds the title on line 1 and
// the body), summarize.Split on the body, summarize.Rank with the title,
// summarize.Select; each key point is one line of the candidate,
// whitespace folded. Lead-3 and Lead-k follow shared/eval/README.md.
func init() {
	register(task{
		name:  "summ",
		about: "key points on BBC News Summary vs Lead-3/Lead-k (ROUGE), ROUGE cross-check, ablation",
		run:   runSumm,
		floors: map[string]float64{
			"r1_gain_3": 15.5, "r1_gain_k": 13.8, "rouge_agreement": 1, "r1_gain_3_raw": 15.4,
		},
	})
}

// means are mean F1 x100 of R1, R2 and RLsum over documents.
type means struct{ r1, r2, rlsum float64 }

func (m means) String() string { return fmt.Sprintf("%6.2f %6.2f %6.2f", m.r1, m.r2, m.rlsum) }

func (m means) minus(o means) means { return means{m.r1 - o.r1, m.r2 - o.r2, m.rlsum - o.rlsum} }

// scoreAll averages ROUGE of cand(i) against every reference.
func scoreAll(docs []bbc.Doc, cand func(i int) string) means {
	var m means
	for i, d := range docs {
		s := rouge.Compute(d.Reference, cand(i))
		m.r1 += s.R1.F1
		m.r2 += s.R2.F1
		m.rlsum += s.RLsum.F1
	}
	n := float64(len(docs)) / 100
	return means{m.r1 / n, m.r2 / n, m.rlsum / n}
}

// keyPoints runs what `brief --points n` (or with raw, `brief --raw
// --points n`) runs on one input and joins the picks one a line.
func keyPoints(input string, raw bool, n int, w *summarize.Weights, lambda float64) string {
	text, _, err := summarize.Decode([]byte(input))
	if err != nil {
		return ""
	}
	art := summarize.RawArticle(text)
	if !raw {
		art = summarize.Clean(text)
	}
	scored := summarize.Rank(summarize.Split(art.Body), summarize.RankOptions{Title: art.Title, Weights: w})
	var b strings.Builder
	for _, s := range summarize.SelectMMR(scored, n, lambda) {
		b.WriteString(strings.Join(strings.Fields(s.Text), " ") + "\n")
	}
	return b.String()
}

func runSumm(evalDir string, w io.Writer) (map[string]float64, error) {
	docs, err := bbc.Load(evalDir)
	if err != nil {
		return nil, err
	}
	leads := make([][]string, len(docs))
	for i, d := range docs {
		leads[i] = bbc.LeadSentences(d.Body)
	}
	figs := headline(w, docs, leads)
	ablation(w, docs)
	agree, err := crossCheck(w, evalDir, docs, leads)
	if err != nil {
		return figs, err
	}
	if agree >= 0 {
		figs["rouge_agreement"] = agree
	}
	fmt.Fprint(w, "figures:")
	for _, k := range sortedKeys(figs) {
		fmt.Fprintf(w, " %s=%.2f", k, figs[k])
	}
	fmt.Fprintln(w)
	return figs, nil
}

// headline prints ours against Lead-3 and Lead-k and returns the gains.
func headline(w io.Writer, docs []bbc.Doc, leads [][]string) map[string]float64 {
	k := func(i int) int { return bbc.RefSentences(docs[i].Reference) }
	start := time.Now()
	ours3 := scoreAll(docs, func(i int) string {
		return keyPoints(docs[i].Text, false, 3, nil, summarize.Redundancy)
	})
	elapsed := time.Since(start)
	oursK := scoreAll(docs, func(i int) string {
		return keyPoints(docs[i].Text, false, k(i), nil, summarize.Redundancy)
	})
	lead3 := scoreAll(docs, func(i int) string { return bbc.Lead(leads[i], 3) })
	leadK := scoreAll(docs, func(i int) string { return bbc.Lead(leads[i], k(i)) })
	raw := rawStyle(docs, leads)

	fmt.Fprintf(w, "BBC News Summary, %d articles; mean F1 x100     R1     R2  RLsum\n", len(docs))
	fmt.Fprintf(w, "  Lead-3                                    %s\n", lead3)
	fmt.Fprintf(w, "  ours --points 3                           %s  (gain %s)\n", ours3, ours3.minus(lead3))
	fmt.Fprintf(w, "  Lead-k (k = reference sentences)          %s\n", leadK)
	fmt.Fprintf(w, "  ours --points k                           %s  (gain %s)\n", oursK, oursK.minus(leadK))
	fmt.Fprintf(w, "  lower-cased, tokenised, --raw: Lead-3     %s\n", raw.lead)
	fmt.Fprintf(w, "  lower-cased, tokenised, --raw: ours 3     %s  (gain %s)\n", raw.ours, raw.ours.minus(raw.lead))
	fmt.Fprintf(w, "  time: decode+clean+split+rank+select+ROUGE at 3 points, all articles: %v\n", elapsed.Round(time.Millisecond))
	return map[string]float64{
		"r1_gain_3": ours3.r1 - lead3.r1, "r2_gain_3": ours3.r2 - lead3.r2,
		"rlsum_gain_3": ours3.rlsum - lead3.rlsum, "r1_gain_k": oursK.r1 - leadK.r1,
		"r1_gain_3_raw": raw.ours.r1 - raw.lead.r1,
	}
}

type rawFigures struct{ lead, ours means }

// rawStyle measures the lower-cased, tokenised rewrite of every body
// (one sentence per paragraph, no title), run as `brief --raw` would.
func rawStyle(docs []bbc.Doc, leads [][]string) rawFigures {
	bodies := make([]string, len(docs))
	firsts := make([][]string, len(docs))
	for i := range docs {
		sents := bbc.NewsroomStyle(leads[i])
		bodies[i] = strings.Join(sents, "\n\n") + "\n"
		firsts[i] = sents
	}
	return rawFigures{
		lead: scoreAll(docs, func(i int) string { return bbc.Lead(firsts[i], 3) }),
		ours: scoreAll(docs, func(i int) string {
			return keyPoints(bodies[i], true, 3, nil, summarize.Redundancy)
		}),
	}
}

// ablation prints the figures with each feature switched off in turn.
func ablation(w io.Writer, docs []bbc.Doc) {
	fmt.Fprintf(w, "ablation (R1/R2/RLsum at 3 points; at k points)\n")
	type row struct {
		name   string
		edit   func(*summarize.Weights)
		lambda float64
	}
	rows := []row{
		{"all features", func(*summarize.Weights) {}, summarize.Redundancy},
		{"- centrality", func(x *summarize.Weights) { x.Centrality = 0 }, summarize.Redundancy},
		{"- frequency", func(x *summarize.Weights) { x.Frequency = 0 }, summarize.Redundancy},
		{"- position", func(x *summarize.Weights) { x.Position = 0 }, summarize.Redundancy},
		{"- title", func(x *summarize.Weights) { x.Title = 0 }, summarize.Redundancy},
		{"title at 0.3", func(x *summarize.Weights) { x.Title = 0.3 }, summarize.Redundancy}, // the weight before 2026-11-30
		{"- salience", func(x *summarize.Weights) { x.Salience = 0 }, summarize.Redundancy},
		{"- length", func(x *summarize.Weights) { x.Length = 0 }, summarize.Redundancy},
		{"- penalties", func(x *summarize.Weights) { x.Penalty = 0 }, summarize.Redundancy},
		{"- redundancy (MMR)", func(*summarize.Weights) {}, 0},
		{"centrality only", func(x *summarize.Weights) { *x = summarize.Weights{Centrality: 1} }, 0},
	}
	for _, r := range rows {
		wt := summarize.DefaultWeights
		r.edit(&wt)
		m3 := scoreAll(docs, func(i int) string { return keyPoints(docs[i].Text, false, 3, &wt, r.lambda) })
		mk := scoreAll(docs, func(i int) string {
			return keyPoints(docs[i].Text, false, bbc.RefSentences(docs[i].Reference), &wt, r.lambda)
		})
		fmt.Fprintf(w, "  %-20s %s ; %s\n", r.name, m3, mk)
	}
}
