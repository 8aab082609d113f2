package quotes

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// span is one stretch of quoted words found between quote marks.
// Open is the offset of the opening mark; Start and End bound the words;
// Close is the offset just past the closing mark (End when the quote runs
// on into the next paragraph without one). Cont marks a piece that continues
// the quote of the previous paragraph.
type span struct {
	Open, Start, End, Close int
	Cont                    bool
	Unclosed                bool
}

// markRole says whether a quote mark opens or closes, judged from its
// neighbours: straight marks carry no direction, and typed text often has
// curly marks the wrong way round.
type markRole int

const (
	roleAmbiguous markRole = iota
	roleOpen
	roleClose
)

func isDouble(r rune) bool { return r == '"' || r == '“' || r == '”' || r == '„' }

func isSingle(r rune) bool { return r == '\'' || r == '‘' || r == '’' }

// roleOf judges the mark at text[i:i+size].
func roleOf(text string, i, size int, r rune) markRole {
	prev, _ := utf8.DecodeLastRuneInString(text[:i])
	next, _ := utf8.DecodeRuneInString(text[i+size:])
	before := i == 0 || unicode.IsSpace(prev) || isOpenPunct(prev)
	after := i+size >= len(text) || unicode.IsSpace(next) || isClosePunct(next)
	switch {
	case before && !after:
		return roleOpen
	case after && !before:
		return roleClose
	case r == '“' || r == '‘' || r == '„':
		return roleOpen
	case r == '”' || r == '’':
		return roleClose
	}
	return roleAmbiguous
}

func isOpenPunct(r rune) bool {
	switch r {
	case '(', '[', '{', '—', '–', '-', '/', '>', ':', '“', '‘', '\u00a0':
		return true
	}
	return false
}

func isClosePunct(r rune) bool {
	switch r {
	case ',', '.', ';', ':', '!', '?', ')', ']', '}', '—', '–', '…', '<', '”', '’', '\u00a0':
		return true
	}
	return false
}

// scanner pairs quote marks of one family (double or single).
type scanner struct {
	text   string
	isMark func(rune) bool
	out    []span
	open   int // offset of the open mark, -1 when none
	size   int
	cont   bool
	nested int // typographic quotes opened inside the open quote
}

// pairQuotes finds the quoted stretches marked by one family of quote
// marks. Skip, when given, tells which offsets lie inside quotes of another
// family already found, so nested marks are not paired.
func pairQuotes(text string, isMark func(rune) bool, skip func(int) bool) []span {
	s := &scanner{text: text, isMark: isMark, open: -1}
	q := byte('"') // the family's ASCII mark; apostrophes are marks only in the single family
	if isMark('\'') {
		q = '\''
	}
	stops := stopFinder{text: text, bytes: [3]byte{'\n', q, 0xE2}, next: [3]int{-1, -1, -1}}
	for i := 0; i < len(text); {
		i = stops.from(i) // no mark nor line break starts before
		if i == len(text) {
			break
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == '\n':
			if brk := paragraphBreak(text, i); brk > i {
				i = s.paragraphEnd(i, brk)
				continue
			}
		case r == '\'' && strings.HasPrefix(text[i:], "''"):
			// Two apostrophes stand for a double quote mark in some
			// archives (''like this''): not single quotes.
			i += 2
			continue
		case isMark(r) && (skip == nil || !skip(i)):
			s.mark(i, size, r)
		}
		i += size
	}
	if s.open >= 0 {
		s.closeAt(len(text), len(text), true)
	}
	return s.out
}

// stopFinder finds where pairQuotes stops: at a line break, a quote mark
// of its family, or a byte that may start a typographic mark (U+2018 to
// U+201E all begin with 0xE2 in UTF-8, and no other byte of a rune can be
// 0xE2 or ASCII). It keeps the next offset of each of the three bytes,
// found with strings.IndexByte, which reads many bytes at a time: so each
// byte of the text is read once for each of the three, in all.
type stopFinder struct {
	text  string
	bytes [3]byte
	next  [3]int // the next offset of each byte at or after the last asked, len(text) if none; -1 before the first
}

// from returns the first offset at or after i where one of the bytes is,
// or len(text). i must not be less than in the call before.
func (f *stopFinder) from(i int) int {
	m := len(f.text)
	for k, n := range f.next {
		if n < i {
			n = len(f.text)
			if j := strings.IndexByte(f.text[i:], f.bytes[k]); j >= 0 {
				n = i + j
			}
			f.next[k] = n
		}
		m = min(m, n)
	}
	return m
}

// paragraphBreak returns the offset just past a blank line starting at the
// newline text[i], or i when there is none. A newline followed by an
// opening quote mark also ends a paragraph: some sources put one paragraph
// on each line.
func paragraphBreak(text string, i int) int {
	j := i + 1
	for j < len(text) && (text[j] == ' ' || text[j] == '\t' || text[j] == '\r') {
		j++
	}
	if r, _ := utf8.DecodeRuneInString(text[j:]); isDouble(r) && roleOf(text, j, utf8.RuneLen(r), r) == roleOpen {
		return j
	}
	if j < len(text) && text[j] == '\n' {
		for j < len(text) && (text[j] == ' ' || text[j] == '\t' || text[j] == '\r' || text[j] == '\n') {
			j++
		}
		return j
	}
	return i
}

func (s *scanner) mark(i, size int, r rune) {
	role := roleOf(s.text, i, size, r)
	if isSingle(r) && role == roleAmbiguous {
		return // an apostrophe: don't, Clinton’s
	}
	if s.open < 0 {
		if role != roleClose {
			s.open, s.size, s.cont = i, size, false
		}
		return
	}
	if role == roleOpen && isSingle(r) {
		return // a nested or stray opener inside a single-quoted stretch
	}
	if role == roleOpen && (r == '“' || r == '„') {
		// A quote inside a quote, in double marks: "He said “no” to it."
		s.nested++
		return
	}
	if s.nested > 0 {
		s.nested--
		return
	}
	s.closeAt(i, i+size, false)
}

// paragraphEnd handles a blank line at text[i:next]. An open quote ends
// here; if the next paragraph opens with a mark, the quote goes on there.
// It returns where scanning goes on.
func (s *scanner) paragraphEnd(i, next int) int {
	if s.open < 0 {
		return next
	}
	s.closeAt(i, i, true)
	r, size := utf8.DecodeRuneInString(s.text[next:])
	if s.isMark(r) && roleOf(s.text, next, size, r) != roleClose {
		s.open, s.size, s.cont = next, size, true
		return next + size
	}
	return next
}

// closeAt ends the open quote with its words ending at end.
func (s *scanner) closeAt(end, closeEnd int, unclosed bool) {
	start := s.open + s.size
	for end > start && isSpaceByte(s.text[end-1]) {
		end--
	}
	for start < end && isSpaceByte(s.text[start]) {
		start++
	}
	if start < end {
		s.out = append(s.out, span{Open: s.open, Start: start, End: end, Close: closeEnd, Cont: s.cont, Unclosed: unclosed})
	}
	s.open, s.nested = -1, 0
}

func isSpaceByte(b byte) bool { return b == ' ' || b == '\t' || b == '\n' || b == '\r' }
