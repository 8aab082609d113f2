package main

import (
	"bytes"
	"fmt"
	"os"

	"github.com/urfave/cli/v2"

	"brief/briefing"
	"brief/summarize"
)

// briefConfig is what the briefing commands (brief and brief check) need
// from the command line.
type briefConfig struct {
	format    briefing.Format
	color     bool
	points    int
	published string
	raw       bool
	llm       *llmPass // nil when no LLM pass was asked for
}

func briefAction(env *environment, c *cli.Context) error {
	cfg, err := briefConfigFrom(env, c)
	if err != nil {
		return err
	}
	process := func(in input, data []byte) ([]byte, error) { return cfg.brief(env, in, data) }
	return runBatch(env, c, cfg.format.Ext(), process)
}

func briefConfigFrom(env *environment, c *cli.Context) (*briefConfig, error) {
	f, err := briefing.ParseFormat(c.String("format"))
	if err != nil {
		return nil, usageError{err.Error()}
	}
	if c.Int("points") < 1 {
		return nil, usagef("--points must be at least 1")
	}
	published, err := normalizePublished(c.String("published"))
	if err != nil {
		return nil, err
	}
	llm, err := newLLMPass(env, c)
	if err != nil {
		return nil, err
	}
	return &briefConfig{
		format:    f,
		color:     f == briefing.Text && c.String("out") == "" && wantColor(env, c),
		points:    c.Int("points"),
		published: published,
		raw:       c.Bool("raw"),
		llm:       llm,
	}, nil
}

// wantColor: text output is coloured only on a terminal, and never with
// --no-color or NO_COLOR (https://no-color.org).
func wantColor(env *environment, c *cli.Context) bool {
	return !c.Bool("no-color") && os.Getenv("NO_COLOR") == "" && isTerminal(env.stdout)
}

// article decodes and cleans one input.
func article(data []byte, raw bool) (string, summarize.Article, error) {
	text, warnings, err := summarize.Decode(data)
	if err != nil {
		return "", summarize.Article{}, err
	}
	var art summarize.Article
	if raw {
		art = summarize.RawArticle(text)
	} else {
		art = summarize.Clean(text)
	}
	art.Warnings = append(warnings, art.Warnings...)
	return text, art, nil
}

// brief makes and renders the briefing of one input.
func (cfg *briefConfig) brief(env *environment, in input, data []byte) ([]byte, error) {
	text, art, err := article(data, cfg.raw)
	if err != nil {
		return nil, err
	}
	published := publishedFor(in, cfg.published, "")
	b := briefing.Build(text, art, briefing.Options{Source: in.name, Points: cfg.points, Published: published})
	if len(b.KeyPoints) == 0 { // Build found no sentence (at least one point is asked for)
		return nil, fmt.Errorf("no article text found")
	}
	if cfg.llm != nil {
		if b, err = cfg.llm.applyErr(env, in, text, art, b); err != nil {
			return nil, err
		}
	}
	var buf bytes.Buffer
	if err := briefing.Render(&buf, b, cfg.format, briefing.RenderOptions{Color: cfg.color}); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}
