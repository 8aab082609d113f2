package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"sync"

	"brief/briefing"
	"brief/summarize"
)

// The llmcost task measures what the LLM pass would send for each BBC
// article (no network): tokens of the budgeted prompt against a prompt
// holding the whole article, counted with the model's tokenizer.
func init() {
	register(task{
		name:  "llmcost",
		about: "LLM pass: prompt tokens per BBC article, budgeted vs whole article (offline)",
		run:   runLLMCost,
		// Every prompt must keep to its budget; the rest is reported only.
		floors: map[string]float64{"within_budget": 1},
	})
}

const (
	llmCostModel  = "gpt-4o-mini"
	llmCostBudget = 3000 // brief's default --llm-max-input
)

type llmCost struct {
	sent, whole, sentSmall, text int
	cut, within                  bool
}

func runLLMCost(dir string, w io.Writer) (map[string]float64, error) {
	files, err := filepath.Glob(filepath.Join(dir, "summ", "bbc", "*", "*.article.txt"))
	if err != nil || len(files) == 0 {
		return nil, fmt.Errorf("no BBC articles under %s", filepath.Join(dir, "summ", "bbc"))
	}
	sort.Strings(files)
	costs := make([]llmCost, len(files))
	errs := make([]error, len(files))
	var wg sync.WaitGroup
	jobs := make(chan int)
	for range 2 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				costs[i], errs[i] = articleCost(files[i])
			}
		}()
	}
	for i := range files {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	return reportLLMCost(w, costs, errs)
}

func articleCost(path string) (llmCost, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return llmCost{}, err
	}
	text := string(data)
	art := summarize.Clean(text)
	b := briefing.Build(text, art, briefing.Options{Points: 5})
	opt := briefing.LLMOptions{Model: llmCostModel, MaxInput: llmCostBudget}
	sent, err := briefing.BuildPrompt(text, art, b, opt)
	if err != nil {
		return llmCost{}, fmt.Errorf("%s: %w", path, err)
	}
	opt.MaxInput = 0
	whole, err := briefing.BuildPrompt(text, art, b, opt)
	if err != nil {
		return llmCost{}, err
	}
	opt.MaxInput = llmCostBudget / 3
	small, err := briefing.BuildPrompt(text, art, b, opt)
	if err != nil {
		return llmCost{}, err
	}
	return llmCost{text: briefing.Tokens(llmCostModel)(text), sent: sent.Tokens, whole: whole.Tokens, sentSmall: small.Tokens,
		cut: sent.Excerpt, within: sent.Tokens <= llmCostBudget}, nil
}

func reportLLMCost(w io.Writer, costs []llmCost, errs []error) (map[string]float64, error) {
	var sent, whole, small, text, cut, within, maxWhole float64
	n := 0
	for i, c := range costs {
		if errs[i] != nil {
			return nil, errs[i]
		}
		n++
		sent += float64(c.sent)
		whole += float64(c.whole)
		small += float64(c.sentSmall)
		text += float64(c.text)
		if c.cut {
			cut++
		}
		if c.within {
			within++
		}
		maxWhole = max(maxWhole, float64(c.whole))
	}
	N := float64(n)
	fmt.Fprintf(w, "articles %d, model %s (tokenizer of tiktoken-go, offline)\n", n, llmCostModel)
	fmt.Fprintf(w, "mean tokens of the article text alone:        %.0f\n", text/N)
	fmt.Fprintf(w, "mean prompt tokens, whole article:            %.0f (max %.0f)\n", whole/N, maxWhole)
	fmt.Fprintf(w, "mean prompt tokens sent, --llm-max-input %d: %.0f (%.1f%% of articles cut to fit)\n", llmCostBudget, sent/N, 100*cut/N)
	fmt.Fprintf(w, "mean prompt tokens sent, --llm-max-input %d: %.0f (%.0f%% of whole)\n", llmCostBudget/3, small/N, 100*small/whole)
	return map[string]float64{
		"mean_sent": sent / N, "mean_whole": whole / N, "mean_text": text / N, "within_budget": within / N,
	}, nil
}
