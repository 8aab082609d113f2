package summarize

import (
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"brief/internal/ascii"
)

// cutBlockRef is cutBlock in its plain form, the reference the fast loop
// is fuzzed against: a loop over runes that offers the first rune of every
// word to itemRef. It owns what the speed work rewrote, the loop and the
// item check (itemRef and below, on this file's plain token helpers and
// plain map lookups), so a fast path cannot agree with it by changing both
// sides. It shares the block machinery that work did not rewrite (the
// scanner's begin and cut, terminators, HTML breaks, the dateline and the
// closing attribution checks), whose token helpers FuzzTokenRef checks.
func cutBlockRef(text string, start, end int, cuts []int) []int {
	s := scanner{text: text, start: start, end: end, cuts: cuts}
	n0 := len(cuts)
	s.begin(start)
	if d := leadingDate(text, start, end); d > 0 {
		s.cut(d)
	}
	afterSpace := false
	for i := start; i < end; {
		r, n := utf8.DecodeRuneInString(text[i:end])
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
			itemRef(&s, i, r)
		}
		afterSpace = space
		i += n
	}
	switch {
	case !s.termCut:
	case len(s.cuts)-n0 <= 5 && pullQuote(text, start, s.first, end):
		s.cuts = s.cuts[:n0]
	case attribution(text, s.first, end, false):
		s.cuts = s.cuts[:len(s.cuts)-1]
	}
	return s.cuts
}

// itemRef is scanner.item: a bullet, the next list marker, a credit or a
// glued sentence starts at i.
func itemRef(s *scanner, i int, r rune) {
	switch {
	case isBullet(r):
		s.cut(i)
	case s.hasMark && nextItemRef(s, i):
		s.cut(i)
	case unicode.IsUpper(r):
		if w := wordAtRef(s.text, i, s.end); creditRef(s, i, w) || gluedRef(s, i, w) {
			s.cut(i)
		}
	}
}

func nextItemRef(s *scanner, i int) bool {
	m, ok := parseMarkRef(s.text, i, s.end)
	return ok && (m.follows(s.mark) || m.restarts(s.mark))
}

func creditRef(s *scanner, i int, w string) bool {
	return creditLabels[w] && strings.HasPrefix(s.text[i+len(w):s.end], ":")
}

func gluedRef(s *scanner, i int, w string) bool {
	if len(w) < 2 || !isTitleWordRunes(w) || !gluedStarters[strings.ToLower(w)] {
		return false
	}
	prev := prevTokenRef(s.text, s.first, trimRightRef(s.text, s.first, i))
	if gluedPrepositions[strings.ToLower(w)] && len(prev) > 1 && isWordToken(prev) &&
		!lineContinuers[strings.ToLower(prev)] && phraseAfterRef(s, i+len(w)) {
		return true
	}
	if !isLowerWord(prev) {
		return false
	}
	j := i + len(w)
	for n := 0; n < 2; n++ {
		j = skipSpaceRef(s.text, j, s.end)
		if j >= s.end {
			return n > 0
		}
		next := wordAtRef(s.text, j, s.end)
		if !isLowerWord(next) {
			return false
		}
		j += len(next)
	}
	return true
}

func phraseAfterRef(s *scanner, j int) bool {
	for n := 0; n < 5; n++ {
		j = skipSpaceRef(s.text, j, s.end)
		w := wordAtRef(s.text, j, s.end)
		switch {
		case n == 0 && !(isLowerWord(w) && determiners[strings.ToLower(w)]):
			return false
		case n > 0 && isLowerWord(w) && !lineContinuers[strings.ToLower(w)]:
			return true
		case w == "" || j+len(w) >= s.end || !isSpaceRune(rune(s.text[j+len(w)])):
			return false
		}
		j += len(w)
	}
	return false
}

// FuzzCutBlockRef: the fast cutBlock cuts every block where the reference
// does.
func FuzzCutBlockRef(f *testing.F) {
	for _, s := range []string{
		"", "Hello World. My name is Jonas.", wirePara, wrap(wirePara, 40), newsText(12),
		"1.) a 2.) b", "• 9. x • 10. y", "U.S.A. I went to J.C. Penney.", "a . . . . B", "x...\u2026. Y",
		"\"Hi.\" (Yes.) [1] Ok", "1. one 2. Two 3. three", "a) x b) y", "\xff\xfe. \x80A. b", "Mr.\nSmith. \u200bU.S. Army",
		"Photo: A. B They went in the dark", "i) a ii) b (a) c (b) d", "at 5 a.m. Mr. X. 6 p.m. Y",
		"<p>A.</p> <p>b.<br>C</p><a href=\"x\">D</a>. <", "Thursday, May 7, 2015 On Tuesday", "\"A. B.\" - C D",
		"logging on at high speed They spend twice as long", "Eddie Chu of DAB In the Kowloon West geographical",
		"Troops crossed near Kyiv Image: Reuters", "a • b Photo:x",
		// Glued sentences opening with A-words, which no seed above has.
		"talks ended late x After the vote y", "the port was shelled x According to officials z",
	} {
		f.Add(s, 0, len(s))
	}
	f.Fuzz(func(t *testing.T, text string, start, end int) {
		if start < 0 || end > len(text) || start > end {
			start, end = 0, len(text)
		}
		got := cutBlock(text, start, end, []int{start})
		want := cutBlockRef(text, start, end, []int{start})
		if !slices.Equal(got, want) {
			t.Fatalf("cutBlock(%q, %d, %d) = %v, want %v", text, start, end, got, want)
		}
	})
}

