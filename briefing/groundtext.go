package briefing

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// folded is a text with white space folded and quote marks made plain, with
// a map back to the byte offsets of the original. Paragraph breaks (white
// space holding a blank line) fold to "\n", other white space to " ".
type folded struct {
	text       string
	start, end []int // text[k] came from original[start[k]:end[k]]
}

// plainQuote maps the styles of quote marks to the ASCII ones, so that a
// quote typed with straight marks matches one printed with curly marks.
func plainQuote(r rune) rune {
	switch r {
	case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB':
		return '"'
	case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032':
		return '\''
	}
	return r
}

func fold(s string) folded {
	var sb strings.Builder
	f := folded{start: make([]int, 0, len(s)), end: make([]int, 0, len(s))}
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsSpace(r) {
			w := sb.Len()
			sb.WriteRune(plainQuote(r))
			for k := w; k < sb.Len(); k++ {
				f.start, f.end = append(f.start, i), append(f.end, i+n)
			}
			i += n
			continue
		}
		j, newlines := spaceRun(s, i)
		if sb.Len() > 0 && j < len(s) {
			sep := byte(' ')
			if newlines > 1 {
				sep = '\n'
			}
			sb.WriteByte(sep)
			f.start, f.end = append(f.start, i), append(f.end, j)
		}
		i = j
	}
	f.text = sb.String()
	return f
}

// spaceRun returns the end of the white space starting at s[i] and the
// number of line breaks in it.
func spaceRun(s string, i int) (int, int) {
	newlines := 0
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsSpace(r) {
			break
		}
		if r == '\n' {
			newlines++
		}
		i += n
	}
	return i, newlines
}

// span maps folded text[i:j] (j > i) back to original offsets.
func (f folded) span(i, j int) (int, int) { return f.start[i], f.end[j-1] }

// foldQuery folds a quote as the LLM gave it: one line, plain quote marks,
// without the quote marks and spaces around it.
func foldQuery(s string) string {
	f := strings.ReplaceAll(fold(s).text, "\n", " ")
	return strings.Trim(f, ` "'`)
}

// wordEdges reports whether text[i:j] starts and ends on word boundaries:
// it cuts no word in two.
func wordEdges(text string, i, j int) bool {
	if i > 0 && isWord(lastRune(text[:i])) && isWord(firstRune(text[i:])) {
		return false
	}
	if j < len(text) && isWord(lastRune(text[:j])) && isWord(firstRune(text[j:])) {
		return false
	}
	return true
}

func isWord(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

func firstRune(s string) rune { r, _ := utf8.DecodeRuneInString(s); return r }

func lastRune(s string) rune { r, _ := utf8.DecodeLastRuneInString(s); return r }
