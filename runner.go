package main

import (
	"fmt"
	"iter"
	"slices"

	"github.com/schollz/progressbar/v3"
	"github.com/urfave/cli/v2"
)

// Flags of every command that processes a batch of inputs.
var (
	maxBytesFlag    = &cli.Int64Flag{Name: "max-bytes", Value: defaultMaxBytes, Usage: "refuse inputs larger than `N` bytes"}
	quietFlag       = &cli.BoolFlag{Name: "quiet", Aliases: []string{"q"}, Usage: "no progress bar"}
	inputFormatFlag = &cli.StringFlag{Name: "input-format", Value: "text", Usage: "text (files, folders, stdin) or jsonl: {\"id\",\"text\",\"published\"?} per line on stdin"}
)

// batchFlags are added to every batch command.
var batchFlags = []cli.Flag{outFlag, jobsFlag, maxBytesFlag, quietFlag, inputFormatFlag}

// runBatch processes the command's inputs with process and writes each
// output (or failure) in input order.
func runBatch(env *environment, c *cli.Context, ext string, process processFunc) error {
	inputs, total, err := inputSource(env, c)
	if err != nil {
		return err
	}
	limit := c.Int64("max-bytes")
	if limit < 1 {
		return usagef("--max-bytes must be positive")
	}
	emit := emitter(env, c.String("out"), ext)
	if bar := progressBar(env, c, total); bar != nil {
		inner := emit
		emit = func(in input, r result) {
			bar.Clear()
			inner(in, r)
			bar.Add(1)
		}
		defer bar.Finish()
	}
	batch(env, inputs, c.Int("jobs"), limit, process, emit)
	return env.finish()
}

// inputSource returns the inputs and their number (-1 for a stream).
func inputSource(env *environment, c *cli.Context) (iter.Seq[input], int, error) {
	switch c.String("input-format") {
	case "jsonl":
		if c.Args().Len() > 0 {
			return nil, 0, usagef("--input-format jsonl reads stdin; got file arguments")
		}
		return jsonlInputs(env.stdin, c.Int64("max-bytes")), -1, nil
	case "text", "":
		list := expandInputs(env, c.Args().Slice())
		if slices.ContainsFunc(list, func(in input) bool { return in.path == "" }) && isTerminal(env.stdin) {
			fmt.Fprintln(env.stderr, "brief: reading the article from the terminal; end it with Ctrl-D")
		}
		return slices.Values(list), len(list), nil
	}
	return nil, 0, usagef("unknown --input-format %q (want text or jsonl)", c.String("input-format"))
}

// progressBar shows progress on stderr for batches, only on a terminal.
func progressBar(env *environment, c *cli.Context, total int) *progressbar.ProgressBar {
	if c.Bool("quiet") || !isTerminal(env.stderr) || total == 0 || total == 1 {
		return nil
	}
	return progressbar.NewOptions(total,
		progressbar.OptionSetWriter(env.stderr),
		progressbar.OptionSetDescription("briefing"),
		progressbar.OptionShowCount(),
		progressbar.OptionClearOnFinish(),
		progressbar.OptionThrottle(100_000_000),
	)
}
