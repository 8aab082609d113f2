package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"sync"

	"github.com/mattn/go-isatty"
)

// environment is what the program talks to: its streams, and the record of
// failures so far. Errors on single inputs are reported and the run goes on
// (Failf); errors that make the run meaningless stop it (returned errors).
type environment struct {
	stdin          io.Reader
	stdout, stderr io.Writer

	mu     sync.Mutex
	failed bool
}

// errSomeFailed is returned by actions after they reported failed inputs.
var errSomeFailed = errors.New("some inputs failed")

// errDiffers is returned by check when golden files differ.
var errDiffers = errors.New("differences found")

// usageError marks errors in how brief was called (exit 2).
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

func usagef(format string, args ...any) error {
	return usageError{fmt.Sprintf(format, args...)}
}

// Failf reports a failed input on stderr and records the failure.
func (e *environment) Failf(format string, args ...any) {
	e.mu.Lock()
	defer e.mu.Unlock()
	e.failed = true
	msg := strings.TrimRight(fmt.Sprintf(format, args...), "\n")
	fmt.Fprintf(e.stderr, "brief: %s\n", oneLine(msg))
}

// Warnf reports a problem that did not fail the input.
func (e *environment) Warnf(format string, args ...any) {
	e.mu.Lock()
	defer e.mu.Unlock()
	fmt.Fprintf(e.stderr, "brief: warning: %s\n", oneLine(fmt.Sprintf(format, args...)))
}

// oneLine keeps every report on a single line whatever the error text holds.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// finish turns the failures recorded during an action into its error.
func (e *environment) finish() error {
	e.mu.Lock()
	defer e.mu.Unlock()
	if e.failed {
		return errSomeFailed
	}
	return nil
}

// exitCode maps the error of a run to the exit status.
func (e *environment) exitCode(err error) int {
	var ue usageError
	switch {
	case err == nil:
		return 0
	case errors.Is(err, errSomeFailed), errors.Is(err, errDiffers):
		return 1
	case errors.As(err, &ue):
		fmt.Fprintf(e.stderr, "brief: %s\nhint: run 'brief --help' for usage\n", oneLine(err.Error()))
		return 2
	}
	fmt.Fprintf(e.stderr, "brief: %s\n", oneLine(err.Error()))
	return 1
}

// isTerminal reports whether stream (a reader or writer) is a terminal.
func isTerminal(stream any) bool {
	f, ok := stream.(*os.File)
	return ok && (isatty.IsTerminal(f.Fd()) || isatty.IsCygwinTerminal(f.Fd()))
}
