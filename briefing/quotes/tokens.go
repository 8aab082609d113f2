package quotes

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// token is a word or a punctuation mark of the text outside the quotes.
type token struct {
	Start, End int
	Text       string
	Word       bool
	Cap        bool // starts with an upper-case letter
	Para       int  // paragraph number
	Line       int  // line number: names never run over a line break
	Quote      int  // index of the quote this mark opens or closes, else -1
	low        string
}

// lower is the word in lower case with a possessive ending removed.
func (t token) lower() string { return t.low }

func lowerWord(w string) string {
	s := strings.ToLower(w)
	s = strings.TrimSuffix(s, "'s")
	s = strings.TrimSuffix(s, "’s")
	return strings.TrimRight(s, "'’")
}

// possessive reports whether the word ends in 's (Rasmussen's).
func (t token) possessive() bool {
	return strings.HasSuffix(t.Text, "'s") || strings.HasSuffix(t.Text, "’s") ||
		strings.HasSuffix(t.Text, "s'") || strings.HasSuffix(t.Text, "s’")
}

// tokenize splits the text outside the quoted stretches into words and
// punctuation; each quote is stood for by one token (Text `"`, Quote set)
// so attribution sees where quotes sit. It is a small hand-written lexer
// because the attribution rules need abbreviations, initials and
// possessives kept whole, with byte offsets.
func tokenize(text string, qs []span) []token {
	out := make([]token, 0, len(text)/5+1)
	para, line, qi := 0, 0, 0
	wrapped := hardWrapped(text)
	for i := 0; i < len(text); {
		if qi < len(qs) && i >= qs[qi].Open {
			q := qs[qi]
			out = append(out, token{Start: q.Open, End: q.Close, Text: `"`, Para: para, Line: line, Quote: qi})
			line += strings.Count(text[q.Open:max(q.Close, i+1)], "\n")
			i = max(q.Close, i+1)
			qi++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == '\n':
			if j := paragraphBreak(text, i); j > i {
				para++
				line++
				line += strings.Count(text[i+1:j], "\n")
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
			j := wordEnd(text, i)
			w := text[i:j]
			out = append(out, token{Start: i, End: j, Text: w, Word: true, Cap: unicode.IsUpper(r), Para: para, Line: line, Quote: -1, low: lowerWord(w)})
			i = j
		default:
			out = append(out, token{Start: i, End: i + size, Text: text[i : i+size], Para: para, Line: line, Quote: -1})
			i += size
		}
	}
	return out
}

// wordEnd returns the end of the word starting at i: letters and digits
// joined by apostrophes, hyphens, ampersands and dots, with a final dot
// kept for abbreviations and initials (Sen., U.S., G.K.).
func wordEnd(text string, i int) int {
	j := i
	for j < len(text) {
		r, size := utf8.DecodeRuneInString(text[j:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			j += size
			continue
		}
		if r == '\'' || r == '’' || r == '-' || r == '.' || r == '&' {
			n, _ := utf8.DecodeRuneInString(text[j+size:])
			if j+size < len(text) && (unicode.IsLetter(n) || unicode.IsDigit(n)) {
				j += size
				continue
			}
			if r == '.' && (keepsDot(text[i:j]) || abbrevFollows(text[j+size:]) || partyState(text[i:j], text[j+size:])) {
				return j + size
			}
			if (r == '\'' || r == '’') && j > i && (text[j-1] == 's' || text[j-1] == 'S') {
				return j + size // plural possessive: the states'
			}
		}
		break
	}
	return j
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
	return abbreviations[strings.ToLower(w)]
}

// hardWrapped reports whether the text is wrapped at a fixed width, with
// line breaks inside sentences: then a name may run over a line break.
// Lines that end sentences or are short (headings, one paragraph per line)
// are not wrapping.
func hardWrapped(text string) bool {
	lines := strings.Split(text, "\n")
	inner, wraps := 0, 0
	for i := 0; i+1 < len(lines); i++ {
		l := strings.TrimSpace(lines[i])
		if l == "" || strings.TrimSpace(lines[i+1]) == "" {
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
	rest = strings.TrimLeft(rest, " ")
	r, _ := utf8.DecodeRuneInString(rest)
	return r == ',' || unicode.IsLower(r)
}
