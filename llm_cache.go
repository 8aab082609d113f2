package main

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"brief/briefing"
)

// cacheMode says what --llm-cache does.
type cacheMode int

const (
	cacheOff       cacheMode = iota
	cacheRead                // replies come from the cache only; a miss is an error
	cacheWrite               // every request goes out; replies are recorded
	cacheReadWrite           // a hit is replayed, a miss goes out and is recorded
)

func parseCacheMode(s string) (cacheMode, error) {
	switch s {
	case "off":
		return cacheOff, nil
	case "read":
		return cacheRead, nil
	case "write":
		return cacheWrite, nil
	case "readwrite", "":
		return cacheReadWrite, nil
	}
	return 0, fmt.Errorf("unknown --llm-cache-mode %q (off, read, write or readwrite)", s)
}

// replyCache records and replays replies, one JSON file per request, named
// by a hash of everything that shapes the reply: base URL, model, messages
// and parameters. The API key is not part of it and never stored.
type replyCache struct {
	next    briefing.Rewriter // nil in read mode: nothing goes out
	dir     string
	mode    cacheMode
	baseURL string
}

var _ briefing.Rewriter = (*replyCache)(nil)

// cacheEntry is what one cache file holds.
type cacheEntry struct {
	Model string `json:"model"`
	Reply string `json:"reply"`
}

func (c *replyCache) Complete(ctx context.Context, req briefing.Request) (string, error) {
	key := c.key(req)
	if c.mode == cacheRead || c.mode == cacheReadWrite {
		reply, err := c.load(key)
		if err == nil {
			return reply, nil
		}
		if c.mode == cacheRead {
			return "", err
		}
	}
	reply, err := c.next.Complete(ctx, req)
	if err != nil {
		return "", err
	}
	if err := c.store(key, cacheEntry{Model: req.Model, Reply: reply}); err != nil {
		return "", err
	}
	return reply, nil
}

// key hashes the request. JSON of fixed structs is deterministic.
func (c *replyCache) key(req briefing.Request) string {
	v := struct {
		V             int                `json:"v"`
		BaseURL       string             `json:"base_url"`
		Model         string             `json:"model"`
		Messages      []briefing.Message `json:"messages"`
		Schema        json.RawMessage    `json:"schema,omitempty"`
		MaxTokens     int                `json:"max_tokens"`
		Deterministic bool               `json:"deterministic"`
	}{1, c.baseURL, req.Model, req.Messages, req.Schema, req.MaxTokens, req.Deterministic}
	data, _ := json.Marshal(v)
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:])
}

func (c *replyCache) path(key string) string { return filepath.Join(c.dir, key+".json") }

func (c *replyCache) load(key string) (string, error) {
	data, err := os.ReadFile(c.path(key))
	if errors.Is(err, fs.ErrNotExist) {
		return "", fmt.Errorf("%w: no reply recorded for this request in %s (key %s)", briefing.ErrCacheMiss, c.dir, key[:12])
	}
	if err != nil {
		return "", fmt.Errorf("llm cache: %s", describe(err))
	}
	var e cacheEntry
	if err := json.Unmarshal(data, &e); err != nil {
		return "", fmt.Errorf("llm cache: %s: %v", c.path(key), err)
	}
	return e.Reply, nil
}

func (c *replyCache) store(key string, e cacheEntry) error {
	data, err := json.MarshalIndent(e, "", "  ")
	if err != nil {
		return err
	}
	return writeFileAtomic(c.path(key), append(data, '\n'))
}
