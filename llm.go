package main

import (
	"github.com/urfave/cli/v2"

	"brief/briefing"
	"brief/summarize"
)

// llmFlags are the flags of the optional LLM pass.
func llmFlags() []cli.Flag {
	return []cli.Flag{
		&cli.BoolFlag{Name: "llm", Usage: "rewrite key points and BLUF with an LLM (checked against the article)"},
	}
}

// llmPass is a configured LLM pass.
type llmPass struct{}

// newLLMPass returns the LLM pass the flags ask for, or nil for none.
// Placeholder: the LLM pass is not built yet.
func newLLMPass(env *environment, c *cli.Context) (*llmPass, error) {
	if c.Bool("llm") {
		return nil, usagef("--llm is not available yet")
	}
	return nil, nil
}

// apply runs the pass on one briefing; on failure it returns b unchanged.
func (p *llmPass) apply(env *environment, in input, text string, art summarize.Article, b briefing.Briefing) briefing.Briefing {
	return b
}
