package summarize

import "strings"

// Split segments text into sentences with byte offsets into text.
// Placeholder: breaks after . ! ? followed by a space, and at blank lines.
func Split(text string) []Sentence {
	var out []Sentence
	para, start := 0, 0
	emit := func(end int) {
		s, e := trimSpan(text, start, end)
		if s < e {
			out = append(out, Sentence{Index: len(out), Paragraph: para, Start: s, End: e, Text: text[s:e]})
		}
	}
	for i := 0; i < len(text); i++ {
		switch {
		case strings.HasPrefix(text[i:], "\n\n"):
			emit(i)
			para++
			start = i
		case (text[i] == '.' || text[i] == '!' || text[i] == '?') && i+1 < len(text) && text[i+1] == ' ':
			emit(i + 1)
			start = i + 1
		}
	}
	emit(len(text))
	return out
}

func trimSpan(text string, s, e int) (int, int) {
	for s < e && strings.ContainsRune(" \t\r\n", rune(text[s])) {
		s++
	}
	for e > s && strings.ContainsRune(" \t\r\n", rune(text[e-1])) {
		e--
	}
	return s, e
}
