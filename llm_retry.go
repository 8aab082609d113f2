package main

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"net/http"
	"time"

	"brief/briefing"
)

// Retry policy: rate limits (429) and server errors (5xx) are retried with
// exponential backoff and jitter, honouring Retry-After; client errors (400,
// 401, 403, 404) and time-outs are not, since trying again cannot help.
var (
	llmMaxTries      = 4
	llmBackoffBase   = time.Second      // the wait before the second try, before jitter
	llmBackoffMax    = 20 * time.Second // the longest computed wait
	llmRetryAfterMax = time.Minute      // a longer Retry-After gives up at once
)

// retrying is a briefing.Rewriter that gives each try its own time-out and
// retries what may succeed later.
type retrying struct {
	next    briefing.Rewriter
	timeout time.Duration
	sleep   func(ctx context.Context, d time.Duration) error
}

var _ briefing.Rewriter = (*retrying)(nil)

func (r *retrying) Complete(ctx context.Context, req briefing.Request) (string, error) {
	for try := 1; ; try++ {
		out, err := r.once(ctx, req)
		if err == nil {
			return out, nil
		}
		wait, again := backoff(err, try)
		if !again || try >= llmMaxTries {
			if try > 1 {
				err = fmt.Errorf("%w (after %d tries)", err, try)
			}
			return "", err
		}
		if err := r.sleep(ctx, wait); err != nil {
			return "", err
		}
	}
}

func (r *retrying) once(ctx context.Context, req briefing.Request) (string, error) {
	tctx, cancel := context.WithTimeout(ctx, r.timeout)
	defer cancel()
	out, err := r.next.Complete(tctx, req)
	if err != nil && errors.Is(tctx.Err(), context.DeadlineExceeded) && ctx.Err() == nil {
		return "", fmt.Errorf("no reply within %s (--llm-timeout)", r.timeout)
	}
	return out, err
}

// backoff says whether err is worth another try and how long to wait first:
// the server's Retry-After when it gives one, else base*2^(try-1) with
// equal jitter (half fixed, half random), so that parallel jobs spread out.
func backoff(err error, try int) (time.Duration, bool) {
	var ae *apiError
	if !errors.As(err, &ae) || !(ae.status == http.StatusTooManyRequests || ae.status >= 500) {
		return 0, false
	}
	if ae.retryAfter > llmRetryAfterMax {
		return 0, false
	}
	d := llmBackoffBase << (try - 1)
	if d > llmBackoffMax || d <= 0 {
		d = llmBackoffMax
	}
	d = d/2 + rand.N(d/2+1)
	if ae.retryAfter > d {
		d = ae.retryAfter
	}
	return d, true
}

// sleepCtx waits for d or until ctx ends.
func sleepCtx(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}
