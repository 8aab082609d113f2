package main

import (
	"context"
	"errors"
	"net"
	"net/url"
	"os"
	"strings"
	"time"

	"github.com/urfave/cli/v2"

	"brief/briefing"
	"brief/prompts"
	"brief/summarize"
)

// Defaults of the LLM pass.
const (
	defaultBaseURL    = "https://api.openai.com/v1"
	defaultModel      = "gpt-4o-mini"
	defaultAPIVersion = "2024-10-21" // Azure OpenAI GA version with JSON-schema replies
	minMaxInput       = 200
)

// llmFlags are the flags of the optional LLM pass.
func llmFlags() []cli.Flag {
	return []cli.Flag{
		&cli.BoolFlag{Name: "llm", Usage: "rewrite key points and BLUF with an LLM (checked against the article; off by default)"},
		&cli.StringFlag{Name: "model", Value: defaultModel, EnvVars: []string{"OPENAI_MODEL"}, Usage: "LLM `NAME` (the deployment name with --azure)"},
		&cli.StringFlag{Name: "base-url", EnvVars: []string{"OPENAI_BASE_URL"}, Usage: "`URL` of an OpenAI-compatible API (default " + defaultBaseURL + "; e.g. http://localhost:11434/v1 for Ollama)"},
		&cli.DurationFlag{Name: "llm-timeout", Value: 60 * time.Second, Usage: "time-out of one LLM request"},
		&cli.IntFlag{Name: "llm-max-input", Value: 3000, Usage: "most prompt `TOKENS` sent per article"},
		&cli.StringFlag{Name: "llm-cache", Usage: "record and replay LLM replies in `DIR`"},
		&cli.StringFlag{Name: "llm-cache-mode", Value: "readwrite", Usage: "`MODE` of --llm-cache: off, read (offline; a miss is an error), write or readwrite"},
		&cli.StringFlag{Name: "prompts", Usage: "read prompt templates (system.tmpl, user.tmpl) from `DIR` instead of the built-in ones"},
		&cli.BoolFlag{Name: "azure", Usage: "use Azure OpenAI: --base-url (or AZURE_OPENAI_ENDPOINT) is the resource endpoint, --model the deployment"},
		&cli.StringFlag{Name: "api-version", Value: defaultAPIVersion, EnvVars: []string{"OPENAI_API_VERSION"}, Usage: "Azure OpenAI API `VERSION`"},
	}
}

// llmPass is a configured LLM pass, shared by the batch workers.
type llmPass struct {
	rw     briefing.Rewriter
	opt    briefing.LLMOptions
	redact redactor
	// missIsError makes applyErr fail on a cache miss instead of falling
	// back: brief check reports an unrecorded reply as its own failure.
	missIsError bool
}

// newLLMPass returns the LLM pass the flags ask for, or nil for none.
// The API key comes from the environment only (a flag would show in ps).
func newLLMPass(env *environment, c *cli.Context) (*llmPass, error) {
	if !c.Bool("llm") {
		return nil, nil
	}
	mode, err := parseCacheMode(c.String("llm-cache-mode"))
	if err != nil {
		return nil, usageError{err.Error()}
	}
	if c.String("llm-cache") == "" {
		mode = cacheOff
	}
	if c.Int("llm-max-input") < minMaxInput {
		return nil, usagef("--llm-max-input must be at least %d", minMaxInput)
	}
	if c.Duration("llm-timeout") <= 0 {
		return nil, usagef("--llm-timeout must be positive")
	}
	cfg, err := clientConfig(c, mode)
	if err != nil {
		return nil, err
	}
	if insecureRemote(cfg.baseURL) && mode != cacheRead {
		env.Warnf("--base-url %s is plain http to a host that is not this machine: the article and any API key travel unencrypted", cfg.baseURL)
	}
	p := &llmPass{redact: redactor{cfg.key}, opt: briefing.LLMOptions{
		Model: c.String("model"), MaxInput: c.Int("llm-max-input"), Points: c.Int("points"),
	}}
	if dir := c.String("prompts"); dir != "" {
		if _, err := os.Stat(dir); err != nil {
			return nil, usagef("--prompts %s: %s", dir, describe(err))
		}
		set, err := prompts.Parse(os.DirFS(dir))
		if err != nil {
			return nil, usagef("--prompts %s: %s", dir, describe(err))
		}
		p.opt.Prompts = set
	}
	p.rw = chain(cfg, mode, c)
	p.missIsError = c.Command != nil && c.Command.Name == "check"
	return p, nil
}

