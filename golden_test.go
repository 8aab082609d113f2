package main

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite golden files in testdata/articles")

// TestGolden checks the briefing of every sample article against its golden
// markdown and JSON (X.txt -> X.golden.md, X.golden.json); -update rewrites
// them. The same golden markdown is what `brief check testdata/articles`
// compares in CI.
func TestGolden(t *testing.T) {
	inputs, _ := filepath.Glob("testdata/articles/*.txt")
	if len(inputs) == 0 {
		t.Fatal("no sample articles in testdata/articles")
	}
	for _, in := range inputs {
		for _, format := range []string{"markdown", "json"} {
			golden := strings.TrimSuffix(in, ".txt") + ".golden." + map[string]string{"markdown": "md", "json": "json"}[format]
			t.Run(filepath.Base(golden), func(t *testing.T) {
				var stdout, stderr bytes.Buffer
				if code := run([]string{"brief", "--format", format, "--no-color", in}, nil, &stdout, &stderr); code != 0 {
					t.Fatalf("exit %d: %s", code, stderr.String())
				}
				if *update {
					if err := os.WriteFile(golden, stdout.Bytes(), 0o644); err != nil {
						t.Fatal(err)
					}
					return
				}
				want, err := os.ReadFile(golden)
				if err != nil {
					t.Fatalf("%v (run go test -update to create it)", err)
				}
				if !bytes.Equal(stdout.Bytes(), want) {
					t.Errorf("briefing differs from %s (go test -update rewrites it):\n--- got\n%s\n--- want\n%s", golden, stdout.String(), want)
				}
			})
		}
	}
}
