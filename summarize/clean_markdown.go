package summarize

import (
	"strings"
)

// Markdown copies of articles carry link, image, emphasis and heading
// syntax. parseLine keeps what a reader sees: link text without the URL, no
// images, headings without their marks. Each kept stretch stays a slice of the
// input so body offsets map back. Hand-written because markdown parsers
// (goldmark and the like) build a tree without byte offsets for inline text.

// parseLine fills ln.segs, ln.text and the line kinds from the input.
func parseLine(text string, ln *pageLine) {
	s, e := ln.start, ln.end
	if s == e {
		return
	}
	t := text[s:e]
	if isRule(t) || isRefDef(t) {
		return
	}
	skip := 0
	switch {
	case strings.HasPrefix(t, "#"):
		n := len(t) - len(strings.TrimLeft(t, "#"))
		if n <= 6 && (n == len(t) || t[n] == ' ') {
			skip, ln.heading = n, true
		}
	case strings.HasPrefix(t, "> "):
		skip = 2
	default:
		if n := bulletLen(t); n > 0 {
			skip, ln.item = n, true
		} else if numberedItem(t) {
			ln.item = true
		}
	}
	s, _ = cleanTrim(text, s+skip, e)
	ln.segs = inlineSegs(text, s, e)
	ln.text = segText(text, ln.segs)
	if strings.TrimSpace(ln.text) == "" {
		ln.segs, ln.text = nil, ""
		return
	}
	ln.segs = trimSegs(text, ln.segs)
	ln.text = segText(text, ln.segs)
	if strings.HasSuffix(t, "#") && ln.heading {
		ln.text = strings.TrimRight(ln.text, "# ")
		ln.segs = cutSegs(ln.segs, len(ln.text))
	}
}

// isRule: a horizontal rule or setext underline (---, ***, ===, ___).
func isRule(t string) bool {
	if len(t) < 3 {
		return false
	}
	c := t[0]
	if c != '-' && c != '*' && c != '=' && c != '_' {
		return false
	}
	return strings.Trim(t, string(c)+" ") == ""
}

// isRefDef: a markdown link reference definition "[1]: http://...".
func isRefDef(t string) bool {
	if !strings.HasPrefix(t, "[") {
		return false
	}
	i := strings.Index(t, "]:")
	return i > 0 && !strings.Contains(t[:i], " ") || i > 0 && strings.Contains(t[i:], "://") && !strings.Contains(strings.TrimSpace(t[i+2:]), " ")
}

// bulletLen: the length of a list bullet and its space, or 0.
func bulletLen(t string) int {
	for _, b := range []string{"- ", "* ", "+ ", "• ", "· ", "▪ ", "► ", "– "} {
		if strings.HasPrefix(t, b) {
			return len(b)
		}
	}
	return 0
}

// numberedItem: "1. " or "2) " at the start of a line.
func numberedItem(t string) bool {
	i := 0
	for i < len(t) && i < 3 && t[i] >= '0' && t[i] <= '9' {
		i++
	}
	return i > 0 && i+1 < len(t) && (t[i] == '.' || t[i] == ')') && t[i+1] == ' '
}

// inlineSegs returns the stretches of text[s:e] left after removing images,
// link targets, emphasis marks, code ticks and stray HTML tags.
func inlineSegs(text string, s, e int) []seg {
	if e > s && !cleanHasMarkup(text[s:e]) {
		return []seg{{s, e}} // most lines
	}
	var out []seg
	from := s
	cut := func(i, j int) { // drop text[i:j]
		if i > from {
			out = append(out, seg{from, i})
		}
		from = j
	}
	for i := s; i < e; {
		if !cleanMarkup[text[i]] {
			i++ // most bytes: plain text
			continue
		}
		switch c := text[i]; {
		case c == '!' && i+1 < e && text[i+1] == '[':
			if j := linkEnd(text, i+1, e); j > 0 {
				cut(i, j)
				i = j
				continue
			}
		case c == '[':
			if close, j := linkParts(text, i, e); j > 0 {
				cut(i, i+1)
				cut(close, j)
				i = j
				continue
			}
		case (c == '*' || c == '_') && i+1 < e && text[i+1] == c:
			cut(i, i+2)
			i += 2
			continue
		case c == '`':
			cut(i, i+1)
		case c == '<':
			if j := tagEnd(text, i, e); j > 0 {
				cut(i, j)
				i = j
				continue
			}
		}
		i++
	}
	if e > from {
		out = append(out, seg{from, e})
	}
	return out
}

