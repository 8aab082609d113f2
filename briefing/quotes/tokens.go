package quotes

import (
	"encoding/binary"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"brief/internal/ascii"
)

// token is a word or a punctuation mark of the text outside the quotes.
type token struct {
	Start, End int
	Text       string
	Word       bool
	Cap        bool  // starts with an upper-case letter
	Para       int32 // paragraph number
	Line       int32 // line number: names never run over a line break
	Quote      int32 // index of the quote this mark opens or closes, else -1
	low        string
	cls        class // the word lists low is in
	stop       bool  // a full stop, ! ? or ;: see isSentenceEnd
}

// is reports whether the token is a word of one of the classes c.
func (t *token) is(c class) bool { return t.cls&c != 0 }

// lower is the word in lower case with a possessive ending removed.
func (t *token) lower() string { return t.low }

// trimLow removes a possessive ending from a lower-cased word.
func trimLow(s string) string {
	if len(s) == 0 {
		return s
	}
	if c := s[len(s)-1]; c != 's' && c != '\'' && c != "’"[2] {
		return s // the usual case: no ending to remove
	}
	s = strings.TrimSuffix(s, "'s")
	s = strings.TrimSuffix(s, "’s")
	for { // strings.TrimRight(s, "'’"), without building a cutset each time
		if strings.HasSuffix(s, "'") {
			s = s[:len(s)-1]
		} else if strings.HasSuffix(s, "’") {
			s = s[:len(s)-len("’")]
		} else {
			return s
		}
	}
}

// possessive reports whether the word ends in 's (Rasmussen's).
func (t *token) possessive() bool {
	if t.Text == "" {
		return false
	}
	if c := t.Text[len(t.Text)-1]; c != 's' && c != '\'' && c != "’"[2] {
		return false // the usual case
	}
	return strings.HasSuffix(t.Text, "'s") || strings.HasSuffix(t.Text, "’s") ||
		strings.HasSuffix(t.Text, "s'") || strings.HasSuffix(t.Text, "s’")
}

// tokenize splits the text outside the quoted stretches into words and
// punctuation; each quote is stood for by one token (Text `"`, Quote set)
// so attribution sees where quotes sit, and its index is put in qtok
// when qtok is not nil. It is a small hand-written lexer
// because the attribution rules need abbreviations, initials and
// possessives kept whole, with byte offsets.
//
// Each word is given its lower case and its classes as it is read: the
// ASCII letters of the whole text are lowered once, into lowBuf, and a
// word's lower case is its slice of that. Words of ASCII letters and
// digits alone, most of them, are read eight letters at a time.
func tokenize(text string, qs []span, qtok []int, buf []token, lowBuf *[]byte) []token {
	out := buf[:0]
	if n := len(text)/5 + 1; cap(out) < n {
		out = make([]token, 0, n)
	}
	// Eight zero bytes after the text let the word loop load eight bytes
	// anywhere in it; they end every word.
	lowb := append(lowerASCII((*lowBuf)[:0], text), 0, 0, 0, 0, 0, 0, 0, 0)
	*lowBuf = lowb
	// The lower-case words are slices of lowb itself, not of a copy: a
	// copy would double what Extract allocates. They live as long as the
	// doc; bufs.put clears every token and map that holds them before lowb
	// goes back to the pool (TestLowerNotKept).
	low := unsafe.String(unsafe.SliceData(lowb), len(text))
	var para, line int32
	qi := 0
	wrapped := hardWrapped(text)
	nextOpen := len(text) // where the next quote opens
	if len(qs) > 0 {
		nextOpen = qs[0].Open
	}
	for i := 0; i < len(text); {
		if i >= nextOpen {
			q := qs[qi]
			if qtok != nil {
				qtok[qi] = len(out)
			}
			out = append(out, token{Start: q.Open, End: q.Close, Text: `"`, Para: para, Line: line, Quote: int32(qi)})
			line += int32(strings.Count(text[q.Open:max(q.Close, i+1)], "\n"))
			i = max(q.Close, i+1)
			if qi++; qi < len(qs) {
				nextOpen = qs[qi].Open
			} else {
				nextOpen = len(text)
			}
			continue
		}
		c := text[i]
		if c >= utf8.RuneSelf {
			r, size := utf8.DecodeRuneInString(text[i:])
			switch {
			case unicode.IsSpace(r):
				i += size
			case unicode.IsLetter(r) || unicode.IsDigit(r):
				out, i = appendWord(out, text, low, i, i, unicode.IsUpper(r), para, line)
			default:
				out = append(out, token{Start: i, End: i + size, Text: text[i : i+size], Para: para, Line: line, Quote: -1})
				i += size
			}
			continue
		}
		switch asciiKinds[c] {
		case kindSpace:
			i++
		case kindAlnum:
			// Word after word, while each is followed by one space and
			// the next starts with a letter or a digit.
			for {
				j := ascii.AlnumEnd(low, i+1)
				if j < len(text) && joinsWords[text[j]] {
					out, i = appendWord(out, text, low, i, j, 'A' <= c && c <= 'Z', para, line)
					break
				}
				// Written in place, field by field: building the token and then
				// copying it costs twice as much. No apostrophe, so no
				// possessive ending to trim.
				if len(out) == cap(out) {
					out = slices.Grow(out, 1)
				}
				out = out[:len(out)+1]
				t := &out[len(out)-1]
				t.Start, t.End, t.Word, t.Cap, t.Para, t.Line, t.Quote, t.stop = i, j, true, 'A' <= c && c <= 'Z', para, line, -1, false
				t.Text, t.low, t.cls = text[i:j], low[i:j], classOf(low[i:j])
				i = j
				// A space is never where a quote opens, nor the end.
				if lowb[j] != ' ' || !ascii.Alnum[lowb[j+1]] || j+1 >= nextOpen {
					break
				}
				i, c = j+1, text[j+1]
			}
			if i < len(text) && text[i] == ' ' {
				i++
			}
		case kindNewline:
			if j := paragraphBreak(text, i); j > i {
				para++
				line++
				line += int32(strings.Count(text[i+1:j], "\n"))
				i = j
				continue
			}
			if !wrapped {
				// One paragraph per line: a line break ends a paragraph.
				line++
				para++
			}
			i++
		default:
			out = append(out, token{Start: i, End: i + 1, Text: text[i : i+1], Para: para, Line: line, Quote: -1,
				stop: c == '.' || c == '!' || c == '?' || c == ';'})
			i++
		}
	}
	return out
}

