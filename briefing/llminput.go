package briefing

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"sort"
	"strings"

	"brief/briefing/timex"
	"brief/prompts"
	"brief/summarize"
)

// LLMOptions tune the LLM pass.
type LLMOptions struct {
	Model     string
	MaxInput  int // tokens the prompt may take; 0 is no bound
	MaxOutput int // tokens the reply may take; 0 leaves it to the provider
	Points    int // key points asked for
	// Count counts tokens; nil uses Tokens(Model).
	Count TokenCounter
	// Prompts renders the templates; nil uses the embedded ones.
	Prompts Renderer
}

// Renderer renders a named prompt template (see package prompts).
type Renderer interface {
	Render(name string, data any) (string, error)
}

// PromptData is what the prompt templates are rendered with.
type PromptData struct {
	Title, Outlet, Agency, Published, Dateline string
	Points                                     int
	Quotes                                     []PromptQuote
	Dates                                      []PromptDate
	Excerpt                                    bool   // Article holds only the top sentences
	Article                                    string // the article text, or the excerpt
	Delim                                      string // marks the article's ends; not in its text
}

// PromptQuote is an extracted quote shown to the model.
type PromptQuote struct{ Text, Speaker string }

// PromptDate is a date expression found in the article, with its value.
type PromptDate struct{ Text, Value string }

// Prompt is what the LLM pass sends for one article.
type Prompt struct {
	Messages []Message
	Tokens   int  // counted as the provider counts them, roughly
	Excerpt  bool // the article was cut to fit the budget
}

// ErrBudget: even without the article text the prompt is over the budget.
var ErrBudget = errors.New("the prompt does not fit --llm-max-input even without the article")

// Per-message overhead of the chat format, as OpenAI documents it.
const (
	tokensPerMessage = 4
	tokensPerReply   = 3
)

// source is the article as the LLM pass sees it: split, ranked, dated.
type source struct {
	input  string
	art    *summarize.Article
	scored []summarize.Scored // document order
	dates  []Event            // date expressions with a calendar value, input offsets
}

func newSource(input string, art *summarize.Article, b Briefing) *source {
	sentences := summarize.Split(art.Body)
	return &source{
		input:  input,
		art:    art,
		scored: summarize.Rank(sentences, summarize.RankOptions{Title: art.Title}),
		dates:  dateCandidates(art, b, sentences),
	}
}

// BuildPrompt renders the messages for one article within opt.MaxInput
// tokens: the whole article when it fits, else the title, metadata, the
// extracted quotes and dates, and the top-ranked sentences with their
// neighbours.
func BuildPrompt(input string, art summarize.Article, b Briefing, opt LLMOptions) (Prompt, error) {
	return newSource(input, &art, b).prompt(b, opt.withDefaults())
}

func (o LLMOptions) withDefaults() LLMOptions {
	if o.Count == nil {
		o.Count = Tokens(o.Model)
	}
	if o.Prompts == nil {
		o.Prompts = prompts.Default
	}
	if o.Points < 1 {
		o.Points = 5
	}
	return o
}

func (s *source) prompt(b Briefing, opt LLMOptions) (Prompt, error) {
	data := s.promptData(b, opt)
	data.Article = strings.TrimSpace(s.art.Body)
	p, err := render(data, opt)
	if err != nil || opt.MaxInput <= 0 || p.Tokens <= opt.MaxInput {
		return p, err
	}
	data.Article, data.Excerpt = "", true
	empty, err := render(data, opt)
	if err != nil {
		return Prompt{}, err
	}
	if empty.Tokens > opt.MaxInput {
		return Prompt{}, fmt.Errorf("%w (%d tokens > %d)", ErrBudget, empty.Tokens, opt.MaxInput)
	}
	return s.fit(data, opt, empty.Tokens)
}

