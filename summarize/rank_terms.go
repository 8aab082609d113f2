package summarize

import (
	"encoding/binary"
	"math"
	"math/bits"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"brief/internal/ascii"
	"brief/internal/rouge"
)

// termVec is a sparse TF-IDF vector, sorted by term id.
type termVec struct {
	ids  []int32
	vals []float64
	norm float64
}

// words splits text into lower-case words of letters and digits; it leans
// on no capitals, so lower-cased text ranks as its original would.
func words(text string) []string {
	return strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

// wordTable cuts texts into words and knows each distinct word it has
// seen: its stem, whether it is a content word, salient or a furniture
// cue. That knowledge persists from one text to the next (tables are
// reused across the articles of a batch, see getWordTable), so a word is
// stemmed and classified once per batch and every later occurrence costs
// one map lookup that allocates nothing. Term ids, by contrast, belong to
// one text: they are handed out in order of first occurrence, so they
// never depend on what the table saw before.
type wordTable struct {
	// slots index the words by hash, open addressing with linear
	// probing (see wordSlot). Written by hand because a lookup is the
	// ranker's commonest step, and a Go map keyed by string hashes the
	// word a second time and reaches it through a pointer to somewhere
	// else in the heap.
	slots  []wordSlot
	recent *[recentSize]wordSlot // see intern
	// The words themselves, end to end in one array (a probe reads
	// neighbouring memory), word id i at arena[starts[i]:starts[i+1]];
	// and what the ranker needs of each, by word id.
	arena  []byte
	starts []uint32
	stemOf []int32          // stem id; -1 for stopwords and one-letter words
	flags  []uint8          // isSalient, isFurniture, isDangling
	stems  map[string]int32 // stem -> stem id

	// For the current text: the term id of each stem id, valid where
	// stamp equals gen.
	termOf []int32
	stamp  []uint32
	gen    uint32
	nterm  int32

	buf []byte
	sc  rankScratch
}

const (
	isSalient   = 1 << iota // a date word or a defense-policy stem (salience)
	isFurniture             // the first word of a furniture cue (penalty)
	isDangling              // ties a sentence to the one before when it opens it (BLUF)
)

// word spells out word id; it allocates, so it is for rare uses.
func (t *wordTable) word(id int32) string {
	return string(t.arena[t.starts[id]:t.starts[id+1]])
}

// maxTableWords bounds what a table remembers, so a stream of junk
// cannot exhaust memory: past it, the table starts afresh.
const maxTableWords = 100_000

// wordTables is a free list of tables, one per worker at most; a channel
// rather than a sync.Pool so the garbage collector never empties it.
var wordTables = make(chan *wordTable, 64)

// getWordTable returns a table ready for a new text; give it back with
// putWordTable.
func getWordTable() *wordTable {
	var t *wordTable
	select {
	case t = <-wordTables:
	default:
		t = &wordTable{}
	}
	if t.slots == nil || len(t.stemOf) > maxTableWords {
		*t = wordTable{slots: make([]wordSlot, 1<<12), recent: new([recentSize]wordSlot), starts: []uint32{0}, stems: map[string]int32{}, buf: t.buf, sc: t.sc}
	}
	t.gen++
	t.nterm = 0
	return t
}

// putWordTable gives a table back for the next text.
func putWordTable(t *wordTable) {
	select {
	case wordTables <- t:
	default:
	}
}

// nterms is the number of distinct terms of the current text so far.
func (t *wordTable) nterms() int { return int(t.nterm) }

// words appends to dst the ids of text's words, cut and lower-cased
// exactly as words(text) cuts them, without building the strings.
func (t *wordTable) words(dst []int32, text string) []int32 {
	for i := 0; i < len(text); {
		if wordLower[text[i]] == 0 {
			i++ // a separator
			continue
		}
		// Most words are short and plain ASCII: read eight bytes at once.
		if i+8 <= len(text) {
			if n, key, lowered := shortWord(ascii.Load8(text, i)); n > 0 {
				w := text[i : i+n] // a word already in lower case is looked up in place
				if !lowered {
					t.buf = binary.LittleEndian.AppendUint64(t.buf[:0], key)
					// The view of buf lives only until intern returns;
					// intern copies what it keeps.
					w = unsafe.String(unsafe.SliceData(t.buf), n)
				}
				dst = append(dst, t.intern(w, mixKey(key), key))
				i += n + 1 // and the ASCII separator after it
				continue
			}
		}
		// A word: while it is ASCII, hash its lower case as it is read; a
		// word already in lower case is looked up in place, uncopied.
		start, h, key, lowered := i, uint32(fnvOffset), uint64(0), true
		for ; i < len(text); i++ {
			l := wordLower[text[i]]
			if l == 0 || l == nonASCII {
				break
			}
			lowered = lowered && l == text[i]
			h = (h ^ uint32(l)) * fnvPrime
			if n := i - start; n < 8 {
				key |= uint64(l) << (8 * n) // packWord, as the word is read
			}
		}
		if i-start <= 8 {
			h = mixKey(key) // wordHash of a short word
		}
		switch {
		case i < len(text) && wordLower[text[i]] == nonASCII:
			var word []byte
			word, i = t.lowerWord(text, start)
			if len(word) == 0 { // a rune that is no letter or digit
				_, size := utf8.DecodeRuneInString(text[i:])
				i += size
				continue
			}
			w := unsafe.String(unsafe.SliceData(word), len(word))
			dst = append(dst, t.intern(w, wordHash(word), packWord(w)))
		case lowered:
			dst = append(dst, t.intern(text[start:i], h, key))
		default:
			buf := t.buf[:0]
			for k := start; k < i; k++ {
				buf = append(buf, wordLower[text[k]])
			}
			t.buf = buf
			// The view of buf lives only until intern returns; intern
			// copies what it keeps.
			dst = append(dst, t.intern(unsafe.String(unsafe.SliceData(buf), len(buf)), h, key))
		}
	}
	return dst
}

// shortWord finds the word of ASCII letters and digits that x (eight bytes
// of text) starts with, when it is shorter than eight bytes and an ASCII
// byte ends it: its length n (0 otherwise), its lower case packed as
// packWord packs it, and whether it was already lower case. Every byte is
// classed at once (ascii.NotAlnum).
func shortWord(x uint64) (n int, key uint64, lowered bool) {
	n = bits.TrailingZeros64(ascii.NotAlnum(x)) >> 3
	if n == 0 || n == 8 || x>>(8*n)&0x80 != 0 {
		return 0, 0, false // no word, a long one, or one that goes on in a non-ASCII rune
	}
	mask := uint64(1)<<(8*n) - 1
	key = (x | 0x2020202020202020) & mask // letters in lower case; digits hold the 0x20 bit
	return n, key, x&mask == key
}

// mixKey hashes a word of at most eight bytes by its key.
func mixKey(key uint64) uint32 {
	return uint32(key * 0x9E3779B97F4A7C15 >> 32)
}

// lowerWord lower-cases the word of letters and digits that starts at
// text[start], into t.buf, as words(text) would cut and lower it (rune by
// rune, Unicode classes), and returns it with the offset after it.
func (t *wordTable) lowerWord(text string, start int) ([]byte, int) {
	buf := t.buf[:0]
	i := start
	for i < len(text) {
		r, size := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		lr := unicode.ToLower(r)
		if !unicode.IsLetter(lr) && !unicode.IsDigit(lr) {
			break
		}
		buf = utf8.AppendRune(buf, lr)
		i += size
	}
	t.buf = buf
	return buf, i
}

// wordLower maps each byte to its lower case when it is an ASCII letter or
// digit, to 0 when it is another ASCII byte (a separator), and to nonASCII
// when it starts or continues a multi-byte rune.
var wordLower = func() (t [256]byte) {
	for c := 0; c < 256; c++ {
		switch {
		case c >= utf8.RuneSelf:
			t[c] = nonASCII
		case 'a' <= c && c <= 'z' || '0' <= c && c <= '9':
			t[c] = byte(c)
		case 'A' <= c && c <= 'Z':
			t[c] = byte(c + 'a' - 'A')
		}
	}
	return t
}()

const nonASCII = 0xFF

// intern returns the id of a lower-case word with hash h (wordHash) and
// key packWord(w), classifying a new one. w may be a view of a reused
// buffer: it is copied into the arena when kept.
func (t *wordTable) intern(w string, h uint32, key uint64) int32 {
	meta := uint64(h)<<32 | uint64(min(len(w), 255))<<24
	// The commonest words are found in a small direct-mapped cache that
	// stays in the fastest memory, before the index, which is too large to.
	recent := &t.recent[h&(recentSize-1)]
	if len(w) <= 8 && recent.key == key && recent.meta&^idMask == meta {
		return int32(recent.meta&idMask) - 1
	}
	id := t.lookup(w, h, key, meta)
	if len(w) <= 8 && id+1 <= idMask {
		*recent = wordSlot{key: key, meta: meta | uint64(id+1)}
	}
	return id
}

// idMask is the part of a slot's meta that holds the word id + 1.
const idMask = 1<<24 - 1

// recentSize is the number of entries of a word table's cache (16 KB).
const recentSize = 1024

// lookup is intern past the cache.
func (t *wordTable) lookup(w string, h uint32, key, meta uint64) int32 {
	mask := len(t.slots) - 1
	i := int(h) & mask
	for ; t.slots[i].meta != 0; i = (i + 1) & mask {
		s := t.slots[i]
		if s.key != key || s.meta&^idMask != meta {
			continue
		}
		id := int32(s.meta&idMask) - 1
		if len(w) <= 8 { // the key is the whole word
			return id
		}
		if a, b := t.starts[id], t.starts[id+1]; int(b-a) == len(w) && string(t.arena[a:b]) == w {
			return id
		}
	}
	w = strings.Clone(w) // w may view a reused buffer, and its stem may be w itself
	var flags uint8
	if isDateWord(w) || salient[stemPrefix(w)] {
		flags |= isSalient
	}
	if furnitureFirst[w] {
		flags |= isFurniture
	}
	if dangling[w] {
		flags |= isDangling
	}
	stem := int32(-1)
	if !stopword[w] && len(w) >= 2 {
		st := rouge.Stem(w)
		sid, ok := t.stems[st]
		if !ok {
			sid = int32(len(t.stems))
			t.stems[st] = sid
			t.termOf = append(t.termOf, 0)
			t.stamp = append(t.stamp, 0)
		}
		stem = sid
	}
	id := int32(len(t.stemOf))
	t.arena = append(t.arena, w...)
	t.starts = append(t.starts, uint32(len(t.arena)))
	t.stemOf = append(t.stemOf, stem)
	t.flags = append(t.flags, flags)
	if id+1 <= idMask { // past that (only in a text of millions of distinct words) words go unindexed
		t.slots[i] = wordSlot{key: key, meta: meta | uint64(id+1)}
		if 2*len(t.stemOf) > len(t.slots) {
			t.grow()
		}
	}
	return id
}

// grow doubles the slots, keeping them at most half full.
func (t *wordTable) grow() {
	old := t.slots
	t.slots = make([]wordSlot, 2*len(old))
	mask := len(t.slots) - 1
	for _, s := range old {
		if s.meta == 0 {
			continue
		}
		i := int(s.meta>>32) & mask
		for t.slots[i].meta != 0 {
			i = (i + 1) & mask
		}
		t.slots[i] = s
	}
}

// wordSlot is one slot of a word table's index. Most words are at most
// eight bytes long, and then key holds the whole word and a probe never
// leaves the slot; longer words are compared in the arena.
type wordSlot struct {
	key  uint64 // the word's first eight bytes (words hold no NUL byte)
	meta uint64 // hash<<32 | min(length, 255)<<24 | (word id + 1); 0 when empty
}

// packWord packs the first eight bytes of w into a key.
func packWord(w string) uint64 {
	var k uint64
	for i := 0; i < len(w) && i < 8; i++ {
		k |= uint64(w[i]) << (8 * i)
	}
	return k
}

// wordHash hashes a lower-case word: a short word by its key, a longer
// one by FNV-1a, which words computes as it reads the word.
func wordHash(b []byte) uint32 {
	if len(b) <= 8 {
		return mixKey(packWord(unsafe.String(unsafe.SliceData(b), len(b))))
	}
	h := uint32(fnvOffset)
	for _, c := range b {
		h = (h ^ uint32(c)) * fnvPrime
	}
	return h
}

const (
	fnvOffset = 2166136261
	fnvPrime  = 16777619
)

// termsOf are the term ids of the content words among word ids, in text
// order; a stem new to the current text gets the next term id.
func (t *wordTable) termsOf(ws []int32) []int32 { return t.appendTerms(nil, ws) }

// appendTerms appends termsOf(ws) to out.
func (t *wordTable) appendTerms(out, ws []int32) []int32 {
	for _, w := range ws {
		sid := t.stemOf[w]
		if sid < 0 {
			continue
		}
		if t.stamp[sid] != t.gen {
			t.stamp[sid] = t.gen
			t.termOf[sid] = t.nterm
			t.nterm++
		}
		out = append(out, t.termOf[sid])
	}
	return out
}

// idf is the smoothed inverse sentence frequency of each term.
// The result is the scratch's.
func idf(docs [][]int32, nterms int, sc *rankScratch) []float64 {
	sc.count = zeroed(sc.count, nterms)
	sc.seen = zeroed(sc.seen, nterms)
	df, seen := sc.count, sc.seen
	for i := range seen {
		seen[i] = -1
	}
	for d, terms := range docs {
		for _, t := range terms {
			if seen[t] != d {
				seen[t] = d
				df[t]++
			}
		}
	}
	sc.idf = zeroed(sc.idf, nterms)
	w := sc.idf
	n := float64(len(docs))
	for t, f := range df {
		w[t] = math.Log((n + 1) / float64(f))
	}
	return w
}

// vector builds the TF-IDF vector of a term list (log-scaled term counts).
// scratch is reused between calls to sort the terms.
func vector(terms []int32, idf []float64, scratch *[]int32) termVec {
	var a vecArena
	return a.vector(terms, idf, scratch)
}

// vecArena hands out the ids and values of many vectors from two shared
// arrays, two allocations for a text rather than two per sentence.
type vecArena struct {
	ids  []int32
	vals []float64
}

// newVecArena has room for vectors of n terms in all.
func newVecArena(n int) vecArena {
	return vecArena{ids: make([]int32, 0, n), vals: make([]float64, 0, n)}
}

// vector is the package's vector, cut from the arena when it has room.
func (a *vecArena) vector(terms []int32, idf []float64, scratch *[]int32) termVec {
	sorted := append((*scratch)[:0], terms...)
	slices.Sort(sorted)
	*scratch = sorted
	distinct := 0
	for i, t := range sorted {
		if i == 0 || t != sorted[i-1] {
			distinct++
		}
	}
	if cap(a.ids)-len(a.ids) < distinct {
		*a = newVecArena(distinct)
	}
	n := len(a.ids)
	v := termVec{ids: a.ids[n : n : n+distinct], vals: a.vals[n : n : n+distinct]}
	a.ids, a.vals = a.ids[:n+distinct], a.vals[:n+distinct]
	sum := 0.0
	for i := 0; i < len(sorted); {
		j := i + 1
		for j < len(sorted) && sorted[j] == sorted[i] {
			j++
		}
		t := sorted[i]
		x := (1 + logCount(j-i)) * idf[t]
		v.ids = append(v.ids, t)
		v.vals = append(v.vals, x)
		sum += x * x
		i = j
	}
	v.norm = math.Sqrt(sum)
	return v
}

// logCounts holds the logarithms of small counts: a word seldom occurs
// more than a few times in a sentence.
var logCounts = func() (t [16]float64) {
	for n := 1; n < len(t); n++ {
		t[n] = math.Log(float64(n))
	}
	return t
}()

func logCount(n int) float64 {
	if n < len(logCounts) {
		return logCounts[n]
	}
	return math.Log(float64(n))
}

// spread lays v's values out by term id in dense, which is zero elsewhere
// and long enough, so that cosineTo can weigh many vectors against v.
// unspread clears it again.
func spread(dense []float64, v termVec) {
	for k, t := range v.ids {
		dense[t] = v.vals[k]
	}
}

func unspread(dense []float64, v termVec) {
	for _, t := range v.ids {
		dense[t] = 0
	}
}

// cosineTo is cosine(a, v) for the v spread in dense, bit for bit: the
// shared terms' products are added in the same ascending term order, and
// every other term adds +0, which leaves a sum of positive terms as it is.
func cosineTo(a termVec, dense []float64, v termVec) float64 {
	if a.norm == 0 || v.norm == 0 {
		return 0
	}
	dot := 0.0
	for k, t := range a.ids {
		dot += a.vals[k] * dense[t]
	}
	return dot / (a.norm * v.norm)
}

// termSpan is one more than the largest term id of the vectors.
func termSpan(vecs ...[]termVec) int {
	n := 0
	for _, vs := range vecs {
		for _, v := range vs {
			if len(v.ids) > 0 {
				n = max(n, int(v.ids[len(v.ids)-1])+1)
			}
		}
	}
	return n
}
