package summarize

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// scanner finds the sentence breaks inside one block: a stretch of text
// whose line breaks are all soft. It walks the block once; every decision
// looks at most a few dozen bytes back or ahead (lookBack, lookAhead), so
// splitting is linear in the size of the text.
type scanner struct {
	text       string
	start, end int // the block
	first      int // first non-space byte of the current sentence
	mark       listMark
	hasMark    bool
	markEnd    int // end of the current sentence's list marker, else first
	cuts       []int
	termCut    bool // the last cut followed a terminator
}

const (
	lookBack  = 40
	lookAhead = 32
)

// cutPlain marks the ASCII bytes cutBlock passes over when no space comes
// before them: not a space, a terminator or the start of a tag.
var cutPlain = func() (t [256]bool) {
	for c := 0; c < utf8.RuneSelf; c++ {
		r := rune(c)
		t[c] = !isSpaceRune(r) && !isTerm(r) && r != '<'
	}
	return t
}()

// cutBlock appends to cuts the byte offsets where a sentence starts inside
// text[start:end] (start itself excluded).
func cutBlock(text string, start, end int, cuts []int) []int {
	s := scanner{text: text, start: start, end: end, cuts: cuts}
	n0 := len(cuts)
	s.begin(start)
	if d := leadingDate(text, start, end); d > 0 {
		s.cut(d) // a dateline glued to the first sentence
	}
	afterSpace := false
	t := text[:end]
	for i := start; i < end; {
		c := t[i]
		if cutPlain[c] {
			// A word's first byte: only a capital (or, in a list, any
			// byte) may start an item; lower case and digits cannot.
			if afterSpace {
				afterSpace = false
				if ('A' <= c && c <= 'Z' || s.hasMark) && i > s.first {
					s.item(i, rune(c))
				}
			}
			// The rest of the word: nothing to decide (most bytes).
			for i++; i < len(t) && cutPlain[t[i]]; i++ {
			}
			if i < len(t) && t[i] == ' ' {
				afterSpace = true // the space after the word
				i++
			}
			continue
		}
		if c == ' ' {
			afterSpace = true
			i++
			continue
		}
		r, n := rune(c), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(text[i:end])
		}
		space := isSpaceRune(r)
		switch {
		case isTerm(r):
			i, afterSpace = s.terminal(i), false
			continue
		case r == '<':
			if e := s.htmlBreak(i); e > i {
				i, afterSpace = e, true
				continue
			}
		case afterSpace && !space && i > s.first:
			s.item(i, r)
		}
		afterSpace = space
		i += n
	}
	switch { // the end of the block, after a terminator: a quote's attribution?
	case !s.termCut:
	case len(s.cuts)-n0 <= 5 && pullQuote(text, start, s.first, end):
		s.cuts = s.cuts[:n0]
	case attribution(text, s.first, end, false):
		s.cuts = s.cuts[:len(s.cuts)-1]
	}
	return s.cuts
}

// pullQuote: the paragraph text[start:end] is a quotation of a few
// sentences and then, from tail on, its attribution ("\"... It's a long
// game.\" - Jane Doe"), as in a quote box. It is kept whole, one sentence.
func pullQuote(text string, start, tail, end int) bool {
	before, _ := utf8.DecodeLastRuneInString(text[start:trimRight(text, start, tail)])
	switch firstRune(text, start, end) {
	case '"', '“', '‘', '«', '\'':
	default:
		return false
	}
	switch before {
	case '"', '”', '’', '»', '\'':
		return attribution(text, tail, end, true)
	}
	return false
}

// attribution: text[i:end], the end of a paragraph after a sentence, is a
// short tail without final punctuation (and without a comma unless comma)
// that does not start like a sentence: the speaker or source of a quote
// ("... a long game." - Matthew Ingram) or a credit. It stays with the
// sentence before it. A name with a role ("Jane Doe, NATO spokeswoman")
// after a plain sentence stands alone, as a caption does.
func attribution(text string, i, end int, comma bool) bool {
	l := textLine{first: i, end: end}
	last, _ := utf8.DecodeLastRuneInString(text[i:end])
	if lineEndsSentence(text, l) || last == ',' || last == ':' || isBullet(firstRune(text, i, end)) ||
		!fewWords(text[i:end], 10) || (!comma && strings.Contains(text[i:end], ", ")) {
		return false
	}
	if _, ok := parseMark(text, i, end); ok {
		return false
	}
	j := i
	for j < end {
		r, n := utf8.DecodeRuneInString(text[j:end])
		if !isOpener(r) && !isSpaceRune(r) {
			break
		}
		j += n
	}
	w := wordAt(text, j, end)
	return isTitleWord(w) && !inSet(starters, w)
}

