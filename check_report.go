package main

import (
	"fmt"
	"io"
	"time"
)

// record reports one outcome as it comes, in input order: failures are one
// line "brief: <path>: <problem>" on stderr with the diff on stdout; with
// --min-rouge every input's figure is printed; with --update every golden
// file written.
func (r *checkRun) record(o outcome) {
	r.outcomes = append(r.outcomes, o)
	if o.kind.failed() {
		r.failed++
		r.env.Failf("%s: %s", o.name, o.msg)
	} else {
		r.passed++
	}
	out := r.env.stdout
	if o.rouge != nil && o.kind != kindError {
		fmt.Fprintf(out, "%s: ROUGE-L F1 %.3f (%s)\n", o.name, o.rouge.f1, o.rouge.describe())
	}
	if o.kind == kindUpdated {
		fmt.Fprintf(out, "%s %s\n", o.msg, o.golden)
	}
	if o.diff != "" {
		d := o.diff
		if r.opt.color {
			d = colorDiff(d)
		}
		io.WriteString(out, d)
	}
	if r.opt.github && o.kind.failed() {
		io.WriteString(out, annotation(o))
	}
}

// finish ends the run: the summary line alone on stdout (CI systems parse
// it), the GitHub step summary and the JUnit report when asked for, and the
// error that gives the exit status.
func (r *checkRun) finish() error {
	fmt.Fprintf(r.env.stdout, "%d passed, %d failed\n", r.passed, r.failed)
	if r.opt.github && r.opt.summary != "" {
		if err := appendStepSummary(r.opt.summary, r.outcomes, r.passed, r.failed); err != nil {
			r.env.Warnf("writing the GitHub step summary: %v", err)
		}
	}
	if r.opt.junit != "" {
		if err := writeJUnit(r.opt.junit, r.outcomes, r.elapsed()); err != nil {
			r.env.Failf("%s: %v", r.opt.junit, err)
			return errSomeFailed
		}
	}
	if r.failed > 0 {
		return errDiffers
	}
	return r.env.finish()
}

func (r *checkRun) elapsed() float64 {
	return float64(time.Since(r.start).Milliseconds()) / 1000
}
