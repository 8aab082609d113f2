package briefing

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"regexp"
	"strings"
)

// Reply is the object the LLM is asked to return (see ../shared/DESIGN.md).
type Reply struct {
	BLUF      string       `json:"bluf"`
	KeyPoints []string     `json:"key_points"`
	Quotes    []ReplyQuote `json:"quotes"`
	Timeline  []ReplyEvent `json:"timeline"`
}

// ReplyQuote is a quote as the LLM returns it.
type ReplyQuote struct {
	Text    string `json:"text"`
	Speaker string `json:"speaker"`
}

// ReplyEvent is a timeline entry as the LLM returns it.
type ReplyEvent struct {
	Value string `json:"value"`
	Event string `json:"event"`
}

// ReplySchema is the JSON schema of Reply, in the strict form OpenAI's
// structured outputs accept (every property required, nothing else allowed).
var ReplySchema = []byte(`{"type":"object","additionalProperties":false,
"required":["bluf","key_points","quotes","timeline"],
"properties":{
 "bluf":{"type":"string"},
 "key_points":{"type":"array","items":{"type":"string"}},
 "quotes":{"type":"array","items":{"type":"object","additionalProperties":false,
  "required":["text","speaker"],
  "properties":{"text":{"type":"string"},"speaker":{"type":"string"}}}},
 "timeline":{"type":"array","items":{"type":"object","additionalProperties":false,
  "required":["value","event"],
  "properties":{"value":{"type":"string"},"event":{"type":"string"}}}}}}`)

// ErrBadReply: the LLM's answer holds no reply object.
var ErrBadReply = errors.New("the reply is not the JSON object asked for")

// thinkBlock is the reasoning some local models print before answering.
var thinkBlock = regexp.MustCompile(`(?s)<think>.*?</think>`)

// maxObjectTries bounds how many '{' ParseReply tries, so a reply full of
// braces costs little.
const maxObjectTries = 20

// ParseReply finds the reply object in what the LLM returned. It tolerates
// code fences, reasoning blocks and prose around the object; anything that is
// not an object of the expected shape with at least a BLUF or a key point is
// ErrBadReply.
func ParseReply(s string) (Reply, error) {
	s = thinkBlock.ReplaceAllString(s, "")
	var lastErr error
	from := 0
	for try := 0; try < maxObjectTries; try++ {
		i := strings.IndexByte(s[from:], '{')
		if i < 0 {
			break
		}
		from += i
		r, err := decodeReply(s[from:])
		if err == nil {
			return r, nil
		}
		lastErr = err
		from++
	}
	if lastErr != nil {
		return Reply{}, fmt.Errorf("%w: %v", ErrBadReply, lastErr)
	}
	return Reply{}, ErrBadReply
}

// decodeReply decodes the JSON object at the start of s (text may follow it).
func decodeReply(s string) (Reply, error) {
	var raw map[string]json.RawMessage
	if err := json.NewDecoder(strings.NewReader(s)).Decode(&raw); err != nil {
		return Reply{}, err
	}
	if raw["bluf"] == nil && raw["key_points"] == nil {
		return Reply{}, errors.New("no bluf and no key_points")
	}
	var r Reply
	for _, k := range []string{"bluf", "key_points", "quotes", "timeline"} {
		v := raw[k]
		if v == nil || bytes.Equal(v, []byte("null")) {
			continue
		}
		var err error
		switch k {
		case "bluf":
			err = json.Unmarshal(v, &r.BLUF)
		case "key_points":
			err = json.Unmarshal(v, &r.KeyPoints)
		case "quotes":
			err = json.Unmarshal(v, &r.Quotes)
		case "timeline":
			err = json.Unmarshal(v, &r.Timeline)
		}
		if err != nil {
			return Reply{}, fmt.Errorf("%s: %v", k, err)
		}
	}
	return r, nil
}
