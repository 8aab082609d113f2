package main

import (
	"fmt"
	"os"
	"strings"
)

// GitHub Actions integration: an error annotation per failure (a workflow
// command on stdout) and a markdown report appended to $GITHUB_STEP_SUMMARY.
// https://docs.github.com/actions/using-workflows/workflow-commands-for-github-actions

// annotationHunkLines bounds the diff excerpt in one annotation.
const annotationHunkLines = 20

// annotation is the ::error workflow command for a failed outcome. It
// points at the golden file's first differing line when there is a diff.
func annotation(o outcome) string {
	file, msg := o.name, o.msg
	if o.kind == kindDiffers || o.kind == kindOrphan {
		file = o.golden
	}
	props := "file=" + ghProperty(file)
	if o.line > 0 {
		props += fmt.Sprintf(",line=%d", o.line)
	}
	props += ",title=" + ghProperty("brief check: "+o.kind.title())
	if h := firstHunk(o.diff, annotationHunkLines); h != "" {
		msg += "\n" + h
	}
	return "::error " + props + "::" + ghData(msg) + "\n"
}

// ghData escapes a workflow command's message as the runner requires.
func ghData(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(strings.TrimRight(s, "\n"))
}

// ghProperty escapes a workflow command's property value (file, title),
// where ':' and ',' are separators too.
func ghProperty(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace(s)
}

// firstHunk is the first @@ hunk of a unified diff, at most limit lines of it.
func firstHunk(diff string, limit int) string {
	lines := strings.Split(strings.TrimRight(diff, "\n"), "\n")
	var out []string
	for _, l := range lines {
		if strings.HasPrefix(l, "@@") && len(out) > 0 {
			break
		}
		if len(out) > 0 || strings.HasPrefix(l, "@@") {
			out = append(out, l)
		}
	}
	if len(out) > limit {
		out = append(out[:limit], "…")
	}
	return strings.Join(out, "\n")
}

// Step summaries are capped at 1 MiB by GitHub; stay well below.
const (
	summaryBudget    = 512 << 10
	summaryDiffLines = 200
)

// appendStepSummary appends the run's markdown report to path.
func appendStepSummary(path string, outcomes []outcome, passed, failed int) error {
	f, err := os.OpenFile(path, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
	if err != nil {
		return fmt.Errorf("%s", describe(err))
	}
	_, werr := f.WriteString(stepSummary(outcomes, passed, failed))
	if cerr := f.Close(); werr == nil {
		werr = cerr
	}
	return werr
}

// stepSummary is the markdown report: the counts, a table of failures, and
// each diff folded under its input's name.
func stepSummary(outcomes []outcome, passed, failed int) string {
	var b strings.Builder
	fmt.Fprintf(&b, "## brief check\n\n**%d passed, %d failed**\n\n", passed, failed)
	if failed == 0 {
		return b.String()
	}
	b.WriteString("| input | problem |\n|---|---|\n")
	for _, o := range outcomes {
		if o.kind.failed() {
			fmt.Fprintf(&b, "| %s | %s |\n", mdCell(o.name), mdCell(o.msg))
		}
	}
	b.WriteString("\n")
	for _, o := range outcomes {
		if o.diff == "" {
			continue
		}
		if b.Len() > summaryBudget {
			b.WriteString("More differences are in the job log.\n\n")
			break
		}
		fmt.Fprintf(&b, "<details><summary>%s</summary>\n\n%s\n</details>\n\n", htmlEscape(o.name), fenced(o.diff, summaryDiffLines))
	}
	return b.String()
}

// mdCell makes s safe in a markdown table cell.
func mdCell(s string) string {
	s = htmlEscape(strings.Join(strings.Fields(s), " "))
	return strings.NewReplacer("|", `\|`, "`", "\\`", "*", `\*`, "_", `\_`, "[", `\[`).Replace(s)
}

func htmlEscape(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;").Replace(s)
}

// fenced puts a diff in a ```diff block whose fence is longer than any
// run of backticks inside, cut to limit lines.
func fenced(diff string, limit int) string {
	lines := strings.Split(strings.TrimRight(diff, "\n"), "\n")
	if len(lines) > limit {
		lines = append(lines[:limit], fmt.Sprintf("… %d more lines in the job log", len(lines)-limit))
	}
	body := strings.Join(lines, "\n")
	fence := "```"
	for strings.Contains(body, fence) {
		fence += "`"
	}
	return fence + "diff\n" + body + "\n" + fence + "\n"
}
