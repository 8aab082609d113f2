package actors

// wordTable maps words to values, by open addressing with linear probing.
// Every word of a text is looked up in it once; hashing only the length
// and three bytes costs a fraction of a Go map look-up, which hashes the
// whole word. It is filled once and then only read.
type wordTable[V any] struct {
	keys []string
	vals []V
	mask uint32
}

func newWordTable[V any](m map[string]V) *wordTable[V] {
	n := 1
	for n < 4*len(m) { // a quarter full: most probes end at once
		n *= 2
	}
	t := &wordTable[V]{keys: make([]string, n), vals: make([]V, n), mask: uint32(n - 1)}
	for w, v := range m {
		if w == "" {
			panic("actors: empty word in a word table")
		}
		i := wordHash(w) & t.mask
		for t.keys[i] != "" {
			i = (i + 1) & t.mask
		}
		t.keys[i], t.vals[i] = w, v
	}
	return t
}

func wordHash(w string) uint32 {
	if w == "" {
		return 0
	}
	h := uint32(len(w))*0x9E3779B1 ^ uint32(w[0])*0x85EBCA77 ^ uint32(w[len(w)-1])*0xC2B2AE3D ^ uint32(w[len(w)/2])*0x27D4EB2F
	return h ^ h>>15
}

// get returns the value of w, or the zero value.
func (t *wordTable[V]) get(w string) V {
	for i := wordHash(w) & t.mask; ; i = (i + 1) & t.mask {
		if k := t.keys[i]; k == w {
			return t.vals[i] // the zero value when w is "" and the slot empty
		} else if k == "" {
			var zero V
			return zero
		}
	}
}
