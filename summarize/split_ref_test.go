package summarize

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// cutBlockRef is cutBlock as it was before its loop skipped words and
// spaces in tight loops: the reference the fast loop is fuzzed against.
func cutBlockRef(text string, start, end int, cuts []int) []int {
	s := scanner{text: text, start: start, end: end, cuts: cuts}
	n0 := len(cuts)
	s.begin(start)
	if d := leadingDate(text, start, end); d > 0 {
		s.cut(d)
	}
	afterSpace := false
	for i := start; i < end; {
		if !afterSpace && cutPlain[text[i]] {
			i++
			continue
		}
		r, n := rune(text[i]), 1
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
	switch {
	case !s.termCut:
	case len(s.cuts)-n0 <= 5 && pullQuote(text, start, s.first, end):
		s.cuts = s.cuts[:n0]
	case attribution(text, s.first, end, false):
		s.cuts = s.cuts[:len(s.cuts)-1]
	}
	return s.cuts
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
