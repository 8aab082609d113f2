package summarize

import (
	"testing"
	"unicode/utf8"
)

// FuzzCleanFast checks the cleaner's word-at-a-time fast paths against the
// plain definitions they stand for.
func FuzzCleanFast(f *testing.F) {
	for _, s := range []string{
		"", "short", "exactly eight", "A plain ASCII line of text that runs well past the limit of runes counted here.",
		"naïve café ünïcödé — “quoted” text with non-ASCII letters after some plain ASCII bytes",
		"\xff\xfe\x80 broken UTF-8 \xc3 in the middle \xe2\x80 of a line", "大西洋の海です。大西洋の海です。",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, limit := range []int{0, 1, 7, 8, 9, 16, 30, maxWrap + 1, maxLineWidth} {
			if got, want := cleanRunesUpTo(s, limit), min(utf8.RuneCountInString(s), limit); got != want {
				t.Fatalf("cleanRunesUpTo(%q, %d) = %d, want %d", s, limit, got, want)
			}
		}
	})
}