// cleanMarkup: the bytes that can start what inlineSegs drops.
var cleanMarkup = [256]bool{'!': true, '[': true, '*': true, '_': true, '`': true, '<': true}

// cleanHasMarkup: t holds a byte of cleanMarkup (one fast search per byte
// beats a look at every byte).
func cleanHasMarkup(t string) bool {
	for _, c := range [...]byte{'!', '[', '*', '_', '`', '<'} {
		if strings.IndexByte(t, c) >= 0 {
			return true
		}
	}
	return false
}

// maxLink bounds the bytes scanned for a link's closing bracket.
const maxLink = 2048

// linkParts finds "[text](target)" or "[text][ref]" at text[i]: it returns the
// offset of the closing bracket and the end of the whole link, or 0, 0.
func linkParts(text string, i, e int) (int, int) {
	e = min(e, i+maxLink) // keeps long lines of brackets linear
	depth := 0
	for j := i; j < e; j++ {
		switch text[j] {
		case '[':
			depth++
		case ']':
			depth--
			if depth == 0 {
				if j+1 < e && (text[j+1] == '(' || text[j+1] == '[') {
					if k := closing(text, j+1, e); k > 0 {
						return j, k
					}
				}
				return 0, 0
			}
		case '\n':
			return 0, 0
		}
	}
	return 0, 0
}

// linkEnd: the end of "[...](...)" starting at text[i], or 0.
func linkEnd(text string, i, e int) int {
	_, j := linkParts(text, i, e)
	return j
}

// closing finds the bracket closing the one at text[i] and returns the offset
// after it, or 0.
func closing(text string, i, e int) int {
	e = min(e, i+maxLink)
	open := text[i]
	shut := byte(')')
	if open == '[' {
		shut = ']'
	}
	depth := 0
	for j := i; j < e; j++ {
		switch text[j] {
		case open:
			depth++
		case shut:
			depth--
			if depth == 0 {
				return j + 1
			}
		}
	}
	return 0
}

// tagEnd: the end of an HTML tag or comment starting at text[i], or 0.
func tagEnd(text string, i, e int) int {
	if i+1 >= e {
		return 0
	}
	c := text[i+1]
	if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '/' || c == '!') {
		return 0
	}
	j := strings.IndexByte(text[i:min(e, i+maxLink)], '>')
	if j < 0 || strings.IndexByte(text[i+1:i+j], '<') >= 0 {
		return 0
	}
	return i + j + 1
}

// trimSegs drops white space at both ends of the kept stretches.
func trimSegs(text string, segs []seg) []seg {
	for len(segs) > 0 {
		s, e := cleanTrim(text, segs[0].start, segs[0].end)
		if s < e {
			segs[0].start = s
			break
		}
		segs = segs[1:]
	}
	for len(segs) > 0 {
		n := len(segs) - 1
		s, e := cleanTrim(text, segs[n].start, segs[n].end)
		if s < e {
			segs[n].end = e
			break
		}
		segs = segs[:n]
	}
	return segs
}

// cutSegs keeps the first n bytes of the stretches.
func cutSegs(segs []seg, n int) []seg {
	var out []seg
	for _, s := range segs {
		if n <= 0 {
			break
		}
		l := min(s.end-s.start, n)
		out = append(out, seg{s.start, s.start + l})
		n -= l
	}
	return out
}
