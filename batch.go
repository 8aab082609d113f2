package main

import (
	"fmt"
	"iter"
	"os"
	"path/filepath"
	"runtime/debug"
)

// result is what processing one input produced.
type result struct {
	out []byte
	err error
}

// processFunc turns one input's bytes into its output.
type processFunc func(in input, data []byte) ([]byte, error)

// job is one input on its way through batch.
type job struct {
	in   input
	done chan result
}

// batch processes inputs with up to jobs workers and hands each result to
// emit in input order, like gofmt's sequencer. A worker's slot is freed only
// when its result has been emitted, so at most jobs inputs and outputs are
// held in memory whatever the size of the batch (inputs may be a stream).
// A panic in one input becomes that input's error.
func batch(env *environment, inputs iter.Seq[input], jobs int, limit int64, process processFunc, emit func(input, result)) {
	if jobs < 1 {
		jobs = 1
	}
	slots := make(chan struct{}, jobs)
	pending := make(chan job, jobs)
	go func() {
		defer close(pending)
		for in := range inputs {
			slots <- struct{}{}
			j := job{in: in, done: make(chan result, 1)}
			pending <- j
			go func() { j.done <- safeProcess(env, j.in, limit, process) }()
		}
	}()
	for j := range pending {
		emit(j.in, <-j.done)
		<-slots
	}
}

// safeProcess reads and processes one input, turning a panic into an error.
func safeProcess(env *environment, in input, limit int64, process processFunc) (r result) {
	defer func() {
		if p := recover(); p != nil {
			r = result{err: fmt.Errorf("internal error: %v (please report it)", p)}
			if os.Getenv("BRIEF_DEBUG") != "" {
				env.Warnf("%s: %s", in.name, debug.Stack())
			}
		}
	}()
	data, err := in.read(env.stdin, limit)
	if err != nil {
		return result{err: err}
	}
	out, err := process(in, data)
	return result{out: out, err: err}
}

// emitter writes results to stdout, or to one file per input under outDir,
// and reports failures.
// On stdout, outputs other than JSON Lines are separated by a blank line.
func emitter(env *environment, outDir, ext string) func(input, result) {
	wrote := false
	return func(in input, r result) {
		if r.err != nil {
			env.Failf("%s: %v", in.name, r.err)
			return
		}
		if outDir == "" {
			if wrote && ext != ".json" {
				env.stdout.Write([]byte("\n"))
			}
			wrote = true
			if _, err := env.stdout.Write(r.out); err != nil {
				env.Failf("%s: writing output: %v", in.name, err)
			}
			return
		}
		dst := outPath(outDir, in, ext)
		if in.path != "" && sameFile(in.path, dst) {
			env.Failf("%s: output %s would overwrite the input", in.name, dst)
			return
		}
		if err := writeFileAtomic(dst, r.out); err != nil {
			env.Failf("%s: %v", in.name, err)
		}
	}
}

// outPath is where --out puts the output of in: its path relative to the
// argument it was found under, with the format's extension.
func outPath(outDir string, in input, ext string) string {
	rel := in.rel
	if rel == "" {
		rel = "stdin"
	}
	rel = rel[:len(rel)-len(filepath.Ext(rel))] + ext
	return filepath.Join(outDir, rel)
}

func sameFile(a, b string) bool {
	fa, err := os.Stat(a)
	if err != nil {
		return false
	}
	fb, err := os.Stat(b)
	return err == nil && os.SameFile(fa, fb)
}

// writeFileAtomic writes data to a temporary file beside path and renames it
// into place, so a killed run leaves the old file or the new one, never half.
func writeFileAtomic(path string, data []byte) error {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("creating %s: %s", dir, describe(err))
	}
	f, err := os.CreateTemp(dir, "."+filepath.Base(path)+".tmp*")
	if err != nil {
		return fmt.Errorf("writing %s: %s", path, describe(err))
	}
	tmp := f.Name()
	_, werr := f.Write(data)
	cerr := f.Close()
	if werr == nil {
		werr = cerr
	}
	if werr == nil {
		werr = os.Chmod(tmp, 0o644)
	}
	if werr == nil {
		werr = os.Rename(tmp, path)
	}
	if werr != nil {
		os.Remove(tmp)
		return fmt.Errorf("writing %s: %s", path, describe(werr))
	}
	return nil
}
