package main

import (
	"bytes"
	"flag"
	"testing"
)

var update = flag.Bool("update", false, "rewrite golden files in testdata/articles")

// TestGolden checks the briefing of every sample article against its golden
// markdown and JSON (X.txt -> X.golden.md, X.golden.json) through brief
// check itself; -update rewrites them with check --update.
func TestGolden(t *testing.T) {
	for _, format := range []string{"markdown", "json"} {
		t.Run(format, func(t *testing.T) {
			args := []string{"brief", "check", "--format", format}
			if *update {
				args = append(args, "--update")
			}
			var stdout, stderr bytes.Buffer
			if code := run(append(args, "testdata/articles"), nil, &stdout, &stderr); code != 0 {
				t.Errorf("brief check --format %s testdata/articles: exit %d (go test -update rewrites the golden files)\n%s%s",
					format, code, stdout.String(), stderr.String())
			}
		})
	}
}
