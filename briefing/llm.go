package briefing

import (
	"context"
	"errors"
)

// Rewriter is a chat-completion service: the one thing the LLM pass needs
// from a provider. brief's real implementation speaks the OpenAI protocol
// (go-openai); tests plug in their own.
type Rewriter interface {
	Complete(ctx context.Context, req Request) (string, error)
}

// RewriterFunc makes a function a Rewriter.
type RewriterFunc func(ctx context.Context, req Request) (string, error)

// Complete calls f.
func (f RewriterFunc) Complete(ctx context.Context, req Request) (string, error) { return f(ctx, req) }

var _ Rewriter = RewriterFunc(nil)

// Request is one chat completion.
type Request struct {
	Model     string
	Messages  []Message
	Schema    []byte // JSON schema of the reply; nil asks for plain JSON
	MaxTokens int    // bound on the reply
	// Deterministic asks for the most repeatable sampling the provider
	// offers (a near-zero temperature and a fixed seed).
	Deterministic bool
}

// Message is one chat message.
type Message struct {
	Role    string `json:"role"` // system, user or assistant
	Content string `json:"content"`
}

// Errors a Rewriter may wrap so that the pass can act on them.
var (
	// ErrContextLength: the request did not fit the model's context window.
	// The pass retries once with a smaller input.
	ErrContextLength = errors.New("request exceeds the model's context window")
	// ErrCacheMiss: the reply cache was asked for a reply it does not hold
	// (read-only mode).
	ErrCacheMiss = errors.New("llm cache miss")
)
