// Command eval measures brief on the development sets in ../shared/eval and
// prints the figures the quality issues ask for.
//
//	go run ./internal/eval TASK [EVAL_DIR]   one task's figures
//	go run ./internal/eval gate [EVAL_DIR]   every task; exit 1 if a figure is below its floor
//	go run ./internal/eval list              the tasks
//
// EVAL_DIR defaults to ../shared/eval. Floors are the figures reached so far
// (a ratchet): raise them when a change raises the figure.
package main

import (
	"fmt"
	"io"
	"os"
	"sort"
)

// task is one measurement.
type task struct {
	name  string
	about string
	// run measures and prints a report to w; it returns the gated figures.
	run func(evalDir string, w io.Writer) (map[string]float64, error)
	// floors: the least each gated figure may be.
	floors map[string]float64
}

var tasks = map[string]task{}

// register adds a task; each task file calls it from init.
func register(t task) { tasks[t.name] = t }

func main() { os.Exit(mainErr(os.Args[1:], os.Stdout, os.Stderr)) }

func mainErr(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprintln(stderr, "usage: eval TASK|gate|list [EVAL_DIR]")
		return 2
	}
	dir := "../shared/eval"
	if len(args) > 1 {
		dir = args[1]
	}
	switch args[0] {
	case "list":
		for _, n := range taskNames() {
			fmt.Fprintf(stdout, "%-12s %s\n", n, tasks[n].about)
		}
		return 0
	case "gate":
		return gate(dir, taskNames(), stdout, stderr)
	}
	if _, ok := tasks[args[0]]; !ok {
		fmt.Fprintf(stderr, "eval: unknown task %q (see 'eval list')\n", args[0])
		return 2
	}
	return gate(dir, []string{args[0]}, stdout, stderr)
}

// gate runs the named tasks and checks every gated figure against its floor.
func gate(dir string, names []string, stdout, stderr io.Writer) int {
	failed := 0
	for _, n := range names {
		t := tasks[n]
		fmt.Fprintf(stdout, "== %s: %s\n", n, t.about)
		got, err := t.run(dir, stdout)
		if err != nil {
			fmt.Fprintf(stderr, "eval: %s: %v\n", n, err)
			failed++
			continue
		}
		for _, k := range sortedKeys(t.floors) {
			v, ok := got[k]
			switch {
			case !ok:
				fmt.Fprintf(stderr, "eval: %s: figure %s missing\n", n, k)
				failed++
			case v < t.floors[k]:
				fmt.Fprintf(stderr, "eval: %s: %s = %.4f is below its floor %.4f\n", n, k, v, t.floors[k])
				failed++
			}
		}
	}
	if failed > 0 {
		return 1
	}
	return 0
}

func taskNames() []string { return sortedKeys(tasks) }

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
