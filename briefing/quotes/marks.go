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

// doubledApostrophes: read ” as a double quote mark.
var doubledApostrophes = false

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
	stops, q := &doubleBytes, byte('"') // apostrophes are neither marks nor doubled marks
	if isMark('\'') || doubledApostrophes {
		stops, q = &singleBytes, '\''
	}
	for i := 0; i < len(text); {
		i = skipPlain(text, i, q)
		for i < len(text) && !stops[text[i]] {
			i++ // no mark nor line break starts here
		}
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
			// archives (''like this'').
			if doubledApostrophes && isMark('"') {
				s.mark(i, 2, '"')
			}
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

// doubleBytes and singleBytes are the bytes where pairQuotes stops, for
// double and single marks: those that may start a mark or a line break.
// The typographic marks (U+2018 to U+201E) all begin with 0xE2 in UTF-8,
// and no other byte of a rune can be 0xE2 or ASCII.
var (
	doubleBytes = [256]bool{'\n': true, '"': true, 0xE2: true}
	singleBytes = [256]bool{'\n': true, '\'': true, 0xE2: true}
)

// skipPlain returns an offset at or after i, eight bytes at a time, that
// passes over no line break, no byte q and no byte beyond ASCII: where the
// byte loop of pairQuotes goes on. (The test for a byte in a word is the
// well-known one: a byte b of v is zero when (v-0x01..)&^v has its top bit.)
func skipPlain(text string, i int, q byte) int {
	const ones, tops = 0x0101010101010101, 0x8080808080808080
	nl, qs := uint64('\n')*ones, uint64(q)*ones
	for ; i+16 <= len(text); i += 16 { // two words a turn: half the loop's cost
		s := text[i : i+16]
		v := uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
			uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
		w := uint64(s[8]) | uint64(s[9])<<8 | uint64(s[10])<<16 | uint64(s[11])<<24 |
			uint64(s[12])<<32 | uint64(s[13])<<40 | uint64(s[14])<<48 | uint64(s[15])<<56
		a, b, c, d := v^nl, v^qs, w^nl, w^qs
		if (v|(a-ones)&^a|(b-ones)&^b)&tops != 0 {
			return i
		}
		if (w|(c-ones)&^c|(d-ones)&^d)&tops != 0 {
			return i + 8
		}
	}
	for ; i+8 <= len(text); i += 8 {
		s := text[i : i+8]
		v := uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
			uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
		a, b := v^nl, v^qs
		if (v|(a-ones)&^a|(b-ones)&^b)&tops != 0 {
			break
		}
	}
	return i
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
