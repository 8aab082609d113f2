package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
)

// briefBin is the real binary, built once for the end-to-end scripts.
var briefBin string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "brief-bin")
	if err != nil {
		panic(err)
	}
	briefBin = filepath.Join(dir, "brief")
	if runtime.GOOS == "windows" {
		briefBin += ".exe"
	}
	if out, err := exec.Command("go", "build", "-o", briefBin, ".").CombinedOutput(); err != nil {
		os.Stderr.Write(out)
		panic("building brief: " + err.Error())
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// TestScript runs the end-to-end scripts in testdata/script against the
// real binary. Each script's comments say what it pins down.
func TestScript(t *testing.T) {
	wd, _ := os.Getwd()
	testscript.Run(t, testscript.Params{
		Dir: "testdata/script",
		Setup: func(e *testscript.Env) error {
			e.Setenv("PATH", filepath.Dir(briefBin)+string(os.PathListSeparator)+e.Getenv("PATH"))
			e.Setenv("REPO", wd)
			e.Setenv("NO_COLOR", "")
			e.Setenv("HOME", e.WorkDir)
			return nil
		},
	})
}

// TestExitCodes pins the exit-code contract by calling run directly.
func TestExitCodes(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.txt")
	empty := filepath.Join(dir, "empty.txt")
	binary := filepath.Join(dir, "binary.txt")
	os.WriteFile(good, []byte("NATO ministers met on Tuesday. They agreed on a new cyber defense plan.\n"), 0o644)
	os.WriteFile(empty, []byte("  \n\t\n"), 0o644)
	os.WriteFile(binary, []byte("\x00\x01\x02binary\x00"), 0o644)
	tests := []struct {
		name   string
		args   []string
		stdin  string
		code   int
		stderr string // a substring stderr must hold
		hasOut bool
	}{
		{"good file", []string{good}, "", 0, "", true},
		{"stdin", nil, "NATO met. It agreed.", 0, "", true},
		{"dash is stdin", []string{"-"}, "NATO met. It agreed.", 0, "", true},
		{"empty stdin", nil, "", 1, "brief: -: empty input", false},
		{"whitespace file", []string{empty}, "", 1, "empty.txt: empty input", false},
		{"binary file", []string{binary}, "", 1, "binary.txt: binary data", false},
		{"missing file", []string{filepath.Join(dir, "nope.txt")}, "", 1, "nope.txt: no such file", false},
		{"bad among good", []string{empty, good}, "", 1, "empty.txt: empty input", true},
		{"unknown flag", []string{"--bogus", good}, "", 2, "flag provided but not defined", false},
		{"bad format", []string{"--format", "pdf", good}, "", 2, "unknown format", false},
		{"bad points", []string{"--points", "0", good}, "", 2, "--points", false},
		{"bad published", []string{"--published", "yesterday", good}, "", 2, "--published", false},
		{"flags after inputs", []string{good, "--format", "json"}, "", 0, "", true},
		{"sentences", []string{"sentences", good}, "", 0, "", true},
		{"dates missing", []string{"dates", filepath.Join(dir, "nope.txt")}, "", 1, "nope.txt", false},
		{"jsonl with file arguments", []string{"--input-format", "jsonl", good}, "", 2, "reads stdin", false},
		{"bad input format", []string{"--input-format", "xml"}, "", 2, "unknown --input-format", false},
		{"over max-bytes", []string{"--max-bytes", "10", good}, "", 1, "good.txt: input larger than --max-bytes 10", false},
		// check: these rows run in order (missing golden, then update, then pass).
		{"check no path", []string{"check"}, "", 2, "check needs at least one PATH", false},
		{"check stdin", []string{"check", "-"}, "", 2, "cannot read stdin", false},
		{"check bad min-rouge", []string{"check", "--min-rouge", "2", good}, "", 2, "--min-rouge", false},
		{"check bad format", []string{"check", "--format", "pdf", good}, "", 2, "unknown format", false},
		{"check missing golden", []string{"check", good}, "", 1, "good.txt: no golden file", true},
		{"check update", []string{"check", "--update", good}, "", 0, "", true},
		{"check passes", []string{"check", good}, "", 0, "", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			code := run(append([]string{"brief"}, tt.args...), strings.NewReader(tt.stdin), &stdout, &stderr)
			if code != tt.code {
				t.Errorf("exit code = %d, want %d; stderr:\n%s", code, tt.code, stderr.String())
			}
			if !strings.Contains(stderr.String(), tt.stderr) {
				t.Errorf("stderr = %q, want it to hold %q", stderr.String(), tt.stderr)
			}
			if got := stdout.Len() > 0; got != tt.hasOut {
				t.Errorf("stdout non-empty = %v, want %v; stdout:\n%s", got, tt.hasOut, stdout.String())
			}
		})
	}
}
