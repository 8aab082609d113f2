package summarize

import (
	"reflect"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"
)

// titleSep is what cleanHasTitleSep and cleanNextTitleSep find by hand: a
// title separator between spaces.
var titleSep = regexp.MustCompile(`\s+(?:[|–—-]|::|»)\s+`)

// TestCleanASCIISpace: the byte test agrees with isSpace on ASCII.
func TestCleanASCIISpace(t *testing.T) {
	for c := 0; c < utf8.RuneSelf; c++ {
		if cleanASCIISpace(byte(c)) != isSpace(rune(c)) {
			t.Fatalf("cleanASCIISpace(%q) = %v", rune(c), !isSpace(rune(c)))
		}
	}
}

// FuzzCleanFast checks the cleaner's word-at-a-time fast paths against the
// plain definitions they stand for.
func FuzzCleanFast(f *testing.F) {
	for _, s := range []string{
		"", "short", "exactly eight", "A plain ASCII line of text that runs well past the limit of runes counted here.",
		"naïve café ünïcödé — “quoted” text with non-ASCII letters after some plain ASCII bytes",
		"Headline here - BBC News", "A | B :: C » D – E — F", "a  -\t- b", "x -- y", "a - ", " | ", "a\n|\f\rb", "Title\n\nBody line.\n  Last - Site \n\n\t", "x\n\u00a0\n", "a\nb\u200b\n", "\n\n", "© 2024 BBC", "(C) Reuters", "COPYRIGHT 2020 AP", "CopyRight x", "(c)", "ⓒ",
		"on 2019-03-04 at 10:00", "3/4/2019", "4.5.2020 1.5 x/y", "-1 1- 1-", "\xff\xfe\x80 broken UTF-8 \xc3 in the middle \xe2\x80 of a line", "大西洋の海です。大西洋の海です。",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for i := 0; i <= len(s); i += 1 + i/8 {
			for _, e := range []int{i, (i + len(s)) / 2, len(s)} {
				if a, b := cleanTrim(s, i, e); a != e-len(strings.TrimLeftFunc(s[i:e], isSpace)) ||
					b != a+len(strings.TrimRightFunc(s[a:e], isSpace)) {
					t.Fatalf("cleanTrim(%q, %d, %d) = %d, %d", s, i, e, a, b)
				}
			}
		}
		if !cleanMayCopyright(s) && copyright.MatchString(s) {
			t.Fatalf("copyright line %q turned away", s)
		}
		var seps [][]int
		for at := 0; ; {
			a, b := cleanNextTitleSep(s, at)
			if a < 0 {
				break
			}
			seps, at = append(seps, []int{a, b}), b
		}
		if want := titleSep.FindAllStringIndex(s, -1); !reflect.DeepEqual(seps, want) {
			t.Fatalf("cleanNextTitleSep(%q) finds %v, want %v", s, seps, want)
		}
		if !cleanDigitsAround(s, '-', 0) && isoDate.MatchString(s) || !cleanDigitsAround(s, '.', '/') && numDate.MatchString(s) {
			t.Fatalf("numeric date in %q turned away", s)
		}
		for _, limit := range []int{0, 1, 7, 8, 9, 16, 30, maxWrap + 1, maxLineWidth} {
			if got, want := cleanRunesUpTo(s, limit), min(utf8.RuneCountInString(s), limit); got != want {
				t.Fatalf("cleanRunesUpTo(%q, %d) = %d, want %d", s, limit, got, want)
			}
		}
	})
}
