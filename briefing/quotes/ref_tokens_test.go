package quotes

// The tokenizer as it was before it was made faster, kept as the
// reference the fast one must agree with (TestTokenizeAgrees).

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"brief/internal/ascii"
)

// refToken is the token as the reference tokenizer made it.
type refToken struct {
	Start, End int
	Text       string
	Word       bool
	Cap        bool
	Para       int32
	Line       int32
	Quote      int32
	low        string
	cls        class
	stop       bool
}

// tokenize splits the text outside the quoted stretches into words and
// punctuation; each quote is stood for by one token (Text `"`, Quote set)
// so attribution sees where quotes sit. It is a small hand-written lexer
// because the attribution rules need abbreviations, initials and
// possessives kept whole, with byte offsets.
func refTokenize(text string, qs []span, buf []refToken, lowBuf *[]byte) []refToken {
	out := buf[:0]
	if n := len(text)/5 + 1; cap(out) < n {
		out = make([]refToken, 0, n)
	}
	var para, line int32
	qi := 0
	wrapped := hardWrapped(text) // unchanged by the fast path
	*lowBuf = (*lowBuf)[:0]
	nextOpen := len(text) // where the next quote opens
	if len(qs) > 0 {
		nextOpen = qs[0].Open
	}
	for i := 0; i < len(text); {
		if i >= nextOpen {
			q := qs[qi]
			out = append(out, refToken{Start: q.Open, End: q.Close, Text: `"`, Para: para, Line: line, Quote: int32(qi)})
			line += int32(strings.Count(text[q.Open:max(q.Close, i+1)], "\n"))
			i = max(q.Close, i+1)
			if qi++; qi < len(qs) {
				nextOpen = qs[qi].Open
			} else {
				nextOpen = len(text)
			}
			continue
		}
		r, size := rune(text[i]), 1
		if r == ' ' {
			i++
			continue
		}
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		switch {
		case r < utf8.RuneSelf && ascii.Alnum[r]:
			i = refAppendWord(&out, text, i, r, para, line, lowBuf)
		case r == '\n':
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
			i += size
		case unicode.IsSpace(r):
			i += size
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			i = refAppendWord(&out, text, i, r, para, line, lowBuf)
		default:
			p := text[i : i+size]
			out = append(out, refToken{Start: i, End: i + size, Text: p, Para: para, Line: line, Quote: -1,
				stop: p == "." || p == "!" || p == "?" || p == ";"})
			i += size
		}
	}
	refSetLowered(out, *lowBuf)
	return out
}

// appendWord appends the word that starts with r at text[i] and returns
// its end.
func refAppendWord(out *[]refToken, text string, i int, r rune, para, line int32, lowBuf *[]byte) int {
	j, seen := refWordEnd(text, i)
	w := text[i:j]
	*out = append(*out, refToken{Start: i, End: j, Text: w, Word: true, Cap: unicode.IsUpper(r), Para: para, Line: line, Quote: -1})
	t := &(*out)[len(*out)-1]
	switch {
	case seen&(upperByte|nonASCIIByte) == 0:
		t.low = trimLow(w)
		t.cls = classOf(t.low)
	case seen&nonASCIIByte == 0: // lowered in setLowered, with the others
		*lowBuf = refAppendLower(*lowBuf, w)
	default:
		t.low = trimLow(strings.ToLower(w))
		t.cls = classOf(t.low)
	}
	return j
}

// setLowered gives the ASCII words with capitals, which tokenize left
// without their lower case, their slices of lowered: their letters
// lowered one after another, in one string for all of them.
func refSetLowered(toks []refToken, lowered []byte) {
	if len(lowered) == 0 {
		return
	}
	s, off := string(lowered), 0
	for k := range toks {
		if t := &toks[k]; t.Word && t.low == "" {
			n := len(t.Text)
			t.low = trimLow(s[off : off+n])
			t.cls = classOf(t.low)
			off += n
		}
	}
}

func refAppendLower(b []byte, w string) []byte {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	return b
}

// wordEnd returns the end of the word starting at i: letters and digits
// joined by apostrophes, hyphens, ampersands and dots, with a final dot
// kept for abbreviations and initials (Sen., U.S., G.K.).
//
// It also says what the word's bytes are: upperByte if it has an ASCII
// capital, nonASCIIByte if it has a byte beyond ASCII.
func refWordEnd(text string, i int) (int, byte) {
	j := i
	var seen byte
	// take adds the rune text[j:j+size] to the word.
	take := func(size int) {
		if size > 1 {
			seen |= nonASCIIByte
		}
		j += size
	}
	for j < len(text) {
		for j < len(text) && wordBytes[text[j]] != 0 {
			seen |= wordBytes[text[j]]
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
			if r == '.' && (refKeepsDot(text[i:j]) || refAbbrevFollows(text[j+size:]) || partyState(text[i:j], text[j+size:])) {
				take(size)
				return j, seen
			}
			if (r == '\'' || r == '’') && j > i && (text[j-1] == 's' || text[j-1] == 'S') {
				take(size)
				return j, seen // plural possessive: the states'
			}
		}
		break
	}
	return j, seen
}

// keepsDot reports whether a word followed by a full stop is an abbreviation.
func refKeepsDot(w string) bool {
	if strings.Contains(w, ".") {
		return true // U.S, G.K
	}
	if utf8.RuneCountInString(w) == 1 {
		r, _ := utf8.DecodeRuneInString(w)
		return unicode.IsUpper(r) // an initial
	}
	if len(w) > maxAbbreviation && isASCII(w) {
		return false // most words: longer than any abbreviation
	}
	return abbreviations[strings.ToLower(w)]
}

// abbrevFollows reports whether the text after a full stop shows that the
// stop ended an abbreviation, not a sentence: a comma or a lower-case word
// comes next (McConnell, R-Ky., said).
func refAbbrevFollows(rest string) bool {
	rest = strings.TrimLeft(rest, " ")
	r, _ := utf8.DecodeRuneInString(rest)
	return r == ',' || unicode.IsLower(r)
}

// What refWordEnd tells of a word's bytes.
const (
	upperByte    = 1 << iota // an ASCII capital
	otherByte                // an ASCII letter or digit not a capital
	nonASCIIByte             // a byte of a rune beyond ASCII
)

// wordBytes classes the ASCII letters and digits; 0 for other bytes.
var wordBytes = func() (t [256]byte) {
	for c := range utf8.RuneSelf {
		switch {
		case 'A' <= c && c <= 'Z':
			t[c] = upperByte
		case 'a' <= c && c <= 'z' || '0' <= c && c <= '9':
			t[c] = otherByte
		}
	}
	return t
}()