// The kinds of ASCII bytes tokenize tells apart.
const (
	kindPunct   = iota // a mark: a token of its own
	kindSpace          // a space other than a line break
	kindAlnum          // a letter or a digit: a word starts
	kindNewline        // a line break
)

var asciiKinds = func() (t [utf8.RuneSelf]byte) {
	for c := range utf8.RuneSelf {
		switch {
		case ascii.Alnum[c]:
			t[c] = kindAlnum
		case c == '\n':
			t[c] = kindNewline
		case unicode.IsSpace(rune(c)):
			t[c] = kindSpace
		}
	}
	return t
}()

// appendWord appends the word that starts at text[i] and returns its end:
// the words that may run on over marks or hold runes beyond ASCII.
// text[i:from] is known to be ASCII letters and digits.
// low is the text with its ASCII letters lowered.
func appendWord(out []token, text, low string, i, from int, upper bool, para, line int32) ([]token, int) {
	j, ascii := wordEnd(text, i, from)
	w, l := text[i:j], low[i:j]
	if !ascii {
		l = strings.ToLower(w)
	}
	l = trimLow(l)
	return append(out, token{Start: i, End: j, Text: w, Word: true, Cap: upper, Para: para, Line: line, Quote: -1,
		low: l, cls: classOf(l)}), j
}

// joinsWords marks the bytes after which a word may go on: a dot, a hyphen,
// an apostrophe, an ampersand, a byte beyond ASCII.
var joinsWords = func() (t [256]bool) {
	for c := range 256 {
		t[c] = c >= utf8.RuneSelf || c == '.' || c == '-' || c == '\'' || c == '&'
	}
	return t
}()

// lowerASCII appends text to b with its ASCII capitals lowered, eight
// bytes at a time where all eight are ASCII.
func lowerASCII(b []byte, text string) []byte {
	const ones, tops = 0x0101010101010101, 0x8080808080808080
	n := len(b)
	b = append(b, text...)
	s := b[n:]
	for ; len(s) >= 8; s = s[8:] {
		v := binary.LittleEndian.Uint64(s)
		if v&tops != 0 {
			for k := range 8 {
				s[k] = lowerByte(s[k])
			}
			continue
		}
		// The top bit of each byte of upper: the byte is from A to Z.
		ge, gt := v+ones*(0x80-'A'), v+ones*(0x80-'Z'-1)
		upper := ge &^ gt & tops
		binary.LittleEndian.PutUint64(s, v|upper>>2)
	}
	for k := range s {
		s[k] = lowerByte(s[k])
	}
	return b
}

