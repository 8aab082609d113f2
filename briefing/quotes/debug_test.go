package quotes

import (
	"os"
	"testing"
)

func TestDebugFile(t *testing.T) {
	p := os.Getenv("QFILE")
	if p == "" {
		t.Skip()
	}
	b, _ := os.ReadFile(p)
	for _, s := range pairQuotes(string(b), isDouble, nil) {
		t.Logf("%+v %q", s, string(b)[s.Start:s.End])
	}
}

func TestDebugExtract(t *testing.T) {
	p := os.Getenv("QFILE")
	if p == "" {
		t.Skip()
	}
	b, _ := os.ReadFile(p)
	for _, q := range Extract(string(b)) {
		t.Logf("%d-%d %q %q %q %q", q.Start, q.End, q.Speaker, q.Role, q.Cue, q.Text)
	}
}
