package main

import (
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestCaseSentencesPDF(t *testing.T) {
	c := sbdCase{Text: "It was cut \n  off here.", Expected: []string{"It was cut off here."}}
	if got := caseSentences(c); equalStrings(got, c.Expected) {
		t.Errorf("without pdf option the line break must count: %q", got)
	}
	c.Options.DocType = "pdf"
	if got := caseSentences(c); !equalStrings(got, c.Expected) {
		t.Errorf("pdf: got %q, want %q", got, c.Expected)
	}
}

// A synthetic GUM-like document: offsets in code points, "é" and "—" make
// them differ from bytes.
func TestScoreGUM(t *testing.T) {
	text := "Café news\n\nThe café opened. It was full — say locals. Dr. Ní spoke.\n\nLast one."
	runes := []rune(text)
	span := func(s string) struct{ Start, End int } {
		i := strings.Index(text, s)
		start := len([]rune(text[:i]))
		return struct{ Start, End int }{start, start + len([]rune(s))}
	}
	d := gumDoc{ID: "x", Text: text}
	for _, s := range []string{"Café news", "The café opened.", "It was full — say locals.", "Dr. Ní spoke.", "Last one."} {
		sp := span(s)
		if string(runes[sp.Start:sp.End]) != s {
			t.Fatalf("bad span for %q", s)
		}
		d.Sentences = append(d.Sentences, struct {
			Start int `json:"start"`
			End   int `json:"end"`
		}{sp.Start, sp.End})
	}
	gold, paras := gumGold(d)
	if len(gold) != 2 || len(paras) != 3 {
		t.Fatalf("gold %v paragraph starts %v: want 2 and 3", gold, paras)
	}
	c := scoreGUM([]gumDoc{d}, io.Discard, false)
	if c.tp != 2 || c.fp != 0 || c.fn != 0 || c.f1() != 1 {
		t.Errorf("counts %+v, F1 %v: want 2 true positives", c, c.f1())
	}
}

func TestReadJSONL(t *testing.T) {
	path := filepath.Join(t.TempDir(), "x.jsonl")
	if err := os.WriteFile(path, []byte(`{"id":"a","text":"Hi. Yo.","expected":["Hi.","Yo."],"in_pysbd48":true}`+"\n\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	cases, err := readJSONL[sbdCase](path)
	if err != nil || len(cases) != 1 {
		t.Fatalf("readJSONL: %v, %d cases", err, len(cases))
	}
	pass, py, pyN, failed := scoreCases(cases, io.Discard, false)
	if pass != 1 || py != 1 || pyN != 1 || len(failed) != 0 {
		t.Errorf("scoreCases = %d %d %d %v", pass, py, pyN, failed)
	}
}
