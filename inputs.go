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

	data      []byte // the text itself, for inputs that are not files (JSON Lines records)
	hasData   bool
	published string // the record's own publication date, if it gave one
	err       error  // a problem found while reading the input list (bad JSON Lines record)
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
		if !d.Type().IsRegular() && d.Type()&fs.ModeSymlink == 0 {
			return nil // a named pipe or device in a folder would block the read
		}
		if d.Type()&fs.ModeSymlink != 0 {
			// Links are followed to files only: a link to a folder could loop.
			fi, err := os.Stat(p)
			if err != nil {
				env.Failf("%s: %s", filepath.ToSlash(p), describe(err))
				return nil
			}
			if fi.IsDir() {
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

// defaultMaxBytes bounds one input unless --max-bytes says otherwise: far
// above any article, low enough that one input cannot exhaust memory.
const defaultMaxBytes = 8 << 20

// read returns the bytes of in, at most limit of them.
func (in input) read(stdin io.Reader, limit int64) ([]byte, error) {
	if in.err != nil {
		return nil, in.err
	}
	if in.hasData {
		if int64(len(in.data)) > limit {
			return nil, errTooLarge(limit)
		}
		return in.data, nil
	}
	var r io.Reader = stdin
	if in.path != "" {
		f, err := os.Open(in.path)
		if err != nil {
			return nil, errors.New(describe(err))
		}
		defer f.Close()
		if fi, err := f.Stat(); err == nil && fi.IsDir() {
			return nil, errors.New("is a folder")
		}
		r = f
	}
	b, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, errors.New(describe(err))
	}
	if int64(len(b)) > limit {
		return nil, errTooLarge(limit)
	}
	return b, nil
}

func errTooLarge(limit int64) error {
	return fmt.Errorf("input larger than --max-bytes %d; raise it to brief this input", limit)
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
