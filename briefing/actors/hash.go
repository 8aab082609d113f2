package actors

import "brief/internal/ascii"

// Words are hashed once, in the tokenizer, eight bytes at a time, and
// looked up by that hash in the word table; the hash also rules out most
// string comparisons between words (equal words have equal hashes). A word
// of up to eight bytes is one load: it holds no zero byte, so the bytes
// alone tell it from any other word.

const (
	hashMul  = 0xBF58476D1CE4E5B9
	highBits = 0x8080808080808080
)

// hashWord hashes text[start:end] and reports whether it is ASCII.
func hashWord(text string, start, end int) (h uint32, isASCII bool) {
	var acc, high uint64
	for i := start; i < end; i += 8 {
		var x uint64
		if i+8 <= len(text) {
			x = ascii.Load8(text, i) & lowBytes[min(end-i, 8)]
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
