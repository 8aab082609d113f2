package briefing

import (
	"sync"

	"github.com/pkoukk/tiktoken-go"
	tiktoken_loader "github.com/pkoukk/tiktoken-go-loader"
)

// TokenCounter counts the tokens of a text.
type TokenCounter func(string) int

// fallbackEncoding is used for models tiktoken does not know (local models
// have their own tokenizers; cl100k_base is a fair estimate for them).
const fallbackEncoding = "cl100k_base"

var (
	loaderOnce sync.Once
	encMu      sync.Mutex
	encodings  = map[string]*tiktoken.Tiktoken{}
)

// Tokens returns a counter for model's tokenizer. The BPE tables ship inside
// the binary (tiktoken-go-loader), so counting never touches the network;
// they are loaded on first use, so runs without --llm never pay for them.
func Tokens(model string) TokenCounter {
	loaderOnce.Do(func() { tiktoken.SetBpeLoader(tiktoken_loader.NewOfflineLoader()) })
	encMu.Lock()
	defer encMu.Unlock()
	enc, ok := encodings[model]
	if !ok {
		var err error
		if enc, err = tiktoken.EncodingForModel(model); err != nil {
			enc, err = tiktoken.GetEncoding(fallbackEncoding)
		}
		if err != nil {
			return estimateTokens
		}
		encodings[model] = enc
	}
	return func(s string) int { return len(enc.EncodeOrdinary(s)) }
}

// estimateTokens is the usual four bytes a token, for when no table loads.
func estimateTokens(s string) int { return (len(s) + 3) / 4 }
