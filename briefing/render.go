package briefing

import (
	"fmt"
	"io"
)

// Format is an output format.
type Format string

// The output formats.
const (
	Text     Format = "text"
	Markdown Format = "markdown"
	JSON     Format = "json"
)

// ParseFormat checks a --format value.
func ParseFormat(s string) (Format, error) {
	switch f := Format(s); f {
	case Text, Markdown, JSON:
		return f, nil
	}
	return "", fmt.Errorf("unknown format %q (want text, markdown or json)", s)
}

// Ext is the file extension for outputs in format f.
func (f Format) Ext() string {
	switch f {
	case Markdown:
		return ".md"
	case JSON:
		return ".json"
	}
	return ".txt"
}

// RenderOptions tune Render.
type RenderOptions struct {
	Color bool // ANSI colour in the text format
}

// Render writes b to w in format f.
func Render(w io.Writer, b Briefing, f Format, opt RenderOptions) error {
	switch f {
	case JSON:
		return renderJSON(w, b)
	case Markdown:
		return renderMarkdown(w, b)
	}
	return renderText(w, b, opt.Color)
}
