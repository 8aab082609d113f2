package main

import (
	"encoding/xml"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// junitReport is the JUnit XML schema as CI systems read it, declared
// here independently of the writer so the test validates the output.
type junitReport struct {
	XMLName  xml.Name `xml:"testsuites"`
	Tests    int      `xml:"tests,attr"`
	Failures int      `xml:"failures,attr"`
	Errors   int      `xml:"errors,attr"`
	Suites   []struct {
		Name     string  `xml:"name,attr"`
		Tests    int     `xml:"tests,attr"`
		Failures int     `xml:"failures,attr"`
		Errors   int     `xml:"errors,attr"`
		Time     float64 `xml:"time,attr"`
		Cases    []struct {
			Name      string       `xml:"name,attr"`
			Classname string       `xml:"classname,attr"`
			Failure   *junitResult `xml:"failure"`
			Error     *junitResult `xml:"error"`
		} `xml:"testcase"`
	} `xml:"testsuite"`
}

type junitResult struct {
	Message string `xml:"message,attr"`
	Type    string `xml:"type,attr"`
	Body    string `xml:",chardata"`
}

// TestCheckJUnit parses the report of a run with a pass, a difference (its
// diff holding "]]>" and a control character), a missing golden file, an
// empty input and an orphan golden file: one testcase each, in order.
func TestCheckJUnit(t *testing.T) {
	dir := checkDir(t, map[string]string{"a.txt": checkArticleA, "b.txt": checkArticleB,
		"c.txt": checkArticleB, "d.txt": "\n", "gone.golden.md": "# gone\n"})
	runBrief("check", "--update", filepath.Join(dir, "a.txt"), filepath.Join(dir, "b.txt"))
	os.WriteFile(filepath.Join(dir, "b.golden.md"), []byte("# stale ]]> \x1b[1m\n"), 0o644)
	report := filepath.Join(dir, "out", "junit.xml")
	code, _, stderr := runBrief("check", "--junit", report, dir)
	if code != 1 {
		t.Fatalf("exit %d, want 1: %s", code, stderr)
	}
	data, err := os.ReadFile(report)
	if err != nil {
		t.Fatal(err)
	}
	var r junitReport
	if err := xml.Unmarshal(data, &r); err != nil {
		t.Fatalf("report is not valid XML: %v\n%s", err, data)
	}
	if r.Tests != 5 || r.Failures != 3 || r.Errors != 1 || len(r.Suites) != 1 {
		t.Fatalf("totals: tests %d failures %d errors %d suites %d", r.Tests, r.Failures, r.Errors, len(r.Suites))
	}
	s := r.Suites[0]
	if s.Name != "brief check" || s.Tests != 5 || s.Failures != 3 || s.Errors != 1 || len(s.Cases) != 5 {
		t.Fatalf("suite: %+v", s)
	}
	want := []struct{ name, status string }{
		{"a.txt", "pass"}, {"b.txt", "briefing-differs"}, {"c.txt", "missing-golden-file"},
		{"d.txt", "error"}, {"gone.golden.md", "golden-file-without-an-article"},
	}
	for i, w := range want {
		c := s.Cases[i]
		status := "pass"
		switch {
		case c.Failure != nil:
			status = c.Failure.Type
		case c.Error != nil:
			status = c.Error.Type
		}
		if !strings.HasSuffix(filepath.ToSlash(c.Name), "/"+w.name) || status != w.status || c.Classname != "brief check" {
			t.Errorf("testcase %d: %s %s (class %q), want %s %s", i, c.Name, status, c.Classname, w.name, w.status)
		}
	}
	if f := s.Cases[1].Failure; f == nil || !strings.Contains(f.Body, "-# stale ]]> [1m\n") || !strings.Contains(f.Body, "+++ ") {
		t.Errorf("the failure does not hold the diff: %+v", f)
	}
}