// chain builds cache -> retries -> client; in read mode nothing goes out.
func chain(cfg openaiConfig, mode cacheMode, c *cli.Context) briefing.Rewriter {
	var rw briefing.Rewriter
	if mode != cacheRead {
		rw = &retrying{next: newOpenAIClient(cfg), timeout: c.Duration("llm-timeout"), sleep: sleepCtx}
	}
	if mode == cacheOff {
		return rw
	}
	return &replyCache{next: rw, dir: c.String("llm-cache"), mode: mode, baseURL: cfg.baseURL}
}

// clientConfig reads the endpoint and key. A key is needed for OpenAI and
// Azure, not for local servers, and not when replies come from the cache.
func clientConfig(c *cli.Context, mode cacheMode) (openaiConfig, error) {
	cfg := openaiConfig{baseURL: c.String("base-url"), key: os.Getenv("OPENAI_API_KEY"),
		azure: c.Bool("azure"), apiVersion: c.String("api-version")}
	if cfg.azure {
		if k := os.Getenv("AZURE_OPENAI_API_KEY"); k != "" {
			cfg.key = k
		}
		if cfg.baseURL == "" {
			cfg.baseURL = os.Getenv("AZURE_OPENAI_ENDPOINT")
		}
		if cfg.baseURL == "" {
			return cfg, usagef("--azure needs the resource endpoint in --base-url or AZURE_OPENAI_ENDPOINT")
		}
	}
	if cfg.baseURL == "" {
		cfg.baseURL = defaultBaseURL
	}
	cfg.baseURL = strings.TrimRight(cfg.baseURL, "/")
	u, err := url.Parse(cfg.baseURL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return cfg, usagef("--base-url must be an http or https URL")
	}
	if cfg.key == "" && mode != cacheRead && (cfg.azure || cfg.baseURL == defaultBaseURL) {
		return cfg, usagef("--llm needs an API key in OPENAI_API_KEY (a local server such as Ollama needs none: set --base-url)")
	}
	return cfg, nil
}

// apply runs the pass on one briefing. It never fails: on any failure it
// returns b with a warning, and says why on stderr.
func (p *llmPass) apply(env *environment, in input, text string, art summarize.Article, b briefing.Briefing) briefing.Briefing {
	out, err := p.rewrite(text, art, b)
	if err != nil {
		return p.fallback(env, in, b, err)
	}
	p.report(env, in, out, b)
	return out
}

// fallback is the extractive briefing b with the cause of the failure.
func (p *llmPass) fallback(env *environment, in input, b briefing.Briefing, err error) briefing.Briefing {
	msg := oneLine(p.redact.Redact(err.Error()))
	env.Warnf("%s: llm pass failed, the briefing is extractive: %s", in.name, msg)
	b.Warnings = append(append([]string(nil), b.Warnings...), "llm pass failed: "+msg)
	return b
}

// report puts the warnings the pass added (dropped items) on stderr.
func (p *llmPass) report(env *environment, in input, out, b briefing.Briefing) {
	for _, w := range out.Warnings[len(b.Warnings):] {
		env.Warnf("%s: %s", in.name, p.redact.Redact(w))
	}
}

// applyErr is apply, except that for brief check (missIsError) a reply
// missing from the cache is an error wrapping briefing.ErrCacheMiss.
func (p *llmPass) applyErr(env *environment, in input, text string, art summarize.Article, b briefing.Briefing) (briefing.Briefing, error) {
	if !p.missIsError {
		return p.apply(env, in, text, art, b), nil
	}
	out, err := p.rewrite(text, art, b)
	if errors.Is(err, briefing.ErrCacheMiss) {
		return b, err
	}
	if err != nil {
		return p.fallback(env, in, b, err), nil
	}
	p.report(env, in, out, b)
	return out, nil
}

// rewrite is apply without the fallback: callers that must tell a failed
// pass apart (brief check, on briefing.ErrCacheMiss) use it.
func (p *llmPass) rewrite(text string, art summarize.Article, b briefing.Briefing) (briefing.Briefing, error) {
	return briefing.Rewrite(context.Background(), p.rw, text, art, b, p.opt)
}

// insecureRemote reports whether base is plain http to a host other than
// loopback (localhost, 127.0.0.0/8, ::1), where traffic can be read on the way.
func insecureRemote(base string) bool {
	u, err := url.Parse(base)
	if err != nil || u.Scheme != "http" {
		return false
	}
	host := u.Hostname()
	if host == "localhost" || strings.HasSuffix(host, ".localhost") {
		return false
	}
	ip := net.ParseIP(host)
	return ip == nil || !ip.IsLoopback()
}
