package main

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/jstemmer/go-junit-report/v2/junit"
)

// junitSuite names the JUnit test suite and the class of every testcase.
const junitSuite = "brief check"

// writeJUnit writes the JUnit XML report of a run to path, atomically:
// one testcase per input (and per golden file without an article); a
// failed comparison is a <failure> holding the diff, an input that could
// not be briefed an <error>.
func writeJUnit(path string, outcomes []outcome, seconds float64) error {
	suite := junit.Testsuite{Name: junitSuite, Time: fmt.Sprintf("%.3f", seconds)}
	for _, o := range outcomes {
		suite.AddTestcase(junitCase(o))
	}
	var all junit.Testsuites
	all.AddSuite(suite)
	var buf bytes.Buffer
	buf.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n")
	if err := all.WriteXML(&buf); err != nil {
		return err
	}
	return writeFileAtomic(path, buf.Bytes())
}

func junitCase(o outcome) junit.Testcase {
	tc := junit.Testcase{Name: o.name, Classname: junitSuite}
	if !o.kind.failed() {
		return tc
	}
	res := &junit.Result{Message: xmlText(o.msg), Type: strings.ReplaceAll(o.kind.title(), " ", "-"), Data: xmlText(o.msg)}
	if o.diff != "" {
		res.Data = xmlText(o.diff)
	}
	if o.kind == kindError {
		tc.Error = res
	} else {
		tc.Failure = res
	}
	return tc
}

// xmlText drops what XML 1.0 cannot hold (control characters other than
// tab and line ends, non-characters) and replaces invalid UTF-8, which
// encoding/xml would write as is into character data.
func xmlText(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r < 0x20 && r != '\t' && r != '\n' && r != '\r',
			r == 0xFFFE, r == 0xFFFF, r >= 0xD800 && r <= 0xDFFF:
			return -1
		}
		return r
	}, strings.ToValidUTF8(s, string(utf8.RuneError)))
}
