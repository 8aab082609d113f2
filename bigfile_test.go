package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestLargeInputs: a single multi-megabyte line is briefed in bounded time,
// and a 30 MB input is refused at once with a clear limit message naming
// --max-bytes (while a small one beside it still completes).
func TestLargeInputs(t *testing.T) {
	if testing.Short() {
		t.Skip("large inputs")
	}
	dir := t.TempDir()
	sentence := "NATO ministers met in Brussels on Tuesday and agreed to strengthen cyber defense in 2014. "
	oneLine := filepath.Join(dir, "one-line.txt")
	os.WriteFile(oneLine, []byte(strings.Repeat(sentence, 2<<20/len(sentence))), 0o644)
	huge := filepath.Join(dir, "huge.txt")
	os.WriteFile(huge, bytes.Repeat([]byte(sentence), 30<<20/len(sentence)), 0o644)
	small := filepath.Join(dir, "small.txt")
	os.WriteFile(small, []byte(sentence), 0o644)

	start := time.Now()
	var stdout, stderr bytes.Buffer
	code := run([]string{"brief", "--format", "json", "--points", "3", huge, oneLine, small}, nil, &stdout, &stderr)
	elapsed := time.Since(start)
	if code != 1 {
		t.Errorf("exit %d, want 1 (the huge input refused)", code)
	}
	if !strings.Contains(stderr.String(), "huge.txt: input larger than --max-bytes") {
		t.Errorf("stderr = %q, want the limit named", stderr.String())
	}
	if n := strings.Count(stdout.String(), `"source"`); n != 2 {
		t.Errorf("%d briefings, want 2 (the one-line and the small input)", n)
	}
	if elapsed > time.Minute {
		t.Errorf("took %v, want well under a minute", elapsed)
	}
	t.Logf("2 MB single line plus refusal of 30 MB: %v", elapsed)
}
