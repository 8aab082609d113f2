package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"brief/briefing"
	"brief/briefing/quotes"
	"brief/summarize"
)

// The llmground task measures the LLM pass's grounding checks without an
// LLM: on BBC articles, the article's own reference sentences and quotes must
// pass; sentences and quotes of another article of the same category, and
// own sentences with a number changed, stand for invented content and must
// fail.
func init() {
	register(task{
		name:  "llmground",
		about: "LLM pass grounding checks on BBC: own claims kept, foreign or altered claims dropped",
		run:   runLLMGround,
		floors: map[string]float64{
			"own_kept": 0.999, "foreign_rejected": 0.985, "number_rejected": 0.96,
			"quote_own_kept": 0.999, "quote_foreign_rejected": 0.99,
		},
	})
}

type groundDoc struct {
	text    string
	summary []string
}

// tally counts how often a check said yes.
type tally struct{ yes, all int }

func (t *tally) add(ok bool) {
	t.all++
	if ok {
		t.yes++
	}
}

func (t tally) share() float64 {
	if t.all == 0 {
		return 0
	}
	return float64(t.yes) / float64(t.all)
}

func runLLMGround(dir string, w io.Writer) (map[string]float64, error) {
	cats, err := filepath.Glob(filepath.Join(dir, "summ", "bbc", "*"))
	if err != nil || len(cats) == 0 {
		return nil, fmt.Errorf("no BBC categories under %s", filepath.Join(dir, "summ", "bbc"))
	}
	sort.Strings(cats)
	var own, foreign, number, qOwn, qForeign tally
	for _, cat := range cats {
		docs, err := readGroundDocs(cat)
		if err != nil {
			return nil, err
		}
		for i, d := range docs {
			other := docs[(i+1)%len(docs)]
			if other.text == d.text {
				continue // BBC holds exact duplicates
			}
			// The checks are measured on the text as it is, so that what the
			// cleaner keeps or drops does not move these figures.
			art := summarize.RawArticle(d.text)
			c := briefing.NewChecker(art)
			for _, s := range d.summary {
				if len(strings.Fields(s)) < 4 {
					continue // a splitting remnant ("he said."), not a key point
				}
				own.add(c.KeyPoint(s))
				if alt, ok := changeNumber(s); ok {
					number.add(!c.KeyPoint(alt))
				}
			}
			for _, s := range other.summary {
				if len(strings.Fields(s)) < 4 {
					continue
				}
				foreign.add(!c.KeyPoint(s))
			}
			for _, q := range longQuotes(art.Body) {
				qOwn.add(c.Quote(q))
			}
			for _, q := range longQuotes(other.text) {
				qForeign.add(!c.Quote(q))
			}
		}
	}
	fmt.Fprintf(w, "key points: own sentences kept %.4f (%d); other article's rejected %.4f (%d); a number changed, rejected %.4f (%d)\n",
		own.share(), own.all, foreign.share(), foreign.all, number.share(), number.all)
	fmt.Fprintf(w, "quotes: own kept %.4f (%d); other article's rejected %.4f (%d)\n",
		qOwn.share(), qOwn.all, qForeign.share(), qForeign.all)
	return map[string]float64{
		"own_kept": own.share(), "foreign_rejected": foreign.share(), "number_rejected": number.share(),
		"quote_own_kept": qOwn.share(), "quote_foreign_rejected": qForeign.share(),
	}, nil
}

func readGroundDocs(cat string) ([]groundDoc, error) {
	files, err := filepath.Glob(filepath.Join(cat, "*.article.txt"))
	if err != nil {
		return nil, err
	}
	sort.Strings(files)
	var docs []groundDoc
	for _, f := range files {
		text, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		sum, err := os.ReadFile(strings.TrimSuffix(f, ".article.txt") + ".summary.sents.txt")
		if err != nil {
			return nil, err
		}
		docs = append(docs, groundDoc{text: string(text), summary: strings.Split(strings.TrimSpace(string(sum)), "\n")})
	}
	return docs, nil
}

var digits = regexp.MustCompile(`\d+`)

// changeNumber adds one to the first number of s.
func changeNumber(s string) (string, bool) {
	loc := digits.FindStringIndex(s)
	if loc == nil {
		return "", false
	}
	n, err := strconv.Atoi(s[loc[0]:loc[1]])
	if err != nil {
		return "", false
	}
	return s[:loc[0]] + strconv.Itoa(n+1) + s[loc[1]:], true
}

// longQuotes are the article's quotes of at least four words.
func longQuotes(body string) []string {
	var out []string
	for _, q := range quotes.Extract(body) {
		if len(strings.Fields(q.Text)) >= 4 {
			out = append(out, q.Text)
		}
	}
	return out
}
