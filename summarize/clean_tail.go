package summarize

import (
	"strings"
	"unicode/utf8"
)

// A teaser for another story often closes the body run: a headline line and
// a blurb, or just a blurb, printed right after the last paragraph ("• Group
// a building block for Africa" and its summary). Its words are not the
// article's: trimTail cuts a short tail that shares few content words with
// the body above it.

const (
	tailMaxBlocks = 3   // a teaser is a headline and a blurb or two
	tailMaxUnits  = 120 // and short
	tailMinShared = 0.2 // share of its content words found in the body above
)

func (p *page) trimTail() {
	for n := 0; n < 5 && p.last-p.first > tailMaxBlocks+1; n++ {
		cut := p.tailStart()
		if cut < 0 || p.shared(cut) >= tailMinShared {
			return
		}
		p.last = cut
	}
}

// tailStart: where a short tail starting with a headline-like block begins,
// or -1.
func (p *page) tailStart() int {
	units := 0
	for i := p.last - 1; i > p.first && i >= p.last-tailMaxBlocks; i-- {
		units += p.feats[i].units()
		if units > tailMaxUnits {
			return -1
		}
		if p.classes[i] == classShort && !p.feats[i].sentence {
			return i
		}
	}
	return -1
}

// shared: the share of content words of blocks [cut, last) that occur in
// the body blocks above cut.
func (p *page) shared(cut int) float64 {
	var tail []string
	for i := cut; i < p.last; i++ {
		tail = append(tail, contentWords(p.blocks[i].text)...)
	}
	if len(tail) == 0 {
		return 1
	}
	// Only the tail's words are looked for in the body (a short tail, a
	// long body): each body word is looked up, none is stored.
	index := make(map[string]int, len(tail))
	for _, w := range tail {
		if _, ok := index[w]; !ok {
			index[w] = len(index)
		}
	}
	seen, left := make([]bool, len(index)), len(index)
	for i := p.first; i < cut && left > 0; i++ {
		eachContentWord(p.blocks[i].text, func(w []byte) bool {
			if k, ok := index[string(w)]; ok && !seen[k] {
				seen[k] = true
				left--
			}
			return left > 0
		})
	}
	hit := 0
	for _, w := range tail {
		if seen[index[w]] {
			hit++
		}
	}
	return float64(hit) / float64(len(tail))
}

// eachContentWord calls f with each of contentWords(t), in a buffer it
// reuses, until f returns false; ASCII text is lower-cased word by word
// without building strings.
func eachContentWord(t string, f func([]byte) bool) {
	for i := 0; i < len(t); i++ {
		if t[i] >= utf8.RuneSelf {
			for _, w := range contentWords(t) {
				if !f([]byte(w)) {
					return
				}
			}
			return
		}
	}
	var buf [64]byte
	w := buf[:0]
	for i := 0; i <= len(t); i++ {
		if i < len(t) {
			if c := t[i] | cleanLowerBit[t[i]]; 'a' <= c && c <= 'z' || '0' <= c && c <= '9' {
				w = append(w, c)
				continue
			}
		}
		if len(w) >= 4 && !cleanIsStop(string(w)) && !f(w) {
			return
		}
		w = w[:0]
	}
}

// contentWords: the lower-cased words of four letters or more that are not
// stop words.
func contentWords(t string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(strings.ToLower(t), func(r rune) bool { return !isWordRune(r) }) {
		if len(w) >= 4 && !stopWords[w] {
			out = append(out, w)
		}
	}
	return out
}
