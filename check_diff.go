package main

import (
	"strings"

	udiff "github.com/aymanbagabas/go-udiff"
	"github.com/fatih/color"
)

// diffContext is the number of unchanged lines shown around a change.
const diffContext = 3

// unifiedDiff is the unified diff from old to new under the given labels
// (--- and +++ headers, @@ hunks), and the first changed line of old (or
// the line before which new lines come). go-udiff is the Go team's own diff
// (golang.org/x/tools/internal/diff), made importable.
func unifiedDiff(oldLabel, newLabel, old, new string) (string, int) {
	edits := udiff.Lines(old, new)
	u, err := udiff.ToUnifiedDiff(oldLabel, newLabel, old, edits, diffContext)
	if err != nil || len(u.Hunks) == 0 {
		return "", 0 // cannot happen: Lines' edits are consistent with old
	}
	return u.String(), firstChange(u.Hunks[0])
}

// firstChange is the line of the old file where hunk h's first change is.
func firstChange(h *udiff.Hunk) int {
	line := h.FromLine
	for _, l := range h.Lines {
		if l.Kind != udiff.Equal {
			break
		}
		line++
	}
	return max(line, 1)
}

// colorDiff colours a unified diff for a terminal: headers bold, hunk
// ranges cyan, removed lines red, added lines green.
func colorDiff(diff string) string {
	var (
		bold  = color.New(color.Bold)
		cyan  = color.New(color.FgCyan)
		red   = color.New(color.FgRed)
		green = color.New(color.FgGreen)
	)
	for _, c := range []*color.Color{bold, cyan, red, green} {
		c.EnableColor()
	}
	var b strings.Builder
	for i, line := range strings.SplitAfter(diff, "\n") {
		body := strings.TrimSuffix(line, "\n")
		nl := line[len(body):]
		switch {
		case body == "":
			b.WriteString(line)
		case i < 2 && (strings.HasPrefix(body, "--- ") || strings.HasPrefix(body, "+++ ")):
			b.WriteString(bold.Sprint(body) + nl)
		case strings.HasPrefix(body, "@@"):
			b.WriteString(cyan.Sprint(body) + nl)
		case body[0] == '-':
			b.WriteString(red.Sprint(body) + nl)
		case body[0] == '+':
			b.WriteString(green.Sprint(body) + nl)
		default:
			b.WriteString(line)
		}
	}
	return b.String()
}
