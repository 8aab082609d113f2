package summarize

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"brief/internal/ascii"
)

// seg is a stretch of the input, input[start:end], copied into the body.
type seg struct{ start, end int }

// line is one input line after markdown syntax is taken out: the kept
// stretches in order. text is their concatenation.
type pageLine struct {
	start, end int // the trimmed line in the input
	segs       []seg
	text       string
	heading    bool // a markdown heading (# Title) or setext heading
	item       bool // a list item or other line that starts its own block
}

// block is a paragraph: one or more lines joined by spaces.
type block struct {
	lines []pageLine
	text  string
	start int // input offset of the first kept byte
	end   int // input offset after the last kept byte
	// gapBefore: blank lines before the block in the input.
	gapBefore int
}

// splitLines cuts text into trimmed lines with their input offsets; blank
// lines are kept (with no segs) because they separate paragraphs.
func splitLines(text string) []pageLine {
	out := make([]pageLine, 0, strings.Count(text, "\n")+1)
	for off := 0; off <= len(text); {
		nl := strings.IndexByte(text[off:], '\n')
		end := len(text)
		if nl >= 0 {
			end = off + nl
		}
		s, e := cleanTrim(text, off, end)
		out = append(out, pageLine{start: s, end: e})
		if nl < 0 {
			break
		}
		off = end + 1
	}
	return out
}

// cleanTrim narrows text[s:e] to exclude leading and trailing white space
// (including no-break spaces).
func cleanTrim(text string, s, e int) (int, int) {
	for s < e {
		if c := text[s]; c < utf8.RuneSelf { // ASCII: no decoding
			if !cleanASCIISpace(c) {
				break
			}
			s++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[s:e])
		if !isSpace(r) {
			break
		}
		s += n
	}
	for e > s {
		if c := text[e-1]; c < utf8.RuneSelf {
			if !cleanASCIISpace(c) {
				break
			}
			e--
			continue
		}
		r, n := utf8.DecodeLastRuneInString(text[s:e])
		if !isSpace(r) {
			break
		}
		e -= n
	}
	return s, e
}

// cleanASCIISpace is isSpace for an ASCII byte.
func cleanASCIISpace(c byte) bool { return c == ' ' || '\t' <= c && c <= '\r' }

func isSpace(r rune) bool {
	return unicode.IsSpace(r) || r == '\u00a0' || r == '\u200b' || r == '\ufeff'
}

// segText concatenates the input stretches.
func segText(text string, segs []seg) string {
	if len(segs) == 1 {
		return text[segs[0].start:segs[0].end]
	}
	var b strings.Builder
	for _, s := range segs {
		b.WriteString(text[s.start:s.end])
	}
	return b.String()
}

// buildBlocks groups lines into paragraphs. Blank lines always separate;
// within a run of lines, a line joins the previous one only when the text is
// hard-wrapped (width > 0) and the previous line reaches near the wrap width.
func buildBlocks(text string, lines []pageLine, width int) []block {
	n := 0
	for i := range lines {
		if len(lines[i].segs) > 0 {
			n++
		}
	}
	out := make([]block, 0, n)
	var cur *block
	gap := 0
	for i := range lines {
		ln := lines[i]
		if len(ln.segs) == 0 || ln.text == "" {
			if ln.end == ln.start {
				gap++
			}
			cur = nil
			continue
		}
		if cur != nil && joins(cur.lines[len(cur.lines)-1], ln, width) {
			cur.lines = lines[i-len(cur.lines) : i+1 : i+1] // a block's lines are consecutive
			cur.end = ln.segs[len(ln.segs)-1].end
			continue
		}
		out = append(out, block{lines: lines[i : i+1 : i+1], start: ln.segs[0].start,
			end: ln.segs[len(ln.segs)-1].end, gapBefore: gap})
		cur = &out[len(out)-1]
		gap = 0
	}
	for i := range out {
		out[i].text = blockText(out[i].lines)
	}
	return out
}

// joins tells whether next continues the paragraph of prev.
func joins(prev, next pageLine, width int) bool {
	if prev.heading || next.heading || next.item {
		return false
	}
	if width > 0 && cleanRunesUpTo(prev.text, maxWrap+1) >= width*3/5 {
		return true
	}
	// A line broken mid-sentence: prev ends without punctuation on a word
	// and next starts in lower case (copied inline links split like this).
	return brokenSentence(prev.text, next.text)
}

// brokenSentence: prev stops mid-sentence and next goes on in lower case.
func brokenSentence(prev, next string) bool {
	r, _ := utf8.DecodeLastRuneInString(prev)
	f, _ := utf8.DecodeRuneInString(next)
	if !unicode.IsLetter(r) && r != ',' {
		return false
	}
	if !unicode.IsLower(f) {
		return false
	}
	if strings.Count(prev, " ") >= 3 && (unicode.IsLower(r) || r == ',') {
		return true // "... Fedorov" + "emphasized": a link's words on their own line
	}
	return strings.Count(prev, " ") >= 2 && strings.Count(next, " ") >= 1
}

func blockText(lines []pageLine) string {
	if len(lines) == 1 {
		return lines[0].text
	}
	parts := make([]string, len(lines))
	for i, l := range lines {
		parts[i] = l.text
	}
	return strings.Join(parts, " ")
}

// wrapWidth detects hard-wrapped text (as in e-mail or markdown sources) and
// returns its line width in runes, or 0 when lines are whole paragraphs.
// Wrapped text has many long lines that all stop short of one width.
func wrapWidth(lines []pageLine) int {
	var lens []int
	for _, l := range lines {
		if len(l.text) < 30 {
			continue // fewer bytes, fewer runes
		}
		// Lengths past maxWrap all mean "not wrapped": counting stops there.
		if n := cleanRunesUpTo(l.text, maxWrap+1); n >= 30 {
			lens = append(lens, n)
		}
	}
	if len(lens) < 6 {
		return 0
	}
	// The width W: the smallest length that covers 95% of long lines.
	slices.Sort(lens)
	k := (len(lens)*95 + 99) / 100 // the fewest lines that make 95%
	w := lens[k-1]
	if w > maxWrap {
		return 0
	}
	near := 0
	for _, n := range lens {
		if n >= w*3/4 {
			near++
		}
	}
	if near*2 < len(lens) {
		return 0
	}
	return w
}

// maxWrap: the widest hard-wrapped text, in runes.
const maxWrap = 120

// cleanRunesUpTo is min(utf8.RuneCountInString(s), limit), reading no further
// than it needs to (lines are often whole paragraphs).
func cleanRunesUpTo(s string, limit int) int {
	n, i := 0, 0
	// Eight ASCII bytes at a time while eight more runes stay within limit.
	for ; n+8 <= limit && i+8 <= len(s); i, n = i+8, n+8 {
		if ascii.Load8(s, i)&0x8080808080808080 != 0 {
			break
		}
	}
	for ; i < len(s) && n < limit; n++ {
		if s[i] < utf8.RuneSelf {
			i++
			continue
		}
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return n
}