func lowerByte(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// wordEnd returns the end of the word starting at i: letters and digits
// joined by apostrophes, hyphens, ampersands and dots, with a final dot
// kept for abbreviations and initials (Sen., U.S., G.K.). It reads on
// from from: text[i:from] is known to be ASCII letters and digits.
//
// It also says whether the word is all ASCII.
func wordEnd(text string, i, from int) (int, bool) {
	j := from
	allASCII := true
	// take adds the rune text[j:j+size] to the word.
	take := func(size int) {
		if size > 1 {
			allASCII = false
		}
		j += size
	}
	for j < len(text) {
		for j < len(text) && ascii.Alnum[text[j]] {
			j++
		}
		if j == len(text) {
			break
		}
		if c := text[j]; c < utf8.RuneSelf && c != '.' && c != '-' && c != '\'' && c != '&' {
			break // a space or a mark that never joins words
		}
		r, size := utf8.DecodeRuneInString(text[j:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			take(size)
			continue
		}
		if r == '\'' || r == '’' || r == '-' || r == '.' || r == '&' {
			n, _ := utf8.DecodeRuneInString(text[j+size:])
			if j+size < len(text) && (unicode.IsLetter(n) || unicode.IsDigit(n)) {
				take(size)
				continue
			}
			if r == '.' && (keepsDot(text[i:j]) || abbrevFollows(text[j+size:]) || partyState(text[i:j], text[j+size:])) {
				take(size)
				return j, allASCII
			}
			if (r == '\'' || r == '’') && j > i && (text[j-1] == 's' || text[j-1] == 'S') {
				take(size)
				return j, allASCII // plural possessive: the states'
			}
		}
		break
	}
	return j, allASCII
}

// keepsDot reports whether a word followed by a full stop is an abbreviation.
func keepsDot(w string) bool {
	if strings.Contains(w, ".") {
		return true // U.S, G.K
	}
	if utf8.RuneCountInString(w) == 1 {
		r, _ := utf8.DecodeRuneInString(w)
		return unicode.IsUpper(r) // an initial
	}
	if !isASCII(w) {
		return abbreviations[strings.ToLower(w)]
	}
	if len(w) > maxAbbreviation {
		return false // most words: longer than any abbreviation
	}
	var b [16]byte // lowered here, not in a new string
	l := b[:0]
	for i := 0; i < len(w); i++ {
		l = append(l, lowerByte(w[i]))
	}
	return abbreviations[string(l)]
}

// maxAbbreviation is the length of the longest of the abbreviations.
var maxAbbreviation = func() int {
	n := 0
	for w := range abbreviations {
		n = max(n, len(w))
	}
	return n
}()

// hardWrapped reports whether the text is wrapped at a fixed width, with
// line breaks inside sentences: then a name may run over a line break.
// Lines that end sentences or are short (headings, one paragraph per line)
// are not wrapping.
func hardWrapped(text string) bool {
	inner, wraps := 0, 0
	line, rest, more := strings.Cut(text, "\n")
	for more {
		var next string
		next, rest, more = strings.Cut(rest, "\n")
		l := strings.TrimSpace(line)
		line = next
		if l == "" || strings.TrimSpace(next) == "" {
			continue
		}
		inner++
		last, _ := utf8.DecodeLastRuneInString(l)
		if len(l) >= 40 && !strings.ContainsRune(".!?:”\"", last) {
			wraps++
		}
	}
	return inner >= 2 && wraps*2 >= inner
}

// partyState reports whether a word with a full stop before a closing
// parenthesis is a party and state label (R-Fla.): the stop is the
// abbreviation's, and the sentence goes on.
func partyState(w, rest string) bool {
	return strings.HasPrefix(rest, ")") && len(w) <= 8 && strings.Contains(w, "-")
}

// abbrevFollows reports whether the text after a full stop shows that the
// stop ended an abbreviation, not a sentence: a comma or a lower-case word
// comes next (McConnell, R-Ky., said).
func abbrevFollows(rest string) bool {
	for len(rest) > 0 && rest[0] == ' ' {
		rest = rest[1:]
	}
	if len(rest) > 0 && rest[0] < utf8.RuneSelf {
		c := rest[0]
		return c == ',' || 'a' <= c && c <= 'z'
	}
	r, _ := utf8.DecodeRuneInString(rest)
	return unicode.IsLower(r)
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
