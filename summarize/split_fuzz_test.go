package summarize

import (
	"testing"
	"unicode"
	"unicode/utf8"
)

// FuzzSplit checks the offset invariants on any input: no panic; sentences
// in order, not overlapping, inside the text, on rune boundaries, trimmed,
// non-empty, Text == text[Start:End]; indexes count up; paragraphs never
// go down.
func FuzzSplit(f *testing.F) {
	for _, s := range []string{
		"", "Hello World. My name is Jonas.", wirePara, wrap(wirePara, 40),
		"1.) a 2.) b", "• 9. x • 10. y", "U.S.A. I went to J.C. Penney.", "a . . . . B", "x...\u2026. Y",
		"\"Hi.\" (Yes.) [1] Ok", "title\n\n\nbody\r\ntext\rmore", "\xff\xfe. \x80A. b", "Mr.\nSmith. \u200bU.S. Army",
		"Photo: A. B They went in the dark", "i) a ii) b (a) c (b) d", "at 5 a.m. Mr. X. 6 p.m. Y",
		"<p>A.</p> <p>b.<br>C</p><a href=\"x\">D</a>. <", "Thursday, May 7, 2015 On Tuesday", "\"A. B.\" - C D",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		checkInvariants(t, text, Split(text))
	})
}

func checkInvariants(t *testing.T, text string, got []Sentence) {
	t.Helper()
	starts := runeStarts(text)
	prevEnd, prevPara := 0, 0
	for i, s := range got {
		switch {
		case s.Index != i:
			t.Fatalf("sentence %d has Index %d", i, s.Index)
		case s.Start < prevEnd || s.End <= s.Start || s.End > len(text):
			t.Fatalf("sentence %d [%d,%d) out of order or range (previous end %d, len %d)", i, s.Start, s.End, prevEnd, len(text))
		case !starts[s.Start] || !starts[s.End]:
			t.Fatalf("sentence %d [%d,%d) not on rune boundaries", i, s.Start, s.End)
		case s.Text != text[s.Start:s.End]:
			t.Fatalf("sentence %d Text %q != text[%d:%d]", i, s.Text, s.Start, s.End)
		case s.Paragraph < prevPara || (i == 0 && s.Paragraph != 0):
			t.Fatalf("sentence %d paragraph %d after %d", i, s.Paragraph, prevPara)
		}
		first, _ := utf8.DecodeRuneInString(s.Text)
		last, _ := utf8.DecodeLastRuneInString(s.Text)
		if unicode.IsSpace(first) || unicode.IsSpace(last) {
			t.Fatalf("sentence %d not trimmed: %q", i, s.Text)
		}
		prevEnd, prevPara = s.End, s.Paragraph
	}
	// Nothing but white space is left out (runes as decoded in the whole
	// text: pieces of invalid UTF-8 may join into a space when glued).
	k := 0
	for i, r := range text {
		for k < len(got) && got[k].End <= i {
			k++
		}
		if (k == len(got) || i < got[k].Start) && !unicode.IsSpace(r) {
			t.Fatalf("rune %q at %d is in no sentence: %q", r, i, text)
		}
	}
}

// runeStarts marks the offsets where Go's decoder starts a rune, and len.
func runeStarts(text string) map[int]bool {
	m := map[int]bool{len(text): true}
	for i := range text {
		m[i] = true
	}
	return m
}
