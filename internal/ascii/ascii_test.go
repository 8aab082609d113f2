package ascii

import (
	"testing"
	"unicode"
)

// isAlnumByRune is the plain definition: an ASCII letter or digit.
func isAlnumByRune(c byte) bool {
	return c < 0x80 && (unicode.IsLetter(rune(c)) || unicode.IsDigit(rune(c)))
}

func TestIsAlnum(t *testing.T) {
	for c := range 256 {
		if IsAlnum(byte(c)) != isAlnumByRune(byte(c)) {
			t.Errorf("IsAlnum(%#x) = %v", c, IsAlnum(byte(c)))
		}
	}
}

// TestAlnumEnd: the eight-byte scan stops where the byte scan does, for
// every byte value in every position.
func TestAlnumEnd(t *testing.T) {
	var b []byte
	for c := range 256 {
		b = append(b, "abcdefgh"...)
		b = append(b, byte(c))
		b = append(b, "Z09"...)
	}
	checkAlnumEnd(t, string(b))
}

func checkAlnumEnd(t *testing.T, s string) {
	t.Helper()
	for i := range len(s) + 1 {
		j := i
		for j < len(s) && isAlnumByRune(s[j]) {
			j++
		}
		if got := AlnumEnd(s, i); got != j {
			t.Fatalf("AlnumEnd(%q, %d) = %d, want %d", s, i, got, j)
		}
	}
}

func FuzzAlnumEnd(f *testing.F) {
	f.Add("NATO's 28 allies, Zürich\xff and 2013-06-04")
	f.Fuzz(checkAlnumEnd)
}
