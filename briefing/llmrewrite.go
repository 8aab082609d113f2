package briefing

import (
	"context"
	"errors"
	"fmt"

	"brief/summarize"
)

// defaultMaxOutput bounds the reply when LLMOptions.MaxOutput is 0: a reply
// object of five points, five quotes and a timeline fits well within it.
const defaultMaxOutput = 1500

// Rewrite asks rw for a better-written briefing and keeps only what the
// article supports (see Ground). On error the caller keeps ext: Rewrite
// never returns a half-checked briefing. A request over the model's context
// window (ErrContextLength) is retried once with half the input budget.
func Rewrite(ctx context.Context, rw Rewriter, input string, art summarize.Article, ext Briefing, opt LLMOptions) (Briefing, error) {
	opt = opt.withDefaults()
	src := newSource(input, &art, ext)
	reply, err := src.ask(ctx, rw, ext, opt)
	if errors.Is(err, ErrContextLength) && opt.MaxInput > 0 {
		opt.MaxInput /= 2
		reply, err = src.ask(ctx, rw, ext, opt)
	}
	if err != nil {
		return ext, err
	}
	r, err := ParseReply(reply)
	if err != nil {
		return ext, err
	}
	b, ok := newGrounder(src, ext, opt.Points).ground(r)
	if !ok {
		return ext, fmt.Errorf("nothing in the reply passed the checks against the article")
	}
	b.Method.LLM = opt.Model
	return b, nil
}

func (s *source) ask(ctx context.Context, rw Rewriter, ext Briefing, opt LLMOptions) (string, error) {
	p, err := s.prompt(ext, opt)
	if err != nil {
		return "", err
	}
	maxOut := opt.MaxOutput
	if maxOut <= 0 {
		maxOut = defaultMaxOutput
	}
	return rw.Complete(ctx, Request{
		Model: opt.Model, Messages: p.Messages, Schema: ReplySchema, MaxTokens: maxOut, Deterministic: true,
	})
}