// begin starts a sentence at i and reads its list marker, if any.
func (s *scanner) begin(i int) {
	s.first = skipSpace(s.text, i, s.end)
	j := skipBullets(s.text, s.first, s.end)
	s.mark, s.hasMark = parseMark(s.text, j, s.end)
	s.markEnd = s.first
	if s.hasMark {
		s.markEnd = s.mark.end
	}
}

func (s *scanner) cut(i int) {
	s.termCut = false
	s.cuts = append(s.cuts, i)
	s.begin(i)
}

// item breaks before a word that starts a sentence without punctuation
// before it: a bullet, the next marker of the list that the current
// sentence started ("1. The first item 2. The second item"), a photo credit
// ("... in Kyiv Image: Reuters."), or a glued sentence (see glued).
func (s *scanner) item(i int, r rune) {
	switch {
	case isBullet(r):
		s.cut(i)
	case s.hasMark && s.nextItem(i):
		s.cut(i)
	case unicode.IsUpper(r):
		if w := wordAt(s.text, i, s.end); s.credit(i, w) || s.glued(i, w) {
			s.cut(i)
		}
	}
}

// nextItem: the next item of the current sentence's list, or a new list of
// the same style, starts at i.
func (s *scanner) nextItem(i int) bool {
	m, ok := parseMark(s.text, i, s.end)
	return ok && (m.follows(s.mark) || m.restarts(s.mark))
}

// credit: a credit label such as "Image:" or "Photo:" starts at i, where
// the word w is.
func (s *scanner) credit(i int, w string) bool {
	return strings.HasPrefix(s.text[i+len(w):s.end], ":") && creditLabels[w] // the colon first: it is rare
}

// glued: scraped text that lost the full stop between two sentences
// ("logging on at high speed They spend twice as long"). A capitalised
// starter word between a lower-case word and two lower-case words begins
// a sentence; titles ("for On the Waterfront") have capitals after it.
// "In the", "At a" ... begin one after any word but a function word when
// a lower-case content word soon follows ("Eddie Chu of DAB In the Kowloon
// West geographical constituency"), which titles lack ("On the Waterfront").
func (s *scanner) glued(i int, w string) bool {
	if len(w) < 2 || !gluedStartersShape.may(w) || !isTitleWord(w) || !inSet(gluedStarters, w) {
		return false
	}
	prev := prevToken(s.text, s.first, trimRight(s.text, s.first, i))
	if inSet(gluedPrepositions, w) && len(prev) > 1 && isWordToken(prev) &&
		!inSet(lineContinuers, prev) && s.phraseAfter(i+len(w)) {
		return true
	}
	if !isLowerWord(prev) {
		return false
	}
	j := i + len(w)
	for n := 0; n < 2; n++ {
		j = skipSpace(s.text, j, s.end)
		if j >= s.end {
			return n > 0
		}
		next := wordAt(s.text, j, s.end)
		if !isLowerWord(next) {
			return false
		}
		j += len(next)
	}
	return true
}

// phraseAfter: after j come a lower-case determiner and, within four more
// words and before any punctuation, a lower-case word that is not a
// function word ("the Kowloon West geographical").
func (s *scanner) phraseAfter(j int) bool {
	for n := 0; n < 5; n++ {
		j = skipSpace(s.text, j, s.end)
		w := wordAt(s.text, j, s.end)
		switch {
		case n == 0 && !(isLowerWord(w) && inSet(determiners, w)):
			return false
		case n > 0 && isLowerWord(w) && !inSet(lineContinuers, w):
			return true
		case w == "" || j+len(w) >= s.end || !isSpaceRune(rune(s.text[j+len(w)])):
			return false
		}
		j += len(w)
	}
	return false
}
