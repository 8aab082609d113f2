package actors

import "math/bits"

// Words are hashed once, in the tokenizer, eight bytes at a time, and
// looked up by that hash in the word table; the hash also rules out most
// string comparisons between words (equal words have equal hashes). A word
// of up to eight bytes is one load: it holds no zero byte, so the bytes
// alone tell it from any other word.

const (
	hashMul  = 0xBF58476D1CE4E5B9
	highBits = 0x8080808080808080
	ones     = 0x0101010101010101
)

// hashWord hashes text[start:end] and reports whether it is ASCII.
func hashWord(text string, start, end int) (h uint32, isASCII bool) {
	if end-start <= 8 && start+8 <= len(text) {
		x := load64(text, start) & lowBytes[end-start]
		return finish(x * hashMul), x&highBits == 0
	}
	var acc, high uint64
	for i := start; i < end; i += 8 {
		var x uint64
		if i+8 <= len(text) {
			x = load64(text, i) & lowBytes[min(end-i, 8)]
		} else {
			for k := end - 1; k >= i; k-- { // fewer than 8 bytes are left
				x = x<<8 | uint64(text[k])
			}
		}
		high |= x
		acc = (acc ^ x) * hashMul
	}
	return finish(acc), high&highBits == 0
}

// hashString is hashWord of all of s.
func hashString(s string) uint32 {
	h, _ := hashWord(s, 0, len(s))
	return h
}

func finish(h uint64) uint32 {
	h ^= h >> 31
	h *= 0x94D049BB133111EB
	return uint32(h >> 32)
}

// lowBytes[n] keeps the low n bytes of a word.
var lowBytes = [9]uint64{0, 0xFF, 0xFFFF, 0xFFFFFF, 0xFFFFFFFF, 0xFFFFFFFFFF, 0xFFFFFFFFFFFF, 0xFFFFFFFFFFFFFF, ^uint64(0)}

// load64 is text[i:i+8], little-endian (one load).
func load64(text string, i int) uint64 {
	b := text[i : i+8]
	return uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
}

// alnumEnd returns the index of the first byte at or after i that is not
// an ASCII letter or digit, eight bytes at a time.
func alnumEnd(text string, i int) int {
	for i+8 <= len(text) {
		if m := notAlnum(load64(text, i)); m != 0 {
			return i + bits.TrailingZeros64(m)>>3
		}
		i += 8
	}
	for i < len(text) && isAlnumASCII[text[i]] {
		i++
	}
	return i
}

// notAlnum sets the high bit of each byte of x that is not an ASCII letter
// or digit. Each range test adds a constant that carries into a byte's
// high bit at the range's end; the high bits are cleared first, so no
// carry crosses bytes.
func notAlnum(x uint64) uint64 {
	y := x &^ highBits
	low := y | 0x20*ones // letters in lower case
	letter := (low + (0x80-'a')*ones) &^ (low + (0x7F-'z')*ones)
	digit := (y + (0x80-'0')*ones) &^ (y + (0x7F-'9')*ones)
	return ^((letter | digit) &^ x) & highBits
}
