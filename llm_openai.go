package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"sync/atomic"
	"time"

	openai "github.com/sashabaranov/go-openai"

	"brief/briefing"
)

// openaiClient is the one real briefing.Rewriter: any server that speaks the
// OpenAI chat-completions protocol (OpenAI, Azure OpenAI, Ollama, vLLM,
// llama.cpp, LM Studio). It holds the API key; every error and reply it
// returns has been through its redactor.
type openaiClient struct {
	client *openai.Client
	redact redactor
	// plainJSON is set once the server has refused a JSON-schema response
	// format; later requests ask for plain JSON in the prompt only.
	plainJSON atomic.Bool
}

var _ briefing.Rewriter = (*openaiClient)(nil)

// openaiConfig is what the client is made from.
type openaiConfig struct {
	baseURL, key string
	azure        bool
	apiVersion   string
}

func newOpenAIClient(cfg openaiConfig) *openaiClient {
	var c openai.ClientConfig
	if cfg.azure {
		c = openai.DefaultAzureConfig(cfg.key, cfg.baseURL)
		c.APIVersion = cfg.apiVersion
		c.AzureModelMapperFunc = func(model string) string { return model } // --model is the deployment
	} else {
		c = openai.DefaultConfig(cfg.key)
		c.BaseURL = cfg.baseURL
	}
	c.HTTPClient = &http.Client{Transport: headerTransport{http.DefaultTransport}}
	return &openaiClient{client: openai.NewClientWithConfig(c), redact: redactor{cfg.key}}
}

// Complete sends one chat completion and returns the reply's text.
func (c *openaiClient) Complete(ctx context.Context, req briefing.Request) (string, error) {
	ctx, info := withResponseInfo(ctx)
	creq := chatRequest(req, !c.plainJSON.Load())
	resp, err := c.client.CreateChatCompletion(ctx, creq)
	if err != nil && creq.ResponseFormat != nil && formatRefused(err) {
		c.plainJSON.Store(true)
		creq.ResponseFormat = nil
		resp, err = c.client.CreateChatCompletion(ctx, creq)
	}
	if err != nil {
		return "", c.classify(err, info)
	}
	if len(resp.Choices) == 0 {
		return "", errors.New("the server returned no choices")
	}
	return c.redact.Redact(resp.Choices[0].Message.Content), nil
}

// chatRequest is req in go-openai's terms. go-openai drops a temperature of
// 0 (omitempty), so determinism is asked for with a tiny non-zero one and a
// fixed seed. Reasoning models take neither temperature nor max_tokens.
func chatRequest(req briefing.Request, schema bool) openai.ChatCompletionRequest {
	creq := openai.ChatCompletionRequest{Model: req.Model}
	for _, m := range req.Messages {
		creq.Messages = append(creq.Messages, openai.ChatCompletionMessage{Role: m.Role, Content: m.Content})
	}
	reasoning := isReasoningModel(req.Model)
	if req.Deterministic {
		seed := 7
		creq.Seed = &seed
		if !reasoning {
			creq.Temperature = 1e-4
		}
	}
	if reasoning {
		creq.MaxCompletionTokens = req.MaxTokens
	} else {
		//lint:ignore SA1019 servers other than OpenAI's (vLLM, llama.cpp, older Azure) know only max_tokens
		creq.MaxTokens = req.MaxTokens
	}
	if schema && req.Schema != nil {
		creq.ResponseFormat = &openai.ChatCompletionResponseFormat{
			Type: openai.ChatCompletionResponseFormatTypeJSONSchema,
			JSONSchema: &openai.ChatCompletionResponseFormatJSONSchema{
				Name: "briefing", Schema: json.RawMessage(req.Schema), Strict: true,
			},
		}
	}
	return creq
}

func isReasoningModel(model string) bool {
	for _, p := range []string{"o1", "o3", "o4", "gpt-5"} {
		if strings.HasPrefix(model, p) {
			return true
		}
	}
	return false
}

