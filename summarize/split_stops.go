package summarize

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Terminators: whether . ! ? … and their clusters end a sentence.

// cluster is a run of terminators: "." "?!" "..." "…" ". . . .".
type cluster struct {
	end    int
	dots   int  // full stops, an ellipsis rune counting 3
	bang   bool // holds ! or ?
	spaced bool // dots separated by single spaces
	cjk    bool // 。
}

// terminal handles the terminators at i and returns where scanning goes on.
func (s *scanner) terminal(i int) int {
	c := s.cluster(i)
	k := s.closers(c.end)
	if i < s.markEnd || k >= s.end {
		return k
	}
	if at, ok := s.decide(i, c, k); ok && at > s.first {
		s.cut(at)
		s.termCut = true
	}
	return k
}

func (s *scanner) cluster(i int) cluster {
	c := cluster{end: i}
	for c.end < s.end {
		r, n := utf8.DecodeRuneInString(s.text[c.end:s.end])
		switch r {
		case '.':
			c.dots++
		case '…':
			c.dots += 3
		case '!', '?', '‼', '⁇', '⁈', '⁉', '！', '？':
			c.bang = true
		case '。', '｡', '．':
			c.cjk = true
		case ' ':
			// a spaced ellipsis ". . ." alternates dots and single spaces
			if c.dots > 0 && !c.bang && s.text[c.end-1] == '.' && strings.HasPrefix(s.text[c.end+1:s.end], ".") &&
				!strings.HasPrefix(s.text[c.end+1:s.end], "..") {
				c.spaced = true
				break
			}
			return c
		default:
			return c
		}
		c.end += n
	}
	return c
}

// closers skips closing quotes and brackets and citation marks ("[12]")
// after a terminator.
func (s *scanner) closers(j int) int {
	for j < s.end {
		r, n := utf8.DecodeRuneInString(s.text[j:s.end])
		switch {
		case isCloser(r) || r == '“' || r == '‘' || r == '„':
			j += n // a quote mark right after a terminator closes a quotation
		case r == '<':
			e, name, closing := tagAt(s.text, j, s.end)
			if e == 0 || !closing || blockTags[name] {
				return j // block tags break in the scan loop
			}
			j = e // "</em>", "</a>"
		case r == '[':
			e := citation(s.text, j, s.end)
			if e == j {
				return j
			}
			j = e
		default:
			return j
		}
	}
	return j
}

// citation returns the end of a reference mark such as "[3]" or "[2–11]"
// at text[i:], or i.
func citation(text string, i, end int) int {
	j := i + 1
	digits := 0
	for j < end && j-i < 12 {
		r, n := utf8.DecodeRuneInString(text[j:end])
		switch {
		case r >= '0' && r <= '9':
			digits++
		case r == ']':
			if digits > 0 {
				return j + 1
			}
			return i
		case r != ',' && r != '-' && r != '–' && r != ' ':
			return i
		}
		j += n
	}
	return i
}

// decide says whether the terminators at [i, c.end) followed by closers up
// to k end a sentence, and where the next one starts.
func (s *scanner) decide(i int, c cluster, k int) (int, bool) {
	r, _ := utf8.DecodeRuneInString(s.text[k:s.end])
	if !isSpaceRune(r) {
		switch {
		case c.cjk:
			return k, true
		case c.dots == 1 && !c.bang && k == c.end:
			if at, ok := s.footnote(i); ok {
				return at, true
			}
			return s.inToken(i)
		}
		return 0, false
	}
	f, word := s.nextWord(k)
	switch {
	case s.listStart(k) && !s.takesNumber(i):
		return k, true
	case !unicode.IsLetter(f) && !unicode.IsDigit(f): // "(Ae Fond Kiss... )."
		return 0, false
	case s.tokenised(i, c):
		// "defence . they agreed": a stop standing alone between spaces is
		// tokenised text, where lower case says nothing.
		return k, true
	case unicode.IsLower(f) || s.nextIs(k, '.') || s.nextIs(k, '…'):
		// lower case goes on; so does an ellipsis ("of Scientology. ... The next")
		return 0, false
	case c.cjk:
		return k, true
	case c.bang: // "Why? 15 ..." is rare; "firma? 13:28" is not a break
		return k, !unicode.IsDigit(f) && !inSet(bangNames, prevToken(s.text, s.first, i)) || inSet(starters, word)
	case c.dots >= 2:
		return s.ellipsis(i, c, k)
	}
	return s.period(i, k, k > c.end, f, word)
}

// tokenised: the single terminator at i has a space before it, as in
// tokenised text ("defence ."); no abbreviation or ellipsis looks like that.
func (s *scanner) tokenised(i int, c cluster) bool {
	return (c.dots == 1 || c.bang && c.dots == 0) && i > s.first && s.text[i-1] == ' ' && c.end-i <= 1
}

// takesNumber: the stop at i ends an abbreviation that a number follows
// ("Jan. 1. In August ...", "No. 3."), so a number after it is no list item.
func (s *scanner) takesNumber(i int) bool {
	return inSet(numberAbbrevs, prevToken(s.text, s.first, i))
}

// listStart: a list starts after k: its first item ("1.", "a)", "(i)"),
// or an item whose next item follows within a few words ("w) hello x)").
func (s *scanner) listStart(k int) bool {
	j := skipSpace(s.text, k, s.end)
	m, ok := parseMark(s.text, j, s.end)
	if !ok || m.first() {
		return ok
	}
	for p := m.end; p < s.end && p-m.end < 2*lookAhead; p++ {
		if isSpaceRune(rune(s.text[p-1])) && !isSpaceRune(rune(s.text[p])) {
			if n, ok := parseMark(s.text, p, s.end); ok {
				return n.follows(m)
			}
		}
	}
	return false
}

