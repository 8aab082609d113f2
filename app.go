package main

import (
	"runtime"
	"strings"

	"github.com/urfave/cli/v2"
)

// Flags shared by several commands.
var (
	formatFlag    = &cli.StringFlag{Name: "format", Value: "text", Usage: "output format: text, markdown or json (JSON Lines)"}
	noColorFlag   = &cli.BoolFlag{Name: "no-color", Usage: "no colour in text output (also NO_COLOR)", EnvVars: nil}
	publishedFlag = &cli.StringFlag{Name: "published", Usage: "publication `DATE` (ISO date or date-time); wins over a detected one"}
	outFlag       = &cli.StringFlag{Name: "out", Usage: "write one output file per input into `DIR` instead of stdout"}
	jobsFlag      = &cli.IntFlag{Name: "jobs", Value: runtime.NumCPU(), Usage: "inputs processed in parallel"}
	rawFlag       = &cli.BoolFlag{Name: "raw", Usage: "the input is the article body as it is: no page-furniture removal, no metadata detection"}
	cleanFlag     = &cli.BoolFlag{Name: "clean", Usage: "clean the page text first (offsets still point into the input)"}
	pointsFlag    = &cli.IntFlag{Name: "points", Value: 5, Usage: "number of key points"}
)

func newApp(env *environment) *cli.App {
	briefFlags := []cli.Flag{formatFlag, noColorFlag, pointsFlag, publishedFlag, rawFlag}
	briefFlags = append(briefFlags, batchFlags...)
	briefFlags = append(briefFlags, llmFlags()...)
	app := &cli.App{
		Name:            "brief",
		Usage:           "turn news articles into defense-policy briefings",
		UsageText:       "brief [flags] [FILE|DIR|-]...\nbrief command [flags] [FILE|DIR|-]...",
		Reader:          env.stdin,
		Writer:          env.stdout,
		ErrWriter:       env.stderr,
		ExitErrHandler:  func(*cli.Context, error) {},
		OnUsageError:    onUsageError,
		HideHelpCommand: true,
		Flags:           briefFlags,
		Action:          func(c *cli.Context) error { return briefAction(env, c) },
		Commands: []*cli.Command{
			checkCommand(env),
			itemCommand(env, "clean", "the cleaned article: metadata and body", cleanItems,
				formatFlag, publishedFlag),
			itemCommand(env, "sentences", "sentence segmentation", sentenceItems,
				formatFlag, cleanFlag),
			itemCommand(env, "dates", "temporal expressions, normalised", dateItems,
				formatFlag, cleanFlag, publishedFlag),
			itemCommand(env, "quotes", "direct quotes with speakers", quoteItems,
				formatFlag, cleanFlag),
		},
	}
	return app
}

// onUsageError marks flag errors as usage errors (exit 2).
func onUsageError(_ *cli.Context, err error, _ bool) error {
	return usageError{err.Error()}
}

// permuteArgs moves flags ahead of the inputs, so "brief a.txt --format json"
// works as users expect (urfave/cli stops at the first argument otherwise).
// A lone "--" ends flags.
func permuteArgs(app *cli.App, args []string) []string {
	if len(args) < 2 {
		return args
	}
	out := []string{args[0]}
	rest := args[1:]
	flags := app.Flags
	// The command name, if any, is the first argument that is not a flag or a flag's value.
	for i := 0; i < len(rest); i++ {
		a := rest[i]
		if a == "--" {
			break
		}
		if isFlagArg(a) {
			if takesValue(flags, a) {
				i++
			}
			continue
		}
		if cmd := app.Command(a); cmd != nil {
			out = append(out, reorder(flags, rest[:i])...)
			out = append(out, a)
			out = append(out, reorder(cmd.Flags, rest[i+1:])...)
			return out
		}
		break
	}
	return append(out, reorder(flags, rest)...)
}

// reorder puts flags (with their values) first and other arguments after.
func reorder(flags []cli.Flag, args []string) []string {
	var fl, pos []string
	for i := 0; i < len(args); i++ {
		a := args[i]
		switch {
		case a == "--":
			pos = append(pos, args[i:]...)
			i = len(args)
		case isFlagArg(a):
			fl = append(fl, a)
			if takesValue(flags, a) && i+1 < len(args) {
				fl = append(fl, args[i+1])
				i++
			}
		default:
			pos = append(pos, a)
		}
	}
	if len(pos) > 0 && pos[0] != "--" {
		fl = append(fl, "--")
	}
	return append(fl, pos...)
}

func isFlagArg(a string) bool { return len(a) > 1 && a[0] == '-' && a != "--" }

// takesValue reports whether flag argument a ("--points" or "-points") needs
// the next argument as its value.
func takesValue(flags []cli.Flag, a string) bool {
	name := strings.TrimLeft(a, "-")
	if strings.Contains(name, "=") {
		return false
	}
	for _, f := range flags {
		for _, n := range f.Names() {
			if n == name {
				_, isBool := f.(*cli.BoolFlag)
				return !isBool
			}
		}
	}
	return false
}
