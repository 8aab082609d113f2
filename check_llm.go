package main

import (
	"errors"

	"github.com/urfave/cli/v2"
)

// The seam between check and the LLM pass's answer cache. brief check --llm
// replays recorded answers so CI runs offline and deterministically; an
// input whose answer is not recorded is its own failure, not a silent
// fallback to the extractive briefing.
//
// When the LLM pass lands: set errLLMCacheMiss to briefing.ErrCacheMiss
// (the error cfg.brief returns in read mode for an unrecorded answer), and
// make the flag names below match llmFlags().
var errLLMCacheMiss error

const (
	llmCacheFlag     = "llm-cache"      // the cache folder
	llmCacheModeFlag = "llm-cache-mode" // how the cache is used
	llmCacheReplay   = "read"           // the mode that never calls the LLM
)

// cacheMissHint tells how to record a missing answer.
const cacheMissHint = "record it by running once with --update and a --" + llmCacheModeFlag + " that writes"

// isCacheMiss reports whether err is the LLM cache's "no recorded answer".
func isCacheMiss(err error) bool {
	return errLLMCacheMiss != nil && errors.Is(err, errLLMCacheMiss)
}

// checkLLMDefaults makes "brief check --llm --llm-cache DIR" replay only,
// unless the cache mode was given. With --update the user's mode stands too,
// so recording new answers stays an explicit choice.
func checkLLMDefaults(c *cli.Context) error {
	if !c.Bool("llm") || !hasFlag(c, llmCacheModeFlag) || !c.IsSet(llmCacheFlag) || c.IsSet(llmCacheModeFlag) {
		return nil
	}
	return c.Set(llmCacheModeFlag, llmCacheReplay)
}

// hasFlag reports whether the command of c defines the flag name.
func hasFlag(c *cli.Context, name string) bool {
	if c.Command == nil {
		return false
	}
	for _, f := range c.Command.Flags {
		for _, n := range f.Names() {
			if n == name {
				return true
			}
		}
	}
	return false
}