// footnote breaks after note numbers stuck to a full stop at i ("in a
// consultation.11 12 Take the example"): one to three digits, maybe a few
// such groups, then a capitalised word. A number before the stop ("2.0")
// or a single letter ("v.2") is no sentence.
func (s *scanner) footnote(i int) (int, bool) {
	prev := prevToken(s.text, s.first, i)
	last, _ := utf8.DecodeLastRuneInString(prev)
	if !(unicode.IsLetter(last) || last == ')') || utf8.RuneCountInString(prev) < 2 {
		return 0, false
	}
	j, at := i+1, 0
	for groups := 0; groups < 4; groups++ {
		d := j
		for d < s.end && d-j < 3 && s.text[d] >= '0' && s.text[d] <= '9' {
			d++
		}
		if d == j || (d < s.end && s.text[d] != ' ') {
			break
		}
		at, j = d, d+1
	}
	if at == 0 || j >= s.end {
		return 0, false
	}
	r, _ := utf8.DecodeRuneInString(s.text[j:s.end])
	return at, unicode.IsUpper(r)
}

// nextIs: the first non-space rune after k is r.
func (s *scanner) nextIs(k int, r rune) bool {
	j := skipSpace(s.text, k, s.end)
	r2, _ := utf8.DecodeRuneInString(s.text[j:s.end])
	return j < s.end && r2 == r
}

// period decides a single full stop followed by a space and a word that
// does not start in lower case.
func (s *scanner) period(i, k int, closed bool, f rune, word string) (int, bool) {
	if closed { // a closing quote or bracket after the stop: "... great." She
		return k, true
	}
	prev := prevToken(s.text, s.first, i)
	cls := classifyToken(prev)
	if unicode.IsDigit(f) { // "No. 3", "p. 55" but "in 2019. 2020 was"
		last, _ := utf8.DecodeLastRuneInString(prev)
		return k, cls == clsWord && (unicode.IsLetter(last) || unicode.IsDigit(last))
	}
	switch cls {
	case clsTitle:
		return k, len(word) > 1 && inSet(starters, word)
	case clsInitial, clsAbbrev:
		return k, inSet(starters, word)
	case clsInner:
		return 0, false
	case clsMulti:
		if inSet(timeAbbrevs, prev) {
			return k, s.afterTime(i, word)
		}
		return k, inSet(starters, word)
	}
	return k, true
}

// afterTime: "6 P.M. Mr. Smith then" breaks, "At 5 a.m. Mr. Smith went"
// (a time opening the sentence) and "5 p.m. Monday" do not.
func (s *scanner) afterTime(i int, word string) bool {
	switch {
	case inSet(starters, word):
		return true
	case inSet(notAfterTime, word):
		return false
	}
	return i-s.first > lookBack || len(strings.Fields(s.text[s.first:i])) > 3
}

// ellipsis decides "...", "…", ". . ." and four-dot forms. A spaced
// three-dot ellipsis or one that follows a space marks an omission inside a
// sentence; four dots end one; "word... Next" ends one.
func (s *scanner) ellipsis(i int, c cluster, k int) (int, bool) {
	before, _ := utf8.DecodeLastRuneInString(s.text[s.start:i])
	attached := i > s.start && !isSpaceRune(before)
	switch {
	case before == '[' || before == '(': // "[...]": an omission, which may span a sentence end
		return k, !s.nextIs(k, '(')
	case c.spaced && attached && c.dots >= 4: // "compounds. . . . The": a stop, then an ellipsis
		return i + 1, true
	case c.dots >= 4:
		return k, true
	case c.spaced || !attached:
		return 0, false
	}
	return k, true
}

// inToken breaks a full stop with no space after it between a word and a
// capitalised word ("Hello world.Today is"), but not inside web or mail
// addresses, file names or abbreviations ("Jane.Doe@example.com", "U.S.A").
func (s *scanner) inToken(i int) (int, bool) {
	prev := prevToken(s.text, s.first, i)
	last, _ := utf8.DecodeLastRuneInString(prev)
	if utf8.RuneCountInString(prev) < 2 || strings.ContainsAny(prev, "@/:.") ||
		!(unicode.IsLower(last) || unicode.IsDigit(last)) || classifyToken(prev) != clsWord {
		return 0, false
	}
	j := i + 1
	r, n := utf8.DecodeRuneInString(s.text[j:s.end])
	if !unicode.IsUpper(r) {
		return 0, false
	}
	j += n
	lower := 0
	for j < s.end && j-i < lookAhead {
		r, n = utf8.DecodeRuneInString(s.text[j:s.end])
		if !unicode.IsLower(r) {
			break
		}
		lower++
		j += n
	}
	if lower == 0 {
		return 0, false
	}
	return i + 1, s.wordEnds(j)
}

// wordEnds: the word ending at j is followed by a space, the end, or
// punctuation and then a space or the end (not ".com", "@", "(").
func (s *scanner) wordEnds(j int) bool {
	if j >= s.end {
		return true
	}
	r, n := utf8.DecodeRuneInString(s.text[j:s.end])
	switch {
	case isSpaceRune(r):
		return true
	case strings.ContainsRune(".,;:!?", r):
		if j+n >= s.end {
			return true
		}
		r2, _ := utf8.DecodeRuneInString(s.text[j+n : s.end])
		return isSpaceRune(r2) || isCloser(r2)
	}
	return false
}
