package quotes

// wordSet is the set of the lower-case words of some tokens. A text looks
// few words up in it, so it is the list of the tokens, scanned at each
// look-up, until the scans have cost a few times what making a map costs.
type wordSet struct {
	toks    []int32 // indices of the tokens whose words are in the set
	m       map[string]bool
	scanned int // words compared so far
}

// maxScanned is the most entries a list of names is scanned with; more
// are found in a map, so that a long text costs linear time.
const maxScanned = 48

// has reports whether the lower-case word w is in the set.
func (s *wordSet) has(toks []token, w []byte) bool {
	if s.scanned > 4*len(s.toks)+4*maxScanned {
		if s.m == nil {
			s.m = make(map[string]bool, len(s.toks))
			for _, k := range s.toks {
				s.m[toks[k].low] = true
			}
		}
		return s.m[string(w)]
	}
	s.scanned += len(s.toks)
	for _, k := range s.toks {
		if toks[k].low == string(w) {
			return true
		}
	}
	return false
}

// nameSets finds the words written with a capital after another word of
// the same sentence, where the capital marks a name (mid), and the
// one-word names the text puts after "in" (in Kyiv, in Ukraine), places
// and not people (places). It reuses the lists' memory. heads lists the
// tokens to look at, in order, among them every capitalised word.
func nameSets(toks []token, heads []int32, mid, places *wordSet) {
	*mid, *places = wordSet{toks: mid.toks[:0]}, wordSet{toks: places.toks[:0]}
	for _, i := range heads {
		if i == 0 {
			continue
		}
		t, prev := &toks[i], &toks[i-1]
		if !t.Cap {
			continue
		}
		if prev.Para == t.Para && (prev.Word || prev.isComma() || prev.Quote >= 0) {
			mid.toks = append(mid.toks, i)
		}
		if int(i)+1 < len(toks) && prev.low == "in" && !t.possessive() && !toks[i+1].Cap {
			places.toks = append(places.toks, i)
		}
	}
}
