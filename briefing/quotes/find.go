package quotes

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"brief/internal/ascii"
)

// minWords is the fewest words a quote must have: shorter stretches in
// quote marks are scare quotes ("regular" attacks) or names.
const minWords = 4

// findSpans returns the quoted stretches worth reporting, in text order.
// Double quotes are the rule; single quotes count only in text that uses
// them for quotations (British style), never inside double quotes.
func findSpans(text string) []span {
	doubles := keep(text, joinParagraphs(pairQuotes(text, isDouble, nil)))
	if len(doubles) > 0 || strings.Contains(text, "''") {
		// Text quoting ''like this'' nests single quotes inside.
		return doubles
	}
	return keep(text, joinParagraphs(pairQuotes(text, isSingle, nil)))
}

// joinParagraphs makes one quote of a quotation that runs over paragraphs
// (each paragraph opens with a mark, only the last one closes), and drops
// stretches whose mark never closes: a stray mark, or a quotation left open.
func joinParagraphs(spans []span) []span {
	out := spans[:0]
	for i := 0; i < len(spans); i++ {
		s := spans[i]
		for s.Unclosed && i+1 < len(spans) && spans[i+1].Cont {
			i++
			s.End, s.Close, s.Unclosed = spans[i].End, spans[i].Close, spans[i].Unclosed
		}
		if !s.Unclosed {
			out = append(out, s)
		}
	}
	return out
}

// keep drops scare quotes, titles and markup attributes.
func keep(text string, spans []span) []span {
	var out []span
	for _, s := range spans {
		q := text[s.Start:s.End]
		if !hasWords(q, minWords) || isTitle(q) {
			continue
		}
		if s.Open > 0 && text[s.Open-1] == '=' { // an HTML attribute
			continue
		}
		if isByline(text[s.Close:]) { // "A headline," by Jane Doe
			continue
		}
		out = append(out, s)
	}
	if !sort.SliceIsSorted(out, func(i, j int) bool { return out[i].Start < out[j].Start }) {
		sort.Slice(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	}
	return out
}

// hasWords reports whether s has at least n words, counted as the
// evaluation counts them (runs of letters, digits, apostrophes and
// hyphens); it stops at the nth.
func hasWords(s string, n int) bool {
	k, in := 0, false
	for i := 0; i < len(s); {
		var w bool
		if c := s[i]; c < utf8.RuneSelf {
			w = countedBytes[c]
			i++
		} else {
			r, size := utf8.DecodeRuneInString(s[i:])
			w = unicode.IsLetter(r) || unicode.IsDigit(r) || r == '’'
			i += size
		}
		if w && !in {
			if k++; k >= n {
				return true
			}
		}
		in = w
	}
	return k >= n
}

// countedBytes are the ASCII bytes hasWords counts as word characters.
var countedBytes = func() (t [utf8.RuneSelf]bool) {
	for c := range utf8.RuneSelf {
		t[c] = ascii.Alnum[c] || c == '_' || c == '\'' || c == '-'
	}
	return t
}()

// isTitle reports whether quoted words look like the title of a work or a
// show ("The Steve Harvey Morning Show"): every word capitalised save short
// joiners, and no more than ten of them.
func isTitle(q string) bool {
	// Two sentences are speech: "The Donald. Big Daddy." (Tested after
	// the words, which rule out most quotes sooner.)
	return titleCased(q) && !strings.Contains(q, ". ") && !strings.Contains(q, "? ")
}

// titleCased reports whether every word of q is capitalised save short
// joiners, with at least two capitalised and no more than ten words.
func titleCased(q string) bool {
	caps, n := 0, 0
	for w := range strings.FieldsSeq(q) {
		if n++; n > 10 {
			return false
		}
		w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		if w == "" {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case unicode.IsUpper(r) || unicode.IsDigit(r):
			caps++
		case !titleJoiners[strings.ToLower(w)]:
			return false
		}
	}
	return caps >= 2
}

var titleJoiners = set(`a an the of and or in on at to for with by from vs. vs de la`)

// isByline reports whether the text after a quote starts with "by" and a
// capitalised word: the quote was the title of a piece.
func isByline(after string) bool {
	after = strings.TrimLeft(after, " ,\u00a0")
	if !strings.HasPrefix(after, "by ") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(after[3:])
	return unicode.IsUpper(r)
}
