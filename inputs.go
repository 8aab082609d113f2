package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// input is one article to process: a file, or stdin.
type input struct {
	name string // as shown to the user: the path, or "-" for stdin
	path string // the file to read; "" for stdin
	rel  string // path relative to the argument it was found under (for --out)
}

// articleExts are the file kinds a folder is walked for.
var articleExts = map[string]bool{".txt": true, ".md": true, ".html": true, ".htm": true}

// expandInputs turns the command-line arguments into inputs, in order.
// Folders are walked in lexical order; an argument that cannot be used is
// reported with env.Failf and skipped.
func expandInputs(env *environment, args []string) []input {
	if len(args) == 0 {
		return []input{{name: "-"}}
	}
	var out []input
	for _, a := range args {
		if a == "-" {
			out = append(out, input{name: "-"})
			continue
		}
		fi, err := os.Stat(a)
		if err != nil {
			env.Failf("%s: %s", a, describe(err))
			continue
		}
		if !fi.IsDir() {
			out = append(out, input{name: a, path: a, rel: filepath.Base(a)})
			continue
		}
		found := walkArticles(env, a)
		if len(found) == 0 {
			env.Failf("%s: no articles (*.txt, *.md, *.html) in folder", a)
		}
		out = append(out, found...)
	}
	return out
}

// walkArticles lists the article files under dir in lexical order. Symbolic
// links to folders are not followed, so a link loop cannot trap the walk.
func walkArticles(env *environment, dir string) []input {
	var out []input
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			env.Failf("%s: %s", p, describe(err))
			return nil
		}
		if d.IsDir() || !isArticleFile(p) || isGoldenFile(p) {
			return nil
		}
		if d.Type()&fs.ModeSymlink != 0 {
			if fi, err := os.Stat(p); err != nil || fi.IsDir() {
				return nil
			}
		}
		rel, _ := filepath.Rel(dir, p)
		out = append(out, input{name: filepath.ToSlash(p), path: p, rel: rel})
		return nil
	})
	if err != nil {
		env.Failf("%s: %s", dir, describe(err))
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].path < out[j].path })
	return out
}

func isArticleFile(p string) bool {
	return articleExts[strings.ToLower(filepath.Ext(p))]
}

// isGoldenFile reports whether p is a golden briefing (X.golden.md), which
// lives beside its input and is not itself an article.
func isGoldenFile(p string) bool {
	return strings.Contains(filepath.Base(p), ".golden.")
}

// maxInputBytes bounds one input unless --max-bytes says otherwise.
const maxInputBytes = 64 << 20

// read returns the bytes of in, at most limit of them.
func (in input) read(stdin io.Reader, limit int64) ([]byte, error) {
	var r io.Reader = stdin
	if in.path != "" {
		f, err := os.Open(in.path)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		r = f
	}
	b, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, err
	}
	if int64(len(b)) > limit {
		return nil, fmt.Errorf("input larger than %d bytes (raise --max-bytes to allow it)", limit)
	}
	return b, nil
}

// describe words an I/O error for a one-line report without repeating the path.
func describe(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return "no such file or folder"
	case errors.Is(err, fs.ErrPermission):
		return "permission denied"
	}
	return err.Error()
}
