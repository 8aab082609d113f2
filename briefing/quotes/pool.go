package quotes

import "sync"

// bufs are the slices a doc fills as it reads a text. They are the bulk
// of what Extract allocates and none outlive it, so they are kept in a
// pool for the next text: getBufs hands them out and put gives them back.
// Each is handed out with length 0 (but sentStart and sentEnd, which bounds
// overwrites) and its memory zero where it holds strings.
type bufs struct {
	toks    []token
	lowText []byte // the text with its ASCII letters lower-cased: see tokenize
	// sentStart and sentEnd bound the sentence of each token before
	// maxSentence cuts it (see sentenceStart and sentenceEnd).
	sentStart, sentEnd []int32
	// heads are the tokens that may start a name (capitalised words and
	// office words); spots the quotes and the words of cCueLike: the
	// tokens collectEntities and attribute look at, found in one pass.
	heads, spots []int32
	entities     []entity
	orgs         []entity // organisations named in the text, in order
	// chains holds the entities by the last word of the name, lower-cased
	// (see chainOf): the first and the last of them, and each entity the
	// next (see doc.byLast).
	chains  []chain
	places  wordSet       // one-word names used as places (in Ukraine)
	midCaps wordSet       // words capitalised inside a sentence somewhere
	events  []attribution // speakers in text order, from cues and quotes
	attr    []attribution // one per quote
}

var bufPool sync.Pool

// getBufs returns empty buffers, from the pool when it has some.
func getBufs() *bufs {
	if b, ok := bufPool.Get().(*bufs); ok {
		return b
	}
	return new(bufs)
}

// maxPooled bounds the token slices kept (a few megabytes), so one huge
// text does not keep its tokens' memory.
const maxPooled = 1 << 18

// put empties b and gives it back to the pool; b is not used after.
// Tokens, names and speakers hold strings of the text, and lowText is
// reused under the tokens' lower-case words: they are cleared, so the
// pool keeps no text alive (TestLowerNotKept).
func (b *bufs) put() {
	if cap(b.toks) > maxPooled {
		return
	}
	*b = bufs{
		toks:      empty(b.toks),
		lowText:   b.lowText,
		sentStart: b.sentStart, sentEnd: b.sentEnd, // overwritten by bounds
		heads: b.heads[:0], spots: b.spots[:0],
		entities: empty(b.entities), orgs: empty(b.orgs), chains: empty(b.chains),
		places:  wordSet{toks: b.places.toks[:0]},
		midCaps: wordSet{toks: b.midCaps.toks[:0]},
		events:  empty(b.events), attr: empty(b.attr),
	}
	bufPool.Put(b)
}

// empty returns s cleared and with length 0, keeping its memory.
func empty[S ~[]E, E any](s S) S {
	clear(s)
	return s[:0]
}

// grow returns s with length n, reusing its memory when it has the room.
func grow[S ~[]E, E any](s S, n int) S {
	if cap(s) < n {
		return make(S, n)
	}
	return s[:n]
}
