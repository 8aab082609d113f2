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

// cutBlock appends to cuts the byte offsets where a sentence starts inside
// text[start:end] (start itself excluded).
func cutBlock(text string, start, end int, cuts []int) []int {
	s := scanner{text: text, start: start, end: end, cuts: cuts}
	s.begin(start)
	for i := start; i < end; {
		r, n := utf8.DecodeRuneInString(text[i:end])
		if isTerm(r) {
			i = s.terminal(i)
			continue
		}
		if i > s.first && s.wordStart(i) {
			s.item(i, r)
		}
		i += n
	}
	if s.termCut && attribution(text, s.first, end) {
		s.cuts = s.cuts[:len(s.cuts)-1]
	}
	return s.cuts
}

// attribution: text[i:end], the end of a paragraph after a sentence, is a
// short tail without final punctuation that does not start like a sentence:
// the speaker or source of a pull quote ("... a long game." - Matthew
// Ingram) or a credit. It stays with the sentence before it.
func attribution(text string, i, end int) bool {
	l := line{first: i, end: end}
	last, _ := utf8.DecodeLastRuneInString(text[i:end])
	if endsSentence(text, l) || last == ',' || last == ':' || isBullet(firstRune(text, i, end)) ||
		len(strings.Fields(text[i:end])) > 10 {
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
	return isTitleWord(w) && !starters[strings.ToLower(w)]
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

func (s *scanner) wordStart(i int) bool {
	r, _ := utf8.DecodeLastRuneInString(s.text[s.start:i])
	return isSpaceRune(r)
}

// item breaks before a word that starts a sentence without punctuation
// before it: a bullet, the next marker of the list that the current
// sentence started ("1. The first item 2. The second item"), a photo credit
// ("... in Kyiv Image: Reuters."), or a glued sentence (see glued).
func (s *scanner) item(i int, r rune) {
	switch {
	case isBullet(r):
		s.cut(i)
	case s.hasMark:
		if m, ok := parseMark(s.text, i, s.end); ok && (m.follows(s.mark) || m.restarts(s.mark)) {
			s.cut(i)
		}
	case unicode.IsUpper(r):
		if s.credit(i) || s.glued(i) {
			s.cut(i)
		}
	}
}

// credit: a credit label such as "Image:" or "Photo:" starts at i.
func (s *scanner) credit(i int) bool {
	w := wordAt(s.text, i, s.end)
	return creditLabels[w] && strings.HasPrefix(s.text[i+len(w):s.end], ":")
}

// glued: scraped text that lost the full stop between two sentences
// ("logging on at high speed They spend twice as long"). A capitalised
// starter word between a lower-case word and two lower-case words begins
// a sentence; titles ("for On the Waterfront") have capitals after it.
func (s *scanner) glued(i int) bool {
	w := wordAt(s.text, i, s.end)
	if len(w) < 2 || !starters[strings.ToLower(w)] || !isTitleWord(w) {
		return false
	}
	prev := prevToken(s.text, s.first, trimRight(s.text, s.first, i))
	if prev == "" || strings.ToLower(prev) != prev || !isWord(prev) {
		return false
	}
	j := i + len(w)
	for n := 0; n < 2; n++ {
		j = skipSpace(s.text, j, s.end)
		if j >= s.end {
			return n > 0
		}
		next := wordAt(s.text, j, s.end)
		if next == "" || strings.ToLower(next) != next {
			return false
		}
		j += len(next)
	}
	return true
}

func firstRune(text string, i, end int) rune {
	r, _ := utf8.DecodeRuneInString(text[i:end])
	return r
}

// wordAt is the run of letters at text[i:], at most lookAhead bytes.
func wordAt(text string, i, end int) string {
	j := i
	for j < end && j-i < lookAhead {
		r, n := utf8.DecodeRuneInString(text[j:end])
		if !unicode.IsLetter(r) {
			break
		}
		j += n
	}
	return text[i:j]
}

// isTitleWord: an upper-case letter, then lower-case letters only.
func isTitleWord(w string) bool {
	for k, r := range w {
		if (k == 0) != unicode.IsUpper(r) {
			return false
		}
	}
	return w != ""
}

// isWord: letters only.
func isWord(w string) bool {
	for _, r := range w {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

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
	case s.listStart(k):
		return k, true
	case unicode.IsLower(f) || s.nextIs(k, '.') || s.nextIs(k, '…'):
		// lower case goes on; so does an ellipsis ("of Scientology. ... The next")
		return 0, false
	case c.cjk:
		return k, true
	case c.bang: // "Why? 15 ..." is rare; "firma? 13:28" is not a break
		return k, !unicode.IsDigit(f) && !bangNames[strings.ToLower(prevToken(s.text, s.first, i))] || starters[word]
	case c.dots >= 2:
		return s.ellipsis(i, c, k)
	}
	return s.period(i, k, k > c.end, f, word)
}

// listStart: the first list item ("1.", "a)", "(i)") starts after k.
func (s *scanner) listStart(k int) bool {
	j := skipSpace(s.text, k, s.end)
	m, ok := parseMark(s.text, j, s.end)
	return ok && m.first()
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
	cls := classify(prev)
	if unicode.IsDigit(f) { // "No. 3", "p. 55" but "in 2019. 2020 was"
		last, _ := utf8.DecodeLastRuneInString(prev)
		return k, cls == clsWord && (unicode.IsLetter(last) || unicode.IsDigit(last))
	}
	switch cls {
	case clsTitle:
		return k, len(word) > 1 && starters[word]
	case clsInitial, clsAbbrev:
		return k, starters[word]
	case clsInner:
		return 0, false
	case clsMulti:
		if timeAbbrevs[strings.ToLower(prev)] {
			return k, s.afterTime(i, word)
		}
		return k, starters[word]
	}
	return k, true
}

// afterTime: "6 P.M. Mr. Smith then" breaks, "At 5 a.m. Mr. Smith went"
// (a time opening the sentence) and "5 p.m. Monday" do not.
func (s *scanner) afterTime(i int, word string) bool {
	switch {
	case starters[word]:
		return true
	case notAfterTime[word]:
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
		!(unicode.IsLower(last) || unicode.IsDigit(last)) {
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

// nextWord skips spaces and opening punctuation after k and returns the
// first letter or digit there (0 if none near) and the lower-cased word that
// starts with it.
func (s *scanner) nextWord(k int) (rune, string) {
	j := k
	for j < s.end && j-k < lookAhead {
		r, n := utf8.DecodeRuneInString(s.text[j:s.end])
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			w := j
			for w < s.end && w-j < lookAhead {
				r2, n2 := utf8.DecodeRuneInString(s.text[w:s.end])
				if !unicode.IsLetter(r2) {
					break
				}
				w += n2
			}
			return r, strings.ToLower(s.text[j:w])
		case isSpaceRune(r) || isOpener(r) || unicode.Is(unicode.Cf, r) || unicode.Is(unicode.Sc, r):
			j += n
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

func classify(tok string) int {
	if tok == "" {
		return clsWord
	}
	low := strings.ToLower(tok)
	first, _ := utf8.DecodeRuneInString(tok)
	switch {
	case inner[low]:
		return clsInner
	case utf8.RuneCountInString(tok) == 1 && unicode.IsLetter(first):
		return clsInitial
	case titles[low] && unicode.IsUpper(first):
		return clsTitle
	case titles[low] || abbrevs[low]:
		return clsAbbrev
	case isMulti(tok):
		return clsMulti
	}
	return clsWord
}

// isMulti: letters in groups of one or two joined by full stops ("U.S",
// "Ph.D", "a.m").
func isMulti(tok string) bool {
	if !strings.Contains(tok, ".") {
		return false
	}
	for _, part := range strings.Split(tok, ".") {
		n := 0
		for _, r := range part {
			if !unicode.IsLetter(r) {
				return false
			}
			n++
		}
		if n < 1 || n > 2 {
			return false
		}
	}
	return true
}

// prevToken is the word that ends at i: back to the previous space (at
// most lookBack bytes, not before start), without opening punctuation or
// invisible format characters in front.
func prevToken(text string, start, i int) string {
	j := i
	for j > start && i-j < lookBack {
		r, n := utf8.DecodeLastRuneInString(text[start:j])
		if isSpaceRune(r) {
			break
		}
		j -= n
	}
	for j < i {
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

func isSpaceRune(r rune) bool { return unicode.IsSpace(r) }
