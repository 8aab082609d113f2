// Package ascii classes eight bytes of text at once (SWAR: SIMD within a
// register), for the tokenizers that step over plain ASCII words: most
// words of news copy are shorter than eight bytes, so one load and a few
// arithmetic steps find where a word ends. The standard library has no
// such primitive for strings.
package ascii

import "math/bits"

const (
	ones  = 0x0101010101010101
	highs = 0x8080808080808080
)

// Load8 is s[i:i+8] as a little-endian word (one load).
func Load8(s string, i int) uint64 {
	b := s[i : i+8]
	return uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
}

// NotAlnum sets the high bit of each byte of x that is not an ASCII letter
// or digit (bytes of 0x80 and over included), and clears every other bit.
// With the high bits cleared first, adding a constant to a byte cannot carry
// into the next, and a byte's high bit then tells whether it reached a
// bound.
func NotAlnum(x uint64) uint64 {
	y := x &^ highs
	low := y | 0x20*ones // letters in lower case
	letter := (low + (0x80-'a')*ones) &^ (low + (0x7F-'z')*ones)
	digit := (y + (0x80-'0')*ones) &^ (y + (0x7F-'9')*ones)
	return ^((letter | digit) &^ x) & highs
}

// AlnumEnd returns the index of the first byte at or after i that is not an
// ASCII letter or digit, or len(s).
func AlnumEnd(s string, i int) int {
	for i+8 <= len(s) {
		if m := NotAlnum(Load8(s, i)); m != 0 {
			return i + bits.TrailingZeros64(m)>>3
		}
		i += 8
	}
	for i < len(s) && IsAlnum(s[i]) {
		i++
	}
	return i
}

// IsAlnum reports an ASCII letter or digit.
func IsAlnum(c byte) bool {
	return 'a' <= c|0x20 && c|0x20 <= 'z' || '0' <= c && c <= '9'
}

// Alnum is IsAlnum as a table, for the hottest loops.
var Alnum = func() (t [256]bool) {
	for c := range 256 {
		t[c] = IsAlnum(byte(c))
	}
	return t
}()
