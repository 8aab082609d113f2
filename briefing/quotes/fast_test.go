package quotes

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestSkipPlain: skipPlain never passes over a byte where pairQuotes must
// stop, and stops no more than eight bytes early.
func TestSkipPlain(t *testing.T) {
	alphabet := []string{"a", "b", " ", ".", "\n", `"`, "'", "“", "’", "é", "Z"}
	r := rand.New(rand.NewPCG(1, 2))
	for n := 0; n < 2000; n++ {
		var b strings.Builder
		for k := r.IntN(40); k > 0; k-- {
			b.WriteString(alphabet[r.IntN(len(alphabet))])
		}
		text := b.String()
		for _, q := range []byte{'"', '\''} {
			for i := 0; i <= len(text); i++ {
				j := skipPlain(text, i, q)
				if j < i || j > len(text) {
					t.Fatalf("skipPlain(%q, %d, %q) = %d: out of range", text, i, q, j)
				}
				for k := i; k < j; k++ {
					if c := text[k]; c == '\n' || c == q || c >= 0x80 {
						t.Fatalf("skipPlain(%q, %d, %q) = %d passes over %q at %d", text, i, q, j, c, k)
					}
				}
			}
		}
	}
}

// TestClassOf: the class table gives each listed word its lists, and
// other words none.
func TestClassOf(t *testing.T) {
	want := buildClasses()
	for w, c := range want {
		if got := classOf(w); got != c {
			t.Errorf("classOf(%q) = %b, want %b", w, got, c)
		}
	}
	for _, w := range []string{"", "x", "zzz", "saidx", "Said", "government's", "nato-led", "thé"} {
		if got := classOf(w); got != want[w] {
			t.Errorf("classOf(%q) = %b, want %b", w, got, want[w])
		}
	}
}

// TestTrimLow: trimLow removes a possessive ending as the strings
// functions do.
func TestTrimLow(t *testing.T) {
	slow := func(s string) string {
		s = strings.TrimSuffix(s, "'s")
		s = strings.TrimSuffix(s, "’s")
		return strings.TrimRight(s, "'’")
	}
	for _, w := range []string{"", "s", "'", "’", "nato's", "states'", "jones’s", "its", "boss''", "x’’", "a's's", "’s"} {
		if got := trimLow(w); got != slow(w) {
			t.Errorf("trimLow(%q) = %q, want %q", w, got, slow(w))
		}
	}
}
