package summarize

import "strings"

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
	seen := map[string]bool{}
	for i := p.first; i < cut; i++ {
		for _, w := range contentWords(p.blocks[i].text) {
			seen[w] = true
		}
	}
	n, hit := 0, 0
	for i := cut; i < p.last; i++ {
		for _, w := range contentWords(p.blocks[i].text) {
			n++
			if seen[w] {
				hit++
			}
		}
	}
	if n == 0 {
		return 1
	}
	return float64(hit) / float64(n)
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
