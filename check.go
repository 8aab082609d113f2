package main

import (
	"os"
	"slices"
	"time"

	"github.com/urfave/cli/v2"

	"brief/briefing"
)

// checkCommand compares briefings with golden files: X.txt -> X.golden.md
// beside it (or .json, .txt with --format). Differences print a unified
// diff; the run ends with the line "N passed, N failed" and exits 1 on any
// failure. --update rewrites the golden files instead.
func checkCommand(env *environment) *cli.Command {
	flags := []cli.Flag{
		&cli.BoolFlag{Name: "update", Usage: "write the current briefings to the golden files (atomically; inputs are never touched)"},
		&cli.StringFlag{Name: "format", Value: "markdown", Usage: "golden file format: markdown (X.golden.md), json (X.golden.json) or text (X.golden.txt)"},
		&cli.Float64Flag{Name: "min-rouge", Usage: "pass when the ROUGE-L F1 of every section against the golden one is at least `F` (0 to 1; for LLM output)"},
		&cli.StringFlag{Name: "junit", Usage: "also write a JUnit XML report (one testcase per input) to `FILE`"},
		noColorFlag, pointsFlag, publishedFlag, rawFlag, jobsFlag, maxBytesFlag,
	}
	flags = append(flags, llmFlags()...)
	return &cli.Command{
		Name:         "check",
		Usage:        "compare briefings with golden files (X.txt -> X.golden.md)",
		UsageText:    "brief check [--update] [--format markdown|json|text] [--min-rouge F] [--junit FILE] PATH...",
		ArgsUsage:    "PATH...",
		Flags:        flags,
		OnUsageError: onUsageError,
		Action:       func(c *cli.Context) error { return checkAction(env, c) },
	}
}

// checkOptions are what check needs from the command line.
type checkOptions struct {
	cfg      *briefConfig
	update   bool
	minRouge float64 // 0: exact comparison only
	junit    string
	color    bool   // colour the diffs
	github   bool   // GitHub Actions annotations
	summary  string // $GITHUB_STEP_SUMMARY, appended to
}

func checkAction(env *environment, c *cli.Context) error {
	opt, err := checkOptionsFrom(env, c)
	if err != nil {
		return err
	}
	r := newCheckRun(env, opt)
	inputs, orphans := r.collect(c.Args().Slice())
	batch(env, slices.Values(inputs), c.Int("jobs"), c.Int64("max-bytes"), r.process, r.emit)
	for _, g := range orphans {
		r.record(orphanOutcome(g))
	}
	return r.finish()
}

func checkOptionsFrom(env *environment, c *cli.Context) (*checkOptions, error) {
	if c.NArg() == 0 {
		return nil, usagef("check needs at least one PATH (an article or a folder of articles)")
	}
	for _, a := range c.Args().Slice() {
		if a == "-" {
			return nil, usagef("check cannot read stdin: golden files sit beside their inputs")
		}
	}
	minRouge := c.Float64("min-rouge")
	if minRouge < 0 || minRouge > 1 {
		return nil, usagef("--min-rouge must be between 0 and 1, not %g", minRouge)
	}
	if err := checkLLMDefaults(c); err != nil {
		return nil, err
	}
	cfg, err := briefConfigFrom(env, c)
	if err != nil {
		return nil, err
	}
	cfg.color = false // golden files never hold colour
	return &checkOptions{
		cfg:      cfg,
		update:   c.Bool("update"),
		minRouge: minRouge,
		junit:    c.String("junit"),
		color:    wantColor(env, c),
		github:   os.Getenv("GITHUB_ACTIONS") == "true",
		summary:  os.Getenv("GITHUB_STEP_SUMMARY"),
	}, nil
}

// checkRun is one run of check: its options and the outcomes so far.
type checkRun struct {
	env      *environment
	opt      *checkOptions
	ext      string // the golden files' extension, e.g. ".md"
	start    time.Time
	outcomes []outcome
	passed   int
	failed   int
}

func newCheckRun(env *environment, opt *checkOptions) *checkRun {
	return &checkRun{env: env, opt: opt, ext: opt.cfg.format.Ext(), start: time.Now()}
}

// format is the format golden files are written and compared in.
func (r *checkRun) format() briefing.Format { return r.opt.cfg.format }
