package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"sort"
	"strings"

	"brief/briefing"
	"brief/internal/rouge"
)

// comparison is the verdict on one briefing against its golden file.
type comparison struct {
	pass  bool
	rouge *figure // with --min-rouge: the lowest section figure
}

// figure is a ROUGE-L F1 and the section it was measured on ("" when
// every section is the same as the golden one).
type figure struct {
	f1      float64
	section string
}

// compare passes identical briefings; with --min-rouge it also passes those
// whose every section scores at least that ROUGE-L F1 against the golden
// one, since LLM output is not byte-stable.
func (r *checkRun) compare(golden, current string) comparison {
	golden = normalizeEOL(golden)
	if r.opt.minRouge == 0 {
		return comparison{pass: golden == current}
	}
	f := lowestRouge(sections(r.format(), golden), sections(r.format(), current))
	return comparison{pass: golden == current || f.f1 >= r.opt.minRouge, rouge: &f}
}

// section is a named part of a rendered briefing.
type section struct{ name, text string }

// lowestRouge is the lowest ROUGE-L F1 of the sections of current against
// the same sections of golden. A section on one side only scores 0.
func lowestRouge(golden, current []section) figure {
	cur := map[string]string{}
	for _, s := range current {
		cur[s.name] = s.text
	}
	names := sectionNames(golden, current)
	low := figure{f1: 1}
	gold := map[string]string{}
	for _, s := range golden {
		gold[s.name] = s.text
	}
	for _, n := range names {
		f := sectionRouge(gold[n], cur[n])
		if f < low.f1 {
			low = figure{f1: f, section: n}
		}
	}
	return low
}

// sectionNames is the union of section names, golden's order first.
func sectionNames(golden, current []section) []string {
	seen := map[string]bool{}
	var out []string
	for _, s := range append(append([]section{}, golden...), current...) {
		if !seen[s.name] {
			seen[s.name] = true
			out = append(out, s.name)
		}
	}
	return out
}

func sectionRouge(golden, current string) float64 {
	golden, current = strings.TrimSpace(golden), strings.TrimSpace(current)
	if golden == current {
		return 1
	}
	if golden == "" || current == "" {
		return 0
	}
	return rouge.Compute(golden, current).RL.F1
}

// sections splits a rendered briefing into its parts (header, BLUF, key
// points, quotes, timeline, actors, topics) for the format it is in.
func sections(f briefing.Format, s string) []section {
	switch f {
	case briefing.JSON:
		return jsonSections(s)
	case briefing.Markdown:
		return lineSections(s, markdownHeading)
	}
	return lineSections(s, textHeading)
}

// lineSections cuts s at the lines heading reports as section headings;
// what comes before the first is the "header" section.
func lineSections(s string, heading func(string) (string, bool)) []section {
	out := []section{{name: "header"}}
	for _, line := range strings.SplitAfter(s, "\n") {
		if name, ok := heading(strings.TrimRight(line, "\n")); ok {
			out = append(out, section{name: name})
			if rest, ok := strings.CutPrefix(line, "**BLUF:**"); ok {
				out[len(out)-1].text = rest
			}
			continue
		}
		out[len(out)-1].text += line
	}
	return out
}

// markdownHeading knows "## Key points" headings and the "**BLUF:**" line.
func markdownHeading(line string) (string, bool) {
	if strings.HasPrefix(line, "**BLUF:**") {
		return "BLUF", true
	}
	if name, ok := strings.CutPrefix(line, "## "); ok {
		return strings.TrimSpace(name), true
	}
	return "", false
}

// textHeadings are the section headings of the text format.
var textHeadings = map[string]string{
	"BLUF": "BLUF", "KEY POINTS": "Key points", "KEY QUOTES": "Key quotes",
	"TIMELINE": "Timeline", "ACTORS": "Actors", "TOPICS": "Topics",
}

func textHeading(line string) (string, bool) {
	name, ok := textHeadings[line]
	return name, ok
}

// jsonSections makes one section per top-level field of a JSON briefing,
// holding the field's strings and numbers one a line. Text that is not a
// JSON object is one section.
func jsonSections(s string) []section {
	var obj map[string]any
	dec := json.NewDecoder(strings.NewReader(s))
	dec.UseNumber()
	if err := dec.Decode(&obj); err != nil {
		return []section{{name: "document", text: s}}
	}
	keys := make([]string, 0, len(obj))
	for k := range obj {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	out := make([]section, 0, len(keys))
	for _, k := range keys {
		var b bytes.Buffer
		flatten(&b, obj[k])
		out = append(out, section{name: k, text: b.String()})
	}
	return out
}

// flatten writes the leaves of a decoded JSON value, object keys sorted.
func flatten(b *bytes.Buffer, v any) {
	switch v := v.(type) {
	case map[string]any:
		keys := make([]string, 0, len(v))
		for k := range v {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			flatten(b, v[k])
		}
	case []any:
		for _, e := range v {
			flatten(b, e)
			b.WriteString("\n")
		}
	case nil:
	default:
		fmt.Fprintf(b, "%v ", v)
	}
}

// describe says where a figure was measured, for the per-file report.
func (f figure) describe() string {
	if f.section == "" {
		return "every section as golden"
	}
	return "lowest section: " + f.section
}
