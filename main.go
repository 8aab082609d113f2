// Brief turns news articles into defense-policy briefings: a header (title,
// outlet, wire agency, publication date, dateline), the bottom line up front,
// key points chosen by extractive sentence scoring, verbatim key quotes with
// their speakers, a timeline of resolved dates, actors and topics.
//
// Usage:
//
//	brief [flags] [FILE|DIR|-]...    a briefing for each input; no argument or '-' reads stdin;
//	                                 a DIR is walked (sorted) for *.txt, *.md, *.html
//	brief check [--update] [--format markdown|json|text] [--min-rouge F] [--junit FILE] PATH...
//	                                 compare briefings with golden files (X.txt -> X.golden.md);
//	                                 a unified diff per difference, then "N passed, N failed"
//	brief clean [FILE|-]             the cleaned article: metadata and body
//	brief sentences [FILE|-]         sentence segmentation
//	brief dates [FILE|-]             temporal expressions, normalised
//	brief quotes [FILE|-]            direct quotes with speakers
//
// Flags may come before or after the inputs. The main ones:
//
//	--format text|markdown|json   output format (text by default; json is JSON Lines)
//	--no-color                    no colour in text output (also NO_COLOR)
//	--points N                    number of key points (default 5)
//	--published DATE              publication date when the text has none; wins over a detected one
//	--out DIR                     one output file per input instead of stdout
//	--jobs N                      inputs processed in parallel (default: all cores)
//	--raw                         the input is the article body as it is
//
// Exit status: 0 when every input was done, 1 when some input failed (each
// failure is one line "brief: <path>: <problem>" on stderr, and the other
// inputs still complete) or check found differences, 2 on a usage error.
package main

import (
	"io"
	"os"
	"runtime/debug"
)

func main() {
	// A briefing allocates many short-lived strings; collecting less often
	// saves about a tenth of the CPU for a few tens of MB. GOGC still rules.
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(400)
	}
	os.Exit(run(os.Args, os.Stdin, os.Stdout, os.Stderr))
}

// run is the whole program with its streams passed in, so tests can call it.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	env := &environment{stdin: stdin, stdout: stdout, stderr: stderr}
	app := newApp(env)
	err := app.Run(permuteArgs(app, args))
	return env.exitCode(err)
}