// TestCutBlockRefNews: the fast loop agrees on a long run of news copy and
// its paragraphs one by one.
func TestCutBlockRefNews(t *testing.T) {
	text := newsText(400)
	for _, p := range append(strings.Split(text, "\n\n"), text) {
		if got, want := cutBlock(p, 0, len(p), nil), cutBlockRef(p, 0, len(p), nil); !slices.Equal(got, want) {
			t.Fatalf("cutBlock(%q) = %v, want %v", p, got, want)
		}
	}
}

// The token helpers as they were before their ASCII fast paths: the
// references FuzzTokenRef checks them against.

func prevTokenRef(text string, start, i int) string {
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

func wordAtRef(text string, i, end int) string {
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

func parseMarkRef(text string, i, end int) (listMark, bool) {
	j := i
	open := j < end && text[j] == '('
	if open {
		j++
	}
	k := j
	for k < end && k-j < 4 && ascii.IsAlnum(text[k]) {
		k++
	}
	label := text[j:k]
	if !validLabel(label) {
		return listMark{}, false
	}
	var style string
	switch {
	case open && k < end && text[k] == ')':
		style, k = "(x)", k+1
	case open:
		return listMark{}, false
	case k+1 < end && text[k] == '.' && text[k+1] == ')':
		style, k = "x.)", k+2
	case k < end && (text[k] == '.' || text[k] == ')'):
		style, k = "x"+text[k:k+1], k+1
	default:
		return listMark{}, false
	}
	if k >= end || (text[k] != ' ' && text[k] != '\t' && text[k] != '\n' && text[k] != '\r') {
		return listMark{}, false
	}
	return listMark{label: label, style: style, end: k}, true
}

func skipSpaceRef(text string, i, end int) int {
	for i < end {
		r, n := utf8.DecodeRuneInString(text[i:end])
		if !isSpaceRune(r) {
			break
		}
		i += n
	}
	return i
}

func trimRightRef(text string, start, end int) int {
	for end > start {
		r, n := utf8.DecodeLastRuneInString(text[start:end])
		if !isSpaceRune(r) {
			break
		}
		end -= n
	}
	return end
}

func nextWordRef(s *scanner, k int) (rune, string) {
	j, tags := k, 0
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
			return r, s.text[j:w]
		case isSpaceRune(r) || isOpener(r) || unicode.Is(unicode.Cf, r) || unicode.Is(unicode.Sc, r):
			j += n
		case r == '<':
			e, _, _ := tagAt(s.text, j, s.end)
			if e == 0 || tags == 3 {
				return r, ""
			}
			j, k, tags = e, e, tags+1
		default:
			return r, ""
		}
	}
	return 0, ""
}

// FuzzTokenRef: the token helpers agree with their references at every
// offset of the text.
func FuzzTokenRef(f *testing.F) {
	for _, s := range []string{
		"", "Mr. Smith went to Washington.", " \t\n\u00a0x \u2003", "(“Hello,” she said) \u00adsoft", "naïve Café ÉCOLE",
		"\xff\xfe. \x80A. b", "<p>Next</p> <b><i><u>Deep</u></i></b>", "$5 €10 ‘quoted’ [1] -dash — x", "x\u200b\u200by", "abcdefghijklmnopqrstuvwxyzABCDEéFGH", "Ünïcödéééééééééééééééééééééééééééé", "1. a 2) b (iv) c (x) d.) e xii. f", "Élan Ñandú ÅSA",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		for i := 0; i <= len(text); i++ {
			for _, start := range []int{0, i / 2, i} {
				if got, want := prevToken(text, start, i), prevTokenRef(text, start, i); got != want {
					t.Fatalf("prevToken(%q, %d, %d) = %q, want %q", text, start, i, got, want)
				}
				if got, want := trimRight(text, start, i), trimRightRef(text, start, i); got != want {
					t.Fatalf("trimRight(%q, %d, %d) = %d, want %d", text, start, i, got, want)
				}
			}
			if got, want := isTitleWord(text[i:]), isTitleWordRunes(text[i:]); got != want {
				t.Fatalf("isTitleWord(%q) = %v, want %v", text[i:], got, want)
			}
			for _, end := range []int{i / 2, i, (i + len(text)) / 2, len(text)} {
				m, ok := parseMark(text, i, max(i, end))
				if m2, ok2 := parseMarkRef(text, i, max(i, end)); m != m2 || ok != ok2 {
					t.Fatalf("parseMark(%q, %d, %d) = %v %v, want %v %v", text, i, end, m, ok, m2, ok2)
				}
				if got, want := wordAt(text, i, end), wordAtRef(text, i, end); got != want {
					t.Fatalf("wordAt(%q, %d, %d) = %q, want %q", text, i, end, got, want)
				}
			}
			if got, want := skipSpace(text, i, len(text)), skipSpaceRef(text, i, len(text)); got != want {
				t.Fatalf("skipSpace(%q, %d) = %d, want %d", text, i, got, want)
			}
			s := &scanner{text: text, start: 0, end: len(text)}
			r, w := s.nextWord(i)
			if r2, w2 := nextWordRef(s, i); r != r2 || w != w2 {
				t.Fatalf("nextWord(%q, %d) = %q %q, want %q %q", text, i, r, w, r2, w2)
			}
		}
	})
}

// FuzzSetShape: a set's shape never turns away a word the set holds.
func FuzzSetShape(f *testing.F) {
	for _, s := range []string{"e.g", "I.E", "vs", "Gen", "gen", "Calif", "Lt", "In", "K", "İ", "ſ", "viz", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, w string) {
		for _, c := range []struct {
			set map[string]bool
			sh  *setShape
		}{{inner, &innerShape}, {titles, &titlesShape}, {abbrevs, &abbrevsShape}, {gluedStarters, &gluedStartersShape}} {
			if inSet(c.set, w) && !c.sh.may(w) {
				t.Fatalf("shape turns away %q", w)
			}
		}
	})
}