// fit picks sentences by rank, each with its neighbours, while the estimate
// stays within budget, then trims the lowest-ranked ones until the rendered
// prompt really fits.
func (s *source) fit(data PromptData, opt LLMOptions, fixed int) (Prompt, error) {
	order := s.rankOrder()
	cost := make([]int, len(s.scored))
	for i, sc := range s.scored {
		cost[i] = opt.Count(Fold(sc.Text)) + 1
	}
	chosen := make([]bool, len(s.scored))
	var picked []int // in the order they were picked
	total := fixed
	for _, i := range order {
		for _, j := range []int{i, i - 1, i + 1} {
			if j < 0 || j >= len(s.scored) || chosen[j] || total+cost[j] > opt.MaxInput {
				continue
			}
			chosen[j], total = true, total+cost[j]
			picked = append(picked, j)
		}
	}
	for {
		data.Article = s.excerpt(chosen)
		p, err := render(data, opt)
		if err != nil || p.Tokens <= opt.MaxInput || len(picked) == 0 {
			p.Excerpt = true
			return p, err
		}
		chosen[picked[len(picked)-1]] = false
		picked = picked[:len(picked)-1]
	}
}

// rankOrder lists sentence indices by score, then position.
func (s *source) rankOrder() []int {
	order := make([]int, len(s.scored))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool {
		return s.scored[order[a]].Score > s.scored[order[b]].Score
	})
	return order
}

// gapMark stands for sentences left out of an excerpt.
const gapMark = "[...]"

// excerpt joins the chosen sentences in document order: a space within a
// paragraph, a blank line between paragraphs, gapMark where text was left out.
func (s *source) excerpt(chosen []bool) string {
	var sb strings.Builder
	prev := -2
	for i, sc := range s.scored {
		if !chosen[i] {
			continue
		}
		switch {
		case prev == -2 && i > 0, prev >= 0 && prev != i-1:
			if sb.Len() > 0 {
				sb.WriteString("\n\n")
			}
			sb.WriteString(gapMark + "\n\n")
		case prev >= 0 && s.scored[prev].Paragraph != sc.Paragraph:
			sb.WriteString("\n\n")
		case prev >= 0:
			sb.WriteString(" ")
		}
		sb.WriteString(Fold(sc.Text))
		prev = i
	}
	if prev >= 0 && prev < len(s.scored)-1 {
		sb.WriteString("\n\n" + gapMark)
	}
	return sb.String()
}

func (s *source) promptData(b Briefing, opt LLMOptions) PromptData {
	d := PromptData{
		Title: b.Title, Outlet: b.Outlet, Agency: b.Agency, Published: b.Published, Dateline: b.Dateline,
		Points: opt.Points, Delim: delimiter(s.art.Body),
	}
	for _, q := range b.Quotes {
		d.Quotes = append(d.Quotes, PromptQuote{Text: Fold(q.Text), Speaker: q.Speaker})
	}
	for _, e := range s.dates {
		d.Dates = append(d.Dates, PromptDate{Text: Fold(e.Text), Value: e.Value})
	}
	return d
}

// delimiter is derived from the text itself, so the text cannot contain it
// (an article cannot hold its own hash) and the prompt stays deterministic.
func delimiter(text string) string {
	sum := sha256.Sum256([]byte(text))
	return hex.EncodeToString(sum[:6])
}

func render(d PromptData, opt LLMOptions) (Prompt, error) {
	sys, err := opt.Prompts.Render("system", d)
	if err != nil {
		return Prompt{}, err
	}
	user, err := opt.Prompts.Render("user", d)
	if err != nil {
		return Prompt{}, err
	}
	msgs := []Message{{Role: "system", Content: sys}, {Role: "user", Content: user}}
	n := tokensPerReply
	for _, m := range msgs {
		n += tokensPerMessage + opt.Count(m.Content)
	}
	return Prompt{Messages: msgs, Tokens: n, Excerpt: d.Excerpt}, nil
}

// dateCandidates are the date expressions a timeline value may come from:
// those of the extractive timeline and those timex finds in the body, with
// input offsets, one per position.
func dateCandidates(art *summarize.Article, b Briefing, sentences []summarize.Sentence) []Event {
	out := append([]Event(nil), b.Timeline...)
	found := timeline(art, timex.Tag(art.Body, b.Published), sentences)
	seen := map[int]bool{}
	for _, e := range out {
		seen[e.Start] = true
	}
	for _, e := range found {
		if !seen[e.Start] {
			seen[e.Start] = true
			out = append(out, e)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}
