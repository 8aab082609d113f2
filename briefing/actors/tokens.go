package actors

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// token is one word of the text with its byte offset.
type token struct {
	start int
	text  string // possessive 's removed
	// sentenceStart: the token opens a sentence or a line, where a capital
	// letter says nothing about names.
	sentenceStart bool
	// afterPunct: punctuation stands between the previous token and this one,
	// so the two cannot belong to one name.
	afterPunct bool
	info       *wordInfo // what the word lists say of text; nil if nothing
}

// tokenize splits text into words: letters and digits, with inner periods
// (U.S.), hyphens (Ki-moon) and apostrophes (O'Brien) kept.
func tokenize(text string) []token { return appendTokens(nil, text) }

// appendTokens appends the words of text to toks.
func appendTokens(toks []token, text string) []token {
	if n := len(toks) + len(text)/6 + 1; cap(toks) < n {
		toks = append(make([]token, 0, n), toks...)
	}
	boundary, punct := true, false
	for i := 0; i < len(text); {
		r, size := rune(text[i]), 1
		if r == ' ' {
			i++
			continue
		}
		word := isAlnumASCII[r]
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:])
			word = isWordRune(r)
		}
		if !word {
			if !unicode.IsSpace(r) {
				punct = true
			}
			if r == '.' || r == '!' || r == '?' || r == '\n' || r == '"' || r == '“' || r == ':' || r == '•' {
				boundary = true
			}
			i += size
			continue
		}
		end := wordEnd(text, i)
		w := text[i:end]
		w = strings.TrimSuffix(w, "'s")
		w = strings.TrimSuffix(w, "’s")
		toks = append(toks, token{start: i, text: w, sentenceStart: boundary, afterPunct: punct || boundary})
		boundary, punct = false, false
		i = end
	}
	return toks
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return isAlnumASCII[r]
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// isAlnumASCII marks the ASCII letters and digits.
var isAlnumASCII = func() (t [256]bool) {
	for c := range utf8.RuneSelf {
		t[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
	}
	return t
}()

// wordEnd finds the end of the word starting at i.
func wordEnd(text string, i int) int {
	j := i
	for j < len(text) {
		for j < len(text) && isAlnumASCII[text[j]] {
			j++
		}
		if j == len(text) {
			break
		}
		if c := text[j]; c < utf8.RuneSelf && c != '.' && c != '-' && c != '\'' {
			break // a space or a mark that never joins words
		}
		r, size := utf8.DecodeRuneInString(text[j:])
		if isWordRune(r) {
			j += size
			continue
		}
		if r == '.' || r == '-' || r == '\'' || r == '’' {
			next, _ := utf8.DecodeRuneInString(text[j+size:])
			if isWordRune(next) && (r != '.' || isInitials(text[i:j])) {
				j += size
				continue
			}
			// "U.S." keeps its final period.
			if r == '.' && isInitials(text[i:j]) && strings.Contains(text[i:j], ".") {
				return j + size
			}
		}
		break
	}
	return j
}

// isInitials reports whether w is a run of single capitals and periods (U, U.S).
func isInitials(w string) bool {
	if w == "" {
		return false
	}
	for k, r := range w {
		if k%2 == 0 && !(r >= 'A' && r <= 'Z') || k%2 == 1 && r != '.' {
			return false
		}
	}
	return true
}
