package summarize

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Words around a terminator and classes of runes.

// nextWord skips spaces and opening punctuation after k and returns the
// first letter or digit there (0 if none near) and the word that starts
// with it.
func (s *scanner) nextWord(k int) (rune, string) {
	j, tags := k, 0
	for j < s.end && j-k < lookAhead {
		r, n := rune(s.text[j]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s.text[j:s.end])
		}
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			w := j
			for w < s.end && w-j < lookAhead && asciiLetter[s.text[w]] {
				w++ // ASCII letters: no decoding
			}
			for w < s.end && w-j < lookAhead {
				r2, n2 := utf8.DecodeRuneInString(s.text[w:s.end])
				if !unicode.IsLetter(r2) {
					break
				}
				w += n2
			}
			return r, s.text[j:w]
		case isSpaceRune(r) || isOpener(r) || unicode.Is(unicode.Cf, r) || unicode.Is(unicode.Sc, r):
			j += n
		case r == '<':
			e, _, _ := tagAt(s.text, j, s.end)
			if e == 0 || tags == 3 {
				return r, ""
			}
			// "<p>Next": skip the tag; a long one does not use up the look-ahead
			j, k, tags = e, e, tags+1
		default:
			return r, ""
		}
	}
	return 0, ""
}

// Token classes for the word before a full stop.
const (
	clsWord    = iota
	clsTitle   // Gen, Mr, Sen: a name follows
	clsInitial // E (Jonas E. Smith), I
	clsAbbrev  // Co, Inc, etc, Calif
	clsInner   // e.g, i.e, vs: never ends a sentence
	clsMulti   // U.S, D.C, a.m, Ph.D
)

// classify says what kind of word tok, the word before a full stop, is.
func classifyToken(tok string) int {
	if tok == "" {
		return clsWord
	}
	first, _ := utf8.DecodeRuneInString(tok)
	switch {
	case inShapedSet(inner, &innerShape, tok):
		return clsInner
	case utf8.RuneCountInString(tok) == 1 && unicode.IsLetter(first):
		return clsInitial
	case unicode.IsUpper(first) && (inShapedSet(titles, &titlesShape, tok) || inShapedSet(titles, &titlesShape, lastPiece(tok))):
		return clsTitle // "Gen.", also run together: "Lt.Gen."
	case inShapedSet(titles, &titlesShape, tok) || inShapedSet(abbrevs, &abbrevsShape, tok):
		return clsAbbrev
	case isMulti(tok):
		return clsMulti
	}
	return clsWord
}

// The shapes of the title and abbreviation lists, asked of the word before
// every full stop.
var titlesShape, abbrevsShape, innerShape = setShapeOf(titles), setShapeOf(abbrevs), setShapeOf(inner)

// inShapedSet is inSet after a glance at the set's shape.
func inShapedSet(set map[string]bool, sh *setShape, w string) bool {
	return sh.may(w) && inSet(set, w)
}

// lastPiece is what follows the last full stop in tok ("Gen" in "Lt.Gen").
func lastPiece(tok string) string {
	return tok[strings.LastIndexByte(tok, '.')+1:]
}

// isMulti: letters in groups of one or two joined by full stops ("U.S",
// "Ph.D", "a.m").
func isMulti(tok string) bool {
	if !strings.Contains(tok, ".") {
		return false
	}
	n := 0 // letters in the current group
	for _, r := range tok {
		switch {
		case r == '.':
			if n < 1 || n > 2 {
				return false
			}
			n = 0
		case unicode.IsLetter(r):
			n++
		default:
			return false
		}
	}
	return n >= 1 && n <= 2
}

// prevToken is the word that ends at i: back to the previous space (at
// most lookBack bytes, not before start), without opening punctuation or
// invisible format characters in front.
func prevToken(text string, start, i int) string {
	j := i
	for j > start && i-j < lookBack {
		if c := text[j-1]; c < utf8.RuneSelf { // ASCII: no decoding
			if isSpaceRune(rune(c)) {
				break
			}
			j--
			continue
		}
		r, n := utf8.DecodeLastRuneInString(text[start:j])
		if isSpaceRune(r) {
			break
		}
		j -= n
	}
	for j < i {
		if c := text[j]; c < utf8.RuneSelf { // no ASCII rune is a format character
			if !isOpener(rune(c)) {
				break
			}
			j++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[j:i])
		if !isOpener(r) && !unicode.Is(unicode.Cf, r) {
			break
		}
		j += n
	}
	return text[j:i]
}

func isTerm(r rune) bool {
	switch r {
	case '.', '!', '?', '…', '‼', '⁇', '⁈', '⁉', '！', '？', '。', '｡', '．':
		return true
	}
	return false
}

func isCloser(r rune) bool {
	switch r {
	case '"', '\'', '”', '’', '»', '›', ')', ']', '}':
		return true
	}
	return false
}

func isOpener(r rune) bool {
	switch r {
	case '"', '\'', '“', '‘', '„', '«', '‹', '(', '[', '{', '¿', '¡', '-', '–', '—', '_', '*':
		return true
	}
	return false
}

func isSpaceRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || (r >= '\t' && r <= '\r')
	}
	return unicode.IsSpace(r)
}

func firstRune(text string, i, end int) rune {
	r, _ := utf8.DecodeRuneInString(text[i:end])
	return r
}

// wordAt is the run of letters at text[i:], at most lookAhead bytes.
func wordAt(text string, i, end int) string {
	if i >= end {
		return text[i:i]
	}
	t := text[i:min(end, i+lookAhead)] // bounds the loops once
	j := 0
	for j < len(t) && asciiLetter[t[j]] {
		j++ // the common case: ASCII letters, no decoding
	}
	for j < len(t) {
		if c := t[j]; c < utf8.RuneSelf { // ASCII: a letter or the end
			if !asciiLetter[c] {
				break
			}
			j++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i+j : end]) // a rune may run past the look-ahead
		if !unicode.IsLetter(r) {
			break
		}
		j += n
	}
	return text[i : i+j]
}

// asciiLetter marks the ASCII letters.
var asciiLetter = func() (t [256]bool) {
	for c := 'A'; c <= 'z'; c++ {
		t[c] = 'A' <= c && c <= 'Z' || 'a' <= c && c <= 'z'
	}
	return t
}()

// isTitleWord: an upper-case letter, then lower-case letters only.
func isTitleWord(w string) bool {
	for k := 0; k < len(w); k++ {
		c := w[k]
		if c >= utf8.RuneSelf {
			return isTitleWordRunes(w)
		}
		if (k == 0) != ('A' <= c && c <= 'Z') {
			return false
		}
	}
	return w != ""
}

// isTitleWordRunes is isTitleWord for a word that is not all ASCII.
func isTitleWordRunes(w string) bool {
	for k, r := range w {
		if (k == 0) != unicode.IsUpper(r) {
			return false
		}
	}
	return w != ""
}

// isWordToken: letters and digits only, starting with a letter.
func isWordToken(w string) bool {
	for k, r := range w {
		if !unicode.IsLetter(r) && (k == 0 || !unicode.IsDigit(r)) {
			return false
		}
	}
	return w != ""
}

// isLowerWord: lower-case letters only.
func isLowerWord(w string) bool {
	for _, r := range w {
		if !unicode.IsLower(r) {
			return false
		}
	}
	return w != ""
}

// fewWords: s has at most n words (it stops counting after n+1).
func fewWords(s string, n int) bool {
	words, inWord := 0, false
	for _, r := range s {
		space := isSpaceRune(r)
		if !space && !inWord {
			if words++; words > n {
				return false
			}
		}
		inWord = !space
	}
	return true
}
