// Package prompts holds the prompt templates of the LLM pass. The templates
// are *.tmpl files embedded in the binary; a folder of files with the same
// names can replace them (brief --prompts DIR). Templates are parsed with
// missingkey=error so that a prompt never goes out with a hole in it.
package prompts

import (
	"bytes"
	"embed"
	"fmt"
	"io/fs"
	"text/template"
)

//go:embed *.tmpl
var embedded embed.FS

// Set is a parsed set of prompt templates.
type Set struct {
	t *template.Template
}

// Default is the embedded set.
var Default = mustParse(embedded)

// Render renders the embedded template name (without ".tmpl") with data.
func Render(name string, data any) (string, error) {
	return Default.Render(name, data)
}

// Parse reads every *.tmpl file of fsys into a Set. Templates it lacks are
// taken from the embedded set, so a folder may override only some of them.
func Parse(fsys fs.FS) (*Set, error) {
	t, err := Default.t.Clone()
	if err != nil {
		return nil, err
	}
	names, err := fs.Glob(fsys, "*.tmpl")
	if err != nil {
		return nil, err
	}
	for _, n := range names {
		src, err := fs.ReadFile(fsys, n)
		if err != nil {
			return nil, err
		}
		if _, err := t.New(n[:len(n)-len(".tmpl")]).Parse(string(src)); err != nil {
			return nil, fmt.Errorf("prompt %s: %w", n, err)
		}
	}
	return &Set{t}, nil
}

// Render renders template name (without ".tmpl") with data.
func (s *Set) Render(name string, data any) (string, error) {
	t := s.t.Lookup(name)
	if t == nil {
		return "", fmt.Errorf("no prompt template %q", name)
	}
	var buf bytes.Buffer
	if err := t.Execute(&buf, data); err != nil {
		return "", fmt.Errorf("prompt %s: %w", name, err)
	}
	return buf.String(), nil
}

func mustParse(fsys fs.FS) *Set {
	t := template.New("").Option("missingkey=error")
	names, err := fs.Glob(fsys, "*.tmpl")
	if err != nil {
		panic(err)
	}
	for _, n := range names {
		src, err := fs.ReadFile(fsys, n)
		if err != nil {
			panic(err)
		}
		template.Must(t.New(n[:len(n)-len(".tmpl")]).Parse(string(src)))
	}
	return &Set{t}
}
