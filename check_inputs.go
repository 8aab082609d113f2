package main

import (
	"bytes"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// goldenPath is the golden file of input p: X.txt -> X.golden.md for ext ".md".
func goldenPath(p, ext string) string {
	return strings.TrimSuffix(p, filepath.Ext(p)) + ".golden" + ext
}

// collect turns check's arguments into the inputs to compare and the
// golden files found in folders that have no input. Arguments that cannot
// be used, and inputs that would share a golden file, are recorded as
// failures here.
func (r *checkRun) collect(args []string) (inputs []input, orphans []string) {
	seen := map[string]string{} // golden path -> input path that owns it
	for _, a := range args {
		found, bad, isDir := r.expand(a)
		for _, o := range bad {
			r.record(o)
		}
		for _, in := range found {
			g := filepath.Clean(goldenPath(in.path, r.ext))
			switch prev, ok := seen[g]; {
			case !ok:
				seen[g] = in.path
				inputs = append(inputs, in)
			case filepath.Clean(prev) != filepath.Clean(in.path):
				r.record(failure(in.name, kindError, fmt.Sprintf("shares the golden file %s with %s; rename one of them", goldenPath(in.name, r.ext), prev)))
			}
		}
		if isDir {
			orphans = append(orphans, r.orphans(a)...)
		}
	}
	return inputs, orphans
}

// expand lists the inputs of one argument: a file, or the articles of a
// folder walked in lexical order, and whether it is a folder.
func (r *checkRun) expand(a string) ([]input, []outcome, bool) {
	fi, err := os.Stat(a)
	if err != nil {
		return nil, []outcome{failure(a, kindError, describe(err))}, false
	}
	if !fi.IsDir() {
		if isGoldenFile(a) {
			return nil, []outcome{failure(a, kindError, "is a golden file; give its article (X.txt, .md or .html) or the folder")}, false
		}
		return []input{{name: a, path: a, rel: filepath.Base(a)}}, nil, false
	}
	// walkArticles reports unreadable entries itself; count them as failures.
	var msgs bytes.Buffer
	sub := &environment{stdin: r.env.stdin, stdout: r.env.stdout, stderr: &msgs}
	found := walkArticles(sub, a)
	var bad []outcome
	for _, line := range strings.Split(strings.TrimSpace(msgs.String()), "\n") {
		if line != "" {
			bad = append(bad, failure(a, kindError, strings.TrimPrefix(line, "brief: ")))
		}
	}
	if len(found) == 0 && !r.hasGoldens(a) {
		bad = append(bad, failure(a, kindError, "no articles (*.txt, *.md, *.html) in folder"))
	}
	return found, bad, true
}

// orphans lists the golden files under dir (of check's format) whose
// article does not exist, in lexical order.
func (r *checkRun) orphans(dir string) []string {
	var out []string
	for _, g := range r.goldens(dir) {
		if !hasArticle(g, r.ext) {
			out = append(out, g)
		}
	}
	return out
}

func (r *checkRun) hasGoldens(dir string) bool { return len(r.goldens(dir)) > 0 }

// goldens lists the golden files of check's format under dir, as slash paths.
func (r *checkRun) goldens(dir string) []string {
	suffix := ".golden" + r.ext
	var out []string
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(strings.ToLower(p), suffix) {
			out = append(out, filepath.ToSlash(p))
		}
		return nil
	})
	sort.Strings(out)
	return out
}

// articleExtList is articleExts in a fixed order, for messages and look-ups.
var articleExtList = []string{".txt", ".md", ".html", ".htm"}

// hasArticle reports whether golden file g has its article beside it.
func hasArticle(g, ext string) bool {
	base := g[:len(g)-len(".golden"+ext)]
	for _, e := range articleExtList {
		if fi, err := os.Stat(filepath.FromSlash(base + e)); err == nil && !fi.IsDir() {
			return true
		}
	}
	return false
}

// orphanOutcome is the failure of a golden file without its article.
func orphanOutcome(g string) outcome {
	base := g[:strings.LastIndex(g, ".golden.")]
	o := failure(g, kindOrphan, fmt.Sprintf("golden file without an article (no %s.txt, .md or .html); delete it or restore the article", base))
	o.golden = g
	return o
}
