package actors

// wordTable finds words by the hash hashWord gives them: open addressing
// with linear probing, a quarter full, each slot holding the hash beside
// the value so that a probe compares strings only when the hashes agree.
// It is filled once and then only read. Written by hand (as
// internal/wordtab, which hashes the word on every look-up): a token's
// word is hashed once, in the tokenizer, and looked up here by that hash.
type wordTable struct {
	slots []slot
	keys  []string // keys[v] is the word of value v; keys[0] is unused
	mask  uint32
}

type slot struct {
	hash uint32
	val  int32 // 0: empty
}

// newWordTable maps keys[v] to v, for v from 1; hashes[v] is its hash.
func newWordTable(keys []string, hashes []uint32) *wordTable {
	n := 1
	for n < 4*len(keys) {
		n *= 2
	}
	t := &wordTable{slots: make([]slot, n), keys: keys, mask: uint32(n - 1)}
	for v := 1; v < len(keys); v++ {
		i := hashes[v] & t.mask
		for t.slots[i].val != 0 {
			i = (i + 1) & t.mask
		}
		t.slots[i] = slot{hash: hashes[v], val: int32(v)}
	}
	return t
}

// exact returns the value of w, whose hash is h, or 0.
func (t *wordTable) exact(h uint32, w string) int32 {
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		s := t.slots[i]
		if s.val == 0 {
			return 0
		}
		if s.hash == h && t.keys[s.val] == w {
			return s.val
		}
	}
}
