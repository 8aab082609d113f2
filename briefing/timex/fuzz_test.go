package timex

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func FuzzTag(f *testing.F) {
	for _, s := range []string{
		"NATO ministers met on Tuesday, June 4, 2013, for a two-day meeting.",
		"In 2007 ... one year later; a year earlier; the third-quarter results of fiscal 2024.",
		"at 5 p.m. EST, Nov. 6 — every Monday, daily, the 1990s, mid-2014, FY25",
		"\xff\xfe May 3\u00a0March 2011 '98 nineteen ninety-four",
	} {
		f.Add(s, "2013-06-04T19:15")
		f.Add(s, "")
	}
	f.Fuzz(func(t *testing.T, text, published string) {
		checkPrefilter(t, text)
		prev := 0
		for _, x := range Tag(text, published) {
			if x.Start < prev || x.End <= x.Start || x.End > len(text) {
				t.Fatalf("bad offsets %d-%d after %d in %q", x.Start, x.End, prev, text)
			}
			if x.Text != text[x.Start:x.End] {
				t.Fatalf("Text %q != text[%d:%d]", x.Text, x.Start, x.End)
			}
			if splitsRune(text, x.Start) || splitsRune(text, x.End) {
				t.Fatalf("offsets %d-%d not on rune boundaries", x.Start, x.End)
			}
			if x.Value == "" || !strings.Contains("DATE TIME DURATION SET", x.Type) {
				t.Fatalf("bad type/value %q %q", x.Type, x.Value)
			}
			prev = x.End
		}
	})
}

// splitsRune reports whether offset i falls inside a valid multi-byte rune
// (stray bytes of invalid UTF-8 have no boundary to respect).
func splitsRune(text string, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if utf8.RuneStart(text[k]) {
			r, size := utf8.DecodeRuneInString(text[k:])
			return r != utf8.RuneError && k+size > i
		}
	}
	return false
}
