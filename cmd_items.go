package main

import (
	"bytes"
	"fmt"
	"io"

	"github.com/urfave/cli/v2"

	"brief/briefing"
	"brief/briefing/quotes"
	"brief/briefing/timex"
	"brief/summarize"
)

// itemOptions are what the inspection commands (clean, sentences, dates,
// quotes) need from the command line.
type itemOptions struct {
	format    briefing.Format
	clean     bool
	published string
}

// itemsFunc writes what one inspection command finds in one input.
type itemsFunc func(w io.Writer, in input, data []byte, opt itemOptions) error

// itemCommand builds an inspection command: one input or many, like brief
// itself, each printed as JSON Lines or as readable lines.
func itemCommand(env *environment, name, usage string, items itemsFunc, flags ...cli.Flag) *cli.Command {
	return &cli.Command{
		Name:         name,
		Usage:        usage,
		ArgsUsage:    "[FILE|DIR|-]...",
		Flags:        append(flags, batchFlags...),
		OnUsageError: onUsageError,
		Action: func(c *cli.Context) error {
			f, err := briefing.ParseFormat(c.String("format"))
			if err != nil {
				return usageError{err.Error()}
			}
			published, err := normalizePublished(c.String("published"))
			if err != nil {
				return err
			}
			opt := itemOptions{format: f, clean: c.Bool("clean") || name == "clean", published: published}
			process := func(in input, data []byte) ([]byte, error) {
				var buf bytes.Buffer
				err := items(&buf, in, data, opt)
				return buf.Bytes(), err
			}
			return runBatch(env, c, f.Ext(), process)
		},
	}
}

// source returns the article the inspection commands work on: the input as
// given, or its cleaned body; its InputOffset maps offsets back to the input.
func source(data []byte, clean bool) (summarize.Article, error) {
	_, art, err := article(data, !clean)
	return art, err
}

func cleanItems(w io.Writer, in input, data []byte, opt itemOptions) error {
	art, err := source(data, true)
	if err != nil {
		return err
	}
	published := publishedFor(in, opt.published, art.Published)
	if opt.format == briefing.JSON {
		return briefing.WriteJSONLine(w, struct {
			Source    string  `json:"source"`
			Title     *string `json:"title"`
			Outlet    *string `json:"outlet"`
			Agency    *string `json:"agency"`
			Published *string `json:"published"`
			Dateline  *string `json:"dateline"`
			Byline    *string `json:"byline"`
			Body      string  `json:"body"`
		}{in.name, briefing.Null(art.Title), briefing.Null(art.Outlet), briefing.Null(art.Agency),
			briefing.Null(published), briefing.Null(art.Dateline), briefing.Null(art.Byline), art.Body})
	}
	for _, kv := range [][2]string{{"title", art.Title}, {"outlet", art.Outlet}, {"agency", art.Agency},
		{"published", published}, {"dateline", art.Dateline}, {"byline", art.Byline}} {
		if kv[1] != "" {
			fmt.Fprintf(w, "%s: %s\n", kv[0], kv[1])
		}
	}
	_, err = fmt.Fprintf(w, "\n%s\n", art.Body)
	return err
}

func sentenceItems(w io.Writer, in input, data []byte, opt itemOptions) error {
	art, err := source(data, opt.clean)
	if err != nil {
		return err
	}
	for _, s := range summarize.Split(art.Body) {
		start, end := art.InputOffset(s.Start), art.InputOffset(s.End)
		if err := writeItem(w, opt.format, struct {
			Start int    `json:"start"`
			End   int    `json:"end"`
			Text  string `json:"text"`
		}{start, end, s.Text}, "%d-%d\t%s\n", start, end, briefing.Fold(s.Text)); err != nil {
			return err
		}
	}
	return nil
}

func dateItems(w io.Writer, in input, data []byte, opt itemOptions) error {
	art, err := source(data, opt.clean)
	if err != nil {
		return err
	}
	published := publishedFor(in, opt.published, art.Published)
	for _, t := range timex.Tag(art.Body, published) {
		start, end := art.InputOffset(t.Start), art.InputOffset(t.End)
		if err := writeItem(w, opt.format, struct {
			Start int    `json:"start"`
			End   int    `json:"end"`
			Text  string `json:"text"`
			Type  string `json:"type"`
			Value string `json:"value"`
		}{start, end, t.Text, t.Type, t.Value}, "%d-%d\t%s\t%s\t%s\n", start, end, t.Type, t.Value, briefing.Fold(t.Text)); err != nil {
			return err
		}
	}
	return nil
}

func quoteItems(w io.Writer, in input, data []byte, opt itemOptions) error {
	art, err := source(data, opt.clean)
	if err != nil {
		return err
	}
	for _, q := range quotes.Extract(art.Body) {
		start, end := art.InputOffset(q.Start), art.InputOffset(q.End)
		who := q.Speaker
		if who == "" {
			who = "?"
		}
		if err := writeItem(w, opt.format, struct {
			Start   int     `json:"start"`
			End     int     `json:"end"`
			Text    string  `json:"text"`
			Speaker *string `json:"speaker"`
			Role    *string `json:"role"`
			Cue     *string `json:"cue"`
		}{start, end, q.Text, briefing.Null(q.Speaker), briefing.Null(q.Role), briefing.Null(q.Cue)},
			"%d-%d\t%s\t“%s”\n", start, end, who, briefing.Fold(q.Text)); err != nil {
			return err
		}
	}
	return nil
}

// writeItem writes one item as a JSON line, or as a readable line.
func writeItem(w io.Writer, f briefing.Format, v any, textFormat string, args ...any) error {
	if f == briefing.JSON {
		return briefing.WriteJSONLine(w, v)
	}
	_, err := fmt.Fprintf(w, textFormat, args...)
	return err
}
