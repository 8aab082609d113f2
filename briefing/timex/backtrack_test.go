package timex

import (
	"slices"
	"testing"
)

// checkBacktrack compares the backtracker with regexp's
// FindStringSubmatchIndex for every rule at every byte of text, on inputs
// cut at several lengths (as Tag cuts them at the DFA's furthest end).
func checkBacktrack(t *testing.T, text string) {
	t.Helper()
	d := theDFA()
	var b backtracker
	for at := range len(text) {
		for _, n := range []int{1, 2, 5, 12, 30, window} {
			end := min(len(text), at+n)
			for ri, r := range rules {
				want := r.anchored.FindStringSubmatchIndex(text[at:end])
				if got := b.match(d, ri, text[at:end]); !slices.Equal(got, want) {
					t.Fatalf("rule %s on %q: got %v, want %v", r.name, text[at:end], got, want)
				}
			}
		}
	}
}

func TestBacktrackAsRegexp(t *testing.T) {
	for _, text := range []string{
		sample,
		"Q3 2024 and H2 FY25; 1990s, '98, mid-2014, the late 1980s, Christmas Eve 2012.",
		"On Tuesday, June 4, 2013 at 10:30 a.m. EST, six months later — every Monday night.",
		"May 3–5, 2011; 2011-05-03T10:00Z; 5/3/11; the week of Nov. 6, 1989; two days before.",
		"two and a half years ago, the first nine months of fiscal 2024, noon Thursday; 19:15 GMT",
		"K\u212a ſeptember \u00a0March 2011 nineteen ninety-four, two thousand and one, 5 p.m. EST",
		"the end of the 1990s\nlast\n\nweek, early next year; at 9:30; 2 1/2 years; a year earlier.",
	} {
		checkBacktrack(t, text)
	}
}

func FuzzBacktrack(f *testing.F) {
	for _, s := range []string{"June 4, 2013", "at 10:30 a.m. EST", "two days before.", "the 1990s", "K\u212a ſ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if len(text) > 64 {
			text = text[:64]
		}
		checkBacktrack(t, text)
	})
}
