package summarize

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Line breaks inside a paragraph (a run of non-blank lines) are either soft,
// a mere space in hard-wrapped text, or hard: they end a sentence and the
// paragraph, as after a headline, a byline or a list item. The rule looks at
// the shape of the line before the break (A) and after it (B), in order:
//
//  1. B starts a list item or a bullet: hard.
//  2. The paragraph is hard-wrapped (its longest line is 40-100 columns
//     and most lines come close to it) and A is full, that is B's first word
//     would not have fitted on A: soft.
//  3. A ends a sentence (. ! ? …, then any closing quote): hard, unless A
//     ends with a title or an initial ("Lt. Gen.", "John F.").
//  4. A ends with a comma, a hyphen or a function word (the, of, and ...),
//     or B starts in lower case in a paragraph where some line ends a
//     sentence: soft ("This is a sentence\ncut off in the middle.").
//  5. Otherwise hard: a short line without final punctuation is a headline,
//     a byline, a dateline or an item of a list or a menu.
//
// A blank line always ends a paragraph.

// line is one line of text: text[start:end] without its line terminator
// and trailing spaces; first is its first non-space byte (first == end when
// the line is blank); width counts its runes, up to maxLineWidth.
type textLine struct {
	start, first, end int
	width             int
}

// forLines calls fn for each line of text; \n, \r\n and \r end a line.
func forLines(text string, fn func(textLine)) {
	start := 0
	lfOnly := strings.IndexByte(text, '\r') < 0 // the common case: a fast search for \n
	for i := 0; i <= len(text); i++ {
		if lfOnly {
			if k := strings.IndexByte(text[i:], '\n'); k >= 0 {
				i += k
			} else {
				i = len(text)
			}
		} else if i < len(text) && text[i] != '\n' && text[i] != '\r' {
			continue
		}
		fn(makeLine(text, start, i))
		if i+1 < len(text) && text[i] == '\r' && text[i+1] == '\n' {
			i++
		}
		start = i + 1
	}
}

func makeLine(text string, start, end int) textLine {
	end = trimRight(text, start, end)
	return textLine{start: start, first: skipSpace(text, start, end), end: end,
		width: cleanRunesUpTo(text[start:end], maxLineWidth)}
}

// maxLineWidth caps the widths lines are measured to: past 100 columns a
// paragraph is not hard-wrapped (see shapeOf), so no rule needs more, and
// a line that is a whole paragraph need not be read to its end.
const maxLineWidth = 101

// paragraphShape holds what the break rules need to know about a paragraph.
type paragraphShape struct {
	wrap  int  // the wrap width when the paragraph is hard-wrapped, else 0
	prose bool // some line ends a sentence
}

func shapeOf(text string, lines []textLine) paragraphShape {
	var sh paragraphShape
	w := 0
	for _, l := range lines {
		w = max(w, l.width)
		sh.prose = sh.prose || lineEndsSentence(text, l)
	}
	if len(lines) < 2 || w < 40 || w > 100 {
		return sh
	}
	near := 0
	for _, l := range lines[:len(lines)-1] {
		if l.width >= w-slack(w) {
			near++
		}
	}
	if 2*near >= len(lines)-1 {
		sh.wrap = w
	}
	return sh
}

// slack is how much shorter than the wrap width a full line may be (word
// wrappers that balance lines break early).
func slack(w int) int { return w / 8 }

// hardBreak applies the rules above to the break between lines a and b.
func hardBreak(text string, a, b textLine, sh paragraphShape) bool {
	switch {
	case startsItem(text, b.first, b.end):
		return true
	case sh.wrap > 0 && a.width+1+wordWidth(text, b.first, b.end) > sh.wrap-slack(sh.wrap):
		return false
	case lineEndsSentence(text, a):
		return !endsWithTitle(text, a)
	case continues(text, a):
		return false
	case sh.prose && startsLower(text, b.first):
		return false
	}
	return true
}

// endsSentence: the line's last rune, before closing quotes and brackets,
// is a sentence terminator.
func lineEndsSentence(text string, l textLine) bool {
	i := l.end
	for i > l.first {
		r, n := utf8.DecodeLastRuneInString(text[l.first:i])
		switch {
		case isCloser(r):
			i -= n
			continue
		case isTerm(r):
			return true
		}
		return false
	}
	return false
}

// endsWithTitle: the line ends with "Gen." or an initial such as "F.",
// which continue on the next line.
func endsWithTitle(text string, l textLine) bool {
	if text[l.end-1] != '.' {
		return false
	}
	switch classifyToken(prevToken(text, l.first, l.end-1)) {
	case clsTitle, clsInitial:
		return true
	}
	return false
}

// function words that do not end a line of prose.
var lineContinuers = wordSet(`the a an of and or to in on for with by at from as that`)

// continues: the line ends with a comma, a hyphen or a function word.
func continues(text string, l textLine) bool {
	r, _ := utf8.DecodeLastRuneInString(text[l.first:l.end])
	switch r {
	case ',', '-', '\u2010', '\u00ad':
		return true
	}
	w := prevToken(text, l.first, l.end)
	low := strings.ToLower(w)
	// all lower or all upper case: "The" at the end of a line is a headline word
	return lineContinuers[low] && (w == low || w == strings.ToUpper(w))
}

func startsLower(text string, i int) bool {
	r, _ := utf8.DecodeRuneInString(text[i:])
	return unicode.IsLower(r)
}

// wordWidth is the width in runes of the word at text[i:].
func wordWidth(text string, i, end int) int {
	n := 0
	for _, r := range text[i:end] {
		if unicode.IsSpace(r) {
			break
		}
		n++
	}
	return n
}

// startsItem: text[i:] starts with a bullet or a list marker ("1.", "a)",
// "(iv)", "- ", "* ").
func startsItem(text string, i, end int) bool {
	r, n := utf8.DecodeRuneInString(text[i:end])
	switch {
	case isBullet(r):
		return true
	case r == '-' || r == '*' || r == '+' || r == '\u2013' || r == '\u2014':
		return i+n < end && (text[i+n] == ' ' || text[i+n] == '\t')
	}
	_, ok := parseMark(text, i, end)
	return ok
}
