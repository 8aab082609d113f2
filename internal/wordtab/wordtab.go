// Package wordtab is a read-only map from words to values for the word
// lists that quotes and actors look every word of a text up in.
//
// It is open addressing with linear probing, a quarter full, and hashes
// only a word's length and three of its bytes: that costs a fraction of a
// Go map look-up, which hashes the whole word, and most probes end at the
// first slot. Written by hand because no library offers this trade.
package wordtab

// Table maps words to values. It is filled once by New and then only read,
// so any number of goroutines may read it.
type Table[V any] struct {
	keys []string
	vals []V
	mask uint32
}

// New builds a table holding m. The empty word cannot be a key: it marks
// an empty slot.
func New[V any](m map[string]V) *Table[V] {
	n := 1
	for n < 4*len(m) { // a quarter full: most probes end at once
		n *= 2
	}
	t := &Table[V]{keys: make([]string, n), vals: make([]V, n), mask: uint32(n - 1)}
	for w, v := range m {
		if w == "" {
			panic("wordtab: the empty word cannot be a key")
		}
		i := hash(w) & t.mask
		for t.keys[i] != "" {
			i = (i + 1) & t.mask
		}
		t.keys[i], t.vals[i] = w, v
	}
	return t
}

func hash(w string) uint32 {
	if w == "" {
		return 0
	}
	h := uint32(len(w))*0x9E3779B1 ^ uint32(w[0])*0x85EBCA77 ^ uint32(w[len(w)-1])*0xC2B2AE3D ^ uint32(w[len(w)/2])*0x27D4EB2F
	return h ^ h>>15
}

// Get returns the value of w, or the zero value when w is not a key.
func (t *Table[V]) Get(w string) V {
	for i := hash(w) & t.mask; ; i = (i + 1) & t.mask {
		if k := t.keys[i]; k == w {
			return t.vals[i] // the zero value when w is "" and the slot empty
		} else if k == "" {
			var zero V
			return zero
		}
	}
}
