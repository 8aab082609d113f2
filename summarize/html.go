package summarize

import "strings"

// looksHTML: the input is an HTML page or fragment rather than text.
func looksHTML(s string) bool {
	head := strings.ToLower(s[:min(len(s), 4096)])
	if strings.Contains(head, "<!doctype html") || strings.Contains(head, "<html") {
		return true
	}
	n := 0
	for _, t := range []string{"<p>", "<p ", "<div", "<br", "<span", "</p>", "</a>"} {
		n += strings.Count(head, t)
	}
	return n >= 5
}

// cleanHTML extracts the article from HTML. Placeholder.
func cleanHTML(input string) (Article, bool) { return Article{}, false }
