package briefing

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"brief/summarize"
)

const buildArticle = "NATO defense ministers met in Brussels on Tuesday to discuss cyber defense.\n\n" +
	"\"We must be prepared to protect our networks,\" NATO Secretary General Jens Stoltenberg said.\n\n" +
	"The alliance set up a cyber defense centre in Tallinn in 2008."

func builtBriefing(t *testing.T) Briefing {
	t.Helper()
	art := summarize.RawArticle(buildArticle)
	art.Title = "NATO ministers discuss cyber defense"
	return Build(buildArticle, art, Options{Source: "t.txt", Points: 2, Published: "2013-06-04"})
}

func TestBuildOffsetsPointIntoInput(t *testing.T) {
	b := builtBriefing(t)
	if len(b.KeyPoints) == 0 || len(b.KeyPoints) > 2 {
		t.Fatalf("got %d key points, want 1 or 2", len(b.KeyPoints))
	}
	for _, p := range b.KeyPoints {
		if got := Fold(buildArticle[p.Start:p.End]); got != p.Text {
			t.Errorf("key point %q does not match input[%d:%d] = %q", p.Text, p.Start, p.End, got)
		}
	}
	for _, q := range b.Quotes {
		if buildArticle[q.Start:q.End] != q.Text {
			t.Errorf("quote %q does not match input[%d:%d]", q.Text, q.Start, q.End)
		}
	}
	for _, e := range b.Timeline {
		if buildArticle[e.Start:e.End] != e.Text {
			t.Errorf("date %q does not match input[%d:%d]", e.Text, e.Start, e.End)
		}
	}
	if b.BLUF == "" {
		t.Error("no BLUF")
	}
	if b.Published != "2013-06-04" {
		t.Errorf("Published = %q, want the override", b.Published)
	}
}

func TestRenderJSONContract(t *testing.T) {
	var buf bytes.Buffer
	if err := Render(&buf, builtBriefing(t), JSON, RenderOptions{}); err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(buf.String(), "\n"); n != 1 {
		t.Fatalf("JSON output has %d lines, want 1 (JSON Lines)", n)
	}
	var m map[string]any
	if err := json.Unmarshal(buf.Bytes(), &m); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"source", "title", "outlet", "agency", "published", "dateline", "bluf",
		"key_points", "quotes", "timeline", "actors", "topics", "method", "warnings"} {
		if _, ok := m[k]; !ok {
			t.Errorf("JSON lacks %q", k)
		}
	}
	if m["outlet"] != nil {
		t.Errorf("unknown outlet = %v, want null", m["outlet"])
	}
	for _, k := range []string{"key_points", "quotes", "timeline", "actors", "topics", "warnings"} {
		if _, ok := m[k].([]any); !ok {
			t.Errorf("%q = %v, want a list (never null)", k, m[k])
		}
	}
	method := m["method"].(map[string]any)
	if method["llm"] != nil {
		t.Errorf("method.llm = %v, want null without an LLM pass", method["llm"])
	}
}

func TestRenderTextColor(t *testing.T) {
	b := builtBriefing(t)
	for _, color := range []bool{false, true} {
		var buf bytes.Buffer
		if err := Render(&buf, b, Text, RenderOptions{Color: color}); err != nil {
			t.Fatal(err)
		}
		if got := strings.Contains(buf.String(), "\x1b["); got != color {
			t.Errorf("colour %v: escape codes present = %v", color, got)
		}
		if !strings.Contains(buf.String(), "KEY POINTS") {
			t.Errorf("text output lacks KEY POINTS:\n%s", buf.String())
		}
	}
}

func TestRenderMarkdownEscapes(t *testing.T) {
	b := Briefing{Source: "x", Title: "A *bold* [link](x)", BLUF: "Use `code` and <b>html</b>."}
	var buf bytes.Buffer
	if err := Render(&buf, b, Markdown, RenderOptions{}); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for _, escaped := range []string{`\*bold\*`, `\[link\]`, "\\`code\\`", `\<b>`} {
		if !strings.Contains(out, escaped) {
			t.Errorf("markdown output lacks %s:\n%s", escaped, out)
		}
	}
}

func TestParseFormat(t *testing.T) {
	for _, s := range []string{"text", "markdown", "json"} {
		if _, err := ParseFormat(s); err != nil {
			t.Errorf("ParseFormat(%q): %v", s, err)
		}
	}
	if _, err := ParseFormat("pdf"); err == nil {
		t.Error("ParseFormat(pdf) accepted")
	}
}
