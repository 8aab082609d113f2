package briefing

import (
	"strings"
	"testing"
)

// FuzzFold: Fold's no-copy path agrees with folding by strings.Fields.
func FuzzFold(f *testing.F) {
	for _, s := range []string{"", " ", "a b", "a  b", " a", "a ", "a\tb", "a\u00a0b", "a\u0085b", "\xff b", "“Yes,” he said."} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := Fold(s), strings.Join(strings.Fields(s), " "); got != want {
			t.Errorf("Fold(%q) = %q, want %q", s, got, want)
		}
	})
}

// FuzzHasWords: hasWords agrees with counting strings.FieldsFunc's words.
func FuzzHasWords(f *testing.F) {
	f.Add("“We will act,” he said.", 3)
	f.Add("", 0)
	f.Add("don't stop", 2)
	f.Fuzz(func(t *testing.T, s string, n int) {
		if got, want := hasWords(s, n), len(strings.FieldsFunc(s, notWordRune)) >= n; got != want {
			t.Errorf("hasWords(%q, %d) = %v, want %v", s, n, got, want)
		}
	})
}