// apiError is a failed request, classified by HTTP status (never by its
// English text, except where servers give no code: see contextExceeded).
type apiError struct {
	status     int
	retryAfter time.Duration
	context    bool // over the model's context window
	msg        string
}

func (e *apiError) Error() string {
	if e.status == 0 {
		return e.msg
	}
	return fmt.Sprintf("HTTP %d: %s", e.status, e.msg)
}

func (e *apiError) Is(target error) bool {
	return target == briefing.ErrContextLength && e.context
}

// maxErrorText bounds what a server's error message may add to a warning.
const maxErrorText = 300

func (c *openaiClient) classify(err error, info *responseInfo) error {
	e := &apiError{retryAfter: info.retryAfter}
	var ae *openai.APIError
	var re *openai.RequestError
	switch {
	case errors.As(err, &ae):
		e.status, e.msg = ae.HTTPStatusCode, ae.Message
		code, _ := ae.Code.(string)
		e.context = code == "context_length_exceeded" || contextExceeded(e.status, ae.Message)
	case errors.As(err, &re):
		e.status, e.msg = re.HTTPStatusCode, strings.TrimSpace(string(re.Body))
		if e.msg == "" {
			e.msg = http.StatusText(re.HTTPStatusCode)
		}
		e.context = contextExceeded(e.status, e.msg)
	default:
		return &apiError{msg: c.redact.Redact(err.Error())}
	}
	e.msg = c.redact.Redact(truncateRunes(oneLine(e.msg), maxErrorText))
	return e
}

// contextExceeded recognises an over-long request from servers that give no
// error code for it (vLLM, llama.cpp, LM Studio): only their message says so.
func contextExceeded(status int, msg string) bool {
	if status == http.StatusRequestEntityTooLarge {
		return true
	}
	if status != http.StatusBadRequest {
		return false
	}
	m := strings.ToLower(msg)
	for _, s := range []string{"context length", "context window", "context size", "maximum context", "too many tokens", "prompt is too long"} {
		if strings.Contains(m, s) {
			return true
		}
	}
	return false
}

// formatRefused recognises a server that does not take a JSON-schema
// response format: a 400 naming the parameter.
func formatRefused(err error) bool {
	var ae *openai.APIError
	if errors.As(err, &ae) && ae.HTTPStatusCode == http.StatusBadRequest {
		if ae.Param != nil && *ae.Param == "response_format" {
			return true
		}
		return strings.Contains(ae.Message, "response_format") || strings.Contains(ae.Message, "json_schema")
	}
	var re *openai.RequestError
	if errors.As(err, &re) && re.HTTPStatusCode == http.StatusBadRequest {
		body := string(re.Body)
		return strings.Contains(body, "response_format") || strings.Contains(body, "json_schema")
	}
	return false
}

func truncateRunes(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n]) + "..."
}

// responseInfo carries what go-openai does not pass on from a response: the
// Retry-After header.
type responseInfo struct{ retryAfter time.Duration }

type responseInfoKey struct{}

func withResponseInfo(ctx context.Context) (context.Context, *responseInfo) {
	info := &responseInfo{}
	return context.WithValue(ctx, responseInfoKey{}, info), info
}

// headerTransport records Retry-After into the request's responseInfo.
type headerTransport struct{ next http.RoundTripper }

func (t headerTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	resp, err := t.next.RoundTrip(req)
	if err == nil {
		if info, ok := req.Context().Value(responseInfoKey{}).(*responseInfo); ok {
			info.retryAfter = parseRetryAfter(resp.Header.Get("Retry-After"), time.Now())
		}
	}
	return resp, err
}

// parseRetryAfter reads a Retry-After header: seconds or an HTTP date.
func parseRetryAfter(v string, now time.Time) time.Duration {
	v = strings.TrimSpace(v)
	if v == "" {
		return 0
	}
	if s, err := strconv.ParseFloat(v, 64); err == nil && s >= 0 && s < 1e6 {
		return time.Duration(s * float64(time.Second))
	}
	if t, err := http.ParseTime(v); err == nil && t.After(now) {
		return t.Sub(now)
	}
	return 0
}
